// Rebuilding while the server runs: it switches to the new store by itself, requests already running
// finish on the store they started with, no answer mixes two builds, the old file is closed once its
// last request is done, and a broken replacement leaves the good store in service.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { copyFileSync, mkdtempSync, readdirSync, readlinkSync, renameSync, rmSync, truncateSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticles } from '../src/ingest/read-articles.js';
import { runPipeline, PIPELINE_PARAMETERS, PIPELINE_VERSION } from '../src/pipeline/index.js';
import { writeStore } from '../src/store/write.js';
import type { PipelineResult } from '../src/model.js';
import type { RunningServer } from '../src/graphql/server.js';
import { sendText, serveStore } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-reload-'));
const path = join(dir, 'store.db');
const logged: string[] = [];
let server: RunningServer;

function built(paths: string[]): { result: PipelineResult; keys: Set<string> } {
  const result = runPipeline(readArticles(paths).sources);
  return { result, keys: new Set(result.sources.map((s) => s.key)) };
}
const mine = built(['tests/fixtures/mine-collapse']);
const seeds = built(['data']);
/** finishedAt of every build written, and which articles it holds. */
const builds = new Map<string, 'mine' | 'seeds'>();
let written = 0;

function write(which: 'mine' | 'seeds', to = path): void {
  const finishedAt = new Date(Date.UTC(2030, 0, 1, 0, 0, ++written)).toISOString();
  builds.set(finishedAt, which);
  writeStore(to, (which === 'mine' ? mine : seeds).result, { pipelineVersion: PIPELINE_VERSION, parameters: PIPELINE_PARAMETERS, inputs: [], startedAt: finishedAt, finishedAt });
}

async function health(url: string): Promise<{ generation: number; sources: number }> {
  return (await (await fetch(new URL('/health', url))).json()) as { generation: number; sources: number };
}

