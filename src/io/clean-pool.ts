/**
 * Cleans batches of articles, in the main thread or on a pool of worker threads. Batches, not
 * single articles: moving one article to a worker costs about as much as cleaning it, while a
 * batch of a hundred spreads that cost thin (DEPS.md §4). Outcomes come back in each batch's order,
 * so results do not depend on the number of workers.
 */

import { Worker } from 'node:worker_threads';
import { createCleaner } from '../clean.js';
import type { Options } from '../options.js';
import { runCleanJob, type CleanJob, type CleanOutcome } from './clean-job.js';
import type { BatchRequest } from './clean-worker.js';

export interface CleanPool {
  /** Cleans a batch; resolves with one outcome per job, in order. */
  clean(jobs: readonly CleanJob[]): Promise<CleanOutcome[]>;
  /** How many batches can usefully be in flight at once. */
  readonly parallelism: number;
  close(): Promise<void>;
}

/** `jobs` ≤ 1 cleans in the calling thread; more starts that many worker threads. */
export function createCleanPool(options: Options, jobs: number): CleanPool {
  return jobs <= 1 ? inlinePool(options) : workerPool(options, jobs);
}

function inlinePool(options: Options): CleanPool {
  const cleaner = createCleaner(options);
  return {
    parallelism: 1,
    // Resolved from a macrotask, not at once: the batch loop then yields to the event loop once
    // per batch, so a signal (Ctrl-C) is handled mid-run even without worker threads.
    clean: (jobs) => new Promise((resolve) => setImmediate(() => resolve(jobs.map((job) => runCleanJob(cleaner, job))))),
    close: () => Promise.resolve(),
  };
}

interface Pending {
  readonly resolve: (outcomes: CleanOutcome[]) => void;
  readonly reject: (error: Error) => void;
}

function workerPool(options: Options, size: number): CleanPool {
  // Checked here, in this thread, so a bad option is a ConfigError before any worker starts.
  createCleaner(options);
  const workers = Array.from({ length: size }, () => startWorker(options));
  const idle = [...workers];
  const queue: { request: BatchRequest; pending: Pending }[] = [];
  const inFlight = new Map<number, Pending>();
  let seq = 0;
  let failure: Error | undefined;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const { request, pending } = queue.shift() as { request: BatchRequest; pending: Pending };
      inFlight.set(request.seq, pending);
      worker.postMessage(request);
    }
  };
  const fail = (error: Error): void => {
    failure ??= error;
    for (const pending of inFlight.values()) pending.reject(failure);
    for (const { pending } of queue.splice(0)) pending.reject(failure);
    inFlight.clear();
  };
  for (const worker of workers) {
    worker.on('message', (message: { seq: number; outcomes: CleanOutcome[] }) => {
      const pending = inFlight.get(message.seq);
      inFlight.delete(message.seq);
      idle.push(worker);
      pending?.resolve(message.outcomes);
      dispatch();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a cleaning worker stopped unexpectedly (exit code ${code})`));
    });
  }

  return {
    parallelism: size,
    clean(jobs) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        queue.push({ request: { seq: seq++, jobs }, pending: { resolve, reject } });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * Starts one worker on the compiled entry. From the TypeScript sources (tests, `npm run dev`) the
 * worker first registers tsx's loader, since Node 20 cannot strip types; passing `--import tsx` in
 * the worker's execArgv does not reach a worker's entry module.
 */
function startWorker(options: Options): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./clean-worker.js', import.meta.url), { workerData: options });
  const entry = JSON.stringify(new URL('./clean-worker.ts', import.meta.url).href);
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}); });`;
  return new Worker(bootstrap, { eval: true, workerData: options });
}
