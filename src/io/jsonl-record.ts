/**
 * One JSONL record in and out: the article text is read from the field the user names (a dot path,
 * `content.body`), and on the way out only that field's value is replaced and a `bersih` member is
 * set; every other byte of the line is written as it came (json-spans.ts).
 */

import { findValueSpan, type Span } from './json-spans.js';

/** Where a record's text sits, for writing it back. */
export interface JsonlRecord {
  /** The line as read, without surrounding whitespace. */
  readonly raw: string;
  /** The text field's value (a JSON string, quotes included) in `raw`. */
  readonly textSpan: Span;
  /** The value of a top-level `bersih` member the record already has (it is replaced). */
  readonly bersihSpan?: Span;
}

/** Why a line is not a record bersih can clean. */
export interface RecordProblem {
  /** `json_syntax`, `not_object`, `no_text_field`, `text_not_string`. */
  readonly code: string;
  readonly message: string;
}

export type ParsedRecord = { readonly record: JsonlRecord; readonly text: string } | { readonly problem: RecordProblem };

/** The member bersih adds to each record it writes. */
export const BERSIH_FIELD = 'bersih';

/** `content.body` → `['content', 'body']`; refuses empty segments. */
export function parseTextField(field: string): string[] | undefined {
  const path = field.split('.');
  return path.some((segment) => segment === '') ? undefined : path;
}

/** Parses one line of a JSONL file (already without its line break). */
export function parseRecord(line: string, textPath: readonly string[]): ParsedRecord {
  const raw = line.trim();
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problem: { code: 'json_syntax', message: `malformed JSON (${detail})` } };
  }
  if (!isObject(value)) return { problem: { code: 'not_object', message: 'is not a JSON object' } };
  let text: unknown = value;
  for (const key of textPath) {
    text = isObject(text) && Object.hasOwn(text, key) ? text[key] : undefined;
  }
  const field = textPath.join('.');
  if (text === undefined) return { problem: { code: 'no_text_field', message: `has no "${field}" field` } };
  if (typeof text !== 'string') return { problem: { code: 'text_not_string', message: `"${field}" is not a string` } };
  const textSpan = findValueSpan(raw, textPath);
  // Unreachable for valid JSON: the parsed record has the field, so the scanner finds it.
  if (textSpan === undefined) return { problem: { code: 'no_text_field', message: `has no "${field}" field` } };
  const bersihSpan = Object.hasOwn(value, BERSIH_FIELD) ? findValueSpan(raw, [BERSIH_FIELD]) : undefined;
  return { record: { raw, textSpan, ...(bersihSpan === undefined ? {} : { bersihSpan }) }, text };
}

/**
 * The record as written: its text field set to `text` and its `bersih` member to `bersih` (added at
 * the end of the object when the record had none); everything else unchanged.
 */
export function writeRecord(record: JsonlRecord, text: string, bersih: object): string {
  const replacements: { span: Span; value: string }[] = [{ span: record.textSpan, value: JSON.stringify(text) }];
  const bersihJson = JSON.stringify(bersih);
  const { raw } = record;
  if (record.bersihSpan !== undefined) replacements.push({ span: record.bersihSpan, value: bersihJson });
  // From the end, so earlier offsets stay valid.
  replacements.sort((a, b) => b.span[0] - a.span[0]);
  let out = raw;
  for (const { span, value } of replacements) out = out.slice(0, span[0]) + value + out.slice(span[1]);
  if (record.bersihSpan !== undefined) return out;
  // The record is an object with at least its text field, so it ends in `}` after a member.
  return `${out.slice(0, -1)},${JSON.stringify(BERSIH_FIELD)}:${bersihJson}}`;
}

/** A new record for an article that came as plain text: `id`, the text at its field, `bersih`. */
export function newRecord(id: string, textPath: readonly string[], text: string, bersih: object): string {
  const record: Record<string, unknown> = { id };
  let holder = record;
  for (const [index, key] of textPath.entries()) {
    if (index === textPath.length - 1) {
      holder[key] = text;
    } else {
      const next: Record<string, unknown> = isObject(holder[key]) ? (holder[key] as Record<string, unknown>) : {};
      holder[key] = next;
      holder = next;
    }
  }
  record[BERSIH_FIELD] = bersih;
  return JSON.stringify(record);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
