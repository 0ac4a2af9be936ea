/**
 * The public API of the `bersih` package. Importing it has no side effects: no colour library, no
 * argument parsing, no listeners on the process; the CLI lives apart in src/cli.
 */

// Cleaning one article.
export { cleanText, createCleaner } from './clean.js';
export type { CleanResult, Cleaner } from './clean.js';
export { resolveOptions } from './options.js';
export type { Options, ResolvedOptions } from './options.js';
export type { Article, Edit, EditAction, Line, PassOutput } from './types.js';
export { ConfigError, InputError } from './errors.js';

// Cleaning files: finding inputs, reading, writing, the batch run.
export { cleanFiles, outcomeResult } from './io/clean-files.js';
export { runCleanJob } from './io/clean-job.js';
export type { CleanJob, CleanOutcome } from './io/clean-job.js';
export type { CleanFilesParams, FileError, FileResult, FileStatus, ReadProgress, RunResult } from './io/clean-files.js';
// JSONL and gzip: reading records, writing them, the audit trail, cleaning a stream (stdin).
export { cleanInputStream } from './io/clean-input-stream.js';
export type { CleanInputStreamParams } from './io/clean-input-stream.js';
export { dryRunSink, jsonlFileSink, jsonlTreeSink, streamSink, textTreeSink } from './io/article-sink.js';
export type { ArticleSink, OutputFormat, RecordInfo } from './io/article-sink.js';
export type { InputFormat, SourceArticle } from './io/article-source.js';
export { createAuditFile } from './io/audit-file.js';
export type { AuditRecord, AuditWriter } from './io/audit-file.js';
export { findInputs } from './io/find-inputs.js';
export type { FindInputsOptions, FoundInputs, InputFile, UnmatchedInput } from './io/find-inputs.js';
export { packageVersion } from './io/package-info.js';
export { decodeArticle, readArticle } from './io/read-article.js';
export type { ArticleFile } from './io/read-article.js';
export { readStream } from './io/read-stream.js';
export { createAtomicWriter, writeAtomic } from './io/write-atomic.js';
export type { AtomicWriter } from './io/write-atomic.js';

// Reports.
export { buildReport, ReportBuilder, serializeReport } from './report/build-report.js';
export type {
  ActionCounts,
  Report,
  ReportEdit,
  ReportFile,
  ReportMeta,
  ReportOptionValue,
  ReportTotals,
} from './report/build-report.js';
export { plainStyle, renderFailure, renderSummary } from './report/render-summary.js';
export type { SummaryOptions, SummaryStyle } from './report/render-summary.js';
