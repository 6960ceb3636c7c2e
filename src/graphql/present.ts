// Store objects as the GraphQL layer hands them to type-graphql: global ids, __typename for Node.

import type { Dispute, Entity } from '../model.js';
import type { SourceRecord, StoredFact } from '../store/read.js';
import { toGlobalId } from './node.js';

export type FactNode = Omit<StoredFact, 'id' | 'explanation'> & { __typename: 'Fact'; id: string; rawId: string; confidenceExplanation: StoredFact['explanation'] };
export type SourceNode = SourceRecord & { __typename: 'Source'; id: string };
export type DisputeNode = Omit<Dispute, 'id'> & { __typename: 'Dispute'; id: string; rawId: string };
export type EntityNode = Omit<Entity, 'id'> & { __typename: 'Entity'; id: string };

export function presentFact(fact: StoredFact): FactNode {
  const { id, explanation, ...rest } = fact;
  return { ...rest, __typename: 'Fact', id: toGlobalId('Fact', id), rawId: id, confidenceExplanation: explanation };
}

export function presentSource(source: SourceRecord): SourceNode {
  return { ...source, __typename: 'Source', id: toGlobalId('Source', source.key) };
}

export function presentDispute(dispute: Dispute): DisputeNode {
  return { ...dispute, __typename: 'Dispute', id: toGlobalId('Dispute', dispute.id), rawId: dispute.id };
}

export function presentEntity(entity: Entity): EntityNode {
  return { ...entity, __typename: 'Entity', id: toGlobalId('Entity', entity.id) };
}
