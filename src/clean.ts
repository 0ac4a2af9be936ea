/**
 * The library's entry point for one article: raw text in, clean text and the explained edits out.
 * Options are resolved and rules compiled once per cleaner, not once per article.
 */

import { defaultPipeline } from './default-pipeline.js';
import { ConfigError } from './errors.js';
import { resolveOptions, type Options, type ResolvedOptions } from './options.js';
import { runPipeline } from './pipeline.js';
import { detectSite, SITES } from './rules/detect-site.js';
import { allRules } from './rules/index.js';
import { splitRawLines } from './text/lines.js';
import type { Edit, Line } from './types.js';

export interface CleanResult {
  /** The clean text: one paragraph per line, each ending in `\n`; empty when nothing is left. */
  readonly text: string;
  readonly lines: readonly Line[];
  readonly edits: readonly Edit[];
  /** The site whose rules applied (detected or forced); undefined when unknown. */
  readonly site: string | undefined;
  /** Number of raw lines in the input. */
  readonly linesIn: number;
}

export interface Cleaner {
  readonly options: ResolvedOptions;
  /** Cleans one article; `id` names it in edits and errors (usually its relative path). */
  clean(text: string, id?: string): CleanResult;
}

export function createCleaner(options: Options = {}): Cleaner {
  const resolved = resolveOptions(options);
  checkNamesExist(resolved);
  return {
    options: resolved,
    clean(text: string, id = '-'): CleanResult {
      const rawLines = splitRawLines(text);
      const site = resolved.site ?? detectSite(rawLines);
      const { article, edits } = runPipeline({ id, site, lines: rawLines }, defaultPipeline, resolved);
      const clean = article.lines.map((line) => line.text);
      return {
        text: clean.length === 0 ? '' : `${clean.join('\n')}\n`,
        lines: article.lines,
        edits,
        site,
        linesIn: rawLines.length,
      };
    },
  };
}

/** Cleans one article with the given options; prefer `createCleaner` when cleaning many. */
export function cleanText(text: string, options: Options = {}): CleanResult {
  return createCleaner(options).clean(text);
}

/** A typo in a site or rule id would otherwise silently do nothing: refuse it, naming the known ids. */
function checkNamesExist(options: ResolvedOptions): void {
  if (options.site !== undefined && !SITES.some((site) => site.id === options.site)) {
    throw new ConfigError(`unknown site "${options.site}"; known sites: ${SITES.map((site) => site.id).join(', ')}`);
  }
  const unknown = options.disabledRules.filter((id) => !allRules.some((rule) => rule.id === id));
  if (unknown.length > 0) {
    throw new ConfigError(`unknown rule ${unknown.map((id) => `"${id}"`).join(', ')} (ids look like common/baca-juga; the README lists them)`);
  }
}
