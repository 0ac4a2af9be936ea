/**
 * Real articles from the gold fixtures and the edits other sites make to them, for the corpus
 * dedup tests. Every edit is spelled out, so a failing test shows what kind of copy was missed.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';

const GOLD = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'dev', 'gold');

/** The paragraphs of fixtures/dev/gold/<name>.txt. */
export function goldParagraphs(name: string): string[] {
  return readFileSync(path.join(GOLD, `${name}.txt`), 'utf8').split('\n').filter((line) => line !== '');
}

export function text(paragraphs: readonly string[]): string {
  return `${paragraphs.join('\n')}\n`;
}

/** An outlet's dateline: up to a spaced dash near the start of the lead (`BOGOR, KOMPAS.com – `). */
const DATELINE_RE = /^[^–-]{0,60}\s[–-]\s*/;

/** Replaces the lead's dateline with another outlet's, or puts one in front of a lead without. */
export function withDateline(paragraphs: readonly string[], dateline: string): string[] {
  const [lead = '', ...rest] = paragraphs;
  return [DATELINE_RE.test(lead) ? lead.replace(DATELINE_RE, dateline) : dateline + lead, ...rest];
}

/** Swaps two letters in the `nth` word of four letters or more in paragraph `at`. */
export function withTypo(paragraphs: readonly string[], at: number, nth: number): string[] {
  let seen = 0;
  return paragraphs.map((paragraph, index) =>
    index !== at
      ? paragraph
      : paragraph.replace(/\p{L}{4,}/gu, (word) => (seen++ === nth ? word.charAt(0) + word.charAt(2) + word.charAt(1) + word.slice(3) : word)),
  );
}

/** Inserts `line` before paragraph `at`. */
export function withLine(paragraphs: readonly string[], at: number, line: string): string[] {
  return [...paragraphs.slice(0, at), line, ...paragraphs.slice(at)];
}

/**
 * Thirty articles: the fifteen dev gold stories, then a copy of each in the same order, exact
 * (even) or with another outlet's dateline (odd). So 0–14 are kept, and 15 + i duplicates i.
 */
export function corpusArticles(): [string, string][] {
  const names = Array.from({ length: 15 }, (_, i) => String(i + 1).padStart(3, '0'));
  const originals = names.map((name) => [`a/${name}.txt`, text(goldParagraphs(name))] as [string, string]);
  const copies = names.map((name, i) => {
    const paragraphs = goldParagraphs(name);
    const copy = i % 2 === 0 ? paragraphs : withDateline(paragraphs, 'TEMPO.CO, Jakarta - ');
    return [`b/${name}.txt`, text(copy)] as [string, string];
  });
  return [...originals, ...copies];
}
