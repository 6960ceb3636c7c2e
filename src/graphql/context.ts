// Per-request context: the shared read-only store and assessment index, and fresh DataLoaders so each
// request batches its lookups (one SQL statement per kind of thing per tick, never one per row).

import DataLoader from 'dataloader';
import type { AssessmentIndex, Dispute, Entity, Evidence, ScoredSource } from '../model.js';
import type { StoreReader, StoredFact } from '../store/read.js';

export interface Loaders {
  fact: DataLoader<string, StoredFact | null>;
  source: DataLoader<string, ScoredSource | null>;
  dispute: DataLoader<string, Dispute | null>;
  entity: DataLoader<string, Entity | null>;
  evidence: DataLoader<string, Evidence[]>;
}

export interface Context {
  store: StoreReader;
  index: AssessmentIndex;
  loaders: Loaders;
  /** performance.now() after which the request stops resolving fields (limits.ts answers TIMEOUT). */
  deadlineMs: number;
}

export function createContext(store: StoreReader, index: AssessmentIndex, deadlineMs: number): Context {
  return {
    store,
    index,
    deadlineMs,
    loaders: {
      fact: new DataLoader(async (ids) => store.factsByIds(ids)),
      source: new DataLoader(async (keys) => store.sourcesByKeys(keys)),
      dispute: new DataLoader(async (ids) => store.disputesByIds(ids)),
      entity: new DataLoader(async (ids) => store.entitiesByIds(ids)),
      evidence: new DataLoader(async (ids) => store.evidenceByFactIds(ids)),
    },
  };
}
