/**
 * Cleaning one article as a self-contained job: plain data in, plain data out, so the same code runs
 * in the main thread or in a worker thread and the results cannot depend on which. A batch of jobs
 * travels as one message: text files as their raw bytes, packed into one buffer, decoded and checked
 * where they are cleaned, so the thread reading the files never builds their strings.
 */

import type { Cleaner } from '../clean.js';
import type { ArticleSignature } from '../corpus/signature.js';
import { InputError } from '../errors.js';
import { articleLines, type ArticleLines } from '../learn/line-counter.js';
import type { Edit } from '../types.js';
import type { FileError } from './clean-files.js';
import { decodeArticle } from './read-article.js';

export interface CleanJob {
  readonly id: string;
  readonly text: string;
}

/** What cleaning one article produced; `problem` is set for an empty result or a bug in a pass. */
export interface CleanOutcome {
  readonly text: string;
  readonly site: string | undefined;
  readonly linesIn: number;
  readonly linesOut: number;
  readonly edits: readonly Edit[];
  readonly problem?: { readonly code: 'empty' | 'no_text_left' | 'internal'; readonly message: string };
  /** Cross-article dedup signature of `text`, computed here (maybe in a worker) when asked for. */
  readonly signature?: ArticleSignature;
  /** Share (0..1, unrounded) of its non-space characters the article lost; computed when a batch asks for it. */
  readonly dropRatio?: number;
}

/** Only whitespace (a byte-order mark included): nothing for the cleaner to look at. */
const BLANK_RE = /^[\s\uFEFF]*$/;

export function runCleanJob(cleaner: Cleaner, job: CleanJob): CleanOutcome {
  const nothing = { text: '', site: undefined, linesIn: 0, linesOut: 0, edits: [] };
  if (BLANK_RE.test(job.text)) return { ...nothing, problem: { code: 'empty', message: 'file is empty' } };
  try {
    const cleaned = cleaner.clean(job.text, job.id);
    return {
      text: cleaned.text,
      site: cleaned.site,
      linesIn: cleaned.linesIn,
      linesOut: cleaned.lines.length,
      edits: cleaned.edits,
      ...(cleaned.signature === undefined ? {} : { signature: cleaned.signature }),
      ...(cleaned.text === '' ? { problem: { code: 'no_text_left', message: 'no text left after cleaning' } as const } : {}),
    };
  } catch (error) {
    // A bug in a pass must not sink the whole run; the message says where to look.
    const message = `internal error while cleaning (${error instanceof Error ? error.message : String(error)})`;
    return { ...nothing, problem: { code: 'internal', message } };
  }
}

/** One article of a batch: its text, or (a text file) the span of its bytes in the batch's buffer. */
export type BatchJob = CleanJob | { readonly id: string; readonly start: number; readonly end: number };

export interface Batch {
  readonly jobs: readonly BatchJob[];
  /** The bytes of the byte jobs, one after another. */
  readonly bytes?: ArrayBuffer | undefined;
  /** Compute each outcome's `dropRatio` (`--max-drop-ratio`). */
  readonly dropRatio?: boolean;
}

/** A cleaned article, or a text file that turned out not to be text (`binary`, `invalid_utf8`, ...). */
export type BatchOutcome = CleanOutcome | { readonly failure: FileError };

/** Cleans every job of a batch, in order. */
export function cleanBatch(cleaner: Cleaner, batch: Batch): BatchOutcome[] {
  return batch.jobs.map((job) => {
    const text = jobText(job, batch.bytes);
    if (typeof text !== 'string') return text;
    const outcome = runCleanJob(cleaner, { id: job.id, text });
    return batch.dropRatio === true ? { ...outcome, dropRatio: dropRatio(text, outcome.text) } : outcome;
  });
}

/**
 * The lines the learned-boilerplate pre-pass counts, for every job of a batch, packed flat for the
 * trip back from a worker: a few arrays and one string, not an object per line, since the main
 * thread may hold several batches' worth before it counts them.
 */
export interface BatchLines {
  /** Per job: how many candidate lines it has, or -1 for a file that is not text (the cleaning pass reports it). */
  readonly counts: Int32Array;
  /** Per candidate, in job order: its key and hashes (`ArticleLines`). */
  readonly keys: Float64Array;
  readonly h1: Uint32Array;
  readonly h2: Uint32Array;
  /**
   * The candidates' texts, each its own string: pieces of one joined string would each keep the
   * whole of it alive, and the counter keeps thousands of texts for the whole pre-pass.
   */
  readonly texts: readonly string[];
  /** Per job: the length of its story sketch; the sketches follow one another in `stories`. */
  readonly storyLengths: Uint8Array;
  readonly stories: Uint32Array;
}

export function linesOfBatch(batch: Batch): BatchLines {
  const perJob = batch.jobs.map((job) => {
    const text = jobText(job, batch.bytes);
    return typeof text === 'string' ? articleLines(text) : undefined;
  });
  const candidates = perJob.flatMap((lines) => lines?.candidates ?? []);
  const stories = perJob.flatMap((lines) => [...(lines?.story ?? [])]);
  return {
    counts: Int32Array.from(perJob, (lines) => lines?.candidates.length ?? -1),
    keys: Float64Array.from(candidates, (line) => line.key),
    h1: Uint32Array.from(candidates, (line) => line.h1),
    h2: Uint32Array.from(candidates, (line) => line.h2),
    texts: candidates.map((line) => line.text),
    storyLengths: Uint8Array.from(perJob, (lines) => lines?.story.length ?? 0),
    stories: Uint32Array.from(stories),
  };
}

/** Each job's `ArticleLines` (undefined for a file that is not text), in order, made as they are asked for. */
export function* unpackLines(packed: BatchLines): Generator<ArticleLines | undefined> {
  let line = 0;
  let story = 0;
  for (let job = 0; job < packed.counts.length; job += 1) {
    const count = packed.counts[job] ?? -1;
    const storyLength = packed.storyLengths[job] ?? 0;
    if (count < 0) {
      yield undefined;
      continue;
    }
    const candidates = [];
    for (const end = line + count; line < end; line += 1) {
      candidates.push({ key: packed.keys[line] ?? 0, h1: packed.h1[line] ?? 0, h2: packed.h2[line] ?? 0, text: packed.texts[line] ?? '' });
    }
    yield { candidates, story: packed.stories.slice(story, story + storyLength) };
    story += storyLength;
  }
}

function jobText(job: BatchJob, bytes: ArrayBuffer | undefined): string | { failure: FileError } {
  if ('text' in job) return job.text;
  try {
    return decodeArticle(new Uint8Array(bytes ?? new ArrayBuffer(0), job.start, job.end - job.start), job.id);
  } catch (error) {
    if (error instanceof InputError) return { failure: { code: error.code, message: error.detail } };
    throw error;
  }
}

/** Share (0..1) of the non-space characters of `before` that `after` no longer has. */
export function dropRatio(before: string, after: string): number {
  const had = nonSpaceLength(before);
  return had === 0 ? 0 : Math.max(0, 1 - nonSpaceLength(after) / had);
}

function nonSpaceLength(text: string): number {
  let count = 0;
  for (const match of text.matchAll(NON_SPACE_RE)) count += match[0].length;
  return count;
}

/** Runs of characters other than whitespace (Unicode spaces included). */
const NON_SPACE_RE = /\S+/g;
