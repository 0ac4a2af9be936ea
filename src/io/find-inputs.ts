/**
 * Turns what the user typed (files, directories, glob patterns) into a sorted list of article files,
 * each with the path its output will mirror. fast-glob returns files in arbitrary order, so the list
 * is sorted here: every later step (and "keep the first duplicate") depends on a stable order.
 */

import { stat } from 'node:fs/promises';
import path from 'node:path';
// Default import only: the named export type-checks but is missing at run time (DEPS.md, pitfall 1).
import fg from 'fast-glob';
import { errnoCode } from './read-article.js';

export interface InputFile {
  readonly absolutePath: string;
  /**
   * Path relative to the input's base, with `/` separators: a directory input's own directory, a
   * glob's static base, or a plain file's parent directory. Outputs mirror it under `--out`.
   */
  readonly relativePath: string;
}

/** An input that produced no file, with the reason, so the user can be told which one. */
export interface UnmatchedInput {
  /** The input exactly as given. */
  readonly input: string;
  /** `not_found`, `no_match` (a glob), `no_txt` (a directory), or `unreadable`. */
  readonly code: 'not_found' | 'no_match' | 'no_txt' | 'unreadable';
  readonly message: string;
}

export interface FoundInputs {
  /** Sorted by relative path, then absolute path; each file once. */
  readonly files: readonly InputFile[];
  /** In the order the inputs were given. */
  readonly unmatched: readonly UnmatchedInput[];
}

export interface FindInputsOptions {
  /** Directory that relative inputs are resolved against. */
  readonly cwd: string;
  /**
   * The output directory. Files below it are skipped when a directory or glob walk reaches it, so a
   * second run over `.` with `--out clean` does not clean its own outputs. A file named explicitly is
   * kept: the caller's overlap check decides about it.
   */
  readonly outDir?: string | undefined;
}

/**
 * Only articles: a directory input yields every `*.txt` (one article each) and `*.jsonl` /
 * `*.ndjson` (one per record) below it, gzip-compressed (`.gz`) or not, any letter case.
 */
const ARTICLE_PATTERN = '**/*.{txt,jsonl,ndjson}{,.gz}';

/**
 * How directories and globs are walked. Symbolic links to directories are not followed: a link
 * back up the tree would make the walk endless (two such links, exponential). Every entry that is
 * not a directory is listed (a symlinked file, a broken link, a FIFO), so reading it either works
 * or fails with a message naming it, instead of the entry vanishing without a word.
 */
const WALK_OPTIONS = { onlyFiles: false, followSymbolicLinks: false, objectMode: true, dot: false } as const;

/** The paths of the entries a walk found, directories left out. */
function nonDirectories(entries: readonly fg.Entry[]): string[] {
  return entries.filter((entry) => !entry.dirent.isDirectory()).map((entry) => entry.path);
}

export async function findInputs(inputs: readonly string[], options: FindInputsOptions): Promise<FoundInputs> {
  const outDir = options.outDir === undefined ? undefined : path.resolve(options.cwd, options.outDir);
  const files: InputFile[] = [];
  const unmatched: UnmatchedInput[] = [];
  for (const input of inputs) {
    const found = await findOne(input, options.cwd, outDir);
    if ('code' in found) unmatched.push(found);
    else files.push(...found);
  }
  return { files: sortUnique(files), unmatched };
}

async function findOne(
  input: string,
  cwd: string,
  outDir: string | undefined,
): Promise<InputFile[] | UnmatchedInput> {
  const absolute = path.resolve(cwd, input);
  const kind = await pathKind(absolute);
  if (kind === 'unreadable') {
    return { input, code: 'unreadable', message: 'permission denied' };
  }
  if (kind === 'file') {
    // Named explicitly, so taken whatever its extension.
    return [{ absolutePath: absolute, relativePath: path.basename(absolute) }];
  }
  if (kind === 'directory') {
    return walkDirectory(input, absolute, outDir);
  }
  // A path that exists wins over a pattern: `report[1].txt` is a file name first.
  if (fg.isDynamicPattern(input)) {
    return walkGlob(input, cwd, outDir);
  }
  return { input, code: 'not_found', message: 'no such file or directory' };
}

