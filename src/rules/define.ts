/** `defineRules()`: refuses a rule pack that is malformed or whose rules fail their own examples. */

import { ConfigError } from '../errors.js';
import { applyToLine } from './compile.js';
import { isWordKeyword, KINDS, PLACES, RULE_ID_RE, type Rule } from './rule.js';

/** Checks the pack once at load: ids, kinds, flags, keywords, and every rule against its own examples. */
export function defineRules(rules: readonly Rule[], taken: ReadonlySet<string> = new Set()): readonly Rule[] {
  const seen = new Set(taken);
  for (const rule of rules) {
    const problem = ruleProblem(rule, seen);
    if (problem) throw new ConfigError(`rule ${rule.id || '(no id)'}: ${problem}`);
    seen.add(rule.id);
  }
  return Object.freeze([...rules]);
}

/** What is wrong with one rule, given the ids already taken; undefined when nothing is. */
export function ruleProblem(rule: Rule, seen: ReadonlySet<string>): string | undefined {
  if (!RULE_ID_RE.test(rule.id)) return 'id must look like <site>/<name> in kebab-case';
  if (seen.has(rule.id)) return 'duplicate id';
  if (!KINDS.includes(rule.kind)) return `unknown kind "${String(rule.kind)}" (kinds: ${KINDS.join(', ')})`;
  if (rule.place !== undefined && !PLACES.includes(rule.place)) return `unknown place "${String(rule.place)}" (places: ${PLACES.join(', ')})`;
  if (rule.pattern.global || rule.pattern.sticky) return 'pattern must not use the g or y flag';
  if (rule.description.trim() === '') return 'description is empty';
  const badKeyword = rule.keywords?.find((keyword) => !isWordKeyword(keyword) && [...keyword].length !== 1);
  if (badKeyword !== undefined) return `keyword "${badKeyword}" must be one lower-case word or one symbol`;
  const { strip, keep, cut = [] } = rule.examples;
  if (strip.length + cut.length === 0 || keep.length === 0) return 'needs at least one strip (or cut) and one keep example';
  for (const line of strip) {
    if (applyToLine(rule, line)?.remaining !== '') return `strip example is not stripped: "${line}"`;
  }
  for (const [line, kept] of cut) {
    const remaining = applyToLine(rule, line)?.remaining;
    if (remaining !== kept) return `cut example "${line}" leaves "${remaining ?? line}", expected "${kept}"`;
  }
  for (const line of keep) {
    if (applyToLine(rule, line)) return `keep example is matched: "${line}"`;
  }
  return undefined;
}
