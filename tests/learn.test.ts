/**
 * Learned boilerplate on a generated corpus: a few hundred articles made of real gold sentences
 * (fixtures/dev/gold, fixtures/holdout/gold), deterministic from a seed, with a planted footer that
 * no rule knows, a wire story syndicated into many articles, a small syndication cluster, a
 * subheading two articles share, a stock line a dozen articles share, and a link fragment.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../src/clean.js';
import { linesOfBatch, unpackLines } from '../src/io/clean-job.js';
import { CountMinSketch } from '../src/learn/count-min.js';
import { findLearned } from '../src/learn/learned-lines.js';
import { createLineCounter, LEARN_DEFAULTS } from '../src/learn/line-counter.js';
import { countStories, storySimilarity, storySketch } from '../src/learn/story-sketch.js';
import { mulberry32 } from '../scripts/lib/generate-corpus.js';

const FOOTER = 'Dukung jurnalisme berkualitas dengan berlangganan Harian Kita';
const STOCK_LINE = 'Harga dapat berubah sewaktu-waktu tanpa pemberitahuan sebelumnya.';
const SUBHEADING = 'Produksi Jagung Ikut Naik';
const FRAGMENT = ['Menurut data terbaru dari', 'Badan Pusat Statistik', 'jumlah itu meningkat tajam dibanding tahun lalu.'];


/** Sentences of the gold files: the material every story is made of. */
function goldSentences(): string[] {
  const sentences: string[] = [];
  for (const dir of ['../fixtures/dev/gold/', '../fixtures/holdout/gold/']) {
    const path = new URL(dir, import.meta.url).pathname;
    for (const file of readdirSync(path).sort()) {
      for (const line of readFileSync(path + file, 'utf8').split('\n')) {
        for (const sentence of line.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) if (sentence.split(' ').length >= 6 && /[.!?]$/.test(sentence)) sentences.push(sentence);
      }
    }
  }
  return sentences;
}

interface Corpus {
  readonly articles: readonly string[];
  readonly wire: readonly string[];
  readonly cluster: readonly string[];
}

/** 300 articles of their own stories, 30 copies of one wire story, 5 copies of another. */
function buildCorpus(seed: number): Corpus {
  const random = mulberry32(seed);
  const sentences = goldSentences();
  const pick = (): string => sentences[Math.floor(random() * sentences.length)] as string;
  // A paragraph is two gold sentences: a new combination, so each story's lines are its own.
  const story = (paragraphs: number): string[] => Array.from({ length: paragraphs }, () => `${pick()} ${pick()}`);
  const wire = story(8);
  const cluster = story(6);
  const articles: string[] = [];
  for (let index = 0; index < 300; index++) {
    const lines = story(5 + Math.floor(random() * 5));
    if (index === 10 || index === 200) lines.splice(2, 0, SUBHEADING);
    if (index % 25 === 5) lines.push(STOCK_LINE);
    if (index % 10 === 7) lines.splice(1, 0, ...FRAGMENT);
    if (index % 3 === 0) lines.push(FOOTER);
    articles.push(`${lines.join('\n')}\n`);
  }
  for (let copy = 0; copy < 30; copy++) {
    const lines = wire.filter((_, index) => index !== copy % 10); // some copies cut a paragraph
    if (copy % 2 === 0) lines.push(FOOTER);
    articles.push(`${lines.join('\n')}\n`);
  }
  for (let copy = 0; copy < 5; copy++) articles.push(`${cluster.join('\n')}\n`);
  return { articles, wire, cluster };
}

const corpus = buildCorpus(20240611);

function learn(options: Parameters<typeof createLineCounter>[0] = {}) {
  const counter = createLineCounter(options);
  for (const article of corpus.articles) counter.add(article);
  return counter;
}

