/**
 * The benchmark's report: the table and the floors as text for the terminal, and the same figures
 * as JSON for comparing runs over time.
 */

import type { BenchCorpus } from './bench-corpus.js';
import { rulesScaling, type FloorVerdict } from './bench-floors.js';
import type { RowResult } from './bench-results.js';
import type { Measurement } from './measure.js';

/** What the run was, besides its rows. */
export interface RunInfo {
  readonly seed: number;
  readonly runs: number;
  readonly jobs: number;
  /** Rule counts of the rules rows. */
  readonly rules: { readonly shipped: number; readonly scaled: number };
  readonly rssSource: string;
  readonly environment: Readonly<Record<string, string | number>>;
}

const COLUMNS = ['', 'wall s', 'articles/s', 'MB/s', 'peak RSS MiB', 'user s', 'sys s', '× floor', 'exit', 'articles out'];

export function renderTable(rows: readonly RowResult[]): string {
  const cells = [COLUMNS, ...rows.map(rowCells)];
  const widths = COLUMNS.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const lines = cells.map((row) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '),
  );
  return `${lines.join('\n')}\n`;
}

function rowCells(row: RowResult): string[] {
  const optional = (value: number | undefined, digits: number): string => (value === undefined ? '?' : value.toFixed(digits));
  return [
    row.name,
    (row.wallMs / 1000).toFixed(2),
    Math.round(row.articlesPerSecond).toLocaleString('en-US'),
    row.mbPerSecond.toFixed(1),
    optional(row.maxRssKb === undefined ? undefined : row.maxRssKb / 1024, 1),
    optional(row.userSeconds, 2),
    optional(row.systemSeconds, 2),
    row.ratioVsFloor === undefined ? '–' : row.ratioVsFloor.toFixed(3),
    row.exitCodes.join(','),
    row.output === undefined ? '?' : row.output.articles.toLocaleString('en-US'),
  ];
}

