// Extraction of a corpus's sources on several threads. Parsing and reading each source is most of a
// build's time and each source is read alone, so worker threads take sources from a shared counter
// while the calling thread takes them too; results are handed on in source order, so the build is the
// same as on one thread, byte for byte. The calling thread waits synchronously (Atomics.wait), which
// keeps the pipeline one synchronous function.
//
// A worker that is slow to start takes nothing (the calling thread takes every source before it is
// ready: a build of five articles never waits for one). A worker that fails on a source, or falls
// silent for WORKER_SILENCE_MS while the caller has nothing left to do, is not waited for: the caller
// extracts what is missing itself, and any late answer is ignored (extraction is deterministic, so the
// answer would have been the same). So a crashed or missing worker costs time, never a wrong store.
//
// One worker that has extracted stays for one more task when asked (wordsToClassify): the word classes
// of the drafts' words, made with its WordNet while the calling thread resolves entities, the two
// steps that need every source and nothing of each other. It too is overtaken when silent.

import { receiveMessageOnPort, MessageChannel, type Worker, type MessagePort } from 'node:worker_threads';
import { startModuleWorker } from '../module-worker.js';
import type { Source } from '../model.js';
import { segmentSource } from './segment.js';
import { extractClaims, type ClaimDraft, type SentenceNames } from './extract-claims.js';
import { classifyDraftWords, type DraftWords, type WordClasses } from './build-claims.js';

export interface Extracted {
  claims: ClaimDraft[];
  names: SentenceNames[];
}

/** One source's claim drafts and names; an undated source is read as of the cluster's date. */
export function extractSource(source: Source, assumedDate: string | null): Extracted {
  const dated = source.publishedAt || !assumedDate ? source : { ...source, publishedAt: assumedDate };
  return extractClaims(dated, segmentSource(source), assumedDate);
}

/**
 * The sources, once, in memory every thread reads: each as JSON in UTF-8, one after another. Workers
 * decode a source when they take it, so none holds a copy of the corpus (36 MB of text at 16,000
 * articles, again per worker).
 */
export interface SharedSources {
  bytes: SharedArrayBuffer;
  /** Source i is bytes [ends[i - 1] (0 for the first), ends[i]). */
  ends: SharedArrayBuffer;
}

export function shareSources(sources: readonly Source[]): SharedSources {
  const encoder = new TextEncoder();
  const encoded = sources.map((source) => encoder.encode(JSON.stringify(source)));
  const bytes = new Uint8Array(new SharedArrayBuffer(encoded.reduce((n, e) => n + e.length, 0)));
  const ends = new Float64Array(new SharedArrayBuffer(8 * sources.length));
  let at = 0;
  encoded.forEach((e, i) => {
    bytes.set(e, at);
    at += e.length;
    ends[i] = at;
  });
  return { bytes: bytes.buffer as SharedArrayBuffer, ends: ends.buffer as SharedArrayBuffer };
}

/** Source `index` of shared sources. */
export function sharedSource({ bytes, ends }: SharedSources, index: number): Source {
  const endsOf = new Float64Array(ends);
  const start = index === 0 ? 0 : (endsOf[index - 1] as number);
  // TextDecoder does not read shared memory: the source's bytes are copied out first.
  return JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, start, (endsOf[index] as number) - start).slice())) as Source;
}

export function sharedSourceCount({ ends }: SharedSources): number {
  return ends.byteLength / 8;
}

/** What a worker is started with (extract-worker.ts). */
export interface WorkerStart {
  sources: SharedSources;
  assumedDate: string | null;
  /** [0]: the next source index to take; [1]: how many answers the workers have posted. */
  control: SharedArrayBuffer;
  port: MessagePort;
}

/** A worker's answer for one source; `extracted` is null when extraction threw there. */
export interface WorkerAnswer {
  index: number;
  extracted: Extracted | null;
}

/** A worker's answer to the words it was asked to classify; `classes` is null when that threw there. */
interface ClassesAnswer {
  classes: WordClasses | null;
}

