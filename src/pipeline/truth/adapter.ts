// The engine applied to the article pipeline's output: facts, their supporting evidence and claims, and
// disputes in (model.ts shapes), a confidence and explanation per fact and a reliability per source out.
// The pipeline's score-facts stage calls it.

import type { Claim, ConfidenceExplanation, Dispute, Evidence, Fact } from '../../model.js';
import { memoryCorpusBuilder, type MemoryCorpus, type ValueRecord } from './corpus.js';
import { discoverTruthInCorpus, type EngineOptions, type ValueResult } from './engine.js';
import { numberValue } from './values.js';

/** The ceiling of a fact's confidence, as in confidence v1. */
export const MAX_CONFIDENCE = 0.99;

export interface PipelineFacts {
  facts: readonly Fact[];
  evidence: readonly Evidence[];
  /** What the engine reads of each claim: its value (a bound or an exact count) and extraction certainty. */
  claims: ReadonlyArray<Pick<Claim, 'id' | 'value' | 'extractionCertainty'>>;
  disputes: readonly Dispute[];
}

export interface FactScore {
  /** Probability that the fact is true, rounded to 3 decimals as stored facts are. */
  confidence: number;
  /** The pipeline's explanation shape (Fact.explanation), filled from the engine. */
  explanation: ConfidenceExplanation;
  /** The engine's full explanation: copies discounted, close support, second-hand, reliabilities used. */
  detail: ValueResult['explanation'];
}

export interface ScoredFacts {
  facts: Map<string, FactScore>;
  /** Source key -> estimated probability that a claim of the source is right. */
  reliabilities: Map<string, number>;
  /** The calibration temperature the engine used (1: none). */
  temperature: number;
}

/** Quotes at least this long have their trigrams kept for the other facts they are a quote of. */
const LONG_QUOTE = 1_000;

// A word is a run of letters and digits: every other character (punctuation, spaces) ends one. Matched
// at once rather than by replacing the others with spaces and splitting on spaces (the same words, in
// about 80% of the time; trigrams are made for 40,000 quotes of the 1,683 FNC-1 bodies).
const WORD = /[\p{L}\p{N}]+/gu;

function trigrams(text: string): Set<string> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) set.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return set;
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / Math.min(a.size, b.size);
}

/**
 * Copy groups among the evidence for one fact: quotes that share most of their word trigrams (one wire
 * sentence reprinted) or that are attributed to one named speaker (one statement relayed by several
 * outlets) are one statement. The same rule as confidence v1, so the two agree on what a copy is.
 */
function copyGroups(evidence: readonly Evidence[], shinglesOf: (quote: string) => Set<string>): Map<Evidence, string> {
  // A fact with one supporting quote (half the evidence of the 1,683 FNC-1 bodies) has one group, and
  // its trigrams would be compared with nothing.
  const only = evidence.length === 1 ? evidence[0] : undefined;
  if (only) return new Map([[only, `${only.factId}#0`]]);
  const groups: Array<{ id: string; shingles: Set<string>[] }> = [];
  // A quote can only meet a group by its speaker or by a trigram they share, so each group is found
  // through these indexes instead of by comparing every quote with every group: a fact that hundreds
  // of articles support made that quadratic. Among the groups found, the first made wins, as before.
  const groupOfSpeaker = new Map<string, number>();
  const groupsOfTrigram = new Map<string, number[]>();
  const out = new Map<Evidence, string>();
  for (const e of evidence) {
    const own = shinglesOf(e.quote);
    const speaker = e.attribution ? e.attribution.toLowerCase() : null;
    let found = speaker !== null ? (groupOfSpeaker.get(speaker) ?? -1) : -1;
    const checked = new Set<number>();
    for (const trigram of own) {
      for (const at of groupsOfTrigram.get(trigram) ?? []) {
        if ((found >= 0 && at >= found) || checked.has(at)) continue;
        checked.add(at);
        if (groups[at]?.shingles.some((s) => overlap(s, own) >= 0.6)) found = at;
      }
    }
    if (found < 0) {
      found = groups.length;
      groups.push({ id: `${e.factId}#${groups.length}`, shingles: [] });
      if (speaker !== null) groupOfSpeaker.set(speaker, found);
    }
    const group = groups[found] as { id: string; shingles: Set<string>[] };
    group.shingles.push(own);
    for (const trigram of own) {
      const list = groupsOfTrigram.get(trigram);
      if (!list) groupsOfTrigram.set(trigram, [found]);
      else if (list[list.length - 1] !== found && !list.includes(found)) list.push(found);
    }
    out.set(e, group.id);
  }
  return out;
}

