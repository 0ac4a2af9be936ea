/**
 * The corpus pre-pass behind learned boilerplate: `createLineCounter()` counts, for every normalised
 * line, how many different articles it occurs in, then `result()` names the lines that recur in
 * many articles of different stories. Memory is bounded whatever the corpus size:
 *
 * - a count-min sketch (`sketchWidth` × 4 rows × 2 bytes; 8 MiB by default) counts every line;
 * - a line seen in two articles or more is tracked exactly, with its text and a sample of up to
 *   `SAMPLES` story sketches of the articles it occurs in (`story-sketch.ts`); at most `maxTracked`
 *   lines are (20 000 by default: the samples take 512 bytes a line in one typed array of 10 MiB,
 *   story-samples.ts; the text and the entry ≈ 250 bytes more in the heap), and when the table is
 *   full the less frequent half is dropped. A dropped line keeps being counted by the sketch and comes back
 *   with its estimated count when it is seen again, so a line that really recurs is not lost.
 *
 * A line is learned when it occurs in at least `minDocs` articles, and the sampled articles are
 * mostly different stories (`minStoryShare`): chrome of a site recurs under every story, while
 * the paragraphs of a syndicated story recur only with the rest of that story.
 */

import { normalizeLineText } from '../passes/normalize-lines.js';
import { endsSentence, isPunctuationOnly } from '../text/classify.js';
import { endsOpen, isListItem } from '../text/continuation.js';
import { splitRawLines, wordCount } from '../text/lines.js';
import { CountMinSketch } from './count-min.js';
import type { LearnedLine, LearnedLines } from './learned-lines.js';
import { hex8, lineHashes, lineKey } from './line-key.js';
import { StorySamples } from './story-samples.js';
import { countStories, STORY_LINE_MIN_WORDS, storySketch } from './story-sketch.js';

export interface LineCounterOptions {
  /** Counters per row of the count-min sketch, a power of two (memory: 8 bytes each). @default 2 ** 20 */
  sketchWidth?: number;
  /** Lines tracked exactly at the same time. @default 20000 */
  maxTracked?: number;
}

export interface LearnOptions {
  /**
   * A line must occur in at least this many different articles (3 or more). Well above the size of
   * a syndication cluster that the story test could miss, and above the few articles that share a
   * subheading or a stock phrase by chance. @default 20
   */
  minDocs?: number;
  /** Share (0..1) of the sampled articles that must be different stories. @default 0.75 */
  minStoryShare?: number;
}

export interface LineCounter {
  /** Counts the lines of one article (its raw text). */
  add(articleText: string): void;
  /** Counts an article whose lines were read apart (`articleLines`, maybe in a worker thread); the same as `add` of its text. */
  addLines(lines: ArticleLines): void;
  /** The lines learned so far; the counter can go on counting after. */
  result(options?: LearnOptions): LearnedLines;
  /** Articles added, lines tracked exactly now, and the bytes of the sketch. */
  stats(): { readonly articles: number; readonly tracked: number; readonly sketchBytes: number };
}

export const LEARN_DEFAULTS: Readonly<Required<LearnOptions> & Required<LineCounterOptions>> = Object.freeze({
  minDocs: 20,
  minStoryShare: 0.75,
  sketchWidth: 2 ** 20,
  maxTracked: 20_000,
});

/** Story sketches kept per tracked line. */
const SAMPLES = 8;
/** A line is tracked exactly once the sketch has seen it in this many articles. */
const TRACK_AT = 2;
/** Learnable lines have this many words at least (one word is a fragment or a share button) ... */
const MIN_WORDS = 2;
/** ... and at most (a longer line is a paragraph of a story). */
const MAX_WORDS = 25;
/** Shown text is cut to this length; matching uses the whole line. */
const MAX_TEXT = 200;
const LOWERCASE_START_RE = /^\p{Ll}/u;
const CLOSING_START_RE = /^[,.;:!?)\]”’/%]/u;
const LETTER_RE = /\p{L}/u;

interface Tracked {
  readonly h1: number;
  readonly text: string;
  /** Articles it occurs in: estimated when tracking began, exact since. */
  count: number;
  /** Articles seen since tracking began. */
  seen: number;
  /** Index of the last article it occurred in (evicting the stale first among equals). */
  last: number;
  /** Where its sampled story sketches are (`StorySamples`). */
  readonly slot: number;
}

