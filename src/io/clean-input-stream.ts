/**
 * Cleaning a byte stream (standard input) rather than files: one text article, or JSONL records
 * streamed line by line through the same batches and workers as a file run, into any sink (stdout,
 * a JSONL file). The stream is read once, so the corpus pre-pass that learns boilerplate (which
 * reads the input twice) does not run here.
 */

import { createCleaner } from '../clean.js';
import { ConfigError } from '../errors.js';
import type { Options } from '../options.js';
import { streamArticles, type InputFormat } from './article-source.js';
import type { ArticleSink } from './article-sink.js';
import type { CleanFilesParams, RunResult } from './clean-files.js';
import { cleanStream, createLazyPool } from './clean-stream.js';
import { parseTextField } from './jsonl-record.js';
import { DEFAULT_MAX_FILE_BYTES } from './read-article.js';

export interface CleanInputStreamParams extends Pick<CleanFilesParams, 'onFile' | 'jobs' | 'maxDropRatio' | 'decide'> {
  readonly stream: AsyncIterable<Uint8Array | string>;
  /** `txt`: the whole stream is one article (`-`); `jsonl`: one article per record (`-:<line>`). */
  readonly inputFormat: InputFormat;
  /** Dot path of a record's text. @default 'text' */
  readonly textField?: string;
  readonly options?: Options;
  /** Where the cleaned articles go. */
  readonly sink: ArticleSink;
  /** A text article, or one JSONL line, larger than this fails (`too_large`). @default 64 MiB */
  readonly maxFileBytes?: number;
}

export async function cleanInputStream(params: CleanInputStreamParams): Promise<RunResult> {
  const options = createCleaner(params.options).options;
  const textPath = parseTextField(params.textField ?? 'text');
  if (textPath === undefined) throw new ConfigError(`text field "${params.textField ?? ''}" is not a dot path such as text or content.body`);
  const pool = createLazyPool(params.options ?? {}, params.jobs ?? 1);
  try {
    const matched = await cleanStream({
      items: streamArticles(params.stream, params.inputFormat, { maxBytes: params.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, textPath }),
      pool,
      sink: params.sink,
      onFile: (result) => params.onFile?.(result),
      maxDropRatio: params.maxDropRatio,
      decide: params.decide,
    });
    return { options, matched };
  } finally {
    await pool.close();
  }
}
