/**
 * Splits a stream of bytes into numbered lines, for JSONL. Split on the byte 0x0A, then decoded line
 * by line with a strict UTF-8 decoder: a bad byte fails its own line (`invalid_utf8`), never the
 * file, and never turns into U+FFFD in the output. A line longer than the limit is skipped as it
 * streams by (`too_large`), so one runaway line cannot take the memory.
 */

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export type NumberedLine =
  | { readonly number: number; readonly text: string; readonly bytes: number }
  | { readonly number: number; readonly problem: 'invalid_utf8' | 'too_large'; readonly bytes: number };

/**
 * Lines of `chunks`, numbered from 1, in groups (one per chunk read, so a consumer pays one await
 * per chunk, not per line). A final line without a line break is a line; `\r\n` counts as one break;
 * a UTF-8 byte-order mark opening the stream is dropped.
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<NumberedLine[]> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overflow = false;
  let number = 0;
  let first = true;
  const finishLine = (tail: Buffer, out: NumberedLine[]): void => {
    number += 1;
    const bytes = pendingBytes + tail.length;
    if (overflow || bytes > maxLineBytes) {
      out.push({ number, problem: 'too_large', bytes });
    } else {
      let line = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
      if (first && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) line = line.subarray(3);
      if (line[line.length - 1] === CARRIAGE_RETURN) line = line.subarray(0, -1);
      try {
        out.push({ number, text: STRICT_UTF8.decode(line), bytes });
      } catch {
        out.push({ number, problem: 'invalid_utf8', bytes });
      }
    }
    first = false;
    pending = [];
    pendingBytes = 0;
    overflow = false;
  };
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const out: NumberedLine[] = [];
    let start = 0;
    for (;;) {
      const end = buffer.indexOf(NEWLINE, start);
      if (end === -1) break;
      finishLine(buffer.subarray(start, end), out);
      start = end + 1;
    }
    const rest = buffer.subarray(start);
    if (rest.length > 0) {
      pendingBytes += rest.length;
      // Past the limit, the line is only counted, not kept.
      if (overflow || pendingBytes > maxLineBytes) {
        overflow = true;
        pending = [];
      } else {
        // Copied: the stream may reuse its chunk's memory.
        pending.push(Buffer.from(rest));
      }
    }
    if (out.length > 0) yield out;
  }
  if (pendingBytes > 0) {
    const out: NumberedLine[] = [];
    finishLine(Buffer.alloc(0), out);
    yield out;
  }
}
