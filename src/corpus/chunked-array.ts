/**
 * A growable typed array made of fixed-size chunks. Growing never copies what is stored and never
 * holds two copies at once, so the peak memory of a million-article index is what it keeps plus at
 * most one partly filled chunk, not the 2× a doubling array reaches while it copies.
 */

type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array;

export class ChunkedArray<T extends TypedArray> {
  readonly #chunks: T[] = [];
  readonly #make: (length: number) => T;
  /** Elements per chunk: a power of two, so an index splits into chunk and offset with shifts. */
  readonly #chunkBits: number;
  readonly #mask: number;

  /** `chunkLength` is rounded up to a power of two. */
  constructor(make: (length: number) => T, chunkLength: number) {
    this.#make = make;
    this.#chunkBits = Math.ceil(Math.log2(Math.max(chunkLength, 1)));
    this.#mask = (1 << this.#chunkBits) - 1;
  }

  get(index: number): number {
    return this.#chunks[index >>> this.#chunkBits]?.[index & this.#mask] ?? 0;
  }

  /** Sets an element, adding chunks up to it when needed (new elements read 0). */
  set(index: number, value: number): void {
    this.#chunk(index)[index & this.#mask] = value;
  }

  /**
   * A view (no copy) of `length` elements from `start`, which must not cross a chunk boundary;
   * rows of a fixed width stay inside one chunk when the width divides the chunk length.
   */
  view(start: number, length: number): T {
    const offset = start & this.#mask;
    if (offset + length > this.#mask + 1) throw new RangeError('view crosses a chunk boundary');
    return this.#chunk(start).subarray(offset, offset + length) as T;
  }

  /** The chunk holding `index`, allocated (with any before it) on first use. */
  #chunk(index: number): T {
    const chunk = index >>> this.#chunkBits;
    while (this.#chunks.length <= chunk) this.#chunks.push(this.#make(1 << this.#chunkBits));
    return this.#chunks[chunk] as T;
  }

  get bytes(): number {
    return this.#chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  }
}
