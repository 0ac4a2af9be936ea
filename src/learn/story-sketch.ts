/**
 * Is this the same story? A bottom-k sketch of an article's story lines (the `STORY_SKETCH_SIZE`
 * smallest hashes of its distinct lines of six words or more) estimates how much two articles
 * share. Syndicated copies of one story share most of their lines; different stories of one outlet
 * share only the outlet's chrome.
 */

/** Hashes kept per article. */
export const STORY_SKETCH_SIZE = 16;
/** Lines shorter than this are not story text (headings, credits, prompts). */
export const STORY_LINE_MIN_WORDS = 6;
/** Estimated Jaccard similarity at or above which two articles are the same story. */
export const SAME_STORY_JACCARD = 0.4;

/** The sorted `STORY_SKETCH_SIZE` smallest of the given 32-bit hashes. */
export function storySketch(hashes: Iterable<number>): Uint32Array {
  const sorted = Uint32Array.from(new Set(hashes)).sort();
  return sorted.slice(0, STORY_SKETCH_SIZE);
}

/**
 * Estimated similarity of the two articles' story lines, leaving out `except` (the line being
 * judged, which both share by construction): the share of the k smallest hashes of the union that
 * both hold, read only as far as both sketches reach. So a short article whose lines all recur in a
 * longer one (a cut-down copy) scores high, as containment would. Undefined when either article
 * has no other story line to compare.
 */
export function storySimilarity(a: Uint32Array, b: Uint32Array, except: number): number | undefined {
  let i = 0;
  let j = 0;
  let taken = 0;
  let shared = 0;
  let aLeft = a.length - (a.includes(except) ? 1 : 0);
  let bLeft = b.length - (b.includes(except) ? 1 : 0);
  if (aLeft === 0 || bLeft === 0) return undefined;
  while (taken < STORY_SKETCH_SIZE && aLeft > 0 && bLeft > 0) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === except) {
      i++;
    } else if (y === except) {
      j++;
    } else {
      if (x <= y) {
        i++;
        aLeft--;
      }
      if (y <= x) {
        j++;
        bLeft--;
      }
      if (x === y) shared++;
      taken++;
    }
  }
  return taken === 0 ? undefined : shared / taken;
}

/**
 * How many different stories the sampled articles are: each joins the first group whose first
 * member it resembles (similarity ≥ SAME_STORY_JACCARD); an article with no story text of its own
 * counts as a story apart.
 */
export function countStories(samples: readonly Uint32Array[], except: number): number {
  const leaders: Uint32Array[] = [];
  for (const sample of samples) {
    const same = leaders.some((leader) => (storySimilarity(leader, sample, except) ?? 0) >= SAME_STORY_JACCARD);
    if (!same) leaders.push(sample);
  }
  return leaders.length;
}
