// npm run bench [-- --quick] [-- --sizes 400,800,1683,4000,16000,64000] [-- --duration 10]
// npm run bench -- --serve-only <store.db>   serving alone on an existing store (for work on the server;
//                                            prints the table, writes no results)
// npm run bench -- --build-only [--sizes 16000]   the builds alone (for work on the pipeline; prints the
//                                            table, writes no results)
// npm run bench -- --serve-only <store.db> --cpu-prof <dir>   also writes each server's V8 CPU profile
//                                            of each load there, <server>-<operation>.cpuprofile (read
//                                            with bench/profile-summary.ts)
// npm run bench -- --serve-only <store.db> --queries FactsPage,Assess   only these operations
//
// The two costs that matter, each against a limit measured in the same run on the same machine:
// - build: the full build (articles read, pipeline, store written) against the bare wink-nlp parse of
//   the same texts (bench/bare-parse.ts, one thread, as the build), on FNC-1's real bodies (400, 800, all 1,683) and on
//   synthetic corpora made from them (bench/synth.ts: 4,000 and 16,000), each in a fresh process
//   (bench/child.ts) so its peak RSS is its own; and the cold build of the bundled articles by the
//   real command, process start to exit.
// - serving: the GraphQL server against a bare node:http handler with hand-written SQL on the same
//   store returning the same JSON (bench/bare-server.ts), under autocannon on loopback, 10
//   connections, fixed duration, for the four requests of bench/serve-queries.ts.
// Prints tables and writes bench/results/latest.json. --quick: real sizes 400 and 1,683 only, the bare
// parse at 1,683 only, 2 s loads on the 400-article store (about a minute). Never run by npm test.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import type { ChildReport } from './child.js';
import { requireFnc1Bodies } from './corpus.js';
import { readFnc1Bodies, synthesise, writeShards } from './synth.js';
import { serveQueries, type ServeQuery } from './serve-queries.js';

const CONNECTIONS = 10;
const RESULTS = 'bench/results/latest.json';

interface SizeResult {
  articles: number;
  corpus: 'real' | 'synthetic';
  textMB: number;
  seconds: number;
  /** CPU seconds of the build process, all threads: steadier than seconds when others use the machine. */
  cpuSeconds: number;
  peakRssMB: number;
  parseSeconds: number | null;
  parseCpuSeconds: number | null;
  parsePeakRssMB: number | null;
  /** Build time over the previous size's, scaled to one doubling of the article count. */
  timePerDoubling: number | null;
  /** The same with CPU seconds. */
  cpuPerDoubling: number | null;
}

interface ServeResult {
  query: string;
  graphqlRps: number;
  bareRps: number;
  ratio: number;
  graphqlP50Ms: number;
  graphqlP99Ms: number;
  bareP50Ms: number;
  bareP99Ms: number;
  /** Server CPU time (user + system) per answered request: steadier than req/s when others use the machine. */
  graphqlCpuMsPerRequest: number;
  bareCpuMsPerRequest: number;
  /** bare CPU per request over GraphQL's: the ratio the servers would have alone on a core. */
  cpuRatio: number;
}

interface ChildServer {
  url: string;
  child: ChildProcess;
  /** The server process's CPU time so far, in microseconds. */
  cpuUs(): Promise<number>;
  /** Starts the server's CPU profile, to be written to `path` by stopProfile. */
  startProfile(path: string): Promise<void>;
  stopProfile(): Promise<void>;
}

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    duration: { type: 'string' },
    'serve-only': { type: 'string' },
    'build-only': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    queries: { type: 'string' },
  },
});
const isQuick = flags.quick === true;
const isBuildOnly = flags['build-only'] === true;
const SIZES = (flags.sizes ?? (isQuick ? '400,1683' : '400,800,1683,4000,16000')).split(',').map(Number);
const DURATION_S = Number(flags.duration ?? (isQuick ? 2 : 10));
const REAL_BODIES = 1683;

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function runChild(args: string[]): ChildReport {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/child.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`bench/child.ts ${args[0] ?? ''} failed (${run.status ?? run.signal}):\n${run.stderr}`);
  const line = run.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as ChildReport;
}

