/**
 * `npm run eval`: accuracy of the built CLI against the hand-made gold.
 *
 * Runs `node bin/bersih.js fixtures/dev/raw --out <tmp> --quiet` (and the same for the seed pair in
 * fixtures/pipeline/), scores every output against its gold line by line (scripts/lib/score.ts),
 * runs the CLI again on its own outputs (idempotence), and prints a table per document, the totals,
 * and the lost and extra lines of every document that is not an exact match.
 *
 *   npm run eval                            build, then evaluate
 *   npm run eval -- --json eval.json        also write the figures as JSON
 *   npm run eval -- --out eval-out          keep the CLI's outputs there (default: a temp dir, removed)
 *
 * Exit status: 0 whatever the scores (the floors live in tests/eval-floors.test.ts); 2 when the CLI
 * crashed or the arguments are wrong.
 */

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CliCrashError, evaluate, staleBuild } from './lib/evaluate.js';
import { evaluationJson, renderEvaluation } from './lib/render-eval.js';

const USAGE = 'usage: tsx scripts/eval.ts [--json FILE] [--out DIR]';

async function main(argv: readonly string[]): Promise<number> {
  let values: { json?: string | undefined; out?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { json: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const stale = staleBuild();
  if (stale.length > 0) {
    const files = stale.join(', ');
    process.stderr.write(`eval: warning: dist/ is older than ${files}; run \`npm run build\` (npm run eval does)\n`);
  }

  const keep = values.out === undefined ? undefined : path.resolve(values.out);
  if (keep !== undefined) await rm(keep, { recursive: true, force: true });
  const workDir = keep ?? (await mkdtemp(path.join(tmpdir(), 'bersih-eval-')));
  await mkdir(workDir, { recursive: true });
  try {
    const evaluation = await evaluate({ workDir });
    process.stdout.write(renderEvaluation(evaluation));
    if (values.json !== undefined) {
      const file = path.resolve(values.json);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, `${JSON.stringify(evaluationJson(evaluation), null, 2)}\n`);
      process.stdout.write(`\nfigures written to ${values.json}\n`);
    }
    if (keep !== undefined) process.stdout.write(`outputs kept in ${values.out}/\n`);
    return 0;
  } catch (error) {
    if (error instanceof CliCrashError) {
      process.stderr.write(`eval: the CLI crashed; no scores.\n${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    if (keep === undefined) await rm(workDir, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));
