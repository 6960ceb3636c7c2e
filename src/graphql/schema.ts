import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { isInterfaceType, isUnionType, type GraphQLSchema } from 'graphql';
import { FactResolver, EvidenceResolver } from './fact.resolver.js';
import { DisputeResolver, EntityResolver } from './dispute.resolver.js';
import { SourceResolver } from './source.resolver.js';
import { AssessmentResolver, CorpusResolver } from './misc.resolver.js';
import { checkDeadlines } from './limits.js';
import { callResolversDirectly } from './direct-resolvers.js';

let schema: Promise<GraphQLSchema> | null = null;

/**
 * Every object the API returns as a Node carries its __typename (present.ts). type-graphql wraps an
 * interface's resolveType in an async function, which graphql-js awaits but graphql-jit (executor.ts)
 * does not; read the name synchronously instead.
 */
function resolveTypesByTypename(built: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(built.getTypeMap())) {
    if (isInterfaceType(type) || isUnionType(type)) type.resolveType = (value: { __typename?: string }) => value.__typename;
  }
  return built;
}

/** The schema, built once per process from the type-graphql classes (the single source of truth). */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [FactResolver, EvidenceResolver, DisputeResolver, EntityResolver, SourceResolver, AssessmentResolver, CorpusResolver],
    validate: false,
  })
    .then(callResolversDirectly)
    .then(checkDeadlines)
    .then(resolveTypesByTypename);
  return schema;
}
