// Limits that keep one request from costing the server more than a dashboard page should: page size,
// query depth, and the number of fields selected. Each fails with a clear message and extensions.code.

import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Deep enough for facts -> evidence -> source and disputes -> alternatives -> evidence -> source. */
export const MAX_DEPTH = 12;
/** Fields (with aliases and fragments expanded) one operation may select. */
export const MAX_SELECTIONS = 500;

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first must be between 1 and ${MAX_PAGE_SIZE}; got ${first}. Page with after: pageInfo.endCursor.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return first;
}

interface Measure {
  depth: number;
  selections: number;
}

function measure(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): Measure {
  if (!set) return { depth: 0, selections: 0 };
  let depth = 0;
  let selections = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection (Sandbox's schema query is deep) is exempt: it reads the schema, not the store.
      if (selection.name.value.startsWith('__')) continue;
      const inner = measure(selection.selectionSet, fragments, seen);
      depth = Math.max(depth, 1 + inner.depth);
      selections += 1 + inner.selections;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = measure(selection.selectionSet, fragments, seen);
      depth = Math.max(depth, inner.depth);
      selections += inner.selections;
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      const inner = measure(fragment.selectionSet, fragments, new Set([...seen, name]));
      depth = Math.max(depth, inner.depth);
      selections += inner.selections;
    }
  }
  return { depth, selections };
}

/** Rejects operations nested deeper than `MAX_DEPTH` or selecting more than `MAX_SELECTIONS` fields. */
export const costLimitRule: ValidationRule = (context: ValidationContext) => {
  const document = context.getDocument();
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return {
    OperationDefinition(node) {
      const { depth, selections } = measure(node.selectionSet, fragments, new Set());
      const nodes: ASTNode[] = [node];
      if (depth > MAX_DEPTH) {
        context.reportError(new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${MAX_DEPTH}.`, { nodes, extensions: { code: 'QUERY_TOO_DEEP' } }));
      }
      if (selections > MAX_SELECTIONS) {
        context.reportError(new GraphQLError(`Query selects ${selections} fields; the limit is ${MAX_SELECTIONS}.`, { nodes, extensions: { code: 'QUERY_TOO_COMPLEX' } }));
      }
    },
  };
};
