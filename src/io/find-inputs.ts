/**
 * Turns what the user typed (files, directories, glob patterns) into a sorted list of article files,
 * each with the path its output will mirror. fast-glob returns files in arbitrary order, so the list
 * is sorted here: every later step (and "keep the first duplicate") depends on a stable order. A run
 * keeps the list from start to end, so it is held compactly (`InputList`), and the walk keeps no
 * more than a string per file on the way: what is alive at this early point sets how far V8 lets the
 * heap grow for the rest of the run.
 */

import { stat } from 'node:fs/promises';
import path from 'node:path';
// Default import only: the named export type-checks but is missing at run time (DEPS.md, pitfall 1).
import fg from 'fast-glob';
import { ChunkedArray } from '../corpus/chunked-array.js';
import { PackedStrings } from '../corpus/packed-strings.js';
import { pathKey, repeatedKeys } from './path-keys.js';
import { errnoCode } from './read-article.js';

export interface InputFile {
  readonly absolutePath: string;
  /**
   * Path relative to the input's base, with `/` separators: a directory input's own directory, a
   * glob's static base, or a plain file's parent directory. Outputs mirror it under `--out`.
   */
  readonly relativePath: string;
}

/**
 * The files of a run, in order, held compactly for the whole run: each file's relative path
 * (packed-strings.ts) and its base directory as an index into the run's few bases, rather than an
 * object and two strings a file, which a run of a million files would keep in the garbage-collected
 * heap from start to end. Iterating makes the `InputFile`s on the fly.
 */
export class InputList implements Iterable<InputFile> {
  readonly #relative = new PackedStrings();
  /** Base directories, each ending with a separator: a file's absolute path is its base followed by its relative path. */
  readonly #bases: string[] = [];
  readonly #baseIndex = new Map<string, number>();
  readonly #baseOf = new ChunkedArray((length) => new Uint32Array(length), 1 << 14);

  /** Adds the file at `relativePath` (`/`-separated, normalised) below the absolute directory `base`. */
  add(base: string, relativePath: string): void {
    const key = base.endsWith(path.sep) ? base : `${base}${path.sep}`;
    let baseIndex = this.#baseIndex.get(key);
    if (baseIndex === undefined) {
      baseIndex = this.#bases.push(key) - 1;
      this.#baseIndex.set(key, baseIndex);
    }
    this.#baseOf.set(this.length, baseIndex);
    this.#relative.push(relativePath);
  }

  get length(): number {
    return this.#relative.length;
  }

