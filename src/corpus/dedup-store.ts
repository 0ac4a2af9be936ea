/**
 * The index of kept articles that cross-article dedup checks each new article against, as a small
 * interface: in memory for one run (memory-store.ts), SQLite for `--index FILE` (sqlite-store.ts),
 * and later perhaps a server shared by several machines.
 *
 * A store holds only articles that were kept; duplicates are decided against it but never added,
 * so every duplicate is reported against, and verified against, the kept copy itself.
 *
 * The calls are synchronous because decisions are made one article at a time in path order on the
 * main thread. They are coarse so that a server-backed store stays cheap: one lookup of all band
 * keys at once, the id only for the one article a decision names, one add per kept article. Such a
 * store would best look up a whole batch's band keys in one request and keep the batch's own
 * additions locally (an article can duplicate another from the same batch).
 */

/** What verifying a candidate needs. */
export interface Candidate {
  /** Position in the store, in the order kept (across runs, for a persistent store). */
  readonly ref: number;
  /** Distinct shingles of the article. */
  readonly shingles: number;
  /** Low 16 bits of each MinHash value (sketch.ts). */
  readonly sketch: Uint16Array;
}

/** What a decision reports about the kept article it names. */
export interface KeptArticle {
  /** The article's id (its input path, relative to the input root). */
  readonly id: string;
  /** Kept by an earlier run of a persistent index, not by this one. */
  readonly earlierRun: boolean;
}

/** What the store keeps of a newly kept article. */
export interface NewArticle {
  readonly id: string;
  /** 16 hex digits (signature.ts). */
  readonly exactKey: string;
  /** One key per band (lsh.ts). */
  readonly bandKeys: Uint32Array;
  readonly sketch: Uint16Array;
  readonly shingles: number;
}

/** The parts of the options that shape what a store keeps; a store refuses signatures of another shape. */
export interface StoreLayout {
  readonly bands: number;
  readonly permutations: number;
}

export interface DedupStore {
  readonly layout: StoreLayout;
  /** The ref of the earliest kept article with this exact key, or undefined. */
  findExact(exactKey: string): number | undefined;
  /** Every kept article sharing at least one band key, each once, in the order kept. */
  findCandidates(bandKeys: Uint32Array): Candidate[];
  /** Id and origin of the kept article at `ref`. */
  describe(ref: number): KeptArticle;
  add(article: NewArticle): void;
  /** Makes everything added so far durable (nothing to do in memory). */
  commit(): void;
  /** Commits and releases the store; it cannot be used afterwards. */
  close(): void;
  /** Kept articles in the store, including those of earlier runs. */
  readonly size: number;
  bytes(): StoreBytes;
}

/** What a store occupies. */
export interface StoreBytes {
  /** Memory held for lookups (what the 1 KB an article budget is about). */
  readonly memory: number;
  /** The database file, for a persistent store; 0 in memory. */
  readonly disk: number;
}
