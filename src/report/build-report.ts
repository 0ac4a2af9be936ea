/**
 * Turns a run into the JSON report. The report is an audit that gets diffed between runs, so it is
 * byte-identical for the same inputs: fixed key order, sorted maps, relative paths only, and no
 * timestamps or durations (those go to the terminal summary). Every count is derived from the edits,
 * so the totals and the list of edits can never disagree.
 */

import type { FileResult, FileStatus } from '../io/clean-files.js';
import type { LearnedLines } from '../learn/learned-lines.js';
import type { Rule } from '../rules/rule.js';
import type { Edit } from '../types.js';

/** An edit as the report lists it: the same fields as `Edit`, in this key order. */
export type ReportEdit = Edit;

export interface ReportFile {
  readonly id: string;
  readonly status: FileStatus;
  readonly site: string | null;
  readonly linesIn: number;
  readonly linesOut: number;
  /** Share of its non-space characters the article lost; present only above `--max-drop-ratio`. */
  readonly dropRatio?: number;
  readonly error?: { readonly code: string; readonly message: string };
  /** For a `duplicate`: the kept article it copies, how it was found and how similar it is. */
  readonly duplicate?: { readonly of: string; readonly method: 'exact' | 'near'; readonly similarity: number; readonly earlierRun?: true };
  readonly edits: readonly ReportEdit[];
}

export interface ActionCounts {
  readonly drop: number;
  readonly cut: number;
  readonly merge: number;
  readonly flag: number;
}

export interface ReportTotals {
  readonly files: number;
  readonly cleaned: number;
  readonly empty: number;
  readonly failed: number;
  /** Cleaned, but copies of an earlier article (cross-article dedup): not written. */
  readonly duplicates: number;
  readonly linesIn: number;
  readonly linesOut: number;
  readonly bytesIn: number;
  readonly bytesOut: number;
  readonly dropped: number;
  readonly cut: number;
  readonly merged: number;
  readonly flagged: number;
}

/** Option values as JSON: `null` stands for "unset" (an undetected site). */
export type ReportOptionValue = string | number | boolean | null | readonly string[];

export interface ReportDuplicate {
  readonly id: string;
  readonly method: 'exact' | 'near';
  /** Estimated shingle containment with the kept copy; 1 for an exact copy. */
  readonly similarity: number;
  /** The kept copy was written by an earlier run of the same `--index`. */
  readonly earlierRun?: true;
}

/** Cross-article dedup (present when it ran): every cluster, the kept article and its copies. */
export interface ReportCrossDedup {
  /** Whether a persistent index (`--index`) was used. */
  readonly index: boolean;
  /** Kept articles in the index at the end, earlier runs' included. */
  readonly indexedArticles: number;
  readonly exact: number;
  readonly near: number;
  /** Sorted by the kept article's id. */
  readonly clusters: readonly { readonly kept: string; readonly duplicates: readonly ReportDuplicate[] }[];
}

/** What the corpus pre-pass learned (present when learning ran). */
export interface ReportLearned {
  readonly articles: number;
  readonly minDocs: number;
  /** Most frequent first: each line with the articles and distinct stories it was found in. */
  readonly lines: readonly { readonly id: string; readonly text: string; readonly docs: number; readonly stories: number; readonly sampled: number }[];
}

export interface Report {
  readonly bersih: { readonly version: string; readonly rulePack?: string };
  /** The resolved options, keys sorted. */
  readonly options: Readonly<Record<string, ReportOptionValue>>;
  readonly totals: ReportTotals;
  /** Edits per pass and action: passes in pipeline order (`passOrder`), any others after, by id. */
  readonly passes: Readonly<Record<string, ActionCounts>>;
  /** Edits per rule, sorted by rule id. */
  readonly rules: Readonly<Record<string, number>>;
  readonly learned?: ReportLearned;
  readonly crossDedup?: ReportCrossDedup;
  /** Present when `--max-drop-ratio` was given: the limit and how many articles lost more. */
  readonly maxDropRatio?: { readonly limit: number; readonly articles: number };
  /** In run order (sorted paths). */
  readonly files: readonly ReportFile[];
}

export interface ReportMeta {
  /** bersih's version, so a report says which code produced it. */
  readonly version: string;
  /** Version of the rule pack, so a report says which rules produced it. */
  readonly rulePack?: string;
  /** Pass ids in the order the pipeline runs them, so the report reads in that order. */
  readonly passOrder?: readonly string[];
  /** The `--max-drop-ratio` limit, when one was set. */
  readonly maxDropRatio?: number | undefined;
}

