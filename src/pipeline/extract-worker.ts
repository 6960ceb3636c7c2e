// Entry of an extraction worker thread (parallel-extract.ts): it is started with its sources and the
// shared counter, extracts sources until none is left, and ends.

import { workerData } from 'node:worker_threads';
import { runExtractWorker, type WorkerStart } from './parallel-extract.js';

runExtractWorker(workerData as WorkerStart);
