// Limits that keep one request from costing the server more than a dashboard page should: page size,
// query depth, aliases, an estimated cost that multiplies nested lists, the size of filter values, and a
// deadline per request. Each fails with a clear message and its own extensions.code.

import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Deep enough for facts -> evidence -> source and disputes -> alternatives -> evidence -> source. */
export const MAX_DEPTH = 12;
/** Aliases let one query ask for the same field many times; a dashboard needs a handful. */
export const MAX_ALIASES = 50;
/**
 * Estimated fields one operation may fetch. A page of 100 facts with both evidence lists, each
 * evidence's source and the fact's dispute costs about 10,300, and a page of 50 disputes with every
 * alternative and its evidence about 11,600: twice the largest pages a dashboard asks for.
 */
export const MAX_COST = 25_000;
/** A list without paging (Fact.supporting, ClaimAssessment.mentioning, ...) is counted as this many items. */
export const UNPAGED_LIST_ESTIMATE = 5;
/** Lists whose size is known better than that. */
const LIST_ESTIMATES: Record<string, number> = {
  // A dispute is one question with a few rival answers.
  'Dispute.alternatives': 3,
  'CorpusStats.confidenceHistogram': 10,
};
/** Fields whose resolver does much more work than a lookup, with what each counts for. */
const FIELD_COSTS: Record<string, number> = {
  // Runs the claim through the NLP pipeline and scores it against the sources sharing its words (1 to
  // 35 ms on 1,683 articles, more on larger stores): ten per request.
  'Query.assessClaim': 2_500,
};
/** Tokens in one query document. Sandbox's introspection query has about 250; 1 MiB of `a a a ...` has 500,000. */
export const MAX_TOKENS = 5_000;
/** A substring filter longer than a paragraph matches nothing, and SQLite refuses LIKE patterns over 50,000 bytes. */
export const MAX_FILTER_TEXT_LENGTH = 1_000;
/** Milliseconds one request may take from arrival to answer before it is stopped with code TIMEOUT. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}; got ${first}. Page with after: pageInfo.endCursor.`);
  }
  return first;
}

/** The filter of `facts`, checked before it reaches SQL. */
export function checkFactFilter(filter: { minConfidence?: number | null; text?: string | null }): void {
  const { minConfidence, text } = filter;
  if (minConfidence !== null && minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) {
    throw badInput(`filter.minConfidence must be between 0 and 1; got ${minConfidence}`);
  }
  if (typeof text === 'string' && text.length > MAX_FILTER_TEXT_LENGTH) {
    throw badInput(`filter.text is ${text.length} characters; the limit is ${MAX_FILTER_TEXT_LENGTH}`);
  }
}

export interface OperationMeasure {
  /** Deepest nesting of fields, introspection fields excluded. */
  depth: number;
  /** Aliased fields, counted once per place a fragment is spread. */
  aliases: number;
  /** Estimated fields fetched: each field counts 1, times the size of every list it sits in. */
  cost: number;
}

/**
 * Measures an operation against the schema with its variables: a connection counts its `first` items,
 * any other list of objects UNPAGED_LIST_ESTIMATE. Fragments are measured once each, so a document that
 * spreads fragments into each other exponentially costs linear time to measure (and is rejected).
 */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): OperationMeasure {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const memo = new Map<string, OperationMeasure>();
  const inProgress = new Set<string>();

  function pageSizeOf(field: FieldNode, parent: GraphQLCompositeType): number {
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 1;
    const definition = parent.getFields()[field.name.value]?.args.find((a) => a.name === 'first');
    if (!definition) return MAX_PAGE_SIZE;
    const given = field.arguments?.find((a) => a.name.value === 'first');
    const value: unknown = given ? valueFromAST(given.value, definition.type, variables) : definition.defaultValue;
    // An out-of-range page size is refused by the resolver; here it only must not make the estimate small.
    return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), 0), MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
  }

  function measureSet(set: SelectionSetNode | undefined, parent: GraphQLCompositeType, pageSize: number): OperationMeasure {
    const total: OperationMeasure = { depth: 0, aliases: 0, cost: 0 };
    if (!set) return total;
    const add = (inner: OperationMeasure, depthOffset: number): void => {
      total.depth = Math.max(total.depth, inner.depth + depthOffset);
      total.aliases += inner.aliases;
      total.cost += inner.cost;
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        // Introspection (Sandbox's schema query is deep) reads the schema, not the store.
        if (selection.name.value.startsWith('__')) continue;
        const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        const named = definition ? getNamedType(definition.type) : undefined;
        let inner: OperationMeasure = { depth: 0, aliases: 0, cost: 0 };
        let items = 1;
        if (definition && named && isCompositeType(named)) {
          const isConnection = named.name.endsWith('Connection') && definition.args.some((a) => a.name === 'first');
          inner = measureSet(selection.selectionSet, named, isConnection ? pageSizeOf(selection, parent) : 1);
          if (parent.name.endsWith('Connection') && selection.name.value === 'edges') items = pageSize;
          else if (isListType(getNullableType(definition.type))) items = LIST_ESTIMATES[`${parent.name}.${selection.name.value}`] ?? UNPAGED_LIST_ESTIMATE;
        }
        const own = FIELD_COSTS[`${parent.name}.${selection.name.value}`] ?? 1;
        add({ depth: inner.depth, aliases: inner.aliases * items + (selection.alias ? 1 : 0), cost: own + inner.cost * items }, 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        add(measureSet(selection.selectionSet, condition && isCompositeType(condition) ? condition : parent, pageSize), 0);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const key = `${name}/${pageSize}`;
        if (!fragment || inProgress.has(name)) continue; // unknown or cyclic fragments fail validation anyway
        let measured = memo.get(key);
        if (!measured) {
          const condition = schema.getType(fragment.typeCondition.name.value);
          inProgress.add(name);
          measured = measureSet(fragment.selectionSet, condition && isCompositeType(condition) ? condition : parent, pageSize);
          inProgress.delete(name);
          memo.set(key, measured);
        }
        add(measured, 0);
      }
    }
    return total;
  }

  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return root ? measureSet(operation.selectionSet, root, 1) : { depth: 0, aliases: 0, cost: 0 };
}

