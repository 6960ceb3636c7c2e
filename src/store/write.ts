// Writes a pipeline result to a new SQLite file in one transaction, then renames it over the target:
// a reader sees the old store or the new one, never half of one, and a failed build leaves no trace.
// A build killed outright (kill -9, power cut) can leave its temporary file; the next build removes it.

import Database from 'better-sqlite3';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Build, PipelineResult } from '../model.js';
import { CorroborateError } from '../errors.js';
import { STORE_VERSION } from './version.js';

const SCHEMA = readFileSync(new URL('./schema.sql', import.meta.url), 'utf8');

/** Every quote must be the exact slice of its source: the product's central promise, checked before writing. */
function checkSpans(result: PipelineResult): void {
  const textOf = new Map(result.sources.map((s) => [s.key, s.text]));
  for (const e of result.evidence) {
    const text = textOf.get(e.sourceKey);
    if (text === undefined) throw new CorroborateError('INVALID_ARGUMENT', `evidence for fact ${e.factId} names unknown source ${e.sourceKey}`);
    if (text.slice(e.start, e.end) !== e.quote) {
      throw new CorroborateError('INVALID_ARGUMENT', `evidence for fact ${e.factId} in ${e.sourceKey}: quote does not match span [${e.start}, ${e.end})`);
    }
  }
}

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

export function writeStore(path: string, result: PipelineResult, build: Build): void {
  checkSpans(result);
  mkdirSync(dirname(path), { recursive: true });
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new CorroborateError('INVALID_ARGUMENT', `${path}: is a directory; name the store file to write, such as ${join(path, 'store.db')}`);
  removeAbandonedTemps(path);
  const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const db = new Database(temp);
    try {
      db.pragma('journal_mode = DELETE');
      // Nobody reads the temporary file until it is renamed, and it is synced once before that (below):
      // syncing every statement (each CREATE TABLE is its own transaction) made the write ~180 ms.
      db.pragma('synchronous = OFF');
      // The ids are hashes, so every primary key and index takes its rows in random order: with
      // SQLite's default 2 MB page cache, writing a 16,000-article store (440 MB) spent 31 s moving
      // index pages in and out, ten times the 4,000-article write. 64 MB holds the indexes' pages (allocated
      // only as used: a five-article store stays small).
      db.pragma('cache_size = -65536');
      db.exec(SCHEMA);
      const insert = {
        source: db.prepare('INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?,?,?)'),
        claim: db.prepare('INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)'),
        entity: db.prepare('INSERT INTO entities VALUES (?,?,?,?)'),
        alias: db.prepare('INSERT OR IGNORE INTO entity_aliases VALUES (?,?)'),
        fact: db.prepare('INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?)'),
        factClaim: db.prepare('INSERT OR IGNORE INTO fact_claims VALUES (?,?)'),
        evidence: db.prepare('INSERT INTO evidence (fact_id, source_key, claim_id, stance, quote, start, end, attribution, is_hedged, weight) VALUES (?,?,?,?,?,?,?,?,?,?)'),
        dispute: db.prepare('INSERT INTO disputes VALUES (?,?,?,?)'),
        disputeFact: db.prepare('INSERT INTO dispute_facts VALUES (?,?,?)'),
        build: db.prepare('INSERT INTO builds VALUES (?,?,?,?,?)'),
      };
      const supporters = new Map<string, Set<string>>();
      for (const e of result.evidence) if (e.stance === 'SUPPORTS') supporters.set(e.factId, (supporters.get(e.factId) ?? new Set()).add(e.sourceKey));
      const facts = [...result.facts].sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
      db.transaction(() => {
        for (const s of result.sources) insert.source.run(s.key, s.title, s.outlet, s.url, s.publishedAt, s.dateline, s.text, JSON.stringify(s.noise), s.origin.path, s.origin.record, s.reliability);
        for (const c of result.claims) {
          insert.claim.run(c.id, c.sourceKey, c.sentenceIndex, c.start, c.end, c.text, c.attribution ? JSON.stringify(c.attribution) : null, c.isHedged ? 1 : 0, c.isNegated ? 1 : 0, JSON.stringify(c.signature), JSON.stringify(c.value), JSON.stringify(c.entityIds), c.extractionCertainty);
        }
        for (const e of result.entities) {
          insert.entity.run(e.id, e.name, e.type, e.mentions);
          for (const alias of e.aliases) insert.alias.run(e.id, alias);
        }
        facts.forEach((f, ordinal) => {
          insert.fact.run(f.id, f.statement, f.kind, f.confidence, f.status, JSON.stringify(f.signature), JSON.stringify(f.value), f.disputeId, JSON.stringify(f.explanation), supporters.get(f.id)?.size ?? 0, ordinal);
          for (const claimId of f.claimIds) insert.factClaim.run(f.id, claimId);
        });
        for (const e of result.evidence) insert.evidence.run(e.factId, e.sourceKey, e.claimId, e.stance, e.quote, e.start, e.end, e.attribution, e.isHedged ? 1 : 0, e.weight);
        result.disputes.forEach((d, ordinal) => {
          insert.dispute.run(d.id, d.question, d.kind, ordinal);
          d.factIds.forEach((factId, rank) => insert.disputeFact.run(d.id, factId, rank));
        });
        insert.build.run(build.pipelineVersion, JSON.stringify(build.parameters), JSON.stringify(build.inputs), build.startedAt, build.finishedAt);
      })();
      db.pragma(`user_version = ${STORE_VERSION}`);
    } finally {
      db.close();
    }
    syncFile(temp);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
    throw error;
  }
  syncDirectory(dirname(path));
}
