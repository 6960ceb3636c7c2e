// Writes a pipeline result to a new SQLite file in one transaction, then renames it over the target:
// a reader sees the old store or the new one, never half of one, and a failed build leaves no trace.
// A build killed outright (kill -9, power cut) can leave its temporary file; the next build removes it.
// Rows can arrive as the pipeline makes them (openStoreWriter), so that a large build need not hold
// its claims and evidence until the end; writeStore writes a whole result at once.

import Database from 'better-sqlite3';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Build, Claim, Dispute, Entity, Evidence, Fact, PipelineResult, ScoredSource, Source } from '../model.js';
import { CorroborateError } from '../errors.js';
import { STORE_VERSION } from './version.js';

const SCHEMA = readFileSync(new URL('./schema.sql', import.meta.url), 'utf8');
// The secondary indexes are made after the rows are in: one sort per index instead of a random-page
// insert per row. The text is the schema's own, so sqlite_master reads the same either way.
const INDEXES = SCHEMA.match(/^CREATE INDEX [^;]+;/gm) ?? [];
const TABLES = INDEXES.reduce((schema, index) => schema.replace(index, ''), SCHEMA);

// SQLite's page cache while rows stream in, and for finish (see openStoreWriter), in KiB.
const STREAM_CACHE_KB = 16_384;
const FINISH_CACHE_KB = 65_536;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files (and their journals) of earlier builds of this store whose process is
 * gone. A build still running elsewhere keeps its file; a reused pid only delays the cleanup.
 */
function removeAbandonedTemps(path: string): void {
  const prefix = `.${basename(path)}.tmp-`;
  for (const name of readdirSync(dirname(path))) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)-[0-9a-f]{8}(-journal)?$/.exec(name.slice(prefix.length));
    if (match && !isAlive(Number(match[1]))) rmSync(join(dirname(path), name), { force: true });
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Makes the rename itself durable: without it a power cut can bring back the old directory entry.
 * Best effort: some file systems cannot sync a directory, and the store is already complete.
 */
function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // nothing to undo: the new store is in place either way
  }
}

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

/**
 * Opens a new store beside `path` for the build of `sources` (whose texts the evidence quotes are
 * checked against). Nothing is visible at `path` until finish(); after an error, call abort().
 */
