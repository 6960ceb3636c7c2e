// Global ids (Relay): base64 of "Type:id", so any object can be fetched again with node(id).

import { Field, ID, InterfaceType } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { CorroborateError } from '../errors.js';

export type NodeTypeName = 'Fact' | 'Source' | 'Dispute' | 'Entity';
const TYPE_NAMES: readonly NodeTypeName[] = ['Fact', 'Source', 'Dispute', 'Entity'];

export function toGlobalId(type: NodeTypeName, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
}

/** The type and store id inside a global id; a malformed id is the caller's mistake (BAD_USER_INPUT). */
export function fromGlobalId(globalId: string): { type: NodeTypeName; id: string } {
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(globalId) ? Buffer.from(globalId, 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon) as NodeTypeName;
  if (colon < 1 || !TYPE_NAMES.includes(type) || decoded.length === colon + 1) {
    throw new GraphQLError(`"${globalId.slice(0, 80)}" is not an id this API issued`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return { type, id: decoded.slice(colon + 1) };
}

/** The store id inside a global id that must name a `type`: another type's id is the caller's mistake. */
export function idOfType(globalId: string, type: NodeTypeName): string {
  const global = fromGlobalId(globalId);
  if (global.type !== type) {
    throw new GraphQLError(`"${globalId.slice(0, 80)}" is the id of a ${global.type}, not of a ${type}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return global.id;
}

/**
 * For an id or key that is well formed but names nothing: the field is null, and this error (code
 * NOT_FOUND) says why, as GitHub's API does, so that a stale link is not mistaken for an empty answer.
 */
export function notFound(what: string, id: string, label: 'id' | 'key' = 'id'): CorroborateError {
  return new CorroborateError('NOT_FOUND', `No ${what} has the ${label} "${id.slice(0, 80)}"${id.length > 80 ? '…' : ''}`);
}

// Resolved to its object type by the __typename every presented object carries (schema.ts).
@InterfaceType({ description: 'An object with a global id that node(id) fetches again.' })
export abstract class Node {
  @Field(() => ID, { description: 'Global id: stable across rebuilds of the same articles.' })
  id!: string;
}
