/** Reads a whole stream (stdin) into bytes, so it goes through the same checks as a file. */

import { InputError } from '../errors.js';

/** Throws `InputError` (`too_large`, path `-`) as soon as the stream passes `maxBytes`. @default no limit */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.byteLength;
    if (total > maxBytes) throw new InputError('-', 'too_large', `is larger than the ${String(Math.round((maxBytes / 1048576) * 100) / 100)} MB limit (raise it with --max-file-size)`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
