/**
 * When does a line continue the paragraph above it? The judgements behind fragment merging, each
 * with the id reported for the merges it decides. Kept apart from the pass so each can be tested.
 */

import { endsSentence, startsWithDateline } from './classify.js';
import { wordCount } from './lines.js';

/** How two pieces are glued: with one space, or directly (punctuation, brackets, hyphen breaks). */
export type Glue = ' ' | '';

export interface Join {
  /** `merge/<heuristic>`, reported with the merge. */
  readonly rule: string;
  readonly glue: Glue;
  /** For a hyphen break: how many trailing characters of the previous text to remove (the hyphen). */
  readonly trimPrevious?: number;
  readonly reason: string;
}

/** Punctuation that closes or continues a sentence and so attaches to the word before it. */
const CLOSING_START_RE = /^[,.;:!?)\]}”’/%…]/u;
const OPENING_END_RE = /[([{“‘]$/u;
const LOWERCASE_START_RE = /^["'“‘]?\p{Ll}/u;
const DIGIT_START_RE = /^\p{N}/u;
/** A word of a name or number, possibly behind an opening bracket or quote: "Bogor", "PS", "(NTT)", "2026.". */
const NAME_WORD_RE = /^[("“'‘]?[\p{Lu}\p{N}]/u;
/** An acronym or code first: "PPPK", "KPU", "M6". */
const ACRONYM_START_RE = /^[("“'‘]?\p{Lu}[\p{Lu}\p{N}]+\b/u;
const PAREN_START_RE = /^\(/u;
/** A dash left at the end of a dateline or clause: "BOGOR, KOMPAS.com –", "Jakarta --". */
const DASH_END_RE = /(?:\s[-–—]{1,2}|--)$/u;
const DASH_START_RE = /^[-–—]{1,2}\s/u;
const URL_ONLY_RE = /^https?:\/\/\S+$/iu;
/** List items and bullets start their own line: "- item", "1. item", "a) item", "• item". */
const LIST_ITEM_RE = /^(?:[-–•*·▪►●]\s|\p{N}{1,2}[.)]\s|\p{Ll}[.)]\s|\((?:\p{N}{1,2}|\p{Ll})\)\s)/u;
const HYPHEN_BREAK_RE = /(\p{L}+)-$/u;
const FIRST_WORD_RE = /^\p{Ll}+/u;
const CAPITALISED_LAST_WORD_RE = /(?:^|\s)\p{Lu}[\p{L}.'’-]*$/u;

/**
 * Prepositions, conjunctions and particles after which an Indonesian sentence cannot end: a line
 * ending in one was cut mid-sentence ("... ungkap Rafi kepada" / "Kompas.com").
 */
const CONTINUATION_WORDS = new Set([
  'di', 'ke', 'dari', 'pada', 'kepada', 'oleh', 'untuk', 'dengan', 'dan', 'atau', 'serta', 'yang', 'bahwa',
  'karena', 'agar', 'supaya', 'hingga', 'sampai', 'dalam', 'bagi', 'tentang', 'terhadap', 'melalui',
  'seperti', 'sebagai', 'antara', 'yakni', 'yaitu', 'ialah', 'adalah', 'para', 'sang', 'si', 'menurut',
  'atas', 'tanpa', 'sejak', 'selama', 'secara', 'sebesar', 'sebanyak', 'mencapai', 'menjadi', 'merupakan',
  'namun', 'tetapi', 'tapi', 'maupun', 'baik', 'jika', 'kalau', 'ketika', 'saat', 'usai', 'setelah',
  'sebelum', 'bersama', 'akan', 'telah', 'sudah', 'juga', 'the', 'of', 'and',
]);

/** The most a line may hold to count as a short fragment ("Bogor Selatan", "Kompas.com,"). */
const FRAGMENT_MAX_WORDS = 4;
const FRAGMENT_MAX_CHARS = 40;
/** Words from which a capitalised line ending in a full stop reads as a sentence of its own. */
const COMPLETE_SENTENCE_MIN_WORDS = 8;

/**
 * Whether a line visibly stops mid-sentence: after a comma, an opening bracket, a dash, or a word a
 * sentence cannot end on ("... diunggah di" / "Facebook" / "pada Senin").
 */
export function endsOpen(text: string): boolean {
  return text.endsWith(',') || OPENING_END_RE.test(text) || DASH_END_RE.test(text) || CONTINUATION_WORDS.has(lastWord(text));
}

export function isListItem(text: string): boolean {
  return LIST_ITEM_RE.test(text);
}

/** Whether a line starts the way only a continuation can: lower case or closing punctuation. */
function startsAsContinuation(text: string): boolean {
  return (LOWERCASE_START_RE.test(text) || CLOSING_START_RE.test(text)) && !isListItem(text);
}

/**
 * A short piece of a sentence: a name, a place, a number, a term led by an acronym ("Bogor Selatan",
 * "Kompas.com,", "2026.", "PPPK paruh waktu"). "Foto ini beredar", a capitalised word followed by
 * ordinary ones, is the start of a new sentence instead.
 */
function isShortFragment(text: string): boolean {
  if (wordCount(text) > FRAGMENT_MAX_WORDS || text.length > FRAGMENT_MAX_CHARS) return false;
  const words = text.split(/\s+/);
  return ACRONYM_START_RE.test(text) || words.every((word) => NAME_WORD_RE.test(word));
}

/** A short number that finishes the sentence above it ("Piala Dunia" / "2026."). */
function isTrailingNumber(text: string): boolean {
  return DIGIT_START_RE.test(text) && wordCount(text) <= 2;
}

/** A capitalised line of several words ending in sentence punctuation: a paragraph of its own. */
function isCompleteSentence(text: string): boolean {
  return wordCount(text) >= COMPLETE_SENTENCE_MIN_WORDS && endsSentence(text);
}

function lastWord(text: string): string {
  const words = text.split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

/**
 * How `next` attaches to the paragraph `previous`, or undefined when it starts a new paragraph.
 * `after` is the line following `next` (a short fragment is joined only when the sentence visibly
 * goes on after it); `knownWords` holds the article's words, to tell a hyphen break from a
 * hyphenated word.
 */
export function joinDecision(previous: string, next: string, after: string | undefined, knownWords: () => ReadonlySet<string>): Join | undefined {
  if (CLOSING_START_RE.test(next)) return { rule: 'merge/closing-punctuation', glue: '', reason: 'line starts with punctuation that closes the sentence above' };
  if (OPENING_END_RE.test(previous)) return { rule: 'merge/open-bracket', glue: '', reason: 'line above ends with an opening bracket or quote' };
  if (DASH_START_RE.test(next) && startsWithDateline(previous) && !DASH_END_RE.test(previous)) {
    return { rule: 'merge/dateline-dash', glue: ' ', reason: 'dash of the dateline above' };
  }
  if (previous.endsWith(':') && URL_ONLY_RE.test(next)) return { rule: 'merge/url-after-colon', glue: ' ', reason: 'link announced by the line above' };
  if (endsSentence(previous) || previous.endsWith(':') || isListItem(next)) return undefined;

  const hyphenBreak = HYPHEN_BREAK_RE.exec(previous);
  const nextWord = FIRST_WORD_RE.exec(next)?.[0];
  if (hyphenBreak && nextWord) {
    const joined = `${hyphenBreak[1] ?? ''}${nextWord}`.toLowerCase();
    return knownWords().has(joined)
      ? { rule: 'merge/hyphen-break', glue: '', trimPrevious: 1, reason: 'word broken by a hyphen at the line end' }
      : { rule: 'merge/hyphenated-word', glue: '', reason: 'hyphenated word split at the line end' };
  }
  if (LOWERCASE_START_RE.test(next)) return { rule: 'merge/lowercase-continuation', glue: ' ', reason: 'unfinished sentence continues in lower case' };
  // A semicolon closes a clause: only a lower-case continuation goes on after it.
  if (previous.endsWith(';')) return undefined;
  if (DASH_END_RE.test(previous)) return { rule: 'merge/dateline-dash', glue: ' ', reason: 'line above ends with a dateline dash' };
  // A comma or function word at the end means the line was cut, but a whole capitalised sentence
  // after it is more likely the next paragraph of a truncated scrape than the rest of this one.
  if (!isCompleteSentence(next)) {
    if (previous.endsWith(',')) return { rule: 'merge/after-comma', glue: ' ', reason: 'line above ends with a comma' };
    if (CONTINUATION_WORDS.has(lastWord(previous))) return { rule: 'merge/after-function-word', glue: ' ', reason: 'line above ends with a word a sentence cannot end on' };
  }
  if (PAREN_START_RE.test(next) && CAPITALISED_LAST_WORD_RE.test(previous)) {
    return { rule: 'merge/parenthetical', glue: ' ', reason: 'bracketed detail after a name' };
  }
  if (isShortFragment(next) && (isTrailingNumber(next) || next.endsWith(',') || (after !== undefined && (startsAsContinuation(after) || isTrailingNumber(after))))) {
    return { rule: 'merge/short-fragment', glue: ' ', reason: 'short fragment inside an unfinished sentence' };
  }
  return undefined;
}

/** How a punctuation-only line attaches to the paragraph above, or undefined when it is a stray line. */
export function punctuationJoin(previous: string | undefined, punctuation: string): Join | undefined {
  if (previous === undefined) return undefined;
  if (/^[-–—]{1,2}$/u.test(punctuation) && startsWithDateline(previous) && !DASH_END_RE.test(previous)) {
    return { rule: 'merge/dateline-dash', glue: ' ', reason: 'dash of the dateline above' };
  }
  if (endsSentence(previous)) return undefined;
  if (CLOSING_START_RE.test(punctuation)) return { rule: 'merge/closing-punctuation', glue: '', reason: 'punctuation that ends the unfinished sentence above' };
  return undefined;
}