export function openStoreWriter(path: string, sources: readonly Source[]): StoreWriter {
  mkdirSync(dirname(path), { recursive: true });
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new CorroborateError('INVALID_ARGUMENT', `${path}: is a directory; name the store file to write, such as ${join(path, 'store.db')}`);
  removeAbandonedTemps(path);
  const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  let db: Database.Database | null = null;
  const remove = (): void => {
    if (db?.open) db.close();
    db = null;
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
  };
  try {
    db = new Database(temp);
    // The rollback journal in memory: a failed build deletes the whole temporary file, so there is
    // nothing on disk to roll back to, and in a new file the journal holds only the few schema pages.
    // (better-sqlite3's defensive mode refuses journal_mode=OFF. The mode is not kept in the file: a
    // reader opens it in the default DELETE mode; see TOOLCHAIN.md on WAL files.)
    db.pragma('journal_mode = MEMORY');
    // Nobody reads the temporary file until it is renamed, and it is synced once before that (below):
    // syncing every statement (each CREATE TABLE is its own transaction) made the write ~180 ms.
    db.pragma('synchronous = OFF');
    // The ids are hashes, so every primary key takes its rows in random order: with SQLite's default
    // 2 MB page cache, writing a 16,000-article store (440 MB) spent 31 s moving index pages in and
    // out. While rows stream in, the keys taking them are the claims' and the entity aliases' (15 MB
    // at 16,000 articles; evidence has none until finish), so the cache is 16 MB until finish, which
    // raises it to 64 MB for the facts' and fact_claims' keys and the indexes. A cache of 64 MB from
    // the start was full by the time claims were written and stayed so (SQLite does not give the
    // memory back), through clustering and scoring, when the pipeline's heap is largest.
    // Allocated only as used: a five-article store stays small.
    db.pragma(`cache_size = -${STREAM_CACHE_KB}`);
    // Rows arrive in pipeline order (claims and evidence before the facts and sources they name), so
    // references are checked once, at the end (finish), rather than on every insert.
    db.pragma('foreign_keys = OFF');
    db.exec(TABLES);
    db.exec('BEGIN');
  } catch (error) {
    remove();
    throw error;
  }
  const open = db;
  const insert = {
    source: open.prepare('INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?,?,?)'),
    claim: open.prepare('INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)'),
    entity: open.prepare('INSERT INTO entities VALUES (?,?,?,?)'),
    alias: open.prepare('INSERT OR IGNORE INTO entity_aliases VALUES (?,?)'),
    fact: open.prepare('INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?)'),
    factClaim: open.prepare('INSERT OR IGNORE INTO fact_claims VALUES (?,?)'),
    evidence: open.prepare('INSERT INTO evidence (fact_id, source_key, claim_id, stance, quote, start, end, attribution, is_hedged, weight) VALUES (?,?,?,?,?,?,?,?,?,?)'),
    dispute: open.prepare('INSERT INTO disputes VALUES (?,?,?,?)'),
    disputeFact: open.prepare('INSERT INTO dispute_facts VALUES (?,?,?)'),
    build: open.prepare('INSERT INTO builds VALUES (?,?,?,?,?)'),
  };
  const textOf = new Map(sources.map((s) => [s.key, s.text]));
  // The distinct sources that support each fact: a fact's supporter_count.
  const supporters = new Map<string, Set<string>>();
  // Every failure removes the temporary file before it is rethrown: the caller's abort() is then a no-op.
  const guard = <A extends unknown[]>(write: (...args: A) => void) => (...args: A): void => {
    if (!db) throw new CorroborateError('INVALID_ARGUMENT', `${path}: the store writer is closed`);
    try {
      write(...args);
    } catch (error) {
      remove();
      throw error;
    }
  };
  return {
    writeClaims: guard((claims: readonly Claim[]) => {
      for (const c of claims) {
        insert.claim.run(c.id, c.sourceKey, c.sentenceIndex, c.start, c.end, c.text, c.attribution ? JSON.stringify(c.attribution) : null, c.isHedged ? 1 : 0, c.isNegated ? 1 : 0, JSON.stringify(c.signature), JSON.stringify(c.value), JSON.stringify(c.entityIds), c.extractionCertainty);
      }
    }),
    writeEntities: guard((entities: readonly Entity[]) => {
      for (const e of entities) {
        insert.entity.run(e.id, e.name, e.type, e.mentions);
        for (const alias of e.aliases) insert.alias.run(e.id, alias);
      }
    }),
    writeEvidence: guard((evidence: readonly Evidence[]) => {
      // Every quote must be the exact slice of its source: the product's central promise.
      for (const e of evidence) {
        const text = textOf.get(e.sourceKey);
        if (text === undefined) throw new CorroborateError('INVALID_ARGUMENT', `evidence for fact ${e.factId} names unknown source ${e.sourceKey}`);
        if (text.slice(e.start, e.end) !== e.quote) {
          throw new CorroborateError('INVALID_ARGUMENT', `evidence for fact ${e.factId} in ${e.sourceKey}: quote does not match span [${e.start}, ${e.end})`);
        }
      }
      for (const e of evidence) {
        insert.evidence.run(e.factId, e.sourceKey, e.claimId, e.stance, e.quote, e.start, e.end, e.attribution, e.isHedged ? 1 : 0, e.weight);
        if (e.stance === 'SUPPORTS') supporters.set(e.factId, (supporters.get(e.factId) ?? new Set()).add(e.sourceKey));
      }
    }),
    finish: guard((rest: { sources: readonly ScoredSource[]; facts: readonly Fact[]; disputes: readonly Dispute[] }, build: Build) => {
      open.pragma(`cache_size = -${FINISH_CACHE_KB}`);
      for (const s of rest.sources) insert.source.run(s.key, s.title, s.outlet, s.url, s.publishedAt, s.dateline, s.text, JSON.stringify(s.noise), s.origin.path, s.origin.record, s.reliability);
      const facts = [...rest.facts].sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
      facts.forEach((f, ordinal) => {
        insert.fact.run(f.id, f.statement, f.kind, f.confidence, f.status, JSON.stringify(f.signature), JSON.stringify(f.value), f.disputeId, JSON.stringify(f.explanation), supporters.get(f.id)?.size ?? 0, ordinal);
        for (const claimId of f.claimIds) insert.factClaim.run(f.id, claimId);
      });
      rest.disputes.forEach((d, ordinal) => {
        insert.dispute.run(d.id, d.question, d.kind, ordinal);
        d.factIds.forEach((factId, rank) => insert.disputeFact.run(d.id, factId, rank));
      });
      insert.build.run(build.pipelineVersion, JSON.stringify(build.parameters), JSON.stringify(build.inputs), build.startedAt, build.finishedAt);
      for (const index of INDEXES) open.exec(index);
      const broken = open.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
      const first = broken[0];
      if (first) throw new CorroborateError('INVALID_ARGUMENT', `${broken.length} rows name a missing row: ${first.table} row ${first.rowid} names no ${first.parent} row`);
      open.exec('COMMIT');
      open.pragma(`user_version = ${STORE_VERSION}`);
      open.close();
      db = null;
      syncFile(temp);
      renameSync(temp, path);
      syncDirectory(dirname(path));
    }),
    abort: () => {
      remove();
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
