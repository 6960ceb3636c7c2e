// `corroborate build`: articles -> pipeline -> a new store, renamed into place. Shared by the command
// and the build benchmark, so that what is measured is what users run.

import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { readArticles } from '../ingest/read-articles.js';
import { streamPipeline, PIPELINE_PARAMETERS, PIPELINE_VERSION } from '../pipeline/index.js';
import { openStoreWriter } from '../store/write.js';

export interface BuildSummary {
  sources: number;
  claims: number;
  facts: number;
  disputes: number;
  entities: number;
  /** Reading, pipeline and writing, from the first file read to the store renamed into place. */
  elapsedMs: number;
}

// A worker thread costs about 1.5 s of CPU to start (tsx, the wink model, WordNet): what extracting
// about 100 articles costs. Fewer articles than that per extra thread cannot repay it.
const ARTICLES_PER_WORKER = 100;
// Past four threads the stages that run on one (entity resolution, clustering, scoring, writing: about
// 40% of a one-thread build of the FNC-1 bodies) leave little to gain, and each worker holds its own
// model and WordNet (about 250 MB).
const MAX_THREADS = 4;

/** Threads for a build of `articles` articles: one per core, up to MAX_THREADS, each with work to repay it. */
export function buildThreads(articles: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(MAX_THREADS, cores, 1 + Math.floor(articles / ARTICLES_PER_WORKER)));
}

// V8 lets its old generation grow to up to four times what survived the last full collection, and a
// build allocates fast: at 16,000 articles the heap reached 1.5 GB with about 450 MB live. Growing it by
// 25% at a time (V8's --heap-growing-percent; 0, its default, lets V8 choose) took the 4,000-article
// build from 905 to 616 MB peak RSS at the same CPU time (10% cost a quarter more CPU for nothing).
// Set for the build only, unless the user set it on the command line.
const BUILD_HEAP_GROWING_PERCENT = 25;
// A build of a few thousand sources is far from the memory a large one runs short of, and growing by
// 25% cost it CPU: the 1,683 FNC-1 bodies (two threads, three alternating runs at load 4-4.5) spent
// 781-919 ms in full collections at 25% against 247-333 ms at 100%, 17.5 against 16.9 s of user CPU
// (medians), for a peak RSS of 375-391 against 409-445 MB. So up to SMALL_BUILD_MAX_SOURCES sources
// the heap grows by 100% at a time; above, where 4,000 articles peaked at 905 MB with V8's own growth,
// by 25%.
const SMALL_BUILD_MAX_SOURCES = 2_000;
const SMALL_BUILD_HEAP_GROWING_PERCENT = 100;

function withBuildHeap<T>(sourceCount: number, run: () => T): T {
  if (process.execArgv.some((arg) => /^--heap[-_]growing[-_]percent/.test(arg))) return run();
  const percent = sourceCount <= SMALL_BUILD_MAX_SOURCES ? SMALL_BUILD_HEAP_GROWING_PERCENT : BUILD_HEAP_GROWING_PERCENT;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  try {
    return run();
  } finally {
    setFlagsFromString('--heap-growing-percent=0');
  }
}

// V8 optimises a function (Turbofan, on a compiler thread) once it has run for a while: once it has
// spent its interrupt budget (67,584 bytes of bytecode executed in Node 20's V8, 11.3) a number of times
// that grows with its size. The extraction's large readers (assertionClaims, findNames, analyseSpan,
// oneCasualtyClaims, ...) were optimised before their rarer branches had ever run, and each such branch
// met later threw the optimised code away and had the function compiled again: 410-435 Turbofan
// compiles in a one-thread extraction of the 1,683 FNC-1 bodies, half of them recompiles at up to a few
// hundred ms each, about a third of extraction's CPU on compiler threads, paid again by every
// extraction thread. Eight times the budget lets a function run longer on its baseline code and meet
// those branches first. Alternating runs: one-thread build of the 1,683 bodies 16.3 -> 13.8 s CPU, two
// threads 20.8 -> 17.2 s, 4,000 synthetic articles 40.7-42.1 -> 36.0-37.0 s (16 times was no better).
// Set for the build only (a server keeps V8's own warm-up), on the V8 whose default it knows, unless the
// user set it on the command line.
const BUILD_INTERRUPT_BUDGET_FACTOR = 8;
const V8_INTERRUPT_BUDGET: number | null = process.versions.v8.startsWith('11.3.') ? 67_584 : null;

function withBuildTiering<T>(run: () => T): T {
  if (V8_INTERRUPT_BUDGET === null || process.execArgv.some((arg) => /^--interrupt[-_]budget/.test(arg))) return run();
  setFlagsFromString(`--interrupt-budget=${BUILD_INTERRUPT_BUDGET_FACTOR * V8_INTERRUPT_BUDGET}`);
  try {
    return run();
  } finally {
    setFlagsFromString(`--interrupt-budget=${V8_INTERRUPT_BUDGET}`);
  }
}

/**
 * The most sources whose store is written on a thread of its own. The writer thread takes about 50 MB
 * (a second V8 isolate, its SQLite connection, rows in flight): at 16,000 articles it saved 9 s of 99
 * but took the build's peak from 961 to 1,012-1,030 MB, at the 1 GiB the build must stay under. At
 * 4,000 articles the peak is about 500 MB; from 8,000 on, memory is what a build runs short of.
 */
const WRITER_THREAD_MAX_SOURCES = 8_000;

/** `threads`: threads that extract claims (pipeline/parallel-extract.ts); by default buildThreads. */
export function buildStore(paths: string[], out: string, onProgress?: (done: number, total: number) => void, threads?: number): BuildSummary {
  const startedMs = Date.now();
  const startedAt = new Date(startedMs).toISOString();
  const { sources, inputs } = readArticles(paths);
  const pipelineThreads = threads ?? buildThreads(sources.length);
  // The store is written as the pipeline goes (claims, entities, evidence), into a temporary file
  // that becomes the store only when finish() renames it; any failure removes it. With threads to
  // spare, on a thread of its own (store/write-thread.ts), meanwhile the pipeline clusters and scores;
  // not for a large corpus, whose limit is memory rather than time (WRITER_THREAD_MAX_SOURCES).
  const writer = openStoreWriter(out, sources, { onThread: pipelineThreads > 1 && sources.length <= WRITER_THREAD_MAX_SOURCES });
  try {
    const result = withBuildHeap(sources.length, () => withBuildTiering(() => streamPipeline(sources, writer, { onProgress, threads: pipelineThreads })));
    writer.finish(result, { pipelineVersion: PIPELINE_VERSION, parameters: PIPELINE_PARAMETERS, inputs, startedAt, finishedAt: new Date().toISOString() });
    return {
      sources: result.sources.length,
      claims: result.claimCount,
      facts: result.facts.length,
      disputes: result.disputes.length,
      entities: result.entityCount,
      elapsedMs: Date.now() - startedMs,
    };
  } catch (error) {
    writer.abort();
    throw error;
  }
}
