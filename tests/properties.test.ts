/**
 * Properties of the cleaner on generated articles (fast-check, seeded; see
 * tests/helpers/fast-check-settings.ts for `FAST_CHECK_RUNS` / `FAST_CHECK_SEED`).
 *
 * An article is built from real paragraphs (the dev and holdout gold), the rule pack's own
 * boilerplate examples, paragraphs broken across lines (at a space, or inside a word with a hyphen),
 * repeats of earlier pieces, blank and whitespace-only lines, odd Unicode (emoji, combining marks,
 * RTL, U+FFFD, lone surrogates, invisible characters), joined with LF, CRLF, CR or a mix, with or
 * without a BOM and a final line break. On every one:
 *
 * - accounted for: each raw line is in exactly one output line's `from` or in exactly one `drop` edit;
 * - nothing invented: each output line is built from prefixes of its raw lines (normalised: NFC,
 *   Unicode spaces as one space, invisible characters gone, trimmed), in order, joined by nothing or
 *   one space; a cut keeps a prefix, a hyphen-break merge drops the last character of one;
 * - order kept: the raw line numbers of the output, read top to bottom, only go up;
 * - idempotent: cleaning the output again gives the same text;
 * - deterministic: the same result from two cleaners, and byte-identical outputs and report from
 *   the CLI with --jobs 1 and --jobs 3, whatever the order of the inputs on the command line.
 */

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { createCleaner, type CleanResult } from '../src/clean.js';
import { defaultPipeline } from '../src/default-pipeline.js';
import { resolveOptions } from '../src/options.js';
import { runPipeline } from '../src/pipeline.js';
import { detectSite } from '../src/rules/detect-site.js';
import { allRules } from '../src/rules/index.js';
import { splitRawLines } from '../src/text/lines.js';
import { fileProperty, memoryProperty } from './helpers/fast-check-settings.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const GOLD_DIRS = ['fixtures/dev/gold', 'fixtures/holdout/gold'];
const RAW_DIRS = ['fixtures/dev/raw', 'fixtures/holdout/raw'];

function linesOf(dir: string): string[] {
  const absolute = path.join(ROOT, dir);
  return readdirSync(absolute)
    .sort()
    .flatMap((file) => readFileSync(path.join(absolute, file), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '');
}

const PARAGRAPHS = [...new Set(GOLD_DIRS.flatMap(linesOf))];
/** Real boilerplate: every line the rule pack's examples say it strips (or cuts). */
const BOILERPLATE = [
  ...new Set(allRules.flatMap((rule) => [...rule.examples.strip, ...(rule.examples.cut ?? []).map(([line]) => line)])),
  'ADVERTISEMENT',
  'SCROLL TO CONTINUE WITH CONTENT',
  'Baca juga:',
  '(kpl/khs)',
];
const BLANKISH = ['', ' ', '   ', '\t', '\u00A0', '\u200B', ' \u3000 ', '\uFEFF'];
/** Characters scrapers and hostile files carry: emoji (with ZWJ), combining marks, RTL text and marks, U+FFFD, lone surrogates, NBSP, soft hyphen. */
const ODD = ['😀', '👨‍👩‍👧', 'e\u0301', '\u0301', 'مرحبا', '\u202E', '\u200F', '\uFFFD', '\uD800', '\uDC00', '\u00A0', '\u00AD', '\u2028', 'ﬁ', 'Å', 'ｔｅｓｔ'];

/** A paragraph with odd characters put in at a few places. */
const oddParagraph = fc
  .tuple(fc.constantFrom(...PARAGRAPHS), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ODD)), { minLength: 1, maxLength: 4 }))
  .map(([text, inserts]) => inserts.reduce((acc, [at, odd]) => acc.slice(0, at % (acc.length + 1)) + odd + acc.slice(at % (acc.length + 1)), text));

/** A paragraph broken across two or three lines at spaces, as scrapers do. */
const brokenParagraph = fc
  .tuple(fc.constantFrom(...PARAGRAPHS), fc.array(fc.nat(), { minLength: 1, maxLength: 2 }))
  .map(([text, cuts]) => {
    const spaces = [...text.matchAll(/ /g)].map((match) => match.index);
    if (spaces.length === 0) return [text];
    const at = [...new Set(cuts.map((cut) => spaces[cut % spaces.length] as number))].sort((a, b) => a - b);
    const pieces: string[] = [];
    let start = 0;
    for (const cut of at) {
      pieces.push(text.slice(start, cut));
      start = cut + 1;
    }
    pieces.push(text.slice(start));
    return pieces;
  });

