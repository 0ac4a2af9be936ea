/**
 * A small, conservative static check for regular expressions that can backtrack catastrophically,
 * run on user rules before they are compiled (the shipped pack is reviewed by hand). It reads the
 * pattern into a light tree and refuses three shapes:
 *
 * 1. a repeated group (`*`, `+`, `{n,}`, `{n,m}` with m > 1) whose body can split the same text in
 *    more than one way: `(a+)+`, `(\s*x\s*)*`, `(a|ab)*`, `(\w|\d)+`. A repeated body is allowed only
 *    when it is a flat sequence with a required token, in which every variable token is followed
 *    (also across iterations, and past optional tokens) by a token of disjoint characters, as in
 *    `(?:,\s*)*` or `(?:\s+\w+){0,3}`; or an alternation of fixed tokens starting with disjoint
 *    characters, as in `(?:\s|,)+`;
 * 2. two unbounded repeats in a row (only optional tokens between) that can match the same
 *    character: `\s*\s*`, `.*.*`, `\w+\s*\w+`. A last `.*` or `[^\n]*` that runs to the end of the
 *    pattern is allowed after another repeat (it cannot fail, so nothing backtracks into it);
 * 3. backreferences (`\1`, `\k<name>`).
 *
 * Characters are compared by coarse classes (lower, upper, digit, space, line break, ASCII
 * punctuation, other), exact characters for literals; so the check refuses some safe patterns, never
 * on purpose a dangerous one of these shapes. It does not prove a pattern linear: keep patterns
 * anchored and bounded (`[^\n]{0,200}` rather than `.*` in the middle).
 */

const LOWER = 1;
const UPPER = 2;
const DIGIT = 4;
const SPACE = 8;
const NEWLINE = 16;
const PUNCT = 32;
const OTHER = 64;
const ALL = 127;

/**
 * What one token can match: whole character classes (`mask`, from escapes, ranges, `.`), exact
 * characters (`chars`, from literals), minus the literals a negated class names (`except`).
 */
interface CharSet {
  readonly mask: number;
  readonly chars?: ReadonlySet<string>;
  readonly except?: ReadonlySet<string>;
}

interface Quantifier {
  readonly min: number;
  readonly max: number;
}

/** A token before its quantifier. */
type Atom =
  | { readonly type: 'char'; readonly set: CharSet }
  | { readonly type: 'assert'; readonly inner?: Alternation }
  | { readonly type: 'group'; readonly body: Alternation }
  | { readonly type: 'backref' };

type Node = Atom & { readonly q: Quantifier };

type Sequence = readonly Node[];
type Alternation = readonly Sequence[];

class PatternShapeError extends Error {}

/** The reason a pattern is refused, or undefined when it passes the check. */
export function backtrackingRisk(source: string, flags = ''): string | undefined {
  try {
    const tree = new Parser(source, flags).parse();
    checkAlternation(tree, true);
    return undefined;
  } catch (error) {
    if (error instanceof PatternShapeError) return error.message;
    throw error;
  }
}

function checkAlternation(alternation: Alternation, topLevel: boolean): void {
  for (const sequence of alternation) checkSequence(sequence, topLevel);
}

function checkSequence(sequence: Sequence, topLevel: boolean): void {
  for (const node of sequence) {
    if (node.type === 'backref') throw new PatternShapeError('backreferences are not allowed (they can backtrack without bound)');
    if (node.type === 'assert' && node.inner) checkAlternation(node.inner, false);
    if (node.type === 'group') {
      checkAlternation(node.body, false);
      if (node.q.max > 1) checkRepeatedBody(node.body);
    }
  }
  // Shape 2: an unbounded repeat followed, past optional tokens, by another that can take over its characters.
  const tokens = sequence.map((node, index) => ({ node, index })).filter(({ node }) => node.type !== 'assert');
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]?.node as Node;
    if (maxOf(first) !== Infinity) continue;
    for (let j = i + 1; j < tokens.length; j++) {
      const next = tokens[j]?.node as Node;
      if (maxOf(next) === Infinity && overlaps(lastSet(first), firstSet(next)) && !(topLevel && runsToEnd(sequence, tokens[j]?.index ?? 0))) {
        throw new PatternShapeError(`two unbounded repeats in a row can match the same text (${describe(first)} then ${describe(next)}); bound one, e.g. {0,50}, or make their characters disjoint`);
      }
      if (minOf(next) > 0) break;
    }
  }
}

