/**
 * The library's entry point for one article: raw text in, clean text and the explained edits out.
 * Options are resolved and rules compiled once per cleaner, not once per article.
 */

// The signature modules only: the corpus index would load SQLite into every worker.
import { resolveCorpusDedupOptions } from './corpus/options.js';
import { articleSignature, type ArticleSignature } from './corpus/signature.js';
import { defaultPipeline } from './default-pipeline.js';
import { ConfigError } from './errors.js';
import { resolveOptions, type Options, type ResolvedOptions } from './options.js';
import { runPipeline } from './pipeline.js';
import { detectSite, isKnownSite, unknownSiteMessage } from './rules/detect-site.js';
import { defineRules } from './rules/define.js';
import { allRules } from './rules/index.js';
import { splitRawLines } from './text/lines.js';
import type { Article, Edit, Line } from './types.js';

export interface CleanResult {
  /** The clean text: one paragraph per line, each ending in `\n`; empty when nothing is left. */
  readonly text: string;
  readonly lines: readonly Line[];
  readonly edits: readonly Edit[];
  /** The site whose rules applied (detected or forced); undefined when unknown. */
  readonly site: string | undefined;
  /** Number of raw lines in the input. */
  readonly linesIn: number;
  /** The clean text's cross-article dedup signature, when `options.signature` asked for it. */
  readonly signature?: ArticleSignature;
}

export interface Cleaner {
  readonly options: ResolvedOptions;
  /** Cleans one article; `id` names it in edits and errors (usually its relative path). */
  clean(text: string, id?: string): CleanResult;
}

export function createCleaner(options: Options = {}): Cleaner {
  const resolved = resolveOptions(options);
  checkNamesExist(resolved);
  const corpusOptions = resolved.signature ? resolveCorpusDedupOptions() : undefined;
  return {
    options: resolved,
    clean(text: string, id = '-'): CleanResult {
      const rawLines = splitRawLines(text);
      const { article, edits, site } = runToFixpoint({ id, site: undefined, lines: rawLines }, resolved);
      const clean = article.lines.map((line) => line.text);
      const cleanText = clean.length === 0 ? '' : `${clean.join('\n')}\n`;
      return {
        text: cleanText,
        lines: article.lines,
        edits,
        site,
        linesIn: rawLines.length,
        ...(corpusOptions === undefined ? {} : { signature: articleSignature(cleanText, corpusOptions) }),
      };
    },
  };
}

/**
 * How often the pipeline may run over one article. A pass can leave work for an earlier one: a
 * repeat dropped by dedup makes two fragments neighbours that merge would join; a caption dropped
 * above a dateline brings the dateline into the head, where a rule placed "before the dateline"
 * now applies; a footer dropped brings the lines above it into the tail window. Running again on
 * the result until nothing changes means cleaning the output again changes nothing. Most articles
 * need one round: the pipeline can tell when another would find nothing (`roundIsFinal`); those
 * whose paragraphs dedup dropped take a second.
 */
const MAX_PIPELINE_ROUNDS = 4;

/**
 * Runs the pipeline, then again on its own result until a round is final (`roundIsFinal`: another
 * would change nothing) and the site read from the text is the one the round used (a dropped line
 * named another outlet), as a second run of bersih would read it. Edits are kept
 * from every round, except `flag` edits, which each round makes afresh: those of the last round
 * stand. The site reported is the one read from the raw text.
 */
function runToFixpoint(article: Article, options: ResolvedOptions): { article: Article; edits: Edit[]; site: string | undefined } {
  const siteOf = (lines: readonly Line[]): string | undefined => options.site ?? detectSite(lines);
  let current: Article = { ...article, site: siteOf(article.lines) };
  let edits: Edit[] = [];
  for (let round = 0; round < MAX_PIPELINE_ROUNDS; round++) {
    const result = runPipeline(current, defaultPipeline, options);
    edits = edits.filter((edit) => edit.action !== 'flag');
    for (const edit of result.edits) edits.push(edit);
    const site = siteOf(result.article.lines);
    const stable = site === current.site && result.final;
    current = { ...result.article, site };
    if (stable) break;
  }
  return { article: current, edits, site: siteOf(article.lines) };
}

/** Cleans one article with the given options; prefer `createCleaner` when cleaning many. */
export function cleanText(text: string, options: Options = {}): CleanResult {
  return createCleaner(options).clean(text);
}

/** The id of a learned line: `learned/` and eight hex digits. */
const LEARNED_ID_RE = /^learned\/[0-9a-f]{8}$/;

/**
 * A typo in a site or rule id would otherwise silently do nothing: refuse it, naming the known ids.
 * Extra rules are checked like the shipped pack (their ids new against it, their examples passing).
 * A learned id (`learned/<hash>`) may be disabled even when this run learned no such line.
 */
function checkNamesExist(options: ResolvedOptions): void {
  if (options.site !== undefined && !isKnownSite(options.site)) throw new ConfigError(unknownSiteMessage(options.site));
  defineRules(options.extraRules, new Set(allRules.map((rule) => rule.id)));
  const lostRule = options.extraRules.find((rule) => rule.site !== '*' && !isKnownSite(rule.site));
  if (lostRule) throw new ConfigError(`rule ${lostRule.id}: ${unknownSiteMessage(lostRule.site)}`);
  const known = new Set([...allRules, ...options.extraRules].map((rule) => rule.id));
  const unknown = options.disabledRules.filter((id) => !known.has(id) && !LEARNED_ID_RE.test(id));
  if (unknown.length > 0) {
    throw new ConfigError(`unknown rule ${unknown.map((id) => `"${id}"`).join(', ')} (\`bersih rules\` lists them)`);
  }
}
