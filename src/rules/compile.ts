/**
 * Rules compiled for fast matching: indexed by keyword, so each line is tested only against the
 * rules whose keywords it holds. A start-anchored rule is looked up by the line's first words
 * only, so the cost per line grows with the line's length and the few rules it names, not with
 * the size of the pack.
 */

import { wordsOf } from '../text/words.js';
import { isStartAnchored, isWordKeyword, matchRule, type Rule } from './rule.js';

/** How many leading words a start-anchored rule's keyword may sit in ("Senin, 24 Feb 2025 07:15 WIB"). */
export const START_KEYWORD_WORDS = 8;

export class CompiledRules {
  /** Keyword → rules, for keywords searched among a line's first words (start-anchored rules). */
  private readonly nearStart = new Map<string, number[]>();
  /** Keyword → rules, for keywords searched among all of a line's words. */
  private readonly anywhere = new Map<string, number[]>();
  private readonly bySymbol = new Map<string, number[]>();
  /** Rules without keywords (position-only), tried on every line. */
  private readonly always: number[] = [];

  constructor(readonly rules: readonly Rule[]) {
    rules.forEach((rule, index) => {
      if (!rule.keywords) {
        this.always.push(index);
        return;
      }
      const words = isStartAnchored(rule.pattern) ? this.nearStart : this.anywhere;
      for (const keyword of new Set(rule.keywords)) addTo(isWordKeyword(keyword) ? words : this.bySymbol, keyword, index);
    });
  }

  /** The rules worth trying on a line, in pack order (order decides which rule wins). */
  candidates(text: string): Rule[] {
    const indices = [...this.always];
    const lower = text.toLowerCase();
    for (const word of wordsOf(lower, START_KEYWORD_WORDS)) pushAll(indices, this.nearStart.get(word));
    // Few keywords may sit anywhere; a substring test is a superset of the word test and cheaper
    // than splitting a long line into words.
    for (const [keyword, list] of this.anywhere) if (lower.includes(keyword)) pushAll(indices, list);
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

/**
 * What a rule does to one line on its own, keyword lookup included (position ignored): undefined
 * when it does not fire, else the text that remains. Rule examples are checked through this, so a
 * keyword list that misses an example fails the rule at load.
 */
export function applyToLine(rule: Rule, text: string): ReturnType<typeof matchRule> {
  return new CompiledRules([rule]).candidates(text).length > 0 ? matchRule(rule, text) : undefined;
}

function addTo(table: Map<string, number[]>, keyword: string, index: number): void {
  const list = table.get(keyword);
  if (list) list.push(index);
  else table.set(keyword, [index]);
}

function pushAll(target: number[], source: readonly number[] | undefined): void {
  if (source) for (const index of source) target.push(index);
}
