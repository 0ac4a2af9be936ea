/**
 * What `npm run bench` measures, one row per mode: the two copy floors and the CLI runs set against
 * them. Each mode says how to run it (node arguments), what it reads and writes, and which copy floor
 * its ratio is taken against. The table order is the order here.
 */

export type ModeId = 'copy' | 'all-1' | 'all' | 'passes' | 'copy-jsonl' | 'jsonl' | 'rules-1x' | 'rules-10x';

export type Layout = 'tree' | 'jsonl';

/** The files and settings a run needs, known once the corpus is written. */
export interface BenchContext {
  /** The .txt tree and the .jsonl.gz of the same articles. */
  readonly tree: string;
  readonly jsonl: string;
  /** Rule files for the rules rows: `[]` (the shipped pack only) and the generated extra rules. */
  readonly shippedRulesFile: string;
  readonly scaledRulesFile: string;
  readonly shippedRules: number;
  readonly scaledRules: number;
  /** `--jobs` for the parallel rows: the CPU count unless the bench was told otherwise. */
  readonly jobs: number;
  /** A tree holding the corpus's first article alone, for timing a mode's start-up. */
  readonly oneArticleTree: string;
  /** gzip level bersih writes with, which the JSONL copy floor copies at. */
  readonly gzipLevel: number;
  /** The built CLI and the copy floor scripts, relative to the repository root. */
  readonly cli: string;
}

export interface BenchMode {
  readonly id: ModeId;
  readonly input: Layout;
  readonly output: Layout;
  /** The copy floor this row is compared with; absent for the floors themselves. */
  readonly floor?: ModeId;
  /** bersih with its defaults (learned pre-pass and cross-article dedup on): the rows the memory floor is judged on. */
  readonly everyPass: boolean;
  /**
   * Also time the mode on a one-article tree: the rules rows give their cost per article without
   * the CLI's start-up and rule loading (a quarter of a second more for 650 rules), which would
   * otherwise swamp the difference on a small corpus.
   */
  readonly timesStartup?: true;
  label(context: BenchContext): string;
  /** Node arguments that run this mode, writing to `out`. */
  args(context: BenchContext, out: string): string[];
}

/** The per-article passes alone: no corpus-level pass reads the corpus first or holds an index. */
const PER_ARTICLE_ONLY = ['--no-learn', '--no-cross-dedup'];

function bersih(context: BenchContext, input: string, out: string, flags: readonly string[]): string[] {
  return [context.cli, input, '--out', out, '--quiet', ...flags];
}

/** A rules row: the per-article passes on one thread with one rule file, also timed on one article. */
function rulesMode(id: 'rules-1x' | 'rules-10x', pack: (context: BenchContext) => { file: string; count: number }): BenchMode {
  return {
    id,
    input: 'tree',
    output: 'tree',
    floor: 'copy',
    everyPass: false,
    timesStartup: true,
    label: (context) => `bersih, ${pack(context).count} rules, per-article, --jobs 1`,
    args: (context, out) => bersih(context, context.tree, out, ['--rules', pack(context).file, ...PER_ARTICLE_ONLY, '--jobs', '1']),
  };
}

export const MODES: readonly BenchMode[] = [
  {
    id: 'copy',
    input: 'tree',
    output: 'tree',
    everyPass: false,
    label: () => 'copy floor (.txt tree)',
    args: (context, out) => ['scripts/copy-floor.mjs', context.tree, out],
  },
  {
    id: 'all-1',
    input: 'tree',
    output: 'tree',
    floor: 'copy',
    everyPass: true,
    label: () => 'bersih, every pass, --jobs 1',
    args: (context, out) => bersih(context, context.tree, out, ['--jobs', '1']),
  },
  {
    id: 'all',
    input: 'tree',
    output: 'tree',
    floor: 'copy',
    everyPass: true,
    label: (context) => `bersih, every pass, --jobs ${context.jobs}`,
    args: (context, out) => bersih(context, context.tree, out, ['--jobs', String(context.jobs)]),
  },
  {
    id: 'passes',
    input: 'tree',
    output: 'tree',
    floor: 'copy',
    everyPass: false,
    label: (context) => `bersih, per-article passes, --jobs ${context.jobs}`,
    args: (context, out) => bersih(context, context.tree, out, [...PER_ARTICLE_ONLY, '--jobs', String(context.jobs)]),
  },
  {
    id: 'copy-jsonl',
    input: 'jsonl',
    output: 'jsonl',
    everyPass: false,
    label: (context) => `copy floor (JSONL.gz, gzip -${context.gzipLevel})`,
    args: (context, out) => ['scripts/lib/copy-floor-jsonl.mjs', context.jsonl, out, String(context.gzipLevel)],
  },
  {
    id: 'jsonl',
    input: 'jsonl',
    output: 'jsonl',
    floor: 'copy-jsonl',
    everyPass: true,
    label: (context) => `bersih JSONL.gz, every pass, --jobs ${context.jobs}`,
    args: (context, out) => bersih(context, context.jsonl, out, ['--jobs', String(context.jobs)]),
  },
  rulesMode('rules-1x', (context) => ({ file: context.shippedRulesFile, count: context.shippedRules })),
  rulesMode('rules-10x', (context) => ({ file: context.scaledRulesFile, count: context.scaledRules })),
];

export const MODE_IDS: readonly ModeId[] = MODES.map((mode) => mode.id);

/** Names for several modes at once in `--only`. */
const GROUPS: Readonly<Record<string, readonly ModeId[]>> = {
  rules: ['rules-1x', 'rules-10x'],
  floors: ['copy', 'copy-jsonl'],
};

/**
 * The modes to run for `--only a,b` (every mode without it), in table order. Besides mode ids it
 * takes the groups above. A row's copy floor is always run with it, so its ratio is known, and the
 * two rules rows go together, since each is the other's yardstick. Returns a message for an unknown name.
 */
export function selectModes(only: readonly string[] | undefined): BenchMode[] | string {
  if (only === undefined) return [...MODES];
  const known = new Set<string>([...MODE_IDS, ...Object.keys(GROUPS)]);
  const unknown = only.filter((name) => !known.has(name));
  if (unknown.length > 0) return `unknown mode ${unknown.join(', ')} (modes: ${[...known].join(', ')})`;
  const wanted = new Set(only.flatMap((name) => GROUPS[name] ?? [name as ModeId]));
  if (wanted.has('rules-1x') || wanted.has('rules-10x')) for (const id of GROUPS['rules'] ?? []) wanted.add(id);
  for (const mode of MODES) if (wanted.has(mode.id) && mode.floor !== undefined) wanted.add(mode.floor);
  return MODES.filter((mode) => wanted.has(mode.id));
}
