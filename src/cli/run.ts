/** Development entry (`npm run dev -- <args>`): the same wiring as bin/bersih.js, run from source by tsx. */

import { main } from './main.js';
import { exitOnSignals } from './signals.js';

exitOnSignals(process);

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
