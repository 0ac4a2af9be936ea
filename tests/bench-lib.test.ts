/**
 * The benchmark's pure helpers: the generated rule pack loads like a user's and changes nothing on
 * the generated corpus, `--only` picks rows with their copy floors, and the floors are judged from
 * the rows. The timings themselves are not tested (they are the benchmark's job).
 */

import { describe, expect, it } from 'vitest';
import { createCleaner } from '../src/clean.js';
import { loadUserRules } from '../src/rules/load-user-rules.js';
import { FLOORS, judgeFloors, rssBudgetMiB } from '../scripts/lib/bench-floors.js';
import { selectModes, type ModeId } from '../scripts/lib/bench-modes.js';
import type { RowResult } from '../scripts/lib/bench-results.js';
import { benchOutlets, generateBenchRules } from '../scripts/lib/bench-rules.js';
import { loadCorpusSources } from '../scripts/lib/corpus-sources.js';
import { generateCorpus } from '../scripts/lib/generate-corpus.js';

const ROOT = new URL('..', import.meta.url).pathname;

describe('bench → generated rules', () => {
  const rules = generateBenchRules(585);
  const loaded = loadUserRules(JSON.stringify(rules), 'rules-10x.json');

  it('load through the user-rule loader: examples pass, patterns are accepted, ids are new', () => {
    expect(loaded).toHaveLength(585);
    expect(new Set(loaded.map((rule) => rule.id)).size).toBe(585);
  });

  it('are the same for the same count', () => {
    expect(JSON.stringify(generateBenchRules(585))).toBe(JSON.stringify(rules));
    expect(rules[0]?.id).toBe('kabar-natuna/related');
  });

  it('number outlets once every masthead and place is used, so any count loads', () => {
    const outlets = benchOutlets(13 * 18 + 1);
    expect(outlets.at(-1)?.brand).toBe('KabarNatuna2');
    const numbered = generateBenchRules(5 * outlets.length).slice(-5);
    expect(loadUserRules(JSON.stringify(numbered), 'numbered.json').map((rule) => rule.id)).toContain('kabar-natuna2/credit');
  });

  it('fire on nothing in the generated corpus, so both rules rows do the same cleaning', () => {
    const plain = createCleaner();
    const scaled = createCleaner({ extraRules: loaded });
    for (const article of generateCorpus(loadCorpusSources(ROOT), { articles: 60, seed: 3 })) {
      expect(scaled.clean(article.text).text, article.path).toBe(plain.clean(article.text).text);
    }
  });
});

describe('bench → --only', () => {
  const ids = (only: readonly string[] | undefined): ModeId[] | string => {
    const modes = selectModes(only);
    return typeof modes === 'string' ? modes : modes.map((mode) => mode.id);
  };

  it('runs every row without it', () => {
    expect(ids(undefined)).toEqual(['copy', 'all-1', 'all', 'passes', 'copy-jsonl', 'jsonl', 'rules-1x', 'rules-10x']);
  });

  it("brings each row's copy floor, in table order", () => {
    expect(ids(['jsonl', 'passes'])).toEqual(['copy', 'passes', 'copy-jsonl', 'jsonl']);
  });

  it('runs the two rules rows together', () => {
    expect(ids(['rules-10x'])).toEqual(['copy', 'rules-1x', 'rules-10x']);
    expect(ids(['rules'])).toEqual(['copy', 'rules-1x', 'rules-10x']);
  });

  it('names the modes when given an unknown one', () => {
    expect(ids(['pases'])).toMatch(/unknown mode pases \(modes: copy, all-1, .*rules, floors\)/);
  });
});

describe('bench → floors', () => {
  const row = (id: ModeId, fields: Partial<RowResult>): RowResult => ({
    id,
    name: id,
    command: '',
    floor: undefined,
    everyPass: false,
    runs: [],
    wallMs: 1000,
    articlesPerSecond: 0,
    mbPerSecond: 0,
    usPerArticle: 0,
    startupMs: undefined,
    netUsPerArticle: undefined,
    maxRssKb: undefined,
    userSeconds: undefined,
    systemSeconds: undefined,
    exitCodes: [0],
    crashed: false,
    output: undefined,
    ratioVsFloor: undefined,
    problems: [],
    ...fields,
  });
  const settings = { articles: 50_000, jobs: 2, shippedRules: 65, scaledRules: 650 };
  const verdicts = (rows: readonly RowResult[]): Record<string, boolean | null> =>
    Object.fromEntries(judgeFloors(rows, settings).map((verdict) => [verdict.id, verdict.pass]));

  it('judges each floor from its rows', () => {
    const rows = [
      row('passes', { ratioVsFloor: 0.61 }),
      row('jsonl', { mbPerSecond: 39.9, everyPass: true, maxRssKb: 299 * 1024 }),
      row('all', { everyPass: true, maxRssKb: 301 * 1024 }),
      row('rules-1x', { usPerArticle: 100, netUsPerArticle: 80 }),
      row('rules-10x', { usPerArticle: 190, netUsPerArticle: 170 }),
    ];
    expect(verdicts(rows)).toEqual({
      'per-article-throughput': true,
      'jsonl-throughput': false,
      'peak-rss': false,
      // Start-up taken off: 170 / 80 = 2.1.
      'rules-scaling': false,
    });
  });

  it('reports a floor whose rows were not run, or crashed, as not measured', () => {
    expect(verdicts([row('passes', { ratioVsFloor: 0.9, crashed: true })])).toEqual({
      'per-article-throughput': null,
      'jsonl-throughput': null,
      'peak-rss': null,
      'rules-scaling': null,
    });
  });

  it('lets the memory budget grow by the index per article past 50,000 articles', () => {
    expect(rssBudgetMiB(20_000)).toBe(FLOORS.rssMiB);
    expect(rssBudgetMiB(1_050_000)).toBeCloseTo(300 + 1_000_000 / 1024, 6);
  });
});
