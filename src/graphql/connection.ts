// Relay connections: edges with opaque cursors, pageInfo, totalCount. Cursors encode an offset.

import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { checkPageSize } from './limits.js';

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

export function connectionTypes<T extends object>(name: string, node: ClassType<T>): ClassType<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list, across pages.' })
    totalCount!: number;
  }
  return Connection;
}

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64');
}

/** The offset after a cursor (0 without one); a cursor this API did not issue is BAD_USER_INPUT. */
export function offsetAfter(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(after) ? Buffer.from(after, 'base64').toString('utf8') : '';
  const offset = decoded.startsWith(CURSOR_PREFIX) ? Number(decoded.slice(CURSOR_PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new GraphQLError(`"${after.slice(0, 80)}" is not a cursor this API issued`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return offset + 1;
}

export function toConnection<T>(items: T[], offset: number, totalCount: number): ConnectionShape<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + items.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * One page of a list as a connection: checks the page size, reads the cursor, fetches `first` items
 * after it and presents them. Every list field of the API goes through here.
 */
export function paginate<T, N>(
  args: { first: number; after?: string | null },
  fetch: (offset: number, limit: number) => { items: T[]; totalCount: number },
  present: (item: T) => N,
): ConnectionShape<N> {
  const first = checkPageSize(args.first);
  const offset = offsetAfter(args.after);
  const page = fetch(offset, first);
  return toConnection(page.items.map(present), offset, page.totalCount);
}
