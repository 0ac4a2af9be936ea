/**
 * Turns a run into the JSON report. The report is an audit that gets diffed between runs, so it is
 * byte-identical for the same inputs: fixed key order, sorted maps, relative paths only, and no
 * timestamps or durations (those go to the terminal summary). Every count is derived from the edits,
 * so the totals and the list of edits can never disagree.
 */

import type { FileResult, FileStatus, RunResult } from '../io/clean-files.js';
import type { Edit, EditAction } from '../types.js';

export interface ReportEdit {
  readonly pass: string;
  readonly rule: string;
  readonly action: EditAction;
  readonly from: readonly number[];
  readonly text: string;
  readonly reason: string;
}

export interface ReportFile {
  readonly id: string;
  readonly status: FileStatus;
  readonly site: string | null;
  readonly linesIn: number;
  readonly linesOut: number;
  readonly error?: { readonly code: string; readonly message: string };
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

export interface Report {
  readonly bersih: { readonly version: string; readonly rulePack?: string };
  /** The resolved options, keys sorted. */
  readonly options: Readonly<Record<string, ReportOptionValue>>;
  readonly totals: ReportTotals;
  /** Edits per pass and action: passes in pipeline order (`passOrder`), any others after, by id. */
  readonly passes: Readonly<Record<string, ActionCounts>>;
  /** Edits per rule, sorted by rule id. */
  readonly rules: Readonly<Record<string, number>>;
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
}

export function buildReport(run: RunResult, meta: ReportMeta): Report {
  const allEdits = run.files.flatMap((file) => file.edits);
  const byAction = countActions(allEdits);
  const totals: ReportTotals = {
    files: run.files.length,
    cleaned: countStatus(run.files, 'cleaned'),
    empty: countStatus(run.files, 'empty'),
    failed: countStatus(run.files, 'failed'),
    linesIn: sum(run.files, (file) => file.linesIn),
    linesOut: sum(run.files, (file) => file.linesOut),
    bytesIn: sum(run.files, (file) => file.bytesIn),
    bytesOut: sum(run.files, (file) => file.bytesOut),
    dropped: byAction.drop,
    cut: byAction.cut,
    merged: byAction.merge,
    flagged: byAction.flag,
  };
  return {
    bersih: { version: meta.version, ...(meta.rulePack === undefined ? {} : { rulePack: meta.rulePack }) },
    options: reportOptions(run.options),
    totals,
    passes: countPasses(allEdits, meta.passOrder ?? []),
    rules: countRules(allEdits),
    files: run.files.map(reportFile),
  };
}

/** The report as a file: two-space JSON with a final newline. */
export function serializeReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function reportFile(file: FileResult): ReportFile {
  return {
    id: file.id,
    status: file.status,
    site: file.site ?? null,
    linesIn: file.linesIn,
    linesOut: file.linesOut,
    ...(file.error === undefined ? {} : { error: { code: file.error.code, message: file.error.message } }),
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

function reportOptions(options: object): Record<string, ReportOptionValue> {
  const entries = Object.entries(options)
    .filter(([, value]) => typeof value !== 'function')
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

function countActions(edits: readonly Edit[]): ActionCounts {
  const counts = { drop: 0, cut: 0, merge: 0, flag: 0 };
  for (const edit of edits) counts[edit.action] += 1;
  return counts;
}

function countPasses(edits: readonly Edit[], passOrder: readonly string[]): Record<string, ActionCounts> {
  const byPass = new Map<string, Edit[]>();
  for (const edit of edits) {
    const list = byPass.get(edit.pass) ?? [];
    list.push(edit);
    byPass.set(edit.pass, list);
  }
  // A pass may run twice in the pipeline; it is listed once, where it first runs.
  const known = [...new Set(passOrder)].filter((pass) => byPass.has(pass));
  const others = [...byPass.keys()].filter((pass) => !known.includes(pass)).sort(compare);
  return Object.fromEntries([...known, ...others].map((pass) => [pass, countActions(byPass.get(pass) ?? [])]));
}

function countRules(edits: readonly Edit[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const edit of edits) counts.set(edit.rule, (counts.get(edit.rule) ?? 0) + 1);
  return Object.fromEntries([...counts.keys()].sort(compare).map((rule) => [rule, counts.get(rule) ?? 0]));
}

function countStatus(files: readonly FileResult[], status: FileStatus): number {
  return files.filter((file) => file.status === status).length;
}

function sum(files: readonly FileResult[], value: (file: FileResult) => number): number {
  return files.reduce((total, file) => total + value(file), 0);
}

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