/** Shape 1: a repeated group must split its text into iterations and tokens one way only. */
function checkRepeatedBody(body: Alternation): void {
  const refuse = (why: string): never => {
    throw new PatternShapeError(`a repeated group ${why}, so it can split the same text in many ways (as in (a+)+ or (a|ab)*); rewrite it with disjoint parts or a bounded character class`);
  };
  if (body.length > 1) {
    const firsts: CharSet[] = [];
    for (const withAsserts of body) {
      const alternative = withAsserts.filter((node) => node.type !== 'assert');
      if (alternative.length === 0 || alternative.some((node) => node.type !== 'char' || node.q.min !== node.q.max || node.q.min === 0)) {
        refuse('has an alternative that is not a fixed run of characters');
      }
      const first = firstSet(alternative[0] as Node);
      if (firsts.some((other) => overlaps(other, first))) refuse('has alternatives that can start with the same character');
      firsts.push(first);
    }
    return;
  }
  const tokens = (body[0] ?? []).filter((node) => node.type !== 'assert');
  if (!tokens.some((node) => minOf(node) > 0)) refuse('can match nothing at all');
  // Every variable token must end in characters the tokens after it (cyclically, past optional ones) cannot start with.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Node;
    if (!isVariable(token)) continue;
    for (let step = 1; step <= tokens.length; step++) {
      const next = tokens[(i + step) % tokens.length] as Node;
      if (overlaps(lastSet(token), firstSet(next))) refuse(`has ${describe(token)} next to ${describe(next)}`);
      if (minOf(next) > 0) break;
    }
  }
}

/** Whether only end anchors follow position `index` and the token there matches any character but a line break. */
function runsToEnd(sequence: Sequence, index: number): boolean {
  const node = sequence[index];
  if (node?.type !== 'char' || (node.set.mask & (ALL & ~NEWLINE)) !== (ALL & ~NEWLINE) || (node.set.except?.size ?? 0) > 1) return false;
  return sequence.slice(index + 1).every((rest) => rest.type === 'assert' && rest.inner === undefined);
}

function isVariable(node: Node): boolean {
  if (node.type === 'group') return node.q.min !== node.q.max || node.body.some((sequence) => sequence.some(isVariable)) || new Set(node.body.map(fixedLength)).size > 1;
  return node.type === 'char' && node.q.min !== node.q.max;
}

function fixedLength(sequence: Sequence): number {
  return sequence.reduce((sum, node) => sum + (node.type === 'char' ? node.q.min : node.type === 'group' ? node.q.min * Math.max(...node.body.map(fixedLength)) : 0), 0);
}

function minOf(node: Node): number {
  if (node.type === 'group') return node.q.min * Math.min(...node.body.map((sequence) => sequence.reduce((sum, inner) => sum + minOf(inner), 0)));
  return node.type === 'char' ? node.q.min : 0;
}

function maxOf(node: Node): number {
  if (node.type === 'group') {
    const inner = Math.max(...node.body.map((sequence) => sequence.reduce((sum, child) => sum + maxOf(child), 0)));
    return inner === 0 ? 0 : node.q.max * inner;
  }
  return node.type === 'char' ? node.q.max : 0;
}

/** The characters a token can start with (a group: the first tokens of its alternatives, past optional ones). */
function firstSet(node: Node): CharSet {
  return edgeSet(node, (sequence) => sequence);
}

