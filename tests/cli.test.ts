/**
 * The CLI, run in-process through `main()` with captured streams, one scenario per row. Every row
 * gets a fresh temporary directory holding `in/` (a copy of fixtures/cli/tree) plus the row's own
 * files, so binary and invalid files are made here instead of committed.
 */

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type RunOutput, type RunSetup } from './helpers/run-cli.js';
import { listFiles, writeFiles } from './helpers/file-tree.js';
import type { Report } from '../src/report/build-report.js';

const TREE = path.resolve(import.meta.dirname, '../fixtures/cli/tree');
const ROOTS: string[] = [];
const ANSI_RE = /\u001b\[/;


/** A fresh scenario directory: `in/` is the fixture tree, `files` are added relative to the root. */
function scenario(files: Readonly<Record<string, string | Uint8Array>> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bersih-cli-'));
  ROOTS.push(root);
  cpSync(TREE, path.join(root, 'in'), { recursive: true });
  writeFiles(root, files);
  return root;
}

function readReport(root: string, name = 'report.json'): Report {
  return JSON.parse(readFileSync(path.join(root, name), 'utf8')) as Report;
}

const ARTICLE =
  'Gubernur meninjau lokasi banjir di tiga kecamatan pada Selasa siang.\n' +
  'Ia meminta dinas terkait segera menyalurkan bantuan kepada warga terdampak.\n';
/** Boilerplate the core strips: a related-article link and an ad marker. */
const WITH_BOILERPLATE = `${ARTICLE}Baca juga: Banjir rendam ratusan rumah warga\nADVERTISEMENT\n`;
const ALL_BOILERPLATE = 'Baca juga: X\nADVERTISEMENT\n';
const BINARY = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x41, 0x42]);
const LATIN1 = Buffer.from('Harga kopi di kafé itu naik lagi pekan ini.\n', 'latin1');

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
  readonly setup?: RunSetup;
  readonly exitCode: number;
  /** Every file that must exist below `out/` afterwards, and nothing else. */
  readonly out?: readonly string[];
  readonly stderr?: readonly (string | RegExp)[];
  readonly stdout?: string | RegExp;
  readonly check?: (root: string, result: RunOutput) => void;
}

