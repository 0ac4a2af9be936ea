/**
 * dedup: keeps each paragraph of an article once: exact repeats (a body captured twice), lines
 * that are concatenations of other lines (cascade scrapes), lines contained in a longer one (a
 * teaser above its datelined lead), and near-identical long repeats.
 */

import type { ResolvedOptions } from '../options.js';
import type { ArticlePass } from '../pipeline.js';
import { similarity, similarityUpperBound } from '../text/similarity.js';
import { foldedWordHashes, wordsOf } from '../text/words.js';
import type { Edit, Line } from '../types.js';

const PASS = 'dedup';
/** Share of a line's key that other lines must cover for it to count as their concatenation. */
const CONCATENATION_COVERAGE = 0.9;
/** Words in the anchor used to find lines that may contain a given line. */
const ANCHOR_WORDS = 3;
/**
 * Share of a paragraph's anchors an earlier one must also hold to be compared as a near repeat:
 * a 0.9 Dice pair keeps far more of its word triples than this, unrelated paragraphs far fewer.
 */
const NEAR_MIN_SHARED_ANCHORS = 0.25;
/** An anchor held by more paragraphs than this is boilerplate phrasing, useless for finding pairs. */
const COMMON_ANCHOR_HOLDERS = 50;

/** What the pass needs to know of a line's words. */
interface LineWords {
  readonly count: number;
  /** A hash of the whole word sequence: equal keys have equal hashes. */
  readonly keyHash: number;
  /** Hashes of its word triples (`anchorHashes`). */
  readonly anchors: readonly number[];
}

function lineWords(line: Line): LineWords {
  const hashes = foldedWordHashes(line.text);
  return { count: hashes.length, keyHash: sequenceHash(hashes), anchors: anchorHashes(hashes) };
}

class Paragraph {
  /** Set when dropped: the rule and the paragraph it repeats. */
  drop?: { rule: string; of: Paragraph; reason: string };
  readonly words: number;
  readonly keyHash: number;
  readonly anchors: readonly number[];

  /** `index`: position in the article, for "earlier" and for stable ordering. */
  constructor(
    readonly index: number,
    readonly line: Line,
  ) {
    const known = lineWords(line);
    this.words = known.count;
    this.keyHash = known.keyHash;
    this.anchors = known.anchors;
  }

  #key: string | undefined;

  /**
   * The line's words, lower-cased, joined by single spaces: "“Kami siap,” ujarnya." and
   * "\"Kami  siap\", ujarnya" share "kami siap ujarnya". Built only for lines that may repeat others.
   */
  get key(): string {
    this.#key ??= wordsOf(this.line.text.toLowerCase()).join(' ');
    return this.#key;
  }
}

export const dedupParagraphs: ArticlePass = {
  id: PASS,
  summary: 'Drops paragraphs that repeat, concatenate or are contained in other paragraphs of the article.',
  run(article, options) {
    const paragraphs = article.lines.map((line, index) => new Paragraph(index, line));
    markExactRepeats(paragraphs, options);
    // Containment and near repeats share word triples; most articles have none to share, and the
    // index that pairs them up is then not worth building.
    if (shareAnAnchor(alive(paragraphs))) {
      const index = new AnchorIndex(alive(paragraphs));
      markConcatenationsAndContained(paragraphs, index, options);
      markNearRepeats(paragraphs, index, options);
    }
    const edits: Edit[] = [];
    const lines: Line[] = [];
    for (const paragraph of paragraphs) {
      if (!paragraph.drop) {
        lines.push(paragraph.line);
        continue;
      }
      const { rule, of, reason } = paragraph.drop;
      edits.push({ pass: PASS, rule, action: 'drop', from: paragraph.line.from, text: paragraph.line.text, reason: `${reason} (line ${of.line.from[0] ?? '?'})` });
    }
    return { lines, edits };
  },
};

function alive(paragraphs: readonly Paragraph[]): Paragraph[] {
  return paragraphs.filter((paragraph) => !paragraph.drop);
}

/**
 * Later copies of a long enough paragraph go. A short line (a subheading, "Ya.") goes only when it
 * sits next to a dropped repeat, i.e. inside a repeated block; elsewhere short repeats are dialogue.
 */
