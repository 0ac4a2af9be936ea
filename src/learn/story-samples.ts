/**
 * The sampled story sketches of the lines a counter tracks (line-counter.ts), all in one typed array
 * allocated up front, outside the garbage-collected heap: `perSlot` sketches per slot, a slot per
 * tracked line, freed when its line is evicted and taken by the next. As one small typed array per
 * sample, the tracking table, the largest thing the main thread holds while it reads the corpus,
 * took several times its size in the heap, and V8 sizes the heap by what is alive in it.
 */

import { STORY_SKETCH_SIZE } from './story-sketch.js';

export class StorySamples {
  readonly #perSlot: number;
  /** Slot s, sample i: `STORY_SKETCH_SIZE` values from `(s × perSlot + i) × STORY_SKETCH_SIZE`, of which `lengths[s × perSlot + i]` are used. */
  readonly #values: Uint32Array;
  readonly #lengths: Uint8Array;
  /** Samples held per slot. */
  readonly #counts: Uint8Array;
  readonly #free: number[];

  constructor(slots: number, perSlot: number) {
    this.#perSlot = perSlot;
    this.#values = new Uint32Array(slots * perSlot * STORY_SKETCH_SIZE);
    this.#lengths = new Uint8Array(slots * perSlot);
    this.#counts = new Uint8Array(slots);
    // Taken from the end: slot 0 first.
    this.#free = Array.from({ length: slots }, (_, index) => slots - 1 - index);
  }

  /** A free slot, empty; throws when every slot is taken. */
  open(): number {
    const slot = this.#free.pop();
    if (slot === undefined) throw new RangeError('no free slot for story samples');
    this.#counts[slot] = 0;
    return slot;
  }

  close(slot: number): void {
    this.#free.push(slot);
  }

  count(slot: number): number {
    return this.#counts[slot] ?? 0;
  }

  /** Puts `story` as sample `index` of the slot: one already held is replaced, the next free one (index = count) added. */
  set(slot: number, index: number, story: Uint32Array): void {
    const sample = slot * this.#perSlot + index;
    this.#values.set(story.subarray(0, STORY_SKETCH_SIZE), sample * STORY_SKETCH_SIZE);
    this.#lengths[sample] = Math.min(story.length, STORY_SKETCH_SIZE);
    if (index === this.count(slot)) this.#counts[slot] = index + 1;
  }

  /** The slot's samples, as views (valid until the slot is closed). */
  samples(slot: number): Uint32Array[] {
    return Array.from({ length: this.count(slot) }, (_, index) => {
      const sample = slot * this.#perSlot + index;
      const start = sample * STORY_SKETCH_SIZE;
      return this.#values.subarray(start, start + (this.#lengths[sample] ?? 0));
    });
  }

  get bytes(): number {
    return this.#values.byteLength + this.#lengths.byteLength + this.#counts.byteLength;
  }
}