/** The corpus of each size as files: real sizes from FNC-1's bodies, larger ones synthesised from them. */
function prepareCorpora(dir: string): Map<number, { paths: string[]; corpus: 'real' | 'synthetic'; textMB: number }> {
  const bodiesCsv = requireFnc1Bodies();
  const bodies = readFnc1Bodies();
  const corpora = new Map<number, { paths: string[]; corpus: 'real' | 'synthetic'; textMB: number }>();
  for (const size of SIZES) {
    if (size <= REAL_BODIES) {
      const chosen = bodies.slice(0, size);
      const textMB = chosen.reduce((sum, b) => sum + Buffer.byteLength(b.text), 0) / 1e6;
      if (size === REAL_BODIES) {
        // The whole file, read by the CSV ingest as a user would build it.
        corpora.set(size, { paths: [bodiesCsv], corpus: 'real', textMB });
      } else {
        const path = join(dir, `fnc1-${size}.jsonl`);
        writeFileSync(path, `${chosen.map((b) => JSON.stringify({ id: b.id, text: b.text })).join('\n')}\n`);
        corpora.set(size, { paths: [path], corpus: 'real', textMB });
      }
    } else {
      const started = Date.now();
      const { files, textBytes } = writeShards(join(dir, `synth-${size}`), synthesise(bodies, size));
      log(`  synthesised ${size} articles in ${files.length} files (${Date.now() - started} ms)`);
      corpora.set(size, { paths: files, corpus: 'synthetic', textMB: textBytes / 1e6 });
    }
  }
  return corpora;
}

function measureBuilds(dir: string): { sizes: SizeResult[]; stores: Map<number, string> } {
  const corpora = prepareCorpora(dir);
  const sizes: SizeResult[] = [];
  const stores = new Map<number, string>();
  for (const size of SIZES) {
    const corpus = corpora.get(size);
    if (!corpus) continue;
    const store = join(dir, `store-${size}.db`);
    log(`  build ${size} articles (${corpus.corpus})...`);
    const built = runChild(['build', store, ...corpus.paths]);
    stores.set(size, store);
    log(`    ${built.seconds.toFixed(1)} s (${built.cpuSeconds.toFixed(1)} s CPU), peak RSS ${built.peakRssMB} MB, ${JSON.stringify(built.detail)}`);
    // The limit at every size in the full run; in --quick only where the ratio is reported.
    const parsed = !isQuick || size === REAL_BODIES ? runChild(['parse', ...corpus.paths]) : null;
    if (parsed) log(`    bare parse ${parsed.seconds.toFixed(1)} s (${parsed.cpuSeconds.toFixed(1)} s CPU), peak RSS ${parsed.peakRssMB} MB`);
    const previous = sizes[sizes.length - 1];
    sizes.push({
      articles: built.articles,
      corpus: corpus.corpus,
      textMB: round(corpus.textMB, 2),
      seconds: round(built.seconds, 2),
      cpuSeconds: round(built.cpuSeconds, 2),
      peakRssMB: built.peakRssMB,
      parseSeconds: parsed ? round(parsed.seconds, 2) : null,
      parseCpuSeconds: parsed ? round(parsed.cpuSeconds, 2) : null,
      parsePeakRssMB: parsed?.peakRssMB ?? null,
      timePerDoubling: previous ? round((built.seconds / previous.seconds) ** (1 / Math.log2(built.articles / previous.articles)), 2) : null,
      cpuPerDoubling: previous ? round((built.cpuSeconds / previous.cpuSeconds) ** (1 / Math.log2(built.articles / previous.articles)), 2) : null,
    });
  }
  return { sizes, stores };
}

/** The real command on the bundled articles, from process start to exit, three times. */
function measureColdBuild(dir: string): { seconds: number[]; median: number } {
  const seconds: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['bin/corroborate.mjs', 'build', 'data', '--out', join(dir, 'seeds.db')], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`cold build failed: ${run.stderr}`);
    seconds.push(round((performance.now() - started) / 1000, 2));
  }
  return { seconds, median: [...seconds].sort((a, b) => a - b)[1] ?? 0 };
}

async function startChildServer(kind: 'graphql' | 'bare', db: string): Promise<ChildServer> {
  // Both servers as deployed: NODE_ENV=production (graphql-js skips its development-mode checks).
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/serve-child.ts', kind, db], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`${kind} server exited (${code ?? 'signal'}) before listening`)));
  });
  // The child answers each command with one line, in order (bench/serve-child.ts).
  const ask = <T>(command: string): Promise<T> =>
    new Promise((resolve) => {
      lines.once('line', (line) => resolve(JSON.parse(line) as T));
      child.stdin?.write(`${command}\n`);
    });
  return {
    url,
    child,
    cpuUs: async () => (await ask<{ cpuUs: number }>('cpu')).cpuUs,
    startProfile: async (path) => void (await ask(`profile ${path}`)),
    stopProfile: async () => void (await ask('profile-end')),
  };
}

async function post(url: string, q: ServeQuery): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ operationName: q.operationName, query: q.query, variables: q.variables }) });
  return response.json();
}

