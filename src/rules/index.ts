/** The shipped rule pack: every rule, in the order they are tried, and the selection for one article. */

import { commonRules } from './common.js';
import { defineRules } from './define.js';
import type { Rule } from './rule.js';
import { kompasRules } from './sites/kompas.js';
import { tribunRules } from './sites/tribun.js';

/** Version of the rule pack, reported with every run; bump it when a rule changes behaviour. */
export const RULE_PACK_VERSION = '2026.11.1';

/** Site rules first: they are the more specific. */
export const allRules: readonly Rule[] = defineRules([...kompasRules, ...tribunRules, ...commonRules]);

/** The rules that apply to an article of `site`, minus the ids the user switched off. */
export function selectRules(rules: readonly Rule[], site: string | undefined, disabledIds: readonly string[]): readonly Rule[] {
  const disabled = new Set(disabledIds);
  return rules.filter((rule) => !disabled.has(rule.id) && (rule.site === '*' || rule.site === site));
}
