/** The shipped rule pack: every rule, in the order they are tried, and the selection for one article. */

import { commonRules } from './common.js';
import { defineRules } from './define.js';
import type { Rule } from './rule.js';
import { antaraRules } from './sites/antara.js';
import { bisnisRules } from './sites/bisnis.js';
import { cnbcIndonesiaRules } from './sites/cnbc-indonesia.js';
import { cnnIndonesiaRules } from './sites/cnn-indonesia.js';
import { detikRules } from './sites/detik.js';
import { idnTimesRules } from './sites/idn-times.js';
import { jpnnRules } from './sites/jpnn.js';
import { katadataRules } from './sites/katadata.js';
import { kompasRules } from './sites/kompas.js';
import { kumparanRules } from './sites/kumparan.js';
import { liputan6Rules } from './sites/liputan6.js';
import { merdekaRules } from './sites/merdeka.js';
import { okezoneRules } from './sites/okezone.js';
import { republikaRules } from './sites/republika.js';
import { sindonewsRules } from './sites/sindonews.js';
import { suaraRules } from './sites/suara.js';
import { tempoRules } from './sites/tempo.js';
import { timesIndonesiaRules } from './sites/times-indonesia.js';
import { tribunRules } from './sites/tribun.js';
import { vivaRules } from './sites/viva.js';

/** Version of the rule pack, reported with every run; bump it when a rule changes behaviour. */
export const RULE_PACK_VERSION = '2026.11.2';

/** Every site's rules, one file per outlet in `sites/`, in alphabetical order of the site id. */
export const siteRules: readonly Rule[] = defineRules([
  ...antaraRules,
  ...bisnisRules,
  ...cnbcIndonesiaRules,
  ...cnnIndonesiaRules,
  ...detikRules,
  ...idnTimesRules,
  ...jpnnRules,
  ...katadataRules,
  ...kompasRules,
  ...kumparanRules,
  ...liputan6Rules,
  ...merdekaRules,
  ...okezoneRules,
  ...republikaRules,
  ...sindonewsRules,
  ...suaraRules,
  ...tempoRules,
  ...timesIndonesiaRules,
  ...tribunRules,
  ...vivaRules,
]);

/** Site rules first: they are the more specific. */
export const allRules: readonly Rule[] = defineRules([...siteRules, ...commonRules]);

/**
 * The pack with the user's own rules: site rules, then the user's, then the common ones. The
 * shipped site rules are the most specific and were checked against the sites; a user's rule
 * usually targets chrome of their own corpus that no common rule knows, and going before the common
 * rules lets it claim a line with its own kind (a `tail` where a common rule would drop one line).
 */
export function composeRules(extraRules: readonly Rule[]): readonly Rule[] {
  return extraRules.length === 0 ? allRules : [...siteRules, ...extraRules, ...commonRules];
}

/** The rules that apply to an article of `site`, minus the ids the user switched off. */
export function selectRules(rules: readonly Rule[], site: string | undefined, disabledIds: readonly string[]): readonly Rule[] {
  const disabled = new Set(disabledIds);
  return rules.filter((rule) => !disabled.has(rule.id) && (rule.site === '*' || rule.site === site));
}
