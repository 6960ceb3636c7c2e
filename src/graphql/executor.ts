// Executes operations with a function compiled once per document (graphql-jit) instead of graphql-js's
// interpreter, which walks the query and builds a resolve-info object for every field of every answer:
// a page of 20 facts with their evidence and sources is some 1,500 fields. Apollo Server 5 has no
// executor option; its gateway interface is the documented way to hand it one, and Apollo still
// parses, validates, runs the limits plugin and formats errors as before.

import { GraphQLError, execute, getVariableValues, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/** An error of graphql-jit's own class, whose `extensions` may be missing (Apollo reads `extensions.code`). */
interface JitError {
  message: string;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  path?: ReadonlyArray<string | number>;
  originalError?: Error;
  extensions?: Record<string, unknown>;
}

/** The UTF-16 offset of a line and column (both from 1) in a query text. */
function positionOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const newline = text.indexOf('\n', offset);
    if (newline < 0) break;
    offset = newline + 1;
  }
  return offset + column - 1;
}

/**
 * graphql-jit's error as graphql-js makes it: the same message, path, original error and locations
 * (graphql-js keeps locations only from a source and positions), so that Apollo and formatError see
 * what they would have seen from graphql-js.
 */
function toGraphQLError(error: JitError, document: DocumentNode): GraphQLError {
  const source = document.loc?.source;
  const locations = error.locations ?? [];
  const positions = source ? locations.map((l) => positionOf(source.body, l.line, l.column)) : undefined;
  return new GraphQLError(error.message, {
    source: positions && positions.length > 0 ? source : undefined,
    positions: positions && positions.length > 0 ? positions : undefined,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/** The compiled function of a document's operation, or null when graphql-jit cannot compile it. */
export type Compiler = (document: DocumentNode, operationName: string | null) => CompiledQuery | null;

/**
 * Compiles each operation on its first request and keeps it as long as its document lives (Apollo's
 * document store is a bounded LRU; a WeakMap lets the compiled functions go with it).
 */
export function compiler(schema: GraphQLSchema, log: (line: string) => void): Compiler {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  return (document, operationName) => {
    let byName = compiled.get(document);
    if (!byName) {
      byName = new Map();
      compiled.set(document, byName);
    }
    const key = operationName ?? '';
    let query = byName.get(key);
    if (query === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      if (isCompiledQuery(result)) query = result;
      else {
        query = null;
        log(`graphql-jit could not compile operation ${key || '(anonymous)'}; graphql-js executes it: ${(result.errors ?? []).map((e) => e.message).join('; ')}`);
      }
      byName.set(key, query);
    }
    return query;
  };
}

/**
 * An Apollo gateway that serves one fixed schema and executes each operation with its compiled
 * function, compiled on the operation's first request and kept as long as Apollo keeps the parsed
 * document (its document store is a bounded LRU; a WeakMap lets the compiled functions go with it).
 */
export function compiledExecution(schema: GraphQLSchema, log: (line: string) => void, compiledFor: Compiler = compiler(schema, log)): Gateway {
  async function run(document: DocumentNode, operation: OperationDefinitionNode | undefined, operationName: string | null, contextValue: unknown, variables: Record<string, unknown>): Promise<ExecutionResult> {
    // Apollo hands over a document whose operation it could not pick (several, none named) for
    // graphql-js to say why; so does a document graphql-jit cannot compile.
    const query = operation ? compiledFor(document, operationName) : null;
    if (!query || !operation) return execute({ schema, document, operationName, contextValue, variableValues: variables });
    const result = await query.query(undefined, contextValue, variables);
    if (!('data' in result)) {
      // Variables that do not coerce: graphql-js's errors name the variable's definition, from which
      // Apollo tells the client's mistake (BAD_USER_INPUT, status 400) from the server's.
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
      if (coerced.errors) return { errors: coerced.errors };
    }
    return result.errors ? { ...result, errors: result.errors.map((e) => toGraphQLError(e as JitError, document)) } : result;
  }

  return {
    async load() {
      return {
        // request.operation is typed as always there, but is missing when Apollo could not resolve it.
        executor: async (request) => run(request.document, request.operation as OperationDefinitionNode | undefined, request.operationName, request.context, request.request.variables ?? {}),
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}
