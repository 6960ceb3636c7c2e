// Per-request context: the shared read-only store and assessment index, fresh DataLoaders so each
// request batches its lookups (one SQL statement per kind of thing per tick, never one per row), and
// the evidence and disputes of the facts the request presents (FactLinks), read without promises.

import DataLoader from 'dataloader';
import type { GraphQLError } from 'graphql';
import type { AssessmentEvidence, AssessmentIndex, ClaimAssessment, Dispute, Entity } from '../model.js';
import type { Page, SourceRecord, SourceSummary, StoreReader, StoredFact } from '../store/read.js';
import { presentDispute, presentEvidence, presentFact, presentSource, type DisputeNode, type EvidenceNode, type FactNode, type SourceNode } from './present.js';

export interface Loaders {
  fact: DataLoader<string, StoredFact | null>;
  source: DataLoader<string, SourceRecord | null>;
  /** Article texts, read only when a query selects Source.text. */
  sourceText: DataLoader<string, string | null>;
  dispute: DataLoader<string, Dispute | null>;
  entity: DataLoader<string, Entity | null>;
  /** A page of a source's facts: one batch for every source of a list. */
  factsOfSource: DataLoader<{ key: string; offset: number; limit: number }, Page<StoredFact>, string>;
}

export interface FactEvidence {
  supporting: EvidenceNode[];
  contradicting: EvidenceNode[];
}

export interface AssessedEvidence {
  supporting: EvidenceNode[];
  contradicting: EvidenceNode[];
  mentioning: EvidenceNode[];
}

/**
 * The evidence and the dispute of every fact a request presents. The store is synchronous, and the
 * facts a field's list holds are presented before graphql-js resolves any of their fields; so the
 * first fact asked for its evidence reads the evidence of every fact presented so far, in one
 * statement, and the rest are answered from memory, without a promise or a DataLoader tick per fact:
 * a page of 20 facts costs one statement for its evidence and one for its disputes, as a page of 100
 * does. Facts presented later (a nested list) are read together in the next such statement.
 */
/**
 * Sources as the API serves them, each presented once per store rather than once per request: the
 * store is read-only, a page of evidence names a hundred sources, and nothing changes a presented one.
 */
const presentedSources = new WeakMap<StoreReader, Map<string, SourceNode>>();

export class FactLinks {
  private readonly store: StoreReader;
  private readonly unreadEvidence = new Set<string>();
  private readonly evidence = new Map<string, FactEvidence>();
  private readonly unreadDisputes = new Set<string>();
  private readonly disputes = new Map<string, DisputeNode | null>();
  /** Each source presented once per store, however many evidence name it (presentedSources). */
  private readonly sources: Map<string, SourceNode>;
  private readonly assessments = new WeakMap<ClaimAssessment, AssessedEvidence>();

  constructor(store: StoreReader) {
    this.store = store;
    let sources = presentedSources.get(store);
    if (!sources) {
      sources = new Map();
      presentedSources.set(store, sources);
    }
    this.sources = sources;
  }

  /** The fact as the API serves it, its evidence and dispute to be read with the others'. */
  present(fact: StoredFact): FactNode {
    if (!this.evidence.has(fact.id)) this.unreadEvidence.add(fact.id);
    if (fact.disputeId !== null && !this.disputes.has(fact.disputeId)) this.unreadDisputes.add(fact.disputeId);
    return presentFact(fact);
  }

  source(source: SourceSummary): SourceNode {
    let node = this.sources.get(source.key);
    if (!node) {
      node = presentSource(source);
      this.sources.set(source.key, node);
    }
    return node;
  }

  evidenceOf(factId: string): FactEvidence {
    let found = this.evidence.get(factId);
    if (!found) {
      this.unreadEvidence.add(factId);
      const ids = [...this.unreadEvidence];
      this.unreadEvidence.clear();
      // Read as the API serves them, each source presented once: no second object per evidence.
      const lists = this.store.evidenceByFactIds(ids, (source) => this.source(source));
      ids.forEach((id, i) => {
        const read: FactEvidence = { supporting: [], contradicting: [] };
        for (const e of lists[i] ?? []) (e.stance === 'SUPPORTS' ? read.supporting : read.contradicting).push(e);
        this.evidence.set(id, read);
      });
      found = this.evidence.get(factId) as FactEvidence;
    }
    return found;
  }

  /** An assessment's three lists of evidence with their sources, read in one statement for all three. */
  assessedEvidence(assessment: ClaimAssessment): AssessedEvidence {
    let found = this.assessments.get(assessment);
    if (!found) {
      const lists = [assessment.supporting, assessment.contradicting, assessment.mentioning];
      const unread = [...new Set(lists.flat().map((e) => e.sourceKey))].filter((key) => !this.sources.has(key));
      if (unread.length > 0) for (const source of this.store.sourcesByKeys(unread)) if (source) this.source(source);
      const present = (list: AssessmentEvidence[]): EvidenceNode[] =>
        list.map((e) => {
          const source = this.sources.get(e.sourceKey);
          if (!source) throw new Error(`evidence names missing source ${e.sourceKey}`);
          return presentEvidence(e, source);
        });
      found = { supporting: present(assessment.supporting), contradicting: present(assessment.contradicting), mentioning: present(assessment.mentioning) };
      this.assessments.set(assessment, found);
    }
    return found;
  }

  disputeOf(disputeId: string): DisputeNode | null {
    let found = this.disputes.get(disputeId);
    if (found === undefined) {
      this.unreadDisputes.add(disputeId);
      const ids = [...this.unreadDisputes];
      this.unreadDisputes.clear();
      const read = this.store.disputesByIds(ids);
      ids.forEach((id, i) => {
        const dispute = read[i];
        this.disputes.set(id, dispute ? presentDispute(dispute) : null);
      });
      found = this.disputes.get(disputeId) ?? null;
    }
    return found;
  }
}

export interface Context {
  store: StoreReader;
  index: AssessmentIndex;
  loaders: Loaders;
  links: FactLinks;
  /** performance.now() after which the request stops resolving fields (limits.ts answers TIMEOUT). */
  deadlineMs: number;
  /** Set by the first resolver that finds the deadline past (limits.ts). */
  timedOut: GraphQLError | null;
}

export function createContext(store: StoreReader, index: AssessmentIndex, deadlineMs: number): Context {
  return {
    store,
    index,
    deadlineMs,
    timedOut: null,
    links: new FactLinks(store),
    loaders: {
      fact: new DataLoader(async (ids) => store.factsByIds(ids)),
      source: new DataLoader(async (keys) => store.sourcesByKeys(keys)),
      sourceText: new DataLoader(async (keys) => store.sourceTextsByKeys(keys)),
      dispute: new DataLoader(async (ids) => store.disputesByIds(ids)),
      entity: new DataLoader(async (ids) => store.entitiesByIds(ids)),
      factsOfSource: new DataLoader(async (requests) => store.factsOfSources(requests), { cacheKeyFn: (r) => `${r.key}\u0000${r.offset}\u0000${r.limit}` }),
    },
  };
}
