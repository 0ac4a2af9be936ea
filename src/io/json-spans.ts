/**
 * Finds where a value sits in the text of a JSON document, so a record can be written back with one
 * field replaced and every other byte as it came: numbers beyond 2^53, `1.50`, `\u00e9` escapes and
 * key order survive, which `JSON.stringify(JSON.parse(line))` would not promise. The text must
 * already be valid JSON (the caller parsed it); this scanner only walks it.
 */

/** `[start, end)` offsets into the JSON text. */
export type Span = readonly [number, number];

/**
 * The span of the value at `path` (object keys, outermost first) in `json`, or undefined when a key
 * is missing or a value on the way is not an object. When a key repeats, the last one wins, as in
 * `JSON.parse`.
 */
export function findValueSpan(json: string, path: readonly string[]): Span | undefined {
  const start = skipSpace(json, 0);
  let span: Span = [start, skipValue(json, start)];
  for (const key of path) {
    const found = findMember(json, span[0], key);
    if (found === undefined) return undefined;
    span = found;
  }
  return span;
}

/** The value span of member `key` of the object starting at `open` (`{`). */
function findMember(json: string, open: number, key: string): Span | undefined {
  if (json.charCodeAt(open) !== LEFT_BRACE) return undefined;
  let found: Span | undefined;
  let at = skipSpace(json, open + 1);
  if (json.charCodeAt(at) === RIGHT_BRACE) return undefined;
  for (;;) {
    const keyEnd = skipString(json, at);
    const name = decodeKey(json.slice(at, keyEnd));
    // After the key: optional space, the colon, optional space, then the value.
    const valueStart = skipSpace(json, skipSpace(json, keyEnd) + 1);
    const valueEnd = skipValue(json, valueStart);
    if (name === key) found = [valueStart, valueEnd];
    at = skipSpace(json, valueEnd);
    if (json.charCodeAt(at) !== COMMA) return found;
    at = skipSpace(json, at + 1);
  }
}

function decodeKey(quoted: string): string {
  return quoted.includes('\\') ? (JSON.parse(quoted) as string) : quoted.slice(1, -1);
}

/** The end of the value starting at `at`. */
function skipValue(json: string, at: number): number {
  const code = json.charCodeAt(at);
  if (code === QUOTE) return skipString(json, at);
  if (code === LEFT_BRACE || code === LEFT_BRACKET) return skipNested(json, at);
  // A number, true, false or null: up to the next delimiter.
  let end = at;
  while (end < json.length && !isDelimiter(json.charCodeAt(end))) end++;
  return end;
}

/** The end of the object or array starting at `at`, strings with brackets inside included. */
function skipNested(json: string, at: number): number {
  let depth = 0;
  let index = at;
  while (index < json.length) {
    const code = json.charCodeAt(index);
    if (code === QUOTE) {
      index = skipString(json, index);
      continue;
    }
    if (code === LEFT_BRACE || code === LEFT_BRACKET) depth++;
    else if (code === RIGHT_BRACE || code === RIGHT_BRACKET) {
      depth--;
      if (depth === 0) return index + 1;
    }
    index++;
  }
  return index;
}

/** The end (after the closing quote) of the string starting at `at` (its opening quote). */
function skipString(json: string, at: number): number {
  let index = at + 1;
  for (;;) {
    const quote = json.indexOf('"', index);
    if (quote === -1) return json.length;
    // The quote is escaped when an odd number of backslashes stands right before it.
    let backslashes = 0;
    while (json.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    index = quote + 1;
  }
}

function skipSpace(json: string, at: number): number {
  let index = at;
  while (index < json.length && isSpace(json.charCodeAt(index))) index++;
  return index;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const LEFT_BRACE = 0x7b;
const RIGHT_BRACE = 0x7d;
const LEFT_BRACKET = 0x5b;
const RIGHT_BRACKET = 0x5d;

/** JSON's four whitespace characters: space, tab, line feed, carriage return. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isDelimiter(code: number): boolean {
  return code === COMMA || code === RIGHT_BRACE || code === RIGHT_BRACKET || isSpace(code);
}
