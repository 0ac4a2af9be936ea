/**
 * How the CLI's commands end on an error: help and version "exit" with 0, every commander error
 * and every configuration or output problem is a usage error printed as one line; anything else
 * is a bug and is rethrown (the bin reports it as an internal error).
 */

import { CommanderError } from 'commander';
import { ConfigError, OutputError } from '../errors.js';
import { EXIT_OK, EXIT_USAGE, type ExitCode } from './exit-codes.js';
import type { OutputStream } from './main.js';

export function exitCodeForError(error: unknown, stderr: OutputStream): ExitCode {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  if (error instanceof ConfigError || error instanceof OutputError) {
    stderr.write(`bersih: ${error.message}\n`);
    return EXIT_USAGE;
  }
  throw error;
}
