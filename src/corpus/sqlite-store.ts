/**
 * The dedup index in a SQLite file (better-sqlite3), for `--index FILE`: articles kept by earlier
 * runs stay in it, so a new batch is deduplicated against everything seen before.
 *
 * One row per kept article holds everything about it: id, run number, exact key, shingle count,
 * sketch and band keys (513 bytes on disk). When the file is opened, the lookup tables (kept-index.ts:
 * exact and band keys, shingle counts, sketches; 786 bytes an article of heap at 100k) are rebuilt in
 * memory from the rows, 12 s for 740k articles; only ids stay on disk, read for the one article a
 * decision names. So deciding costs what it costs in memory, and the file is a log appended in row
 * order. Measured against B-tree indexes on the band keys: at 100k articles the 42 index rows per
 * article cost ~5 µs each to insert and ~2.3 µs each to probe (190–450 µs an article, growing with
 * the file, against ~55 µs now) and doubled the file. Reading each candidate's sketch from disk
 * instead cost 5–8 µs a candidate, and at 1M articles a family of template stories brings dozens.
 *
 * Consistency: rows are committed every `batchSize` kept articles and at close, each article in one
 * row, so a run killed halfway loses at most its open batch and never leaves half an article; the
 * rerun decides those articles again against the same index and gives the same result. WAL mode:
 * a commit appends to the log; readers are never blocked.
 *
 * Sketches and band keys are stored in the machine's byte order (little-endian everywhere Node
 * ships but s390x).
 */

import Database from 'better-sqlite3';
import { ConfigError } from '../errors.js';
import type { DedupStore } from './dedup-store.js';
import { KeptIndex } from './kept-index.js';
import type { ResolvedCorpusDedupOptions } from './options.js';

export interface SqliteStoreOptions {
  /** Kept articles per transaction. @default 1000 */
  readonly batchSize?: number;
}

/** Bumped when the schema or the meaning of a stored value changes; an index of another format is refused. */
const FORMAT = 'bersih-dedup-index/2';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS articles (
    ref INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    run INTEGER NOT NULL,
    exact BLOB NOT NULL,
    shingles INTEGER NOT NULL,
    sketch BLOB NOT NULL,
    bands BLOB NOT NULL
  );
`;

export function openSqliteStore(
  file: string,
  options: ResolvedCorpusDedupOptions,
  storeOptions: SqliteStoreOptions = {},
): DedupStore {
  const batchSize = storeOptions.batchSize ?? 1000;
  const db = new Database(file);
  const index = new KeptIndex(options);
  let run: number;
  try {
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL never corrupts the file; a power cut may lose the last commits, not consistency.
    db.pragma('synchronous = NORMAL');
    db.exec(SCHEMA);
    run = startRun(db, file, options);
    load(db, file, index);
  } catch (error) {
    db.close();
    throw error;
  }

  const describe = db.prepare<[number], { id: string; run: number }>('SELECT id, run FROM articles WHERE ref = ?');
  const insert = db.prepare<[number, string, number, Buffer, number, Buffer, Buffer]>(
    'INSERT INTO articles (ref, id, run, exact, shingles, sketch, bands) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  let pending = 0;
  let open = true;

  const commit = () => {
    if (pending > 0) db.exec('COMMIT');
    pending = 0;
  };

  return {
    layout: { bands: options.bands, permutations: options.permutations },

    findExact(exactKey) {
      const ref = index.findExact(exactKey);
      return ref === -1 ? undefined : ref;
    },

    findCandidates: (bandKeys) => index.candidates(bandKeys),

    describe(ref) {
      const row = describe.get(ref);
      if (row === undefined) throw new Error(`dedup index ${file} lost article ${ref}`);
      return { id: row.id, earlierRun: row.run < run };
    },

    add(article) {
      const ref = index.size;
      index.add(article); // first: it refuses an article of another shape before anything is written
      if (pending === 0) db.exec('BEGIN');
      const exactKey = Buffer.from(article.exactKey, 'hex');
      insert.run(ref, article.id, run, exactKey, article.shingles, bytesOf(article.sketch), bytesOf(article.bandKeys));
      pending += 1;
      if (pending >= batchSize) commit();
    },

    commit,

    close() {
      if (!open) return;
      commit();
      db.close();
      open = false;
    },

    get size() {
      return index.size;
    },

    bytes() {
      const pages = db.pragma('page_count', { simple: true }) as number;
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      return { memory: index.bytes, disk: pages * pageSize };
    },
  };
}

function bytesOf(values: Uint16Array | Uint32Array): Buffer {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
}

/** Rebuilds the lookup tables from the committed rows, which must be numbered without gaps. */
function load(db: Database.Database, file: string, index: KeptIndex): void {
  const rows = db
    .prepare<[], [number, Buffer, number, Buffer, Buffer]>('SELECT ref, exact, shingles, sketch, bands FROM articles ORDER BY ref')
    .raw();
  for (const [ref, exactKey, shingles, sketch, bands] of rows.iterate()) {
    if (ref !== index.size) throw new ConfigError(`dedup index ${file} is damaged: article ${index.size} is missing`);
    index.add({
      exactKey: exactKey.toString('hex'),
      bandKeys: aligned(bands, Uint32Array),
      sketch: aligned(sketch, Uint16Array),
      shingles,
    });
  }
}

/** The bytes as typed values: a view when the Buffer's offset allows one, else a copy. */
function aligned<T extends Uint16Array | Uint32Array>(
  bytes: Buffer,
  type: { new (buffer: ArrayBufferLike, offset: number, length: number): T; readonly BYTES_PER_ELEMENT: number },
): T {
  const copy = bytes.byteOffset % type.BYTES_PER_ELEMENT === 0 ? bytes : Buffer.from(Uint8Array.from(bytes).buffer);
  return new type(copy.buffer, copy.byteOffset, copy.byteLength / type.BYTES_PER_ELEMENT);
}

/**
 * Checks the index was built with the same signature layout (another one would silently never
 * match) and numbers this run, in one transaction.
 */
function startRun(db: Database.Database, file: string, options: ResolvedCorpusDedupOptions): number {
  const layout = JSON.stringify({
    format: FORMAT,
    shingleSize: options.shingleSize,
    permutations: options.permutations,
    seed: options.seed,
    bands: options.bands,
    rows: options.rows,
  });
  const read = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const write = db.prepare<[string, string]>('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  return db.transaction(() => {
    const existing = read.get('layout')?.value;
    if (existing === undefined) write.run('layout', layout);
    else if (existing !== layout) {
      throw new ConfigError(
        `dedup index ${file} was built with other settings (${existing}); these options need ${layout}. ` +
          'Use the same options or another index file.',
      );
    }
    const run = Number(read.get('runs')?.value ?? '0') + 1;
    write.run('runs', String(run));
    return run;
  })();
}
