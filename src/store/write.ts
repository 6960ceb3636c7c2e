// Writes a pipeline result to a new SQLite file in one transaction, then renames it over the target:
// a reader sees the old store or the new one, never half of one, and a failed build leaves no trace.
// A build killed outright (kill -9, power cut) can leave its temporary file; the next build removes it.
// Rows can arrive as the pipeline makes them (openStoreWriter), so that a large build need not hold
// its claims and evidence until the end; writeStore writes a whole result at once. The file itself is
// written by store-file.ts, on this thread or on one of its own (write-thread.ts).

import type { Build, Claim, Dispute, Entity, Evidence, Fact, PipelineResult, ScoredSource, Source } from '../model.js';
import { CorroborateError } from '../errors.js';
import { openStoreFile, storeTempPath, type Row, type StoreFile } from './store-file.js';
import { openStoreFileOnThread } from './write-thread.js';

/** The rows of a build that are final before its facts are scored, in the order they are to be stored. */
interface StoreRows {
  writeClaims(claims: readonly Claim[]): void;
  writeEntities(entities: readonly Entity[]): void;
  /** Evidence in store order (its row id is its position); each quote is checked against its source's text. */
  writeEvidence(evidence: readonly Evidence[]): void;
}

export interface StoreWriter extends StoreRows {
  /** Writes the scored sources, facts and disputes and the build row, commits, and renames the file into place. */
  finish(rest: { sources: readonly ScoredSource[]; facts: readonly Fact[]; disputes: readonly Dispute[] }, build: Build): void;
  /** Closes and removes the temporary file; the store at the path is left as it was. */
  abort(): void;
}

export interface StoreWriterOptions {
  /**
   * Whether the file is written on a thread of its own (write-thread.ts): the rows are made here and
   * inserted there while the pipeline goes on. A database failure is then thrown at the next write
   * after it is known, or at finish.
   */
  onThread?: boolean;
}

// Rows are made and handed to the file this many at a time: a build's claims and evidence are not
// held a second time as rows (nor, written on a thread, as queued messages).
const ROWS_AT_ONCE = 2_000;

/** Hands `items` to `insert` as rows (made of each item and its position), ROWS_AT_ONCE at a time. */
function inChunks<T>(items: readonly T[], rowOf: (item: T, index: number) => Row, insert: (rows: Row[]) => void): void {
  for (let at = 0; at < items.length; at += ROWS_AT_ONCE) insert(items.slice(at, at + ROWS_AT_ONCE).map((item, i) => rowOf(item, at + i)));
}

/** Hands the rows of each item (several, or none) to `insert`, about ROWS_AT_ONCE at a time. */
function eachInChunks<T>(items: readonly T[], rowsOf: (item: T) => Row[], insert: (rows: Row[]) => void): void {
  let rows: Row[] = [];
  for (const item of items) {
    for (const row of rowsOf(item)) rows.push(row);
    if (rows.length >= ROWS_AT_ONCE) {
      insert(rows);
      rows = [];
    }
  }
  if (rows.length > 0) insert(rows);
}

function claimRow(c: Claim): Row {
  return [c.id, c.sourceKey, c.sentenceIndex, c.start, c.end, c.text, c.attribution ? JSON.stringify(c.attribution) : null, c.isHedged ? 1 : 0, c.isNegated ? 1 : 0, JSON.stringify(c.signature), JSON.stringify(c.value), JSON.stringify(c.entityIds), c.extractionCertainty];
}

function evidenceRow(e: Evidence): Row {
  return [e.factId, e.sourceKey, e.claimId, e.stance, e.quote, e.start, e.end, e.attribution, e.isHedged ? 1 : 0, e.weight];
}

/**
 * Opens a new store beside `path` for the build of `sources` (whose texts the evidence quotes are
 * checked against). Nothing is visible at `path` until finish(); after an error, call abort().
 */
