/**
 * Cleans batches of articles, in the main thread or on a pool of worker threads. Batches, not
 * single articles: moving one article to a worker costs about as much as cleaning it, while a
 * batch of a hundred spreads that cost thin (DEPS.md §4). Outcomes come back in each batch's order,
 * so results do not depend on the number of workers.
 */

import { Worker, type ResourceLimits } from 'node:worker_threads';
import { createCleaner, type Cleaner } from '../clean.js';
import type { Options } from '../options.js';
import { cleanBatch, linesOfBatch, type Batch, type BatchLines, type BatchOutcome } from './clean-job.js';
import type { BatchRequest, OptionsRequest } from './clean-worker.js';

export interface CleanPool {
  /** Cleans a batch; resolves with one outcome per job, in order. */
  clean(batch: Batch): Promise<BatchOutcome[]>;
  /** Reads the lines the learned-boilerplate pre-pass counts, one entry per job, in order. */
  lines(batch: Batch): Promise<BatchLines>;
  /**
   * Cleans the batches that follow with these options (the pre-pass's learned lines added), on the
   * same threads; call it with no batch pending. Throws `ConfigError` for bad options.
   */
  setOptions(options: Options): void;
  /** How many batches can usefully be in flight at once. */
  readonly parallelism: number;
  close(): Promise<void>;
}

/**
 * `jobs` ≤ 1 cleans in the calling thread; more starts that many worker threads, each with the
 * heap `limits` (`WORKER_LIMITS`; tests pass small ones to see a worker run out).
 */
export function createCleanPool(options: Options, jobs: number, limits: ResourceLimits = WORKER_LIMITS): CleanPool {
  return jobs <= 1 ? inlinePool(options) : workerPool(options, jobs, limits);
}

function inlinePool(initial: Options): CleanPool {
  let options = initial;
  let cleaner: Cleaner | undefined;
  // Resolved from a macrotask, not at once: the batch loop then yields to the event loop once
  // per batch, so a signal (Ctrl-C) is handled mid-run even without worker threads.
  const later = <T>(work: () => T): Promise<T> => new Promise((resolve) => setImmediate(() => resolve(work())));
  return {
    parallelism: 1,
    clean: (batch) => later(() => cleanBatch((cleaner ??= createCleaner(options)), batch)),
    lines: (batch) => later(() => linesOfBatch(batch)),
    setOptions(next) {
      cleaner = createCleaner(next);
      options = next;
    },
    close: () => Promise.resolve(),
  };
}

/**
 * The heap of each worker (V8 resource limits, in MB). A worker keeps only some 10 MB alive between
 * batches, but by default V8 lets its young generation take 48 MB and, under a high ceiling, its
 * old one grow to four times what survives a full collection. A smaller young generation means more
 * scavenges, and under a lower ceiling V8 collects the old generation before it grows far. Measured
 * at 50,000 articles on two workers: 24 and 512 MB take 75 MB less resident memory than no limits
 * for 5% more CPU; 16 and 384 MB, 10 MB less again for 10% more; 32 and 384 MB leave the run at the
 * edge of 300 MB. The ceiling is still far above what an ordinary article needs; an article that
 * needs more (a 60 MB file takes about 1 GB) makes its worker run out of memory, and its batch is
 * then cleaned in this thread, whose heap has V8's default limit (gigabytes).
 */
const WORKER_LIMITS: ResourceLimits = Object.freeze({ maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 512 });

interface Task {
  readonly request: BatchRequest;
  readonly resolve: (results: unknown) => void;
  readonly reject: (error: Error) => void;
}

function workerPool(initial: Options, size: number, limits: ResourceLimits): CleanPool {
  let options = initial;
  // Checked here, in this thread, so a bad option is a ConfigError before any worker starts; kept
  // for a batch that a worker has no room for.
  let cleaner = createCleaner(options);
  const idle: Worker[] = [];
  const queue: Task[] = [];
  const running = new Map<Worker, Task>();
  const workers = new Set<Worker>();
  let failure: Error | undefined;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const task = queue.shift() as Task;
      running.set(worker, task);
      // Copied, not handed over: the batch stays here until it is done, in case it must be redone.
      worker.postMessage(task.request);
    }
  };
  const fail = (error: Error): void => {
    failure ??= error;
    for (const task of [...running.values(), ...queue.splice(0)]) task.reject(failure);
    running.clear();
  };
  /**
   * A worker out of memory on a batch is replaced, and the batch cleaned here: the run goes on,
   * with the same results. One out of memory with no batch (its start alone too big) is a failure:
   * a replacement would go the same way.
   */
  const redoHere = (worker: Worker, error: Error): void => {
    const task = running.get(worker);
    if (task === undefined) {
      fail(error);
      return;
    }
    running.delete(worker);
    workers.delete(worker);
    addWorker();
    const { kind, batch } = task.request;
    setImmediate(() => task.resolve(kind === 'clean' ? cleanBatch(cleaner, batch) : linesOfBatch(batch)));
  };
  const addWorker = (): void => {
    const worker = startWorker(options, limits);
    workers.add(worker);
    worker.on('message', (message: { results: unknown }) => {
      const task = running.get(worker);
      running.delete(worker);
      idle.push(worker);
      task?.resolve(message.results);
      dispatch();
    });
    worker.on('error', (error: Error & { code?: unknown }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' && failure === undefined) redoHere(worker, error);
      else fail(error);
    });
    worker.on('exit', (code) => {
      if (code !== 0 && workers.has(worker)) fail(new Error(`a cleaning worker stopped unexpectedly (exit code ${code})`));
    });
    idle.push(worker);
    dispatch();
  };
  for (let index = 0; index < size; index += 1) addWorker();
  const run = (kind: BatchRequest['kind'], batch: Batch): Promise<unknown> => {
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => {
      queue.push({ request: { kind, batch }, resolve, reject });
      dispatch();
    });
  };

  return {
    parallelism: size,
    clean: (batch) => run('clean', batch) as Promise<BatchOutcome[]>,
    lines: (batch) => run('lines', batch) as Promise<BatchLines>,
    setOptions(next) {
      if (running.size > 0 || queue.length > 0) throw new Error('the options of a pool can change only between its batches');
      cleaner = createCleaner(next);
      options = next;
      const request: OptionsRequest = { kind: 'options', options };
      for (const worker of workers) worker.postMessage(request);
    },
    async close() {
      const all = [...workers];
      workers.clear();
      await Promise.all(all.map((worker) => worker.terminate()));
    },
  };
}

/**
 * Starts one worker on the compiled entry. From the TypeScript sources (tests, `npm run dev`) the
 * worker first registers tsx's loader, since Node 20 cannot strip types; passing `--import tsx` in
 * the worker's execArgv does not reach a worker's entry module.
 */
function startWorker(options: Options, resourceLimits: ResourceLimits): Worker {
  const settings = { workerData: options, resourceLimits };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./clean-worker.js', import.meta.url), settings);
  const entry = JSON.stringify(new URL('./clean-worker.ts', import.meta.url).href);
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}); });`;
  return new Worker(bootstrap, { ...settings, eval: true });
}
