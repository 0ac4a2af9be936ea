/**
 * Scoring a whole tree of outputs against a mirrored tree of expected texts (the benchmark's
 * `--score`: the generator knows the clean text of every article it made). Per-document scores are
 * folded as they come, so only the totals and the tallies of lost and extra lines stay in memory.
 */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scoreDocument, totalScores, type Totals } from './score.js';

export interface TreeScore {
  readonly totals: Totals;
  /** Output files missing for an expected file (scored as empty). */
  readonly missing: number;
  /** The most frequent lost lines and extra lines, with how often each occurred over the whole tree. */
  readonly topLost: readonly LineCount[];
  readonly topExtra: readonly LineCount[];
}

export interface LineCount {
  readonly line: string;
  readonly count: number;
}

export function scoreTree(outputDir: string, expectedDir: string, top = 10): TreeScore {
  const lost = new Map<string, number>();
  const extra = new Map<string, number>();
  const scores = [];
  let missing = 0;
  const files = readdirSync(expectedDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.txt'))
    .sort();
  for (const file of files) {
    let output = '';
    try {
      output = readFileSync(path.join(outputDir, file), 'utf8');
    } catch {
      missing += 1;
    }
    const score = scoreDocument(file, output, readFileSync(path.join(expectedDir, file), 'utf8'));
    for (const line of score.lost) lost.set(line, (lost.get(line) ?? 0) + 1);
    for (const line of score.extra) extra.set(line, (extra.get(line) ?? 0) + 1);
    // Keep the counts, not the lines: the tallies above already hold what the report shows.
    scores.push({ ...score, lost: score.lost.map(() => ''), extra: score.extra.map(() => '') });
  }
  return { totals: totalScores(scores), missing, topLost: mostFrequent(lost, top), topExtra: mostFrequent(extra, top) };
}

function mostFrequent(counts: ReadonlyMap<string, number>, top: number): LineCount[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([line, count]) => ({ line, count }));
}