async function load(server: ChildServer, q: ServeQuery, durationS: number, profilePath: string | null): Promise<{ rps: number; p50: number; p99: number; cpuMsPerRequest: number }> {
  const options = { url: server.url, connections: CONNECTIONS, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ operationName: q.operationName, query: q.query, variables: q.variables }) };
  await autocannon({ ...options, duration: 1 }); // warm-up: JIT, caches, connections
  if (profilePath) await server.startProfile(profilePath);
  const cpuBefore = await server.cpuUs();
  const result = await autocannon({ ...options, duration: durationS });
  const cpuAfter = await server.cpuUs();
  if (profilePath) await server.stopProfile();
  if (result.errors > 0 || result.non2xx > 0 || result.timeouts > 0) throw new Error(`${q.name} at ${server.url}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`);
  const cpuMsPerRequest = round((cpuAfter - cpuBefore) / 1000 / Math.max(1, result.requests.total), 3);
  return { rps: round(result.requests.average, 0), p50: result.latency.p50, p99: result.latency.p99, cpuMsPerRequest };
}

async function measureServing(store: string): Promise<ServeResult[]> {
  const graphql = await startChildServer('graphql', store);
  const bare = await startChildServer('bare', store);
  try {
    // The page's first fact, and a claim most corpora of news will hold an answer to.
    const top = (await post(bare.url, serveQueries('', '')[0] as ServeQuery)) as { data: { facts: { edges: Array<{ node: { id: string; statement: string } }> } } };
    const first = top.data.facts.edges[0]?.node;
    const only = flags.queries?.split(',');
    const queries = serveQueries(first?.id ?? '', 'Michael Brown was shot').filter((q) => !only || only.includes(q.operationName));
    const profileDir = flags['cpu-prof'];
    if (profileDir) mkdirSync(profileDir, { recursive: true });
    const profileOf = (kind: string, q: ServeQuery): string | null => (profileDir ? resolvePath(profileDir, `${kind}-${q.operationName}.cpuprofile`) : null);
    const results: ServeResult[] = [];
    for (const q of queries) {
      const fromGraphql = await post(graphql.url, q);
      const fromBare = await post(bare.url, q);
      if (!isDeepStrictEqual(fromGraphql, fromBare)) {
        throw new Error(`${q.name}: the bare handler's JSON differs from GraphQL's:\n${JSON.stringify(fromGraphql).slice(0, 400)}\n${JSON.stringify(fromBare).slice(0, 400)}`);
      }
      log(`  ${q.name}: same JSON from both (${JSON.stringify(fromBare).length} bytes); loading each for ${DURATION_S} s...`);
      const g = await load(graphql, q, DURATION_S, profileOf('graphql', q));
      const b = await load(bare, q, DURATION_S, profileOf('bare', q));
      results.push({
        query: q.name,
        graphqlRps: g.rps,
        bareRps: b.rps,
        ratio: round(g.rps / b.rps, 2),
        graphqlP50Ms: g.p50,
        graphqlP99Ms: g.p99,
        bareP50Ms: b.p50,
        bareP99Ms: b.p99,
        graphqlCpuMsPerRequest: g.cpuMsPerRequest,
        bareCpuMsPerRequest: b.cpuMsPerRequest,
        cpuRatio: round(b.cpuMsPerRequest / g.cpuMsPerRequest, 2),
      });
    }
    return results;
  } finally {
    for (const server of [graphql, bare]) {
      server.child.stdin?.end();
      server.child.kill('SIGTERM');
    }
  }
}

function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

function buildTable(sizes: SizeResult[]): string {
  return table(
    ['articles', 'corpus', 'MB', 'build s', 'CPU s', 'articles/s', 'peak RSS MB', 'x per doubling (CPU)', 'parse s', 'parse/build'],
    sizes.map((s) => [s.articles, s.corpus, s.textMB, s.seconds, s.cpuSeconds, round(s.articles / s.seconds, 1), s.peakRssMB, s.timePerDoubling === null ? '-' : `${s.timePerDoubling} (${s.cpuPerDoubling})`, s.parseSeconds ?? '-', s.parseSeconds ? round(s.parseSeconds / s.seconds, 2) : '-']),
  );
}

function serveTable(serve: ServeResult[], articles: number): string {
  return [
    `\nServing (store of ${articles} articles; autocannon, ${CONNECTIONS} connections, ${DURATION_S} s each after 1 s warm-up; goals: ratio >= 0.5, GraphQL p99 < 25 ms)`,
    table(
      ['query', 'GraphQL req/s', 'p50 ms', 'p99 ms', 'bare req/s', 'p50 ms', 'p99 ms', 'ratio', 'CPU ms/req GraphQL', 'bare', 'CPU ratio'],
      serve.map((s) => [s.query, s.graphqlRps, s.graphqlP50Ms, s.graphqlP99Ms, s.bareRps, s.bareP50Ms, s.bareP99Ms, s.ratio, s.graphqlCpuMsPerRequest, s.bareCpuMsPerRequest, s.cpuRatio]),
    ),
  ].join('\n');
}

