/** The report and the summary, from hand-made run results (no cleaning, no files). */

import { describe, expect, it } from 'vitest';
import type { FileResult } from '../src/io/clean-files.js';
import { resolveOptions } from '../src/options.js';
import { buildReport, serializeReport } from '../src/report/build-report.js';
import { formatBytes, plainStyle, renderFailure, renderSummary } from '../src/report/render-summary.js';
import type { Edit } from '../src/types.js';

const edit = (pass: string, rule: string, action: Edit['action'], from: number[]): Edit => ({
  pass,
  rule,
  action,
  from,
  text: `line ${from.join('+')}`,
  reason: `${rule} matched`,
});

function file(overrides: Partial<FileResult> & Pick<FileResult, 'id' | 'status'>): FileResult {
  return {
    input: `/abs/machine/path/${overrides.id}`,
    site: undefined,
    linesIn: 0,
    linesOut: 0,
    bytesIn: 0,
    bytesOut: 0,
    edits: [],
    ...overrides,
  };
}

const run = {
  options: resolveOptions({ disabledRules: ['common/iklan'] }),
  files: [
    file({ id: 'gone.txt', status: 'failed', error: { code: 'not_found', message: 'no such file or directory' } }),
    file({
      id: 'a.txt',
      status: 'cleaned',
      output: '/abs/machine/out/a.txt',
      site: 'antara',
      linesIn: 10,
      linesOut: 6,
      bytesIn: 1000,
      bytesOut: 700,
      // Deliberately unsorted keys, as a pass might build them.
      edits: [
        { reason: 'r', text: 't', from: [3], action: 'drop', rule: 'common/baca-juga', pass: 'boilerplate' },
        edit('merge', 'merge/lowercase-continuation', 'merge', [4, 5]),
        edit('boilerplate', 'antara/copyright', 'drop', [10]),
        edit('dedup', 'dedup/exact', 'drop', [9]),
      ],
    }),
    file({
      id: 'sub/b.txt',
      status: 'empty',
      error: { code: 'no_text_left', message: 'no text left after cleaning' },
      linesIn: 2,
      bytesIn: 40,
      edits: [edit('boilerplate', 'common/baca-juga', 'drop', [1]), edit('boilerplate', 'common/iklan', 'cut', [2])],
    }),
    file({ id: 'c.txt', status: 'cleaned', linesIn: 3, linesOut: 3, bytesIn: 90, bytesOut: 90, edits: [edit('boilerplate', 'common/odd', 'flag', [2])] }),
  ],
};