async function waitForGeneration(url: string, generation: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await health(url)).generation >= generation) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the server did not reach generation ${generation}`);
}

const CONSISTENCY = `{
  stats { sources build { finishedAt } }
  sources(first: 100) { totalCount edges { node { key } } }
  facts(first: 50) { totalCount edges { node { supporting { source { key } } contradicting { source { key } } } } }
}`;
interface Answer {
  stats: { sources: number; build: { finishedAt: string } };
  sources: { totalCount: number; edges: Array<{ node: { key: string } }> };
  facts: { edges: Array<{ node: { supporting: Array<{ source: { key: string } }>; contradicting: Array<{ source: { key: string } }> } }> };
}

/** Which build an answer came from, or 'mixed' when its parts disagree. */
function buildOf(answer: Answer): 'mine' | 'seeds' | 'mixed' {
  const which = builds.get(answer.stats.build.finishedAt);
  const expected = which === 'mine' ? mine.keys : which === 'seeds' ? seeds.keys : new Set<string>();
  const keys = [...answer.sources.edges.map((e) => e.node.key), ...answer.facts.edges.flatMap((e) => [...e.node.supporting, ...e.node.contradicting].map((x) => x.source.key))];
  const isWhole = answer.stats.sources === expected.size && answer.sources.totalCount === expected.size && keys.every((k) => expected.has(k));
  return which && isWhole ? which : 'mixed';
}

/** Open file descriptors of this process on store files that have been replaced (Linux; null elsewhere). */
function replacedStoresOpen(): number | null {
  try {
    return readdirSync('/proc/self/fd').filter((fd) => {
      try {
        const target = readlinkSync(`/proc/self/fd/${fd}`);
        return target.startsWith(dir) && target.endsWith('(deleted)');
      } catch {
        return false;
      }
    }).length;
  } catch {
    return null;
  }
}

beforeAll(async () => {
  write('mine');
  server = await serveStore(path, { log: (line) => logged.push(line) });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('rebuilding while serving', () => {
  it('switches to each new build by itself, under load, without an error or an answer that mixes two builds', async () => {
    const answers: Array<Answer | 'error'> = [];
    let isRunning = true;
    const clients = Array.from({ length: 4 }, async () => {
      while (isRunning) {
        const r = await sendText<Answer>(server.url, CONSISTENCY);
        answers.push(r.errors || !r.data ? 'error' : r.data);
      }
    });
    let generation = (await health(server.url)).generation;
    // writeStore is what `corroborate build` ends with (tests/build-kill.test.ts runs the command itself).
    for (const which of ['seeds', 'mine', 'seeds', 'mine', 'seeds'] as const) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      write(which);
      await waitForGeneration(server.url, ++generation);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    isRunning = false;
    await Promise.all(clients);
    const seen = answers.map((a) => (a === 'error' ? a : buildOf(a)));
    expect(seen.filter((s) => s === 'error' || s === 'mixed')).toEqual([]);
    expect(seen).toContain('mine');
    expect(seen).toContain('seeds');
    expect(buildOf((await sendText<Answer>(server.url, CONSISTENCY)).data as Answer)).toBe('seeds');
    expect(logged.filter((line) => /^store reloaded \(generation \d+\)/.test(line)).length).toBeGreaterThanOrEqual(5);
  });

  it('lets a request that arrived before the switch finish on the store it started with, then closes that store', async () => {
    write('mine');
    const before = (await health(server.url)).generation + 1;
    await waitForGeneration(server.url, before);
    const body = JSON.stringify({ query: CONSISTENCY });
    const answer = new Promise<Answer>((resolve, reject) => {
      const req = http.request(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve((JSON.parse(text) as { data: Answer }).data));
      });
      req.on('error', reject);
      // Half the body now: the request has arrived and holds its store while the rest is on its way.
      req.write(body.slice(0, 40));
      setTimeout(() => {
        write('seeds');
        waitForGeneration(server.url, before + 1).then(() => {
          const open = replacedStoresOpen();
          if (open !== null) expect(open).toBe(1);
          req.end(body.slice(40));
        }, reject);
      }, 50);
    });
    expect(buildOf(await answer)).toBe('mine');
    expect(buildOf((await sendText<Answer>(server.url, CONSISTENCY)).data as Answer)).toBe('seeds');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const open = replacedStoresOpen();
    if (open !== null) expect(open).toBe(0);
  });

  it('lets go of the old store when a client leaves halfway through sending its request', async () => {
    write('mine');
    const before = (await health(server.url)).generation + 1;
    await waitForGeneration(server.url, before);
    const req = http.request(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 1000 } });
    req.on('error', () => {});
    req.write('{"query": "{ stats');
    await new Promise((resolve) => setTimeout(resolve, 50));
    write('seeds');
    await waitForGeneration(server.url, before + 1);
    const held = replacedStoresOpen();
    req.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (held !== null) {
      expect(held).toBe(1);
      expect(replacedStoresOpen()).toBe(0);
    }
    expect(buildOf((await sendText<Answer>(server.url, CONSISTENCY)).data as Answer)).toBe('seeds');
  });

  it('keeps serving the good store when a broken file replaces it, and switches when a good one follows', async () => {
    const generation = (await health(server.url)).generation;
    const broken = join(dir, 'broken.db');
    copyFileSync(path, broken);
    truncateSync(broken, Math.floor(statSync(broken).size / 2));
    renameSync(broken, path);
    for (let i = 0; i < 200 && !logged.some((line) => line.startsWith('store reload failed')); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(logged.find((line) => line.startsWith('store reload failed'))).toMatch(new RegExp(`still serving generation ${generation}: .*store\\.db: the store is truncated`));
    expect(buildOf((await sendText<Answer>(server.url, CONSISTENCY)).data as Answer)).toBe('seeds');
    expect((await health(server.url)).generation).toBe(generation);
    write('mine');
    await waitForGeneration(server.url, generation + 1);
    expect(buildOf((await sendText<Answer>(server.url, CONSISTENCY)).data as Answer)).toBe('mine');
  });

  it('reopens the store on SIGHUP in `corroborate serve`', async () => {
    const child = spawn(process.execPath, ['bin/corroborate.mjs', 'serve', '--db', path, '--port', '0'], { env: { ...process.env, DEBUG: '' } });
    try {
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const url = await new Promise<string>((resolve, reject) => {
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = /at (http:\/\/\S+\/)/.exec(stdout);
          if (match?.[1]) resolve(match[1]);
        });
        child.on('exit', () => reject(new Error(`serve exited: ${stderr}`)));
      });
      expect((await health(url)).generation).toBe(1);
      child.kill('SIGHUP');
      await waitForGeneration(url, 2);
      expect(stderr).toMatch(/store reloaded \(generation 2\)/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