const cases: readonly Case[] = [
  {
    name: 'a directory input mirrors its *.txt tree, skipping other files',
    args: ['in', '--out', 'out'],
    exitCode: 0,
    out: ['a.txt', 'sub/b.txt', 'sub/deep/c.txt'],
  },
  {
    name: "a glob's outputs are relative to its static base",
    args: ['in/sub/**/*.txt', '--out', 'out'],
    exitCode: 0,
    out: ['b.txt', 'deep/c.txt'],
  },
  {
    name: 'plain files are written under their own names',
    args: ['in/sub/deep/c.txt', 'in/a.txt', '--out', 'out'],
    exitCode: 0,
    out: ['a.txt', 'c.txt'],
  },
  {
    name: 'files are processed in code-unit order of their relative paths, whatever the input order',
    args: ['in/z.txt', 'in', '--out', 'out', '--report', 'report.json'],
    files: { 'in/z.txt': ARTICLE, 'in/B.txt': ARTICLE, 'in/10.txt': ARTICLE, 'in/9.txt': ARTICLE },
    exitCode: 0,
    check: (root) => {
      expect(readReport(root).files.map((file) => file.id)).toEqual([
        '10.txt',
        '9.txt',
        'B.txt',
        'a.txt',
        'sub/b.txt',
        'sub/deep/c.txt',
        'z.txt',
      ]);
    },
  },
  {
    name: 'no --out with file inputs is a usage error',
    args: ['in'],
    exitCode: 2,
    stderr: ['bersih: missing --out <dir>', 'Run bersih --help'],
    check: (root) => expect(existsSync(path.join(root, 'out'))).toBe(false),
  },
  {
    name: 'an empty --out is a usage error, not the current directory',
    args: ['in', '--out', ''],
    exitCode: 2,
    stderr: ['bersih: missing --out <dir>'],
  },
  {
    name: 'an unknown option is a usage error',
    args: ['in', '--out', 'out', '--bogus'],
    exitCode: 2,
    stderr: ["bersih: unknown option '--bogus'"],
    check: (root) => expect(existsSync(path.join(root, 'out'))).toBe(false),
  },
  {
    name: 'no inputs at all is a usage error',
    args: [],
    exitCode: 2,
    stderr: ["missing required argument 'inputs'"],
  },
  {
    name: 'nothing matched is a usage error naming every pattern',
    args: ['nope/**/*.txt', 'missing.txt', '--out', 'out'],
    exitCode: 2,
    stderr: [
      'bersih: nope/**/*.txt: no files match this pattern\n',
      'bersih: missing.txt: no such file or directory\n',
      'nothing written',
    ],
    check: (root) => expect(existsSync(path.join(root, 'out'))).toBe(false),
  },
  {
    name: 'a directory with no .txt files is named',
    args: ['docs', '--out', 'out'],
    files: { 'docs/readme.md': 'hello\n' },
    exitCode: 2,
    stderr: ['bersih: docs: directory has no .txt files'],
  },
  {
    name: 'a missing file among good ones fails alone; the others are written',
    args: ['in/a.txt', 'in/missing.txt', 'in/sub/b.txt', '--out', 'out'],
    exitCode: 1,
    out: ['a.txt', 'b.txt'],
    stderr: ['bersih: in/missing.txt: no such file or directory\n', '1 failed'],
  },
  {
    name: 'a binary file fails with its relative path; the others are written',
    args: ['in', '--out', 'out', '--report', 'report.json'],
    files: { 'in/img/photo.txt': BINARY },
    exitCode: 1,
    out: ['a.txt', 'sub/b.txt', 'sub/deep/c.txt'],
    stderr: [/^bersih: img\/photo\.txt: looks like a binary file/m],
    check: (root) => {
      const file = readReport(root).files.find((entry) => entry.id === 'img/photo.txt');
      expect(file?.status).toBe('failed');
      expect(file?.error?.code).toBe('binary');
    },
  },
  {
    name: 'invalid UTF-8 fails with invalid_utf8',
    args: ['in', '--out', 'out', '--report', 'report.json'],
    files: { 'in/latin1.txt': LATIN1 },
    exitCode: 1,
    out: ['a.txt', 'sub/b.txt', 'sub/deep/c.txt'],
    stderr: ['bersih: latin1.txt: is not valid UTF-8 text\n'],
    check: (root) => {
      expect(readReport(root).files.find((entry) => entry.id === 'latin1.txt')?.error?.code).toBe('invalid_utf8');
    },
  },
  {
    name: 'an empty file is reported and not written',
    args: ['in', '--out', 'out', '--report', 'report.json'],
    files: { 'in/empty.txt': '', 'in/blank.txt': '\uFEFF\n  \n' },
    exitCode: 1,
    out: ['a.txt', 'sub/b.txt', 'sub/deep/c.txt'],
    stderr: ['bersih: empty.txt: file is empty\n', 'bersih: blank.txt: file is empty\n', '2 with no text'],
    check: (root) => {
      const files = readReport(root).files.filter((entry) => entry.status === 'empty');
      expect(files.map((file) => [file.id, file.error?.code])).toEqual([
        ['blank.txt', 'empty'],
        ['empty.txt', 'empty'],
      ]);
    },
  },
  {
    name: 'a file that is all boilerplate has no text left, is reported and not written',
    args: ['in', '--out', 'out', '--report', 'report.json'],
    files: { 'in/ads.txt': ALL_BOILERPLATE },
    exitCode: 1,
    out: ['a.txt', 'sub/b.txt', 'sub/deep/c.txt'],
    stderr: ['bersih: ads.txt: no text left after cleaning\n'],
    check: (root) => {
      const file = readReport(root).files.find((entry) => entry.id === 'ads.txt');
      expect(file?.status).toBe('empty');
      expect(file?.error?.code).toBe('no_text_left');
      expect(file?.edits.length).toBeGreaterThan(0);
    },
  },
  {
    name: '--quiet prints nothing on success',
    args: ['in', '--out', 'out', '--quiet'],
    exitCode: 0,
    out: ['a.txt', 'sub/b.txt', 'sub/deep/c.txt'],
    check: (_root, result) => {
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe('');
    },
  },
  {
    name: '--quiet still prints failures',
    args: ['in', 'gone.txt', '--out', 'out', '-q'],
    exitCode: 1,
    check: (_root, result) => expect(result.stderr).toBe('bersih: gone.txt: no such file or directory\n'),
  },
  {
    name: 'the summary names the counts and is plain text when stderr is not a terminal',
    args: ['in', '--out', 'out'],
    files: { 'in/boiler.txt': WITH_BOILERPLATE },
    exitCode: 0,
    stderr: ['bersih: 4 files read, 4 written, 0 with no text, 0 failed in 0 ms\n', '  lines ', '  bytes '],
    check: (_root, result) => expect(result.stderr).not.toMatch(ANSI_RE),
  },
  {
    name: 'a terminal gets colour (so the two rows below can fail)',
    args: ['in', 'gone.txt', '--out', 'out'],
    setup: { tty: true },
    exitCode: 1,
    check: (_root, result) => expect(result.stderr).toMatch(ANSI_RE),
  },
  {
    name: 'NO_COLOR turns colour off on a terminal',
    args: ['in', 'gone.txt', '--out', 'out'],
    setup: { tty: true, env: { NO_COLOR: '1' } },
    exitCode: 1,
    check: (_root, result) => {
      expect(result.stderr).toContain('bersih: gone.txt: no such file or directory');
      expect(result.stderr).not.toMatch(ANSI_RE);
    },
  },
  {
    name: '--no-color turns colour off on a terminal',
    args: ['in', 'gone.txt', '--out', 'out', '--no-color'],
    setup: { tty: true },
    exitCode: 1,
    check: (_root, result) => {
      expect(result.stderr).toContain('bersih: gone.txt: no such file or directory');
      expect(result.stderr).not.toMatch(ANSI_RE);
    },
  },
  {
    name: 'the output directory is never read as input, even inside the input tree',
    args: ['.', '--out', 'out', '--report', 'report.json'],
    files: { 'out/stale.txt': ARTICLE },
    exitCode: 0,
    check: (root) => {
      const ids = readReport(root).files.map((file) => file.id);
      expect(ids).toEqual(['in/a.txt', 'in/sub/b.txt', 'in/sub/deep/c.txt']);
      expect(existsSync(path.join(root, 'out/out'))).toBe(false);
    },
  },
  {
    name: '--out equal to the input directory is refused before anything is written',
    args: ['in', '--out', 'in'],
    exitCode: 2,
    stderr: ['bersih: output directory in would overwrite the input in/a.txt'],
  },
  {
    name: '--out through a symlink to the input directory is refused too',
    args: ['in', '--out', 'link'],
    files: {},
    exitCode: 2,
    stderr: ['would overwrite the input in/a.txt'],
  },
  {
    name: 'a plain file inside --out whose output is itself is refused',
    args: ['in/a.txt', '--out', 'in'],
    exitCode: 2,
    stderr: ['would overwrite the input in/a.txt'],
  },
  {
    name: '--report on an input is refused before anything is written',
    args: ['in', '--out', 'out', '--report', 'in/a.txt'],
    exitCode: 2,
    stderr: ['bersih: in/a.txt would overwrite the input in/a.txt'],
    check: (root) => expect(existsSync(path.join(root, 'out'))).toBe(false),
  },
  {
    name: 'two inputs with the same relative path: the second fails instead of overwriting the first',
    args: ['in', 'other', '--out', 'out'],
    files: { 'other/a.txt': ARTICLE },
    exitCode: 1,
    out: ['a.txt', 'sub/b.txt', 'sub/deep/c.txt'],
    stderr: ['has the same output path as'],
    check: (root) => {
      // The first in sorted order (by absolute path: in/ before other/) wins.
      expect(readFileSync(path.join(root, 'out/a.txt'), 'utf8')).toContain('taman');
    },
  },
  {
    name: 'stdin - writes the clean text to stdout and the summary to stderr',
    args: ['-'],
    setup: { stdin: WITH_BOILERPLATE },
    exitCode: 0,
    stdout: /^Gubernur meninjau/,
    stderr: ['bersih: 1 file read, 1 written'],
    check: (root, result) => {
      expect(result.stdout.endsWith('\n')).toBe(true);
      expect(result.stdout).not.toContain('ADVERTISEMENT');
      expect(listFiles(root).some((file) => !file.startsWith('in/'))).toBe(false);
    },
  },
  {
    name: 'stdin with --quiet prints only the text',
    args: ['-', '--quiet'],
    setup: { stdin: ARTICLE },
    exitCode: 0,
    stdout: /^Gubernur meninjau/,
    check: (_root, result) => expect(result.stderr).toBe(''),
  },
  {
    name: 'stdin with --report writes the report',
    args: ['-', '-q', '--report', 'report.json'],
    setup: { stdin: WITH_BOILERPLATE },
    exitCode: 0,
    check: (root) => {
      const report = readReport(root);
      expect(report.files.map((file) => [file.id, file.status])).toEqual([['-', 'cleaned']]);
    },
  },
  {
    name: 'binary stdin fails and writes nothing to stdout',
    args: ['-'],
    setup: { stdin: BINARY },
    exitCode: 1,
    stdout: '',
    stderr: ['bersih: -: looks like a binary file'],
  },
  {
    name: 'empty stdin has no text',
    args: ['-'],
    setup: { stdin: '' },
    exitCode: 1,
    stdout: '',
    stderr: ['bersih: -: file is empty'],
  },
  {
    name: '- cannot be combined with other inputs',
    args: ['-', 'in', '--out', 'out'],
    exitCode: 2,
    stderr: ["'-' (stdin) cannot be combined with other inputs"],
  },
  {
    name: '- cannot be combined with --out',
    args: ['-', '--out', 'out'],
    exitCode: 2,
    stderr: ["--out cannot be used with '-'"],
  },
  {
    name: '--help prints usage and examples to stdout',
    args: ['--help'],
    exitCode: 0,
    stdout: /^Usage: bersih \[options\] <inputs\.\.\.>/,
    check: (_root, result) => {
      expect(result.stdout).toContain('Examples:');
      for (const flag of ['--out <dir>', '--report <file.json>', '--no-dedup', '--no-boilerplate', '--no-merge', '--site <id>', '--disable-rule <id>', '--quiet', '--no-color', '--version']) {
        expect(result.stdout).toContain(flag);
      }
      expect(result.stderr).toBe('');
    },
  },
  {
    name: '--version prints the package version',
    args: ['--version'],
    exitCode: 0,
    stdout: `${(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../package.json'), 'utf8')) as { version: string }).version}\n`,
  },
  {
    name: 'the pass switches and rule options reach the report',
    args: ['in/a.txt', '--out', 'out', '--no-dedup', '--no-merge', '--disable-rule', 'common/baca-juga', '-d', 'common/ads-and-scroll', '--report', 'r.json'],
    exitCode: 0,
    check: (root) => {
      const { options } = readReport(root, 'r.json');
      expect(options['dedup']).toBe(false);
      expect(options['merge']).toBe(false);
      expect(options['boilerplate']).toBe(true);
      expect(options['disabledRules']).toEqual(['common/baca-juga', 'common/ads-and-scroll']);
      expect(options['site']).toBeNull();
    },
  },
  {
    name: '--no-boilerplate keeps boilerplate lines',
    args: ['-', '--no-boilerplate', '-q'],
    setup: { stdin: WITH_BOILERPLATE },
    exitCode: 0,
    stdout: /Baca juga: Banjir rendam ratusan rumah warga/,
  },
];

