/**
 * Linearity probes for regular expressions, run in a child process so that a pattern that
 * backtracks catastrophically is stopped by a timeout instead of hanging the test run.
 *
 * For each pattern and each family of adversarial lines, the child times `exec` on a line of n
 * characters and on one of 8n (the best of a few runs each) and reports the ratio. A linear
 * pattern gives about 8; a quadratic one about 64; an exponential one never finishes and is
 * reported as a timeout. Judged only as a generous ratio inside one child, never against a clock.
 */

import { spawn } from 'node:child_process';

export interface Probe {
  /** Name shown in failures: a rule id or `<file>: /source/`. */
  readonly name: string;
  readonly source: string;
  readonly flags: string;
}

export interface FamilyResult {
  readonly family: string;
  readonly small: number;
  readonly large: number;
}

export type ProbeResult = { readonly ok: true; readonly families: readonly FamilyResult[] } | { readonly ok: false; readonly error: string };

/** The child: reads `{ probes, families, size, normalize }` as JSON on stdin, prints one result per probe. */
const CHILD = String.raw`
const input = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const families = input.families.map(([name, unit, prefix, suffix]) => [name, (n) => prefix + unit.repeat(Math.ceil(n / unit.length)) + suffix]);
// The pipeline hands rules normalised lines: NFC, Unicode spaces as one space, no runs of spaces, trimmed.
const normalise = (text) => text.normalize('NFC').replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ').replace(/ {2,}/g, ' ').trim();
// The fastest of a few runs: at least two, more while they are short (up to 5 runs or 20 ms), so
// a pause cannot inflate a small time and hide a growth.
const best = (regex, text) => {
  let min = Infinity;
  let spent = 0;
  for (let run = 0; run < 5 && (run < 2 || spent < 20); run++) {
    regex.lastIndex = 0;
    const start = process.hrtime.bigint();
    // A global regex is used to replace or find every match: time the whole scan.
    if (regex.global) text.replace(regex, '');
    else regex.exec(text);
    const took = Number(process.hrtime.bigint() - start) / 1e6;
    min = Math.min(min, took);
    spent += took;
  }
  return min;
};
for (const probe of input.probes) {
  const regex = new RegExp(probe.source, probe.flags);
  const results = [];
  for (const [family, make] of families) {
    const line = (n) => (input.normalize ? normalise(make(n)) : make(n));
    const small = line(input.size);
    const large = line(input.size * 8);
    best(regex, small); // warm up the regex compiler
    let result = { family, small: best(regex, small), large: best(regex, large) };
    // A pause (GC, another process) can hit one measurement: a suspect family is measured again.
    for (let retry = 0; retry < 2 && result.large >= input.floor && result.large / Math.max(result.small, 0.05) > input.maxRatio; retry++) {
      const again = { family, small: best(regex, small), large: best(regex, large) };
      if (again.large / Math.max(again.small, 0.05) < result.large / Math.max(result.small, 0.05)) result = again;
    }
    results.push(result);
  }
  process.stdout.write(JSON.stringify({ name: probe.name, families: results }) + '\n');
}
`;

/** A family of adversarial lines: `prefix + unit × k + suffix`, k chosen for the size wanted. */
export type Family = readonly [name: string, unit: string, prefix: string, suffix: string];

export interface ProbeRun {
  readonly probes: readonly Probe[];
  readonly families: readonly Family[];
  /** n, in characters; lines of n and 8n are timed. */
  readonly size: number;
  /** Normalise each line as the pipeline does before matching (rules only ever see such lines). */
  readonly normalize: boolean;
  /** Per child (one pattern, every family); past it the pattern counts as not linear. */
  readonly timeoutMs: number;
}

/** Probes every pattern in its own child, two at a time; resolves with one result per probe. */
export async function probeAll(run: ProbeRun): Promise<Map<string, ProbeResult>> {
  const results = new Map<string, ProbeResult>();
  const queue = [...run.probes];
  const worker = async (): Promise<void> => {
    for (let probe = queue.shift(); probe !== undefined; probe = queue.shift()) {
      results.set(probe.name, await probeOne(probe, run));
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

function probeOne(probe: Probe, run: ProbeRun): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', CHILD], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), run.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') {
        resolve({ ok: false, error: `did not finish within ${run.timeoutMs} ms on lines of ${run.size * 8} characters (catastrophic backtracking)` });
      } else if (code !== 0) {
        resolve({ ok: false, error: `probe crashed: ${stderr.trim()}` });
      } else {
        resolve({ ok: true, families: (JSON.parse(stdout) as { families: FamilyResult[] }).families });
      }
    });
    child.stdin.end(JSON.stringify({ probes: [probe], families: run.families, size: run.size, normalize: run.normalize, maxRatio: MAX_RATIO, floor: NOISE_FLOOR_MS }));
  });
}

