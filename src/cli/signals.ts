/**
 * What `bersih` does when interrupted (SIGINT, Ctrl-C; SIGTERM): remove the temporary files it
 * has on disk, say so in one line, and exit with 130 / 143. Exiting stops the worker threads.
 * Outputs already written are whole (each is renamed into place complete), so running the same
 * command again completes the job with the same bytes as an uninterrupted run.
 *
 * Installed by the bin (and `npm run dev`) only: the library never touches the process.
 */

import { removeTempFiles } from '../io/temp-files.js';
import { EXIT_SIGINT, EXIT_SIGTERM } from './exit-codes.js';

/** The part of `process` this needs, so a test can pass a fake. */
export interface SignalTarget {
  once(signal: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
  readonly stderr: { write(text: string): unknown };
  exit(code: number): never;
}

export function exitOnSignals(target: SignalTarget): void {
  const stop = (signal: NodeJS.Signals): void => {
    removeTempFiles();
    target.stderr.write(`bersih: interrupted by ${signal}; temporary files removed, finished outputs kept (run the same command again to complete the job)\n`);
    target.exit(signal === 'SIGINT' ? EXIT_SIGINT : EXIT_SIGTERM);
  };
  target.once('SIGINT', stop);
  target.once('SIGTERM', stop);
}
