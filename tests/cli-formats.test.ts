/**
 * Issue 5 through the CLI, in-process (`main()` with captured streams): JSONL and gzip in and out,
 * malformed lines, stdin/stdout pipes, the audit trail, `bersih diff`, the config file, --dry-run,
 * --max-drop-ratio, the progress line, and byte-identical outputs for every --jobs.
 */

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../src/io/audit-file.js';
import { normalizeLineText } from '../src/passes/normalize-lines.js';
import type { Report } from '../src/report/build-report.js';
import { splitRawLines } from '../src/text/lines.js';
import { run } from './helpers/run-cli.js';
import { listFiles, writeFiles } from './helpers/file-tree.js';

const ROOTS: string[] = [];
const ANSI_RE = /\u001b\[/;

afterAll(() => {
  for (const root of ROOTS) rmSync(root, { recursive: true, force: true });
});

function tree(files: Readonly<Record<string, string | Uint8Array>> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bersih-formats-'));
  ROOTS.push(root);
  writeFiles(root, files);
  return root;
}

const read = (root: string, name: string): string => readFileSync(path.join(root, name), 'utf8');
const readGz = (root: string, name: string): string => gunzipSync(readFileSync(path.join(root, name))).toString('utf8');
const jsonLines = <T = Record<string, unknown>>(text: string): T[] => text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as T);
const report = (root: string, name = 'report.json'): Report => JSON.parse(read(root, name)) as Report;

const ARTICLE =
  'Gubernur meninjau lokasi banjir di tiga kecamatan pada Selasa siang.\n' +
  'Ia meminta dinas terkait segera menyalurkan bantuan kepada warga terdampak.\n';
const CLEAN_ARTICLE = ARTICLE.replace(/\n$/, '');
const WITH_BOILERPLATE = `${ARTICLE}Baca juga: Banjir rendam ratusan rumah warga\nADVERTISEMENT\n`;
const SECOND =
  'Harga cabai di pasar induk naik tajam menjelang akhir pekan ini.\n\n' +
  'Pedagang mengaku pasokan dari daerah sentra\nberkurang karena hujan deras. Baca juga: Harga bawang ikut naik\n';

/** Records as a scraper leaves them: extra fields of every JSON kind, written its own way. */
const RECORD_1 = `{"id": 9007199254740993, "url": "https://contoh.id/a", "title": "Banjir \\u00e9", "score": 1.50, "tags": ["a", {"b": null}], "text": ${JSON.stringify(WITH_BOILERPLATE)}}`;
const RECORD_2 = `{"url":"https://contoh.id/b","text":${JSON.stringify(SECOND)},"meta":{"date":"2024-06-01"}}`;
const JSONL = `${RECORD_1}\n${RECORD_2}\n`;

