// A damaged store fails at start with one clear message naming the file, never later as a 500: cut
// short, bytes overwritten, emptied, replaced by something else, or written by another schema version.
// (The CLI prints such an error as one line and exits 1: tests/cli.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, truncateSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildStore, serveStore } from './helpers.js';
import { openStore } from '../src/store/read.js';
import { CorroborateError } from '../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-corrupt-'));
let good: string;
let size: number;
let pageSize: number;

beforeAll(() => {
  good = buildStore(['tests/fixtures/mine-collapse'], join(dir));
  size = readFileSync(good).length;
  pageSize = readFileSync(good).readUInt16BE(16);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function damaged(name: string, damage: (path: string) => void): string {
  const path = join(dir, name);
  copyFileSync(good, path);
  damage(path);
  return path;
}

function openError(path: string): { code: string; message: string } {
  try {
    openStore(path).close();
  } catch (error) {
    if (error instanceof CorroborateError) return { code: error.code, message: error.message };
    return { code: `not ours: ${String(error)}`, message: '' };
  }
  return { code: 'opened', message: '' };
}

describe('a damaged store', () => {
  it('opens when it is whole', () => {
    expect(openError(good).code).toBe('opened');
  });

  it('is refused as truncated, with its sizes, wherever it was cut', () => {
    for (const length of [100, pageSize, Math.floor(size / 2), size - pageSize, size - 1]) {
      const path = damaged(`cut-${length}.db`, (p) => truncateSync(p, length));
      const { code, message } = openError(path);
      expect(code, `cut at ${length}`).toBe('STORE_UNAVAILABLE');
      expect(message).toMatch(new RegExp(`cut-${length}\\.db: the store is truncated \\(${length} bytes; its header says \\d+ pages of ${pageSize} bytes\\); rebuild it`));
    }
  });

  it('is refused as corrupt when any page is overwritten', () => {
    const pages = size / pageSize;
    // Every fifth page past the first (schema) page, overwritten at its start where its structure is.
    for (let page = 2; page <= pages; page += 5) {
      const path = damaged(`page-${page}.db`, (p) => {
        const fd = openSync(p, 'r+');
        writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, (page - 1) * pageSize);
        closeSync(fd);
      });
      const { code, message } = openError(path);
      expect(code, `page ${page}`).toBe('STORE_UNAVAILABLE');
      expect(message).toMatch(new RegExp(`page-${page}\\.db: (the store is corrupt \\(.+\\)|not a readable Corroborate store \\(.+\\)); rebuild it`));
    }
  });

  it('is refused when it is empty, a directory, not SQLite, or another SQLite database', () => {
    writeFileSync(join(dir, 'empty.db'), '');
    expect(openError(join(dir, 'empty.db')).message).toMatch(/empty\.db: the file is empty, not a store/);
    mkdirSync(join(dir, 'folder.db'));
    expect(openError(join(dir, 'folder.db')).message).toMatch(/folder\.db: not a file/);
    writeFileSync(join(dir, 'text.db'), 'SQLite format 2\n'.repeat(500));
    expect(openError(join(dir, 'text.db')).message).toMatch(/text\.db: not an SQLite database/);
    const other = new Database(join(dir, 'other.db'));
    other.exec('CREATE TABLE notes (body TEXT)');
    other.pragma('user_version = 1');
    other.close();
    expect(openError(join(dir, 'other.db'))).toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringMatching(/other\.db: not a readable Corroborate store \(no such table: \w+\); rebuild it/) });
  });

  it('is refused when written by another schema version, saying which', () => {
    const path = damaged('v7.db', (p) => {
      const db = new Database(p);
      db.pragma('user_version = 7');
      db.close();
    });
    expect(openError(path)).toEqual({ code: 'STORE_VERSION', message: `${path}: store version 7, this server reads version 1; rebuild the store` });
  });

  it('stops the server at start, before it listens, with the same message', async () => {
    const path = damaged('served.db', (p) => truncateSync(p, Math.floor(size / 2)));
    await expect(serveStore(path)).rejects.toThrow(`${path}: the store is truncated`);
  });
});
