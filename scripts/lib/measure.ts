/**
 * Timing a Node child process and reading its peak memory. Peak RSS comes from GNU time
 * (`/usr/bin/time -v`, Debian package `time`) when it is installed; otherwise the child reports its
 * own `process.resourceUsage()` at exit through a tiny `--import` hook. Both read the same kernel
 * figure (getrusage ru_maxrss), so the two are comparable.
 */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runProcess, type ProcessResult } from './spawn.js';

const GNU_TIME = '/usr/bin/time';

/** Written by the fallback hook on the child's stderr at exit. */
const USAGE_MARKER = 'bench-resource-usage ';
const USAGE_HOOK =
  'data:text/javascript,' +
  encodeURIComponent(
    `process.on('exit', () => { const u = process.resourceUsage(); ` +
      `const usage = { maxRSS: u.maxRSS, user: u.userCPUTime, system: u.systemCPUTime }; ` +
      `process.stderr.write('\\n${USAGE_MARKER}' + JSON.stringify(usage) + '\\n'); });`,
  );

export type RssSource = 'gnu-time' | 'resource-usage';

export interface Measurement {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  /** The child's own stderr, without what GNU time or the hook added. */
  readonly stderr: string;
  readonly wallMs: number;
  /** Peak resident set size in KiB; undefined if it could not be read. */
  readonly maxRssKb: number | undefined;
  /** CPU seconds of the child in user mode and in the kernel (file system calls show up here). */
  readonly userSeconds: number | undefined;
  readonly systemSeconds: number | undefined;
  readonly rssSource: RssSource;
}

let gnuTime: boolean | undefined;

/** Whether `/usr/bin/time` is GNU time (which has `-v`). */
export function hasGnuTime(): boolean {
  if (gnuTime === undefined) {
    if (existsSync(GNU_TIME)) {
      const version = spawnSync(GNU_TIME, ['--version'], { encoding: 'utf8' });
      gnuTime = /GNU/.test(`${version.stdout ?? ''}${version.stderr ?? ''}`);
    } else {
      gnuTime = false;
    }
  }
  return gnuTime;
}

/** Runs `node <args...>` in `cwd` and measures it. */
export async function measureNode(args: readonly string[], cwd: string): Promise<Measurement> {
  if (hasGnuTime()) {
    const result = await runProcess(GNU_TIME, ['-v', process.execPath, ...args], { cwd });
    return { ...fromGnuTime(result), rssSource: 'gnu-time' };
  }
  const result = await runProcess(process.execPath, ['--import', USAGE_HOOK, ...args], { cwd });
  return { ...fromHook(result), rssSource: 'resource-usage' };
}

function fromGnuTime(result: ProcessResult): Omit<Measurement, 'rssSource'> {
  const start = result.stderr.lastIndexOf('\tCommand being timed:');
  const report = start === -1 ? '' : result.stderr.slice(start);
  let stderr = start === -1 ? result.stderr : result.stderr.slice(0, start);
  // GNU time announces a non-zero exit on its own line before the report.
  stderr = stderr.replace(/Command (exited with non-zero status \d+|terminated by signal \d+)\n$/, '');
  const field = (name: string): number | undefined => {
    const match = new RegExp(`^\\s*${name}: ([\\d.]+)$`, 'm').exec(report);
    return match?.[1] === undefined ? undefined : Number(match[1]);
  };
  return {
    ...result,
    stderr,
    maxRssKb: field('Maximum resident set size \\(kbytes\\)'),
    userSeconds: field('User time \\(seconds\\)'),
    systemSeconds: field('System time \\(seconds\\)'),
  };
}

function fromHook(result: ProcessResult): Omit<Measurement, 'rssSource'> {
  const at = result.stderr.lastIndexOf(`\n${USAGE_MARKER}`);
  if (at === -1) return { ...result, maxRssKb: undefined, userSeconds: undefined, systemSeconds: undefined };
  const usage = JSON.parse(result.stderr.slice(at + 1 + USAGE_MARKER.length)) as {
    maxRSS: number;
    user: number;
    system: number;
  };
  return {
    ...result,
    stderr: result.stderr.slice(0, at),
    maxRssKb: usage.maxRSS,
    userSeconds: usage.user / 1e6,
    systemSeconds: usage.system / 1e6,
  };
}
