/**
 * The only import of chalk. An own `Chalk` instance, not the global one: chalk decides its level from
 * `process` at import time (and ignores NO_COLOR, DEPS.md section 5), while `main()` must decide from
 * the streams and environment it was handed.
 */

import { Chalk } from 'chalk';
import { plainDiffStyle, type DiffStyle } from '../report/render-diff.js';
import { plainStyle, type SummaryStyle } from '../report/render-summary.js';

export interface PaintContext {
  /** The stream the coloured text goes to (stderr for the summary). */
  readonly stream: { readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** False after `--no-color`. */
  readonly color: boolean;
}

/**
 * Colour only for a person at a terminal: never with `--no-color`, a non-empty NO_COLOR
 * (no-color.org), TERM=dumb, or a stream that is not a TTY (pipes, files, CI logs). FORCE_COLOR
 * (non-empty, not `0`) turns it on for a pipe (`bersih diff ... | less -R`); the first two still win.
 */
export function wantsColor(context: PaintContext): boolean {
  const { env } = context;
  if (!context.color) return false;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (env['TERM'] === 'dumb') return false;
  return context.stream.isTTY === true;
}

export function createPaint(context: PaintContext): SummaryStyle {
  if (!wantsColor(context)) return plainStyle;
  const chalk = new Chalk({ level: 1 });
  return {
    strong: (text) => chalk.bold(text),
    ok: (text) => chalk.green(text),
    warn: (text) => chalk.yellow(text),
    error: (text) => chalk.red(text),
    dim: (text) => chalk.dim(text),
  };
}

/** The style of `bersih diff`: dropped lines and cut ends struck through in red, joins cyan, flags yellow. */
export function createDiffPaint(context: PaintContext): DiffStyle {
  if (!wantsColor(context)) return plainDiffStyle;
  const chalk = new Chalk({ level: 1 });
  return {
    removed: (text) => chalk.red.strikethrough(text),
    struck: (text) => chalk.red.strikethrough(text),
    joined: (text) => chalk.cyan(text),
    flagged: (text) => chalk.yellow(text),
    dim: (text) => chalk.dim(text),
    header: (text) => chalk.bold(text),
  };
}
