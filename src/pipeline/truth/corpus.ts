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
  /**
   * With `minClaims`, a corpus may pass over the items of fewer claims without visiting them, and then
   * returns how many claims those items hold; one that visits every item returns nothing.
   */
  forEachItem(visit: (item: number, claims: ItemClaims) => void, minClaims?: number): number | void;
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
  const builder = memoryCorpusBuilder();
  for (const claim of claims) builder.addClaim(claim);
  return builder.finish(values, itemRecords);
}

/**
 * A memory corpus built one claim at a time, for a caller that makes its claims as it goes: it need
 * not hold them all as records first (at 16,000 articles, 450,000 records of about 150 bytes).
 */
export interface MemoryCorpusBuilder {
  /** Adds a claim; within an item, claims keep the order they were added in. */
  addClaim(claim: ClaimRecord): void;
  /** The corpus of the claims added (as memoryCorpus with the same records). The builder is spent. */
  finish(values?: readonly ValueRecord[], itemRecords?: readonly ItemRecord[]): MemoryCorpus;
}

export function memoryCorpusBuilder(): MemoryCorpusBuilder {
  const added = addedClaims();
  return {
    addClaim: added.add,
    // The corpus is made in a function of its own so that forEachItem's closure holds only the
    // columns, not the maps that built them (a closure keeps every variable of its scope that any
    // closure there uses).
    finish: (values = [], itemRecords = []) => corpusOf(itemColumns(added, values, itemRecords)),
  };
}

function corpusOf(columns: ItemColumns): MemoryCorpus {
  return {
    sourceCount: columns.sourceNames.length,
    itemCount: columns.itemNames.length,
    sourceNames: columns.sourceNames,
    itemNames: columns.itemNames,
    forEachItem(visit, minClaims = 0) {
      const { candidates, falseValues, ends } = columns;
      let passedOver = 0;
      for (let i = 0; i < candidates.length; i++) {
        const start = i === 0 ? 0 : (ends[i - 1] as number);
        const end = ends[i] as number;
        // No views are cut for an item the caller does not want (fitEngine passes over the items of
        // one claim: three in four of the 1,683 FNC-1 bodies, in every iteration).
        if (end - start < minClaims) {
          passedOver += end - start;
          continue;
        }
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
      return passedOver;
    },
  };
}

/** Claims as they were added: each one's item, source, candidate and copy group as numbers. */
interface AddedClaims {
  add(claim: ClaimRecord): void;
  count(): number;
  sourceNames(): string[];
  itemNames(): string[];
  /** Each item's candidate values in order of first claim. */
  candidateValues: string[][];
  /** Claim k's item, source, candidate and copy group (-1 for none) are entries 4k to 4k + 3. */
  numbers(): Int32Array;
  weights(): Float64Array;
  flags(): Uint8Array;
}

/** A longer typed array with the same start, for columns that grow as claims are added. */
function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T, longer: T): T {
  longer.set(array);
  return longer;
}

function addedClaims(): AddedClaims {
  const sourceIds = new Map<string, number>();
  const itemIds = new Map<string, number>();
  const candidateValues: string[][] = [];
  // Keyed by item index and value: each item's candidate for a value.
  const candidateOf = new Map<string, number>();
  // Keyed by item index and copy group: the group's number, its item's groups numbered in order of first claim.
  const groupOf = new Map<string, number>();
  const groupCounts: number[] = [];
  let numbers = new Int32Array(0);
  let weights = new Float64Array(0);
  let flags = new Uint8Array(0);
  let count = 0;
  return {
    add(claim) {
      let s = sourceIds.get(claim.source);
      if (s === undefined) sourceIds.set(claim.source, (s = sourceIds.size));
      let i = itemIds.get(claim.item);
      if (i === undefined) {
        itemIds.set(claim.item, (i = itemIds.size));
        candidateValues.push([]);
        groupCounts.push(0);
      }
      const key = `${i}\u0000${claim.value}`;
      let c = candidateOf.get(key);
      if (c === undefined) {
        const own = candidateValues[i] as string[];
        candidateOf.set(key, (c = own.length));
        own.push(claim.value);
      }
      let g = -1;
      if (claim.copyGroup) {
        const groupKey = `${i}\u0000${claim.copyGroup}`;
        g = groupOf.get(groupKey) ?? -1;
        if (g < 0) {
          groupOf.set(groupKey, (g = groupCounts[i] as number));
          groupCounts[i] = g + 1;
        }
      }
      if (count === weights.length) {
        // Doubled, as an array's push grows it.
        const room = Math.max(1024, 2 * count);
        numbers = grown(numbers, new Int32Array(4 * room));
        weights = grown(weights, new Float64Array(room));
        flags = grown(flags, new Uint8Array(room));
      }
      numbers[4 * count] = i;
      numbers[4 * count + 1] = s;
      numbers[4 * count + 2] = c;
      numbers[4 * count + 3] = g;
      weights[count] = Math.min(1, Math.max(0, claim.certainty ?? 1));
      flags[count] = (claim.isHedged ? HEDGED : 0) | (claim.isSecondHand ? SECOND_HAND : 0);
      count += 1;
    },
    count: () => count,
    sourceNames: () => [...sourceIds.keys()],
    itemNames: () => [...itemIds.keys()],
    candidateValues,
    numbers: () => numbers,
    weights: () => weights,
    flags: () => flags,
  };
}

function itemColumns(added: AddedClaims, values: readonly ValueRecord[], itemRecords: readonly ItemRecord[]): ItemColumns {
  const falseValuesOf = new Map(itemRecords.map((r) => [r.item, r.falseValues]));
  const typed = new Map<string, ValueRecord>();
  for (const v of values) typed.set(`${v.item}\u0000${v.value}`, v);
  const itemNames = added.itemNames();
  const candidates = added.candidateValues.map((own, i) =>
    own.map((value): Candidate => {
      const record = typed.get(`${itemNames[i] as string}\u0000${value}`);
      return { key: value, display: record?.display ?? record?.typed?.display ?? value, typed: record?.typed ?? null, isBound: record?.isBound ?? false };
    }),
  );
  const n = added.count();
  const numbers = added.numbers();
  const weights = added.weights();
  const flags = added.flags();
  const counts = new Int32Array(itemNames.length);
  for (let k = 0; k < n; k++) {
    const i = numbers[4 * k] as number;
    counts[i] = (counts[i] as number) + 1;
  }
  const ends = new Int32Array(itemNames.length);
  let total = 0;
  counts.forEach((count, i) => (ends[i] = total += count));
  const out = { sources: new Int32Array(n), values: new Int32Array(n), weights: new Float64Array(n), flags: new Uint8Array(n), groups: new Int32Array(n) };
  // Each item's next free entry: its claims in the order they were added.
  const next = Int32Array.from(ends, (end, i) => end - (counts[i] as number));
  for (let k = 0; k < n; k++) {
    const i = numbers[4 * k] as number;
    const j = next[i] as number;
    next[i] = j + 1;
    out.sources[j] = numbers[4 * k + 1] as number;
    out.values[j] = numbers[4 * k + 2] as number;
    out.groups[j] = numbers[4 * k + 3] as number;
    out.weights[j] = weights[k] as number;
    out.flags[j] = flags[k] as number;
  }
  return {
    sourceNames: added.sourceNames(),
    itemNames,
    candidates,
    falseValues: itemNames.map((name) => falseValuesOf.get(name)),
    ends,
    ...out,
  };
}