/** A paragraph broken inside a word, with a hyphen at the end of the first line ("menum-" / "buhkan ..."). */
const hyphenBroken = fc.tuple(fc.constantFrom(...PARAGRAPHS), fc.nat()).map(([text, cut]) => {
  const words = [...text.matchAll(/\p{Ll}{6,}/gu)];
  const word = words[cut % Math.max(1, words.length)];
  if (word === undefined) return [text];
  const at = word.index + 3;
  return [`${text.slice(0, at)}-`, text.slice(at)];
});

type Piece = { lines: string[] } | { repeat: number };

const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PARAGRAPHS).map((text) => ({ lines: [text] })) },
  { weight: 3, arbitrary: fc.constantFrom(...BOILERPLATE).map((text) => ({ lines: [text] })) },
  { weight: 3, arbitrary: brokenParagraph.map((lines) => ({ lines })) },
  { weight: 1, arbitrary: hyphenBroken.map((lines) => ({ lines })) },
  { weight: 2, arbitrary: fc.constantFrom(...BLANKISH).map((text) => ({ lines: [text] })) },
  { weight: 1, arbitrary: oddParagraph.map((text) => ({ lines: [text] })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((text) => ({ lines: [text] })) },
  { weight: 1, arbitrary: fc.constantFrom('.', '-', '—', '*', ',', '"', ')', '•', '***').map((text) => ({ lines: [text] })) },
  { weight: 2, arbitrary: fc.nat().map((repeat) => ({ repeat })) },
);

const article = fc
  .record({
    pieces: fc.array(piece, { minLength: 0, maxLength: 24 }),
    breaks: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 4 }),
    bom: fc.boolean(),
    finalBreak: fc.boolean(),
  })
  .map(({ pieces, breaks, bom, finalBreak }) => {
    const built: string[][] = [];
    for (const next of pieces) {
      if ('lines' in next) built.push(next.lines);
      else if (built.length > 0) built.push(built[next.repeat % built.length] as string[]);
    }
    const lines = built.flat();
    let text = '';
    lines.forEach((line, index) => {
      text += line;
      if (index < lines.length - 1 || finalBreak) text += breaks[index % breaks.length] as string;
    });
    return (bom ? '\uFEFF' : '') + text;
  });

const cleaner = createCleaner();

// ---------------------------------------------------------------------------------------------
// The checks, shared by the properties and the named regression cases below.

/** Raw line number → text, as the cleaner numbers them. */
function rawLines(text: string): Map<number, string> {
  return new Map(splitRawLines(text).map((line) => [line.from[0] as number, line.text]));
}

function expectAccountedFor(raw: string, result: CleanResult): void {
  const kept = result.lines.flatMap((line) => line.from);
  const dropped = result.edits.filter((edit) => edit.action === 'drop').flatMap((edit) => edit.from);
  const all = [...kept, ...dropped].sort((a, b) => a - b);
  expect(all).toEqual([...rawLines(raw).keys()]);
  for (const edit of result.edits) {
    expect(edit.rule).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
    expect(edit.reason).not.toBe('');
  }
}

function expectOrderKept(result: CleanResult): void {
  const order = result.lines.flatMap((line) => line.from);
  for (let index = 1; index < order.length; index++) expect(order[index]).toBeGreaterThan(order[index - 1] as number);
}

/**
 * What may become of a raw line on its way to the output, per the README: NFC, every Unicode space
 * as one plain space, the invisible characters (zero-width, word joiner, BOM, soft hyphen) gone,
 * trimmed. Written here independently of the normalize pass, as the reference it must meet.
 */
