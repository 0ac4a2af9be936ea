/** readArticle / decodeArticle: text comes through untouched; everything else is a coded InputError. */

import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { decodeArticle, readArticle } from '../src/io/read-article.js';

let root: string;
const at = (name: string): string => path.join(root, name);

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'bersih-read-'));
  mkdirSync(at('folder.txt'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<InputError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('readArticle', () => {
  it('returns the text as is (BOM, CRLF, blank lines kept) and the byte count', async () => {
    const text = '\uFEFFJudul\r\n\r\nIsi berita dengan é.\r\n';
    writeFileSync(at('crlf.txt'), text);
    const article = await readArticle(at('crlf.txt'), 'crlf.txt');
    expect(article.text).toBe(text);
    expect(article.bytes).toBe(Buffer.byteLength(text));
  });

  it('names the display path, not the absolute one, in errors', async () => {
    const error = await failure(readArticle(at('nope.txt'), 'sub/nope.txt'));
    expect(error.code).toBe('not_found');
    expect(error.path).toBe('sub/nope.txt');
    expect(error.message).toBe('sub/nope.txt: no such file');
    expect(error.detail).toBe('no such file');
  });

  it('refuses a directory', async () => {
    expect((await failure(readArticle(at('folder.txt'), 'folder.txt'))).code).toBe('is_directory');
  });

  it('refuses a NUL byte in the first 8 KB as binary', async () => {
    writeFileSync(at('image.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect((await failure(readArticle(at('image.txt'), 'image.txt'))).code).toBe('binary');
  });

  it('refuses invalid UTF-8 instead of decoding it lossily', async () => {
    writeFileSync(at('latin1.txt'), Buffer.from('kafé\n', 'latin1'));
    expect((await failure(readArticle(at('latin1.txt'), 'latin1.txt'))).code).toBe('invalid_utf8');
  });

  it.skipIf(process.getuid?.() === 0)('refuses an unreadable file', async () => {
    writeFileSync(at('secret.txt'), 'x\n');
    chmodSync(at('secret.txt'), 0o000);
    expect((await failure(readArticle(at('secret.txt'), 'secret.txt'))).code).toBe('unreadable');
  });

  it('reads an empty file as empty text (the batch run decides what that means)', async () => {
    writeFileSync(at('empty.txt'), '');
    expect(await readArticle(at('empty.txt'))).toEqual({ text: '', bytes: 0 });
  });
});

describe('decodeArticle', () => {
  it('only looks for NUL in the first 8 KB', () => {
    const late = Buffer.concat([Buffer.alloc(8192, 0x61), Buffer.from([0])]);
    expect(decodeArticle(late, 'late.txt').length).toBe(8193);
  });

  it('throws for a truncated multi-byte character', () => {
    expect(() => decodeArticle(Buffer.from([0x61, 0xe2, 0x82]), '-')).toThrow(InputError);
  });
});
