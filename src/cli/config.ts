/**
 * `bersih.config.json` (in the working directory, or `--config FILE`): any flag's value, under the
 * key commander gives the flag (`--disable-rule` → `disableRule`, `--no-dedup` → `dedup: false`).
 * The schema is built from the flag table, so a new flag is configurable at once; valibot checks it,
 * and every unknown key or wrong type is an error naming the key. Flags typed on the command line
 * win over the file.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { ConfigError } from '../errors.js';
import { readConfigText } from '../io/read-text-file.js';
import { FLAGS, flagKey, type Flag } from './flags.js';

/** The file looked for in the working directory when `--config` is not given. */
export const CONFIG_FILE = 'bersih.config.json';

/** Values as commander would hold them: strings for flags with a value, booleans, string lists. */
export type ConfigValues = Readonly<Record<string, string | boolean | readonly string[]>>;

/** Flags that make no sense in a config file. */
const NOT_CONFIGURABLE = new Set(['config']);

const CONFIGURABLE: readonly Flag[] = FLAGS.filter((flag) => !NOT_CONFIGURABLE.has(flagKey(flag)));

function schemaOf(flag: Flag): v.GenericSchema {
  if (flag.repeatable === true) return v.array(v.string());
  if (flag.arg === undefined) return v.boolean();
  if (flag.choices !== undefined) return v.picklist(flag.choices);
  if (flag.numeric === true) return v.pipe(v.number(), v.finite());
  return v.string();
}

const CONFIG_SCHEMA = v.strictObject(Object.fromEntries(CONFIGURABLE.map((flag) => [flagKey(flag), v.optional(schemaOf(flag))])));

/**
 * Reads the config named by `--config` (it must exist), or `bersih.config.json` in `cwd` when there
 * is one; no file gives no values. Throws `ConfigError` naming the file and the key.
 */
export function loadConfig(file: string | undefined, cwd: string): ConfigValues {
  const name = file ?? CONFIG_FILE;
  if (file === undefined && !existsSync(path.resolve(cwd, CONFIG_FILE))) return {};
  const text = readConfigText(name, cwd);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`${name}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseConfig(value, name);
}

/** Checks a parsed config against the flag table; `name` prefixes every message. */
export function parseConfig(value: unknown, name: string): ConfigValues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(`${name}: must hold one JSON object of options, e.g. { "jobs": 2 }`);
  }
  const result = v.safeParse(CONFIG_SCHEMA, value);
  if (!result.success) throw new ConfigError(`${name}: ${describeIssue(result.issues[0])}`);
  const values: Record<string, string | boolean | readonly string[]> = {};
  for (const [key, entry] of Object.entries(result.output as Record<string, unknown>)) {
    if (entry === undefined) continue;
    // Numbers become the text a flag would have given, so one parser checks both.
    values[key] = typeof entry === 'number' ? String(entry) : (entry as string | boolean | readonly string[]);
  }
  return values;
}

/**
 * Puts the config's values under the parsed flags: a value from the file is used unless the flag
 * was typed on the command line (`source` says where each value came from).
 */
export function applyConfig(
  values: Record<string, unknown>,
  config: ConfigValues,
  source: (key: string) => string | undefined,
): Record<string, unknown> {
  const merged = { ...values };
  for (const [key, value] of Object.entries(config)) {
    if (source(key) !== 'cli') merged[key] = value;
  }
  return merged;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const key = (issue.path ?? []).map((item, index) => (typeof item.key === 'number' ? `[${item.key}]` : `${index === 0 ? '' : '.'}${String(item.key)}`)).join('');
  if (issue.type === 'strict_object' && issue.path !== undefined) {
    return `unknown key "${key}"${suggestion(key)}; the keys are the flags' names in camelCase (bersih --help)`;
  }
  const flag = CONFIGURABLE.find((row) => flagKey(row) === key.replace(/\[\d+\]$/, ''));
  return `"${key}" must be ${expected(issue, flag, key.endsWith(']'))}, got ${issue.received}`;
}

function expected(issue: v.BaseIssue<unknown>, flag: Flag | undefined, element: boolean): string {
  if (flag === undefined) return issue.expected ?? 'valid';
  if (element) return 'a string';
  if (flag.repeatable === true) return 'a list of strings';
  if (flag.arg === undefined) return 'true or false';
  if (flag.choices !== undefined) return `one of ${flag.choices.map((choice) => `"${choice}"`).join(', ')}`;
  if (flag.numeric === true) return 'a number';
  return 'a string';
}

/** A hint for a key written as the flag is typed (`disable-rule`, `noDedup`). */
function suggestion(key: string): string {
  const camel = key.replace(/^--/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const positive = camel.replace(/^no([A-Z])/, (_, letter: string) => letter.toLowerCase());
  const match = CONFIGURABLE.find((flag) => flagKey(flag) === camel || flagKey(flag) === positive);
  if (match === undefined) return '';
  const name = flagKey(match);
  return match.long.startsWith('no-') && positive !== camel ? ` (did you mean "${name}": false?)` : ` (did you mean "${name}"?)`;
}
