/**
 * The rules that apply to one article, compiled once per options object and site and reused for
 * every article: the per-line rules behind a keyword index, the dateline rules apart.
 */

import type { ResolvedOptions } from '../options.js';
import { CompiledRules } from './compile.js';
import { composeRules, selectRules } from './index.js';
import type { Rule } from './rule.js';

export interface SiteRules {
  /** Every rule but the datelines, for `passes/strip-boilerplate.ts`. */
  readonly compiled: CompiledRules;
  /** The `dateline` rules, for `passes/dateline.ts`. */
  readonly datelines: readonly Rule[];
}

const cache = new WeakMap<ResolvedOptions, Map<string, SiteRules>>();

export function rulesForSite(site: string | undefined, options: ResolvedOptions): SiteRules {
  let bySite = cache.get(options);
  if (!bySite) {
    bySite = new Map();
    cache.set(options, bySite);
  }
  const key = site ?? '';
  let rules = bySite.get(key);
  if (!rules) {
    const selected = selectRules(composeRules(options.extraRules), site, options.disabledRules);
    rules = {
      compiled: new CompiledRules(selected.filter((rule) => rule.kind !== 'dateline')),
      datelines: selected.filter((rule) => rule.kind === 'dateline'),
    };
    bySite.set(key, rules);
  }
  return rules;
}