async function walkDirectory(
  input: string,
  directory: string,
  outDir: string | undefined,
): Promise<InputFile[] | UnmatchedInput> {
  const skipOut = outDir !== undefined && isStrictlyInside(outDir, directory);
  const ignore = skipOut ? [`${fg.escapePath(toPosix(path.relative(directory, outDir)))}/**`] : [];
  let entries: string[];
  try {
    entries = nonDirectories(await fg(ARTICLE_PATTERN, { ...WALK_OPTIONS, cwd: directory, caseSensitiveMatch: false, ignore }));
  } catch (error) {
    return walkError(input, error);
  }
  const files = entries
    .map((entry) => ({ absolutePath: path.resolve(directory, entry), relativePath: entry }))
    .filter((file) => !(skipOut && isStrictlyInside(file.absolutePath, outDir)));
  if (files.length === 0) {
    return { input, code: 'no_txt', message: 'directory has no .txt files' };
  }
  return files;
}

async function walkGlob(
  pattern: string,
  cwd: string,
  outDir: string | undefined,
): Promise<InputFile[] | UnmatchedInput> {
  const base = path.resolve(cwd, staticBase(pattern));
  const skipOut = outDir !== undefined && isStrictlyInside(outDir, base);
  let entries: string[];
  try {
    entries = nonDirectories(await fg(pattern, { ...WALK_OPTIONS, cwd, absolute: true }));
  } catch (error) {
    return walkError(pattern, error);
  }
  const files: InputFile[] = [];
  for (const entry of entries) {
    const absolutePath = path.resolve(entry);
    if (skipOut && isStrictlyInside(absolutePath, outDir)) continue;
    // The base is built from literal segments only, so every match lies below it; the fallback
    // keeps an output inside `--out` even if a pattern proves that wrong.
    const relativePath = isStrictlyInside(absolutePath, base)
      ? toPosix(path.relative(base, absolutePath))
      : path.basename(absolutePath);
    files.push({ absolutePath, relativePath });
  }
  if (files.length === 0) {
    return { input: pattern, code: 'no_match', message: 'no files match this pattern' };
  }
  return files;
}

/**
 * The directory part of a glob before its first dynamic segment (`raw/2020/**\/*.txt` → `raw/2020`).
 * A segment with any glob character ends the base even if fast-glob would call it static (an
 * unbalanced `{a` of `{a/b,c}`), so the base is always an ancestor of every match.
 */
export function staticBase(pattern: string): string {
  const segments = pattern.split('/');
  const literal: string[] = [];
  // The last segment names files, never the base.
  for (const segment of segments.slice(0, -1)) {
    // fast-glob rejects '' (the root of `/abs/...`, or `a//b`), which is literal anyway.
    if (segment !== '' && (fg.isDynamicPattern(segment) || GLOB_CHAR_RE.test(segment))) break;
    literal.push(segment);
  }
  if (literal.length === 0) return '.';
  const joined = literal.join('/');
  // `/abs/**` splits into ['', 'abs', ...]: keep the root.
  return joined === '' ? '/' : joined;
}

/** Characters that can make a path segment a pattern (globs, braces, extglobs, escapes). */
const GLOB_CHAR_RE = /[*?[\]{}()!+@\\]/;

type PathKind = 'file' | 'directory' | 'missing' | 'unreadable';

async function pathKind(absolute: string): Promise<PathKind> {
  try {
    const info = await stat(absolute);
    // Anything that is not a directory (a FIFO such as /dev/stdin too) is read as a file.
    return info.isDirectory() ? 'directory' : 'file';
  } catch (error) {
    const code = errnoCode(error);
    return code === 'EACCES' || code === 'EPERM' ? 'unreadable' : 'missing';
  }
}

function walkError(input: string, error: unknown): UnmatchedInput {
  const code = errnoCode(error);
  // The errno only: the failing path is absolute and reports carry relative paths only.
  const detail = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'read error');
  return { input, code: 'unreadable', message: `cannot list files below it (${detail})` };
}

/** True when `child` is below `parent` (not equal to it). */
export function isStrictlyInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function toPosix(relative: string): string {
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}

/** Code-unit order, not `localeCompare`: the order must not depend on the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortUnique(files: readonly InputFile[]): InputFile[] {
  const sorted = [...files].sort(
    (a, b) => compare(a.relativePath, b.relativePath) || compare(a.absolutePath, b.absolutePath),
  );
  const seen = new Set<string>();
  return sorted.filter((file) => {
    if (seen.has(file.absolutePath)) return false;
    seen.add(file.absolutePath);
    return true;
  });
}