function markExactRepeats(paragraphs: Paragraph[], options: ResolvedOptions): void {
  // By hash first: keys are built only for lines whose hash an earlier line shares.
  const firstsByHash = new Map<number, Paragraph[]>();
  const shortRepeats: { index: number; of: Paragraph }[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.words === 0) return;
    const firsts = firstsByHash.get(paragraph.keyHash);
    const first = firsts?.find((earlier) => earlier.key === paragraph.key);
    if (!first) {
      if (firsts) firsts.push(paragraph);
      else firstsByHash.set(paragraph.keyHash, [paragraph]);
    } else if (paragraph.words >= options.dedupMinWords) {
      paragraph.drop = { rule: 'dedup/exact-repeat', of: first, reason: 'repeats an earlier paragraph' };
    } else {
      shortRepeats.push({ index, of: first });
    }
  });
  // Each round extends repeated blocks by one short line on either side.
  for (let changed = true; changed; ) {
    changed = false;
    for (const { index, of } of shortRepeats) {
      const paragraph = paragraphs[index] as Paragraph;
      if (paragraph.drop) continue;
      const besideRepeat = [paragraphs[index - 1], paragraphs[index + 1]].some((neighbour) => neighbour?.drop?.rule === 'dedup/exact-repeat');
      if (besideRepeat) {
        paragraph.drop = { rule: 'dedup/exact-repeat', of, reason: 'short line inside a repeated block' };
        changed = true;
      }
    }
  }
}

/** Every occurrence span of `needle` in `haystack`, on word boundaries. */
function spansOf(haystack: string, needle: string): [number, number][] {
  const spans: [number, number][] = [];
  const padded = ` ${haystack} `;
  for (let at = padded.indexOf(` ${needle} `); at !== -1; at = padded.indexOf(` ${needle} `, at + 1)) {
    spans.push([at, at + needle.length]);
  }
  return spans;
}

function coveredLength(spans: [number, number][]): number {
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let covered = 0;
  let end = -1;
  for (const [start, stop] of spans) {
    if (stop <= end) continue;
    covered += stop - Math.max(start, end);
    end = stop;
  }
  return covered;
}

/**
 * Where each run of `ANCHOR_WORDS` words occurs: the index that finds candidate pairs for
 * containment and near repeats without comparing every pair of paragraphs.
 */
class AnchorIndex {
  private readonly holders = new Map<number, Paragraph[]>();
  private readonly anchorsOf = new Map<Paragraph, number[]>();

  constructor(paragraphs: readonly Paragraph[]) {
    for (const paragraph of paragraphs) {
      const anchors = [...new Set(paragraph.anchors)];
      this.anchorsOf.set(paragraph, anchors);
      for (const anchor of anchors) {
        const list = this.holders.get(anchor);
        if (list) list.push(paragraph);
        else this.holders.set(anchor, [paragraph]);
      }
    }
  }

  /** Paragraphs that may contain `inner`: those holding its rarest anchor (every anchor of it is in them). */
  possibleContainers(inner: Paragraph): readonly Paragraph[] {
    let best: readonly Paragraph[] = [];
    for (const anchor of this.anchorsOf.get(inner) ?? []) {
      const list = this.holders.get(anchor) ?? [];
      if (best.length === 0 || list.length < best.length) best = list;
    }
    return best;
  }