/** The characters a token can end with. */
function lastSet(node: Node): CharSet {
  return edgeSet(node, (sequence) => [...sequence].reverse());
}

function edgeSet(node: Node, order: (sequence: Sequence) => Sequence): CharSet {
  if (node.type === 'char') return node.set;
  if (node.type === 'backref') return { mask: ALL };
  if (node.type === 'assert') return { mask: 0 };
  let union: CharSet = { mask: 0, chars: new Set() };
  for (const sequence of node.body) {
    for (const child of order(sequence)) {
      union = unite(union, edgeSet(child, order));
      if (minOf(child) > 0) break;
    }
  }
  return union;
}

function unite(a: CharSet, b: CharSet): CharSet {
  return { mask: a.mask | b.mask, chars: new Set([...(a.chars ?? []), ...(b.chars ?? [])]) };
}

function overlaps(a: CharSet, b: CharSet): boolean {
  if ((a.mask & b.mask) !== 0) return true;
  const reaches = (chars: ReadonlySet<string> | undefined, other: CharSet): boolean =>
    chars !== undefined && [...chars].some((char) => other.chars?.has(char) === true || ((categoryOf(char) & other.mask) !== 0 && other.except?.has(char) !== true));
  return reaches(a.chars, b) || reaches(b.chars, a);
}

function describe(node: Node): string {
  if (node.type === 'char' && node.set.mask === 0 && node.set.chars && !node.set.except) return `"${[...node.set.chars].join('')}"`;
  return node.type === 'group' ? 'a group' : 'a character class';
}

function categoryOf(char: string): number {
  if (char >= 'a' && char <= 'z') return LOWER;
  if (char >= 'A' && char <= 'Z') return UPPER;
  if (char >= '0' && char <= '9') return DIGIT;
  if (/[\n\r\u2028\u2029]/u.test(char)) return NEWLINE;
  if (/\s/u.test(char)) return SPACE;
  if (char.charCodeAt(0) < 128) return PUNCT;
  return OTHER;
}

/** Unicode property escapes by the classes they can reach; unknown ones reach everything. */
function propertyMask(name: string): number {
  const base = name.replace(/^(?:General_Category|gc)=/u, '');
  if (/^(?:L|Letter|Alphabetic|Alpha)$/u.test(base)) return LOWER | UPPER | OTHER;
  if (/^(?:Lu|Uppercase_Letter|Uppercase|Lt)$/u.test(base)) return UPPER | OTHER;
  if (/^(?:Ll|Lowercase_Letter|Lowercase)$/u.test(base)) return LOWER | OTHER;
  if (/^(?:Lo|Lm|M|Mn|Mc|Me|Script=\w+|sc=\w+)$/u.test(base)) return OTHER | LOWER | UPPER;
  if (/^(?:N|Nd|Number|Decimal_Number)$/u.test(base)) return DIGIT | OTHER;
  if (/^(?:P|Punctuation|S|Symbol|Sm|Sc|Sk|So|Pd|Ps|Pe|Pi|Pf|Pc|Po)$/u.test(base)) return PUNCT | OTHER;
  if (/^(?:Z|Zs|Separator|Space_Separator|White_Space)$/u.test(base)) return SPACE | NEWLINE;
  return ALL;
}

/** A recursive-descent reader for the subset of JavaScript regex syntax the check needs. */
class Parser {
  private index = 0;
  private readonly ignoreCase: boolean;
  private readonly dotAll: boolean;
  private readonly unicode: boolean;

  constructor(
    private readonly source: string,
    flags: string,
  ) {
    this.ignoreCase = flags.includes('i');
    this.dotAll = flags.includes('s');
    this.unicode = flags.includes('u') || flags.includes('v');
  }

  parse(): Alternation {
    const tree = this.alternation();
    if (this.index < this.source.length) throw new PatternShapeError(`unexpected "${this.source[this.index] ?? ''}" at ${this.index}`);
    return tree;
  }