afterAll(() => {
  for (const root of ROOTS) rmSync(root, { recursive: true, force: true });
});

describe('bersih CLI (main)', () => {
  for (const row of cases) {
    it(row.name, async () => {
      const root = scenario(row.files);
      if (row.args.includes('link')) symlinkSync(path.join(root, 'in'), path.join(root, 'link'));
      const before = snapshotTree(path.join(root, 'in'));

      const result = await run(root, row.args, row.setup);

      expect(result.code, result.stderr).toBe(row.exitCode);
      if (row.out !== undefined) expect(listFiles(path.join(root, 'out'))).toEqual([...row.out].sort());
      for (const expected of row.stderr ?? []) {
        if (typeof expected === 'string') expect(result.stderr).toContain(expected);
        else expect(result.stderr).toMatch(expected);
      }
      if (typeof row.stdout === 'string') expect(result.stdout).toBe(row.stdout);
      else if (row.stdout !== undefined) expect(result.stdout).toMatch(row.stdout);
      row.check?.(root, result);
      // Whatever happened, the inputs are byte-for-byte as they were and no temporary file is left.
      expect(snapshotTree(path.join(root, 'in'))).toEqual(before);
      expect(listFiles(root).filter((file) => file.endsWith('.tmp'))).toEqual([]);
    });
  }
});

