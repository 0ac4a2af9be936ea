/**
 * Smoke tests of the built bin as a user runs it: a subprocess on compiled JS. They catch what
 * in-process tests cannot (a broken shim, ESM/CJS interop that only fails under plain node, a
 * missing build). `npm test` builds first; run `npm run build` before running this file alone.
 */

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/bersih.js');
const SEED = 'fixtures/pipeline/antara-bimtek.raw.txt';
let out: string;

function bersih(args: readonly string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    // A plain environment: no colour forced on by the developer's shell.
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
    timeout: 30_000,
  });
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  }
  out = mkdtempSync(path.join(tmpdir(), 'bersih-bin-'));
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('bin/bersih.js (built)', () => {
  it('--help exits 0 with the usage on stdout', () => {
    const result = bersih(['--help']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Usage: bersih \[options\] <inputs\.\.\.>/);
    expect(result.stderr).toBe('');
  });

  it('cleans fixtures/pipeline/ into a directory and exits 0', () => {
    const result = bersih(['fixtures/pipeline/', '--out', out, '--no-cross-dedup']);
    expect(result.status, result.stderr).toBe(0);
    const written = path.join(out, 'antara-bimtek.raw.txt');
    expect(existsSync(written)).toBe(true);
    expect(readFileSync(written, 'utf8').length).toBeGreaterThan(0);
    expect(result.stderr).toMatch(/^bersih: \d+ files read/);
    expect(result.stdout).toBe('');
  });

  it('pipes stdin to stdout, with the same text as a file run', () => {
    const result = bersih(['-', '--quiet'], readFileSync(path.join(ROOT, SEED), 'utf8'));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(readFileSync(path.join(out, 'antara-bimtek.raw.txt'), 'utf8'));
  });

  it('a bad input exits 1 with one line naming the file; the good one is still written', () => {
    const target = path.join(out, 'partial');
    const result = bersih([SEED, 'no/such/article.txt', '--out', target, '--quiet']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('bersih: no/such/article.txt: no such file or directory\n');
    expect(existsSync(path.join(target, 'antara-bimtek.raw.txt'))).toBe(true);
  });

  it('a usage error exits 2 without a stack trace', () => {
    const result = bersih(['fixtures/pipeline/']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('bersih: missing --out <dir>');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
