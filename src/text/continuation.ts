/**
 * When does a line continue the paragraph above it? The judgements behind fragment merging, each
 * with the id reported for the merges it decides. Kept apart from the pass so each can be tested.
 */

import { awaitsDatelineDash, endsSentence } from './classify.js';
import { isSpaceCode, wordCount } from './lines.js';

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
const OPENING_QUOTE_RE = /^["“'‘]/u;
/** An acronym or code first: "PPPK", "KPU", "M6". */
const ACRONYM_START_RE = /^[("“'‘]?\p{Lu}[\p{Lu}\p{N}]+\b/u;
const PAREN_START_RE = /^\(/u;
/** A dash left at the end of a dateline or clause: "BOGOR, KOMPAS.com –", "Jakarta --". */
const DASH_END_RE = /(?:\s[-–—]{1,2}|--)$/u;
const DASH_START_RE = /^[-–—]{1,2}\s/u;
const URL_ONLY_RE = /^https?:\/\/\S+$/iu;
/** List items and bullets start their own line: "- item", "1. item", "a) item", "• item". */
const LIST_ITEM_RE = /^(?:[-–•*·▪►●]\s|\p{N}{1,2}[.)]\s|\p{Ll}[.)]\s|\((?:\p{N}{1,2}|\p{Ll})\)\s)/u;
/**
 * The word before a final hyphen. The lookbehind starts a try only where a run of letters starts:
 * without it, a long run of letters not ending in a hyphen is retried from each of its letters,
 * quadratic time (a 100 K-letter line took 9 s).
 */
const HYPHEN_BREAK_RE = /(?<!\p{L})(\p{L}+)-$/u;
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

/** A quotation closing the line: `... Pak Anies?"`, `... kata dia.”`. */
const CLOSING_QUOTE_END_RE = /["”]$/u;
/** The attribution after a quotation: `kata Mahfud, ...`, `ujarnya.`, `tegas Rafi.` */
const SPEECH_VERB_START_RE = /^(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|imbuh|tambah|lanjut|terang|sebut|pungkas|tandas|tukas|papar|beber|timpal)(?:nya)?\b/u;

/** Words that introduce a proper name: a line ending in one is waiting for the name ("... warga Desa" / "Sukamaju"). */
const NAME_INTRO_WORDS = new Set([
  'kecamatan', 'kabupaten', 'kota', 'desa', 'kelurahan', 'provinsi', 'jalan', 'presiden', 'menteri', 'gubernur',
  'bupati', 'wali', 'kepala', 'ketua', 'direktur', 'polsek', 'polres', 'polda', 'kapolres', 'kapolda', 'kapolsek',
  'pak', 'bu', 'bapak', 'ibu', 'partai', 'universitas', 'pt', 'tim', 'klub', 'pelatih', 'pemain', 'penyanyi',
  'aktor', 'aktris', 'artis', 'polisi', 'anggota', 'pulau', 'gunung', 'sungai', 'stadion', 'bandara', 'pelabuhan',
  'kantor', 'kementerian', 'dinas', 'badan', 'komisi', 'pengadilan', 'kejaksaan', 'ronde', 'piala', 'liga',
  'film', 'lagu', 'album', 'akun', 'harian', 'majalah', 'kata', 'ujar', 'ucap', 'tutur', 'ungkap', 'sapaan',
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


/**
 * A short piece of a sentence: a name, a place, a number, a term led by an acronym ("Bogor Selatan",
 * "Kompas.com,", "2026.", "PPPK paruh waktu"). "Foto ini beredar", a capitalised word followed by
 * ordinary ones, is the start of a new sentence instead.
 */
function isShortFragment(text: string): boolean {
  // An opening quote starts a quotation, a new sentence: `"Malam` / `ini Ketum ...`.
  if (wordCount(text) > FRAGMENT_MAX_WORDS || text.length > FRAGMENT_MAX_CHARS || OPENING_QUOTE_RE.test(text)) return false;
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

/** The text after the last white space, lower-cased ('' when the text ends in white space). */
function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start).toLowerCase();
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
  if (DASH_START_RE.test(next) && awaitsDatelineDash(previous)) {
    return { rule: 'merge/dateline-dash', glue: ' ', reason: 'dash of the dateline above' };
  }
  if (previous.endsWith(':') && URL_ONLY_RE.test(next)) return { rule: 'merge/url-after-colon', glue: ' ', reason: 'link announced by the line above' };
  if (CLOSING_QUOTE_END_RE.test(previous) && SPEECH_VERB_START_RE.test(next)) {
    return { rule: 'merge/quote-attribution', glue: ' ', reason: 'who said the quotation above' };
  }
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
  if (isShortFragment(next) && fragmentGoesOn(previous, next, after)) {
    return { rule: 'merge/short-fragment', glue: ' ', reason: 'short fragment inside an unfinished sentence' };
  }
  return undefined;
}

/**
 * Whether the sentence visibly goes on through a short capitalised fragment. A line above that
 * merely lacks its full stop is common (truncated scrapes), so a capitalised word after it needs
 * evidence: the fragment ends in a comma or is a number, the next line starts with punctuation
 * (", merupakan ..."), or the next line goes on in lower case after a term led by an acronym
 * ("PPPK paruh waktu") or after a word that introduces a name ("Kecamatan" / "Bogor Selatan").
 */
function fragmentGoesOn(previous: string, next: string, after: string | undefined): boolean {
  if (isTrailingNumber(next) || next.endsWith(',')) return true;
  if (after === undefined || isListItem(after)) return false;
  if (CLOSING_START_RE.test(after) || isTrailingNumber(after)) return true;
  return LOWERCASE_START_RE.test(after) && (ACRONYM_START_RE.test(next) || NAME_INTRO_WORDS.has(lastWord(previous)));
}

/** How a punctuation-only line attaches to the paragraph above, or undefined when it is a stray line. */
export function punctuationJoin(previous: string | undefined, punctuation: string): Join | undefined {
  if (previous === undefined) return undefined;
  if (/^[-–—]{1,2}$/u.test(punctuation) && awaitsDatelineDash(previous)) {
    return { rule: 'merge/dateline-dash', glue: ' ', reason: 'dash of the dateline above' };
  }
  if (endsSentence(previous)) return undefined;
  if (CLOSING_START_RE.test(punctuation)) return { rule: 'merge/closing-punctuation', glue: '', reason: 'punctuation that ends the unfinished sentence above' };
  return undefined;
}
