/** The user's own rules: loaded from JSON text, checked like the pack, refused with a clear message. */

import { describe, expect, it } from 'vitest';
import { createCleaner } from '../src/clean.js';
import { ConfigError } from '../src/errors.js';
import { loadUserRules } from '../src/rules/load-user-rules.js';
import { backtrackingRisk } from '../src/rules/safe-pattern.js';

const FOOTER_RULE = {
  id: 'harian-kita/langganan',
  kind: 'line',
  description: 'The subscription prompt of Harian Kita.',
  pattern: String.raw`^dukung\s+jurnalisme\s+berkualitas\b[^\n]{0,200}$`,
  flags: 'iu',
  keywords: ['dukung'],
  examples: {
    strip: ['Dukung jurnalisme berkualitas dengan berlangganan Harian Kita'],
    keep: ['Ia mengajak warga mendukung jurnalisme berkualitas di daerahnya.'],
  },
};

const load = (rules: unknown, file = 'my-rules.json') => loadUserRules(JSON.stringify(rules), file);
const BODY = 'Pemerintah menyiapkan anggaran tambahan untuk program itu tahun depan.';

describe('rules → user rules (loadUserRules)', () => {
  it('loads a valid rule, with site "*" and flag u by default', () => {
    const [rule] = load([{ ...FOOTER_RULE, flags: undefined, pattern: String.raw`^Dukung\s+jurnalisme\s+berkualitas\b[^\n]{0,200}$` }]);
    expect(rule).toMatchObject({ id: 'harian-kita/langganan', site: '*', kind: 'line' });
    expect(rule?.pattern.flags).toBe('u');
    expect(load([FOOTER_RULE])[0]?.pattern.flags).toBe('iu');
  });

  it('feeds createCleaner through extraRules, and the rule can be disabled by id', () => {
    const extraRules = load([FOOTER_RULE]);
    const raw = `${BODY}\nDukung jurnalisme berkualitas dengan berlangganan Harian Kita\n`;
    const result = createCleaner({ extraRules }).clean(raw);
    expect(result.text).toBe(`${BODY}\n`);
    expect(result.edits).toContainEqual(expect.objectContaining({ rule: 'harian-kita/langganan', action: 'drop' }));
    expect(createCleaner({ extraRules, disabledRules: ['harian-kita/langganan'] }).clean(raw).text).toBe(raw);
    expect(() => createCleaner({ disabledRules: ['harian-kita/langganan'] })).toThrow(/unknown rule/);
  });

  it('applies user rules after site rules and before common ones', () => {
    const tail = {
      id: 'user/footer-block',
      kind: 'tail',
      description: 'A footer that starts at a "Baca juga" line and runs to the end.',
      pattern: String.raw`^baca\s+juga\s*:`,
      flags: 'iu',
      keywords: ['baca'],
      examples: { strip: ['Baca juga: Judul'], keep: ['Ia membaca juga koran itu.'] },
    };
    const raw = [...Array.from({ length: 10 }, (_, index) => `${BODY} (${index})`), 'Baca juga: Judul Lain', 'Judul Ketiga Yang Pendek'].join('\n');
    const result = createCleaner({ extraRules: load([tail]) }).clean(raw);
    expect(result.edits.filter((edit) => edit.action === 'drop').map((edit) => edit.rule)).toEqual(['user/footer-block', 'user/footer-block']);
  });

  it.each<[string, unknown, RegExp]>([
    ['bad JSON', '[{', /my-rules\.json: not valid JSON/],
    ['not an array', { rules: [] }, /must hold a JSON array/],
    ['an unknown field', [{ ...FOOTER_RULE, sitee: 'kompas' }], /rule harian-kita\/langganan: unknown field "sitee"/],
    ['a missing id', [{ ...FOOTER_RULE, id: undefined }], /rule #1: "id" must be a non-empty string/],
    ['a malformed id', [{ ...FOOTER_RULE, id: 'Langganan' }], /rule Langganan: id must look like <site>\/<name>/],
    ['an id of the shipped pack', [{ ...FOOTER_RULE, id: 'common/baca-juga' }], /rule common\/baca-juga: id is already taken by a shipped rule/],
    ['a duplicate id in the file', [FOOTER_RULE, FOOTER_RULE], /rule harian-kita\/langganan: duplicate id in this file/],
    ['a learned id', [{ ...FOOTER_RULE, id: 'learned/abcd1234' }], /reserved for learned lines/],
    ['an unknown kind', [{ ...FOOTER_RULE, kind: 'block' }], /unknown kind "block" \(kinds: line, inline, tail, credit, dateline\)/],
    ['an unknown place', [{ ...FOOTER_RULE, place: 'middle' }], /unknown place "middle"/],
    ['an unknown site', [{ ...FOOTER_RULE, site: 'harian-kita' }], /unknown site "harian-kita"/],
    ['a bad regex', [{ ...FOOTER_RULE, pattern: '^(dukung' }], /rule harian-kita\/langganan: bad pattern: Invalid regular expression/],
    ['the g flag', [{ ...FOOTER_RULE, flags: 'gi' }], /flag "g" is not allowed/],
    ['the y flag', [{ ...FOOTER_RULE, flags: 'y' }], /flag "y" is not allowed/],
    ['an unknown flag', [{ ...FOOTER_RULE, flags: 'iq' }], /unknown flag "q"/],
    ['a nested quantifier', [{ ...FOOTER_RULE, pattern: '^dukung (\\w+\\s?)+$' }], /pattern refused: a repeated group/],
    ['an ambiguous alternation', [{ ...FOOTER_RULE, pattern: '^(a|ab)*$' }], /pattern refused: a repeated group has alternatives/],
    ['overlapping repeats', [{ ...FOOTER_RULE, pattern: '^dukung\\s*\\s*x' }], /pattern refused: two unbounded repeats/],
    ['a strip example that fails', [{ ...FOOTER_RULE, examples: { strip: ['Langganan Harian Kita'], keep: ['x'] } }], /strip example is not stripped: "Langganan Harian Kita"/],
    ['a keep example that is stripped', [{ ...FOOTER_RULE, examples: { strip: FOOTER_RULE.examples.strip, keep: FOOTER_RULE.examples.strip } }], /keep example is matched/],
    ['no keep example', [{ ...FOOTER_RULE, examples: { strip: FOOTER_RULE.examples.strip, keep: [] } }], /needs at least one strip \(or cut\) and one keep example/],
    ['a keyword the examples miss', [{ ...FOOTER_RULE, keywords: ['langganan'] }], /strip example is not stripped/],
    ['a keyword that is not a word', [{ ...FOOTER_RULE, keywords: ['Dukung Jurnalisme'] }], /keyword "Dukung Jurnalisme" must be one lower-case word/],
    ['malformed cut pairs', [{ ...FOOTER_RULE, kind: 'inline', examples: { cut: [['only one']], keep: ['x'] } }], /examples\.cut must be a list of \[line, what remains\] pairs/],
  ])('refuses %s, naming the file, the rule and the problem', (_name, rules, message) => {
    const text = typeof rules === 'string' ? rules : JSON.stringify(rules);
    expect(() => loadUserRules(text, 'my-rules.json')).toThrow(ConfigError);
    expect(() => loadUserRules(text, 'my-rules.json')).toThrow(message);
  });

  it('checks cut examples of inline rules', () => {
    const inline = { ...FOOTER_RULE, id: 'user/promo-inline', kind: 'inline', pattern: String.raw`(?<=[.!?]\s{0,3})dukung\s+jurnalisme\b[^\n]{0,200}$`, keywords: ['dukung'], examples: { cut: [['Harga naik. Dukung jurnalisme kami.', 'Harga naik.']], keep: ['Ia mendukung jurnalisme itu.'] } };
    expect(load([inline])).toHaveLength(1);
    expect(() => load([{ ...inline, examples: { cut: [['Harga naik. Dukung jurnalisme kami.', 'Harga']], keep: ['x'] } }])).toThrow(/cut example .* leaves "Harga naik\.", expected "Harga"/);
  });

  it('createCleaner refuses extra rules that clash with the pack or fail their examples', () => {
    const [rule] = load([FOOTER_RULE]);
    if (!rule) throw new Error('no rule');
    expect(() => createCleaner({ extraRules: [{ ...rule, id: 'common/baca-juga' }] })).toThrow(/rule common\/baca-juga: duplicate id/);
    expect(() => createCleaner({ extraRules: [{ ...rule, examples: { strip: ['nope'], keep: ['x'] } }] })).toThrow(/strip example is not stripped/);
    expect(() => createCleaner({ extraRules: [{ ...rule, site: 'nowhere' }] })).toThrow(/unknown site "nowhere"/);
  });
});

describe('rules → backtracking check (safe-pattern)', () => {
  it.each([
    ['(a+)+'],
    ['(a|a)*'],
    ['(a|ab)*'],
    [String.raw`(\w|\d)+`],
    [String.raw`^(\s*x\s*)*$`],
    [String.raw`\s*\s*x`],
    ['.*.*x'],
    [String.raw`\w+\s*\w+$`],
    ['(x+x+)+y'],
    ['(.*a){3}'],
    [String.raw`(a)\1`],
    [String.raw`(?<w>a)\k<w>`],
  ])('refuses %s', (source) => {
    expect(backtrackingRisk(source, 'u')).toBeDefined();
  });

  it.each([
    [String.raw`^baca\s+juga\s*:.*$`],
    [String.raw`^(?:,\s*)*x`],
    [String.raw`^(?:\s+\w+){0,3}$`],
    [String.raw`^(?:\s|,)+$`],
    [String.raw`^dukung\s+jurnalisme\s+berkualitas\b[^\n]{0,200}$`],
    [String.raw`^\s*[^\n]*$`],
    [String.raw`^(?:ayo\s+|yuk\s+)?ikuti\b`],
    [String.raw`\(\s*[a-z]{2,5}(?:\/[a-z]{2,5}){0,2}\s*\)$`],
    [String.raw`^(?:[^.!?\n]|\.(?!\s)){1,120}$`],
    [String.raw`^(dukung\s+)+x`],
  ])('accepts %s', (source) => {
    expect(backtrackingRisk(source, 'iu')).toBeUndefined();
  });
});
