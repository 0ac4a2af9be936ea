/**
 * Worker-thread entry: cleans each batch of articles it receives (or reads their lines for the
 * learned-boilerplate pre-pass) and posts the results back, in the batch's order. The cleaner is
 * built from the options the worker was started with, on the first batch that needs it: a pre-pass
 * worker never builds one.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { createCleaner, type Cleaner } from '../clean.js';
import type { Options } from '../options.js';
import { cleanBatch, linesOfBatch, type Batch } from './clean-job.js';

export interface BatchRequest {
  /** `clean`: clean every article; `lines`: the lines the pre-pass counts (`linesOfBatch`). */
  readonly kind: 'clean' | 'lines';
  readonly batch: Batch;
}

const port = parentPort;
if (port) {
  let cleaner: Cleaner | undefined;
  port.on('message', (request: BatchRequest) => {
    const results = request.kind === 'clean' ? cleanBatch((cleaner ??= createCleaner(workerData as Options)), request.batch) : linesOfBatch(request.batch);
    port.postMessage({ results });
  });
}
