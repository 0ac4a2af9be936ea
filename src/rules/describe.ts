/** `describeRules()`: the rule pack as a plain-text table (id, kind, site, description), for `bersih rules`. */

import type { Rule } from './rule.js';

const HEADER = ['ID', 'KIND', 'SITE', 'DESCRIPTION'] as const;

/**
 * One row per rule, in the order the rules are tried; with `site`, only the rules that apply to
 * that site (its own and the common ones). Columns are padded with spaces; the description is
 * the last column and is never cut. Ends with a count line and a newline.
 */
export function describeRules(rules: readonly Rule[], site?: string): string {
  const shown = site === undefined ? rules : rules.filter((rule) => rule.site === '*' || rule.site === site);
  const rows = shown.map((rule) => [rule.id, rule.kind, rule.site, rule.description.replace(/\s+/g, ' ')] as const);
  const widths = [0, 1, 2].map((column) => Math.max(HEADER[column]?.length ?? 0, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column < 3 ? cell.padEnd(widths[column] ?? 0) : cell)).join('  ').trimEnd();
  const scope = site === undefined ? '' : ` for site ${site}`;
  return [line(HEADER), ...rows.map(line), `${rows.length} rule${rows.length === 1 ? '' : 's'}${scope}`].join('\n') + '\n';
}