describe('buildReport', () => {
  const report = buildReport(run.options, run.files, { version: '9.9.9' });

  it('has a fixed top-level key order and the version', () => {
    expect(Object.keys(report)).toEqual(['bersih', 'options', 'totals', 'passes', 'rules', 'files']);
    expect(report.bersih).toEqual({ version: '9.9.9' });
  });

  it('lists every resolved option but the learned lines and where signatures are made, keys sorted, unset site as null, user rules by id', () => {
    expect(Object.keys(report.options)).toEqual(Object.keys(report.options).sort());
    expect(report.options).toMatchObject({ site: null, dedup: true, disabledRules: ['common/iklan'], extraRules: [] });
    expect(Object.keys(report.options).sort()).toEqual(Object.keys(run.options).filter((key) => key !== 'learnedLines' && key !== 'signature').sort());
  });

  it('derives the totals from statuses and edits', () => {
    expect(report.totals).toEqual({
      files: 4,
      cleaned: 2,
      empty: 1,
      failed: 1,
      duplicates: 0,
      linesIn: 15,
      linesOut: 9,
      bytesIn: 1130,
      bytesOut: 790,
      dropped: 4,
      cut: 1,
      merged: 1,
      flagged: 1,
    });
  });

  it('lists passes in pipeline order when given, unknown ones after by id', () => {
    const ordered = buildReport(run.options, run.files, { version: '1', passOrder: ['normalize', 'merge', 'boilerplate', 'merge'] });
    expect(Object.keys(ordered.passes)).toEqual(['merge', 'boilerplate', 'dedup']);
  });

  it('names the rule pack when given', () => {
    expect(buildReport(run.options, run.files, { version: '1', rulePack: '2026.1' }).bersih).toEqual({ version: '1', rulePack: '2026.1' });
  });

  it('counts edits per pass and per rule, sorted by id', () => {
    expect(report.passes).toEqual({
      boilerplate: { drop: 3, cut: 1, merge: 0, flag: 1 },
      dedup: { drop: 1, cut: 0, merge: 0, flag: 0 },
      merge: { drop: 0, cut: 0, merge: 1, flag: 0 },
    });
    expect(Object.keys(report.passes)).toEqual(['boilerplate', 'dedup', 'merge']);
    expect(Object.entries(report.rules)).toEqual([
      ['antara/copyright', 1],
      ['common/baca-juga', 2],
      ['common/iklan', 1],
      ['common/odd', 1],
      ['dedup/exact', 1],
      ['merge/lowercase-continuation', 1],
    ]);
  });

  it('keeps files in run order, with fixed keys, relative ids and no absolute paths', () => {
    expect(report.files.map((entry) => entry.id)).toEqual(['gone.txt', 'a.txt', 'sub/b.txt', 'c.txt']);
    const [gone, a] = report.files;
    expect(Object.keys(gone ?? {})).toEqual(['id', 'status', 'site', 'linesIn', 'linesOut', 'error', 'edits']);
    expect(Object.keys(a ?? {})).toEqual(['id', 'status', 'site', 'linesIn', 'linesOut', 'edits']);
    expect(a?.site).toBe('antara');
    expect(gone?.site).toBeNull();
    for (const entry of a?.edits ?? []) expect(Object.keys(entry)).toEqual(['pass', 'rule', 'action', 'from', 'text', 'reason']);
    expect(serializeReport(report)).not.toContain('/abs/machine');
  });

  it('serialises to the same bytes every time, ending in a newline', () => {
    const text = serializeReport(report);
    expect(serializeReport(buildReport(run.options, run.files, { version: '9.9.9' }))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(report);
  });

  it('handles a run with no files', () => {
    const empty = buildReport(resolveOptions(), [], { version: '1.0.0' });
    expect(empty.totals.files).toBe(0);
    expect(empty.passes).toEqual({});
    expect(empty.rules).toEqual({});
  });
});

describe('renderSummary', () => {
  const report = buildReport(run.options, run.files, { version: '9.9.9' });

  it('names files read, written and failed, lines per pass, top rules, bytes and time', () => {
    const text = renderSummary(report, { elapsedMs: 1534 });
    expect(text).toBe(
      [
        'bersih: 4 files read, 2 written, 1 with no text, 1 failed in 1.5 s',
        '  lines 15 → 9: 4 dropped, 1 cut, 1 merged, 1 flagged',
        '  boilerplate: 3 dropped, 1 cut, 1 flagged',
        '  dedup: 1 dropped',
        '  merge: 1 merged',
        '  top rules: common/baca-juga 2, antara/copyright 1, common/iklan 1, common/odd 1, dedup/exact 1',
        '  bytes 1.1 kB → 790 B',
        '',
      ].join('\n'),
    );
  });

  it('leaves the time out when not given, and limits the rule list', () => {
    const text = renderSummary(report, { topRules: 1 });
    expect(text.split('\n')[0]).toBe('bersih: 4 files read, 2 written, 1 with no text, 1 failed');
    expect(text).toContain('  top rules: common/baca-juga 2\n');
  });

  it('applies the style it is given', () => {
    const marked = { ...plainStyle, error: (text: string) => `<${text}>`, strong: (text: string) => `*${text}*` };
    expect(renderSummary(report, { style: marked })).toContain('*bersih:* 4 files read');
    expect(renderSummary(report, { style: marked })).toContain('<1 failed>');
  });
});

describe('renderFailure', () => {
  it('is one line: bersih: <path>: <cause>', () => {
    expect(renderFailure('sub/a.txt', { code: 'binary', message: 'looks like a binary file' })).toBe(
      'bersih: sub/a.txt: looks like a binary file\n',
    );
  });
});

describe('formatBytes', () => {
  it('switches units at 1000', () => {
    expect([0, 999, 1000, 15_400, 2_500_000].map(formatBytes)).toEqual(['0 B', '999 B', '1.0 kB', '15.4 kB', '2.5 MB']);
  });
});
