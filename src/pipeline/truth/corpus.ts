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
}

/**
 * The claims of a memory corpus, item after item, as columns: item i's claims are entries
 * [ends[i - 1] (0 for the first), ends[i]) of each column, in the records' order.
 */
interface ItemColumns {
  sourceNames: string[];
  itemNames: string[];
  candidates: Candidate[][];
  falseValues: Array<number | undefined>;
  ends: Int32Array;
  sources: Int32Array;
  values: Int32Array;
  weights: Float64Array;
  flags: Uint8Array;
  groups: Int32Array;
}

/**
 * Builds a corpus from records. Values are keyed by their `value` string; `values` adds typed forms and
 * bounds for closeness. Claims with no value record get an untyped candidate.
 *
 * The claims are held as one set of columns for the whole corpus, and each item's arrays are views cut
 * from them as it is visited (about 30 ns a view: 20 ms a pass at 16,000 articles). Five typed arrays of
 * its own per item, each with its own ArrayBuffer, cost about 1 KB of heap an item, most of the corpus:
 * at 16,000 articles the corpus was the largest thing built while facts are scored.
 */
export function memoryCorpus(claims: readonly ClaimRecord[], values: readonly ValueRecord[] = [], itemRecords: readonly ItemRecord[] = []): MemoryCorpus {
  // Built in a function of its own so that forEachItem's closure holds only the columns, not the maps
  // that built them (a closure keeps every variable of its scope that any closure there uses).
  const columns = itemColumns(claims, values, itemRecords);
  return {
    sourceCount: columns.sourceNames.length,
    itemCount: columns.itemNames.length,
    sourceNames: columns.sourceNames,
    itemNames: columns.itemNames,
    forEachItem(visit) {
      const { candidates, falseValues, ends } = columns;
      for (let i = 0; i < candidates.length; i++) {
        const start = i === 0 ? 0 : (ends[i - 1] as number);
        const end = ends[i] as number;
        visit(i, {
          candidates: candidates[i] as Candidate[],
          sources: columns.sources.subarray(start, end),
          values: columns.values.subarray(start, end),
          weights: columns.weights.subarray(start, end),
          flags: columns.flags.subarray(start, end),
          groups: columns.groups.subarray(start, end),
          falseValues: falseValues[i],
        });
      }
    },
  };
}

function itemColumns(claims: readonly ClaimRecord[], values: readonly ValueRecord[], itemRecords: readonly ItemRecord[]): ItemColumns {
  const falseValuesOf = new Map(itemRecords.map((r) => [r.item, r.falseValues]));
  const sourceIds = new Map<string, number>();
  const itemIds = new Map<string, number>();
  const typed = new Map<string, ValueRecord>();
  for (const v of values) typed.set(`${v.item}\u0000${v.value}`, v);
  const candidates: Candidate[][] = [];
  // Keyed by item index and value: each item's candidate for a value.
  const candidateOf = new Map<string, number>();
  const itemOf = new Int32Array(claims.length);
  const sourceOf = new Int32Array(claims.length);
  const valueOf = new Int32Array(claims.length);
  const counts: number[] = [];
  claims.forEach((claim, index) => {
    let s = sourceIds.get(claim.source);
    if (s === undefined) sourceIds.set(claim.source, (s = sourceIds.size));
    let i = itemIds.get(claim.item);
    if (i === undefined) {
      itemIds.set(claim.item, (i = itemIds.size));
      candidates.push([]);
      counts.push(0);
    }
    const own = candidates[i] as Candidate[];
    const key = `${i}\u0000${claim.value}`;
    let c = candidateOf.get(key);
    if (c === undefined) {
      const record = typed.get(`${claim.item}\u0000${claim.value}`);
      candidateOf.set(key, (c = own.length));
      own.push({ key: claim.value, display: record?.display ?? record?.typed?.display ?? claim.value, typed: record?.typed ?? null, isBound: record?.isBound ?? false });
    }
    itemOf[index] = i;
    sourceOf[index] = s;
    valueOf[index] = c;
    counts[i] = (counts[i] as number) + 1;
  });
  const itemNames = [...itemIds.keys()];
  const ends = new Int32Array(itemNames.length);
  let total = 0;
  counts.forEach((count, i) => (ends[i] = total += count));
  const n = claims.length;
  const out = { sources: new Int32Array(n), values: new Int32Array(n), weights: new Float64Array(n), flags: new Uint8Array(n), groups: new Int32Array(n) };
  // Each item's next free entry; its copy groups numbered in order of first claim, as its own.
  const next = Int32Array.from(ends, (end, i) => end - (counts[i] as number));
  const groupOf = new Map<string, number>();
  const groupCount = new Int32Array(itemNames.length);
  claims.forEach((claim, index) => {
    const i = itemOf[index] as number;
    const j = (next[i] as number);
    next[i] = j + 1;
    out.sources[j] = sourceOf[index] as number;
    out.values[j] = valueOf[index] as number;
    out.weights[j] = Math.min(1, Math.max(0, claim.certainty ?? 1));
    out.flags[j] = (claim.isHedged ? HEDGED : 0) | (claim.isSecondHand ? SECOND_HAND : 0);
    let g = -1;
    if (claim.copyGroup) {
      const key = `${i}\u0000${claim.copyGroup}`;
      g = groupOf.get(key) ?? -1;
      if (g < 0) {
        groupOf.set(key, (g = groupCount[i] as number));
        groupCount[i] = g + 1;
      }
    }
    out.groups[j] = g;
  });
  return {
    sourceNames: [...sourceIds.keys()],
    itemNames,
    // Copied to their own length: arrays grown by push keep spare room (17 entries for one candidate).
    candidates: candidates.map((own) => own.slice()),
    falseValues: itemNames.map((name) => falseValuesOf.get(name)),
    ends,
    ...out,
  };
}