/** Generous bounds: linear is about 8 (up to ~3× more when the longer line no longer fits a CPU cache), quadratic about 64; below the floor a time is noise. */
export const MAX_RATIO = 32;
export const NOISE_FLOOR_MS = 4;

/** The families whose growth from n to 8n is not linear, with their times. */
export function superLinear(result: ProbeResult): string[] {
  if (!result.ok) return [result.error];
  return result.families
    .filter((family) => family.large >= NOISE_FLOOR_MS && family.large / Math.max(family.small, 0.05) > MAX_RATIO)
    .map((family) => `${family.family}: ${family.small.toFixed(2)} ms → ${family.large.toFixed(2)} ms (×${(family.large / Math.max(family.small, 0.05)).toFixed(0)} for ×8 input)`);
}

/**
 * Every regular expression literal in a TypeScript source text, found by a small scanner that skips
 * comments, strings and template literals: the regexes a module keeps to itself, which cannot be
 * imported to be tested.
 */
export function regexLiterals(source: string): { source: string; flags: string }[] {
  const found: { source: string; flags: string }[] = [];
  let index = 0;
  let previous = ''; // last significant character, to tell a regex from a division
  let word = '';
  while (index < source.length) {
    const char = source[index] as string;
    const next = source[index + 1];
    if (char === '/' && next === '/') {
      index = source.indexOf('\n', index);
      if (index < 0) break;
      continue;
    }
    if (char === '/' && next === '*') {
      index = source.indexOf('*/', index + 2) + 2;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') {
      index = skipString(source, index);
      previous = char;
      word = '';
      continue;
    }
    if (char === '/' && (previous === '' || '=(,:[!&|?{};+-*%<>~^'.includes(previous) || word === 'return')) {
      const end = regexEnd(source, index);
      let flagsEnd = end + 1;
      while (/[a-z]/.test(source[flagsEnd] ?? '')) flagsEnd++;
      found.push({ source: source.slice(index + 1, end), flags: source.slice(end + 1, flagsEnd) });
      index = flagsEnd;
      previous = '/';
      word = '';
      continue;
    }
    if (!/\s/.test(char)) {
      previous = char;
      word = /[A-Za-z_$]/.test(char) ? word + char : '';
    }
    index++;
  }
  return found;
}

function skipString(source: string, start: number): number {
  const quote = source[start];
  let index = start + 1;
  while (index < source.length && source[index] !== quote) index += source[index] === '\\' ? 2 : 1;
  return index + 1;
}

function regexEnd(source: string, start: number): number {
  let index = start + 1;
  let inClass = false;
  while (index < source.length) {
    const char = source[index];
    if (char === '\\') index++;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '/' && !inClass) return index;
    index++;
  }
  throw new Error(`unterminated regex literal at ${start}`);
}

/** The child for the whole cleaner: the built library (dist/), timed like a pattern. */
const CLEANER_CHILD = String.raw`
import { readFileSync } from 'node:fs';
const input = JSON.parse(readFileSync(0, 'utf8'));
const { createCleaner } = await import(input.library);
const cleaner = createCleaner();
const results = [];
const time = (text) => { const start = process.hrtime.bigint(); cleaner.clean(text); return Number(process.hrtime.bigint() - start) / 1e6; };
const best = (text) => Math.min(time(text), time(text), time(text));
for (const [family, unit, prefix, suffix] of input.families) {
  const line = (n) => prefix + unit.repeat(Math.ceil(n / unit.length)) + suffix;
  const small = line(input.size);
  const large = line(input.size * 8);
  time(small);
  let result = { family, small: best(small), large: best(large) };
  for (let retry = 0; retry < 2 && result.large >= input.floor && result.large / Math.max(result.small, 0.05) > input.maxRatio; retry++) {
    const again = { family, small: best(small), large: best(large) };
    if (again.large / Math.max(again.small, 0.05) < result.large / Math.max(result.small, 0.05)) result = again;
  }
  results.push(result);
}
process.stdout.write(JSON.stringify({ families: results }));
`;

/** Times the whole built cleaner on one line of each family, n and 8n characters, in a child. */
export function probeCleaner(library: string, families: readonly Family[], size: number, timeoutMs: number): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CLEANER_CHILD], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve({ ok: false, error: `the cleaner did not finish within ${timeoutMs} ms` });
      else if (code !== 0) resolve({ ok: false, error: `cleaner probe crashed: ${stderr.trim()}` });
      else resolve({ ok: true, families: (JSON.parse(stdout) as { families: FamilyResult[] }).families });
    });
    child.stdin.end(JSON.stringify({ library, families, size, maxRatio: MAX_RATIO, floor: NOISE_FLOOR_MS }));
  });
}
