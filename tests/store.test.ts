// The store file: written whole or not at all, opened read-only, refused when it is not ours.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readArticles } from '../src/ingest/read-articles.js';
import { runPipeline, PIPELINE_PARAMETERS, PIPELINE_VERSION } from '../src/pipeline/index.js';
import { openStoreWriter, writeStore } from '../src/store/write.js';
import { openStore } from '../src/store/read.js';
import { CorroborateError } from '../src/errors.js';
import type { Build } from '../src/model.js';

const { sources, inputs } = readArticles(['tests/fixtures/mine-collapse']);
const result = runPipeline(sources);
const build: Build = { pipelineVersion: PIPELINE_VERSION, parameters: PIPELINE_PARAMETERS, inputs, startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:01.000Z' };

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof CorroborateError ? error.code : `not ours: ${String(error)}`;
  }
  return undefined;
}

describe('writing', () => {
  it('round-trips sources, facts, evidence, disputes, entities and the build', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'corroborate-store-')), 'nested', 'store.db');
    writeStore(path, result, build);
    const store = openStore(path);
    const stats = store.stats();
    expect(stats).toMatchObject({ sources: 4, claims: result.claims.length, facts: result.facts.length, disputes: result.disputes.length, entities: result.entities.length });
    expect(stats.build).toEqual(build);
    const fact = result.facts[0];
    expect(store.factsByIds([fact?.id ?? '', 'missing'])).toEqual([expect.objectContaining({ id: fact?.id, statement: fact?.statement, confidence: fact?.confidence }), null]);
    const index = store.loadAssessmentIndex();
    expect(index.evidence).toHaveLength(result.evidence.length);
    expect(index.disputes.map((d) => d.factIds)).toEqual(expect.arrayContaining(result.disputes.map((d) => d.factIds)));
    store.close();
  });

  it('replaces a store atomically and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    const path = join(dir, 'store.db');
    writeStore(path, result, build);
    writeStore(path, result, { ...build, finishedAt: '2026-01-02T00:00:00.000Z' });
    expect(readdirSync(dir)).toEqual(['store.db']);
    expect(openStore(path).build()?.finishedAt).toBe('2026-01-02T00:00:00.000Z');
  });

  it('refuses evidence whose quote is not its span, and leaves the existing store byte-identical', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    const path = join(dir, 'store.db');
    writeStore(path, result, build);
    const before = readFileSync(path);
    const [first, ...rest] = result.evidence;
    const broken = { ...result, evidence: [{ ...first!, quote: `${first!.quote}!` }, ...rest] };
    expect(codeOf(() => writeStore(path, broken, build))).toBe('INVALID_ARGUMENT');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['store.db']);
  });

  it('removes its temporary file when the database write itself fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    const path = join(dir, 'store.db');
    const duplicate = { ...result, sources: [...result.sources, result.sources[0]!] };
    expect(() => writeStore(path, duplicate, build)).toThrow(/UNIQUE/);
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writing as the pipeline goes', () => {
  it('writes the same rows as a whole result, in the same order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    writeStore(join(dir, 'whole.db'), result, build);
    const writer = openStoreWriter(join(dir, 'streamed.db'), sources);
    writer.writeEntities(result.entities);
    writer.writeClaims(result.claims);
    writer.writeEvidence(result.evidence);
    writer.finish(result, build);
    const rows = (file: string): unknown[] => {
      const db = new Database(join(dir, file), { readonly: true });
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
      const all = tables.map((table) => db.prepare(`SELECT rowid, * FROM "${table}" ORDER BY rowid`).all());
      db.close();
      return all;
    };
    expect(rows('streamed.db')).toEqual(rows('whole.db'));
  });

  it('leaves the existing store byte-identical and no temporary file when the build stops after some rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    const path = join(dir, 'store.db');
    writeStore(path, result, build);
    const before = readFileSync(path);
    const writer = openStoreWriter(path, sources);
    writer.writeClaims(result.claims);
    expect(readdirSync(dir)).toHaveLength(2);
    writer.abort();
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['store.db']);
  });

  it('refuses evidence for a fact it was never given, at the end, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    const path = join(dir, 'store.db');
    const orphan = result.facts.find((f) => result.evidence.some((e) => e.factId === f.id));
    expect(codeOf(() => writeStore(path, { ...result, facts: result.facts.filter((f) => f !== orphan) }, build))).toBe('INVALID_ARGUMENT');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writing on a thread of its own', () => {
  const rowsOf = (path: string): unknown[] => {
    const db = new Database(path, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    const all = tables.map((table) => db.prepare(`SELECT rowid, * FROM "${table}" ORDER BY rowid`).all());
    db.close();
    return all;
  };
  const streamed = (path: string, rest = result): void => {
    const writer = openStoreWriter(path, sources, { onThread: true });
    writer.writeEntities(rest.entities);
    writer.writeClaims(rest.claims);
    writer.writeEvidence(rest.evidence);
    writer.finish(rest, build);
  };

  it('writes the same rows as the calling thread, in the same order, and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    writeStore(join(dir, 'here.db'), result, build);
    streamed(join(dir, 'thread.db'));
    expect(rowsOf(join(dir, 'thread.db'))).toEqual(rowsOf(join(dir, 'here.db')));
    expect(readdirSync(dir).sort()).toEqual(['here.db', 'thread.db']);
  });

  it('leaves the existing store byte-identical and no temporary file when aborted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    const path = join(dir, 'store.db');
    writeStore(path, result, build);
    const before = readFileSync(path);
    const writer = openStoreWriter(path, sources, { onThread: true });
    writer.writeClaims(result.claims);
    writer.abort();
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['store.db']);
  });

  it("throws the database's failure by the end, removes its temporary file and takes nothing more", () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    const path = join(dir, 'store.db');
    const writer = openStoreWriter(path, sources, { onThread: true });
    // The second copy of a claim fails on the writer thread; it is thrown here at a later call.
    writer.writeClaims([...result.claims, result.claims[0]!]);
    expect(() => {
      writer.writeEntities(result.entities);
      writer.writeEvidence(result.evidence);
      writer.finish(result, build);
    }).toThrow(/UNIQUE/);
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(codeOf(() => writer.finish(result, build))).toBe('INVALID_ARGUMENT');
  });

  it('refuses evidence for a fact it was never given, at the end, with our error, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    const path = join(dir, 'store.db');
    const orphan = result.facts.find((f) => result.evidence.some((e) => e.factId === f.id));
    expect(codeOf(() => streamed(path, { ...result, facts: result.facts.filter((f) => f !== orphan) }))).toBe('INVALID_ARGUMENT');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('after a killed build', () => {
  it('removes the temporary files of builds whose process is gone, and keeps those of a running one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    const path = join(dir, 'store.db');
    // 2147483646 is above any pid_max, so no process has it.
    const abandoned = ['.store.db.tmp-2147483646-0badf00d', '.store.db.tmp-2147483646-0badf00d-journal'];
    const running = `.store.db.tmp-${process.pid}-00c0ffee`;
    for (const name of [...abandoned, running, '.other.db.tmp-2147483646-0badf00d']) writeFileSync(join(dir, name), 'half a store');
    writeStore(path, result, build);
    expect(readdirSync(dir).sort()).toEqual(['.other.db.tmp-2147483646-0badf00d', running, 'store.db'].sort());
  });

  it('refuses to write over a directory, saying what to name instead', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    expect(() => writeStore(dir, result, build)).toThrow(`${dir}: is a directory; name the store file to write, such as ${join(dir, 'store.db')}`);
  });
});

describe('opening', () => {
  it('says clearly when there is no store, when the file is not a database, and when its version is unknown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    expect(codeOf(() => openStore(join(dir, 'missing.db')))).toBe('STORE_UNAVAILABLE');
    writeFileSync(join(dir, 'junk.db'), 'this is not sqlite'.repeat(100));
    expect(codeOf(() => openStore(join(dir, 'junk.db')))).toBe('STORE_UNAVAILABLE');
    const path = join(dir, 'old.db');
    writeStore(path, result, build);
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    expect(codeOf(() => openStore(path))).toBe('STORE_VERSION');
  });

  it('opens read-only: the server cannot change the store', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'corroborate-store-')), 'store.db');
    writeStore(path, result, build);
    const store = openStore(path);
    const raw = (store as unknown as { db: Database.Database }).db;
    expect(() => raw.prepare('DELETE FROM facts').run()).toThrow(/readonly/);
    store.close();
  });
});
