/**
 * Worker-thread entry: builds one cleaner from the options it was started with, then cleans each
 * batch of articles it receives and posts the outcomes back, in the batch's order.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { createCleaner } from '../clean.js';
import type { Options } from '../options.js';
import { runCleanJob, type CleanJob } from './clean-job.js';

export interface BatchRequest {
  readonly seq: number;
  readonly jobs: readonly CleanJob[];
}

const port = parentPort;
if (port) {
  const cleaner = createCleaner(workerData as Options);
  port.on('message', (request: BatchRequest) => {
    port.postMessage({ seq: request.seq, outcomes: request.jobs.map((job) => runCleanJob(cleaner, job)) });
  });
}