  /** This list without the file at `absolutePath` (itself, when there is none). */
  without(absolutePath: string): InputList {
    let found = false;
    for (const file of this) found ||= file.absolutePath === absolutePath;
    if (!found) return this;
    const list = new InputList();
    for (const [index, file] of [...this].entries()) {
      if (file.absolutePath !== absolutePath) list.add(this.#bases[this.#baseOf.get(index)] ?? '', file.relativePath);
    }
    return list;
  }

  /** The relative paths alone, cheaper to make than the files. */
  relativePaths(): Iterable<string> {
    return this.#relative;
  }

  *[Symbol.iterator](): IterableIterator<InputFile> {
    for (let index = 0; index < this.length; index += 1) {
      const relativePath = this.#relative.get(index);
      yield { absolutePath: `${this.#bases[this.#baseOf.get(index)] ?? ''}${toNative(relativePath)}`, relativePath };
    }
  }
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
  readonly files: InputList;
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

/** What one input found: files below a base directory (a glob whose match strays from its base adds the match's own folder). */
interface Walked {
  readonly base: string;
  readonly relativePaths: string[];
}

/**
 * The paths of the entries a walk finds, directories left out, read as they come: fast-glob's
 * own list would hold an object and a directory entry per file until the walk ends.
 */
async function walk(pattern: string, options: fg.Options): Promise<string[]> {
  const paths: string[] = [];
  for await (const entry of fg.stream(pattern, { ...options, ...WALK_OPTIONS })) {
    const { dirent, path: found } = entry as unknown as fg.Entry;
    if (!dirent.isDirectory()) paths.push(found);
  }
  return paths;
}

export async function findInputs(inputs: readonly string[], options: FindInputsOptions): Promise<FoundInputs> {
  const outDir = options.outDir === undefined ? undefined : path.resolve(options.cwd, options.outDir);
  const found: Walked[] = [];
  const unmatched: UnmatchedInput[] = [];
  for (const input of inputs) {
    const walked = await findOne(input, options.cwd, outDir);
    if ('code' in walked) unmatched.push(walked);
    else found.push(...walked);
  }
  return { files: sortUnique(found), unmatched };
}

async function findOne(input: string, cwd: string, outDir: string | undefined): Promise<Walked[] | UnmatchedInput> {
  const absolute = path.resolve(cwd, input);
  const kind = await pathKind(absolute);
  if (kind === 'unreadable') {
    return { input, code: 'unreadable', message: 'permission denied' };
  }
  if (kind === 'file') {
    // Named explicitly, so taken whatever its extension.
    return [{ base: path.dirname(absolute), relativePaths: [path.basename(absolute)] }];
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

async function walkDirectory(input: string, directory: string, outDir: string | undefined): Promise<Walked[] | UnmatchedInput> {
  const skipOut = outDir !== undefined && isStrictlyInside(outDir, directory);
  const ignore = skipOut ? [`${fg.escapePath(toPosix(path.relative(directory, outDir)))}/**`] : [];
  let entries: string[];
  try {
    entries = await walk(ARTICLE_PATTERN, { cwd: directory, caseSensitiveMatch: false, ignore });
  } catch (error) {
    return walkError(input, error);
  }
  const relativePaths = skipOut ? entries.filter((entry) => !isStrictlyInside(path.resolve(directory, entry), outDir)) : entries;
  if (relativePaths.length === 0) {
    return { input, code: 'no_txt', message: 'directory has no .txt files' };
  }
  return [{ base: directory, relativePaths }];
}

async function walkGlob(pattern: string, cwd: string, outDir: string | undefined): Promise<Walked[] | UnmatchedInput> {
  const base = path.resolve(cwd, staticBase(pattern));
  const skipOut = outDir !== undefined && isStrictlyInside(outDir, base);
  let entries: string[];
  try {
    entries = await walk(pattern, { cwd, absolute: true });
  } catch (error) {
    return walkError(pattern, error);
  }
  const below: Walked = { base, relativePaths: [] };
  const strays: Walked[] = [];
  for (const entry of entries) {
    const absolutePath = path.resolve(entry);
    if (skipOut && isStrictlyInside(absolutePath, outDir)) continue;
    // The base is built from literal segments only, so every match lies below it; the fallback
    // keeps an output inside `--out` even if a pattern proves that wrong.
    if (isStrictlyInside(absolutePath, base)) below.relativePaths.push(toPosix(path.relative(base, absolutePath)));
    else strays.push({ base: path.dirname(absolutePath), relativePaths: [path.basename(absolutePath)] });
  }
  if (below.relativePaths.length === 0 && strays.length === 0) {
    return { input: pattern, code: 'no_match', message: 'no files match this pattern' };
  }
  return [below, ...strays];
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

function toNative(relative: string): string {
  return path.sep === '/' ? relative : relative.split('/').join(path.sep);
}

/** Code-unit order, not `localeCompare`: the order must not depend on the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The files of every walk in one list, sorted by relative path, then absolute path, each file once
 * (two inputs can reach the same file; path-keys.ts finds them without a set of every path).
 */
function sortUnique(found: readonly Walked[]): InputList {
  const relative: string[] = [];
  const walkOf: number[] = [];
  found.forEach((walked, index) => {
    for (const relativePath of walked.relativePaths) {
      relative.push(relativePath);
      walkOf.push(index);
    }
  });
  const absoluteOf = (file: number): string => path.join((found[walkOf[file] ?? 0] as Walked).base, toNative(relative[file] ?? ''));
  const order = Array.from(relative.keys()).sort((a, b) => compare(relative[a] ?? '', relative[b] ?? '') || compare(absoluteOf(a), absoluteOf(b)));
  const keys = Float64Array.from(order, (file) => pathKey(absoluteOf(file)));
  const repeated = repeatedKeys(keys);
  const seen = new Set<string>();
  const list = new InputList();
  for (const [place, file] of order.entries()) {
    if (repeated.has(keys[place] ?? 0)) {
      const absolute = absoluteOf(file);
      if (seen.has(absolute)) continue;
      seen.add(absolute);
    }
    list.add((found[walkOf[file] ?? 0] as Walked).base, relative[file] ?? '');
  }
  return list;
}
