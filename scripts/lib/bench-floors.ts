/**
 * The floors of issue 6, judged on one benchmark run. A verdict is information for the notes, not a
 * gate: the bench exits 0 whatever they say (timings on a shared 2-core machine vary too much for a
 * gate), and a floor whose rows were not run (`--only`) is reported as not measured.
 */

import type { ModeId } from './bench-modes.js';
import type { RowResult } from './bench-results.js';

/** The figures issue 6 sets. */
export const FLOORS = {
  /** Per-article passes at `--jobs <cores>`: at least this share of the copy floor's throughput. */
  perArticleShare: 0.6,
  /** JSONL.gz in and out: megabytes of uncompressed article text per second, at least. */
  jsonlMbPerSecond: 40,
  /** Peak RSS with every pass on, below this many MiB for `rssArticles` articles... */
  rssMiB: 300,
  rssArticles: 50_000,
  /**
   * ...and growing by no more than the dedup index per article beyond that: src/corpus/README.md
   * measures under 1 KB of index per article (741–920 B at 10k to 1M).
   */
  indexBytesPerArticle: 1024,
  /** Ten times the rules may cost at most this many times as much per article ("far slower than the rule count"). */
  rulesGrowth: 2,
} as const;

export interface FloorVerdict {
  readonly id: 'per-article-throughput' | 'jsonl-throughput' | 'peak-rss' | 'rules-scaling';
  /** The floor in words, with this run's numbers (jobs, articles, rule counts). */
  readonly claim: string;
  /** What was measured, in words; empty when not measured. */
  readonly measured: string;
  readonly value: number | null;
  readonly limit: number;
  /** null: the rows it needs were not run. */
  readonly pass: boolean | null;
}

export interface FloorSettings {
  readonly articles: number;
  readonly jobs: number;
  readonly shippedRules: number;
  readonly scaledRules: number;
}

/** The rules rows side by side: µs per article with the shipped pack and with the scaled one. */
export interface RulesScaling {
  readonly shippedUsPerArticle: number;
  readonly scaledUsPerArticle: number;
  /** scaled / shipped. */
  readonly ratio: number;
  /** The one-article run's wall time was taken off both (CLI start-up and rule loading). */
  readonly startupSubtracted: boolean;
}

export function rulesScaling(rows: readonly RowResult[]): RulesScaling | undefined {
  const shipped = find(rows, 'rules-1x');
  const scaled = find(rows, 'rules-10x');
  if (shipped === undefined || scaled === undefined) return undefined;
  const startupSubtracted = shipped.netUsPerArticle !== undefined && scaled.netUsPerArticle !== undefined;
  const perArticle = (row: RowResult): number => (startupSubtracted ? (row.netUsPerArticle ?? Number.NaN) : row.usPerArticle);
  return {
    shippedUsPerArticle: perArticle(shipped),
    scaledUsPerArticle: perArticle(scaled),
    ratio: perArticle(scaled) / perArticle(shipped),
    startupSubtracted,
  };
}

/** Peak RSS allowed for a corpus of `articles`: the constant part, plus the index for articles past 50,000. */
export function rssBudgetMiB(articles: number): number {
  return FLOORS.rssMiB + (Math.max(0, articles - FLOORS.rssArticles) * FLOORS.indexBytesPerArticle) / 2 ** 20;
}

export function judgeFloors(rows: readonly RowResult[], settings: FloorSettings): FloorVerdict[] {
  return [perArticleThroughput(rows, settings), jsonlThroughput(rows), peakRss(rows, settings), rulesVerdict(rows, settings)];
}

function perArticleThroughput(rows: readonly RowResult[], settings: FloorSettings): FloorVerdict {
  const ratio = find(rows, 'passes')?.ratioVsFloor;
  return verdict(
    'per-article-throughput',
    `per-article passes (--no-learn --no-cross-dedup, --jobs ${settings.jobs}) ≥ ${FLOORS.perArticleShare.toFixed(2)} × the copy floor's throughput`,
    ratio,
    FLOORS.perArticleShare,
    (value) => `${value.toFixed(3)}×`,
    (value) => value >= FLOORS.perArticleShare,
  );
}

function jsonlThroughput(rows: readonly RowResult[]): FloorVerdict {
  return verdict(
    'jsonl-throughput',
    `JSONL.gz in → JSONL.gz out (every pass on) ≥ ${FLOORS.jsonlMbPerSecond} MB/s of uncompressed article text`,
    find(rows, 'jsonl')?.mbPerSecond,
    FLOORS.jsonlMbPerSecond,
    (value) => `${value.toFixed(1)} MB/s`,
    (value) => value >= FLOORS.jsonlMbPerSecond,
  );
}

function peakRss(rows: readonly RowResult[], settings: FloorSettings): FloorVerdict {
  const budget = rssBudgetMiB(settings.articles);
  const measured = rows.filter((row) => row.everyPass && !row.crashed && row.maxRssKb !== undefined);
  const worst = measured.length === 0 ? undefined : Math.max(...measured.map((row) => (row.maxRssKb ?? 0) / 1024));
  return verdict(
    'peak-rss',
    `peak RSS < ${budget.toFixed(0)} MiB on every row with every pass on (${corpusSize(settings.articles)})`,
    worst,
    budget,
    () => measured.map((row) => `${row.id} ${((row.maxRssKb ?? 0) / 1024).toFixed(0)}`).join(', ') + ' MiB',
    (value) => value < budget,
  );
}

/** The corpus size the memory floor is judged at, and how its budget follows from the stated one. */
function corpusSize(articles: number): string {
  const stated = FLOORS.rssArticles.toLocaleString('en-US');
  const count = `${articles.toLocaleString('en-US')} articles`;
  if (articles < FLOORS.rssArticles) return `${count}; the floor is stated for ${stated}`;
  if (articles === FLOORS.rssArticles) return count;
  return `${count}: ${FLOORS.rssMiB} MiB + ${FLOORS.indexBytesPerArticle} B per article past ${stated}`;
}

function rulesVerdict(rows: readonly RowResult[], settings: FloorSettings): FloorVerdict {
  const scaling = rulesScaling(rows);
  return verdict(
    'rules-scaling',
    `${settings.scaledRules} rules cost < ${FLOORS.rulesGrowth}× per article what ${settings.shippedRules} do (--jobs 1, per-article passes)`,
    scaling?.ratio,
    FLOORS.rulesGrowth,
    (value) =>
      `${value.toFixed(2)}× (${scaling?.shippedUsPerArticle.toFixed(0) ?? '?'} → ${scaling?.scaledUsPerArticle.toFixed(0) ?? '?'} µs/article)`,
    (value) => value < FLOORS.rulesGrowth,
  );
}

function verdict(
  id: FloorVerdict['id'],
  claim: string,
  value: number | undefined,
  limit: number,
  describe: (value: number) => string,
  passes: (value: number) => boolean,
): FloorVerdict {
  if (value === undefined || !Number.isFinite(value)) return { id, claim, measured: '', value: null, limit, pass: null };
  return { id, claim, measured: describe(value), value, limit, pass: passes(value) };
}

function find(rows: readonly RowResult[], id: ModeId): RowResult | undefined {
  return rows.find((row) => row.id === id && !row.crashed);
}
