// Calls the resolver methods of the type-graphql classes without type-graphql's per-call wrapper. The
// classes still declare the schema and what each method receives; only the call is made here.

import { getMetadataStorage } from 'type-graphql';
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

type Method = (...params: unknown[]) => unknown;
type ParamGetter = (root: unknown, args: Record<string, unknown>, context: unknown) => unknown;

interface ResolverMetadata {
  methodName: string;
  schemaName: string;
  target: Function;
  params?: ReadonlyArray<{ kind: string; index: number; propertyName?: string; name?: string; getType?: unknown }>;
  middlewares?: unknown[];
  roles?: unknown[];
}

/**
 * The getter of one parameter, or null for a kind this does not pass the way type-graphql would (it
 * then keeps its own wrapper): the root and the context as they are, one argument's value, or all
 * arguments as graphql-jit coerced them. type-graphql copies an ArgsType's values into an instance of
 * its class; ours declare fields only (no methods, no initialisers), so the plain object reads the same.
 */
function getterOf(param: NonNullable<ResolverMetadata['params']>[number], inputClasses: ReadonlySet<unknown>): ParamGetter | null {
  if (param.kind === 'root' && param.propertyName === undefined && param.getType === undefined) return (root) => root;
  if (param.kind === 'context' && param.propertyName === undefined) return (_root, _args, context) => context;
  if (param.kind === 'args') return (_root, args) => args;
  if (param.kind === 'arg' && param.name !== undefined && typeof param.getType === 'function') {
    // An input object would become an instance of its class; a scalar is passed as it is.
    if (inputClasses.has((param.getType as () => unknown)())) return null;
    const name = param.name;
    return (_root, args) => args[name];
  }
  return null;
}

/**
 * Replaces type-graphql's wrapper around each query and field resolver that has no middleware and no
 * roles (the schema is built with validate: false) by a direct call of the method on one instance of
 * its class. Per call the wrapper made a resolver-data object, looked the instance up in a list, sorted
 * the method's parameter metadata (a fresh work array each time: 55 KB a page of facts) and mapped it;
 * a page of 20 facts calls 61 resolvers. Call once per schema, before anything wraps the resolvers.
 */
export function callResolversDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const inputClasses = new Set<unknown>(storage.inputTypes.map((t) => t.target));
  const typeNames = new Map<unknown, string>(storage.objectTypes.map((t) => [t.target, t.name]));
  const instances = new Map<Function, Record<string, Method>>();

  function directCall(metadata: ResolverMetadata): GraphQLFieldResolver<unknown, unknown> | null {
    if ((metadata.middlewares?.length ?? 0) > 0 || (metadata.roles?.length ?? 0) > 0) return null;
    const params = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index);
    const getters = params.map((p) => getterOf(p, inputClasses));
    if (getters.some((g) => g === null) || params.some((p, i) => p.index !== i)) return null;
    let instance = instances.get(metadata.target);
    if (!instance) {
      instance = new (metadata.target as new () => Record<string, Method>)();
      instances.set(metadata.target, instance);
    }
    const self = instance;
    const method = self[metadata.methodName];
    if (typeof method !== 'function') return null;
    const get = getters as ParamGetter[];
    // The common shapes without an array per call.
    if (get.length === 1) {
      const [a] = get as [ParamGetter];
      return (root, args, context) => method.call(self, a(root, args, context));
    }
    if (get.length === 2) {
      const [a, b] = get as [ParamGetter, ParamGetter];
      return (root, args, context) => method.call(self, a(root, args, context), b(root, args, context));
    }
    return (root, args, context) => method.apply(self, get.map((g) => g(root, args, context)));
  }

  const queryFields = schema.getQueryType()?.getFields() ?? {};
  for (const query of storage.queries) {
    const field = queryFields[query.schemaName];
    const resolve = directCall(query);
    if (field && resolve) field.resolve = resolve;
  }
  for (const fieldResolver of storage.fieldResolvers) {
    const typeName = typeNames.get(fieldResolver.getObjectType?.());
    const type = typeName === undefined ? undefined : schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldResolver.schemaName] : undefined;
    const resolve = fieldResolver.kind === 'external' ? directCall(fieldResolver) : null;
    if (field && resolve) field.resolve = resolve;
  }
  return schema;
}
