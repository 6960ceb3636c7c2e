// `corroborate build`: articles -> pipeline -> a new store, renamed into place. Shared by the command
// and the build benchmark, so that what is measured is what users run.

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

export function buildStore(paths: string[], out: string, onProgress?: (done: number, total: number) => void): BuildSummary {
  const startedMs = Date.now();
  const startedAt = new Date(startedMs).toISOString();
  const { sources, inputs } = readArticles(paths);
  // The store is written as the pipeline goes (claims, entities, evidence), into a temporary file
  // that becomes the store only when finish() renames it; any failure removes it.
  const writer = openStoreWriter(out, sources);
  try {
    const result = streamPipeline(sources, writer, { onProgress });
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