function allowed(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

/**
 * Whether `output` is p1 g1 p2 g2 ... pk, each p a prefix (possibly empty) of the allowed form of
 * the k raw lines in order and each g nothing or one space. Dynamic programming over the positions
 * of `output` reachable after each piece.
 */
function builtFromPrefixes(output: string, sources: readonly string[]): boolean {
  let reachable = new Set([0]);
  sources.forEach((source, index) => {
    const next = new Set<number>();
    for (const start of reachable) {
      let common = 0;
      while (common < source.length && start + common < output.length && output[start + common] === source[common]) common++;
      for (let length = 0; length <= common; length++) {
        const end = start + length;
        next.add(end);
        if (index < sources.length - 1 && output[end] === ' ') next.add(end + 1);
      }
    }
    reachable = next;
  });
  return reachable.has(output.length);
}

function expectNothingInvented(raw: string, result: CleanResult): void {
  const lines = rawLines(raw);
  for (const line of result.lines) {
    const sources = line.from.map((from) => allowed(lines.get(from) ?? ''));
    if (!builtFromPrefixes(line.text, sources)) {
      expect.fail(`output line ${JSON.stringify(line.text)} is not built from its raw lines ${JSON.stringify(sources)}`);
    }
  }
  // The text is the lines, one per line, each ended by a newline, and nothing else.
  expect(result.text).toBe(result.lines.map((line) => `${line.text}\n`).join(''));
}

function expectIdempotent(result: CleanResult): void {
  expect(cleaner.clean(result.text).text).toBe(result.text);
}

function checkAll(raw: string): void {
  const result = cleaner.clean(raw);
  expectAccountedFor(raw, result);
  expectNothingInvented(raw, result);
  expectOrderKept(result);
  expectIdempotent(result);
}

// ---------------------------------------------------------------------------------------------

describe('properties of the cleaner on generated articles', () => {
  it('has material to build from', () => {
    expect(PARAGRAPHS.length).toBeGreaterThan(200);
    expect(BOILERPLATE.length).toBeGreaterThan(40);
  });

  test.prop([article], memoryProperty)('every raw line is accounted for: kept (maybe joined) or dropped by a named edit', (raw) => {
    expectAccountedFor(raw, cleaner.clean(raw));
  });

  // The cleaner skips a second round of the pipeline when the first says it is final; this checks
  // that claim by running the round anyway, so the shortcut can never cost idempotence.
  test.prop([article], memoryProperty)('a round the pipeline calls final changes nothing when run again', (raw) => {
    const options = resolveOptions({});
    const lines = splitRawLines(raw);
    const first = runPipeline({ id: 'a', site: detectSite(lines), lines }, defaultPipeline, options);
    if (!first.final) return;
    const again = runPipeline(first.article, defaultPipeline, options);
    expect(again.edits.filter((edit) => edit.action !== 'flag' && edit.pass !== 'normalize')).toEqual([]);
    expect(again.article.lines.map((line) => line.text)).toEqual(first.article.lines.map((line) => line.text));
  });

  test.prop([article], memoryProperty)('nothing is invented: output lines are prefixes of raw lines joined by nothing or one space', (raw) => {
    expectNothingInvented(raw, cleaner.clean(raw));
  });

  test.prop([article], memoryProperty)('order is kept', (raw) => {
    expectOrderKept(cleaner.clean(raw));
  });

  test.prop([article], memoryProperty)('cleaning the output again changes nothing', (raw) => {
    expectIdempotent(cleaner.clean(raw));
  });

  test.prop([article], memoryProperty)('the same input gives the same result, from this cleaner or a new one', (raw) => {
    const first = cleaner.clean(raw, 'a.txt');
    expect(cleaner.clean(raw, 'a.txt')).toEqual(first);
    expect(createCleaner().clean(raw, 'a.txt')).toEqual(first);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 300 })], memoryProperty)('any string at all (lone surrogates included) is cleaned without a throw, accounted for, nothing invented', (raw) => {
    checkAll(raw);
  });

  it('the reference check rejects what it must', () => {
    expect(builtFromPrefixes('ab cd', ['abx', 'cd'])).toBe(true);
    expect(builtFromPrefixes('abcd', ['ab-', 'cd'])).toBe(true);
    expect(builtFromPrefixes('ab  cd', ['ab', 'cd'])).toBe(false);
    expect(builtFromPrefixes('cd ab', ['ab', 'cd'])).toBe(false);
    expect(builtFromPrefixes('abX', ['ab'])).toBe(false);
    expect(builtFromPrefixes('b', ['ab'])).toBe(false);
  });
});

/**
 * Counterexamples the properties found, shrunk: each failed "cleaning the output again changes
 * nothing" before the fix named with it (src/passes/merge-fragments.ts rounds, src/clean.ts
 * fixpoint).
 */