  private alternation(): Alternation {
    const sequences: Sequence[] = [this.sequence()];
    while (this.peek() === '|') {
      this.index++;
      sequences.push(this.sequence());
    }
    return sequences;
  }

  private sequence(): Sequence {
    const nodes: Node[] = [];
    while (this.index < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      const q = this.quantifier();
      nodes.push({ ...atom, q });
    }
    return nodes;
  }

  private atom(): Atom {
    const char = this.source[this.index++] ?? '';
    if (char === '^' || char === '$') return { type: 'assert' };
    if (char === '.') return { type: 'char', set: { mask: this.dotAll ? ALL : ALL & ~NEWLINE } };
    if (char === '[') return { type: 'char', set: this.charClass() };
    if (char === '(') return this.group();
    if (char === '\\') {
      const escaped = this.escape(false);
      return escaped.type === 'char' ? { type: 'char', set: escaped.set } : { type: escaped.type };
    }
    return { type: 'char', set: this.literal(char) };
  }

  private group(): Atom {
    let kind: 'group' | 'assert' = 'group';
    if (this.source.startsWith('?:', this.index)) this.index += 2;
    else if (this.source.startsWith('?=', this.index) || this.source.startsWith('?!', this.index)) {
      this.index += 2;
      kind = 'assert';
    } else if (this.source.startsWith('?<=', this.index) || this.source.startsWith('?<!', this.index)) {
      this.index += 3;
      kind = 'assert';
    } else if (this.source.startsWith('?<', this.index)) {
      const end = this.source.indexOf('>', this.index);
      if (end < 0) throw new PatternShapeError('unterminated group name');
      this.index = end + 1;
    }
    const body = this.alternation();
    if (this.source[this.index++] !== ')') throw new PatternShapeError('unterminated group');
    return kind === 'assert' ? { type: 'assert', inner: body } : { type: 'group', body };
  }

