/**
 * Scoring a whole tree of outputs against a mirrored tree of expected texts (the benchmark's
 * `--score`: the generator knows the clean text of every article it made). Per-document scores are
 * folded as they come, so only the totals and the tallies of lost and extra lines stay in memory.
 *
 * An empty expected file marks a planted cross-article copy (scripts/lib/corpus-copies.ts): bersih
 * keeps the first copy and writes nothing for a later one, so a missing output is the right answer
 * there, and a written one is wrong in full (all its lines extra).
 */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scoreDocument, totalScores, type DocScore, type Totals } from './score.js';

export interface TreeScore {
  readonly totals: Totals;
  /**
   * Articles that should have been written and were not (scored as empty): false duplicates, or
   * articles cleaned to nothing. A planted copy left unwritten is not counted here.
   */
  readonly missing: number;
  readonly duplicates: DuplicateScore;
  /** The most frequent lost lines and extra lines, with how often each occurred over the whole tree. */
  readonly topLost: readonly LineCount[];
  /** Extra lines of articles that should be written (a written planted copy is counted in `duplicates`, not here). */
  readonly topExtra: readonly LineCount[];
}

/** The planted cross-article copies: caught (not written) or missed (written). */
export interface DuplicateScore {
  readonly planted: number;
  readonly caught: number;
  readonly written: number;
  /** caught / planted (1 when none were planted). */
  readonly recall: number;
  /** The first written copies in path order, to look at. */
  readonly writtenExamples: readonly string[];
}

export interface LineCount {
  readonly line: string;
  readonly count: number;
}

const WRITTEN_EXAMPLES = 5;

export function scoreTree(outputDir: string, expectedDir: string, top = 10): TreeScore {
  const lost = new Map<string, number>();
  const extra = new Map<string, number>();
  const scores: DocScore[] = [];
  let missing = 0;
  let planted = 0;
  const written: string[] = [];
  let writtenCount = 0;
  const files = readdirSync(expectedDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.txt'))
    .sort();
  for (const file of files) {
    const expected = readFileSync(path.join(expectedDir, file), 'utf8');
    const isCopy = expected === '';
    let output: string | undefined;
    try {
      output = readFileSync(path.join(outputDir, file), 'utf8');
    } catch {
      output = undefined;
    }
    if (isCopy) {
      planted += 1;
      if (output !== undefined) {
        writtenCount += 1;
        if (written.length < WRITTEN_EXAMPLES) written.push(file);
      }
    } else if (output === undefined) {
      missing += 1;
    }
    const score = scoreDocument(file, output ?? '', expected);
    if (!isCopy) {
      for (const line of score.lost) lost.set(line, (lost.get(line) ?? 0) + 1);
      for (const line of score.extra) extra.set(line, (extra.get(line) ?? 0) + 1);
    }
    // Keep the counts, not the lines: the tallies above already hold what the report shows.
    scores.push({ ...score, lost: score.lost.map(() => ''), extra: score.extra.map(() => '') });
  }
  const caught = planted - writtenCount;
  return {
    totals: totalScores(scores),
    missing,
    duplicates: { planted, caught, written: writtenCount, recall: planted === 0 ? 1 : caught / planted, writtenExamples: written },
    topLost: mostFrequent(lost, top),
    topExtra: mostFrequent(extra, top),
  };
}

/** One line for the benchmark's accuracy section: the planted copies caught, and the false duplicates. */
export function renderDuplicateScore(score: TreeScore): string {
  const { planted, caught, written, recall, writtenExamples } = score.duplicates;
  const examples = writtenExamples.length === 0 ? '' : ` (${writtenExamples.join(', ')}${written > writtenExamples.length ? ', ...' : ''})`;
  return (
    `  planted duplicates ${planted}: caught ${caught}, written ${written}${examples}, recall ${recall.toFixed(4)}   ` +
    `false duplicates (other articles not written) ${score.missing}`
  );
}

function mostFrequent(counts: ReadonlyMap<string, number>, top: number): LineCount[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([line, count]) => ({ line, count }));
}
