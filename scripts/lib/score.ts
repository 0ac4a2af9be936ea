/**
 * Scoring a cleaned text against its gold, as pure functions: no process, no file system. A text is
 * compared as a whole (exact match, byte for byte) and as a multiset of lines, so a lost paragraph,
 * a mangled one (lost + extra) and kept boilerplate (extra) each show up by name.
 */

/** The lines of a text: split on `\n`; the one terminating `\n` does not start an empty last line. */
export function textLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export interface DocScore {
  readonly id: string;
  /** Output and gold are identical strings (same bytes once UTF-8 encoded). */
  readonly exact: boolean;
  readonly goldLines: number;
  readonly outputLines: number;
  /** Gold lines found in the output, each output line used at most once. */
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Gold lines with no identical output line left to match them, in gold order: content lost or mangled. */
  readonly lost: readonly string[];
  /** Output lines with no identical gold line left to match them, in output order: boilerplate kept, bad merges. */
  readonly extra: readonly string[];
}

/** Scores one document. */
export function scoreDocument(id: string, output: string, gold: string): DocScore {
  const outputLines = textLines(output);
  const goldLines = textLines(gold);
  const lost = unmatched(goldLines, outputLines);
  const extra = unmatched(outputLines, goldLines);
  const matched = goldLines.length - lost.length;
  return {
    id,
    exact: output === gold,
    goldLines: goldLines.length,
    outputLines: outputLines.length,
    matched,
    ...prf(matched, outputLines.length, goldLines.length),
    lost,
    extra,
  };
}

/** The lines of `lines` that find no partner in `pool` (multiset difference), in their order. */
function unmatched(lines: readonly string[], pool: readonly string[]): string[] {
  const available = new Map<string, number>();
  for (const line of pool) available.set(line, (available.get(line) ?? 0) + 1);
  const left: string[] = [];
  for (const line of lines) {
    const count = available.get(line) ?? 0;
    if (count > 0) available.set(line, count - 1);
    else left.push(line);
  }
  return left;
}

/**
 * Precision, recall and F1 from counts. An empty denominator scores 1 (nothing to get wrong): an
 * empty output for an empty gold is perfect, an empty output for a non-empty gold has recall 0, F1 0.
 */
export function prf(matched: number, output: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = output === 0 ? 1 : matched / output;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface Totals {
  readonly documents: number;
  readonly exact: number;
  /** exact / documents (1 for no documents). */
  readonly exactRate: number;
  readonly goldLines: number;
  readonly outputLines: number;
  readonly matched: number;
  /** Micro-averaged over all lines of all documents. */
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly lostLines: number;
  readonly extraLines: number;
  /** Ids of the documents that lost at least one gold line, in the given order. */
  readonly documentsWithLoss: readonly string[];
}

/** Micro-averaged totals: line counts are summed over documents before dividing. */
export function totalScores(docs: readonly DocScore[]): Totals {
  let exact = 0;
  let goldLines = 0;
  let outputLines = 0;
  let matched = 0;
  let lostLines = 0;
  let extraLines = 0;
  for (const doc of docs) {
    if (doc.exact) exact += 1;
    goldLines += doc.goldLines;
    outputLines += doc.outputLines;
    matched += doc.matched;
    lostLines += doc.lost.length;
    extraLines += doc.extra.length;
  }
  return {
    documents: docs.length,
    exact,
    exactRate: docs.length === 0 ? 1 : exact / docs.length,
    goldLines,
    outputLines,
    matched,
    ...prf(matched, outputLines, goldLines),
    lostLines,
    extraLines,
    documentsWithLoss: docs.filter((doc) => doc.lost.length > 0).map((doc) => doc.id),
  };
}

/** Where a lost gold line and an extra output line part ways: the usual shape of a mangled paragraph. */
export interface LineDifference {
  readonly lost: string;
  readonly extra: string;
  /** 0-based index of the first differing UTF-16 unit (= the shorter length when one is a prefix). */
  readonly at: number;
}

/**
 * Pairs each lost line with the extra line sharing its longest common prefix or suffix, when that
 * shared part is at least `minShared` characters; each extra line is used at most once. Lines with
 * no such partner were dropped outright (or the output has a line never seen in gold).
 */
export function pairMangled(lost: readonly string[], extra: readonly string[], minShared = 20): LineDifference[] {
  const used = new Set<number>();
  const pairs: LineDifference[] = [];
  for (const line of lost) {
    let best = -1;
    let bestShared = minShared - 1;
    extra.forEach((candidate, index) => {
      if (used.has(index)) return;
      const shared = Math.max(commonPrefix(line, candidate), commonSuffix(line, candidate));
      if (shared > bestShared) {
        best = index;
        bestShared = shared;
      }
    });
    const partner = extra[best];
    if (partner === undefined) continue;
    used.add(best);
    pairs.push({ lost: line, extra: partner, at: commonPrefix(line, partner) });
  }
  return pairs;
}

export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  return i;
}

export function commonSuffix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i += 1;
  return i;
}