export function renderHeader(corpus: BenchCorpus, info: RunInfo): string {
  const jsonl = corpus.jsonl;
  const lines = [
    `corpus: ${corpus.files.toLocaleString('en-US')} articles, ${mb(corpus.bytes)} MB of text ` +
      `(seed ${info.seed}), generated in ${(corpus.generateMs / 1000).toFixed(1)} s ` +
      `(bench process peak RSS ${(corpus.generatorMaxRssKb / 1024).toFixed(0)} MiB) in ${corpus.root}`,
    `  .txt tree    sha256 ${corpus.sha256}`,
    jsonl === undefined
      ? '  .jsonl.gz    not written (no JSONL row selected)'
      : `  .jsonl.gz    sha256 ${jsonl.sha256}  ${mb(jsonl.bytes)} MB (${mb(jsonl.uncompressedBytes)} MB as JSONL)`,
    `runs per row: ${info.runs} (median wall, highest RSS), alternating rows; RSS from ${info.rssSource}; ` +
      `--jobs ${info.jobs} for the parallel rows; ${String(info.environment['cpus'])} CPU(s), Node ${String(info.environment['node'])}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** What the columns mean, and the rules rows side by side. */
export function renderNotes(rows: readonly RowResult[]): string {
  const lines = [
    'MB/s counts article text for every row (JSONL rows included: uncompressed text, not the .gz bytes).',
    '× floor: throughput over the copy floor of the same input (.txt rows against the .txt copy, JSONL against the JSONL.gz copy).',
  ];
  if (rows.some((row) => row.id === 'passes')) {
    lines.push('The per-article passes row is the one the 60 % floor is judged on; every pass on adds the learned pre-pass (a second read) and cross-article dedup.');
  }
  const scaling = rulesScaling(rows);
  if (scaling !== undefined) {
    const basis = scaling.startupSubtracted ? "less a one-article run's (CLI start-up, rule loading)" : 'CLI start-up and rule loading included';
    lines.push(
      `rules at scale: ${scaling.shippedUsPerArticle.toFixed(1)} → ${scaling.scaledUsPerArticle.toFixed(1)} µs/article ` +
        `(${scaling.ratio.toFixed(2)}×; wall time per article, ${basis})`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function renderFloors(verdicts: readonly FloorVerdict[]): string {
  const lines = verdicts.map((verdict) => {
    const mark = verdict.pass === null ? 'n/a ' : verdict.pass ? 'PASS' : 'FAIL';
    return `  ${mark}  ${verdict.claim}: ${verdict.pass === null ? 'not measured (row not run)' : verdict.measured}`;
  });
  return `floors (issue 6; reported, not enforced: a FAIL does not change the exit code):\n${lines.join('\n')}\n`;
}

/** The first stderr lines of every row that printed any (bersih names each file it could not clean). */
export function renderProblems(rows: readonly RowResult[]): string {
  const blocks = rows
    .filter((row) => row.problems.length > 0)
    .map((row) => [`${row.name}: ${row.problems.length} line(s) on stderr, first ones:`, ...row.problems.slice(0, 5).map((line) => `  ${line}`)].join('\n'));
  return blocks.length === 0 ? '' : `${blocks.join('\n')}\n`;
}

/**
 * The figures as JSON. Version 2 keeps version 1's fields and their meaning (`tools[0]` the .txt copy
 * floor, `ratio.throughputVsCopyFloor` every pass on at the default --jobs), except that a row's
 * `output.files` is now `output.articles` (files, or JSONL records); rows carry an `id` (a mode name).
 */
export function benchJson(corpus: BenchCorpus, info: RunInfo, rows: readonly RowResult[], verdicts: readonly FloorVerdict[]): Record<string, unknown> {
  const scaling = rulesScaling(rows);
  return {
    version: 2,
    corpus: {
      articles: corpus.files,
      bytes: corpus.bytes,
      seed: info.seed,
      sha256: corpus.sha256,
      generateMs: corpus.generateMs,
      generatorMaxRssKb: corpus.generatorMaxRssKb,
      jsonl:
        corpus.jsonl === undefined
          ? null
          : { bytes: corpus.jsonl.bytes, uncompressedBytes: corpus.jsonl.uncompressedBytes, sha256: corpus.jsonl.sha256 },
    },
    environment: { ...info.environment, jobs: info.jobs, rssSource: info.rssSource, corpusDir: corpus.root },
    tools: rows.map(rowJson),
    ratio: {
      throughputVsCopyFloor: rows.find((row) => row.id === 'all')?.ratioVsFloor ?? null,
      perArticleVsCopyFloor: rows.find((row) => row.id === 'passes')?.ratioVsFloor ?? null,
      jsonlVsCopyFloor: rows.find((row) => row.id === 'jsonl')?.ratioVsFloor ?? null,
    },
    rules: scaling === undefined ? null : { shippedRules: info.rules.shipped, scaledRules: info.rules.scaled, ...scaling },
    floors: verdicts,
    problems: rows.reduce((sum, row) => sum + row.problems.length, 0),
  };
}

function rowJson(row: RowResult): Record<string, unknown> {
  return {
    id: row.id,
    name: row.name,
    command: row.command,
    floor: row.floor ?? null,
    wallMs: row.wallMs,
    articlesPerSecond: row.articlesPerSecond,
    mbPerSecond: row.mbPerSecond,
    usPerArticle: row.usPerArticle,
    startupMs: row.startupMs ?? null,
    netUsPerArticle: row.netUsPerArticle ?? null,
    maxRssKb: row.maxRssKb ?? null,
    userSeconds: row.userSeconds ?? null,
    systemSeconds: row.systemSeconds ?? null,
    ratioVsFloor: row.ratioVsFloor ?? null,
    exitCodes: row.exitCodes,
    crashed: row.crashed,
    output: row.output ?? null,
    problems: row.problems.length,
    runs: row.runs.map(runJson),
  };
}

function runJson(run: Measurement): Record<string, unknown> {
  return {
    wallMs: run.wallMs,
    maxRssKb: run.maxRssKb ?? null,
    userSeconds: run.userSeconds ?? null,
    systemSeconds: run.systemSeconds ?? null,
    code: run.code,
  };
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}
