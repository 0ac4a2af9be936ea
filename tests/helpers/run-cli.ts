/** Runs the CLI in-process through `main()`, with captured streams and a fixed clock. */

import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

/** A writable that keeps what it is given; `isTTY` lets a row pretend to be a terminal. */
export class Capture extends Writable {
  private readonly chunks: Buffer[] = [];
  readonly columns = 100;
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    callback();
  }
  get text(): string {
    return this.bytes.toString('utf8');
  }
  /** What was written, as bytes (gzip output to stdout). */
  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export interface RunOutput {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutBytes: Buffer;
}

export interface RunSetup {
  readonly env?: Record<string, string>;
  readonly stdin?: string | Uint8Array;
  /** stderr is a terminal. */
  readonly tty?: boolean;
  /** stdout is a terminal. */
  readonly stdoutTty?: boolean;
  /** The clock (milliseconds); a fixed 0 by default. */
  readonly now?: () => number;
  /**
   * Run cross-article dedup. Off by default here: the tests of other features put the same article
   * in several files, and dedup would rightly drop the copies. Its own tests turn it on.
   */
  readonly crossDedup?: boolean;
}

/** Subcommands and flags with which `--no-cross-dedup` must not be added. */
const KEEPS_ITS_ARGS = new Set(['rules', 'diff', '--index', '--duplicates', '--no-cross-dedup', '--help', '-h', '--version', '-V']);

export async function run(cwd: string, args: readonly string[], setup: RunSetup = {}): Promise<RunOutput> {
  const stdout = new Capture(setup.stdoutTty ?? false);
  const stderr = new Capture(setup.tty ?? false);
  const stdin = Readable.from([Buffer.from(setup.stdin ?? '')]);
  const argv = setup.crossDedup === true || args.some((arg) => KEEPS_ITS_ARGS.has(arg)) || args.length === 0 ? args : [...args, '--no-cross-dedup'];
  const code = await main({ argv, cwd, stdin, stdout, stderr, env: setup.env ?? {}, now: setup.now ?? (() => 0) });
  return { code, stdout: stdout.text, stderr: stderr.text, stdoutBytes: stdout.bytes };
}
