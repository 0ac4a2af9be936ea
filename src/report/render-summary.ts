/**
 * The short plain-text summary printed to stderr after a run, and the one-line failure messages.
 * No colour library here: the CLI passes a `SummaryStyle` that adds colour, everyone else gets
 * plain text.
 */

import type { FileError } from '../io/clean-files.js';
import type { ActionCounts, ReportHead } from './build-report.js';

/** How the summary marks its parts; each function wraps a piece of text. */
export interface SummaryStyle {
  readonly strong: (text: string) => string;
  readonly ok: (text: string) => string;
  readonly warn: (text: string) => string;
  readonly error: (text: string) => string;
  readonly dim: (text: string) => string;
}

const same = (text: string): string => text;

export const plainStyle: SummaryStyle = { strong: same, ok: same, warn: same, error: same, dim: same };

export interface SummaryOptions {
  /** Wall time of the run; the summary is the only place timing appears. */
  readonly elapsedMs?: number;
  readonly style?: SummaryStyle;
  /** How many of the most frequent rules to name. @default 5 */
  readonly topRules?: number;
  /** What the run counted: files (one article each) or articles (JSONL records). @default 'file' */
  readonly noun?: 'file' | 'article';
  /** A dry run: say that nothing was written. */
  readonly dryRun?: boolean;
  /** Add the throughput (articles and MB per second) to the time, for runs of a second or more. @default false */
  readonly rate?: boolean;
}

/** A few lines, each ending in `\n`. */
export function renderSummary(report: ReportHead, options: SummaryOptions = {}): string {
  const style = options.style ?? plainStyle;
  const { totals } = report;
  const lines: string[] = [];

  const counts = [
    `${plural(totals.files, options.noun ?? 'file')} read`,
    options.dryRun === true ? style.ok(`${totals.cleaned} cleaned (dry run: nothing written)`) : style.ok(`${totals.cleaned} written`),
    totals.empty > 0 ? style.warn(`${totals.empty} with no text`) : `${totals.empty} with no text`,
    totals.failed > 0 ? style.error(`${totals.failed} failed`) : `${totals.failed} failed`,
    // Only when cross-article dedup ran: otherwise the count is always 0 and says nothing.
    ...(report.crossDedup === undefined ? [] : [`${totals.duplicates} duplicates (${report.crossDedup.exact} exact, ${report.crossDedup.near} near)`]),
  ];
  const time = options.elapsedMs === undefined ? '' : style.dim(` in ${formatDuration(options.elapsedMs)}${options.rate === true ? rate(totals.files, totals.bytesIn, options.elapsedMs) : ''}`);
  lines.push(`${style.strong('bersih:')} ${counts.join(', ')}${time}`);

  lines.push(
    `  lines ${totals.linesIn} → ${totals.linesOut}: ${totals.dropped} dropped, ${totals.cut} cut, ` +
      `${totals.merged} merged, ${totals.flagged} flagged`,
  );
  for (const [pass, counts] of Object.entries(report.passes)) {
    const parts = describeActions(counts);
    if (parts !== '') lines.push(`  ${style.strong(pass)}: ${parts}`);
  }

  const top = topRules(report.rules, options.topRules ?? 5);
  if (top.length > 0) {
    lines.push(`  top rules: ${top.map(([rule, count]) => `${rule} ${count}`).join(', ')}`);
  }
  lines.push(`  bytes ${formatBytes(totals.bytesIn)} → ${formatBytes(totals.bytesOut)}`);
  if (report.maxDropRatio !== undefined && report.maxDropRatio.articles > 0) {
    const { articles, limit } = report.maxDropRatio;
    lines.push(style.error(`  ${plural(articles, 'article')} lost more than ${limit} of ${articles === 1 ? 'its' : 'their'} characters (--max-drop-ratio)`));
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** ` (3,529 articles/s, 7.0 MB/s)` for runs long enough to measure; timings live here, never in the report. */
function rate(articles: number, bytes: number, elapsedMs: number): string {
  if (elapsedMs < 1000) return '';
  const seconds = elapsedMs / 1000;
  return ` (${Math.round(articles / seconds).toLocaleString('en-US')}/s, ${(bytes / 1_000_000 / seconds).toFixed(1)} MB/s)`;
}

/**
 * `bersih: <path>: <cause>`: one line, never a stack trace. Control characters and line breaks in a
 * file name are escaped (`new\nline.txt`), so one failure is always one line.
 */
export function renderFailure(id: string, error: FileError, style: SummaryStyle = plainStyle): string {
  return `${style.strong('bersih:')} ${printable(id)}: ${style.error(error.message)}\n`;
}

/** C0/C1 controls and the Unicode line separators, which would break a one-line message. */
const UNPRINTABLE_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

function printable(text: string): string {
  const named: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return text.replace(UNPRINTABLE_RE, (char) => named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function describeActions(counts: ActionCounts): string {
  const parts: string[] = [];
  if (counts.drop > 0) parts.push(`${counts.drop} dropped`);
  if (counts.cut > 0) parts.push(`${counts.cut} cut`);
  if (counts.merge > 0) parts.push(`${counts.merge} merged`);
  if (counts.flag > 0) parts.push(`${counts.flag} flagged`);
  return parts.join(', ');
}

/** Most frequent first; ties by rule id, so the line is stable. */
function topRules(rules: Readonly<Record<string, number>>, limit: number): [string, number][] {
  return Object.entries(rules)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, Math.max(0, limit));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
