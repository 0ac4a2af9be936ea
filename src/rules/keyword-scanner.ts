/**
 * Finds every keyword of a rule pack in a line in one pass over its characters (an Aho–Corasick
 * automaton), so the cost of the keyword lookup grows with the line's length, not with the number
 * of keywords. Word keywords are matched in the lower-cased line; a keyword may be required to be a
 * whole word among the line's first words (start-anchored rules) or may sit anywhere, inside a
 * longer word too ("juga" in "Bacajuga").
 */

import { foldCode, isWordCode } from '../text/words.js';

/** Where a keyword must sit for its entries to count. */
export type KeywordPlace = 'near-start' | 'anywhere';

interface Output {
  readonly length: number;
  readonly place: KeywordPlace;
  /** What a match reports: the caller's ids for this keyword (rule indices). */
  readonly values: readonly number[];
}

export class KeywordScanner {
  /** Automaton transitions: `transitions[state * alphabetSize + symbol]`. */
  private readonly transitions: Int32Array;
  private readonly alphabetSize: number;
  /** Symbol of each ASCII code; 0 is "a character no keyword holds". */
  private readonly asciiSymbols = new Int32Array(128);
  private readonly otherSymbols = new Map<number, number>();
  /** What ends at each state, the matches of its proper suffixes included. */
  private readonly outputs: (Output[] | undefined)[];

  /**
   * `keywords`: lower-case words (letters and digits), each with where it must sit and the values a
   * match reports. `nearStartWords`: how many leading words a near-start keyword may be among.
   */
  constructor(
    keywords: readonly { readonly word: string; readonly place: KeywordPlace; readonly values: readonly number[] }[],
    private readonly nearStartWords: number,
  ) {
    let symbols = 1;
    const symbolOf = (code: number): number => {
      if (code < 128) return this.asciiSymbols[code] || (this.asciiSymbols[code] = symbols++);
      let symbol = this.otherSymbols.get(code);
      if (symbol === undefined) this.otherSymbols.set(code, (symbol = symbols++));
      return symbol;
    };
    // The trie, one child map per state.
    const children: Map<number, number>[] = [new Map()];
    const ends: Output[][] = [[]];
    for (const { word, place, values } of keywords) {
      let state = 0;
      for (let index = 0; index < word.length; index++) {
        const symbol = symbolOf(word.charCodeAt(index));
        let next = children[state]?.get(symbol);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]?.set(symbol, next);
        }
        state = next;
      }
      ends[state]?.push({ length: word.length, place, values });
    }
    this.alphabetSize = symbols;
    this.transitions = new Int32Array(children.length * symbols);
    this.outputs = new Array<Output[] | undefined>(children.length);
    // Breadth first, so a state's failure state (its longest proper suffix in the trie) is complete
    // before the state itself: its transitions and outputs are then inherited.
    const failure = new Int32Array(children.length);
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const inherited = state === 0 ? [] : (this.outputs[failure[state] as number] ?? []);
      const own = ends[state] ?? [];
      this.outputs[state] = own.length + inherited.length > 0 ? [...own, ...inherited] : undefined;
      for (let symbol = 0; symbol < symbols; symbol++) {
        const child = children[state]?.get(symbol);
        const fallback = state === 0 ? 0 : (this.transitions[(failure[state] as number) * symbols + symbol] as number);
        if (child === undefined) {
          this.transitions[state * symbols + symbol] = fallback;
        } else {
          this.transitions[state * symbols + symbol] = child;
          failure[child] = fallback;
          queue.push(child);
        }
      }
    }
  }

  /** The values of every keyword match in the line, in the order the matches end; repeats possible. */
  scan(text: string): (readonly number[])[] {
    return this.scanFolded(text, true) ?? (this.scanFolded(text.toLowerCase(), false) as (readonly number[])[]);
  }

  /**
   * The scan over `text`, each character lower-cased on its own when `fold` is set. Undefined when
   * a character cannot be lower-cased on its own (see `foldCode`). The loop does the least per
   * character: word positions are worked out only for a near-start keyword that matched.
   */
  private scanFolded(text: string, fold: boolean): (readonly number[])[] | undefined {
    const { transitions, alphabetSize, asciiSymbols, outputs } = this;
    const matches: (readonly number[])[] = [];
    let state = 0;
    /** Where the first `nearStartWords` words end; worked out at the first near-start match. */
    let nearStartEnd = -1;
    for (let index = 0; index < text.length; index++) {
      let code = text.charCodeAt(index);
      let symbol: number;
      if (code < 128) {
        // ASCII folds by adding 32 to a capital.
        symbol = asciiSymbols[fold && code >= 65 && code <= 90 ? code + 32 : code] as number;
      } else {
        if (fold) code = foldCode(code);
        if (code < 0) return undefined;
        symbol = this.otherSymbols.get(code) ?? 0;
      }
      state = transitions[state * alphabetSize + symbol] as number;
      const ending = outputs[state];
      if (ending === undefined) continue;
      for (const output of ending) {
        if (output.place === 'anywhere') {
          matches.push(output.values);
          continue;
        }
        const start = index - output.length + 1;
        if (nearStartEnd < 0) nearStartEnd = this.nearStartEnd(text, fold);
        if (start < nearStartEnd && this.isWholeWord(text, fold, start, index)) matches.push(output.values);
      }
    }
    return matches;
  }

  /** Whether `text[start..end]` is a whole word: no letter or digit right before or after it. */
  private isWholeWord(text: string, fold: boolean, start: number, end: number): boolean {
    return !(start > 0 && this.isWordAt(text, fold, start - 1)) && !(end + 1 < text.length && this.isWordAt(text, fold, end + 1));
  }

  /** The index just past the `nearStartWords`-th word (the text's length when it has fewer). */
  private nearStartEnd(text: string, fold: boolean): number {
    let words = 0;
    let inWord = false;
    for (let index = 0; index < text.length; index++) {
      const wordChar = this.isWordAt(text, fold, index);
      if (inWord && !wordChar && ++words >= this.nearStartWords) return index;
      inWord = wordChar;
    }
    return text.length;
  }

  /**
   * Whether the character at `index`, folded, is a letter or digit. A character that cannot be
   * folded makes the whole scan start again on the lower-cased text, so the answer for it is moot.
   */
  private isWordAt(text: string, fold: boolean, index: number): boolean {
    const code = fold ? foldCode(text.charCodeAt(index)) : text.charCodeAt(index);
    return code >= 0 && isWordCode(code);
  }
}