/**
 * Scores the pipeline's facts with the truth-discovery engine. Each dispute is one data item whose
 * candidate values are its facts; a fact outside any dispute is an item of its own (true, or some value
 * nobody reported). Each SUPPORTS evidence is a claim: its source, the claim's extraction certainty,
 * hedged as the evidence says, second-hand when the claim is attributed to a speaker, and in a copy
 * group with quotes it repeats. A bounded count ("at least seven") is a bound that supports every count
 * it admits rather than a claim of exactly seven. CONTRADICTS evidence adds nothing: a contradiction is
 * the contradicting source's support for a rival value, which the engine already weighs.
 */
export function scoreFactsWithEngine(input: PipelineFacts, options: Partial<EngineOptions> = {}, disputeFalseValues: number | null = null): ScoredFacts {
  return scoreFactsCorpus(factsCorpus(input, disputeFalseValues), options);
}

/** The engine's corpus for the pipeline's facts, with what scoring needs to take its values back to facts. */
export interface FactsCorpus {
  facts: readonly Fact[];
  corpus: MemoryCorpus;
  /** The values a fact is given as a bound by ("at least seven" beside "seven"). */
  boundKeys: Map<string, string[]>;
}

function itemOf(fact: Fact): string {
  return fact.disputeId ?? `fact:${fact.id}`;
}

/**
 * The first half of scoreFactsWithEngine: the facts' evidence as the engine's corpus. The evidence
 * and the claims it is made from are not needed once the corpus is built, and a caller that lets them
 * go before scoring (pipeline/index.ts) does not hold them while the engine runs.
 */
export function factsCorpus(input: PipelineFacts, disputeFalseValues: number | null = null): FactsCorpus {
  const claimById = new Map(input.claims.map((c) => [c.id, c]));
  const factById = new Map(input.facts.map((f) => [f.id, f]));
  // Each evidence goes into the corpus as it is read: no record of it is held until the corpus is built.
  const corpus = memoryCorpusBuilder();
  const values: ValueRecord[] = [];
  const boundKeys = new Map<string, string[]>();
  for (const fact of input.facts) {
    if (fact.value.kind === 'QUANTITY') values.push({ item: itemOf(fact), value: fact.id, display: fact.statement, typed: numberValue(fact.value.value) });
  }
  const supporting = input.evidence.filter((e) => e.stance === 'SUPPORTS' && factById.has(e.factId));
  const byFact = new Map<string, Evidence[]>();
  for (const e of supporting) {
    const list = byFact.get(e.factId);
    if (list) list.push(e);
    else byFact.set(e.factId, [e]);
  }
  // A sentence that gives several claims is the quote of each of their facts: a long one's trigrams
  // once, not once per fact (a 60,000-word line with no sentence break took 11 s here). Short quotes
  // are cheap to redo, and keeping every quote's set would hold them all at once on a large build.
  const shingles = new Map<string, Set<string>>();
  const shinglesOf = (quote: string): Set<string> => {
    if (quote.length < LONG_QUOTE) return trigrams(quote);
    let set = shingles.get(quote);
    if (!set) shingles.set(quote, (set = trigrams(quote)));
    return set;
  };
  for (const [factId, evidence] of byFact) {
    const fact = factById.get(factId);
    if (!fact) continue;
    const item = itemOf(fact);
    const groups = copyGroups(evidence, shinglesOf);
    // A bound is kept a bound beside an exact count of the fact ("at least seven" beside "seven");
    // a fact stated only as "about 6.0" is that value, or nothing would support it.
    const hasExact = evidence.some((other) => {
      const v = claimById.get(other.claimId)?.value;
      return v?.kind === 'QUANTITY' && v.min === v.value && v.max === v.value;
    });
    for (const e of evidence) {
      const claim = claimById.get(e.claimId);
      let value = fact.id;
      const quantity = claim?.value.kind === 'QUANTITY' ? claim.value : null;
      if (quantity && hasExact && (quantity.min !== null || quantity.max !== null) && quantity.min !== quantity.max) {
        value = `${fact.id}:bound:${quantity.min ?? ''}..${quantity.max ?? ''}`;
        if (!boundKeys.get(fact.id)?.includes(value)) {
          boundKeys.set(fact.id, [...(boundKeys.get(fact.id) ?? []), value]);
          values.push({ item, value, display: `${fact.statement} (bound)`, typed: numberValue(quantity.value, 0, quantity.min, quantity.max), isBound: true });
        }
      }
      corpus.addClaim({
        source: e.sourceKey,
        item,
        value,
        certainty: claim?.extractionCertainty ?? 1,
        isHedged: e.isHedged,
        isSecondHand: e.attribution !== null,
        copyGroup: groups.get(e) ?? null,
      });
    }
  }
  // A fact outside a dispute answers a yes/no question: its only alternative is that it is not so.
  const items = input.facts.filter((f) => !f.disputeId).map((f) => ({ item: itemOf(f), falseValues: 1 }));
  // A dispute's answers may be all there is to choose from ("the truth is one of these, or one more").
  if (disputeFalseValues !== null) items.push(...input.disputes.map((d) => ({ item: d.id, falseValues: disputeFalseValues })));
  return { facts: input.facts, corpus: corpus.finish(values, items), boundKeys };
}