const NEXT = 0;
const POSTED = 1;
// Longer than any one source takes to extract here (the slowest of the 1,683 FNC-1 bodies takes
// under 0.1 s), so that only a worker that is gone or starved is overtaken. Before any worker has
// answered, the wait allows for starting one (loading tsx, the wink model and WordNet: about 2 s).
const WORKER_SILENCE_MS = 2000;
const WORKER_START_MS = 30_000;

export interface ExtractOptions {
  /** Threads in all, the calling one included: 1 starts no worker. */
  threads: number;
  /**
   * Whether the calling thread takes sources too (the default). Tests turn it off to have every
   * source go through a worker.
   */
  callerTakes?: boolean;
  /**
   * The drafts' words to classify once every source is handed on (read after the last `use`):
   * extractSources then returns a function that gives their classes, made meanwhile by a worker that
   * extracted, or here by the caller if none did or it falls silent.
   */
  wordsToClassify?: () => DraftWords;
}

/**
 * Extracts every source and calls `use` with each result in source order. With `threads` > 1,
 * `threads - 1` workers share the work; with 1, or for a single source, none is started.
 */
export function extractSources(sources: readonly Source[], assumedDate: string | null, options: ExtractOptions & { wordsToClassify: () => DraftWords }, use: (index: number, extracted: Extracted) => void): () => WordClasses;
export function extractSources(sources: readonly Source[], assumedDate: string | null, options: ExtractOptions, use: (index: number, extracted: Extracted) => void): void;
export function extractSources(sources: readonly Source[], assumedDate: string | null, { threads, callerTakes = true, wordsToClassify }: ExtractOptions, use: (index: number, extracted: Extracted) => void): (() => WordClasses) | undefined {
  const workerCount = Math.min(threads - 1, sources.length - (callerTakes ? 1 : 0));
  const classifyHere = (words: DraftWords) => (): WordClasses => classifyDraftWords(words);
  if (workerCount < 1) {
    sources.forEach((source, i) => use(i, extractSource(source, assumedDate)));
    return wordsToClassify && classifyHere(wordsToClassify());
  }
  const control = new Int32Array(new SharedArrayBuffer(8));
  const shared = shareSources(sources);
  const workers = Array.from({ length: workerCount }, () => startWorker(shared, assumedDate, control));
  const done = new Map<number, Extracted>();
  // Workers that have answered: started, with the model and WordNet loaded and read into.
  const answered = new Set<number>();
  let next = 0;
  const handOn = (): void => {
    for (let extracted = done.get(next); extracted; extracted = done.get(next)) {
      done.delete(next);
      use(next, extracted);
      next += 1;
    }
  };
  const receive = (): void => {
    for (const [w, { port }] of workers.entries()) {
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        const answer = message.message as WorkerAnswer;
        answered.add(w);
        // A failed source is extracted here, where its error is thrown as it would be on one thread.
        if (answer.index >= next && !done.has(answer.index)) done.set(answer.index, answer.extracted ?? extractSource(sources[answer.index] as Source, assumedDate));
      }
    }
  };
  // The worker kept for classifying, when asked and one has answered; the others end with extraction.
  let kept: { worker: Worker; port: MessagePort } | undefined;
  try {
    if (callerTakes) {
      for (let i = Atomics.add(control, NEXT, 1); i < sources.length; i = Atomics.add(control, NEXT, 1)) {
        done.set(i, extractSource(sources[i] as Source, assumedDate));
        receive();
        handOn();
      }
    }
    while (next < sources.length) {
      const posted = Atomics.load(control, POSTED);
      receive();
      handOn();
      if (next >= sources.length) break;
      if (Atomics.wait(control, POSTED, posted, posted === 0 ? WORKER_START_MS : WORKER_SILENCE_MS) === 'timed-out') {
        done.set(next, extractSource(sources[next] as Source, assumedDate));
        handOn();
      }
    }
    if (!wordsToClassify) return undefined;
    const words = wordsToClassify();
    const first = [...answered].sort((a, b) => a - b)[0];
    const warm = first === undefined ? undefined : workers[first];
    if (!warm) return classifyHere(words);
    warm.port.postMessage(words);
    kept = warm;
    return awaitClasses(warm, control, words);
  } finally {
    for (const held of workers) {
      if (held === kept) continue;
      held.port.close();
      void held.worker.terminate();
    }
  }
}

