// Scores clustered facts with the truth-discovery engine (truth/adapter.ts): a probability and an
// explanation per fact, its status, the order of each dispute's answers, and a reliability per source.

import type { Claim, Dispute, Evidence, Fact, ScoredSource, Source } from '../model.js';
import { factsCorpus, scoreFactsCorpus, type FactsCorpus } from './truth/adapter.js';
import type { EngineOptions } from './truth/engine.js';

/**
 * Engine settings for claims read out of news prose, where a build is often five articles, not the
 * thousands of claims the engine's defaults are fitted on:
 * - sources start at an accuracy of 0.65 (a rule-based reader misreads some claims, and outlets
 *   disagree on counts in the first hours), and 30 pseudo-claims hold them there until a corpus is big
 *   enough to say otherwise: five articles cannot show that one outlet is right 95% of the time;
 * - the temperature is not fitted: a cluster this small has too few contested items to fit it on;
 * - copying is learned only from shared quotes and speakers (the copy groups the adapter passes), not
 *   from shared false values: that compares every pair of sources (quadratic in the articles: 36 s of
 *   an 8,000-article build against 8 s without), and five articles share too few values to learn from.
 * On the bundled articles this gives the unharmed consensus 0.97, single-source facts 0.62-0.71, and
 * the guards' dispute 0.48 (7, two sources) / 0.15 (3) / 0.14 (2), the rest for "another number".
 */
export const ARTICLE_ENGINE_OPTIONS: Partial<EngineOptions> = { priorAccuracy: 0.65, priorStrength: 30, hyperpriorStrength: 30, calibrate: false, detectCopying: false };

/** A dispute's question is answered by one of the answers given, or by one more that nobody gave. */
export const DISPUTE_FALSE_VALUES = 1;

export interface ScoredClustering {
  facts: Fact[];
  disputes: Dispute[];
  sources: ScoredSource[];
}

/** What scoring reads of a claim. */
export type ScoringClaim = Pick<Claim, 'id' | 'value' | 'extractionCertainty'>;

/** A copy of what scoring reads of a claim, for holding while the claim itself goes. */
export function scoringClaim({ id, value, extractionCertainty }: ScoringClaim): ScoringClaim {
  return { id, value, extractionCertainty };
}

/** Clustered facts ready to be scored: the engine's corpus of their evidence, and which are contradicted. */
export interface FactsToScore {
  facts: Fact[];
  disputes: Dispute[];
  contradicted: Set<string>;
  corpus: FactsCorpus;
}

/**
 * The first half of scoring. Nothing it returns holds the evidence or the claims: a caller that lets
 * them go does not hold them while the engine runs (at 16,000 articles, 515,000 evidence rows and
 * 381,000 claims).
 */
export function prepareScoring(claims: readonly ScoringClaim[], clustering: { facts: Fact[]; disputes: Dispute[]; evidence: Evidence[] }): FactsToScore {
  const { facts, disputes, evidence } = clustering;
  return {
    facts,
    disputes,
    contradicted: new Set(evidence.filter((e) => e.stance === 'CONTRADICTS').map((e) => e.factId)),
    corpus: factsCorpus({ facts, evidence, claims, disputes }, DISPUTE_FALSE_VALUES),
  };
}

export function scoreFacts(sources: Source[], { facts, disputes, contradicted, corpus }: FactsToScore): ScoredClustering {
  const scored = scoreFactsCorpus(corpus, ARTICLE_ENGINE_OPTIONS);
  for (const fact of facts) {
    const score = scored.facts.get(fact.id);
    if (!score) continue;
    fact.confidence = score.confidence;
    fact.explanation = score.explanation;
    fact.status = contradicted.has(fact.id) ? 'DISPUTED' : score.explanation.independentSupporters >= 2 ? 'CONSENSUS' : 'SINGLE_SOURCE';
  }
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const dispute of disputes) dispute.factIds.sort((a, b) => (byId.get(b)?.confidence ?? 0) - (byId.get(a)?.confidence ?? 0) || a.localeCompare(b));
  facts.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
  const prior = ARTICLE_ENGINE_OPTIONS.priorAccuracy ?? 0.65;
  return {
    facts,
    disputes,
    // A source with no claim the engine could weigh keeps the prior.
    sources: sources.map((source) => ({ ...source, reliability: scored.reliabilities.get(source.key) ?? prior })),
  };
}