describe('report', () => {
  it('has a fixed shape, and its totals equal the sums over the edits', async () => {
    const root = scenario({ 'in/boiler.txt': WITH_BOILERPLATE, 'in/ads.txt': ALL_BOILERPLATE, 'in/bad.txt': BINARY });
    const result = await run(root, ['in', '--out', 'out', '--report', 'report.json']);
    expect(result.code).toBe(1);
    const text = readFileSync(path.join(root, 'report.json'), 'utf8');
    const report = JSON.parse(text) as Report;

    expect(Object.keys(report)).toEqual(['bersih', 'options', 'totals', 'passes', 'rules', 'learned', 'files']);
    expect(Object.keys(report.totals)).toEqual([
      'files', 'cleaned', 'empty', 'failed', 'duplicates', 'linesIn', 'linesOut', 'bytesIn', 'bytesOut',
      'dropped', 'cut', 'merged', 'flagged',
    ]);
    for (const file of report.files) {
      expect(Object.keys(file)).toEqual(
        file.error === undefined
          ? ['id', 'status', 'site', 'linesIn', 'linesOut', 'edits']
          : ['id', 'status', 'site', 'linesIn', 'linesOut', 'error', 'edits'],
      );
      for (const edit of file.edits) expect(Object.keys(edit)).toEqual(['pass', 'rule', 'action', 'from', 'text', 'reason']);
    }

    const edits = report.files.flatMap((file) => file.edits);
    expect(edits.length).toBeGreaterThan(0);
    const count = (action: string): number => edits.filter((edit) => edit.action === action).length;
    expect(report.totals).toMatchObject({
      files: 6,
      cleaned: 4,
      empty: 1,
      failed: 1,
      dropped: count('drop'),
      cut: count('cut'),
      merged: count('merge'),
      flagged: count('flag'),
    });
    expect(report.totals.linesIn).toBe(report.files.reduce((sum, file) => sum + file.linesIn, 0));
    expect(report.totals.linesOut).toBe(report.files.reduce((sum, file) => sum + file.linesOut, 0));
    const perPass = Object.values(report.passes).reduce((sum, c) => sum + c.drop + c.cut + c.merge + c.flag, 0);
    expect(perPass).toBe(edits.length);
    expect(Object.values(report.rules).reduce((sum, n) => sum + n, 0)).toBe(edits.length);
    expect(Object.keys(report.rules)).toEqual(Object.keys(report.rules).sort());
    expect(report.totals.bytesOut).toBe(
      listFiles(path.join(root, 'out')).reduce((sum, file) => sum + readFileSync(path.join(root, 'out', file)).length, 0),
    );

    // Relative paths only: nothing of the machine's layout.
    expect(text).not.toContain(root);
    expect(text).not.toContain(tmpdir());
  });

  it('is byte-identical across runs, and so are the outputs (same bytes determinism)', async () => {
    const root = scenario({ 'in/boiler.txt': WITH_BOILERPLATE, 'in/ads.txt': ALL_BOILERPLATE });
    const first = await run(root, ['in', '--out', 'out1', '--report', 'r1.json']);
    const second = await run(root, ['in', '--out', 'out2', '--report', 'r2.json']);
    expect(second.code).toBe(first.code);
    expect(second.stderr).toBe(first.stderr);
    expect(readFileSync(path.join(root, 'r2.json'))).toEqual(readFileSync(path.join(root, 'r1.json')));
    const files = listFiles(path.join(root, 'out1'));
    expect(files.length).toBeGreaterThan(0);
    expect(listFiles(path.join(root, 'out2'))).toEqual(files);
    for (const file of files) {
      expect(readFileSync(path.join(root, 'out2', file))).toEqual(readFileSync(path.join(root, 'out1', file)));
    }
  });

  it('a second run into the same --out gives the same outputs and report', async () => {
    const root = scenario({ 'in/boiler.txt': WITH_BOILERPLATE });
    await run(root, ['.', '--out', 'out', '--report', 'out/report.json']);
    const firstReport = readFileSync(path.join(root, 'out/report.json'));
    const firstFiles = listFiles(path.join(root, 'out'));
    const again = await run(root, ['.', '--out', 'out', '--report', 'out/report.json']);
    expect(again.code).toBe(0);
    expect(listFiles(path.join(root, 'out'))).toEqual(firstFiles);
    expect(readFileSync(path.join(root, 'out/report.json'))).toEqual(firstReport);
  });
});

/** Every file's bytes below `dir`, to prove inputs were not touched. */
function snapshotTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, readFileSync(path.join(dir, file)).toString('base64')]));
}