export function openStoreWriter(path: string, sources: readonly Source[], options: StoreWriterOptions = {}): StoreWriter {
  const temp = storeTempPath(path);
  let file: StoreFile | null = options.onThread ? openStoreFileOnThread(path, temp) : openStoreFile(path, temp);
  const textOf = new Map(sources.map((s) => [s.key, s.text]));
  // The distinct sources that support each fact: a fact's supporter_count.
  const supporters = new Map<string, Set<string>>();
  // Every failure removes the temporary file before it is rethrown: the caller's abort() is then a no-op.
  const guard = <A extends unknown[]>(write: (open: StoreFile, ...args: A) => void) => (...args: A): void => {
    const open = file;
    if (!open) throw new CorroborateError('INVALID_ARGUMENT', `${path}: the store writer is closed`);
    try {
      write(open, ...args);
    } catch (error) {
      file = null;
      open.abort();
      throw error;
    }
  };
  return {
    writeClaims: guard((open, claims: readonly Claim[]) => inChunks(claims, claimRow, (rows) => open.insert('claim', rows))),
    writeEntities: guard((open, entities: readonly Entity[]) => {
      inChunks(entities, (e) => [e.id, e.name, e.type, e.mentions], (rows) => open.insert('entity', rows));
      eachInChunks(entities, (e) => e.aliases.map((alias) => [e.id, alias]), (rows) => open.insert('alias', rows));
    }),
    writeEvidence: guard((open, evidence: readonly Evidence[]) => {
      // Every quote must be the exact slice of its source: the product's central promise.
      for (const e of evidence) {
        const text = textOf.get(e.sourceKey);
        if (text === undefined) throw new CorroborateError('INVALID_ARGUMENT', `evidence for fact ${e.factId} names unknown source ${e.sourceKey}`);
        if (text.slice(e.start, e.end) !== e.quote) {
          throw new CorroborateError('INVALID_ARGUMENT', `evidence for fact ${e.factId} in ${e.sourceKey}: quote does not match span [${e.start}, ${e.end})`);
        }
      }
      for (const e of evidence) if (e.stance === 'SUPPORTS') supporters.set(e.factId, (supporters.get(e.factId) ?? new Set()).add(e.sourceKey));
      inChunks(evidence, evidenceRow, (rows) => open.insert('evidence', rows));
      // The pipeline writes claims, then evidence, once each: their indexes need not wait for finish.
      // (Rows written after an index is made only cost more to insert.)
      open.makeIndexes(['claims', 'evidence']);
    }),
    finish: guard((open, rest: { sources: readonly ScoredSource[]; facts: readonly Fact[]; disputes: readonly Dispute[] }, build: Build) => {
      const facts = [...rest.facts].sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
      open.beginFinish();
      inChunks(rest.sources, (s) => [s.key, s.title, s.outlet, s.url, s.publishedAt, s.dateline, s.text, JSON.stringify(s.noise), s.origin.path, s.origin.record, s.reliability], (rows) => open.insert('source', rows));
      // A fact's ordinal is its position in confidence order, a dispute's its position in the list.
      inChunks(facts, (f, ordinal) => [f.id, f.statement, f.kind, f.confidence, f.status, JSON.stringify(f.signature), JSON.stringify(f.value), f.disputeId, JSON.stringify(f.explanation), supporters.get(f.id)?.size ?? 0, ordinal], (rows) => open.insert('fact', rows));
      eachInChunks(facts, (f) => f.claimIds.map((claimId) => [f.id, claimId]), (rows) => open.insert('factClaim', rows));
      inChunks(rest.disputes, (d, ordinal) => [d.id, d.question, d.kind, ordinal], (rows) => open.insert('dispute', rows));
      eachInChunks(rest.disputes, (d) => d.factIds.map((factId, rank) => [d.id, factId, rank]), (rows) => open.insert('disputeFact', rows));
      open.insert('build', [[build.pipelineVersion, JSON.stringify(build.parameters), JSON.stringify(build.inputs), build.startedAt, build.finishedAt]]);
      open.finish();
      file = null;
    }),
    abort: () => {
      const open = file;
      file = null;
      open?.abort();
    },
  };
}

/** Writes a whole pipeline result as one new store at `path` (see openStoreWriter). */
export function writeStore(path: string, result: PipelineResult, build: Build): void {
  const writer = openStoreWriter(path, result.sources);
  writer.writeClaims(result.claims);
  writer.writeEntities(result.entities);
  writer.writeEvidence(result.evidence);
  writer.finish(result, build);
}