  /**
   * Paragraphs sharing at least `share` of `paragraph`'s anchors, counting only anchors rare
   * enough to say something (a phrase every paragraph repeats proves nothing and costs much).
   */
  sharingAnchors(paragraph: Paragraph, share: number): Paragraph[] {
    const anchors = this.anchorsOf.get(paragraph) ?? [];
    const counts = new Map<Paragraph, number>();
    for (const anchor of anchors) {
      const list = this.holders.get(anchor) ?? [];
      if (list.length > COMMON_ANCHOR_HOLDERS) continue;
      for (const other of list) if (other !== paragraph) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    const needed = Math.max(1, Math.ceil(share * anchors.length));
    return [...counts].filter(([, count]) => count >= needed).map(([other]) => other);
  }
}

/**
 * Hashes of every run of `ANCHOR_WORDS` consecutive words. Numbers, not strings: building an
 * anchor string per word dominated the pass. A collision only adds a candidate, which is then
 * checked on the text itself.
 */
function anchorHashes(hashes: readonly number[]): number[] {
  const anchors: number[] = [];
  for (let start = 0; start + ANCHOR_WORDS <= hashes.length; start++) {
    let hash = 0;
    for (let offset = 0; offset < ANCHOR_WORDS; offset++) hash = Math.imul(hash ^ (hashes[start + offset] as number), 0x9e3779b1) + 0x7f4a7c15;
    anchors.push(hash >>> 0);
  }
  return anchors;
}

/** A hash of a sequence of word hashes, its length included. */
function sequenceHash(hashes: readonly number[]): number {
  let hash = hashes.length;
  for (const word of hashes) hash = Math.imul(hash ^ word, 0x9e3779b1) + 0x7f4a7c15;
  return hash >>> 0;
}

/**
 * Whether any word triple occurs in two different paragraphs. Asked of every article, and most
 * answer no: an open-addressing table over typed arrays, reused from article to article (a
 * generation stamp empties it), costs far less than a Map of a few hundred numbers.
 */
function shareAnAnchor(paragraphs: readonly Paragraph[]): boolean {
  let count = 0;
  for (const paragraph of paragraphs) count += paragraph.anchors.length;
  const table = anchorTable(count);
  const mask = table.keys.length - 1;
  const stamp = ++table.generation;
  for (const paragraph of paragraphs) {
    for (const anchor of paragraph.anchors) {
      let slot = Math.imul(anchor, 0x9e3779b1) >>> 0 & mask;
      while (table.stamps[slot] === stamp && table.keys[slot] !== anchor) slot = (slot + 1) & mask;
      if (table.stamps[slot] !== stamp) {
        table.stamps[slot] = stamp;
        table.keys[slot] = anchor;
        table.holders[slot] = paragraph.index;
      } else if (table.holders[slot] !== paragraph.index) {
        return true;
      }
    }
  }
  return false;
}

interface AnchorTable {
  keys: Uint32Array;
  holders: Int32Array;
  stamps: Uint32Array;
  generation: number;
}

let sharedTable: AnchorTable | undefined;

/** The reusable table, grown to at least twice `entries` slots (a power of two), so probes stay short. */
function anchorTable(entries: number): AnchorTable {
  let size = 1024;
  while (size < entries * 2) size *= 2;
  if (!sharedTable || sharedTable.keys.length < size || sharedTable.generation >= 0xffffffff) {
    sharedTable = { keys: new Uint32Array(size), holders: new Int32Array(size), stamps: new Uint32Array(size), generation: 0 };
  }
  return sharedTable;
}

/** Which other paragraphs each paragraph contains on word boundaries. */
function containments(paragraphs: readonly Paragraph[], index: AnchorIndex, options: ResolvedOptions): Map<Paragraph, Paragraph[]> {
  const contained = new Map<Paragraph, Paragraph[]>();
  for (const inner of paragraphs) {
    if (inner.words < Math.max(options.dedupMinWords, ANCHOR_WORDS)) continue;
    for (const outer of index.possibleContainers(inner)) {
      if (outer === inner || outer.key.length <= inner.key.length || spansOf(outer.key, inner.key).length === 0) continue;
      const list = contained.get(outer) ?? [];
      list.push(inner);
      contained.set(outer, list);
    }
  }
  return contained;
}

/**
 * A line made of other lines of the article (a cascade scrape) goes and its parts stay; a line
 * found whole inside a longer one (a teaser repeating the lead) goes and the longer one stays.
 */
function markConcatenationsAndContained(paragraphs: readonly Paragraph[], index: AnchorIndex, options: ResolvedOptions): void {
  const contained = containments(alive(paragraphs), index, options);
  const outers = [...contained.keys()].sort((a, b) => b.key.length - a.key.length || a.index - b.index);
  for (const outer of outers) {
    const parts = (contained.get(outer) ?? []).filter((part) => !part.drop);
    if (parts.length < 2) continue;
    const covered = coveredLength(parts.flatMap((part) => spansOf(outer.key, part.key)));
    if (covered >= CONCATENATION_COVERAGE * outer.key.length) {
      outer.drop = { rule: 'dedup/concatenation', of: parts[0] as Paragraph, reason: 'concatenates other paragraphs of the article' };
    }
  }
  const innersShortestFirst = [...new Set([...contained.values()].flat())].sort((a, b) => a.key.length - b.key.length || a.index - b.index);
  for (const inner of innersShortestFirst) {
    if (inner.drop) continue;
    const holder = outers.find((outer) => !outer.drop && contained.get(outer)?.includes(inner));
    if (holder) inner.drop = { rule: 'dedup/contained', of: holder, reason: 'contained in a longer paragraph' };
  }
}

/** Long paragraphs nearly identical to an earlier one (a re-captured body with small edits). */
function markNearRepeats(paragraphs: readonly Paragraph[], index: AnchorIndex, options: ResolvedOptions): void {
  for (const later of alive(paragraphs)) {
    if (later.key.length < options.nearDuplicateMinChars) continue;
    const candidates = index
      .sharingAnchors(later, NEAR_MIN_SHARED_ANCHORS)
      .filter((earlier) => earlier.index < later.index && !earlier.drop && earlier.key.length >= options.nearDuplicateMinChars)
      .sort((a, b) => a.index - b.index);
    for (const earlier of candidates) {
      if (similarityUpperBound(earlier.key.length, later.key.length) < options.nearDuplicateThreshold) continue;
      const score = similarity(earlier.key, later.key);
      if (score >= options.nearDuplicateThreshold) {
        later.drop = { rule: 'dedup/near-repeat', of: earlier, reason: `nearly repeats an earlier paragraph, similarity ${score.toFixed(2)}` };
        break;
      }
    }
  }
}
