/** The CLI's rule features: `bersih rules`, --rules FILE, --strip-datelines, and the learned-boilerplate pre-pass. */

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../src/report/build-report.js';
import { run } from './helpers/run-cli.js';
import { writeFiles } from './helpers/file-tree.js';

const GOLD = path.resolve(import.meta.dirname, '../fixtures/holdout/gold');
/** Real paragraphs to build distinct stories from. */
const STORIES = readdirSync(GOLD).sort().map((file) => readFileSync(path.join(GOLD, file), 'utf8'));
const FOOTER = 'Dukung jurnalisme berkualitas dengan berlangganan Harian Kita hari ini';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Readonly<Record<string, string>>): string {
  root = mkdtempSync(path.join(tmpdir(), 'bersih-cli-rules-'));
  writeFiles(root, files);
  return root;
}

const readReport = (cwd: string): Report => JSON.parse(readFileSync(path.join(cwd, 'report.json'), 'utf8')) as Report;

describe('bersih rules', () => {
  it('lists the rules with the pack version, for one site', async () => {
    const { code, stdout } = await run(tree({}), ['rules', '--site', 'kompas']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^rule pack \d{4}\.\d+\.\d+\nID +KIND +SITE +DESCRIPTION\n/);
    expect(stdout).toContain('kompas/whatsapp-channel');
    expect(stdout).toContain('common/baca-juga');
    expect(stdout).not.toContain('tribun/');
  });

  it('refuses an unknown site', async () => {
    const { code, stderr } = await run(tree({}), ['rules', '--site', 'nope']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown site "nope"');
  });
});

describe('--rules FILE', () => {
  const rule = {
    id: 'harian-kita/footer',
    kind: 'line',
    description: 'The subscription footer of Harian Kita.',
    pattern: '^Dukung jurnalisme berkualitas\\b',
    keywords: ['dukung'],
    examples: { strip: [FOOTER], keep: ['Warga mendukung jurnalisme berkualitas di daerahnya.'] },
  };

  it('adds the user rules, which then drop lines and are named in the report', async () => {
    const cwd = tree({ 'in/a.txt': `${STORIES[0] ?? ''}${FOOTER}\n`, 'rules.json': JSON.stringify([rule]) });
    const { code } = await run(cwd, ['in', '--out', 'out', '--rules', 'rules.json', '--report', 'report.json', '--no-learn']);
    expect(code).toBe(0);
    expect(readFileSync(path.join(cwd, 'out/a.txt'), 'utf8')).toBe(STORIES[0]);
    expect(readReport(cwd).rules['harian-kita/footer']).toBe(1);
    expect(readReport(cwd).options['extraRules']).toEqual(['harian-kita/footer']);
  });

  it('refuses a rule that fails its own example, naming the file and the rule', async () => {
    const bad = { ...rule, examples: { strip: ['Sesuatu yang lain'], keep: ['x'] } };
    const cwd = tree({ 'in/a.txt': STORIES[0] ?? '', 'rules.json': JSON.stringify([bad]) });
    const { code, stderr } = await run(cwd, ['in', '--out', 'out', '--rules', 'rules.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/rules\.json.*harian-kita\/footer/);
  });

  it('names a rules file that cannot be read', async () => {
    const { code, stderr } = await run(tree({ 'in/a.txt': STORIES[0] ?? '' }), ['in', '--out', 'out', '--rules', 'nope.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('nope.json: cannot read (ENOENT)');
  });
});

describe('--strip-datelines', () => {
  it('keeps the dateline by default and cuts it on request', async () => {
    const text = 'JAKARTA, KOMPAS.com - Harga beras naik lagi di pasar tradisional pekan ini.\n';
    const cwd = tree({ 'in/a.txt': text });
    await run(cwd, ['in', '--out', 'kept', '--no-learn']);
    await run(cwd, ['in', '--out', 'cut', '--no-learn', '--strip-datelines']);
    expect(readFileSync(path.join(cwd, 'kept/a.txt'), 'utf8')).toBe(text);
    expect(readFileSync(path.join(cwd, 'cut/a.txt'), 'utf8')).toBe('Harga beras naik lagi di pasar tradisional pekan ini.\n');
  });
});

describe('learned boilerplate', () => {
  /** 40 different stories, each with the unknown footer appended. */
  function corpusWithFooter(): Record<string, string> {
    const files: Record<string, string> = {};
    for (let index = 0; index < 40; index++) {
      const story = STORIES[index % STORIES.length] ?? '';
      // Rotating the paragraphs keeps two articles of the same gold file different stories in order.
      const paragraphs = story.trimEnd().split('\n');
      const turned = [...paragraphs.slice(index % paragraphs.length), ...paragraphs.slice(0, index % paragraphs.length)];
      files[`in/${String(index).padStart(2, '0')}.txt`] = `${turned.join('\n')}\n${FOOTER}\n`;
    }
    return files;
  }

  it('learns a footer that recurs across many different stories, drops it, and lists it in the report', async () => {
    const cwd = tree(corpusWithFooter());
    const { code } = await run(cwd, ['in', '--out', 'out', '--report', 'report.json', '--jobs', '1']);
    expect(code).toBe(0);
    const report = readReport(cwd);
    expect(report.learned?.lines.map((line) => [line.text, line.docs])).toEqual([[FOOTER, 40]]);
    const learnedId = report.learned?.lines[0]?.id ?? '';
    expect(learnedId).toMatch(/^learned\/[0-9a-f]{8}$/);
    expect(report.rules[learnedId]).toBe(40);
    for (const file of readdirSync(path.join(cwd, 'out'))) expect(readFileSync(path.join(cwd, 'out', file), 'utf8')).not.toContain(FOOTER);
  });

  it('learns nothing with --no-learn, or below --learn-min-docs', async () => {
    const cwd = tree(corpusWithFooter());
    await run(cwd, ['in', '--out', 'off', '--no-learn', '--report', 'report.json']);
    expect(readReport(cwd).learned).toBeUndefined();
    expect(readFileSync(path.join(cwd, 'off/00.txt'), 'utf8')).toContain(FOOTER);
    await run(cwd, ['in', '--out', 'high', '--learn-min-docs', '41', '--report', 'report.json']);
    expect(readReport(cwd).learned?.lines).toEqual([]);
  });

  it('refuses a --learn-min-docs below 3', async () => {
    const { code, stderr } = await run(tree({ 'in/a.txt': 'x' }), ['in', '--out', 'out', '--learn-min-docs', '1']);
    expect(code).toBe(2);
    expect(stderr).toContain('--learn-min-docs');
  });
});