describe('learn → line counter on a generated corpus', () => {
  const counter = learn();
  const learned = counter.result();

  it('finds the planted footer, with the number of articles it occurs in', () => {
    expect(learned.lines.map((line) => line.text)).toEqual([FOOTER]);
    const [footer] = learned.lines;
    expect(footer?.docs).toBe(100 + 15);
    expect(footer?.id).toMatch(/^learned\/[0-9a-f]{8}$/);
    expect(footer?.stories).toBeGreaterThanOrEqual(6);
    expect(learned).toMatchObject({ articles: 335, minDocs: LEARN_DEFAULTS.minDocs });
  });

  it('does not learn the paragraphs of a story syndicated into 30 articles (more than minDocs)', () => {
    const texts = new Set(learned.lines.map((line) => line.text));
    for (const paragraph of corpus.wire) expect(texts.has(paragraph)).toBe(false);
    // Even with the threshold far below the cluster size.
    const low = counter.result({ minDocs: 4 }).lines.map((line) => line.text);
    for (const paragraph of [...corpus.wire, ...corpus.cluster]) expect(low).not.toContain(paragraph);
    // It is the story test that keeps them: without it they would be learned.
    const noStoryTest = counter.result({ minDocs: 4, minStoryShare: 0 }).lines.map((line) => line.text);
    expect(corpus.wire.filter((paragraph) => noStoryTest.includes(paragraph)).length).toBeGreaterThan(0);
  });

  it('does not learn a subheading two articles share, nor a stock line below the threshold', () => {
    const texts = learned.lines.map((line) => line.text);
    expect(texts).not.toContain(SUBHEADING);
    expect(texts).not.toContain(STOCK_LINE);
    // The threshold is settable: a stock line in 12 different stories is learned at 10, not at 13.
    expect(counter.result({ minDocs: 10 }).lines.map((line) => line.text)).toContain(STOCK_LINE);
    expect(counter.result({ minDocs: 13 }).lines.map((line) => line.text)).not.toContain(STOCK_LINE);
    expect(counter.result({ minDocs: 3 }).lines.map((line) => line.text)).not.toContain(SUBHEADING);
  });

  it('does not count the pieces of a sentence broken around a link, however often they recur', () => {
    const texts = counter.result({ minDocs: 3 }).lines.map((line) => line.text);
    for (const piece of FRAGMENT) expect(texts).not.toContain(piece);
  });

  it('learns at the lowest threshold only lines with several sampled articles of different stories', () => {
    const lowest = counter.result({ minDocs: 3 }).lines;
    expect(lowest.map((line) => line.text).sort()).toEqual([FOOTER, STOCK_LINE].sort());
    for (const line of lowest) expect(line.sampled).toBeGreaterThanOrEqual(2);
  });

  it('is deterministic', () => {
    expect(learn().result()).toEqual(learned);
  });

  it('stays within its memory bound, and still finds a frequent line with a tiny table', () => {
    expect(counter.stats().sketchBytes).toBe(4 * LEARN_DEFAULTS.sketchWidth * 2);
    const tiny = learn({ sketchWidth: 256, maxTracked: 16 });
    expect(tiny.stats().tracked).toBeLessThanOrEqual(16);
    expect(tiny.result().lines.map((line) => line.text)).toContain(FOOTER);
  });

  it('learns the same from lines read apart and sent in batches, as from a worker thread', () => {
    for (const options of [{}, { sketchWidth: 256, maxTracked: 16 }]) {
      const apart = createLineCounter(options);
      const encoder = new TextEncoder();
      for (let start = 0; start < corpus.articles.length; start += 50) {
        // Half the articles as text, half as the bytes of a file, as batches carry them.
        const articles = corpus.articles.slice(start, start + 50);
        const bytes = encoder.encode(articles.join(''));
        let offset = 0;
        const jobs = articles.map((text, index) => {
          const length = encoder.encode(text).byteLength;
          offset += length;
          return index % 2 === 0 ? { id: String(index), text } : { id: String(index), start: offset - length, end: offset };
        });
        const packed = structuredClone(linesOfBatch({ jobs, bytes: bytes.buffer }));
        for (const lines of unpackLines(packed)) if (lines !== undefined) apart.addLines(lines);
      }
      expect(apart.result({ minDocs: 3 })).toEqual(learn(options).result({ minDocs: 3 }));
    }
  });

  it('refuses bad settings', () => {
    expect(() => createLineCounter({ sketchWidth: 1000 })).toThrow(/power of two/);
    expect(() => counter.result({ minDocs: 2 })).toThrow(/minDocs/);
    expect(() => counter.result({ minStoryShare: 2 })).toThrow(/minStoryShare/);
  });
});

describe('learn → cleaning with learned lines', () => {
  const learned = learn().result();
  const footerId = learned.lines[0]?.id ?? '';

  it('drops a learned line as learned/<hash>, naming the article count', () => {
    const article = corpus.articles[3] as string;
    const result = createCleaner({ learnedLines: learned }).clean(article);
    expect(result.text).not.toContain(FOOTER);
    expect(result.edits).toContainEqual(expect.objectContaining({ pass: 'boilerplate', rule: footerId, action: 'drop', text: FOOTER, reason: expect.stringContaining('115 articles') }));
    expect(createCleaner().clean(article).text).toContain(FOOTER);
  });

  it('matches lines as normalised and lower-cased', () => {
    expect(findLearned(learned, `  ${FOOTER.toUpperCase()}\u00a0`)?.id).toBe(footerId);
    expect(findLearned(learned, 'Dukung jurnalisme')).toBeUndefined();
  });

  it('keeps a learned line that continues an unfinished sentence, and honours --disable-rule', () => {
    const broken = `Ia mengajak pembaca untuk\n${FOOTER}\nsetiap bulan agar redaksi tetap mandiri.\n`;
    expect(createCleaner({ learnedLines: learned }).clean(broken).edits.filter((edit) => edit.rule === footerId)).toEqual([]);
    const article = corpus.articles[0] as string;
    expect(createCleaner({ learnedLines: learned, disabledRules: [footerId] }).clean(article).text).toContain(FOOTER);
  });

  it('leaves the stories whole', () => {
    const cleaner = createCleaner({ learnedLines: learned });
    const withLearning = cleaner.clean(corpus.articles[1] as string).text;
    expect(withLearning).toBe(createCleaner().clean(corpus.articles[1] as string).text);
  });
});

describe('learn → building blocks', () => {
  it('count-min sketch never underestimates and saturates', () => {
    const sketch = new CountMinSketch(256);
    for (let n = 1; n <= 5; n++) expect(sketch.increment(123, 456)).toBeGreaterThanOrEqual(n);
    expect(sketch.bytes).toBe(256 * 4 * 2);
  });

  it('story sketches tell copies of one story from different stories sharing a line', () => {
    const story = Array.from({ length: 30 }, (_, index) => index * 7919 + 11);
    const other = Array.from({ length: 30 }, (_, index) => index * 104729 + 13);
    const shared = 5;
    const a = storySketch([...story, shared]);
    const copy = storySketch([...story.slice(2), shared]);
    const b = storySketch([...other, shared]);
    expect(storySimilarity(a, copy, shared)).toBeGreaterThan(0.8);
    expect(storySimilarity(a, b, shared)).toBe(0);
    expect(storySimilarity(storySketch([shared]), a, shared)).toBeUndefined();
    expect(countStories([a, copy, b, a], shared)).toBe(2);
  });
});
