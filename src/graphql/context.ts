// Per-request context: the shared read-only store and assessment index, and fresh DataLoaders so each
// request batches its lookups (one SQL statement per kind of thing per tick, never one per row).

import DataLoader from 'dataloader';
import type { GraphQLError } from 'graphql';
import type { AssessmentIndex, Dispute, Entity } from '../model.js';
import type { Page, SourcedEvidence, SourceRecord, StoreReader, StoredFact } from '../store/read.js';

export interface Loaders {
  fact: DataLoader<string, StoredFact | null>;
  source: DataLoader<string, SourceRecord | null>;
  /** Article texts, read only when a query selects Source.text. */
  sourceText: DataLoader<string, string | null>;
  dispute: DataLoader<string, Dispute | null>;
  entity: DataLoader<string, Entity | null>;
  evidence: DataLoader<string, SourcedEvidence[]>;
  /** A page of a source's facts: one batch for every source of a list. */
  factsOfSource: DataLoader<{ key: string; offset: number; limit: number }, Page<StoredFact>, string>;
}

export interface Context {
  store: StoreReader;
  index: AssessmentIndex;
  loaders: Loaders;
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
    loaders: {
      fact: new DataLoader(async (ids) => store.factsByIds(ids)),
      source: new DataLoader(async (keys) => store.sourcesByKeys(keys)),
      sourceText: new DataLoader(async (keys) => store.sourceTextsByKeys(keys)),
      dispute: new DataLoader(async (ids) => store.disputesByIds(ids)),
      entity: new DataLoader(async (ids) => store.entitiesByIds(ids)),
      evidence: new DataLoader(async (ids) => store.evidenceByFactIds(ids)),
      factsOfSource: new DataLoader(async (requests) => store.factsOfSources(requests), { cacheKeyFn: (r) => `${r.key}\u0000${r.offset}\u0000${r.limit}` }),
    },
  };
}
