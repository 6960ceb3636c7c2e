// The shape every truth-discovery algorithm here reads: data items, each with its candidate values and
// the claims about it, visited one item at a time so that a corpus larger than memory can be streamed
// from disk (one visit per iteration). Also an in-memory corpus built from plain claim records.

import type { TypedValue } from './values.js';

/** One candidate value of a data item. */
export interface Candidate {
  /** Identity after normalisation: claims with equal keys claim this value. */
  key: string;
  /** Human form, for outputs and explanations. */
  display: string;
  /** The typed value, for closeness between candidates; null when only exact agreement counts. */
  typed: TypedValue | null;
  /**
   * A bound rather than a value ("at least 7", an author list marked "et al."): it supports the values it
   * fits but is never itself chosen as the answer, unless the item has nothing else.
   */
  isBound: boolean;
}

/** Flags of a claim, as a bit set in `ItemClaims.flags`. */
export const HEDGED = 1;
/** Attributed to someone else ("officials said"), i.e. second-hand. */
export const SECOND_HAND = 2;

/** The claims about one data item, as parallel arrays (one entry per claim). */
export interface ItemClaims {
  candidates: readonly Candidate[];
  /** Source index of each claim, in [0, sourceCount). */
  sources: ArrayLike<number>;
  /** Candidate index of each claim, in [0, candidates.length). */
  values: ArrayLike<number>;
  /** How sure the extractor is that it read the claim right, in [0, 1] (default 1). */
  weights?: ArrayLike<number>;
  /** HEDGED | SECOND_HAND bits, for explanations. */
  flags?: ArrayLike<number>;
  /** Copy group of each claim (-1 for none): claims of one group restate one statement (a shared quote). */
  groups?: ArrayLike<number>;
  /**
   * How many false values the item's question admits, when the caller knows (1 for a yes/no question:
   * the only other answer is "no"). Otherwise the engine's estimate N is used.
   */
  falseValues?: number;
}

/** A set of data items with their claims. `forEachItem` may be called many times and must visit the same items in the same order. */
export interface ClaimCorpus {
  sourceCount: number;
  itemCount: number;
  forEachItem(visit: (item: number, claims: ItemClaims) => void): void;
}

/** One claim as a caller writes it (see engine.ts for the meaning of each field). */
export interface ClaimRecord {
  source: string;
  item: string;
  value: string;
  certainty?: number;
  isHedged?: boolean;
  isSecondHand?: boolean;
  copyGroup?: string | null;
}

/** A candidate value with its typed form, keyed by item and value. */
export interface ValueRecord {
  item: string;
  value: string;
  display?: string;
  typed?: TypedValue | null;
  isBound?: boolean;
}

/** What the caller knows about a data item's question. */
export interface ItemRecord {
  item: string;
  /** Number of false values the question admits (1 for yes/no); see ItemClaims.falseValues. */
  falseValues?: number;
}

export interface MemoryCorpus extends ClaimCorpus {
  sourceNames: string[];
  itemNames: string[];
  /** The records' indices of each item's claims, in claim order (for mapping results back). */
  claimIndex: number[][];
}

/**
 * Builds a corpus from records. Values are keyed by their `value` string; `values` adds typed forms and
 * bounds for closeness. Claims with no value record get an untyped candidate.
 */
export function memoryCorpus(claims: readonly ClaimRecord[], values: readonly ValueRecord[] = [], itemRecords: readonly ItemRecord[] = []): MemoryCorpus {
  const falseValuesOf = new Map(itemRecords.map((r) => [r.item, r.falseValues]));
  const sourceIds = new Map<string, number>();
  const itemIds = new Map<string, number>();
  const typed = new Map<string, ValueRecord>();
  for (const v of values) typed.set(`${v.item}\u0000${v.value}`, v);
  const items: Array<{ candidates: Candidate[]; keys: Map<string, number>; claims: number[]; groups: Map<string, number> }> = [];
  claims.forEach((claim, index) => {
    let s = sourceIds.get(claim.source);
    if (s === undefined) sourceIds.set(claim.source, (s = sourceIds.size));
    let i = itemIds.get(claim.item);
    if (i === undefined) {
      itemIds.set(claim.item, (i = itemIds.size));
      items.push({ candidates: [], keys: new Map(), claims: [], groups: new Map() });
    }
    const item = items[i];
    if (!item) return;
    if (!item.keys.has(claim.value)) {
      const record = typed.get(`${claim.item}\u0000${claim.value}`);
      item.keys.set(claim.value, item.candidates.length);
      item.candidates.push({ key: claim.value, display: record?.display ?? record?.typed?.display ?? claim.value, typed: record?.typed ?? null, isBound: record?.isBound ?? false });
    }
    item.claims.push(index);
  });
  const built = items.map((item) => {
    const n = item.claims.length;
    const out = { sources: new Int32Array(n), values: new Int32Array(n), weights: new Float64Array(n), flags: new Uint8Array(n), groups: new Int32Array(n) };
    item.claims.forEach((index, j) => {
      const claim = claims[index];
      if (!claim) return;
      out.sources[j] = sourceIds.get(claim.source) ?? 0;
      out.values[j] = item.keys.get(claim.value) ?? 0;
      out.weights[j] = Math.min(1, Math.max(0, claim.certainty ?? 1));
      out.flags[j] = (claim.isHedged ? HEDGED : 0) | (claim.isSecondHand ? SECOND_HAND : 0);
      let g = -1;
      if (claim.copyGroup) {
        g = item.groups.get(claim.copyGroup) ?? item.groups.size;
        item.groups.set(claim.copyGroup, g);
      }
      out.groups[j] = g;
    });
    return { candidates: item.candidates, ...out };
  });
  const names = [...itemIds.keys()];
  built.forEach((b, i) => {
    const hint = falseValuesOf.get(names[i] ?? '');
    if (hint !== undefined) Object.assign(b, { falseValues: hint });
  });
  return {
    sourceCount: sourceIds.size,
    itemCount: items.length,
    sourceNames: [...sourceIds.keys()],
    itemNames: [...itemIds.keys()],
    claimIndex: items.map((item) => item.claims),
    forEachItem(visit) {
      built.forEach((claimsOfItem, i) => visit(i, claimsOfItem));
    },
  };
}
