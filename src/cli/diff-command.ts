/**
 * `bersih diff <inputs...>`: a preview of what cleaning would change in each article (removed lines
 * struck in red with their rule id, cut ends, joins, flags), on stdout, with nothing written. The
 * same inputs, formats and cleaning options as a run; plain text when stdout is not a terminal.
 */

import { Command } from 'commander';
import { createCleaner } from '../clean.js';
import { ConfigError } from '../errors.js';
import { decodedItem, fileArticles, streamArticles, type SourceItem, type SourceSettings } from '../io/article-source.js';
import { runCleanJob } from '../io/clean-job.js';
import { outcomeResult } from '../io/clean-files.js';
import { findInputs } from '../io/find-inputs.js';
import { parseTextField } from '../io/jsonl-record.js';
import { readConfigText } from '../io/read-text-file.js';
import { renderDiff, renderDiffTotals } from '../report/render-diff.js';
import { renderFailure } from '../report/render-summary.js';
import { loadUserRules } from '../rules/load-user-rules.js';
import { applyConfig, loadConfig } from './config.js';
import { exitCodeForError } from './error-exit.js';
import { EXIT_FILE_ERRORS, EXIT_OK, EXIT_USAGE, type ExitCode } from './exit-codes.js';
import { FLAGS, toOptions } from './flags.js';
import { cliValues, commanderOption, type MainParams } from './main.js';
import { createDiffPaint } from './paint.js';

/** The flags of a run that change what cleaning does or how inputs are read; output flags do not apply. */
const DIFF_FLAGS = new Set([
  'no-dedup',
  'no-boilerplate',
  'no-merge',
  'site',
  'disable-rule',
  'strip-datelines',
  'rules',
  'input-format',
  'text-field',
  'max-file-size',
  'no-color',
  'config',
]);

const EXAMPLES = `
Examples:
  $ bersih diff raw/kompas-001.txt
  $ FORCE_COLOR=1 bersih diff dump.jsonl.gz --text-field content.body | less -R
  $ bersih diff - < article.txt

Markers: ' ' kept, '-' dropped, '~' cut (the removed end struck, [-like this-] when
plain), '+' joined to the line above, '!' flagged (kept). Nothing is written.
Learned boilerplate (which needs the whole corpus) is not previewed.
`;

export async function runDiffCommand(params: MainParams, argv: readonly string[]): Promise<ExitCode> {
  const program = new Command()
    .name('bersih diff')
    .description('Preview what cleaning would change in each article; nothing is written.')
    .usage('[options] <inputs...>')
    .argument('<inputs...>', 'files, directories, quoted glob patterns, or - for stdin')
    .helpOption('-h, --help', 'show this help')
    .configureOutput({
      writeOut: (text) => params.stdout.write(text),
      writeErr: (text) => params.stderr.write(text),
      outputError: (text, write) => write(`bersih: ${text.replace(/^error: /, '')}`),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .exitOverride()
    .showHelpAfterError('Run bersih diff --help for usage.')
    .addHelpText('after', EXAMPLES);
  for (const flag of FLAGS) if (DIFF_FLAGS.has(flag.long)) program.addOption(commanderOption(flag));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    const parsed = program.opts<Record<string, unknown>>();
    const config = loadConfig(typeof parsed['config'] === 'string' ? parsed['config'] : undefined, params.cwd);
    // Only the keys diff knows: a config written for runs (out, report, jobs) still applies here.
    const known = new Set(program.options.map((option) => option.attributeName()));
    const relevant = Object.fromEntries(Object.entries(config).filter(([key]) => known.has(key)));
    const values = applyConfig(parsed, relevant, (key) => program.getOptionValueSource(key));
    const cli = cliValues(values);
    const textPath = parseTextField(cli.textField);
    if (textPath === undefined) throw new ConfigError(`--text-field "${cli.textField}" is not a dot path such as text or content.body`);
    if (!(cli.maxFileBytes >= 1)) throw new ConfigError('--max-file-size must be a positive number of MB, e.g. 64 or 0.5');
    let options = toOptions(values);
    if (cli.rules !== undefined) options = { ...options, extraRules: loadUserRules(readConfigText(cli.rules, params.cwd), cli.rules) };
    const cleaner = createCleaner(options);
    const style = createDiffPaint({ stream: params.stdout, env: params.env, color: cli.color });
    const inputs = program.processedArgs[0] as string[];
    const settings: SourceSettings = { maxBytes: cli.maxFileBytes, textPath, inputFormat: cli.inputFormat };

    let items: AsyncIterable<SourceItem>;
    let failed = 0;
    if (inputs.length === 1 && inputs[0] === '-') {
      items = streamArticles(params.stdin, cli.inputFormat ?? 'txt', settings);
    } else {
      if (inputs.includes('-')) throw new ConfigError("'-' (stdin) cannot be combined with other inputs");
      const found = await findInputs(inputs, { cwd: params.cwd });
      for (const missing of found.unmatched) {
        params.stderr.write(renderFailure(missing.input, { code: missing.code, message: missing.message }));
        failed += 1;
      }
      if (found.files.length === 0) {
        params.stderr.write('bersih: no input files found\n');
        return EXIT_USAGE;
      }
      items = fileArticles(found.files, settings);
    }

    let articles = 0;
    const counts = { drop: 0, cut: 0, merge: 0, flag: 0 };
    for await (const read of items) {
      const item = decodedItem(read);
      if ('failure' in item) {
        failed += 1;
        params.stderr.write(renderFailure(item.failure.id, item.failure.error ?? { code: 'failed', message: 'failed' }));
        continue;
      }
      const { article, text } = item;
      articles += 1;
      const outcome = runCleanJob(cleaner, { id: article.id, text });
      const result = outcomeResult(article.id, article.input, article.bytesIn, outcome);
      for (const edit of result.edits) counts[edit.action] += 1;
      params.stdout.write(renderDiff(text, result, style));
    }
    params.stdout.write(renderDiffTotals(articles, failed, counts));
    return failed > 0 ? EXIT_FILE_ERRORS : EXIT_OK;
  } catch (error) {
    return exitCodeForError(error, params.stderr);
  }
}
