/** Pattern pieces several rule files share (regex source strings, combined with `String.raw`). */

/**
 * A person's name in a credit: capitalised words, initials and particles allowed ("Aditya
 * Ramadhan", "M. Rusdi", "Ahmad bin Yusuf"). Words are separated by exactly one space (lines are
 * normalised first), so every way through the pattern is unique and matching stays linear.
 */
export const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s(?:\p{Lu}[\p{L}.'’-]*|bin|binti|van|de|al))*`;
/**
 * Several names joined by a comma, slash or ampersand, or by " dan " with its spaces: a "dan" glued
 * to a word ("ÀDan") stays part of that word, which keeps the pattern unambiguous (and linear).
 */
export const NAMES = String.raw`${NAME}(?:\s?[,/&]\s?${NAME}|\sdan\s${NAME})*`;
/** A photographer's name after an outlet's slash: one to five capitalised words ("Fanny Kusumawardhani", "M Ali Wafa"). */
export const PHOTO_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}`;
/** Where a photo credit may start in a caption line: the line start, or after the caption's last sentence. */
export const CAPTION_CREDIT_START = String.raw`(?:^|[.!?"”)]\s*)`;
/** A credit in brackets closing a caption line, for one outlet: `(KOMPAS.com/ADHYASTA DIRGANTARA)`. */
export function bracketCreditEnd(outlet: string): string {
  return String.raw`\(\s*(?:${outlet})\s*\/\s*[^()\n]{1,60}\)\.?$`;
}
