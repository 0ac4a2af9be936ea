/**
 * A growable list of strings kept as UTF-8 bytes in large typed arrays, for the lists a run holds
 * from start to end (the inputs' paths, the ids of the kept articles). As JavaScript strings each
 * would cost 16–24 bytes of object header besides its characters, and all of it would sit in the
 * garbage-collected heap, which V8 lets grow to several times what it holds; typed arrays are
 * allocated outside it, so a million paths cost their bytes and 8 more each. Reading an entry
 * decodes it, so this suits lists that are read seldom or once in order.
 */

import { ChunkedArray } from './chunked-array.js';

/** Bytes per chunk; a longer string gets a chunk of its own. */
const CHUNK_BYTES = 1 << 18;
const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();
/** A lone surrogate, which UTF-8 cannot carry (it would come back as U+FFFD). */
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export class PackedStrings {
  readonly #chunks: Uint8Array[] = [];
  /** Room used in the last chunk. */
  #used = 0;
  /** Entry i's bytes: chunk `chunkOf[i]`, from `starts[i]` to `starts[i] + lengths[i]`. */
  readonly #chunkOf = new ChunkedArray((length) => new Uint32Array(length), 1 << 14);
  readonly #starts = new ChunkedArray((length) => new Uint32Array(length), 1 << 14);
  readonly #lengths = new ChunkedArray((length) => new Uint32Array(length), 1 << 14);
  /** The rare entries UTF-8 cannot hold exactly, kept as they are. */
  readonly #unencodable = new Map<number, string>();
  #size = 0;

  get length(): number {
    return this.#size;
  }

  push(value: string): void {
    if (LONE_SURROGATE_RE.test(value)) this.#unencodable.set(this.#size, value);
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    const room = 3 * value.length;
    let chunk = this.#chunks[this.#chunks.length - 1];
    if (chunk === undefined || this.#used + room > chunk.length) {
      chunk = new Uint8Array(Math.max(CHUNK_BYTES, room));
      this.#chunks.push(chunk);
      this.#used = 0;
    }
    const { written } = ENCODER.encodeInto(value, chunk.subarray(this.#used));
    this.#chunkOf.set(this.#size, this.#chunks.length - 1);
    this.#starts.set(this.#size, this.#used);
    this.#lengths.set(this.#size, written);
    this.#used += written;
    this.#size += 1;
  }

  get(index: number): string {
    if (!(index >= 0 && index < this.#size)) throw new RangeError(`no string at ${index}`);
    const unencodable = this.#unencodable.get(index);
    if (unencodable !== undefined) return unencodable;
    const start = this.#starts.get(index);
    return DECODER.decode((this.#chunks[this.#chunkOf.get(index)] as Uint8Array).subarray(start, start + this.#lengths.get(index)));
  }

  *[Symbol.iterator](): IterableIterator<string> {
    for (let index = 0; index < this.#size; index += 1) yield this.get(index);
  }

  /** Bytes allocated (chunks and offsets). */
  get bytes(): number {
    return this.#chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0) + this.#chunkOf.bytes + this.#starts.bytes + this.#lengths.bytes;
  }
}
