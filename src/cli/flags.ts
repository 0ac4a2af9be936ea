/**
 * Every flag of `bersih`, as data: one row per flag, looped into commander by `main.ts` and mapped to
 * the library's `Options` here. Adding a flag is adding a row (and, for a library option, its
 * `option` key); nothing else repeats the list.
 */

import type { Options } from '../options.js';

export interface Flag {
  /** Long name without dashes; a `no-` prefix makes a negatable boolean (`--no-dedup` sets `dedup` false). */
  readonly long: string;
  readonly short?: string;
  /** Name of the value, for flags that take one (`--out <dir>`). */
  readonly arg?: string;
  readonly description: string;
  /** Value when the flag is absent. */
  readonly default?: boolean | string | readonly string[];
  /** May be given more than once; values are collected in order. */
  readonly repeatable?: boolean;
  /** The library option this flag sets; absent for flags only the CLI reads. */
  readonly option?: keyof Options;
  /** Its value is a number (a config file gives it as a JSON number). */
  readonly numeric?: boolean;
  /** The only values it accepts. */
  readonly choices?: readonly string[];
}

export const FLAGS: readonly Flag[] = [
  {
    long: 'out',
    short: 'o',
    arg: 'dir',
    description: 'write cleaned files here, mirroring the input tree; with JSONL output, a name ending in .jsonl or .jsonl.gz is one file (required unless the input is - or --dry-run)',
  },
  { long: 'report', short: 'r', arg: 'file.json', description: 'write a JSON report explaining every edit' },
  { long: 'audit', arg: 'file.jsonl', description: 'write every edit as one JSON line (article, lines, pass, rule, action, text); .gz compresses it' },
  {
    long: 'input-format',
    arg: 'format',
    description: 'read every input as this format whatever its name (default: by extension; stdin: txt)',
    choices: ['txt', 'jsonl'],
  },
  { long: 'text-field', arg: 'path', description: 'the field holding the article in JSONL records, a dot path such as content.body (default: text)' },
  {
    long: 'format',
    arg: 'format',
    description: 'txt: one file per article; jsonl: one record per article (default: jsonl when an input is JSONL, else txt)',
    choices: ['txt', 'jsonl'],
  },
  { long: 'gzip', description: 'gzip-compress the outputs (names ending in .gz are compressed anyway)', default: false },
  {
    long: 'no-dedup',
    description: 'keep paragraphs that repeat an earlier one',
    default: true,
    option: 'dedup',
  },
  {
    long: 'no-boilerplate',
    description: 'keep boilerplate lines (Baca juga, ads, credits, footers)',
    default: true,
    option: 'boilerplate',
  },
  {
    long: 'no-merge',
    description: 'keep sentences broken across lines as they are',
    default: true,
    option: 'merge',
  },
  {
    long: 'site',
    short: 's',
    arg: 'id',
    description: "apply this site's rules instead of detecting the site",
    option: 'site',
  },
  {
    long: 'disable-rule',
    short: 'd',
    arg: 'id',
    description: 'switch off one rule, e.g. common/baca-juga (repeatable)',
    default: [],
    repeatable: true,
    option: 'disabledRules',
  },
  {
    long: 'strip-datelines',
    description: 'cut outlet datelines ("JAKARTA, KOMPAS.com -") from the lead; by default they are kept and reported',
    default: false,
    option: 'stripDatelines',
  },
  { long: 'rules', arg: 'file.json', description: 'add your own rules from a JSON file (format in src/rules/README.md)' },
  {
    long: 'no-learn',
    description: 'do not learn boilerplate from the corpus (lines that recur across many different stories)',
    default: true,
  },
  {
    long: 'learn-min-docs',
    arg: 'n',
    description: 'a line is learned boilerplate when it recurs in at least n different articles (default: 20)',
    numeric: true,
  },
  {
    long: 'no-cross-dedup',
    description: 'keep articles that repeat an earlier article of the run (or of the --index)',
    default: true,
  },
  {
    long: 'duplicates',
    arg: 'dir',
    description: 'write the articles found to be duplicates here instead of dropping them',
  },
  {
    long: 'keep',
    arg: 'first|longest',
    description: 'which copy cross-article dedup keeps: the first in path order, or the longest (reads the corpus twice)',
    default: 'first',
  },
  {
    long: 'index',
    arg: 'file',
    description: 'keep the cross-article dedup index in this SQLite file, so later runs are checked against this one',
  },
  {
    long: 'jobs',
    short: 'j',
    arg: 'n',
    description: 'clean on n worker threads; outputs are the same for every n (default: the number of CPU cores)',
    numeric: true,
  },
  {
    long: 'max-file-size',
    arg: 'MB',
    description: 'fail (and skip) any input file (or JSONL line) larger than this many MB (1 MB = 1,048,576 bytes; default: 64)',
    numeric: true,
  },
  { long: 'dry-run', description: 'clean and report, but write no outputs (the report and the audit are still written)', default: false },
  {
    long: 'max-drop-ratio',
    arg: 'R',
    description: 'flag any article losing more than R (0 to 1) of its non-space characters; it is still written, and the run exits 1',
    numeric: true,
  },
  { long: 'config', arg: 'file.json', description: 'read options from this file instead of ./bersih.config.json (flags win over it)' },
  { long: 'quiet', short: 'q', description: 'print only failures, no summary', default: false },
  { long: 'no-color', description: 'never colour the output (NO_COLOR=1 works too)', default: true },
];

/** commander's flag syntax for a row: `-o, --out <dir>`. */
export function flagSyntax(flag: Flag): string {
  const short = flag.short === undefined ? '' : `-${flag.short}, `;
  const arg = flag.arg === undefined ? '' : ` <${flag.arg}>`;
  return `${short}--${flag.long}${arg}`;
}

/** The key commander stores a flag under: `--disable-rule` → `disableRule`, `--no-dedup` → `dedup`. */
export function flagKey(flag: Flag): string {
  return flag.long.replace(/^no-/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The value of a flag after parsing, or its default when it was not given. */
export function flagValue(values: Readonly<Record<string, unknown>>, flag: Flag): unknown {
  return values[flagKey(flag)] ?? flag.default;
}

/** Library options from parsed flag values; flags not given leave their option unset (library default). */
export function toOptions(values: Readonly<Record<string, unknown>>): Options {
  const options: Record<string, unknown> = {};
  for (const flag of FLAGS) {
    if (flag.option === undefined) continue;
    const value = values[flagKey(flag)];
    if (value !== undefined) options[flag.option] = value;
  }
  // The table pairs each option with a flag of the matching type (boolean, string, string list).
  return options as Options;
}
