// The SQLite side of writing a store: a temporary file beside the target that takes rows, as arrays of
// column values, table by table, and on finish gets its indexes, is checked, committed, synced and
// renamed over the target. It knows nothing of the pipeline's shapes (write.ts turns those into rows),
// so that it can run on the calling thread or on a thread of its own (write-thread.ts) alike.

import Database from 'better-sqlite3';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CorroborateError } from '../errors.js';
import { STORE_VERSION } from './version.js';

const SCHEMA = readFileSync(new URL('./schema.sql', import.meta.url), 'utf8');
// The secondary indexes are made after the rows are in: one sort per index instead of a random-page
// insert per row. The text is the schema's own, so sqlite_master reads the same either way.
const INDEXES = SCHEMA.match(/^CREATE INDEX [^;]+;/gm) ?? [];
const TABLES = INDEXES.reduce((schema, index) => schema.replace(index, ''), SCHEMA);

// SQLite's page cache while rows stream in, and for finish (see openStoreFile), in KiB.
const STREAM_CACHE_KB = 16_384;
const FINISH_CACHE_KB = 65_536;

/** Each table's insert, by the name rows are given for. */
const INSERTS = {
  source: 'INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?,?,?)',
  claim: 'INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)',
  entity: 'INSERT INTO entities VALUES (?,?,?,?)',
  alias: 'INSERT OR IGNORE INTO entity_aliases VALUES (?,?)',
  fact: 'INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?)',
  factClaim: 'INSERT OR IGNORE INTO fact_claims VALUES (?,?)',
  evidence: 'INSERT INTO evidence (fact_id, source_key, claim_id, stance, quote, start, end, attribution, is_hedged, weight) VALUES (?,?,?,?,?,?,?,?,?,?)',
  dispute: 'INSERT INTO disputes VALUES (?,?,?,?)',
  disputeFact: 'INSERT INTO dispute_facts VALUES (?,?,?)',
  build: 'INSERT INTO builds VALUES (?,?,?,?,?)',
} as const;

export type Table = keyof typeof INSERTS;

/** One row: its column values in the order of the table's insert. */
export type Row = Array<string | number | null>;

export interface StoreFile {
  insert(table: Table, rows: readonly Row[]): void;
  /**
   * Makes the secondary indexes of tables that have all their rows now rather than at finish: on a
   * writer thread (write-thread.ts), while the pipeline scores facts.
   */
  makeIndexes(tables: readonly string[]): void;
  /** Makes ready for the last rows, which need the facts' scores (a larger page cache: see openStoreFile). */
  beginFinish(): void;
  /** Makes the indexes, checks every reference, commits, syncs and renames into place. */
  finish(): void;
  /** Closes and removes the temporary file; the store at the path is left as it was. */
  abort(): void;
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

/**
 * Checks that a store can be written at `path` (its directory made, the path not a directory), removes
 * temporary files abandoned there, and names this build's temporary file beside it. Throws what a
 * user must fix before any work is done.
 */
export function storeTempPath(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new CorroborateError('INVALID_ARGUMENT', `${path}: is a directory; name the store file to write, such as ${join(path, 'store.db')}`);
  removeAbandonedTemps(path);
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * Opens a new store in the temporary file `temp` (storeTempPath), to become the store at `path` on
 * finish. Every failure closes and removes the temporary file before it is rethrown, and the file
 * takes nothing more.
 */
export function openStoreFile(path: string, temp: string): StoreFile {
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
  const statements = new Map(Object.entries(INSERTS).map(([table, sql]) => [table, open.prepare(sql)]));
  const insertRows = (table: Table, rows: readonly Row[]): void => {
    const statement = statements.get(table) as Database.Statement;
    for (const row of rows) statement.run(row);
  };
  // Indexes not made yet (makeIndexes), in the schema's order.
  const unmade = new Set(INDEXES);
  const makeIndexes = (tables: readonly string[] | null): void => {
    for (const index of unmade) {
      if (tables && !tables.includes(/ ON (\w+)\(/.exec(index)?.[1] ?? '')) continue;
      open.exec(index);
      unmade.delete(index);
    }
  };
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
    insert: guard(insertRows),
    makeIndexes: guard((tables: readonly string[]) => makeIndexes(tables)),
    beginFinish: guard(() => {
      open.pragma(`cache_size = -${FINISH_CACHE_KB}`);
    }),
    finish: guard(() => {
      makeIndexes(null);
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
