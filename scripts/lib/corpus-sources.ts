/**
 * The real material the benchmark corpus is generated from, read from the fixtures: clean paragraphs
 * from the gold files and the seed, related-article titles and credited names from the raw files.
 * Files are read in sorted order, so the generator sees the same sources on every machine.
 */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CorpusSources } from './generate-corpus.js';
import { textLines } from './score.js';

/** `Baca juga: Title` (any case of "juga", with or without the space after the colon). */
const RELATED_INLINE_RE = /^Baca [Jj]uga:\s*(\S.*)$/;
/** A bare `Baca juga:` whose title is on the next line (Kompas). */
const RELATED_BARE_RE = /^Baca [Jj]uga:\s*$/;
/** Credit lines naming a person: `Pewarta: X`, `Editor: X` (possibly after a glued `Baca juga:`). */
const CREDIT_RE = /(?:Pewarta|Editor):\s*(\S.*)$/;
/** A photographer credit `(TRIBUNNEWSWIKI.COM/PUTRADI PAMUNGKAS)`. */
const PHOTO_CREDIT_RE = /^\([A-Z.]+\/([A-Z ]+)\)$/;

export function loadCorpusSources(root: string): CorpusSources {
  const dev = path.join(root, 'fixtures', 'dev');
  const goldFiles = sortedTxt(path.join(dev, 'gold'));
  const rawFiles = sortedTxt(path.join(dev, 'raw'));
  const seed = path.join(root, 'fixtures', 'pipeline', 'antara-bimtek');

  const paragraphs = unique([...goldFiles, `${seed}.clean.txt`].flatMap((file) => textLines(readFileSync(file, 'utf8'))));
  const relatedTitles: string[] = [];
  const names: string[] = [];
  for (const file of [...rawFiles, `${seed}.raw.txt`]) {
    const lines = readFileSync(file, 'utf8').split(/\r?\n/).map((line) => line.trim());
    lines.forEach((line, index) => {
      const credit = CREDIT_RE.exec(line)?.[1];
      if (credit !== undefined) {
        names.push(credit.trim());
        return;
      }
      const photo = PHOTO_CREDIT_RE.exec(line)?.[1];
      if (photo !== undefined) names.push(titleCase(photo));
      const inline = RELATED_INLINE_RE.exec(line)?.[1];
      if (inline !== undefined) relatedTitles.push(inline.trim());
      const next = lines[index + 1];
      if (RELATED_BARE_RE.test(line) && next !== undefined && next !== '' && !RELATED_BARE_RE.test(next)) {
        relatedTitles.push(next);
      }
    });
  }
  return { paragraphs, relatedTitles: unique(relatedTitles), names: unique(names) };
}

function sortedTxt(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(dir, name));
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items.filter((item) => item !== ''))];
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
