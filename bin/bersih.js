#!/usr/bin/env node
// Thin shim over main() (src/cli/main.ts), which returns the exit status: 0 ok, 1 some files failed, 2 usage/fatal.
// Compiled JS only (dist/), never tsx: start-up time is part of the interface.
try {
  const { main } = await import('../dist/cli/main.js');
  const { argv, stdin, stdout, stderr, env } = process;
  process.exitCode = await main({ argv: argv.slice(2), cwd: process.cwd(), stdin, stdout, stderr, env });
} catch (error) {
  // One line, no stack trace: a crash here is a bug (or a missing `npm run build`), not a user error.
  process.stderr.write(`bersih: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
