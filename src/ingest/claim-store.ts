// Holds a claims table as integers (item, source, value), grouped by item for algorithms that visit the
// table many times. Strings are kept once each: source names, item names and each item's distinct raw
// values. The claims themselves stay in memory up to a budget; past it they are spilled to temporary
// files partitioned by item, so a table of any length is visited in memory bounded by the budget (plus
// one partition) and by the number of distinct items and values.

import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Claims held in memory before spilling: 4 million claims is 48 MB of integers. */
export const DEFAULT_MEMORY_CLAIMS = 4_000_000;
/** Partitions on disk once spilled; each is read whole when visited. */
const PARTITIONS = 64;
/** Bytes buffered per partition before a write. */
const WRITE_BUFFER_CLAIMS = 4096;

export interface ItemEntry {
  /** The data item's name parts: the object (ISBN, flight) and the property (empty for Book). */
  object: string;
  property: string;
  /** Distinct raw values in first-seen order; a claim's value is an index into this list. */
  rawValues: string[];
  rawIndex: Map<string, number>;
  /** The first time stamp seen on the item's claims, or null. */
  timestamp: string | null;
}

export interface ClaimStoreOptions {
  memoryClaims?: number;
  /** Where spill files go (default: the system's temp directory). */
  tempDir?: string;
}

export class ClaimStore {
  readonly sources: string[] = [];
  readonly items: ItemEntry[] = [];
  private readonly sourceIds = new Map<string, number>();
  private readonly itemIds = new Map<string, number>();
  private readonly memoryClaims: number;
  private readonly tempRoot: string;
  private chunk = new Int32Array(3 * 65536);
  private used = 0;
  private held: Int32Array[] = [];
  private heldCount = 0;
  private spillDir: string | null = null;
  private partitionFds: number[] = [];
  private partitionBuffers: Int32Array[] = [];
  private partitionUsed: number[] = [];
  private grouped: { order: Int32Array; starts: Int32Array; items: Int32Array; data: Int32Array } | null = null;
  private total = 0;
  private isReadOnly = false;

  constructor(options: ClaimStoreOptions = {}) {
    this.memoryClaims = Math.max(1, options.memoryClaims ?? DEFAULT_MEMORY_CLAIMS);
    this.tempRoot = options.tempDir ?? tmpdir();
  }

  get claimCount(): number {
    return this.total;
  }

  get isSpilled(): boolean {
    return this.spillDir !== null;
  }

  /** Adds one claim; an empty raw value is not a claim and is ignored (returns false). */
  add(source: string, object: string, property: string, rawValue: string, timestamp: string | null): boolean {
    if (this.isReadOnly) throw new Error('ClaimStore: add after finishReading');
    if (rawValue.trim() === '') return false;
    let s = this.sourceIds.get(source);
    if (s === undefined) {
      s = this.sources.length;
      this.sourceIds.set(source, s);
      this.sources.push(source);
    }
    const itemKey = `${object}\u0000${property}`;
    let i = this.itemIds.get(itemKey);
    if (i === undefined) {
      i = this.items.length;
      this.itemIds.set(itemKey, i);
      this.items.push({ object, property, rawValues: [], rawIndex: new Map(), timestamp });
    }
    const item = this.items[i] as ItemEntry;
    let v = item.rawIndex.get(rawValue);
    if (v === undefined) {
      v = item.rawValues.length;
      item.rawIndex.set(rawValue, v);
      item.rawValues.push(rawValue);
    }
    if (item.timestamp === null && timestamp !== null) item.timestamp = timestamp;
    this.push(i, s, v);
    return true;
  }

  /**
   * Ends reading: drops the per-item lookup of raw values (the largest structure after the values
   * themselves). Claims cannot be added afterwards.
   */
  finishReading(): void {
    for (const item of this.items) item.rawIndex = new Map();
    this.isReadOnly = true;
  }

  itemIndex(object: string, property: string): number | undefined {
    return this.itemIds.get(`${object}\u0000${property}`);
  }

  private push(item: number, source: number, value: number): void {
    this.grouped = null;
    this.total++;
    if (this.spillDir !== null) {
      this.writeToPartition(item, source, value);
      return;
    }
    if (this.used + 3 > this.chunk.length) {
      this.held.push(this.chunk);
      this.chunk = new Int32Array(this.chunk.length);
      this.used = 0;
    }
    this.chunk[this.used++] = item;
    this.chunk[this.used++] = source;
    this.chunk[this.used++] = value;
    this.heldCount++;
    if (this.heldCount > this.memoryClaims) this.spill();
  }

  private spill(): void {
    this.spillDir = mkdtempSync(join(this.tempRoot, 'corroborate-claims-'));
    for (let p = 0; p < PARTITIONS; p++) {
      this.partitionFds.push(openSync(join(this.spillDir, `part-${p}.bin`), 'w+'));
      this.partitionBuffers.push(new Int32Array(3 * WRITE_BUFFER_CLAIMS));
      this.partitionUsed.push(0);
    }
    for (const block of [...this.held, this.chunk.subarray(0, this.used)]) {
      for (let x = 0; x + 2 < block.length; x += 3) this.writeToPartition(block[x] ?? 0, block[x + 1] ?? 0, block[x + 2] ?? 0);
    }
    this.held = [];
    this.chunk = new Int32Array(0);
    this.used = 0;
    this.heldCount = 0;
  }

