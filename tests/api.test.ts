/**
 * The public API and the layering rules of STYLE.md, checked on the sources themselves: the library
 * never touches the terminal or the process, only src/io and src/cli touch the file system.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'src');

describe('public API (src/index.ts)', () => {
  it('exports the cleaner, options, errors, io and report functions', () => {
    const functions = [
      'createCleaner',
      'cleanText',
      'resolveOptions',
      'cleanFiles',
      'runCleanJob',
      'outcomeResult',
      'findInputs',
      'readArticle',
      'decodeArticle',
      'readStream',
      'writeAtomic',
      'createAtomicWriter',
      'packageVersion',
      'buildReport',
      'ReportBuilder',
      'serializeReport',
      'renderSummary',
      'renderFailure',
    ] as const;
    for (const name of functions) expect(typeof api[name], name).toBe('function');
    expect(new api.ConfigError('x')).toBeInstanceOf(Error);
    expect(new api.InputError('a.txt', 'binary', 'is binary').code).toBe('binary');
  });

  it('cleanText and createCleaner agree', () => {
    const text = 'Kalimat pertama berita ini cukup panjang untuk diuji.\nKalimat kedua juga cukup panjang.\n';
    expect(api.createCleaner().clean(text).text).toBe(api.cleanText(text).text);
  });

  it('importing the built package adds no process listeners', async () => {
    const entry = path.join(ROOT, 'dist/index.js');
    expect(existsSync(entry), 'dist/ is missing: run `npm run build` first (npm test does)').toBe(true);
    const before = listenerCounts();
    const built = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
    expect(typeof built['createCleaner']).toBe('function');
    expect(typeof built['cleanFiles']).toBe('function');
    expect(listenerCounts()).toEqual(before);
  });
});

describe('layering (scanned from src/)', () => {
  const files = sourceFiles(SRC);
  const outside = (dir: string) => files.filter((file) => !file.relative.startsWith(`${dir}/`));

  it('finds the sources', () => {
    expect(files.map((file) => file.relative)).toContain('cli/main.ts');
  });

  it('only src/cli imports chalk or commander, and only paint.ts imports chalk', () => {
    for (const file of outside('cli')) {
      expect(importsOf(file.code), file.relative).not.toContain('chalk');
      expect(importsOf(file.code), file.relative).not.toContain('commander');
    }
    const chalkUsers = files.filter((file) => importsOf(file.code).includes('chalk')).map((file) => file.relative);
    expect(chalkUsers).toEqual(['cli/paint.ts']);
  });

  it('nothing outside src/cli uses the global process', () => {
    for (const file of outside('cli')) {
      expect(file.code, file.relative).not.toMatch(/\bprocess\s*\.|\bprocess\s*\[|from ['"](node:)?process['"]/);
    }
  });

  it('only src/io and src/cli import node:fs', () => {
    const fsModules = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'];
    for (const file of files) {
      if (file.relative.startsWith('io/') || file.relative.startsWith('cli/')) continue;
      const imports = importsOf(file.code);
      for (const module of fsModules) expect(imports, file.relative).not.toContain(module);
    }
  });

  it('nothing in the library calls process.exit, not even in src/cli', () => {
    for (const file of files) expect(file.code, file.relative).not.toMatch(/\bprocess\.exit\s*\(/);
  });
});

function listenerCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of process.eventNames()) counts[String(event)] = process.listenerCount(event);
  return counts;
}

interface SourceFile {
  /** Path below src/, `/`-separated. */
  readonly relative: string;
  /** The source with comments removed, so a comment that mentions `process.` does not count. */
  readonly code: string;
}

function sourceFiles(dir: string): SourceFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.split(path.sep).join('/'))
    .sort()
    .map((relative) => ({ relative, code: stripComments(readFileSync(path.join(dir, relative), 'utf8')) }));
}

/** Module specifiers of static and dynamic imports and re-exports. */
function importsOf(code: string): string[] {
  const specifiers: string[] = [];
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)) {
    if (match[1] !== undefined) specifiers.push(match[1]);
  }
  return specifiers;
}

/**
 * Removes comments while keeping strings and regex literals intact (a glob such as '**' + '/*.txt'
 * inside a string is not a comment). A small scanner, good enough for our own sources.
 */
function stripComments(code: string): string {
  let result = '';
  let i = 0;
  let previous = ''; // last significant character, to tell a regex literal from a division
  while (i < code.length) {
    const char = code[i] ?? '';
    const next = code[i + 1] ?? '';
    if (char === '/' && next === '/') {
      while (i < code.length && code[i] !== '\n') i += 1;
    } else if (char === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end === -1 ? code.length : end + 2;
      result += ' ';
    } else if (char === "'" || char === '"' || char === '`' || (char === '/' && REGEX_BEFORE.includes(previous))) {
      const start = i;
      let inClass = false;
      i += 1;
      while (i < code.length) {
        const c = code[i];
        if (c === '\\') i += 1;
        else if (char === '/' && c === '[') inClass = true;
        else if (char === '/' && c === ']') inClass = false;
        else if (c === char && !inClass) break;
        else if (char !== '`' && c === '\n') break;
        i += 1;
      }
      i += 1;
      result += code.slice(start, i);
      previous = 'a';
    } else {
      result += char;
      if (!/\s/.test(char)) previous = char;
      i += 1;
    }
  }
  return result;
}

/** After these characters (or at the start), a `/` opens a regex literal rather than dividing. */
const REGEX_BEFORE = ['', '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^'];
