#!/usr/bin/env node
// Thin shim over main() (src/cli/main.ts), which returns the exit status: 0 ok, 1 some files failed, 2 usage/fatal;
// SIGINT/SIGTERM remove the temporary files and exit 130/143 (src/cli/signals.ts).
// Compiled JS only (dist/), never tsx: start-up time is part of the interface.
try {
  const { main } = await import('../dist/cli/main.js');
  (await import('../dist/cli/signals.js')).exitOnSignals(process);
  const { argv, stdin, stdout, stderr, env } = process;
  process.exitCode = await main({ argv: argv.slice(2), cwd: process.cwd(), stdin, stdout, stderr, env });
} catch (error) {
  // One line, no stack trace: a crash here is a bug (or a missing `npm run build`), not a user error.
  process.stderr.write(`bersih: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