  private writeToPartition(item: number, source: number, value: number): void {
    const p = item % PARTITIONS;
    const buffer = this.partitionBuffers[p] as Int32Array;
    let used = this.partitionUsed[p] ?? 0;
    buffer[used++] = item;
    buffer[used++] = source;
    buffer[used++] = value;
    this.partitionUsed[p] = used;
    if (used === buffer.length) this.flushPartition(p);
  }

  private flushPartition(p: number): void {
    const used = this.partitionUsed[p] ?? 0;
    if (used === 0) return;
    const buffer = this.partitionBuffers[p] as Int32Array;
    writeSync(this.partitionFds[p] as number, new Uint8Array(buffer.buffer, buffer.byteOffset, used * 4));
    this.partitionUsed[p] = 0;
  }

  /**
   * Visits every item that has claims, with its claims' sources and raw-value indices. Items come in a
   * fixed order (the same on every call): ascending item index in memory, by partition once spilled.
   * The arrays are only valid during the call.
   */
  forEachGroup(visit: (item: number, sources: Int32Array, values: Int32Array) => void): void {
    if (this.spillDir === null) {
      const grouped = this.groupInMemory();
      for (let g = 0; g < grouped.items.length; g++) {
        const start = grouped.starts[g] ?? 0;
        const end = grouped.starts[g + 1] ?? 0;
        const sources = new Int32Array(end - start);
        const values = new Int32Array(end - start);
        for (let x = start; x < end; x++) {
          const at = 3 * (grouped.order[x] ?? 0);
          sources[x - start] = grouped.data[at + 1] ?? 0;
          values[x - start] = grouped.data[at + 2] ?? 0;
        }
        visit(grouped.items[g] ?? 0, sources, values);
      }
      return;
    }
    for (let p = 0; p < PARTITIONS; p++) this.flushPartition(p);
    for (let p = 0; p < PARTITIONS; p++) {
      const path = join(this.spillDir, `part-${p}.bin`);
      const bytes = statSync(path).size;
      if (bytes === 0) continue;
      const data = new Int32Array(bytes / 4);
      const fd = this.partitionFds[p] as number;
      let read = 0;
      while (read < bytes) read += readSync(fd, new Uint8Array(data.buffer, read, bytes - read), 0, bytes - read, read);
      this.visitGroups(data, visit);
    }
  }

  private groupInMemory(): { order: Int32Array; starts: Int32Array; items: Int32Array; data: Int32Array } {
    if (this.grouped) return this.grouped;
    const data = new Int32Array(this.heldCount * 3);
    let at = 0;
    for (const block of [...this.held, this.chunk.subarray(0, this.used)]) {
      data.set(block, at);
      at += block.length;
    }
    this.held = [data];
    this.chunk = new Int32Array(3 * 65536);
    this.used = 0;
    this.grouped = { ...groupByItem(data), data };
    return this.grouped;
  }

  private visitGroups(data: Int32Array, visit: (item: number, sources: Int32Array, values: Int32Array) => void): void {
    const { order, starts, items } = groupByItem(data);
    for (let g = 0; g < items.length; g++) {
      const start = starts[g] ?? 0;
      const end = starts[g + 1] ?? 0;
      const sources = new Int32Array(end - start);
      const values = new Int32Array(end - start);
      for (let x = start; x < end; x++) {
        const k = 3 * (order[x] ?? 0);
        sources[x - start] = data[k + 1] ?? 0;
        values[x - start] = data[k + 2] ?? 0;
      }
      visit(items[g] ?? 0, sources, values);
    }
  }

  /** Removes the spill files. The store cannot be visited afterwards. */
  dispose(): void {
    for (const fd of this.partitionFds) closeSync(fd);
    this.partitionFds = [];
    if (this.spillDir) rmSync(this.spillDir, { recursive: true, force: true });
    this.spillDir = null;
    this.held = [];
    this.grouped = null;
  }
}

/** Claim order grouped by item (stable: claims of an item keep their file order), by counting sort. */
function groupByItem(data: Int32Array): { order: Int32Array; starts: Int32Array; items: Int32Array } {
  const n = data.length / 3;
  const counts = new Map<number, number>();
  for (let x = 0; x < n; x++) counts.set(data[3 * x] ?? 0, (counts.get(data[3 * x] ?? 0) ?? 0) + 1);
  const items = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const slot = new Map<number, number>();
  const starts = new Int32Array(items.length + 1);
  items.forEach((item, g) => {
    slot.set(item, starts[g] ?? 0);
    starts[g + 1] = (starts[g] ?? 0) + (counts.get(item) ?? 0);
  });
  const order = new Int32Array(n);
  for (let x = 0; x < n; x++) {
    const item = data[3 * x] ?? 0;
    const at = slot.get(item) ?? 0;
    order[at] = x;
    slot.set(item, at + 1);
  }
  return { order, starts, items };
}