/** The second half of scoreFactsWithEngine: the engine fitted on the corpus, and each fact's score. */
export function scoreFactsCorpus({ facts: allFacts, corpus, boundKeys }: FactsCorpus, options: Partial<EngineOptions> = {}): ScoredFacts {
  // Each item's facts are scored as the engine finishes the item, from its values alone.
  const factsOfItem = new Map<string, Fact[]>();
  for (const fact of allFacts) {
    const list = factsOfItem.get(itemOf(fact));
    if (list) list.push(fact);
    else factsOfItem.set(itemOf(fact), [fact]);
  }
  const facts = new Map<string, FactScore>();
  const scoreItemFacts = (itemValues: ValueResult[]): void => {
    const first = itemValues[0];
    if (!first) return;
    const byValue = new Map(itemValues.map((v) => [v.value, v]));
    for (const fact of factsOfItem.get(first.item) ?? []) scoreFact(fact, byValue.get(fact.id), (boundKeys.get(fact.id) ?? []).flatMap((key) => byValue.get(key) ?? []));
    factsOfItem.delete(first.item);
  };
  const scoreFact = (fact: Fact, own: ValueResult | undefined, bounds: ValueResult[]): void => {
    const parts = [...(own ? [own] : []), ...bounds].map((v) => v.explanation);
    const sum = (pick: (e: ValueResult['explanation']) => number): number => parts.reduce((total, e) => total + pick(e), 0);
    const detail: ValueResult['explanation'] = own?.explanation ?? {
      supporters: 0, independentSupporters: 0, copiesDiscounted: 0, supportingWeight: 0, closeSupport: 0, contradictingSources: 0, contradictingWeight: 0,
      hedgedSupporters: 0, secondHandSupporters: 0, reliabilities: [], summary: 'no source supports it',
    };
    // A source that gave the count as a bound ("at least seven") supports the fact too.
    const independentSupporters = sum((e) => e.independentSupporters);
    const supportingWeight = sum((e) => e.supportingWeight);
    const hedged = sum((e) => e.hedgedSupporters);
    const summary = bounds.length > 0 ? `${detail.summary}; ${bounds.reduce((n, b) => n + b.explanation.supporters, 0)} more give it as a bound` : detail.summary;
    facts.set(fact.id, {
      // At most 0.99: the engine weighs sources, not the extractor, and five articles can be misread alike.
      confidence: Math.round(Math.min(MAX_CONFIDENCE, own?.probability ?? 0) * 1000) / 1000,
      explanation: {
        independentSupporters,
        copiesDiscounted: sum((e) => e.copiesDiscounted),
        supportingMass: Math.round(supportingWeight * 1000) / 1000,
        closeSupport: Math.round(sum((e) => e.closeSupport) * 1000) / 1000,
        contradictingSources: detail.contradictingSources,
        contradictingMass: Math.round(detail.contradictingWeight * 1000) / 1000,
        hedgedSupporters: hedged,
        secondHandSupporters: sum((e) => e.secondHandSupporters),
        reliabilities: [...new Map(parts.flatMap((e) => e.reliabilities).map((r) => [r.source, Math.round(r.reliability * 1000) / 1000])).entries()]
          .map(([sourceKey, reliability]) => ({ sourceKey, reliability }))
          .sort((a, b) => b.reliability - a.reliability || a.sourceKey.localeCompare(b.sourceKey)),
        summary,
      },
      detail: { ...detail, summary },
    });
  };
  const result = discoverTruthInCorpus(corpus, options, scoreItemFacts);
  // A fact the engine gave no item (no claim, no value) is scored as having no support.
  for (const rest of factsOfItem.values()) for (const fact of rest) scoreFact(fact, undefined, []);
  return { facts, reliabilities: new Map(result.sources.map((s) => [s.source, Math.round(s.reliability * 1000) / 1000])), temperature: result.model.temperature };
}