async function serveOnly(store: string): Promise<void> {
  const loadBefore = loadavg().map((x) => round(x, 2));
  const serve = await measureServing(store);
  process.stdout.write(`${serveTable(serve, -1).replace('store of -1 articles', store)}\nLoad average before ${loadBefore.join(' ')}, after ${loadavg().map((x) => round(x, 2)).join(' ')}.\n`);
}

async function main(): Promise<void> {
  const startedMs = Date.now();
  const loadBefore = loadavg().map((x) => round(x, 2));
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  log(`corroborate bench${isQuick ? ' --quick' : ''}${isBuildOnly ? ' --build-only' : ''}: sizes ${SIZES.join(', ')}; serving ${DURATION_S} s per query per server; work in ${dir}`);
  try {
    // The builds run the compiled dist/ (bench/child.ts), as the user's command does: compiled again
    // here if the sources changed since (npm run prepare), so that no run measures tsx instead.
    const compiled = spawnSync(process.execPath, ['bin/compile.mjs'], { encoding: 'utf8' });
    log(`  ${(compiled.stdout || compiled.stderr).trim()}`);
    log('build:');
    const { sizes, stores } = measureBuilds(dir);
    const cold = measureColdBuild(dir);
    log(`  cold build of data/ (5 articles), process start to exit: ${cold.seconds.join(', ')} s`);
    if (isBuildOnly) {
      process.stdout.write(`\n${buildTable(sizes)}\nCold build of data/ (5 articles), process start to exit: median ${cold.median} s of ${cold.seconds.join(', ')} (goal < 2 s)\nLoad average before ${loadBefore.join(' ')}, after ${loadavg().map((x) => round(x, 2)).join(' ')}; ${round((Date.now() - startedMs) / 1000, 0)} s in all.\n`);
      return;
    }
    const real = sizes.find((s) => s.articles === REAL_BODIES) ?? sizes[sizes.length - 1];
    if (!real || real.parseSeconds === null) throw new Error('no corpus with a bare parse to compare the build with');
    // --quick serves the smallest store: its server prepares assessClaim's index in a few seconds.
    const serveArticles = isQuick ? Math.min(...sizes.map((s) => s.articles)) : real.articles;
    const serveStore = stores.get(serveArticles);
    if (!serveStore) throw new Error('no store to serve');
    log(`serving (store of ${serveArticles} articles):`);
    const serve = await measureServing(serveStore);
    const loadAfter = loadavg().map((x) => round(x, 2));

    const build = {
      corpusArticles: real.articles,
      corpusMB: real.textMB,
      parseArticlesPerS: round(real.articles / real.parseSeconds, 1),
      parseMBPerS: round(real.textMB / real.parseSeconds, 2),
      buildArticlesPerS: round(real.articles / real.seconds, 1),
      buildMBPerS: round(real.textMB / real.seconds, 2),
      ratio: round(real.parseSeconds / real.seconds, 2),
      cpuRatio: real.parseCpuSeconds === null ? null : round(real.parseCpuSeconds / real.cpuSeconds, 2),
      peakRssMB: Math.max(...sizes.map((s) => s.peakRssMB)),
      coldBuildSeconds: cold.median,
      coldBuildRuns: cold.seconds,
      sizes,
    };
    const results = {
      date: new Date().toISOString(),
      mode: isQuick ? 'quick' : 'full',
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', totalMemMB: Math.round(totalmem() / 2 ** 20), node: process.version, platform: process.platform, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter },
      build,
      serve,
      serveStoreArticles: serveArticles,
      serveSettings: { connections: CONNECTIONS, durationS: DURATION_S, warmupS: 1 },
      elapsedS: round((Date.now() - startedMs) / 1000, 0),
    };
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(`${RESULTS}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
    renameSync(`${RESULTS}.tmp`, RESULTS);

    const out: string[] = [];
    out.push(`\nBuild (${build.corpusArticles} real FNC-1 bodies, ${build.corpusMB} MB): full build ${build.buildArticlesPerS} articles/s, ${build.buildMBPerS} MB/s; bare parse ${build.parseArticlesPerS} articles/s, ${build.parseMBPerS} MB/s; ratio ${build.ratio} (goal >= 0.5; by CPU time ${build.cpuRatio})`);
    out.push(buildTable(sizes));
    out.push(`Cold build of data/ (5 articles), process start to exit: median ${cold.median} s of ${cold.seconds.join(', ')} (goal < 2 s)`);
    out.push(serveTable(serve, serveArticles));
    out.push(`\nMachine: ${results.machine.cpus} x ${results.machine.cpuModel}, Node ${process.version}; load average before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}. ${results.elapsedS} s in all. Wrote ${RESULTS}.`);
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (flags['serve-only']) await serveOnly(flags['serve-only']);
else await main();
