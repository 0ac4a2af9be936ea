/**
 * Worker-thread entry: cleans each batch of articles it receives (or reads their lines for the
 * learned-boilerplate pre-pass) and posts the results back, in the batch's order. The cleaner is
 * built from the options the worker was started with, or was last sent (the pre-pass's lines
 * become options of the run), on the first batch that needs it.
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

/** The options for the batches that follow; no reply. */
export interface OptionsRequest {
  readonly kind: 'options';
  readonly options: Options;
}

const port = parentPort;
if (port) {
  let options = workerData as Options;
  let cleaner: Cleaner | undefined;
  port.on('message', (request: BatchRequest | OptionsRequest) => {
    if (request.kind === 'options') {
      options = request.options;
      cleaner = undefined;
      return;
    }
    const results = request.kind === 'clean' ? cleanBatch((cleaner ??= createCleaner(options)), request.batch) : linesOfBatch(request.batch);
    port.postMessage({ results });
  });
}
