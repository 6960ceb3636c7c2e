// Store objects as the GraphQL layer hands them to type-graphql: global ids, __typename for Node.
// Each is built once per object and request with the fields the schema reads, so that graphql-js
// resolves them as plain properties.

import type { AssessmentEvidence, Dispute, Entity, Evidence } from '../model.js';
import type { SourceSummary, StoredFact } from '../store/read.js';
import { toGlobalId } from './node.js';

export type FactNode = Pick<StoredFact, 'statement' | 'kind' | 'confidence' | 'status' | 'supporterCount' | 'disputeId' | 'explanationJson'> & {
  __typename: 'Fact';
  id: string;
  rawId: string;
};
export type SourceNode = SourceSummary & { __typename: 'Source'; id: string };
export type DisputeNode = Omit<Dispute, 'id'> & { __typename: 'Dispute'; id: string; rawId: string };
export type EntityNode = Omit<Entity, 'id'> & { __typename: 'Entity'; id: string };
/** Stored evidence, or evidence assessClaim found, with its source presented. */
export type EvidenceNode = Omit<AssessmentEvidence, 'sourceKey' | 'claimId'> & { source: SourceNode };

export function presentFact(fact: StoredFact): FactNode {
  return {
    __typename: 'Fact',
    id: toGlobalId('Fact', fact.id),
    rawId: fact.id,
    statement: fact.statement,
    kind: fact.kind,
    confidence: fact.confidence,
    status: fact.status,
    supporterCount: fact.supporterCount,
    disputeId: fact.disputeId,
    explanationJson: fact.explanationJson,
  };
}

/** A source without the fields it does not serve (origin): one object however many evidence name it. */
export function presentSource(source: SourceSummary): SourceNode {
  return {
    __typename: 'Source',
    id: toGlobalId('Source', source.key),
    key: source.key,
    title: source.title,
    outlet: source.outlet,
    url: source.url,
    publishedAt: source.publishedAt,
    dateline: source.dateline,
    reliability: source.reliability,
  };
}

export function presentEvidence(evidence: Omit<Evidence | AssessmentEvidence, 'claimId'>, source: SourceNode): EvidenceNode {
  return {
    factId: evidence.factId,
    stance: evidence.stance,
    quote: evidence.quote,
    start: evidence.start,
    end: evidence.end,
    attribution: evidence.attribution,
    isHedged: evidence.isHedged,
    weight: evidence.weight,
    source,
  };
}

export function presentDispute(dispute: Dispute): DisputeNode {
  return { ...dispute, __typename: 'Dispute', id: toGlobalId('Dispute', dispute.id), rawId: dispute.id };
}

export function presentEntity(entity: Entity): EntityNode {
  return { ...entity, __typename: 'Entity', id: toGlobalId('Entity', entity.id) };
}
