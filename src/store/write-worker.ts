// Entry of the store writer thread (write-thread.ts): it is started with the store's paths and its
// port, inserts the rows it is sent, and ends once it has finished or aborted the file.

import { workerData } from 'node:worker_threads';
import { runStoreWriter, type WriterStart } from './write-thread.js';

runStoreWriter(workerData as WriterStart);
