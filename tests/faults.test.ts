/**
 * Paths and faults, end to end on the built bin (`npm test` builds first): symlink loops, broken
 * links, FIFOs and sockets, files vanishing mid-run, odd names, paths that try to leave --out, an
 * unwritable or full output disk, and SIGINT/SIGTERM mid-run. In every case: a defined exit code,
 * one line per problem naming the file, no `*.tmp` left, and the inputs byte for byte as before.
 */

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanFiles, type FileResult } from '../src/io/clean-files.js';
import { writeFiles } from './helpers/file-tree.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/bersih.js');
const ARTICLE = 'Pemerintah daerah membuka pendaftaran beasiswa bagi pelajar berprestasi tahun ini.\nPendaftaran dibuka hingga akhir bulan depan melalui situs resmi dinas pendidikan.\n';
const CLEAN = 'Pemerintah daerah membuka pendaftaran beasiswa bagi pelajar berprestasi tahun ini.\nPendaftaran dibuka hingga akhir bulan depan melalui situs resmi dinas pendidikan.\n';

let root: string;
beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  root = mkdtempSync(path.join(tmpdir(), 'bersih-faults-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Run {
  readonly status: number | null;
  readonly stderr: string;
  readonly files: Map<string, { status: string; code?: string }>;
}

function bersih(cwd: string, args: readonly string[], timeout = 30_000): Run {
  const result = spawnSync(process.execPath, [BIN, ...args, '--quiet', '--report', path.join(cwd, 'report.json'), '--no-cross-dedup'], { cwd, encoding: 'utf8', timeout, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
  if (result.error) throw result.error;
  const reportPath = path.join(cwd, 'report.json');
  const files = new Map<string, { status: string; code?: string }>();
  if (existsSync(reportPath)) {
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { files: { id: string; status: string; error?: { code: string } }[] };
    for (const file of report.files) files.set(file.id, { status: file.status, ...(file.error ? { code: file.error.code } : {}) });
  }
  return { status: result.status, stderr: result.stderr, files };
}

function dir(name: string, files: Readonly<Record<string, string>> = {}): string {
  const base = path.join(root, name);
  mkdirSync(path.join(base, 'in'), { recursive: true });
  writeFiles(path.join(base, 'in'), files);
  return base;
}

/** Every regular file below `top` (symlinks not followed) → sha256; the inputs' fingerprint. */
function digest(top: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(top, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile()) out[path.relative(top, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
    else if (entry.isSymbolicLink()) out[path.relative(top, file)] = 'link';
  }
  return out;
}

/** Relative paths of the temporary files left anywhere below `top`. */
function temporaries(top: string): string[] {
  if (!existsSync(top)) return [];
  return (readdirSync(top, { recursive: true }) as string[]).filter((name) => name.endsWith('.tmp'));
}

function stderrLine(run: Run, id: string): string | undefined {
  return run.stderr.split('\n').find((line) => line.startsWith(`bersih: ${id}: `));
}

describe('paths', () => {
  it('symlink loops: the walk does not follow directory links, every real file comes out once', () => {
    const base = dir('loops', { 'a.txt': ARTICLE, 'sub/b.txt': ARTICLE });
    symlinkSync('..', path.join(base, 'in/sub/up'));
    symlinkSync('.', path.join(base, 'in/here'));
    symlinkSync('loop.txt', path.join(base, 'in/loop.txt'));
    const before = digest(path.join(base, 'in'));
    const run = bersih(base, ['in', '--out', 'out'], 20_000);
    expect(run.status).toBe(1);
    expect([...run.files.keys()]).toEqual(['a.txt', 'loop.txt', 'sub/b.txt']);
    expect(run.files.get('loop.txt')).toEqual({ status: 'failed', code: 'symlink_loop' });
    expect(stderrLine(run, 'loop.txt')).toBe('bersih: loop.txt: is a symbolic link loop');
    expect(digest(path.join(base, 'out'))).toEqual({ 'a.txt': digest(path.join(base, 'in'))['a.txt'], 'sub/b.txt': digest(path.join(base, 'in'))['sub/b.txt'] });
    expect(digest(path.join(base, 'in'))).toEqual(before);
  });

  it('a symlinked file is read; a broken link fails naming the file', () => {
    const base = dir('links', { 'real/a.txt': ARTICLE });
    symlinkSync('real/a.txt', path.join(base, 'in/linked.txt'));
    symlinkSync('nowhere.txt', path.join(base, 'in/broken.txt'));
    const run = bersih(base, ['in', '--out', 'out']);
    expect(run.files.get('linked.txt')?.status).toBe('cleaned');
    expect(run.files.get('broken.txt')).toEqual({ status: 'failed', code: 'broken_symlink' });
    expect(stderrLine(run, 'broken.txt')).toBe('bersih: broken.txt: is a broken symbolic link (its target does not exist)');
    expect(readFileSync(path.join(base, 'out/linked.txt'), 'utf8')).toBe(CLEAN);
  });

  describe('FIFOs and sockets are skipped with a message, never waited on', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      base = dir('special', { 'a.txt': ARTICLE });
      execFileSync('mkfifo', [path.join(base, 'in/pipe.txt')]);
      server = createServer();
      await new Promise<void>((resolve) => server.listen(path.join(base, 'in/socket.txt'), resolve));
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('inside a directory', () => {
      const run = bersih(base, ['in', '--out', 'out'], 20_000);
      expect(run.status).toBe(1);
      expect(run.files.get('pipe.txt')).toEqual({ status: 'failed', code: 'not_regular' });
      expect(run.files.get('socket.txt')).toEqual({ status: 'failed', code: 'not_regular' });
      expect(stderrLine(run, 'pipe.txt')).toBe('bersih: pipe.txt: is a FIFO (named pipe), not a regular file; skipped');
      expect(stderrLine(run, 'socket.txt')).toBe('bersih: socket.txt: is a socket, not a regular file; skipped');
      expect(run.files.get('a.txt')?.status).toBe('cleaned');
    });

    it('named on the command line', () => {
      const run = bersih(base, ['in/pipe.txt', 'in/socket.txt', 'in/a.txt', '--out', 'out2'], 20_000);
      expect(run.status).toBe(1);
      expect([...run.files.values()].map((file) => file.code ?? file.status)).toEqual(['cleaned', 'not_regular', 'not_regular']);
    });
  });

  it('a file that vanishes between listing and reading fails as not_found; the run goes on', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 600; index++) files[`${String(index).padStart(3, '0')}.txt`] = ARTICLE;
    const base = dir('vanish', files);
    const results: FileResult[] = [];
    let removed = false;
    await cleanFiles({
      inputs: ['in'],
      outDir: 'out',
      cwd: base,
      jobs: 1,
      onFile: (file) => {
        results.push(file);
        // The first result arrives while later batches are still unread: remove the last files.
        if (!removed) {
          for (let index = 550; index < 600; index++) unlinkSync(path.join(base, 'in', `${index}.txt`));
          removed = true;
        }
      },
    });
    expect(results).toHaveLength(600);
    const vanished = results.filter((file) => file.error?.code === 'not_found');
    expect(vanished.map((file) => file.id)).toEqual(Array.from({ length: 50 }, (_, index) => `${550 + index}.txt`));
    expect(vanished[0]?.error?.message).toBe('no such file');
    expect(results.filter((file) => file.status === 'cleaned')).toHaveLength(550);
  });

  it('names with spaces, non-ASCII letters and a newline come out under the same names; messages stay one line', () => {
    const names = ['with space.txt', 'berita–é 😀.txt', 'new\nline.txt'];
    const base = dir('names', { ...Object.fromEntries(names.map((name) => [name, ARTICLE])), 'bad\nname.txt': '\u0000' });
    const run = bersih(base, ['in', '--out', 'out']);
    expect(run.status).toBe(1);
    for (const name of names) expect(readFileSync(path.join(base, 'out', name), 'utf8')).toBe(CLEAN);
    expect(run.stderr).toBe('bersih: bad\\nname.txt: looks like a binary file (NUL byte), not text\n');
  });

  it('no input path writes outside --out: .. in relative paths, absolute globs, globs reaching up', () => {
    const base = dir('escape', { 'a.txt': ARTICLE, 'deep/b.txt': ARTICLE });
    mkdirSync(path.join(base, 'work/out'), { recursive: true });
    const work = path.join(base, 'work');
    const before = digest(base);
    const inputs = ['../in/a.txt', '../in/../in/deep/b.txt', `${base}/in/**/*.txt`, '../in/deep/../*.txt', '../*/deep/*.txt'];
    for (const [index, input] of inputs.entries()) {
      const run = bersih(work, [input, '--out', `out/${index}`]);
      expect(run.status, `${input}: ${run.stderr}`).toBe(0);
    }
    // Only out/ and the reports are new; every output lies inside its --out.
    const after = digest(base);
    for (const [file, hash] of Object.entries(before)) expect(after[file]).toBe(hash);
    const added = Object.keys(after).filter((file) => !(file in before));
    expect(added.every((file) => file.startsWith(`work${path.sep}out${path.sep}`) || file === path.join('work', 'report.json'))).toBe(true);
    expect(added.filter((file) => file.endsWith('.txt')).sort()).toEqual(
      ['0/a.txt', '1/b.txt', '2/a.txt', '2/deep/b.txt', '3/a.txt', '4/in/deep/b.txt'].map((file) => path.join('work', 'out', file)),
    );
  });
});

// ---------------------------------------------------------------------------------------------

/** Mounts a tmpfs (root only); undefined where that is not allowed. */
function mountTmpfs(target: string, options: string): boolean {
  mkdirSync(target, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', target]).status === 0;
}
function unmount(target: string): void {
  spawnSync('umount', [target]);
}
const canMount = (() => {
  if (process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(path.join(tmpdir(), 'bersih-mount-probe-'));
  const ok = mountTmpfs(probe, 'size=16k');
  if (ok) unmount(probe);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();

describe('faults', () => {
  it('a file where an output directory should be: those files fail naming it, the others are written', () => {
    const base = dir('blocked', { 'a.txt': ARTICLE, 'sub/b.txt': ARTICLE, 'sub/c.txt': ARTICLE });
    mkdirSync(path.join(base, 'out'));
    writeFileSync(path.join(base, 'out/sub'), 'in the way\n');
    const run = bersih(base, ['in', '--out', 'out']);
    expect(run.status).toBe(1);
    expect(run.files.get('sub/b.txt')).toEqual({ status: 'failed', code: 'write_failed' });
    expect(stderrLine(run, 'sub/b.txt')).toMatch(/cannot write output \(a file stands where its directory should be, E(NOTDIR|EXIST)\)/);
    expect(readFileSync(path.join(base, 'out/a.txt'), 'utf8')).toBe(CLEAN);
    expect(temporaries(base)).toEqual([]);
  });

  it.skipIf(!canMount)('a read-only output file system stops the run with exit 2 and a clear message', () => {
    const base = dir('readonly', { 'a.txt': ARTICLE, 'b.txt': ARTICLE });
    const out = path.join(base, 'out');
    expect(mountTmpfs(out, 'ro,size=64k')).toBe(true);
    try {
      const run = bersih(base, ['in', '--out', 'out']);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^bersih: .*out\/a\.txt: cannot write output: the output file system is read-only \(EROFS\); stopping\n$/);
      expect(existsSync(path.join(base, 'report.json'))).toBe(false);
      expect(temporaries(base)).toEqual([]);
    } finally {
      unmount(out);
    }
  });

  it.skipIf(!canMount)('a full disk stops the run with exit 2; no partial file, no *.tmp; what was written is whole', () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 40; index++) files[`${String(index).padStart(2, '0')}.txt`] = ARTICLE.repeat(12);
    const base = dir('full', files);
    const before = digest(path.join(base, 'in'));
    const out = path.join(base, 'out');
    expect(mountTmpfs(out, 'size=64k')).toBe(true);
    try {
      const run = bersih(base, ['in', '--out', 'out', '--jobs', '1']);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/cannot write output: no space left on the device \(ENOSPC\); stopping\n$/);
      expect(temporaries(base)).toEqual([]);
      const written = readdirSync(out);
      expect(written.length).toBeGreaterThan(0);
      expect(written.length).toBeLessThan(40);
      const expected = createHash('sha256').update(cleanOf(ARTICLE.repeat(12))).digest('hex');
      for (const file of written) expect(createHash('sha256').update(readFileSync(path.join(out, file))).digest('hex')).toBe(expected);
      expect(digest(path.join(base, 'in'))).toEqual(before);
    } finally {
      unmount(out);
    }
  });
});

function cleanOf(text: string): string {
  const result = spawnSync(process.execPath, [BIN, '-', '--quiet'], { input: text, encoding: 'utf8' });
  return result.stdout;
}

// ---------------------------------------------------------------------------------------------

describe('SIGINT / SIGTERM mid-run', () => {
  const COUNT = 2500;
  let base: string;
  let inputs: Record<string, string>;

  beforeAll(() => {
    const gold = ['fixtures/dev/raw', 'fixtures/holdout/raw'].flatMap((folder) =>
      readdirSync(path.join(ROOT, folder)).sort().map((file) => readFileSync(path.join(ROOT, folder, file), 'utf8')),
    );
    const files: Record<string, string> = {};
    for (let index = 0; index < COUNT; index++) files[`${String(index % 20)}/${String(index).padStart(5, '0')}.txt`] = `${gold[index % gold.length] ?? ''}\nParagraf tambahan nomor ${index} untuk artikel ini.\n`;
    base = dir('signals', files);
    inputs = digest(path.join(base, 'in'));
    // The reference: one uninterrupted run.
    const run = bersih(base, ['in', '--out', 'reference', '--jobs', '2'], 120_000);
    expect(run.status, run.stderr).toBe(0);
    writeFileSync(path.join(base, 'reference.json'), readFileSync(path.join(base, 'report.json')));
  }, 130_000);

  /** Starts the bin, sends `signal` once the first outputs exist, resolves with its exit. */
  function interrupted(signal: 'SIGINT' | 'SIGTERM', out: string, jobs: string): Promise<{ code: number | null; stderr: string; killedAfter: number }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'in', '--out', out, '--report', `${out}.json`, '--jobs', jobs, '--quiet', '--no-cross-dedup'], { cwd: base, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      let killedAfter = -1;
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const poll = setInterval(() => {
        const outDir = path.join(base, out);
        const count = existsSync(outDir) ? (readdirSync(outDir, { recursive: true }) as string[]).filter((name) => name.endsWith('.txt')).length : 0;
        if (count >= 50 && killedAfter < 0) {
          killedAfter = count;
          child.kill(signal);
          clearInterval(poll);
        }
      }, 2);
      child.on('error', reject);
      child.on('close', (code) => {
        clearInterval(poll);
        resolve({ code, stderr, killedAfter });
      });
    });
  }

  for (const [signal, code, jobs] of [['SIGINT', 130, '1'], ['SIGTERM', 143, '2']] as const) {
    it(`${signal} (--jobs ${jobs}): exit ${code}, no temporary files, no report; the same command again gives the uninterrupted bytes`, async () => {
      const out = `out-${signal}`;
      const first = await interrupted(signal, out, jobs);
      expect(first.killedAfter, 'the run ended before it could be interrupted').toBeGreaterThan(0);
      expect(first.code, first.stderr).toBe(code);
      expect(first.stderr).toBe(`bersih: interrupted by ${signal}; temporary files removed, finished outputs kept (run the same command again to complete the job)\n`);
      expect(temporaries(base)).toEqual([]);
      expect(existsSync(path.join(base, `${out}.json`))).toBe(false);
      const partial = digest(path.join(base, out));
      expect(Object.keys(partial).length).toBeLessThan(COUNT);
      // Every output already there is whole: the same bytes as in the uninterrupted run.
      const reference = digest(path.join(base, 'reference'));
      for (const [file, hash] of Object.entries(partial)) expect(hash).toBe(reference[file]);

      const again = spawnSync(process.execPath, [BIN, 'in', '--out', out, '--report', `${out}.json`, '--jobs', jobs, '--quiet', '--no-cross-dedup'], { cwd: base, encoding: 'utf8', timeout: 120_000 });
      expect(again.status, again.stderr).toBe(0);
      expect(digest(path.join(base, out))).toEqual(reference);
      expect(readFileSync(path.join(base, `${out}.json`), 'utf8')).toBe(readFileSync(path.join(base, 'reference.json'), 'utf8'));
      expect(digest(path.join(base, 'in'))).toEqual(inputs);
    }, 130_000);
  }

  it('the temporary file of an interrupted report is gone too', () => {
    expect((readdirSync(base) as string[]).filter((name) => name.includes('.tmp'))).toEqual([]);
    expect(statSync(path.join(base, 'in')).isDirectory()).toBe(true);
  });
});
