/**
 * The user's own rules, from the text of a JSON file (the CLI reads the file; this does no I/O):
 *
 * ```json
 * [{ "id": "harian-kita/langganan", "site": "*", "kind": "line", "description": "...",
 *    "pattern": "^dukung\\s+jurnalisme\\s+berkualitas\\b", "flags": "iu", "keywords": ["dukung"],
 *    "examples": { "strip": ["Dukung jurnalisme berkualitas ..."], "keep": ["..."] } }]
 * ```
 *
 * Every rule is checked as the shipped pack is (id shape, kind, place, keywords, its own examples),
 * and more: its id must be new (in the file and against the shipped pack), its flags must not hold
 * `g` or `y`, and its pattern must pass the backtracking check of `safe-pattern.ts`. The first
 * problem stops the load with a ConfigError naming the file, the rule and the problem.
 */

import { ConfigError } from '../errors.js';
import { isKnownSite, SITES } from './detect-site.js';
import { ruleProblem } from './define.js';
import { allRules } from './index.js';
import { KINDS, PLACES, type Rule, type RuleExamples, type RuleKind, type RulePlace } from './rule.js';
import { backtrackingRisk } from './safe-pattern.js';

/** Flags a user pattern may carry; `u` is added when `flags` is left out. */
const ALLOWED_FLAGS = new Set(['i', 'm', 's', 'u', 'v', 'd']);
const FIELDS = new Set(['id', 'site', 'kind', 'place', 'description', 'pattern', 'flags', 'keywords', 'examples']);
const EXAMPLE_FIELDS = new Set(['strip', 'keep', 'cut']);
/** Ids of learned lines (`learned/<hash>`) are the learned pass's; a rule may not take them. */
const RESERVED_PREFIX = 'learned/';
/** A pattern longer than this is refused: a rule marks a line, it does not parse one. */
const MAX_PATTERN_LENGTH = 1000;

export interface LoadUserRulesOptions {
  /** Rules the new ids must not repeat. @default the shipped pack */
  readonly shipped?: readonly Rule[];
}

/** Parses and checks a user rule file; `fileName` names it in every error. */
export function loadUserRules(text: string, fileName: string, options: LoadUserRulesOptions = {}): readonly Rule[] {
  const fail = (where: string, problem: string): never => {
    throw new ConfigError(`${fileName}: ${where}${problem}`);
  };
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return fail('', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(data)) return fail('', 'must hold a JSON array of rules');
  const shippedIds = new Set((options.shipped ?? allRules).map((rule) => rule.id));
  const seen = new Set<string>();
  const rules: Rule[] = [];
  data.forEach((entry: unknown, index) => {
    const name = isRecord(entry) && typeof entry['id'] === 'string' && entry['id'] !== '' ? `rule ${entry['id']}` : `rule #${index + 1}`;
    const rule = toRule(entry, (problem) => fail(`${name}: `, problem));
    if (shippedIds.has(rule.id)) fail(`${name}: `, 'id is already taken by a shipped rule (disable that one with --disable-rule, or pick another id)');
    if (seen.has(rule.id)) fail(`${name}: `, 'duplicate id in this file');
    const problem = ruleProblem(rule, seen);
    if (problem) fail(`${name}: `, problem);
    seen.add(rule.id);
    rules.push(rule);
  });
  return Object.freeze(rules);
}

/** One entry of the file as a Rule, or a call to `fail` with the first problem. */
function toRule(entry: unknown, fail: (problem: string) => never): Rule {
  if (!isRecord(entry)) return fail('must be an object');
  const unknown = Object.keys(entry).filter((key) => !FIELDS.has(key));
  if (unknown.length > 0) fail(`unknown field "${unknown[0] ?? ''}" (fields: ${[...FIELDS].join(', ')})`);
  const id = stringField(entry, 'id', fail);
  if (id.startsWith(RESERVED_PREFIX)) fail(`ids starting with "${RESERVED_PREFIX}" are reserved for learned lines`);
  const site = entry['site'] === undefined ? '*' : stringField(entry, 'site', fail);
  if (site !== '*' && !isKnownSite(site)) fail(`unknown site "${site}" (use "*" or one of: ${SITES.map((known) => known.id).join(', ')})`);
  const kind = stringField(entry, 'kind', fail);
  if (!(KINDS as readonly string[]).includes(kind)) fail(`unknown kind "${kind}" (kinds: ${KINDS.join(', ')})`);
  const place = entry['place'] === undefined ? undefined : stringField(entry, 'place', fail);
  if (place !== undefined && !(PLACES as readonly string[]).includes(place)) fail(`unknown place "${place}" (places: ${PLACES.join(', ')})`);
  const description = stringField(entry, 'description', fail);
  const pattern = toPattern(entry, fail);
  const keywords = entry['keywords'] === undefined ? undefined : stringList(entry['keywords'], 'keywords', fail);
  const examples = toExamples(entry['examples'], fail);
  return {
    id,
    site,
    kind: kind as RuleKind,
    ...(place === undefined ? {} : { place: place as RulePlace }),
    description,
    ...(keywords === undefined ? {} : { keywords }),
    pattern,
    examples,
  };
}

function toPattern(entry: Readonly<Record<string, unknown>>, fail: (problem: string) => never): RegExp {
  const source = stringField(entry, 'pattern', fail);
  if (source.length > MAX_PATTERN_LENGTH) fail(`pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
  const flags = entry['flags'] === undefined ? 'u' : typeof entry['flags'] === 'string' ? entry['flags'] : fail('flags must be a string such as "iu"');
  for (const flag of flags) {
    if (flag === 'g' || flag === 'y') fail(`flag "${flag}" is not allowed (a rule must not carry lastIndex from one line to the next)`);
    if (!ALLOWED_FLAGS.has(flag)) fail(`unknown flag "${flag}" (allowed: ${[...ALLOWED_FLAGS].join('')})`);
  }
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (error) {
    return fail(`bad pattern: ${error instanceof Error ? error.message : String(error)}`);
  }
  const risk = backtrackingRisk(source, flags);
  if (risk) fail(`pattern refused: ${risk}`);
  return regex;
}

function toExamples(value: unknown, fail: (problem: string) => never): RuleExamples {
  if (!isRecord(value)) return fail('examples must be an object with "strip" and "keep" lists (and "cut" pairs for inline, credit and dateline rules)');
  const unknown = Object.keys(value).filter((key) => !EXAMPLE_FIELDS.has(key));
  if (unknown.length > 0) fail(`unknown examples field "${unknown[0] ?? ''}" (fields: strip, keep, cut)`);
  const strip = value['strip'] === undefined ? [] : stringList(value['strip'], 'examples.strip', fail);
  const keep = stringList(value['keep'], 'examples.keep', fail);
  if (value['cut'] === undefined) return { strip, keep };
  if (!Array.isArray(value['cut'])) return fail('examples.cut must be a list of [line, what remains] pairs');
  const cut = value['cut'].map((pair: unknown): readonly [string, string] => {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
      return fail('examples.cut must be a list of [line, what remains] pairs of strings');
    }
    return [pair[0], pair[1]];
  });
  return { strip, keep, cut };
}

function stringField(entry: Readonly<Record<string, unknown>>, key: string, fail: (problem: string) => never): string {
  const value = entry[key];
  if (typeof value !== 'string' || value.trim() === '') return fail(`"${key}" must be a non-empty string`);
  return value;
}

function stringList(value: unknown, key: string, fail: (problem: string) => never): readonly string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) return fail(`"${key}" must be a list of strings`);
  return value as string[];
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