  private quantifier(): Quantifier {
    const char = this.peek();
    let q: Quantifier | undefined;
    if (char === '*') q = { min: 0, max: Infinity };
    else if (char === '+') q = { min: 1, max: Infinity };
    else if (char === '?') q = { min: 0, max: 1 };
    if (q) this.index++;
    else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/u.exec(this.source.slice(this.index));
      if (match) {
        this.index += match[0].length;
        const min = Number(match[1]);
        q = { min, max: match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]) };
      }
    }
    if (!q) return { min: 1, max: 1 };
    if (this.peek() === '?') this.index++; // lazy: the same shapes backtrack the same way
    return q;
  }

  /** An escape: a character, a class (with the classes it covers whole, for negated brackets), an assertion or a backreference. */
  private escape(inClass: boolean): { type: 'char'; set: CharSet; whole?: number } | { type: 'assert' | 'backref'; set?: undefined } {
    const char = this.source[this.index++] ?? '';
    const cls = (mask: number, whole: number): { type: 'char'; set: CharSet; whole: number } => ({ type: 'char', set: { mask }, whole });
    switch (char) {
      case 'd':
        return cls(DIGIT, DIGIT);
      case 'D':
        return cls(ALL & ~DIGIT, ALL & ~DIGIT);
      case 'w':
        return cls(LOWER | UPPER | DIGIT | PUNCT | (this.unicode && this.ignoreCase ? OTHER : 0), LOWER | UPPER | DIGIT);
      case 'W':
        return cls(PUNCT | SPACE | NEWLINE | OTHER, SPACE | NEWLINE);
      case 's':
        return cls(SPACE | NEWLINE, SPACE | NEWLINE);
      case 'S':
        return cls(ALL & ~(SPACE | NEWLINE), ALL & ~(SPACE | NEWLINE));
      case 'b':
      case 'B':
        return inClass ? { type: 'char', set: this.literal('\b') } : { type: 'assert' };
      case 'p':
      case 'P': {
        const match = /^\{([^}]*)\}/u.exec(this.source.slice(this.index));
        if (!match) return { type: 'char', set: this.literal(char) };
        this.index += match[0].length;
        const mask = char === 'p' ? propertyMask(match[1] ?? '') : ALL;
        return cls(mask, char === 'p' ? mask & (LOWER | UPPER | DIGIT) : 0);
      }
      case 'k':
        if (this.peek() === '<') return this.backref(/^<[^>]*>/u);
        return { type: 'char', set: this.literal('k') };
      case 'n':
        return { type: 'char', set: this.literal('\n') };
      case 'r':
        return { type: 'char', set: this.literal('\r') };
      case 't':
        return { type: 'char', set: this.literal('\t') };
      case 'f':
      case 'v':
        return cls(SPACE, 0);
      case 'u':
      case 'x': {
        const match = /^(?:\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4}|[0-9a-fA-F]{2})/u.exec(this.source.slice(this.index));
        if (!match) return { type: 'char', set: this.literal(char) };
        this.index += match[0].length;
        return { type: 'char', set: this.literal(String.fromCodePoint(Number.parseInt(match[0].replace(/[{}]/gu, ''), 16))) };
      }
      default:
        if (/[1-9]/u.test(char) && !inClass) {
          this.index--;
          return this.backref(/^\d+/u);
        }
        return { type: 'char', set: this.literal(char === '0' ? '\0' : char) };
    }
  }

  private backref(shape: RegExp): { type: 'backref'; set?: undefined } {
    const match = shape.exec(this.source.slice(this.index));
    this.index += match?.[0].length ?? 0;
    return { type: 'backref' };
  }

  /**
   * A bracket class: literals, ranges and escapes. A negated class can match everything but the
   * classes its escapes cover whole (`[^\s]` leaves out spaces; `[^.!?]` is taken as everything).
   */
  private charClass(): CharSet {
    const negated = this.peek() === '^';
    if (negated) this.index++;
    let mask = 0;
    let whole = 0;
    const chars = new Set<string>();
    while (this.index < this.source.length && this.peek() !== ']') {
      const char = this.source[this.index++] ?? '';
      let member: CharSet;
      if (char === '\\') {
        const escaped = this.escape(true);
        member = escaped.type === 'char' ? escaped.set : { mask: ALL };
        whole |= escaped.type === 'char' ? (escaped.whole ?? 0) : 0;
      } else {
        member = this.literal(char);
      }
      const from = member.chars?.values().next().value;
      if (this.peek() === '-' && this.source[this.index + 1] !== ']' && from !== undefined) {
        this.index++;
        const end = this.source[this.index++] ?? '';
        const to = end === '\\' ? (this.escape(true).set?.chars?.values().next().value ?? '') : end;
        mask |= rangeMask(from, to, this.ignoreCase);
        continue;
      }
      mask |= member.mask;
      if (member.chars) for (const value of member.chars) chars.add(value);
    }
    if (this.source[this.index++] !== ']') throw new PatternShapeError('unterminated character class');
    if (negated) return { mask: ALL & ~whole, except: chars };
    return { mask, chars };
  }

  private literal(char: string): CharSet {
    const chars = new Set([char]);
    if (this.ignoreCase) {
      chars.add(char.toLowerCase());
      chars.add(char.toUpperCase());
    }
    return { mask: 0, chars };
  }

  private peek(): string {
    return this.source[this.index] ?? '';
  }
}

function rangeMask(from: string, to: string, ignoreCase: boolean): number {
  let mask = 0;
  const start = from.codePointAt(0) ?? 0;
  const end = to.codePointAt(0) ?? 0;
  if (end - start > 512) return ALL & ~NEWLINE;
  for (let code = start; code <= end; code++) mask |= categoryOf(String.fromCodePoint(code));
  if (ignoreCase && (mask & (LOWER | UPPER)) !== 0) mask |= LOWER | UPPER;
  return mask;
}
