/**
 * Writes the benchmark corpus to disk as it is generated, in two layouts holding the same articles:
 * a tree of .txt files (`raw/<bucket>/<n>.txt`) and one `corpus.jsonl.gz` with a record
 * `{"id": "<bucket>/<n>.txt", "text": "..."}` per line (`text` is the CLI's default `--text-field`).
 * Nothing is kept in memory beyond the article being written and the gzip stream's buffer, so
 * `--articles 1000000` costs disk, not RAM.
 */

import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip, type Gzip } from 'node:zlib';
import type { CorpusSources } from './generate-corpus.js';
import { generateCorpus } from './generate-corpus.js';

export interface CorpusLayout {
  readonly articles: number;
  readonly seed: number;
  /** Also write each article's expected clean text under `expected/` (for --score). */
  readonly withExpected: boolean;
  /** Also write `corpus.jsonl.gz`. */
  readonly withJsonl: boolean;
}

export interface JsonlCorpus {
  readonly path: string;
  /** Size of the .jsonl.gz file. */
  readonly bytes: number;
  /** Size of the JSONL once decompressed (records, JSON escapes and line breaks included). */
  readonly uncompressedBytes: number;
  /** sha256 of the .jsonl.gz file as written (`sha256sum` gives the same). */
  readonly sha256: string;
}

export interface BenchCorpus {
  readonly root: string;
  /** The .txt tree. */
  readonly tree: string;
  /** A tree with the first article alone, for timing a run's start-up. */
  readonly oneArticleTree: string;
  readonly files: number;
  /** UTF-8 bytes of the article texts: the same in both layouts, and what every row's MB/s counts. */
  readonly bytes: number;
  /** sha256 over every article's path and bytes, in order. */
  readonly sha256: string;
  readonly jsonl: JsonlCorpus | undefined;
  readonly generateMs: number;
  /** Peak RSS of the generating process so far, in KiB: flat in the article count, since nothing is kept. */
  readonly generatorMaxRssKb: number;
}

/**
 * The input's compression level: zlib's default, what `gzip` and most exporters write. (bersih's own
 * outputs use a faster level; the JSONL copy floor uses that one too.)
 */
const INPUT_GZIP_LEVEL = constants.Z_DEFAULT_COMPRESSION;
/** Records are handed to gzip in chunks of about this many characters: one write per article would cost more than the article. */
const JSONL_CHUNK_CHARS = 1 << 20;

export async function writeBenchCorpus(root: string, sources: CorpusSources, layout: CorpusLayout): Promise<BenchCorpus> {
  const started = performance.now();
  const tree = path.join(root, 'raw');
  const oneArticleTree = path.join(root, 'one');
  const files = treeWriter();
  const jsonl = layout.withJsonl ? jsonlWriter(path.join(root, 'corpus.jsonl.gz')) : undefined;
  const hash = createHash('sha256');
  let count = 0;
  let bytes = 0;
  for (const article of generateCorpus(sources, { articles: layout.articles, seed: layout.seed })) {
    const data = Buffer.from(article.text, 'utf8');
    files.write(path.join(tree, article.path), data);
    if (count === 0) files.write(path.join(oneArticleTree, article.path), data);
    if (layout.withExpected) files.write(path.join(root, 'expected', article.path), article.expected);
    hash.update(article.path).update('\0').update(data).update('\0');
    count += 1;
    bytes += data.byteLength;
    await jsonl?.add(JSON.stringify({ id: article.path, text: article.text }));
  }
  return {
    root,
    tree,
    oneArticleTree,
    files: count,
    bytes,
    sha256: hash.digest('hex'),
    jsonl: await jsonl?.close(),
    generateMs: performance.now() - started,
    generatorMaxRssKb: process.resourceUsage().maxRSS,
  };
}

/** Writes files synchronously (the fastest way to make many small files), creating each directory once. */
function treeWriter(): { write(target: string, data: string | Buffer): void } {
  const made = new Set<string>();
  return {
    write(target, data) {
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(target, data);
    },
  };
}

interface JsonlWriter {
  /** Adds a record; resolves at once unless gzip is behind, then when it has caught up. */
  add(record: string): Promise<void> | undefined;
  close(): Promise<JsonlCorpus>;
}

function jsonlWriter(target: string): JsonlWriter {
  const gzip = createGzip({ level: INPUT_GZIP_LEVEL });
  const tap = new HashingTap();
  const done = pipeline(gzip, tap, createWriteStream(target));
  // A failure is reported where `done` is awaited (in `drained` or `close`), not as an unhandled rejection.
  done.catch(() => undefined);
  let pending = '';
  let uncompressedBytes = 0;
  const flush = (): Promise<void> | undefined => {
    uncompressedBytes += Buffer.byteLength(pending, 'utf8');
    const ready = gzip.write(pending);
    pending = '';
    return ready ? undefined : drained(gzip, done);
  };
  return {
    add(record) {
      pending += `${record}\n`;
      return pending.length >= JSONL_CHUNK_CHARS ? flush() : undefined;
    },
    async close() {
      if (pending !== '') await flush();
      gzip.end();
      await done;
      return { path: target, bytes: tap.bytes, uncompressedBytes, sha256: tap.hash.digest('hex') };
    },
  };
}

/** Resolves when gzip wants more; rejects when the pipeline failed (a full disk), so the writer never waits forever. */
function drained(gzip: Gzip, done: Promise<void>): Promise<void> {
  return Promise.race([once(gzip, 'drain').then(() => undefined), done]);
}

/** A pass-through stream that hashes and counts the bytes going to the file. */
class HashingTap extends Transform {
  readonly hash = createHash('sha256');
  bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.byteLength;
    callback(null, chunk);
  }
}
