/**
 * Cleaning one article as a self-contained job: plain data in, plain data out, so the same code runs
 * in the main thread or in a worker thread and the results cannot depend on which.
 */

import type { Cleaner } from '../clean.js';
import type { ArticleSignature } from '../corpus/signature.js';
import type { Edit } from '../types.js';

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
