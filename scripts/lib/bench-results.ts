/**
 * One benchmark row from its runs: the median wall time turned into rates over the corpus, the
 * highest peak RSS, what the run wrote, and its ratio to its copy floor.
 */

import { createReadStream, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { BenchMode, Layout, ModeId } from './bench-modes.js';
import type { Measurement } from './measure.js';

/** What one run wrote: articles (files, or JSONL records) and bytes on disk. */
export interface OutputCount {
  readonly articles: number;
  readonly bytes: number;
}

export interface RowResult {
  readonly id: ModeId;
  readonly name: string;
  readonly command: string;
  readonly floor: ModeId | undefined;
  readonly everyPass: boolean;
  readonly runs: readonly Measurement[];
  /** Median wall time over the runs. */
  readonly wallMs: number;
  readonly articlesPerSecond: number;
  /** Megabytes (10^6 bytes) of article text per second: the same bytes for every row, JSONL or not. */
  readonly mbPerSecond: number;
  readonly usPerArticle: number;
  /** Median wall time on one article, for modes that time their start-up. */
  readonly startupMs: number | undefined;
  /** Wall time per article once the start-up is taken off; undefined without a start-up timing. */
  readonly netUsPerArticle: number | undefined;
  /** Highest peak RSS over the runs, in KiB. */
  readonly maxRssKb: number | undefined;
  /** Median CPU seconds over the runs. */
  readonly userSeconds: number | undefined;
  readonly systemSeconds: number | undefined;
  readonly exitCodes: readonly (number | null)[];
  /** Some run ended in a way no input explains (see `crashed`). */
  readonly crashed: boolean;
  /** What the last run wrote; undefined when it wrote nothing readable. */
  readonly output: OutputCount | undefined;
  /** The row's throughput over its copy floor's (floor wall / row wall); undefined for a floor or when the floor was not run. */
  readonly ratioVsFloor: number | undefined;
  /** The child's stderr lines of the last run (bersih names each file it could not clean there). */
  readonly problems: readonly string[];
}

/**
 * Whether a run crashed: a copy floor must exit 0; bersih exits 1 when some input failed (a finding,
 * shown in the table) and 2 on a fatal error; a signal is always a crash.
 */
export function crashed(mode: BenchMode, run: Measurement): boolean {
  if (run.signal !== null || run.code === null) return true;
  return mode.floor === undefined ? run.code !== 0 : run.code > 1;
}

export interface CorpusSize {
  readonly files: number;
  readonly bytes: number;
}

/** What one mode gave: its runs on the corpus, its runs on one article (if timed), the last run's output. */
export interface ModeRuns {
  readonly name: string;
  readonly command: string;
  readonly runs: readonly Measurement[];
  readonly startups: readonly Measurement[];
  readonly output: OutputCount | undefined;
}

export function summarizeRow(mode: BenchMode, { name, command, runs, startups, output }: ModeRuns, corpus: CorpusSize): RowResult {
  const wallMs = median(runs.map((run) => run.wallMs)) ?? Number.NaN;
  const startupMs = median(startups.map((run) => run.wallMs));
  const rss = defined(runs.map((run) => run.maxRssKb));
  return {
    id: mode.id,
    name,
    command,
    floor: mode.floor,
    everyPass: mode.everyPass,
    runs,
    wallMs,
    articlesPerSecond: corpus.files / (wallMs / 1000),
    mbPerSecond: corpus.bytes / 1e6 / (wallMs / 1000),
    usPerArticle: (wallMs * 1000) / corpus.files,
    startupMs,
    netUsPerArticle: startupMs === undefined ? undefined : ((wallMs - startupMs) * 1000) / corpus.files,
    maxRssKb: rss.length === 0 ? undefined : Math.max(...rss),
    userSeconds: median(defined(runs.map((run) => run.userSeconds))),
    systemSeconds: median(defined(runs.map((run) => run.systemSeconds))),
    exitCodes: runs.map((run) => run.code),
    crashed: [...runs, ...startups].some((run) => crashed(mode, run)),
    output,
    ratioVsFloor: undefined,
    problems: runs.at(-1)?.stderr.trim().split('\n').filter(Boolean) ?? [],
  };
}

/** The rows with each one's ratio to its copy floor filled in. */
export function withRatios(rows: readonly RowResult[]): RowResult[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return rows.map((row) => {
    const floor = row.floor === undefined ? undefined : byId.get(row.floor);
    return floor === undefined ? row : { ...row, ratioVsFloor: floor.wallMs / row.wallMs };
  });
}

/** What a run wrote at `out`: a tree of .txt files or one .jsonl.gz. */
export async function countOutput(layout: Layout, out: string): Promise<OutputCount | undefined> {
  try {
    return layout === 'tree' ? countTree(out) : await countJsonl(out);
  } catch {
    return undefined; // a crashed run may have written nothing
  }
}

/** Number and total size of the *.txt files below `dir`. */
function countTree(dir: string): OutputCount {
  let articles = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.txt')) continue;
    articles += 1;
    bytes += statSync(path.join(dir, name)).size;
  }
  return { articles, bytes };
}

const NEWLINE = 0x0a;

/** Records (lines) in a .jsonl.gz, read as a stream, and the file's size. */
async function countJsonl(file: string): Promise<OutputCount> {
  let articles = 0;
  const gunzip = createGunzip();
  // A read error destroys gunzip with that error, which ends the loop below with it.
  pipeline(createReadStream(file), gunzip, () => undefined);
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) articles += 1;
  }
  return { articles, bytes: statSync(file).size };
}

export function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function defined(values: readonly (number | undefined)[]): number[] {
  return values.filter((value): value is number => value !== undefined);
}