export function createLineCounter(options: LineCounterOptions = {}): LineCounter {
  const maxTracked = options.maxTracked ?? LEARN_DEFAULTS.maxTracked;
  if (!Number.isInteger(maxTracked) || maxTracked < 2) throw new RangeError('maxTracked must be an integer of 2 or more');
  const sketch = new CountMinSketch(options.sketchWidth ?? LEARN_DEFAULTS.sketchWidth);
  const tracked = new Map<number, Tracked>();
  const samples = new StorySamples(maxTracked, SAMPLES);
  let articles = 0;

  const evictHalf = (): void => {
    const byWeight = [...tracked.entries()].sort(([, a], [, b]) => a.count - b.count || a.last - b.last);
    for (const [key, line] of byWeight.slice(0, Math.ceil(byWeight.length / 2))) {
      tracked.delete(key);
      samples.close(line.slot);
    }
  };

  const counter: LineCounter = {
    add(articleText) {
      counter.addLines(articleLines(articleText));
    },
    addLines({ candidates, story }) {
      const article = articles++;
      for (const { key, h1, h2, text } of candidates) {
        const estimate = sketch.increment(h1, h2);
        const line = tracked.get(key);
        if (line) {
          line.count++;
          line.seen++;
          line.last = article;
          addSample(samples, line, story);
        } else if (estimate >= TRACK_AT) {
          if (tracked.size >= maxTracked) evictHalf();
          const slot = samples.open();
          samples.set(slot, 0, story);
          tracked.set(key, { h1, text, count: estimate, seen: 1, last: article, slot });
        }
      }
    },
    result(learnOptions = {}) {
      const minDocs = learnOptions.minDocs ?? LEARN_DEFAULTS.minDocs;
      const minStoryShare = learnOptions.minStoryShare ?? LEARN_DEFAULTS.minStoryShare;
      // Below three, a line has one sampled article and the story test has nothing to compare.
      if (!Number.isInteger(minDocs) || minDocs < 3) throw new RangeError('minDocs must be an integer of 3 or more');
      if (!(minStoryShare >= 0 && minStoryShare <= 1)) throw new RangeError('minStoryShare must be between 0 and 1');
      const lines: Omit<LearnedLine, 'id'>[] = [];
      for (const [key, line] of tracked) {
        if (line.count < minDocs || line.seen < Math.min(SAMPLES, minDocs - 1)) continue;
        const sampled = samples.samples(line.slot);
        const stories = countStories(sampled, line.h1);
        if (stories / sampled.length < minStoryShare) continue;
        lines.push({ key, text: line.text, docs: line.count, stories, sampled: sampled.length });
      }
      lines.sort((a, b) => b.docs - a.docs || (a.text < b.text ? -1 : a.text > b.text ? 1 : a.key - b.key));
      return Object.freeze({ articles, minDocs, minStoryShare, lines: Object.freeze(withIds(lines, tracked)) });
    },
    stats() {
      return { articles, tracked: tracked.size, sketchBytes: sketch.bytes };
    },
  };
  return counter;
}

/** Keeps a uniform sample of the story sketches of the articles a line occurs in (reservoir sampling, seeded by the line). */
function addSample(samples: StorySamples, line: Tracked, story: Uint32Array): void {
  const held = samples.count(line.slot);
  if (held < SAMPLES) {
    samples.set(line.slot, held, story);
    return;
  }
  const index = mix(line.h1, line.seen) % line.seen;
  if (index < SAMPLES) samples.set(line.slot, index, story);
}

/** `learned/<h1 as 8 hex>`; on the rare clash between two learned lines, the later one takes its key's low bits. */
function withIds(lines: readonly Omit<LearnedLine, 'id'>[], tracked: ReadonlyMap<number, Tracked>): LearnedLine[] {
  const used = new Set<string>();
  return lines.map((line) => {
    let id = `learned/${hex8(tracked.get(line.key)?.h1 ?? 0)}`;
    if (used.has(id)) id = `learned/${hex8(line.key % 2 ** 32)}`;
    used.add(id);
    return Object.freeze({ id, ...line });
  });
}

/** What the counter takes from one article: plain data, so a worker thread can read it and post it back. */
export interface ArticleLines {
  /** The article's learnable lines, once each (a line repeated keeps its first place and its last text). */
  readonly candidates: readonly { readonly key: number; readonly h1: number; readonly h2: number; readonly text: string }[];
  /** The story sketch of the article (`storySketch` of its story lines' hashes). */
  readonly story: Uint32Array;
}

/**
 * An article's distinct lines: the learnable ones that stand alone (not a fragment of a sentence
 * broken around a link), and the sketch of its story lines. The costly part of counting, and
 * independent of every other article.
 */
export function articleLines(articleText: string): ArticleLines {
  const texts = splitRawLines(articleText).map((line) => normalizeLineText(line.text)).filter((text) => text !== '');
  const candidates = new Map<number, { key: number; h1: number; h2: number; text: string }>();
  const storyHashes: number[] = [];
  texts.forEach((text, index) => {
    const words = wordCount(text);
    const hashes = lineHashes(text.toLowerCase());
    if (words >= STORY_LINE_MIN_WORDS) storyHashes.push(hashes.h1);
    if (!isLearnable(text, words) || isFragment(texts[index - 1], text, texts[index + 1])) return;
    const key = lineKey(hashes);
    candidates.set(key, { key, ...hashes, text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text });
  });
  return { candidates: [...candidates.values()], story: storySketch(storyHashes) };
}

/**
 * A line that may be learned: a few words with a letter, not a paragraph of a story, not a
 * heading that announces what follows (":"), not a list item, not a lower-case fragment.
 */
function isLearnable(text: string, words: number): boolean {
  return words >= MIN_WORDS && words <= MAX_WORDS && LETTER_RE.test(text) && !text.endsWith(':') && !isListItem(text) && !LOWERCASE_START_RE.test(text) && !isPunctuationOnly(text);
}

/**
 * A piece of a sentence the scraper broke: the line above stops mid-sentence, the line itself
 * stops on a comma or a word a sentence cannot end on ("Menurut data terbaru dari"), or the
 * sentence goes on below it in lower case or with closing punctuation.
 */
function isFragment(previous: string | undefined, text: string, next: string | undefined): boolean {
  if (previous !== undefined && !endsSentence(previous) && endsOpen(previous)) return true;
  if (next === undefined || endsSentence(text)) return false;
  return endsOpen(text) || LOWERCASE_START_RE.test(next) || (CLOSING_START_RE.test(next) && !isPunctuationOnly(next));
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
