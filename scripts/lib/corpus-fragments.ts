/**
 * How scrapes break a paragraph across lines (the benchmark generator's fragments): at a lower-case
 * continuation, around a hyperlinked word, or after the dateline. Each way gives lines that rule 4
 * of fixtures/dev/GUIDELINE.md joins back into the paragraph (a space between fragments, none
 * before closing punctuation), so the paragraph stays the expected text.
 */

import type { Random } from './generate-corpus.js';

/** A paragraph shorter than this is never broken. */
const MIN_SPLIT_WORDS = 12;
/** A printed dateline: its head, the dash, the trailing space (`Jakarta, CNN Indonesia -- `). */
const DATELINE_PARTS_RE = /^(.*\S) ([–—-]{1,2}) $/;

/**
 * Breaks a paragraph into 2–4 lines at word boundaries where the next word starts in lower case,
 * as scrapes do around hyperlinked words; a paragraph with no such boundary stays whole.
 */
export function splitParagraph(rng: Random, paragraph: string): string[] {
  const words = paragraph.split(' ');
  if (words.length < MIN_SPLIT_WORDS) return [paragraph];
  const candidates: number[] = [];
  for (let i = 1; i < words.length; i += 1) {
    const first = words[i]?.charAt(0) ?? '';
    if (first !== first.toUpperCase() && words[i - 1] !== '') candidates.push(i);
  }
  if (candidates.length === 0) return [paragraph];
  const cuts = rng.sample(candidates, rng.int(1, 3)).sort((a, b) => a - b);
  const lines: string[] = [];
  let start = 0;
  for (const cut of [...cuts, words.length]) {
    lines.push(words.slice(start, cut).join(' '));
    start = cut;
  }
  return lines;
}

/**
 * A lead whose dateline the scrape put on its own line, in one of the shapes the fixtures show:
 * `Jakarta, CNN Indonesia` / `--` / `Badan ...`, `BOGOR, KOMPAS.com –` / `Kriminolog ...`,
 * `Merdeka.com` / `- Kementerian ...`. Rejoined, it is `dateline + text` again.
 */
export function splitDateline(rng: Random, dateline: string, text: string): string[] {
  const parts = DATELINE_PARTS_RE.exec(dateline);
  if (parts === null) return [dateline + text];
  const [, head = '', dash = ''] = parts;
  return rng.pick([
    () => [head, dash, text],
    () => [`${head} ${dash}`, text],
    () => [head, `${dash} ${text}`],
  ])();
}

/** A word a link can cover: letters, digits and hyphens, maybe a comma after it. */
const LINK_WORD_RE = /^[\p{L}\p{N}-]+,?$/u;
/** The word before a link: lower case, no punctuation after it (a sentence or clause end is not where a link starts a line). */
const PLAIN_BEFORE_LINK_RE = /^\p{Ll}[\p{L}-]*$/u;

/**
 * One to three hyperlinked words on their own line, as the Kompas and Merdeka scrapes leave them:
 * `di kawasan` / `Tambora` / `, Jakarta Barat ...` (a comma after the link starts the next line) or
 * `ke` / `Kejagung` / `terkait ...` (the sentence goes on in lower case). A paragraph with no such
 * place stays whole. Rejoined by the guideline's rule 4, the lines give the paragraph back.
 */
export function linkFragments(rng: Random, paragraph: string): string[] {
  const words = paragraph.split(' ');
  if (words.length < MIN_SPLIT_WORDS) return [paragraph];
  const starts: number[] = [];
  // A link covers a whole name, so the word before it is a plain lower-case one ("ke", "kawasan").
  for (let i = 2; i < words.length - 4; i += 1) if (PLAIN_BEFORE_LINK_RE.test(words[i - 1] ?? '')) starts.push(i);
  for (const start of rng.sample(starts, 4)) {
    const length = rng.int(1, 3);
    const link = words.slice(start, start + length);
    const next = words[start + length] ?? '';
    if (!isLink(link)) continue;
    const before = words.slice(0, start).join(' ');
    const rest = words.slice(start + length).join(' ');
    const lastWord = link[link.length - 1] as string;
    if (lastWord.endsWith(',')) return [before, [...link.slice(0, -1), lastWord.slice(0, -1)].join(' '), `, ${rest}`];
    if (/^\p{Ll}/u.test(next)) return [before, link.join(' '), rest];
  }
  return [paragraph];
}

/** Whether these words can be one link's text: starting with a letter, plain words, a comma only after the last. */
function isLink(link: readonly string[]): boolean {
  return /^\p{L}/u.test(link[0] ?? '') && link.every((word, at) => LINK_WORD_RE.test(word) && (!word.endsWith(',') || at === link.length - 1));
}