describe('regressions found by the properties', () => {
  const cases: readonly (readonly [name: string, raw: string])[] = [
    [
      // A fragment joined to the line below it ("Astra" + "International (ASII): Rp") now reads as
      // a short fragment going on from the line above; a second run used to join them.
      'merge: a join changes what the decision for the line above sees',
      'Ini Syaratnya\nAstra\nInternational (ASII): Rp\n54,9 miliar\n',
    ],
    [
      // Dedup drops the teaser between "BOGOR," and "Pemkab"; a second run used to join them.
      'dedup: a dropped repeat makes two fragments neighbours',
      'BOGOR,\nKOMPAS.com – Kriminolog Universitas Indonesia, Adrianus Meliala, menyebutkan kemunculan kelompok remaja.\nPemkab\nBOGOR, KOMPAS.com – Kriminolog Universitas Indonesia, Adrianus Meliala,\nmenyebutkan kemunculan kelompok remaja.\n',
    ],
    [
      // The dropped caption named ANTARA, so the site read from the raw head was antara; the
      // output's head names Tribun, whose "caption before the dateline" rule a second run applied.
      'site: a dropped line named another outlet than the output does',
      'Kepala\nSuku Dinas Penanggulangan Kebakaran dan Penyelamatan Jakarta Barat, Hendra Kusuma, mengatakan api diduga berasal dari korsleting listrik di salah satu rumah kontrakan.\nPetugas memeriksa kendaraan di Gerbang Tol Cikampek Utama, Jawa Barat, Selasa (8/4/2025). ANTARA FOTO/Aprillio Akbar/YU\nÅTRIBUNJATENG.COM, SEMARANG - Banjir rob kembali menggenangi Jalan Raya Kaligawe, Kota Semarang, Rabu (11/6/2025) pagi, sehingga arus lalu lintas dari arah Demak menuju pusat kota tersendat hingga tiga kilometer.',
    ],
  ];
  it.each(cases)('%s', (_name, raw) => {
    checkAll(raw);
  });

  it('the lookahead case joins all three pieces in one run', () => {
    expect(cleaner.clean('Ini Syaratnya\nAstra\nInternational (ASII): Rp\n54,9 miliar\n').text).toBe('Ini Syaratnya Astra International (ASII): Rp\n54,9 miliar\n');
  });
});

describe('idempotence and the properties on every real article (dev, holdout, pipeline fixtures)', () => {
  const files = [...RAW_DIRS, 'fixtures/pipeline'].flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((file) => file.endsWith('.txt') && !file.endsWith('.clean.txt'))
      .sort()
      .map((file) => `${dir}/${file}`),
  );
  it.each(files)('%s', (file) => {
    checkAll(readFileSync(path.join(ROOT, file), 'utf8'));
  });
});

// ---------------------------------------------------------------------------------------------
// Determinism through the CLI: outputs and report byte for byte, --jobs 1 vs 3, inputs shuffled.

const ROOTS: string[] = [];
afterAll(() => {
  for (const root of ROOTS) rmSync(root, { recursive: true, force: true });
});

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

async function runCli(cwd: string, args: readonly string[]): Promise<{ code: number; stderr: string }> {
  const stderr = new Sink();
  const code = await main({ argv: args, cwd, stdin: Readable.from([]), stdout: new Sink(), stderr, env: {}, now: () => 0 });
  return { code, stderr: stderr.text };
}

/** Every file below `dir` → sha256 of its bytes. */
function digestTree(dir: string): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    digests[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return digests;
}

/** Enough articles for three batches of the batch runner, so --jobs 3 really uses three workers. */
const ARTICLES_PER_RUN = 300;
const corpus = fc.array(article, { minLength: ARTICLES_PER_RUN, maxLength: ARTICLES_PER_RUN });
const permutation = fc.array(fc.nat(), { minLength: ARTICLES_PER_RUN, maxLength: ARTICLES_PER_RUN });

describe('determinism through the CLI', () => {
  test.prop([corpus, permutation, permutation], fileProperty)(
    'byte-identical outputs and report with --jobs 1 and --jobs 3, whatever the input order',
    async (articles, orderA, orderB) => {
      const root = mkdtempSync(path.join(tmpdir(), 'bersih-prop-'));
      ROOTS.push(root);
      mkdirSync(path.join(root, 'in'));
      const names = articles.map((_, index) => `in/${String(index).padStart(4, '0')}.txt`);
      articles.forEach((text, index) => writeFileSync(path.join(root, names[index] as string), text));
      const shuffled = (keys: readonly number[]): string[] =>
        names.map((name, index) => [keys[index] as number, name] as const).sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)).map(([, name]) => name);

      const one = await runCli(root, [...shuffled(orderA), '--out', 'one', '--report', 'one.json', '--jobs', '1', '--quiet']);
      const three = await runCli(root, [...shuffled(orderB), '--out', 'three', '--report', 'three.json', '--jobs', '3', '--quiet']);
      expect(three.code).toBe(one.code);
      expect(three.stderr).toBe(one.stderr);
      expect(digestTree(path.join(root, 'three'))).toEqual(digestTree(path.join(root, 'one')));
      expect(readFileSync(path.join(root, 'three.json'), 'utf8')).toBe(readFileSync(path.join(root, 'one.json'), 'utf8'));
      rmSync(root, { recursive: true, force: true });
    },
    120_000,
  );
});