/**
 * The classes a kept worker was asked for, once it answers; if it falls silent for WORKER_SILENCE_MS,
 * or could not classify, they are made here. Either way the worker ends.
 */
function awaitClasses({ worker, port }: { worker: Worker; port: MessagePort }, control: Int32Array, words: DraftWords): () => WordClasses {
  return () => {
    let classes: WordClasses | null = null;
    try {
      for (;;) {
        const posted = Atomics.load(control, POSTED);
        // Late answers for sources the caller took over are passed by.
        for (let message = receiveMessageOnPort(port); message && !classes; message = receiveMessageOnPort(port)) {
          const answer = message.message as WorkerAnswer | ClassesAnswer;
          if ('classes' in answer) classes = answer.classes ?? classifyDraftWords(words);
        }
        if (classes) return classes;
        if (Atomics.wait(control, POSTED, posted, WORKER_SILENCE_MS) === 'timed-out') return classifyDraftWords(words);
      }
    } finally {
      port.close();
      void worker.terminate();
    }
  };
}

// A worker holds the wink model, WordNet and one article's work at a time (about 150 MB live); capping
// its heap keeps V8 from letting it grow to several times that between collections. A worker that
// still runs out is overtaken by the calling thread (extractSources), so the cap cannot fail a build.
const WORKER_HEAP_MB = 384;

function startWorker(sources: SharedSources, assumedDate: string | null, control: Int32Array): { worker: Worker; port: MessagePort } {
  const { port1, port2 } = new MessageChannel();
  const workerData: WorkerStart = { sources, assumedDate, control: control.buffer as SharedArrayBuffer, port: port2 };
  const options = { workerData, transferList: [port2], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  // A worker's failure is handled where its silence is (extractSources).
  const worker = startModuleWorker(import.meta.url, 'extract-worker', options);
  return { worker, port: port1 };
}

/**
 * The loop a worker runs (extract-worker.ts): take the next source, extract it, post the answer. It
 * first reads a sentence of its own, so that the wink model and WordNet are loaded before it takes a
 * source the calling thread would otherwise wait for.
 */
export function runExtractWorker({ sources, assumedDate, control: buffer, port }: WorkerStart): void {
  const control = new Int32Array(buffer);
  const warmUp: Source = { key: 'warm-up', title: null, outlet: null, url: null, publishedAt: null, dateline: null, text: 'Two people were injured in the attack on Sunday, police said.', noise: [], origin: { path: 'warm-up', record: null } };
  extractSource(warmUp, null);
  const count = sharedSourceCount(sources);
  for (let i = Atomics.add(control, NEXT, 1); i < count; i = Atomics.add(control, NEXT, 1)) {
    let extracted: Extracted | null = null;
    try {
      extracted = extractSource(sharedSource(sources, i), assumedDate);
    } catch {
      extracted = null;
    }
    const answer: WorkerAnswer = { index: i, extracted };
    port.postMessage(answer);
    Atomics.add(control, POSTED, 1);
    Atomics.notify(control, POSTED);
  }
  // Asked, it classifies the drafts' words (extractSources' wordsToClassify); the port stays open
  // until then, or until the caller closes it, which ends the worker.
  port.once('message', (words: DraftWords) => {
    let classes: WordClasses | null = null;
    try {
      classes = classifyDraftWords(words);
    } catch {
      classes = null;
    }
    const answer: ClassesAnswer = { classes };
    port.postMessage(answer);
    Atomics.add(control, POSTED, 1);
    Atomics.notify(control, POSTED);
    port.close();
  });
}
