// `corroborate build`: articles -> pipeline -> a new store, renamed into place. Shared by the command
// and the build benchmark, so that what is measured is what users run.

import { readArticles } from '../ingest/read-articles.js';
import { runPipeline, PIPELINE_PARAMETERS, PIPELINE_VERSION } from '../pipeline/index.js';
import { writeStore } from '../store/write.js';

export interface BuildSummary {
  sources: number;
  claims: number;
  facts: number;
  disputes: number;
  entities: number;
  /** Reading, pipeline and writing, from the first file read to the store renamed into place. */
  elapsedMs: number;
}

export function buildStore(paths: string[], out: string, onProgress?: (done: number, total: number) => void): BuildSummary {
  const startedMs = Date.now();
  const startedAt = new Date(startedMs).toISOString();
  const { sources, inputs } = readArticles(paths);
  const result = runPipeline(sources, { onProgress });
  writeStore(out, result, { pipelineVersion: PIPELINE_VERSION, parameters: PIPELINE_PARAMETERS, inputs, startedAt, finishedAt: new Date().toISOString() });
  return {
    sources: result.sources.length,
    claims: result.claims.length,
    facts: result.facts.length,
    disputes: result.disputes.length,
    entities: result.entities.length,
    elapsedMs: Date.now() - startedMs,
  };
}
