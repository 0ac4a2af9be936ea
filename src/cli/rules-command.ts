/**
 * `bersih rules [--site S] [--rules FILE]`: lists the rules in the order they are tried (id, kind,
 * site, description), with the rule pack's version, so a user can find the id to disable.
 */

import { Command } from 'commander';
import { ConfigError } from '../errors.js';
import { readConfigText } from '../io/read-text-file.js';
import { isKnownSite, SITES, unknownSiteMessage } from '../rules/detect-site.js';
import { describeRules } from '../rules/describe.js';
import { composeRules, RULE_PACK_VERSION } from '../rules/index.js';
import { loadUserRules } from '../rules/load-user-rules.js';
import { exitCodeForError } from './error-exit.js';
import { EXIT_OK, type ExitCode } from './exit-codes.js';
import type { MainParams } from './main.js';

export function runRulesCommand(params: MainParams, argv: readonly string[]): ExitCode {
  const program = new Command()
    .name('bersih rules')
    .description('List the boilerplate rules in the order they are tried.')
    .option('-s, --site <id>', `only the rules that apply to this site (${SITES.map((site) => site.id).join(', ')})`)
    .option('--rules <file.json>', 'include your own rules from a JSON file')
    .helpOption('-h, --help', 'show this help')
    .configureOutput({
      writeOut: (text) => params.stdout.write(text),
      writeErr: (text) => params.stderr.write(text),
      outputError: (text, write) => write(`bersih: ${text.replace(/^error: /, '')}`),
    })
    .exitOverride();
  try {
    program.parse([...argv], { from: 'user' });
    const { site, rules } = program.opts<{ site?: string; rules?: string }>();
    if (site !== undefined && !isKnownSite(site)) throw new ConfigError(unknownSiteMessage(site));
    const extra = rules === undefined ? [] : loadUserRules(readConfigText(rules, params.cwd), rules);
    params.stdout.write(`rule pack ${RULE_PACK_VERSION}\n${describeRules(composeRules(extra), site)}`);
    return EXIT_OK;
  } catch (error) {
    return exitCodeForError(error, params.stderr);
  }
}
