// The corroborate command as a user runs it: help, a build, a claim, and failures that lose nothing.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

function corroborate(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/corroborate.mjs', ...args], { encoding: 'utf8', env: { ...process.env, DEBUG: '' }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('corroborate', () => {
  it('prints help for the tool and for each command', () => {
    const main = corroborate('--help');
    expect(main.status).toBe(0);
    expect(main.stdout).toMatch(/corroborate build <dir\|files\.\.\.> --out <store\.db>/);
    expect(corroborate('assess', '--help').stdout).toMatch(/Usage: corroborate assess/);
  });

  it('builds a store with a summary, then assesses a claim against it', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'corroborate-cli-')), 'store.db');
    const built = corroborate('build', 'data', '--out', out);
    expect(built.status).toBe(0);
    expect(built.stdout).toMatch(/built .*: 5 sources, \d+ claims, \d+ facts, 2 disputes, \d+ entities in \d+ ms/);
    const assessed = corroborate('assess', 'Seven security guards were injured in the attack', '--db', out);
    expect(assessed.status).toBe(0);
    expect(assessed.stdout).toMatch(/^DISPUTED/);
    expect(assessed.stdout).toMatch(/SUPPORTING\n {2}002_0c37ff6266f1706d {2}"seven of al-Kadhimi's security guards were injured/);
    expect(assessed.stdout).toMatch(/CONTRADICTING\n[\s\S]*001_cd6c5ed38c45d096/);
  });

  it('stops on a malformed article with one line naming it, and leaves the existing store byte-identical', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
    const out = join(dir, 'store.db');
    expect(corroborate('build', 'tests/fixtures/mine-collapse', '--out', out).status).toBe(0);
    const before = readFileSync(out);
    const articles = join(dir, 'articles');
    mkdirSync(articles);
    copyFileSync('data/001_cd6c5ed38c45d096.txt', join(articles, '001.txt'));
    copyFileSync('tests/fixtures/bad/broken.json', join(articles, 'broken.json'));
    const failed = corroborate('build', articles, '--out', out);
    expect(failed.status).toBe(1);
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed.stderr).toMatch(/^corroborate: .*broken\.json: invalid JSON/);
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('writes the same store on one thread as on three', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
    const rows = (threads: string) => {
      const out = join(dir, `store-${threads}.db`);
      expect(corroborate('build', 'data', 'tests/fixtures/mine-collapse', 'tests/fixtures/fnc1-sample/bodies.csv', '--out', out, '--threads', threads).status).toBe(0);
      const db = new Database(out, { readonly: true });
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'builds' ORDER BY name").pluck().all() as string[];
      const content = tables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw().all()]);
      db.close();
      return content;
    };
    const one = rows('1');
    expect(one.length).toBeGreaterThan(5);
    expect(rows('3')).toEqual(one);
  });

  it('exits 2 with a one-line reason on a usage mistake, and 1 on a missing store', () => {
    const unknown = corroborate('build', 'data');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('corroborate: build needs --out <store.db>\n');
    expect(corroborate('serve', '--port', 'eighty').status).toBe(2);
    expect(corroborate('build', 'data', '--out', '/tmp/unused.db', '--threads', '0').stderr).toBe('corroborate: --threads must be a whole number from 1 to 64; got "0"\n');
    const missing = corroborate('assess', 'anything', '--db', '/nonexistent/store.db');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^corroborate: \/nonexistent\/store\.db: no store at this path/);
  });
});