/** Everything in the report but the per-file entries: what the terminal summary reads. */
export type ReportHead = Omit<Report, 'files'>;

/**
 * Builds the report one file at a time, so a run over millions of files never holds them all:
 * `add` folds a file into the counts, `reportFile` gives its entry (for a caller streaming the
 * entries to disk), `head` gives everything else. Counts still come from the edits themselves.
 */
export class ReportBuilder {
  private readonly totals = { files: 0, cleaned: 0, empty: 0, failed: 0, duplicates: 0, linesIn: 0, linesOut: 0, bytesIn: 0, bytesOut: 0 };
  /** Kept article → its duplicates, in the order they were found; set when cross-article dedup ran. */
  private clusters: Map<string, ReportDuplicate[]> | undefined;
  private crossDedupStats: { readonly index: boolean; readonly indexedArticles: number } | undefined;
  private readonly byPass = new Map<string, { drop: number; cut: number; merge: number; flag: number }>();
  private readonly byRule = new Map<string, number>();

  private learnedSection: ReportLearned | undefined;
  private overDropRatio = 0;

  constructor(
    private readonly options: object,
    private readonly meta: ReportMeta,
  ) {}

  /** Records what the corpus pre-pass learned, for the report's `learned` section. */
  learned(learned: LearnedLines): void {
    this.learnedSection = {
      articles: learned.articles,
      minDocs: learned.minDocs,
      lines: learned.lines.map(({ id, text, docs, stories, sampled }) => ({ id, text, docs, stories, sampled })),
    };
  }

  /** Records that cross-article dedup ran, for the report's `crossDedup` section. */
  crossDedup(stats: { readonly index: boolean; readonly indexedArticles: number }): void {
    this.crossDedupStats = stats;
    this.clusters ??= new Map();
  }

  /** Folds one file into the counts. */
  add(file: FileResult): void {
    const totals = this.totals;
    totals.files += 1;
    totals[file.status === 'duplicate' ? 'duplicates' : file.status] += 1;
    if (file.duplicate) {
      this.clusters ??= new Map();
      const members = this.clusters.get(file.duplicate.of) ?? [];
      members.push(reportDuplicate(file.id, file.duplicate));
      this.clusters.set(file.duplicate.of, members);
    }
    totals.linesIn += file.linesIn;
    totals.linesOut += file.linesOut;
    totals.bytesIn += file.bytesIn;
    totals.bytesOut += file.bytesOut;
    if (file.dropRatio !== undefined) this.overDropRatio += 1;
    for (const edit of file.edits) {
      let counts = this.byPass.get(edit.pass);
      if (!counts) this.byPass.set(edit.pass, (counts = { drop: 0, cut: 0, merge: 0, flag: 0 }));
      counts[edit.action] += 1;
      this.byRule.set(edit.rule, (this.byRule.get(edit.rule) ?? 0) + 1);
    }
  }

  private crossDedupSection(stats: { readonly index: boolean; readonly indexedArticles: number }): ReportCrossDedup {
    const clusters = [...(this.clusters ?? new Map<string, ReportDuplicate[]>())]
      .sort(([a], [b]) => compare(a, b))
      .map(([kept, duplicates]) => ({ kept, duplicates }));
    const count = (method: 'exact' | 'near'): number => clusters.reduce((total, cluster) => total + cluster.duplicates.filter((member) => member.method === method).length, 0);
    return { index: stats.index, indexedArticles: stats.indexedArticles, exact: count('exact'), near: count('near'), clusters };
  }