function limitError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** The first limit an operation breaks, as the error to send, or null when it is within all of them. */
export function checkOperation(measure: OperationMeasure): GraphQLError | null {
  if (measure.depth > MAX_DEPTH) return limitError(`Query is nested ${measure.depth} levels deep; the limit is ${MAX_DEPTH}.`, 'QUERY_TOO_DEEP');
  if (measure.aliases > MAX_ALIASES) return limitError(`Query uses ${measure.aliases} aliases; the limit is ${MAX_ALIASES}.`, 'TOO_MANY_ALIASES');
  if (measure.cost > MAX_COST) {
    return limitError(
      `Query would fetch about ${measure.cost} fields; the limit is ${MAX_COST}. Each list counts its page size (first) ` +
        `or ${UNPAGED_LIST_ESTIMATE} when it has none, times the lists it is nested in: ask for smaller pages or fewer nested lists.`,
      'QUERY_TOO_COMPLEX',
    );
  }
  return null;
}

/** What the deadline check needs of a request's context. */
export interface DeadlineContext {
  /** performance.now() after which the request stops resolving fields. */
  deadlineMs: number;
  /** The TIMEOUT error, once a resolver found the deadline past: the answer carries it alone. */
  timedOut: GraphQLError | null;
}

/**
 * Makes every resolver of the schema that does work (each query, each field resolver) check the
 * request's deadline before it runs; a request past it stops resolving and is answered with one TIMEOUT
 * error (limitsPlugin). A field that reads a property of its parent has no resolver and is not checked:
 * it cannot run long, and checking each of the thousands of fields of a page (Apollo's willResolveField
 * hook wraps every field of the schema in its own resolver) cost more than resolving them. A resolver
 * already running is not interrupted (they are synchronous SQLite reads or one assessClaim), so a
 * request can overrun by at most one resolver. Call it once per schema.
 */
export function checkDeadlines(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, context: DeadlineContext, info) => {
        if (performance.now() > context.deadlineMs) {
          context.timedOut ??= new GraphQLError('The request took longer than its time limit and was stopped.', { extensions: { code: 'TIMEOUT' } });
          throw context.timedOut;
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/** Measures kept per document: Apollo hands the same parsed document to every request with its text. */
const measures = new WeakMap<DocumentNode, Map<string, OperationMeasure>>();
/** A document sent with ever new variables (a claim per request) keeps the measures of the latest ones. */
const MEASURES_PER_DOCUMENT = 64;
/** Keys longer than this are not kept, so the cache holds at most 64 x 4 KB per document. */
const MAX_MEASURE_KEY_LENGTH = 4_096;

/**
 * The measure of an operation with the request's variables (so `first: $n` counts what $n asks for),
 * computed once per document, operation and variables: a dashboard sends the same few.
 */
function measureCached(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): OperationMeasure {
  let byKey = measures.get(document);
  if (!byKey) {
    byKey = new Map();
    measures.set(document, byKey);
  }
  const key = `${operation.name?.value ?? ''}\u0000${JSON.stringify(variables)}`;
  let measure = byKey.get(key);
  if (!measure) {
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    // Variables that do not coerce are refused by execution with BAD_USER_INPUT; measure with none.
    measure = measureOperation(schema, document, operation, coerced.coerced ?? {});
    // Long variables (a 2,000-character claim, or a megabyte of junk) are measured each time, not kept.
    if (key.length <= MAX_MEASURE_KEY_LENGTH) {
      if (byKey.size >= MEASURES_PER_DOCUMENT) byKey.clear();
      byKey.set(key, measure);
    }
  }
  return measure;
}

/** The first limit an operation with these variables breaks, as the error to send, or null. */
export function operationLimitError(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): GraphQLError | null {
  return checkOperation(measureCached(schema, document, operation, variables));
}

/**
 * Apollo plugin enforcing the operation limits (with the request's variables, so `first: $n` counts
 * what $n asks for) and answering a request that ran past its deadline (checkDeadlines) with its one
 * TIMEOUT error instead of one error per field that was not resolved. It has no willResolveField hook
 * on purpose: with one, Apollo wraps every field of the schema.
 */
export function limitsPlugin(): ApolloServerPlugin<BaseContext & DeadlineContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const error = operationLimitError(schema, document, operation, request.variables ?? {});
          if (error) throw error;
        },
        async willSendResponse({ response, contextValue }) {
          const { timedOut } = contextValue;
          if (timedOut && response.body.kind === 'single') {
            response.body.singleResult.data = null;
            response.body.singleResult.errors = [{ message: timedOut.message, extensions: { code: 'TIMEOUT' } }];
          }
        },
      };
    },
  };
}
