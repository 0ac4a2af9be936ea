/**
 * Planted cross-article duplicates for the benchmark corpus: a later article that is a copy of an
 * earlier one, the way re-scrapes and syndicated stories look (same body, maybe another site's
 * dateline and boilerplate, a cut or added paragraph, a few typos). bersih keeps the first copy in
 * path order and writes no later one, so a copy's expected output is nothing.
 *
 * The generator streams, so it cannot look back at every earlier article: it keeps a bounded
 * reservoir of earlier stories (Algorithm R: after n stories each of them is held with probability
 * capacity / n), and a copy copies one of those.
 */

import type { Random } from './generate-corpus.js';
import type { SiteStyle } from './corpus-sites.js';

/** An article before it is dressed in its site's scrape noise. */
export interface Story {
  readonly path: string;
  readonly site: SiteStyle;
  readonly city: string;
  /** The dateline in front of the first paragraph as printed, trailing space included; '' for none. */
  readonly dateline: string;
  /** The paragraphs, the first one without its dateline. */
  readonly paragraphs: readonly string[];
}

/**
 * How a copy differs from the story it copies. `rescrape`: same site, same text, new scrape noise;
 * `other-site`: another outlet's boilerplate around the same body (`dateline` when its dateline
 * replaced or added one). Content edits: `cut` (tail paragraphs or one in the middle dropped),
 * `added` (a paragraph inserted), `typos` (one to three slips in words).
 */
export type CopyEdit = 'rescrape' | 'other-site' | 'dateline' | 'cut' | 'added' | 'typos';

export interface PlantedCopy {
  /** Path of the earlier article this one copies (never a copy itself). */
  readonly of: string;
  readonly edits: readonly CopyEdit[];
  /** The copy's own clean text, as it would be written if it were not a duplicate. */
  readonly clean: string;
}

/** Probabilities of a copy's edits. Site and content edits are independent. */
const COPY = {
  /** The copy is the same site's page scraped again (else another site's). */
  rescrape: 0.35,
  /** Another site adds its dateline to a lead that had none. */
  addDateline: 0.5,
  cut: 0.2,
  /** Of the cuts, the share that drops one middle paragraph rather than the tail. */
  cutMiddle: 0.3,
  added: 0.15,
  typos: 0.3,
} as const;
/** A story shorter than this loses no paragraph (a cut 4-paragraph story would be a different story). */
const MIN_PARAGRAPHS_TO_CUT = 5;

/** A uniform sample of bounded size over a stream (Algorithm R). */
export class Reservoir<T> {
  private readonly items: T[] = [];
  private seen = 0;

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.items.length;
  }

  offer(rng: Random, item: T): void {
    this.seen += 1;
    if (this.items.length < this.capacity) {
      this.items.push(item);
      return;
    }
    const slot = rng.int(0, this.seen - 1);
    if (slot < this.capacity) this.items[slot] = item;
  }

  pick(rng: Random): T {
    return rng.pick(this.items);
  }
}

/**
 * A copy of `story` at `path`: its site or another one, its paragraphs with some edits.
 * `freshParagraph` supplies an added paragraph (a source paragraph made this copy's own).
 */
export function copyStory(
  rng: Random,
  story: Story,
  path: string,
  sites: readonly SiteStyle[],
  freshParagraph: () => string,
): { story: Story; edits: CopyEdit[] } {
  const edits: CopyEdit[] = [];
  let { site, dateline } = story;
  if (rng.chance(COPY.rescrape)) {
    edits.push('rescrape');
  } else {
    const others = sites.filter((other) => other !== story.site);
    site = rng.pick(others);
    edits.push('other-site');
    if (story.dateline !== '' || rng.chance(COPY.addDateline)) {
      const own = site.dateline(rng, story.city);
      if (own !== dateline) {
        dateline = own;
        edits.push('dateline');
      }
    }
  }
  let paragraphs = [...story.paragraphs];
  if (paragraphs.length >= MIN_PARAGRAPHS_TO_CUT && rng.chance(COPY.cut)) {
    if (rng.chance(COPY.cutMiddle)) paragraphs.splice(rng.int(1, paragraphs.length - 2), 1);
    else paragraphs = paragraphs.slice(0, paragraphs.length - rng.int(1, Math.max(1, Math.floor(paragraphs.length * 0.3))));
    edits.push('cut');
  }
  if (rng.chance(COPY.added)) {
    paragraphs.splice(rng.int(1, paragraphs.length), 0, freshParagraph());
    edits.push('added');
  }
  if (rng.chance(COPY.typos)) {
    paragraphs = addTypos(rng, paragraphs, rng.int(1, 3));
    edits.push('typos');
  }
  return { story: { path, site, city: story.city, dateline, paragraphs }, edits };
}

/** A plain lower-case word long enough to mistype without making another word. */
const TYPO_WORD_RE = /^\p{Ll}{5,}$/u;

/** Typing slips at an inner letter `i` of a word: the letter swapped with the next, dropped, or doubled. */
const SLIPS: readonly ((word: string, i: number) => string)[] = [
  (word, i) => `${word.slice(0, i)}${word.charAt(i + 1)}${word.charAt(i)}${word.slice(i + 2)}`,
  (word, i) => `${word.slice(0, i)}${word.slice(i + 1)}`,
  (word, i) => `${word.slice(0, i + 1)}${word.slice(i)}`,
];

/** `count` typing slips, each in a plain word (never the first word) of a random paragraph. */
export function addTypos(rng: Random, paragraphs: readonly string[], count: number): string[] {
  const result = [...paragraphs];
  for (let n = 0; n < count; n += 1) {
    const at = rng.int(0, result.length - 1);
    const words = (result[at] ?? '').split(' ');
    const plain = words.flatMap((word, index) => (index > 0 && TYPO_WORD_RE.test(word) ? [index] : []));
    if (plain.length === 0) continue;
    const w = rng.pick(plain);
    const word = words[w] as string;
    words[w] = rng.pick(SLIPS)(word, rng.int(1, word.length - 2));
    result[at] = words.join(' ');
  }
  return result;
}
