/**
 * Rules compiled for fast matching: indexed by keyword, so each line is tested only against the
 * rules whose keywords it holds. All word keywords are found in one scan of the line, and a
 * start-anchored rule's keywords count only among the line's first words, so the cost per line
 * grows with the line's length and the few rules it names, not with the size of the pack.
 */

import { KeywordScanner, type KeywordPlace } from './keyword-scanner.js';
import { isStartAnchored, isWordKeyword, matchRule, type Rule } from './rule.js';

/** How many leading words a start-anchored rule's keyword may sit in ("Senin, 24 Feb 2025 07:15 WIB"). */
export const START_KEYWORD_WORDS = 8;

export class CompiledRules {
  /** Finds the word keywords: whole words near the start for start-anchored rules, substrings of the lower-cased line for the others. */
  private readonly scanner: KeywordScanner;
  /** Symbol → rules; symbols are few whatever the pack's size, and each is one `includes`. */
  private readonly bySymbol = new Map<string, number[]>();
  /** Rules without keywords (position-only), tried on every line. */
  private readonly always: number[] = [];

  constructor(readonly rules: readonly Rule[]) {
    const words = new Map<string, { word: string; place: KeywordPlace; values: number[] }>();
    rules.forEach((rule, index) => {
      if (!rule.keywords) {
        this.always.push(index);
        return;
      }
      const place: KeywordPlace = isStartAnchored(rule.pattern) ? 'near-start' : 'anywhere';
      for (const keyword of new Set(rule.keywords)) {
        if (!isWordKeyword(keyword)) {
          addTo(this.bySymbol, keyword, index);
          continue;
        }
        const key = `${place} ${keyword}`;
        const entry = words.get(key);
        if (entry) entry.values.push(index);
        else words.set(key, { word: keyword, place, values: [index] });
      }
    });
    this.scanner = new KeywordScanner([...words.values()], START_KEYWORD_WORDS);
  }

  /** The rules worth trying on a line, in pack order (order decides which rule wins). */
  candidates(text: string): Rule[] {
    const indices = [...this.always];
    for (const values of this.scanner.scan(text)) pushAll(indices, values);
    for (const [symbol, list] of this.bySymbol) if (text.includes(symbol)) pushAll(indices, list);
    if (indices.length === 0) return [];
    indices.sort((a, b) => a - b);
    const rules: Rule[] = [];
    for (let position = 0; position < indices.length; position++) {
      if (position === 0 || indices[position] !== indices[position - 1]) rules.push(this.rules[indices[position] as number] as Rule);
    }
    return rules;
  }
}

/** Each rule compiled on its own once, not once per example line checked at load. */
const compiledAlone = new WeakMap<Rule, CompiledRules>();

/**
 * What a rule does to one line on its own, keyword lookup included (position ignored): undefined
 * when it does not fire, else the text that remains. Rule examples are checked through this, so a
 * keyword list that misses an example fails the rule at load.
 */
export function applyToLine(rule: Rule, text: string): ReturnType<typeof matchRule> {
  let alone = compiledAlone.get(rule);
  if (!alone) compiledAlone.set(rule, (alone = new CompiledRules([rule])));
  return alone.candidates(text).length > 0 ? matchRule(rule, text) : undefined;
}

function addTo(table: Map<string, number[]>, keyword: string, index: number): void {
  const list = table.get(keyword);
  if (list) list.push(index);
  else table.set(keyword, [index]);
}

function pushAll(target: number[], source: readonly number[] | undefined): void {
  if (source) for (const index of source) target.push(index);
}
