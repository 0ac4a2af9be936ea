/**
 * Issue 5 on the built bin, as a pipeline step runs it: JSONL (gzip) through stdin and stdout, a
 * config file, and `bersih diff` piped. `npm test` builds first; run `npm run build` before running
 * this file alone.
 */

import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/bersih.js');
const ARTICLE =
  'Gubernur meninjau lokasi banjir di tiga kecamatan pada Selasa siang.\n' +
  'Ia meminta dinas terkait segera menyalurkan bantuan kepada warga terdampak.\n' +
  'Baca juga: Banjir rendam ratusan rumah warga\n';
let dir: string;

function bersih(args: readonly string[], input: string | Uint8Array = '', env: Record<string, string> = {}): SpawnSyncReturns<Buffer> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    input,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    timeout: 30_000,
  });
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  dir = mkdtempSync(path.join(tmpdir(), 'bersih-bin-formats-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bin/bersih.js with JSONL, gzip, config and diff (built)', () => {
  it('pipes gzip JSONL from stdin to gzip JSONL on stdout, passing the other fields through', () => {
    const records = [
      { id: 'a', url: 'https://contoh.id/a', text: ARTICLE },
      { id: 'b', url: 'https://contoh.id/b', text: ARTICLE.replace('Selasa', 'Rabu') },
    ];
    const input = gzipSync(records.map((record) => JSON.stringify(record)).join('\n'));
    const result = bersih(['-', '--input-format', 'jsonl', '--gzip', '--quiet'], input);
    expect(result.status, result.stderr.toString()).toBe(0);
    expect(result.stderr.toString()).toBe('');
    const out = gunzipSync(result.stdout).toString('utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out.map((record) => [record['id'], record['url']])).toEqual([['a', 'https://contoh.id/a'], ['b', 'https://contoh.id/b']]);
    expect(out[0]?.['text']).not.toContain('Baca juga');
    expect(out[0]?.['bersih']).toMatchObject({ id: '-:1', dropped: 1 });
  });

  it('takes its options from bersih.config.json, flags winning', () => {
    writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    writeFileSync(path.join(dir, 'bersih.config.json'), JSON.stringify({ disableRule: ['common/baca-juga'], quiet: true }));
    try {
      const fromConfig = bersih(['a.txt', '--out', 'out1']);
      expect(fromConfig.status, fromConfig.stderr.toString()).toBe(0);
      expect(readFileSync(path.join(dir, 'out1/a.txt'), 'utf8')).toContain('Baca juga');
      const overridden = bersih(['a.txt', '--out', 'out2', '--disable-rule', 'common/ads-and-scroll']);
      expect(overridden.status).toBe(0);
      expect(readFileSync(path.join(dir, 'out2/a.txt'), 'utf8')).not.toContain('Baca juga');
    } finally {
      rmSync(path.join(dir, 'bersih.config.json'));
    }
  });

  it('SIGINT mid-way through a JSONL run: exit 130, no output, audit, report or temporary file left', async () => {
    const gold = readdirSync(path.join(ROOT, 'fixtures/dev/raw')).sort().map((file) => readFileSync(path.join(ROOT, 'fixtures/dev/raw', file), 'utf8'));
    const lines = Array.from({ length: 3000 }, (_, index) => JSON.stringify({ n: index, text: `${gold[index % gold.length] ?? ''}\nParagraf tambahan nomor ${index}.` }));
    writeFileSync(path.join(dir, 'big.jsonl'), `${lines.join('\n')}\n`);
    // The records reuse 15 texts: cross-article dedup would drop most of them, and the run would end too soon.
    const args = ['big.jsonl', '--out', 'big.out.jsonl.gz', '--audit', 'big.audit.jsonl', '--report', 'big.report.json', '--jobs', '1', '--quiet', '--no-cross-dedup'];
    const outcome = await new Promise<{ code: number | null; stderr: string; sawTemp: boolean }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      let sawTemp = false;
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const poll = setInterval(() => {
        // The output's temporary file appears with the first record written.
        if (readdirSync(dir).some((name) => name.startsWith('big.out.jsonl.gz.') && name.endsWith('.tmp'))) {
          sawTemp = true;
          clearInterval(poll);
          child.kill('SIGINT');
        }
      }, 2);
      child.on('error', reject);
      child.on('close', (code) => {
        clearInterval(poll);
        resolve({ code, stderr, sawTemp });
      });
    });
    expect(outcome.sawTemp, 'the run ended before it could be interrupted').toBe(true);
    expect(outcome.code, outcome.stderr).toBe(130);
    expect(readdirSync(dir).filter((name) => name.startsWith('big.') && name !== 'big.jsonl')).toEqual([]);
    const again = bersih(args);
    expect(again.status, again.stderr.toString()).toBe(0);
    expect(gunzipSync(readFileSync(path.join(dir, 'big.out.jsonl.gz'))).toString('utf8').trim().split('\n')).toHaveLength(3000);
  }, 60_000);

  it('bersih diff is plain text when piped, coloured with FORCE_COLOR, and writes nothing', () => {
    writeFileSync(path.join(dir, 'd.txt'), ARTICLE);
    const plain = bersih(['diff', 'd.txt']);
    expect(plain.status, plain.stderr.toString()).toBe(0);
    expect(plain.stdout.toString()).toContain('- 3  Baca juga: Banjir rendam ratusan rumah warga  [common/baca-juga]\n');
    expect(plain.stdout.toString()).not.toContain('\u001b[');
    const coloured = bersih(['diff', 'd.txt'], '', { FORCE_COLOR: '1' });
    expect(coloured.stdout.toString()).toContain('\u001b[9m');
    const noColor = bersih(['diff', 'd.txt'], '', { FORCE_COLOR: '1', NO_COLOR: '1' });
    expect(noColor.stdout.toString()).toBe(plain.stdout.toString());
  });
});
