/**
 * Turning an evaluation into what `npm run eval` prints (a table, totals, and what went wrong per
 * document) and into its JSON figures. Pure: strings in, strings out.
 */

import type { DocResult, Evaluation, SuiteResult } from './evaluate.js';
import { pairMangled, scoreDocument, type Totals } from './score.js';

/** How much of a line to show. */
const CLIP = 160;
/** How much of a mangled line to show before the point where it differs. */
const LEAD = 50;

export function renderEvaluation(evaluation: Evaluation): string {
  const out: string[] = [];
  for (const suite of [evaluation.dev, evaluation.holdout, evaluation.seed]) {
    out.push(`== ${suite.name}: ${suite.docs.length} document(s), CLI exit ${suite.exitCode}`, '');
    out.push(...renderTable(suite), '');
    out.push(renderTotals(suite.totals), renderStability(suite), '');
    if (suite.stderr.trim() !== '') out.push('CLI stderr:', ...indent(suite.stderr.trimEnd().split('\n')), '');
    const details = suite.docs.filter((doc) => !doc.score.exact).flatMap(renderDetails);
    if (details.length > 0) out.push(...details);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function renderTable(suite: SuiteResult): string[] {
  const header = ['id', 'site', 'exact', 'P', 'R', 'F1', 'lost', 'extra', ''];
  const unstable = new Set(suite.unstable?.map((item) => item.id) ?? []);
  const rows = suite.docs.map((doc) => {
    const { score } = doc;
    const notes = [doc.missing ? 'NO OUTPUT' : '', unstable.has(score.id) ? 'UNSTABLE' : ''].filter(Boolean);
    return [
      score.id,
      doc.case.site,
      score.exact ? 'yes' : 'no',
      fixed(score.precision),
      fixed(score.recall),
      fixed(score.f1),
      String(score.lost.length),
      String(score.extra.length),
      notes.join(' '),
    ];
  });
  return table([header, ...rows], [false, false, false, true, true, true, true, true, false]);
}

function renderTotals(totals: Totals): string {
  return (
    `exact ${totals.exact}/${totals.documents} = ${fixed(totals.exactRate)}   ` +
    `line P ${fixed(totals.precision)}  R ${fixed(totals.recall)}  F1 ${fixed(totals.f1)} (micro, ` +
    `${totals.matched}/${totals.goldLines} gold lines, ${totals.outputLines} output lines)   ` +
    `lost ${totals.lostLines} in ${totals.documentsWithLoss.length} doc(s)   extra ${totals.extraLines}`
  );
}

function renderStability(suite: SuiteResult): string {
  const unstable = suite.unstable ?? [];
  const written = suite.docs.filter((doc) => !doc.missing).length;
  if (unstable.length === 0) return `idempotent: ${written}/${written} outputs unchanged when cleaned again`;
  const lines = [`NOT idempotent: ${unstable.length}/${written} outputs change when cleaned again:`];
  for (const item of unstable) {
    if (item.second === undefined) {
      lines.push(`  ${item.id}: nothing written the second time`);
      continue;
    }
    lines.push(`  ${item.id}: ${describeChange(item.first, item.second)}`);
  }
  return lines.join('\n');
}

/** The first visible difference between a text and the same text cleaned again. */
function describeChange(first: string, second: string): string {
  const { lost, extra } = scoreDocument('-', second, first);
  const [pair] = pairMangled(lost, extra, 0);
  if (pair !== undefined) return `${excerpt(pair.lost, pair.at)} became ${excerpt(pair.extra, pair.at)}`;
  if (lost[0] !== undefined) return `dropped ${excerpt(lost[0], 0)}`;
  if (extra[0] !== undefined) return `added ${excerpt(extra[0], 0)}`;
  return 'same lines, but their order or the line endings differ';
}

/** Lost and extra lines of one document; a lost line that an extra line mangled is shown as a pair. */
function renderDetails(doc: DocResult): string[] {
  const { score } = doc;
  const missing = doc.missing ? ', no output written' : '';
  const out = [`-- ${score.id} (${doc.case.site}): ${score.lost.length} lost, ${score.extra.length} extra${missing}`];
  const pairs = pairMangled(score.lost, score.extra);
  const pairedLost = new Set(pairs.map((pair) => pair.lost));
  const pairedExtra = new Set(pairs.map((pair) => pair.extra));
  for (const pair of pairs) {
    out.push(`  ~ changed from col ${pair.at + 1}:`);
    out.push(`      gold ${excerpt(pair.lost, pair.at)}`);
    out.push(`      out  ${excerpt(pair.extra, pair.at)}`);
  }
  for (const line of score.lost) if (!pairedLost.has(line)) out.push(`  - lost  ${excerpt(line, 0)}`);
  for (const line of score.extra) if (!pairedExtra.has(line)) out.push(`  + extra ${excerpt(line, 0)}`);
  if (score.lost.length === 0 && score.extra.length === 0) {
    out.push('  same lines, but their order or the line endings differ');
  }
  out.push('');
  return out;
}

/** Up to CLIP characters of a line around `at`, with invisible characters made visible, in ‹›. */
export function excerpt(line: string, at: number): string {
  const start = at <= LEAD ? 0 : at - LEAD;
  const piece = line.slice(start, start + CLIP);
  const head = start > 0 ? '…' : '';
  const tail = start + CLIP < line.length ? '…' : '';
  return `${head}‹${visible(piece)}›${tail}`;
}

/** Whitespace that would otherwise be invisible in a terminal. */
function visible(text: string): string {
  return text.replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\u00a0/g, '⍽').replace(/\u200b/g, '\\u200b');
}

function fixed(value: number): string {
  return value.toFixed(3);
}

function table(rows: readonly (readonly string[])[], rightAlign: readonly boolean[]): string[] {
  const widths = rightAlign.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return rightAlign[column] === true ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd(),
  );
}

function indent(lines: readonly string[]): string[] {
  return lines.map((line) => `  ${line}`);
}

/** The figures as JSON-ready data: totals and every document, with its full lost and extra lines. */
export function evaluationJson(evaluation: Evaluation): object {
  const suite = (result: SuiteResult): object => ({
    exitCode: result.exitCode,
    totals: result.totals,
    unstable: (result.unstable ?? []).map((item) => item.id),
    documents: result.docs.map((doc) => ({
      id: doc.score.id,
      site: doc.case.site,
      exact: doc.score.exact,
      missing: doc.missing,
      goldLines: doc.score.goldLines,
      outputLines: doc.score.outputLines,
      matched: doc.score.matched,
      precision: doc.score.precision,
      recall: doc.score.recall,
      f1: doc.score.f1,
      lost: doc.score.lost,
      extra: doc.score.extra,
    })),
  });
  return { dev: suite(evaluation.dev), holdout: suite(evaluation.holdout), seed: suite(evaluation.seed) };
}
