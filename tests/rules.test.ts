/** Every shipped rule proves itself with its own examples; the pack refuses malformed rules. */

import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.js';
import { allRules, selectRules } from '../src/rules/index.js';
import { applyToLine } from '../src/rules/compile.js';
import { defineRules } from '../src/rules/define.js';
import type { Rule } from '../src/rules/rule.js';

describe('rules → shipped pack', () => {
  it('has unique ids shaped <site>/<name>', () => {
    const ids = allRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
  });

  for (const rule of allRules) {
    describe(rule.id, () => {
      it.each(rule.examples.strip.map((line) => [line]))('strips %s', (line) => {
        expect(applyToLine(rule, line)?.remaining).toBe('');
      });
      it.each((rule.examples.cut ?? []).map(([line, kept]) => [line, kept]))('cuts %s', (line, kept) => {
        expect(applyToLine(rule, line)?.remaining).toBe(kept);
      });
      it.each(rule.examples.keep.map((line) => [line]))('keeps %s', (line) => {
        expect(applyToLine(rule, line)).toBeUndefined();
      });
    });
  }

  it('selects common rules for every site and site rules only for their site', () => {
    const forKompas = selectRules(allRules, 'kompas', []);
    const forUnknown = selectRules(allRules, undefined, []);
    expect(forKompas.some((rule) => rule.id === 'kompas/whatsapp-channel')).toBe(true);
    expect(forUnknown.some((rule) => rule.id === 'kompas/whatsapp-channel')).toBe(false);
    expect(forUnknown.some((rule) => rule.id === 'common/baca-juga')).toBe(true);
    expect(selectRules(allRules, 'kompas', ['common/baca-juga']).some((rule) => rule.id === 'common/baca-juga')).toBe(false);
  });
});

describe('rules → defineRules', () => {
  const valid: Rule = {
    id: 'test/marker',
    site: '*',
    kind: 'line',
    description: 'A test marker line.',
    pattern: /^MARKER$/u,
    examples: { strip: ['MARKER'], keep: ['A MARKER inside prose.'] },
  };

  it('accepts a valid rule', () => {
    expect(defineRules([valid])).toHaveLength(1);
  });

  it.each<[string, Rule[], RegExp]>([
    ['a duplicate id', [valid, valid], /duplicate id/],
    ['a malformed id', [{ ...valid, id: 'Marker' }], /<site>\/<name>/],
    ['a global pattern', [{ ...valid, pattern: /^MARKER$/gu }], /g or y flag/],
    ['a strip example that is not stripped', [{ ...valid, examples: { strip: ['OTHER'], keep: ['x'] } }], /strip example is not stripped/],
    ['a keep example that is matched', [{ ...valid, examples: { strip: ['MARKER'], keep: ['MARKER'] } }], /keep example is matched/],
    ['no keep example', [{ ...valid, examples: { strip: ['MARKER'], keep: [] } }], /needs at least one/],
    ['an unknown kind', [{ ...valid, kind: 'block' as Rule['kind'] }], /unknown kind/],
  ])('refuses %s', (_name, rules, message) => {
    expect(() => defineRules(rules)).toThrow(ConfigError);
    expect(() => defineRules(rules)).toThrow(message);
  });

  it('checks cut examples of inline rules', () => {
    const inline: Rule = { ...valid, kind: 'inline', pattern: /\s*\(tag\)$/u, examples: { strip: [], cut: [['Text. (tag)', 'Text.']], keep: ['No tag here.'] } };
    expect(defineRules([inline])).toHaveLength(1);
    expect(() => defineRules([{ ...inline, examples: { strip: [], cut: [['Text. (tag)', 'Wrong']], keep: ['x'] } }])).toThrow(/cut example/);
  });
});
