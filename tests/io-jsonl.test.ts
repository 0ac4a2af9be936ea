/** JSONL pieces: finding a value in a record's text, writing a record back, splitting bytes into lines. */

import { describe, expect, it } from 'vitest';
import { findValueSpan } from '../src/io/json-spans.js';
import { newRecord, parseRecord, parseTextField, writeRecord } from '../src/io/jsonl-record.js';
import { readLines, type NumberedLine } from '../src/io/read-lines.js';

function valueAt(json: string, path: readonly string[]): string | undefined {
  const span = findValueSpan(json, path);
  return span === undefined ? undefined : json.slice(span[0], span[1]);
}

describe('io → json-spans', () => {
  it('finds top-level and nested values as written', () => {
    const json = '{ "a" : 1.50 , "b": {"c": [1, {"d": "}"}], "text": "x\\"y"}, "e": null }';
    expect(valueAt(json, ['a'])).toBe('1.50');
    expect(valueAt(json, ['b', 'text'])).toBe('"x\\"y"');
    expect(valueAt(json, ['b', 'c'])).toBe('[1, {"d": "}"}]');
    expect(valueAt(json, ['e'])).toBe('null');
    expect(valueAt(json, ['b', 'missing'])).toBeUndefined();
    expect(valueAt(json, ['a', 'deeper'])).toBeUndefined();
  });

  it('decodes escaped keys, and the last of repeated keys wins (as in JSON.parse)', () => {
    expect(valueAt('{"t\\u0065xt": "yes"}', ['text'])).toBe('"yes"');
    expect(valueAt('{"text": "first", "text": "last"}', ['text'])).toBe('"last"');
  });

  it('handles strings that end in escaped backslashes', () => {
    const json = '{"a": "path\\\\", "text": "ok"}';
    expect(JSON.parse(json)).toEqual({ a: 'path\\', text: 'ok' });
    expect(valueAt(json, ['text'])).toBe('"ok"');
  });
});

describe('io → jsonl-record', () => {
  it('reads the text at a dot path and refuses what is not a record', () => {
    expect(parseTextField('content.body')).toEqual(['content', 'body']);
    expect(parseTextField('a..b')).toBeUndefined();
    expect(parseRecord('{"content": {"body": "Isi"}}', ['content', 'body'])).toMatchObject({ text: 'Isi' });
    const problem = (line: string): string | undefined => {
      const parsed = parseRecord(line, ['text']);
      return 'problem' in parsed ? parsed.problem.code : undefined;
    };
    expect(problem('{"text": "ok"')).toBe('json_syntax');
    expect(problem('[1, 2]')).toBe('not_object');
    expect(problem('"text"')).toBe('not_object');
    expect(problem('{"body": "x"}')).toBe('no_text_field');
    expect(problem('{"text": 42}')).toBe('text_not_string');
    expect(problem('{"text": null}')).toBe('text_not_string');
  });

  it('writes every other byte back as it came: big numbers, decimals, escapes, key order', () => {
    const line = '{"id": 9007199254740993, "score": 1.50, "z": "\\u00e9", "text": "old", "a": [1e5]}';
    const parsed = parseRecord(line, ['text']);
    if (!('record' in parsed)) throw new Error('not parsed');
    const out = writeRecord(parsed.record, 'new "text"\nline', { dropped: 1 });
    expect(out).toBe('{"id": 9007199254740993, "score": 1.50, "z": "\\u00e9", "text": "new \\"text\\"\\nline", "a": [1e5],"bersih":{"dropped":1}}');
    expect(JSON.parse(out)).toMatchObject({ text: 'new "text"\nline', bersih: { dropped: 1 } });
  });

  it('replaces a bersih member the record already has, before or after the text', () => {
    for (const line of ['{"bersih": {"old": true}, "text": "a"}', '{"text": "a", "bersih": 1}']) {
      const parsed = parseRecord(line, ['text']);
      if (!('record' in parsed)) throw new Error('not parsed');
      const out = writeRecord(parsed.record, 'b', { site: null });
      expect(JSON.parse(out)).toEqual({ text: 'b', bersih: { site: null } });
      expect(out.match(/"bersih"/g)).toHaveLength(1);
    }
  });

  it('builds a record for a text article, with the text at its field', () => {
    expect(JSON.parse(newRecord('a/b.txt', ['content', 'body'], 'Isi', { dropped: 0 }))).toEqual({
      id: 'a/b.txt',
      content: { body: 'Isi' },
      bersih: { dropped: 0 },
    });
  });
});

async function lines(chunks: (string | Uint8Array)[], max = 1000): Promise<NumberedLine[]> {
  const all: NumberedLine[] = [];
  async function* source(): AsyncGenerator<string | Uint8Array> {
    yield* chunks;
  }
  for await (const group of readLines(source(), max)) all.push(...group);
  return all;
}

describe('io → read-lines', () => {
  it('numbers lines across chunk boundaries; CRLF, a BOM and a missing final break are handled', async () => {
    const got = await lines(['\uFEFFone\r\ntw', 'o\n', '\nthree']);
    expect(got.map((line) => ('text' in line ? line.text : line.problem))).toEqual(['one', 'two', '', 'three']);
    expect(got.map((line) => line.number)).toEqual([1, 2, 3, 4]);
  });

  it('splits a multi-byte character cut between chunks correctly', async () => {
    const bytes = Buffer.from('kafé\nnext\n');
    const got = await lines([bytes.subarray(0, 4), bytes.subarray(4)]);
    expect(got.map((line) => ('text' in line ? line.text : ''))).toEqual(['kafé', 'next']);
  });

  it('fails a line of invalid UTF-8 or over the limit alone, and goes on', async () => {
    const got = await lines([Buffer.from([0x61, 0xff, 0x0a]), 'x'.repeat(50), 'y'.repeat(60), '\nok\n'], 100);
    expect(got.map((line) => ('text' in line ? line.text : line.problem))).toEqual(['invalid_utf8', 'too_large', 'ok']);
    expect(got[1]?.bytes).toBe(110);
  });
});
