/** The comparison key of a paragraph: its words, lower-cased, with punctuation and spacing folded away. */

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** "“Kami siap,” ujarnya." and "\"Kami  siap\", ujarnya" share the key "kami siap ujarnya". */
export function dedupKey(text: string): string {
  return (text.toLowerCase().match(WORD_RE) ?? []).join(' ');
}
