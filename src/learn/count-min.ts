/**
 * A count-min sketch with conservative update: a fixed table of small counters that answers "how
 * many times was this seen?" with an estimate that is never too low and, with `depth` rows of
 * `width` counters, too high by more than e·N/width (N = all additions) with probability at most
 * e^-depth. Memory is `depth × width × 2` bytes whatever the number of distinct items.
 */

export class CountMinSketch {
  private readonly counters: Uint16Array;
  private readonly mask: number;

  constructor(
    readonly width: number,
    readonly depth = 4,
  ) {
    if (!Number.isInteger(Math.log2(width)) || width < 2 ** 8 || width > 2 ** 26) throw new RangeError('sketch width must be a power of two between 2^8 and 2^26');
    this.counters = new Uint16Array(width * depth);
    this.mask = width - 1;
  }

  get bytes(): number {
    return this.counters.byteLength;
  }

  /**
   * Counts one more of the item with hashes `h1`, `h2` and returns its new estimated count
   * (saturating at 65 535). Rows are indexed by double hashing, `h1 + i·h2`; only the counters
   * at the minimum grow (conservative update), which keeps the overestimate small.
   */
  increment(h1: number, h2: number): number {
    const step = (h2 | 1) >>> 0;
    let min = 0xffff;
    for (let row = 0; row < this.depth; row++) {
      const value = this.counters[this.slot(row, h1, step)] ?? 0;
      if (value < min) min = value;
    }
    const next = Math.min(min + 1, 0xffff);
    for (let row = 0; row < this.depth; row++) {
      const slot = this.slot(row, h1, step);
      if ((this.counters[slot] ?? 0) < next) this.counters[slot] = next;
    }
    return next;
  }

  private slot(row: number, h1: number, step: number): number {
    return row * this.width + ((h1 + Math.imul(row, step)) & this.mask);
  }
}
