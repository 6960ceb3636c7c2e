// A store file written on a thread of its own. A build's stages after extraction run one after
// another on the calling thread while the extraction workers have ended; SQLite's inserts of claims,
// entities and evidence (and their JSON) were about a tenth of that time. Here the calling thread makes
// the rows and posts them, and a writer thread inserts them while the pipeline goes on to clustering
// and scoring; finish waits for the writer to have committed and renamed the file.
//
// The calling thread waits synchronously (Atomics.wait), which keeps the writer one synchronous
// object. It waits when too many rows are queued (so that a large build does not hold a second copy
// of its claims or evidence in the queue), and at finish and abort. A database failure on the writer
// is thrown at the next write after it is known, or at finish: either way the temporary file is gone.

import { rmSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { startModuleWorker } from '../module-worker.js';
import { CorroborateError, type ErrorCode } from '../errors.js';
import { openStoreFile, type Row, type StoreFile, type Table } from './store-file.js';

/** What the writer thread is started with (write-worker.ts). */
export interface WriterStart {
  path: string;
  temp: string;
  /** [DONE]: messages the writer has handled; [FAILED]: 1 once a write failed there. */
  state: SharedArrayBuffer;
  port: MessagePort;
}

type WriterMessage = { kind: 'insert'; table: Table; rows: Row[] } | { kind: 'makeIndexes'; tables: readonly string[] } | { kind: 'beginFinish' } | { kind: 'finish' } | { kind: 'abort' };

/** The writer's failure, as much of it as crosses threads. */
interface Failure {
  message: string;
  code: string | null;
  /** A CorroborateError, whose code is one of ours. */
  isOurs: boolean;
}

const DONE = 0;
const FAILED = 1;
// Rows a message carries, and messages that may wait in the queue before the caller waits for the
// writer. A message of 2,000 claims is about 0.9 MB serialised, of 2,000 facts up to 1.65 MB (the
// 1,683 FNC-1 bodies' first facts), held outside the V8 heap until the writer reads it: 24 messages
// are at most about 22 MB of claims or 40 MB of facts (8 held a third of that). With 8, the caller of
// a build of the 1,683 bodies waited 140-200 ms for the writer while it wrote the claims and the
// evidence (21 messages each), time the pipeline could have gone on; with 24 it waits only at finish,
// and its peak RSS was the same within the noise of two runs each (412, 464 MB against 440, 453 MB).
// At 16,000 articles the store is not written on a thread (WRITER_THREAD_MAX_SOURCES in cli/build.ts).
const ROWS_PER_MESSAGE = 2_000;
const MAX_QUEUED_MESSAGES = 24;
// The writer holds one message's rows at a time; a small heap has V8 collect them as they go rather
// than let the heap grow with every message (an uncapped writer added 100 MB to the peak RSS of a
// build of the 1,683 FNC-1 bodies).
const WRITER_HEAP_MB = 32;
const WRITER_YOUNG_MB = 4;
// How long the caller waits for a writer that handles nothing before it gives up on it. Longer than
// any one message takes (finish of a 16,000-article store: its facts, indexes and check, a few
// seconds); a writer that is gone never answers. Before the writer has opened the file, the wait
// allows for starting a thread (under a second here; one that cannot load its module never does).
const WRITER_SILENCE_MS = 600_000;
const WRITER_START_MS = 30_000;

function failureOf(error: unknown): Failure {
  const code = (error as { code?: unknown } | null)?.code;
  return { message: error instanceof Error ? error.message : String(error), code: typeof code === 'string' ? code : null, isOurs: error instanceof CorroborateError };
}

/** The writer's failure thrown here: ours with its code, others (SQLite's, the file system's) with their message and code. */
function errorOf(failure: Failure): Error {
  if (failure.isOurs && failure.code) return new CorroborateError(failure.code as ErrorCode, failure.message);
  return Object.assign(new Error(failure.message), failure.code ? { code: failure.code } : {});
}

/**
 * A store file (store-file.ts) written on a new thread: the same calls, the rows posted. See
 * openStoreFile for `path` and `temp`.
 */
export function openStoreFileOnThread(path: string, temp: string): StoreFile {
  const state = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const start: WriterStart = { path, temp, state: state.buffer as SharedArrayBuffer, port: port2 };
  const options = { workerData: start, transferList: [port2], resourceLimits: { maxOldGenerationSizeMb: WRITER_HEAP_MB, maxYoungGenerationSizeMb: WRITER_YOUNG_MB } };
  // A failure is reported through the port.
  const worker = startModuleWorker(import.meta.url, 'write-worker', options);
  // The writer's opening of the file counts as the first message it handles.
  let posted = 1;
  let failure: Failure | null = null;
  const failed = (): Failure | null => {
    for (let message = receiveMessageOnPort(port1); message && !failure; message = receiveMessageOnPort(port1)) failure = (message.message as { failure: Failure | null }).failure;
    return failure;
  };
  /** Waits until the writer has handled all but `queued` of the messages posted; false if it fell silent. */
  const waitFor = (queued: number): boolean => {
    for (let done = Atomics.load(state, DONE); posted - done > queued; done = Atomics.load(state, DONE)) {
      if (Atomics.load(state, FAILED)) return true;
      if (Atomics.wait(state, DONE, done, done === 0 ? WRITER_START_MS : WRITER_SILENCE_MS) === 'timed-out' && Atomics.load(state, DONE) === done) return false;
    }
    return true;
  };
  const post = (message: WriterMessage): void => {
    port1.postMessage(message);
    posted += 1;
  };
  const end = (): void => {
    port1.close();
    void worker.terminate();
  };
  /** Ends a writer that fell silent, and removes what it may have written. */
  const silent = (): Error => {
    end();
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
    return new Error(`${path}: the store writer stopped answering`);
  };
  const throwIfFailed = (): void => {
    if (!Atomics.load(state, FAILED)) return;
    const known = failed();
    end();
    throw errorOf(known ?? { message: `${path}: the store writer failed`, code: null, isOurs: false });
  };
  /** Posts the last message and waits for its answer: whether the writer failed, and how. */
  const last = (message: WriterMessage): void => {
    post(message);
    if (!waitFor(0)) throw silent();
    const known = failed();
    end();
    if (known) throw errorOf(known);
  };
  return {
    insert(table, rows) {
      throwIfFailed();
      for (let at = 0; at < rows.length; at += ROWS_PER_MESSAGE) {
        if (!waitFor(MAX_QUEUED_MESSAGES - 1)) throw silent();
        throwIfFailed();
        post({ kind: 'insert', table, rows: rows.slice(at, at + ROWS_PER_MESSAGE) });
      }
    },
    makeIndexes(tables) {
      throwIfFailed();
      post({ kind: 'makeIndexes', tables });
    },
    beginFinish() {
      throwIfFailed();
      post({ kind: 'beginFinish' });
    },
    finish() {
      throwIfFailed();
      last({ kind: 'finish' });
    },
    abort() {
      // The writer removes its file (a writer that failed has already); waited for, so that the file
      // is gone when this returns. Aborting follows another failure, which is the one to report.
      if (Atomics.load(state, FAILED)) end();
      else {
        try {
          last({ kind: 'abort' });
        } catch {
          // nothing more to undo
        }
      }
    },
  };
}

/**
 * The loop of the writer thread (write-worker.ts): opens the file, then inserts each message's rows
 * in the order they come, and finishes or aborts when told. After a failure (the file then removed)
 * it only counts the messages, so that the caller never waits for it.
 */
export function runStoreWriter({ path, temp, state: buffer, port }: WriterStart): void {
  const state = new Int32Array(buffer);
  let file: StoreFile | null = null;
  const fail = (error: unknown): void => {
    file = null;
    port.postMessage({ failure: failureOf(error) });
    Atomics.store(state, FAILED, 1);
  };
  try {
    file = openStoreFile(path, temp);
  } catch (error) {
    fail(error);
  }
  Atomics.add(state, DONE, 1);
  Atomics.notify(state, DONE);
  port.on('message', (message: WriterMessage) => {
    try {
      if (message.kind === 'insert') file?.insert(message.table, message.rows);
      else if (message.kind === 'makeIndexes') file?.makeIndexes(message.tables);
      else if (message.kind === 'beginFinish') file?.beginFinish();
      else {
        if (message.kind === 'finish') file?.finish();
        else file?.abort();
        file = null;
        port.close();
      }
    } catch (error) {
      fail(error);
    }
    Atomics.add(state, DONE, 1);
    Atomics.notify(state, DONE);
  });
}