describe('JSONL in and out', () => {
  it('round-trips every other field untouched, byte for byte, and adds a bersih member', async () => {
    const root = tree({ 'data.jsonl': JSONL });
    const result = await run(root, ['data.jsonl', '--out', 'clean.jsonl']);
    expect(result.code, result.stderr).toBe(0);
    const [first, second] = read(root, 'clean.jsonl').split('\n');
    // The record's own bytes are kept: a 64-bit id, `1.50`, a \u escape, key order and spacing.
    expect(first).toMatch(/^\{"id": 9007199254740993, "url": "https:\/\/contoh\.id\/a", "title": "Banjir \\u00e9", "score": 1\.50, "tags": \["a", \{"b": null\}\], "text": "/);
    const records = jsonLines(read(root, 'clean.jsonl'));
    expect(records).toHaveLength(2);
    expect(records[0]?.['text']).toBe(CLEAN_ARTICLE);
    expect(records[0]?.['bersih']).toEqual({ id: 'data.jsonl:1', site: null, linesIn: 4, linesOut: 2, dropped: 2, cut: 0, merged: 0, flagged: 0 });
    expect(second?.startsWith('{"url":"https://contoh.id/b","text":"')).toBe(true);
    expect(second?.endsWith('"meta":{"date":"2024-06-01"},"bersih":{"id":"data.jsonl:2","site":null,"linesIn":4,"linesOut":2,"dropped":1,"cut":1,"merged":1,"flagged":0}}')).toBe(true);
    expect(result.stderr).toContain('bersih: 2 articles read, 2 written');
  });

  it('reads the text from a dot path and writes it back there', async () => {
    const root = tree({ 'nested.jsonl': `{"content": {"body": ${JSON.stringify(WITH_BOILERPLATE)}, "lang": "id"}, "x": 1}\n` });
    const result = await run(root, ['nested.jsonl', '--text-field', 'content.body', '--out', 'out.jsonl', '-q']);
    expect(result.code, result.stderr).toBe(0);
    expect(jsonLines(read(root, 'out.jsonl'))[0]).toMatchObject({ content: { body: CLEAN_ARTICLE, lang: 'id' }, x: 1 });
  });

  it('reports each malformed line with its file and line number, skips it, and goes on', async () => {
    const lines = [RECORD_1, '{"text": "unterminated', '', '[1, 2]', '{"text": 42}', '{"body": "no text field"}', RECORD_2];
    const root = tree({ 'bad.jsonl': `${lines.join('\n')}\n` });
    const result = await run(root, ['bad.jsonl', '--out', 'out.jsonl', '--report', 'report.json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bersih: bad.jsonl:2: malformed JSON (');
    expect(result.stderr).toContain('bersih: bad.jsonl:4: is not a JSON object\n');
    expect(result.stderr).toContain('bersih: bad.jsonl:5: "text" is not a string\n');
    expect(result.stderr).toContain('bersih: bad.jsonl:6: has no "text" field\n');
    // The blank line 3 is not a record; the good records around the bad ones are written.
    expect(jsonLines<{ bersih: { id: string } }>(read(root, 'out.jsonl')).map((record) => record.bersih.id)).toEqual(['bad.jsonl:1', 'bad.jsonl:7']);
    expect(report(root).files.map((file) => [file.id, file.status, file.error?.code ?? null])).toEqual([
      ['bad.jsonl:1', 'cleaned', null],
      ['bad.jsonl:2', 'failed', 'json_syntax'],
      ['bad.jsonl:4', 'failed', 'not_object'],
      ['bad.jsonl:5', 'failed', 'text_not_string'],
      ['bad.jsonl:6', 'failed', 'no_text_field'],
      ['bad.jsonl:7', 'cleaned', null],
    ]);
  });

  it('a directory of JSONL and text files becomes a mirrored tree of JSONL files', async () => {
    const root = tree({ 'in/a.jsonl': JSONL, 'in/sub/b.jsonl.gz': gzipSync(JSONL), 'in/c.txt': ARTICLE, 'in/notes.md': '# no' });
    const result = await run(root, ['in', '--out', 'out', '-q']);
    expect(result.code, result.stderr).toBe(0);
    expect(listFiles(path.join(root, 'out'))).toEqual(['a.jsonl', 'c.jsonl', 'sub/b.jsonl.gz']);
    expect(jsonLines(readGz(root, 'out/sub/b.jsonl.gz')).map((record) => record['text'])).toEqual(jsonLines(read(root, 'out/a.jsonl')).map((record) => record['text']));
    expect(jsonLines(read(root, 'out/c.jsonl'))).toEqual([{ id: 'c.txt', text: CLEAN_ARTICLE, bersih: { id: 'c.txt', site: null, linesIn: 2, linesOut: 2, dropped: 0, cut: 0, merged: 0, flagged: 0 } }]);
  });

  it('--format txt cannot hold records: a usage error before anything is written', async () => {
    const root = tree({ 'data.jsonl': JSONL });
    const result = await run(root, ['data.jsonl', '--out', 'out', '--format', 'txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('text output (one file per article) cannot hold the records of data.jsonl');
    expect(existsSync(path.join(root, 'out'))).toBe(false);
  });

  it('an unknown --format is a usage error', async () => {
    const result = await run(tree(), ['x.txt', '--out', 'out', '--format', 'csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("argument 'csv' is invalid");
  });
});

describe('help', () => {
  it('lists every new flag, and bersih diff has its own help', async () => {
    const help = await run(tree(), ['--help']);
    for (const flag of ['--audit <file.jsonl>', '--input-format <format>', '--text-field <path>', '--format <format>', '--gzip', '--dry-run', '--max-drop-ratio <R>', '--config <file.json>', 'bersih diff']) {
      expect(help.stdout).toContain(flag);
    }
    const diff = await run(tree(), ['diff', '--help']);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toMatch(/^Usage: bersih diff \[options\] <inputs\.\.\.>/);
    expect(diff.stdout).not.toContain('--out');
  });
});

describe('gzip in and out', () => {
  it('.jsonl.gz in, .jsonl.gz out: the same records as plain JSONL', async () => {
    const root = tree({ 'plain.jsonl': JSONL, 'packed.jsonl.gz': gzipSync(JSONL) });
    const plain = await run(root, ['plain.jsonl', '--out', 'plain.out.jsonl', '-q']);
    const packed = await run(root, ['packed.jsonl.gz', '--out', 'packed.out.jsonl.gz', '-q']);
    expect([plain.code, packed.code]).toEqual([0, 0]);
    const bytes = readFileSync(path.join(root, 'packed.out.jsonl.gz'));
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    const strip = (text: string): unknown[] => jsonLines(text).map((record) => ({ ...record, bersih: { ...(record['bersih'] as object), id: '' } }));
    expect(strip(readGz(root, 'packed.out.jsonl.gz'))).toEqual(strip(read(root, 'plain.out.jsonl')));
  });

  it('--gzip compresses a JSONL output file whatever its name', async () => {
    const root = tree({ 'data.jsonl': JSONL });
    expect((await run(root, ['data.jsonl', '--out', 'out.jsonl', '--gzip', '-q'])).code).toBe(0);
    expect(jsonLines(readGz(root, 'out.jsonl'))).toHaveLength(2);
  });

  it('.txt.gz articles keep their name and compression; --gzip compresses every text output', async () => {
    const root = tree({ 'in/a.txt.gz': gzipSync(WITH_BOILERPLATE), 'in/b.txt': WITH_BOILERPLATE });
    expect((await run(root, ['in', '--out', 'out', '-q'])).code).toBe(0);
    expect(listFiles(path.join(root, 'out'))).toEqual(['a.txt.gz', 'b.txt']);
    expect(readGz(root, 'out/a.txt.gz')).toBe(read(root, 'out/b.txt'));
    expect((await run(root, ['in', '--out', 'zipped', '--gzip', '-q'])).code).toBe(0);
    expect(listFiles(path.join(root, 'zipped'))).toEqual(['a.txt.gz', 'b.txt.gz']);
    expect(readGz(root, 'zipped/b.txt.gz')).toBe(`${CLEAN_ARTICLE}\n`);
  });

  it('a corrupt or truncated .gz fails alone; in JSONL the records before the damage are kept', async () => {
    const big = Array.from({ length: 400 }, (_, index) => JSON.stringify({ n: index, text: `${ARTICLE}Nomor ${index}.` })).join('\n');
    const truncated = gzipSync(big).subarray(0, 2000);
    const root = tree({ 'in/bad.txt.gz': Buffer.from('not gzip at all'), 'in/cut.jsonl.gz': truncated, 'in/ok.txt': ARTICLE });
    const result = await run(root, ['in', '--out', 'out.jsonl', '--report', 'report.json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bersih: bad.txt.gz: is not a valid gzip file (corrupt or truncated)');
    expect(result.stderr).toContain('bersih: cut.jsonl.gz: is not a valid gzip file (corrupt or truncated); the records before the damage were kept');
    const ids = jsonLines<{ bersih: { id: string } }>(read(root, 'out.jsonl')).map((record) => record.bersih.id);
    expect(ids.at(-1)).toBe('ok.txt');
    expect(ids.length).toBeGreaterThan(1);
    expect(report(root).files.find((file) => file.id === 'cut.jsonl.gz')?.error?.code).toBe('gzip');
  });
});

describe('stdin and stdout', () => {
  it('- --input-format jsonl streams records from stdin to stdout', async () => {
    const result = await run(tree(), ['-', '--input-format', 'jsonl', '-q'], { stdin: JSONL });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const records = jsonLines<{ text: string; bersih: { id: string } }>(result.stdout);
    expect(records.map((record) => record.bersih.id)).toEqual(['-:1', '-:2']);
    expect(records[0]?.text).toBe(CLEAN_ARTICLE);
  });

  it('gzip on stdin is recognised; --gzip compresses stdout', async () => {
    const result = await run(tree(), ['-', '--input-format', 'jsonl', '--gzip', '-q'], { stdin: gzipSync(JSONL) });
    expect(result.code, result.stderr).toBe(0);
    expect(jsonLines(gunzipSync(result.stdoutBytes).toString('utf8'))).toHaveLength(2);
  });

  it('stdin text with --format jsonl gives one record; JSONL from stdin may go to --out FILE', async () => {
    const single = await run(tree(), ['-', '--format', 'jsonl', '-q'], { stdin: WITH_BOILERPLATE });
    expect(jsonLines(single.stdout)).toEqual([{ id: '-', text: CLEAN_ARTICLE, bersih: { id: '-', site: null, linesIn: 4, linesOut: 2, dropped: 2, cut: 0, merged: 0, flagged: 0 } }]);
    const root = tree();
    const toFile = await run(root, ['-', '--input-format', 'jsonl', '--out', 'records.jsonl', '-q'], { stdin: JSONL });
    expect(toFile.code).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(jsonLines(read(root, 'records.jsonl'))).toHaveLength(2);
  });

  it('malformed stdin lines are named -:<line>', async () => {
    const result = await run(tree(), ['-', '--input-format', 'jsonl', '-q'], { stdin: `${RECORD_1}\n{oops\n` });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^bersih: -:2: malformed JSON/);
    expect(jsonLines(result.stdout)).toHaveLength(1);
  });

  it('text output of JSONL stdin, or --out with plain stdin, are usage errors', async () => {
    const records = await run(tree(), ['-', '--input-format', 'jsonl', '--format', 'txt'], { stdin: JSONL });
    expect(records.code).toBe(2);
    expect(records.stderr).toContain('cannot hold JSONL records');
    const text = await run(tree(), ['-', '--out', 'x.txt'], { stdin: ARTICLE });
    expect(text.code).toBe(2);
    expect(text.stderr).toContain("--out cannot be used with '-'");
  });
});

/**
 * Every raw line of every article is accounted for: named in a `drop` record of the audit, or in the
 * output (its normalised text, less any end a `cut` record names).
 */
function expectAccounted(articles: ReadonlyMap<string, { raw: string; clean: string }>, audit: readonly AuditRecord[]): void {
  for (const [id, { raw, clean }] of articles) {
    const records = audit.filter((record) => record.article === id);
    const dropped = new Set(records.filter((record) => record.action === 'drop').flatMap((record) => record.from));
    const cuts = records.filter((record) => record.action === 'cut').map((record) => record.text);
    const lines = splitRawLines(raw);
    expect(lines.length, id).toBeGreaterThan(0);
    for (const line of lines) {
      const number = line.from[0] ?? 0;
      if (dropped.has(number)) continue;
      let kept = normalizeLineText(line.text);
      for (const cut of cuts) if (kept.endsWith(cut)) kept = kept.slice(0, -cut.length).trim();
      expect(clean, `${id} line ${number} is neither kept nor in the audit`).toContain(kept);
    }
  }
}

describe('--audit', () => {
  it('has one record per edit, in order, and accounts for every input line of every article', async () => {
    const root = tree({ 'in/a.txt': WITH_BOILERPLATE, 'in/b.txt': SECOND, 'in/c.jsonl': JSONL });
    const result = await run(root, ['in', '--out', 'out.jsonl', '--audit', 'audit.jsonl', '--report', 'report.json', '-q']);
    expect(result.code, result.stderr).toBe(0);
    const audit = jsonLines<AuditRecord>(read(root, 'audit.jsonl'));
    for (const record of audit) expect(Object.keys(record)).toEqual(['article', 'from', 'pass', 'rule', 'action', 'text', 'reason']);
    // The audit is the report's edits, in the same order.
    const fromReport = report(root).files.flatMap((file) => file.edits.map((edit) => ({ article: file.id, ...edit })));
    expect(audit).toEqual(fromReport);
    expect(new Set(audit.map((record) => record.action))).toEqual(new Set(['drop', 'cut', 'merge']));

    const out = new Map(jsonLines<{ text: string; bersih: { id: string } }>(read(root, 'out.jsonl')).map((record) => [record.bersih.id, record.text]));
    const articles = new Map([
      ['a.txt', { raw: WITH_BOILERPLATE, clean: out.get('a.txt') ?? '' }],
      ['b.txt', { raw: SECOND, clean: out.get('b.txt') ?? '' }],
      ['c.jsonl:1', { raw: WITH_BOILERPLATE, clean: out.get('c.jsonl:1') ?? '' }],
      ['c.jsonl:2', { raw: SECOND, clean: out.get('c.jsonl:2') ?? '' }],
    ]);
    expectAccounted(articles, audit);
  });

  it('is gzip-compressed when its name ends in .gz, and covers an article with no text left', async () => {
    const root = tree({ 'in/ads.txt': 'Baca juga: X\nADVERTISEMENT\n', 'in/a.txt': ARTICLE });
    const result = await run(root, ['in', '--out', 'out', '--audit', 'audit.jsonl.gz', '-q']);
    expect(result.code).toBe(1);
    const audit = jsonLines<AuditRecord>(readGz(root, 'audit.jsonl.gz'));
    expect(audit.filter((record) => record.article === 'ads.txt').map((record) => record.from)).toEqual([[1], [2]]);
    expect(listFiles(root).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('on an input is refused before anything is written', async () => {
    const root = tree({ 'in/a.txt': ARTICLE });
    const result = await run(root, ['in', '--out', 'out', '--audit', 'in/a.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('would overwrite the input in/a.txt');
    expect(read(root, 'in/a.txt')).toBe(ARTICLE);
    expect(listFiles(root)).toEqual(['in/a.txt']);
  });
});

describe('bersih diff', () => {
  const files = { 'in/a.txt': SECOND, 'in/b.txt': WITH_BOILERPLATE };

  it('previews each article in plain text when piped, and writes nothing', async () => {
    const root = tree(files);
    const result = await run(root, ['diff', 'in']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(ANSI_RE);
    expect(result.stdout).toBe(
      [
        '── a.txt · site unknown · 4 lines → 2: 1 dropped, 1 cut, 1 merged, 0 flagged',
        '  1  Harga cabai di pasar induk naik tajam menjelang akhir pekan ini.',
        '  2',
        '  3  Pedagang mengaku pasokan dari daerah sentra',
        '~ 4  berkurang karena hujan deras. [-Baca juga: Harga bawang ikut naik-]  [merge/lowercase-continuation, common/baca-juga-inline]',
        '',
        '── b.txt · site unknown · 4 lines → 2: 2 dropped, 0 cut, 0 merged, 0 flagged',
        '  1  Gubernur meninjau lokasi banjir di tiga kecamatan pada Selasa siang.',
        '  2  Ia meminta dinas terkait segera menyalurkan bantuan kepada warga terdampak.',
        '- 3  Baca juga: Banjir rendam ratusan rumah warga  [common/baca-juga]',
        '- 4  ADVERTISEMENT  [common/ads-and-scroll]',
        '',
        'diff: 2 articles; lines: 3 dropped, 1 cut, 1 merged, 0 flagged; nothing written',
        '',
      ].join('\n'),
    );
    expect(listFiles(root)).toEqual(['in/a.txt', 'in/b.txt']);
  });

  it('colours removed lines (struck, red) on a terminal or with FORCE_COLOR; NO_COLOR and --no-color win', async () => {
    const root = tree(files);
    const terminal = await run(root, ['diff', 'in/b.txt'], { stdoutTty: true });
    expect(terminal.stdout).toContain('\u001b[31m\u001b[9mBaca juga: Banjir rendam ratusan rumah warga');
    const forced = await run(root, ['diff', 'in/b.txt'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(ANSI_RE);
    const noColor = await run(root, ['diff', 'in/b.txt'], { stdoutTty: true, env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(ANSI_RE);
    const flag = await run(root, ['diff', 'in/b.txt', '--no-color'], { stdoutTty: true });
    expect(flag.stdout).not.toMatch(ANSI_RE);
    expect(flag.stdout).toBe(noColor.stdout);
  });

  it('reads JSONL (with --text-field) and stdin, and honours the cleaning options', async () => {
    const root = tree({ 'd.jsonl': `{"body": ${JSON.stringify(WITH_BOILERPLATE)}}\n` });
    const jsonl = await run(root, ['diff', 'd.jsonl', '--text-field', 'body', '--disable-rule', 'common/baca-juga']);
    expect(jsonl.code, jsonl.stderr).toBe(0);
    expect(jsonl.stdout).toContain('── d.jsonl:1 · ');
    expect(jsonl.stdout).toContain('  3  Baca juga: Banjir rendam ratusan rumah warga\n');
    const stdin = await run(root, ['diff', '-'], { stdin: WITH_BOILERPLATE });
    expect(stdin.stdout).toContain('- 4  ADVERTISEMENT  [common/ads-and-scroll]');
  });

  it('a missing input exits 1 naming it; nothing found at all exits 2', async () => {
    const root = tree(files);
    const some = await run(root, ['diff', 'in/a.txt', 'gone.txt']);
    expect(some.code).toBe(1);
    expect(some.stderr).toContain('bersih: gone.txt: no such file or directory');
    expect((await run(root, ['diff', 'nothing.txt'])).code).toBe(2);
  });
});

describe('bersih.config.json', () => {
  it('holds options; flags typed on the command line win over it', async () => {
    const config = JSON.stringify({ out: 'from-config', disableRule: ['common/baca-juga'], quiet: true });
    const root = tree({ 'in/a.txt': WITH_BOILERPLATE, 'bersih.config.json': config });
    const fromFile = await run(root, ['in']);
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(fromFile.stderr).toBe('');
    expect(read(root, 'from-config/a.txt')).toContain('Baca juga');
    const overridden = await run(root, ['in', '--out', 'flag-out', '-d', 'common/ads-and-scroll']);
    expect(overridden.code).toBe(0);
    // The flag's list replaces the file's: baca-juga is on again, the ad rule off.
    expect(read(root, 'flag-out/a.txt')).not.toContain('Baca juga');
    expect(read(root, 'flag-out/a.txt')).toContain('ADVERTISEMENT');
  });

  it("a config's out does not stop plain stdin from going to stdout", async () => {
    const root = tree({ 'bersih.config.json': JSON.stringify({ out: 'clean', quiet: true }) });
    const result = await run(root, ['-'], { stdin: ARTICLE });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(ARTICLE);
  });

  it('--config names another file; numbers are JSON numbers; the values reach the report', async () => {
    const root = tree({ 'in/a.txt': ARTICLE, 'ci.json': JSON.stringify({ jobs: 1, maxDropRatio: 0.5, dedup: false, report: 'r.json' }) });
    const result = await run(root, ['in', '--out', 'out', '--config', 'ci.json', '-q']);
    expect(result.code, result.stderr).toBe(0);
    const written = report(root, 'r.json');
    expect(written.options['dedup']).toBe(false);
    expect(written.maxDropRatio).toEqual({ limit: 0.5, articles: 0 });
  });

  const errors: readonly [string, string, string][] = [
    ['an unknown key', '{"outDir": "x"}', 'bersih.config.json: unknown key "outDir"'],
    ['a flag spelled as typed', '{"disable-rule": []}', 'unknown key "disable-rule" (did you mean "disableRule"?)'],
    ['a negated flag', '{"noDedup": true}', 'unknown key "noDedup" (did you mean "dedup": false?)'],
    ['a wrong type', '{"jobs": "2"}', 'bersih.config.json: "jobs" must be a number, got "2"'],
    ['a wrong list element', '{"disableRule": ["a", 3]}', '"disableRule[1]" must be a string, got 3'],
    ['a boolean given as text', '{"dedup": "no"}', '"dedup" must be true or false, got "no"'],
    ['an unknown choice', '{"format": "csv"}', '"format" must be one of "txt", "jsonl", got "csv"'],
    ['malformed JSON', '{"jobs": 2,}', 'bersih.config.json: not valid JSON ('],
    ['not an object', '[1]', 'bersih.config.json: must hold one JSON object of options'],
  ];
  for (const [name, content, message] of errors) {
    it(`${name} is a clear error naming the key (exit 2)`, async () => {
      const root = tree({ 'in/a.txt': ARTICLE, 'bersih.config.json': content });
      const result = await run(root, ['in', '--out', 'out']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
      expect(existsSync(path.join(root, 'out'))).toBe(false);
    });
  }

  it('a missing --config file is an error; a bad config fails bersih diff too', async () => {
    const root = tree({ 'in/a.txt': ARTICLE });
    const missing = await run(root, ['in', '--out', 'out', '--config', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('bersih: nope.json: cannot read (ENOENT)');
    writeFileSync(path.join(root, 'bersih.config.json'), '{"bogus": 1}');
    expect((await run(root, ['diff', 'in'])).code).toBe(2);
  });
});

describe('--dry-run', () => {
  it('writes no output, but the same report (and audit) as a real run', async () => {
    const root = tree({ 'in/a.txt': WITH_BOILERPLATE, 'in/b.jsonl': JSONL });
    const dry = await run(root, ['in', '--out', 'out.jsonl', '--dry-run', '--report', 'dry.json', '--audit', 'dry.audit.jsonl']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toContain('3 articles read, 3 cleaned (dry run: nothing written)');
    expect(existsSync(path.join(root, 'out.jsonl'))).toBe(false);
    const real = await run(root, ['in', '--out', 'out.jsonl', '--report', 'real.json', '--audit', 'real.audit.jsonl', '-q']);
    expect(real.code).toBe(0);
    expect(read(root, 'dry.json')).toBe(read(root, 'real.json'));
    expect(read(root, 'dry.audit.jsonl')).toBe(read(root, 'real.audit.jsonl'));
  });

  it('needs no --out, and prints nothing on stdout for stdin', async () => {
    const root = tree({ 'in/a.txt': ARTICLE });
    const files = await run(root, ['in', '--dry-run', '-q']);
    expect(files.code).toBe(0);
    expect(listFiles(root)).toEqual(['in/a.txt']);
    const stdin = await run(root, ['-', '--dry-run', '-q'], { stdin: ARTICLE });
    expect(stdin.code).toBe(0);
    expect(stdin.stdout).toBe('');
  });
});

describe('--max-drop-ratio', () => {
  // Loses the boilerplate (about a third of its characters) and is still written.
  const HEAVY = `${ARTICLE}${'Baca juga: Banjir rendam ratusan rumah warga di pinggir kali\n'.repeat(2)}ADVERTISEMENT\n`;

  it('flags an article that loses more, still writes it, and exits 1', async () => {
    const root = tree({ 'in/heavy.txt': HEAVY, 'in/light.txt': ARTICLE });
    const result = await run(root, ['in', '--out', 'out', '--max-drop-ratio', '0.2', '--report', 'report.json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^bersih: heavy\.txt: lost \d+\.\d% of its characters, more than --max-drop-ratio 0\.2 \(written anyway\)$/m);
    expect(result.stderr).toContain('1 article lost more than 0.2 of its characters (--max-drop-ratio)');
    expect(listFiles(path.join(root, 'out'))).toEqual(['heavy.txt', 'light.txt']);
    const written = report(root);
    expect(written.maxDropRatio).toEqual({ limit: 0.2, articles: 1 });
    const heavy = written.files.find((file) => file.id === 'heavy.txt');
    expect(heavy?.dropRatio).toBeGreaterThan(0.2);
    expect(Object.keys(heavy ?? {})).toEqual(['id', 'status', 'site', 'linesIn', 'linesOut', 'dropRatio', 'edits']);
    expect(written.files.find((file) => file.id === 'light.txt')?.dropRatio).toBeUndefined();
  });

  it('is marked in the JSONL record, and a loose limit passes', async () => {
    const root = tree({ 'd.jsonl': `${JSON.stringify({ text: HEAVY })}\n` });
    const strict = await run(root, ['d.jsonl', '--out', 'out.jsonl', '--max-drop-ratio', '0.2', '-q']);
    expect(strict.code).toBe(1);
    expect(jsonLines<{ bersih: { dropRatio?: number } }>(read(root, 'out.jsonl'))[0]?.bersih.dropRatio).toBeGreaterThan(0.2);
    const loose = await run(root, ['d.jsonl', '--out', 'out.jsonl', '--max-drop-ratio', '0.9', '-q']);
    expect(loose.code).toBe(0);
    expect(jsonLines<{ bersih: object }>(read(root, 'out.jsonl'))[0]?.bersih).not.toHaveProperty('dropRatio');
  });

  it('a value outside 0..1 is a usage error', async () => {
    for (const value of ['1.5', '-1', 'half']) {
      const result = await run(tree(), ['x.txt', '--out', 'out', '--max-drop-ratio', value]);
      expect(result.code, value).toBe(2);
      expect(result.stderr).toContain('--max-drop-ratio must be a number from 0 to 1');
    }
  });
});

describe('progress', () => {
  const files = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`in/${String(index).padStart(2, '0')}.txt`, ARTICLE]));
  /** A clock that moves a quarter second at every look. */
  const ticking = (): (() => number) => {
    let now = 0;
    return () => (now += 250);
  };

  it('draws a line on a terminal (files, MB, rate, time left) and clears it before the summary', async () => {
    const root = tree(files);
    const result = await run(root, ['in', '--out', 'out'], { tty: true, now: ticking(), env: { NO_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('\rbersih: learning boilerplate · ');
    expect(result.stderr).toMatch(/\rbersih: \d+ articles · \d+ of 30 files · 0\.0 of 0\.0 MB · [\d.]+ MB\/s/);
    expect(result.stderr).toContain('\r\u001b[K');
    expect(result.stderr).toMatch(/\r\u001b\[Kbersih: 30 files read, 30 written/);
  });

  it('prints nothing but the summary when stderr is not a terminal, or on CI; nothing at all with --quiet', async () => {
    const root = tree(files);
    const piped = await run(root, ['in', '--out', 'a'], { now: ticking() });
    expect(piped.stderr).toMatch(/^bersih: 30 files read/);
    const ci = await run(root, ['in', '--out', 'b'], { tty: true, now: ticking(), env: { CI: 'true', NO_COLOR: '1' } });
    expect(ci.stderr).toMatch(/^bersih: 30 files read/);
    const quiet = await run(root, ['in', '--out', 'c', '-q'], { tty: true, now: ticking() });
    expect(quiet.stderr).toBe('');
  });
});

describe('determinism', () => {
  it('JSONL outputs, report and audit are byte-identical for --jobs 1 and --jobs 2', async () => {
    // More than two batches of records, so the workers really share them.
    const lines = Array.from({ length: 300 }, (_, index) => JSON.stringify({ n: index, text: index % 3 === 0 ? WITH_BOILERPLATE : `${SECOND}Nomor ${index}.` }));
    const root = tree({ 'in/big.jsonl.gz': gzipSync(`${lines.join('\n')}\n`), 'in/a.txt': WITH_BOILERPLATE });
    for (const jobs of ['1', '2']) {
      const result = await run(root, ['in', '--out', `out${jobs}.jsonl.gz`, '--jobs', jobs, '--report', `r${jobs}.json`, '--audit', `a${jobs}.jsonl.gz`, '-q']);
      expect(result.code, result.stderr).toBe(0);
    }
    for (const [one, two] of [['out1.jsonl.gz', 'out2.jsonl.gz'], ['r1.json', 'r2.json'], ['a1.jsonl.gz', 'a2.jsonl.gz']] as const) {
      expect(readFileSync(path.join(root, two)).equals(readFileSync(path.join(root, one))), one).toBe(true);
    }
    expect(jsonLines(readGz(root, 'out1.jsonl.gz'))).toHaveLength(301);
  }, 60_000);
});
