/** Small judgements about one line of Indonesian news text, shared by the passes and the rules. */

/** Sentence-final punctuation: `.`, `!`, `?`, `…`. */
const SENTENCE_FINAL = new Set(['.', '!', '?', '…'].map((char) => char.charCodeAt(0)));
/** Closing quotes and brackets that may follow it: `?"`, `!)`, `…”`. */
const CLOSING = new Set(['"', "'", '”', '’', '»', ')', ']'].map((char) => char.charCodeAt(0)));
/** A line made only of punctuation and symbols (`.`, `-`, `***`, `•`). */
const PUNCTUATION_ONLY_RE = /^[\p{P}\p{S}\s]+$/u;
/** Words that carry the case signal of a headline: start with a letter and have four or more characters. */
const CONTENT_WORD_RE = /^["'“‘(]*\p{L}[\p{L}\p{N}'’-]{3,}/u;
const UPPER_START_RE = /^["'“‘(]*[\p{Lu}\p{N}]/u;

/**
 * An outlet dateline opening a lead: `JAKARTA, KOMPAS.com -`, `Jakarta (ANTARA) -`,
 * `SERAMBINEWS.COM, BANDA ACEH -`, `TEMPO.CO, Jakarta -`, `Liputan6.com, Jakarta -`,
 * `Jakarta, CNN Indonesia --`, `REPUBLIKA.CO.ID, JAKARTA --`, `Suara.com -`, `VIVA –`,
 * `Bisnis.com, JAKARTA —`, `jpnn.com, JAKARTA -`, `Jakarta, IDN Times -`, `JAKARTA -`,
 * `TIMESINDONESIA, MALANG –`, `KATADATA -`, and detik's `Jakarta -`.
 * Outlet forms may lack the dash when a scraper split it onto the next line; the bare city forms
 * (`JAKARTA -`, `Jakarta -`) need the dash and a space after it, or any capitalised word would do.
 */
export const DATELINE_RE = new RegExp(
  String.raw`^(?:` +
    // CITY, outlet.tld   |  CITY (AGENCY)  |  City, CNN Indonesia / IDN Times
    String.raw`\p{Lu}[\p{L}.' ]{1,40}(?:,\s*[\p{L}\d-]+(?:\.[\p{L}]{2,4}){1,2}|\s*\((?:ANTARA|Antara|ANT)\)|,\s*(?:CNN Indonesia|CNBC Indonesia|IDN Times|Kumparan|kumparan))` +
    // outlet.tld[, CITY]
    String.raw`|[\p{L}\d-]+(?:\.[\p{L}]{2,4}){1,2}(?:,\s*\p{Lu}[\p{L}.' ]{1,40})?` +
    String.raw`|VIVA(?:\.co\.id)?` +
    String.raw`)\s*(?:[-–—]{1,2}|$)` +
    // an upper-case city, or an upper-case brand and city, with its dash: `JAKARTA -`, `TIMESINDONESIA, MALANG –`
    String.raw`|^\p{Lu}{2,}(?:,? \p{Lu}{2,}){0,3}\s*[-–—]{1,2}\s` +
    // a capitalised city of one to three words with its dash (detik): `Jakarta - `, `Banda Aceh - `
    String.raw`|^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2} [-–—]{1,2}\s`,
  'u',
);
/** A dash or two ending a dateline prefix. */
const DASH_END_RE = /[-–—]$/u;

/**
 * Whether the text ends in sentence-final punctuation, possibly followed by closing quotes or
 * brackets. Read backwards from the end: asked of nearly every line by several passes, and a
 * pattern anchored at the end would be tried from every position of the line.
 */
export function endsSentence(text: string): boolean {
  let index = text.length - 1;
  while (index >= 0 && CLOSING.has(text.charCodeAt(index))) index--;
  return index >= 0 && SENTENCE_FINAL.has(text.charCodeAt(index));
}

export function isPunctuationOnly(text: string): boolean {
  return PUNCTUATION_ONLY_RE.test(text);
}

/** Whether the text starts with an outlet dateline (with or without its dash). */
export function startsWithDateline(text: string): boolean {
  return DATELINE_RE.test(text);
}

/**
 * Whether the text is a dateline and nothing else, still without its dash (`JAKARTA, KOMPAS.com`,
 * `Jakarta, CNN Indonesia`): the dash a scraper put on the next line belongs to it. A whole lead
 * (`JAKARTA, KOMPAS.com - Pertamina ...`) is not waiting for anything.
 */
export function awaitsDatelineDash(text: string): boolean {
  const match = DATELINE_RE.exec(text);
  return match !== null && match[0].length === text.length && !DASH_END_RE.test(match[0].trimEnd());
}

/**
 * Whether a line reads as a headline: a few words, no final full stop, and most content words
 * capitalised ("Polisi Sebut Gangster Dulis di Bogor Belum Pernah Terlibat Tawuran").
 */
export function isHeadlineLike(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 200 || /[.;,:]$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length < 2 || words.length > 25) return false;
  const contentWords = words.filter((word) => CONTENT_WORD_RE.test(word));
  if (contentWords.length === 0) return false;
  const capitalised = contentWords.filter((word) => UPPER_START_RE.test(word)).length;
  return capitalised / contentWords.length >= 0.7;
}
