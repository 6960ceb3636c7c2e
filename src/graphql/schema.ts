import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { FactResolver, EvidenceResolver } from './fact.resolver.js';
import { DisputeResolver, EntityResolver } from './dispute.resolver.js';
import { SourceResolver } from './source.resolver.js';
import { AssessmentResolver, CorpusResolver } from './misc.resolver.js';
import { checkDeadlines } from './limits.js';

let schema: Promise<GraphQLSchema> | null = null;

/** The schema, built once per process from the type-graphql classes (the single source of truth). */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [FactResolver, EvidenceResolver, DisputeResolver, EntityResolver, SourceResolver, AssessmentResolver, CorpusResolver],
    validate: false,
  }).then(checkDeadlines);
  return schema;
}
