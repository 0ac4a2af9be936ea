/**
 * A one-line progress display on stderr for long runs: articles and input files done, MB read of
 * the total, rate and time left. Shown only to a person at a terminal (stderr a TTY with a width,
 * not CI, not `--quiet`); everyone else gets nothing until the final summary. Our own few lines
 * rather than a spinner library: ora loops forever on a terminal of width 0 (DEPS.md §5).
 */

import type { OutputStream } from './main.js';

export interface ProgressState {
  /** `learn`: the pre-pass learning boilerplate (articles are not counted yet); `clean`: the run. */
  readonly phase: 'learn' | 'clean';
  /** Articles settled (cleaned and written, or failed). */
  readonly articles: number;
  /** Input files read, and how many there are. */
  readonly filesRead: number;
  readonly filesTotal: number;
  /** Bytes read from disk (compressed, for `.gz`), and the inputs' total size. */
  readonly bytesRead: number;
  readonly bytesTotal: number;
}

export interface Progress {
  /** False when nothing will ever be drawn: the caller can skip gathering the figures. */
  readonly active: boolean;
  /** Redraws the line when enough time has passed since the last drawing. */
  update(state: ProgressState): void;
  /** Clears the line (before the summary is printed). */
  done(): void;
}

export interface ProgressContext {
  readonly stream: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly quiet: boolean;
  /** Milliseconds. */
  readonly now: () => number;
}

/** Nothing is drawn in the first moments (a short run shows no flicker), nor more often than this. */
const FIRST_DRAW_MS = 500;
const REDRAW_MS = 200;
const BYTES_PER_MB = 1_000_000;

const SILENT: Progress = { active: false, update: () => {}, done: () => {} };

export function wantsProgress(context: Omit<ProgressContext, 'now'>): boolean {
  const { stream, env } = context;
  const ci = env['CI'] !== undefined && env['CI'] !== '' && env['CI'] !== 'false' && env['CI'] !== '0';
  return !context.quiet && stream.isTTY === true && (stream.columns ?? 0) > 0 && !ci && env['TERM'] !== 'dumb';
}

export function createProgress(context: ProgressContext): Progress {
  if (!wantsProgress(context)) return SILENT;
  const first = context.now();
  let started = first;
  let phase: ProgressState['phase'] | undefined;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    active: true,
    update(state) {
      const now = context.now();
      // Each phase reads the input from the start: its rate and time left are its own.
      if (state.phase !== phase) {
        phase = state.phase;
        started = now;
      }
      if (now - first < FIRST_DRAW_MS || now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      drawn = true;
      const width = Math.max(1, (context.stream.columns ?? 80) - 1);
      context.stream.write(`\r${renderProgress(state, now - started).slice(0, width)}\u001b[K`);
    },
    done() {
      if (drawn) context.stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}

/** `bersih: 12,345 articles · 3 of 8 files · 56.7 of 120.0 MB · 12.3 MB/s · 5 s left` */
export function renderProgress(state: ProgressState, elapsedMs: number): string {
  const parts = [state.phase === 'learn' ? 'bersih: learning boilerplate' : `bersih: ${state.articles.toLocaleString('en-US')} articles`];
  if (state.filesTotal > 0) parts.push(`${state.filesRead.toLocaleString('en-US')} of ${state.filesTotal.toLocaleString('en-US')} files`);
  const mb = (bytes: number): string => (bytes / BYTES_PER_MB).toFixed(1);
  parts.push(state.bytesTotal > 0 ? `${mb(state.bytesRead)} of ${mb(state.bytesTotal)} MB` : `${mb(state.bytesRead)} MB`);
  const seconds = elapsedMs / 1000;
  if (seconds > 0) {
    const rate = state.bytesRead / seconds;
    parts.push(`${(rate / BYTES_PER_MB).toFixed(1)} MB/s`);
    if (rate > 0 && state.bytesTotal > state.bytesRead) parts.push(`${formatEta((state.bytesTotal - state.bytesRead) / rate)} left`);
  }
  return parts.join(' · ');
}

function formatEta(seconds: number): string {
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
