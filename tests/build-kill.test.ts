// kill -9 a real `corroborate build` child at 20 moments: while it starts, while the pipeline runs,
// and all through the write of the store. After every kill the store at --out is the old one byte for
// byte (or, when the kill came after the rename, the complete new one), a server on it keeps answering,
// and the next build succeeds and leaves no temporary file behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStore, sendText, serveStore } from './helpers.js';
import { openStore } from '../src/store/read.js';
import type { RunningServer } from '../src/graphql/server.js';

/** The old store holds the four mine-collapse articles; the killed builds write one other article over it. */
const OLD_SOURCES = 4;
const NEW_SOURCES = 1;
const NEW_ARTICLES = 'tests/fixtures/mine-collapse/c_valley_times.txt';
/** Kills before the write: spread over node and tsx start-up, the imports, WordNet and the pipeline. */
const EARLY_KILLS_MS = [20, 60, 120, 200, 300, 420, 560, 720, 900, 1100];
/**
 * Kills after the temporary store appears, spread over the write: the store is opened before the
 * pipeline runs and takes rows as they are made, then its facts, indexes, commit, sync and rename at
 * the end, so these land in the pipeline or the write (later ones after it on a fast machine).
 */
const WRITE_KILLS_MS = [0, 1, 2, 3, 5, 7, 10, 13, 17, 22];
const LANES = 2;

type Outcome = 'before-write' | 'during-write' | 'after-rename';

interface Lane {
  dir: string;
  store: string;
  server: RunningServer;
}

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const temps = (dir: string): string[] => readdirSync(dir).filter((name) => name.includes('.tmp-'));

/** Runs `corroborate build` into `store`, killing it at the moment given (ms after spawn, or after the temp file appears). */
function runBuild(store: string, killAt: { afterSpawnMs: number } | { afterTempMs: number } | null): Promise<{ signal: NodeJS.Signals | null; exitCode: number | null; tempSeenMs?: number }> {
  const dir = join(store, '..');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let tempSeenAt = 0;
    const child = spawn(process.execPath, ['bin/corroborate.mjs', 'build', NEW_ARTICLES, '--out', store], { stdio: 'ignore', env: { ...process.env, DEBUG: '' } });
    const kill = (): void => {
      child.kill('SIGKILL');
    };
    // Temporary files of earlier killed builds, which this build deletes: their events are not its own.
    const leftovers = new Set(temps(dir));
    const watcher = watch(dir, (_event, name) => {
      if (!name) return;
      if (!tempSeenAt && name.includes('.tmp-') && !name.endsWith('-journal') && !leftovers.has(name) && existsSync(join(dir, name))) {
        tempSeenAt = performance.now();
        if (killAt && 'afterTempMs' in killAt) {
          if (killAt.afterTempMs === 0) kill();
          else setTimeout(kill, killAt.afterTempMs);
        }
      }
    });
    if (killAt && 'afterSpawnMs' in killAt) setTimeout(kill, killAt.afterSpawnMs);
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => {
      watcher.close();
      resolve({ signal, exitCode, tempSeenMs: tempSeenAt ? tempSeenAt - started : undefined });
    });
  });
}

async function sourcesServed(server: RunningServer): Promise<number | undefined> {
  const r = await sendText<{ stats: { sources: number }; sources: { totalCount: number } }>(server.url, '{ stats { sources } sources(first: 100) { totalCount } }');
  expect(r.errors).toBeUndefined();
  expect(r.data?.sources.totalCount).toBe(r.data?.stats.sources);
  return r.data?.stats.sources;
}

const lanes: Lane[] = [];

beforeAll(async () => {
  for (let i = 0; i < LANES; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-kill-'));
    const store = buildStore(['tests/fixtures/mine-collapse'], dir);
    lanes.push({ dir, store, server: await serveStore(store) });
  }
});
afterAll(async () => {
  for (const lane of lanes) {
    await lane.server.close();
    rmSync(lane.dir, { recursive: true, force: true });
  }
});

describe('kill -9 during corroborate build', () => {
  it(`leaves the old store intact and served at ${EARLY_KILLS_MS.length + WRITE_KILLS_MS.length} different moments, and the next build succeeds`, { timeout: 180_000 }, async () => {
    const outcomes: Outcome[] = [];
    async function killOnce(lane: Lane, moment: { afterSpawnMs: number } | { afterTempMs: number }): Promise<void> {
      const before = sha(lane.store);
      const run = await runBuild(lane.store, moment);
      const replaced = sha(lane.store) !== before;
      // The whole old store byte for byte, or (killed after the rename) the whole new one: nothing between.
      const store = openStore(lane.store);
      expect(store.stats().sources).toBe(replaced ? NEW_SOURCES : OLD_SOURCES);
      store.close();
      if (!replaced) expect(run.signal).toBe('SIGKILL');
      const outcome: Outcome = replaced ? 'after-rename' : run.tempSeenMs !== undefined ? 'during-write' : 'before-write';
      // A build killed mid-write cannot clean up: its temporary file stays for the next build to remove.
      if (outcome === 'during-write') expect(temps(lane.dir).length).toBeGreaterThan(0);
      outcomes.push(outcome);
      expect([OLD_SOURCES, NEW_SOURCES]).toContain(await sourcesServed(lane.server));
      // Put an old store back, so that the next kill again has one to protect.
      if (replaced) buildStore(['tests/fixtures/mine-collapse'], lane.dir);
    }

    // Each lane alternates early kills and kills during the write, one child at a time.
    const moments: Array<{ afterSpawnMs: number } | { afterTempMs: number }> = EARLY_KILLS_MS.flatMap((afterSpawnMs, i) => [{ afterSpawnMs }, { afterTempMs: WRITE_KILLS_MS[i] ?? 0 }]);
    await Promise.all(
      lanes.map(async (lane, l) => {
        for (let i = l; i < moments.length; i += LANES) await killOnce(lane, moments[i] ?? { afterTempMs: 0 });
      }),
    );
    process.stdout.write(`kill -9 at ${outcomes.length} moments: ${(['before-write', 'during-write', 'after-rename'] as const).map((o) => `${o} ${outcomes.filter((x) => x === o).length}`).join(', ')}\n`);
    expect(outcomes).toHaveLength(EARLY_KILLS_MS.length + WRITE_KILLS_MS.length);
    // The kills reached the write itself, not only the start-up before it (how many depends on the
    // machine's load: a kill is sent when the parent sees the temporary file appear).
    expect(outcomes).toContain('during-write');
    expect(outcomes).toContain('before-write');

    // The next build, over whatever the killed ones left, succeeds and removes their temporary files.
    await Promise.all(
      lanes.map(async (lane) => {
        const next = await runBuild(lane.store, null);
        expect(next.exitCode).toBe(0);
        expect(openStore(lane.store).stats().sources).toBe(NEW_SOURCES);
        expect(temps(lane.dir)).toEqual([]);
      }),
    );
  });
});
