// GraphQL enums mirroring the model's string unions.

import { registerEnumType } from 'type-graphql';

export enum FactKind { QUANTITY = 'QUANTITY', TIME = 'TIME', ASSERTION = 'ASSERTION' }
export enum FactStatus { CONSENSUS = 'CONSENSUS', SINGLE_SOURCE = 'SINGLE_SOURCE', DISPUTED = 'DISPUTED' }
export enum DisputeKind { NUMERIC = 'NUMERIC', TEMPORAL = 'TEMPORAL', NEGATION = 'NEGATION', ANTONYM = 'ANTONYM', ENTITY = 'ENTITY' }
export enum Stance { SUPPORTS = 'SUPPORTS', CONTRADICTS = 'CONTRADICTS', DISCUSSES = 'DISCUSSES' }
export enum EntityType { PERSON = 'PERSON', ORGANIZATION = 'ORGANIZATION', PLACE = 'PLACE', OTHER = 'OTHER' }
export enum Verdict { SUPPORTED = 'SUPPORTED', CONTRADICTED = 'CONTRADICTED', DISPUTED = 'DISPUTED', UNVERIFIED = 'UNVERIFIED', UNRELATED = 'UNRELATED' }
export enum FactOrder { CONFIDENCE_DESC = 'CONFIDENCE_DESC', CONFIDENCE_ASC = 'CONFIDENCE_ASC', SUPPORTERS_DESC = 'SUPPORTERS_DESC' }

registerEnumType(FactKind, { name: 'FactKind', description: 'What a fact states: a count, a time, or a proposition with polarity.' });
registerEnumType(FactStatus, { name: 'FactStatus', description: 'CONSENSUS: two or more independent sources and no contradiction; SINGLE_SOURCE: one independent source; DISPUTED: some source contradicts it.' });
registerEnumType(DisputeKind, { name: 'DisputeKind', description: 'How the answers of a dispute conflict.' });
registerEnumType(Stance, { name: 'Stance' });
registerEnumType(EntityType, { name: 'EntityType' });
registerEnumType(Verdict, { name: 'Verdict', description: 'What the articles say of a claim: SUPPORTED, CONTRADICTED, DISPUTED (both), UNVERIFIED (they speak of it but answer no matching question), UNRELATED.' });
registerEnumType(FactOrder, { name: 'FactOrder' });