  head(): ReportHead {
    const byAction = { drop: 0, cut: 0, merge: 0, flag: 0 };
    for (const counts of this.byPass.values()) for (const action of ACTIONS) byAction[action] += counts[action];
    // A pass may run twice in the pipeline; it is listed once, where it first runs.
    const known = [...new Set(this.meta.passOrder ?? [])].filter((pass) => this.byPass.has(pass));
    const others = [...this.byPass.keys()].filter((pass) => !known.includes(pass)).sort(compare);
    const { meta } = this;
    return {
      bersih: { version: meta.version, ...(meta.rulePack === undefined ? {} : { rulePack: meta.rulePack }) },
      options: reportOptions(this.options),
      totals: { ...this.totals, dropped: byAction.drop, cut: byAction.cut, merged: byAction.merge, flagged: byAction.flag },
      passes: Object.fromEntries([...known, ...others].map((pass) => [pass, { ...(this.byPass.get(pass) as ActionCounts) }])),
      rules: Object.fromEntries([...this.byRule.keys()].sort(compare).map((rule) => [rule, this.byRule.get(rule) ?? 0])),
      ...(this.learnedSection === undefined ? {} : { learned: this.learnedSection }),
      ...(this.crossDedupStats === undefined ? {} : { crossDedup: this.crossDedupSection(this.crossDedupStats) }),
      ...(meta.maxDropRatio === undefined ? {} : { maxDropRatio: { limit: meta.maxDropRatio, articles: this.overDropRatio } }),
    };
  }
}

const ACTIONS = ['drop', 'cut', 'merge', 'flag'] as const;

/** A duplicate as the report lists it, keys in a fixed order. */
function reportDuplicate(id: string, duplicate: NonNullable<FileResult['duplicate']>): ReportDuplicate {
  return { id, method: duplicate.method, similarity: duplicate.similarity, ...(duplicate.earlierRun ? { earlierRun: true } : {}) };
}

/** The whole report at once, for runs small enough to hold (stdin, tests). */
export function buildReport(options: object, files: readonly FileResult[], meta: ReportMeta): Report {
  const builder = new ReportBuilder(options, meta);
  for (const file of files) builder.add(file);
  return { ...builder.head(), files: files.map(reportFile) };
}

/** The report as a file: two-space JSON with a final newline. */
export function serializeReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The same bytes as `serializeReport`, in pieces: the text before the file entries, each entry,
 * and the text after them, so entries can be streamed to disk as they come.
 */
export const reportPieces = {
  opening(head: ReportHead, hasFiles: boolean): string {
    const text = JSON.stringify({ ...head, files: [] }, null, 2);
    // `"files": []` closes the object; with entries to come, open the array instead.
    return hasFiles ? `${text.slice(0, -'[]\n}'.length)}[\n` : `${text}\n`;
  },
  entry(entry: ReportFile, first: boolean): string {
    const body = JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ');
    return `${first ? '' : ',\n'}    ${body}`;
  },
  closing: '\n  ]\n}\n',
};

/** A file's entry in the report: its outcome and every edit, keys in a fixed order. */
export function reportFile(file: FileResult): ReportFile {
  return {
    id: file.id,
    status: file.status,
    site: file.site ?? null,
    linesIn: file.linesIn,
    linesOut: file.linesOut,
    ...(file.dropRatio === undefined ? {} : { dropRatio: file.dropRatio }),
    ...(file.error === undefined ? {} : { error: { code: file.error.code, message: file.error.message } }),
    ...(file.duplicate === undefined
      ? {}
      : { duplicate: { of: file.duplicate.of, method: file.duplicate.method, similarity: file.duplicate.similarity, ...(file.duplicate.earlierRun ? { earlierRun: true as const } : {}) } }),
    // Copied field by field: the key order is part of the format, whatever order a pass built.
    edits: file.edits.map((edit) => ({
      pass: edit.pass,
      rule: edit.rule,
      action: edit.action,
      from: [...edit.from],
      text: edit.text,
      reason: edit.reason,
    })),
  };
}

/**
 * Options the report leaves out: the learned lines are not an option the user set (they have their
 * own section), and `signature` only says where the dedup signatures are computed.
 */
const UNREPORTED_OPTIONS = new Set(['learnedLines', 'signature']);

/** The options as the report lists them: user rules by id. */
function reportOptions(options: object): Record<string, ReportOptionValue> {
  const entries = Object.entries(options)
    .filter(([key, value]) => typeof value !== 'function' && !UNREPORTED_OPTIONS.has(key))
    .map(([key, value]): [string, unknown] => [key, key === 'extraRules' ? (value as readonly Rule[]).map((rule) => rule.id) : value])
    .sort(([a], [b]) => compare(a, b))
    .map(([key, value]): [string, ReportOptionValue] => [key, optionValue(value)]);
  return Object.fromEntries(entries);
}

function optionValue(value: unknown): ReportOptionValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}






/** Code-unit order: the same on every machine, unlike `localeCompare`. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
