// Soak: `npm run soak -- --minutes 10 [--connections 8] [--reload-every 60] [--db store.db]`. Builds
// the bundled articles (unless --db is given), starts `corroborate serve` as a child process on
// loopback, and drives it with a mix of the queries dashboards and analysts send (pages of facts with
// filters and cursors, facts by id, disputes with their answers, sources with their facts, stats,
// assessClaim, /health) plus requests the server must refuse with a code. Every --reload-every seconds
// it sends SIGHUP, so the store is reopened under load. Prints req/s, unexpected errors and the server's
// RSS every 10 s, then a summary: RSS at start, and the median RSS in the minute after warm-up and in
// the last minute, whose difference is the growth. Not run by npm test.

import { parseArgs } from 'node:util';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    connections: { type: 'string', default: '8' },
    'reload-every': { type: 'string', default: '60' },
    db: { type: 'string' },
  },
});
const durationMs = Number(values.minutes) * 60_000;
const connections = Number(values.connections);
const reloadEveryMs = Number(values['reload-every']) * 1000;
if (!(durationMs > 0) || !(connections >= 1) || !(reloadEveryMs >= 0)) throw new Error('--minutes and --connections must be positive numbers, --reload-every zero or more');
/** RSS after this long under load is the baseline for growth: the first minutes fill caches and JIT. */
const WARMUP_MS = Math.min(60_000, durationMs / 5);
/**
 * RSS swings by ~100 MB between garbage collections under this load, so one sample at each end says
 * little: growth compares the median of the samples (one a second) in the minute after warm-up with
 * the median in the last minute.
 */
const WINDOW_MS = Math.min(60_000, durationMs / 5);

const dir = mkdtempSync(join(tmpdir(), 'corroborate-soak-'));
const dbPath = values.db ?? join(dir, 'store.db');
if (!values.db) {
  const built = spawnSync(process.execPath, ['bin/corroborate.mjs', 'build', 'data', '--out', dbPath], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
}

const server = spawn(process.execPath, ['bin/corroborate.mjs', 'serve', '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
let serverLog = '';
server.stderr.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const match = /at (http:\/\/\S+\/)/.exec(out);
    if (match?.[1]) resolve(match[1]);
  });
  server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${serverLog}`)));
});

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

async function post(body: unknown): Promise<{ status: number; json: { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> } }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> } };
}

// Real ids and cursors to ask for.
const seed = await post({ query: '{ facts(first: 100) { edges { cursor node { id } } } disputes(first: 10) { edges { node { id } } } sources(first: 10) { edges { node { key } } } }' });
type Edges<N> = { edges: Array<{ cursor?: string; node: N }> };
const seedData = seed.json.data as { facts: Edges<{ id: string }>; disputes: Edges<{ id: string }>; sources: Edges<{ key: string }> };
const factIds = seedData.facts.edges.map((e) => e.node.id);
const cursors = seedData.facts.edges.map((e) => e.cursor ?? '');
const disputeIds = seedData.disputes.edges.map((e) => e.node.id);
const sourceKeys = seedData.sources.edges.map((e) => e.node.key);
const CLAIMS = ['Seven security guards were injured in the attack', 'Kadhimi was unharmed', 'The attack happened on Saturday night', 'Kadhimi was killed', 'Two drones were shot down', 'The price of oil rose'];
const FACT_FIELDS = 'id statement kind confidence status supporterCount confidenceExplanation { summary } supporting { stance quote start end attribution weight source { key outlet } } contradicting { quote source { key } } dispute { id question }';

interface Request {
  name: string;
  run: (i: number) => Promise<boolean>;
}
const at = <T>(items: T[], i: number): T => items[i % items.length] as T;
const ok = async (body: unknown): Promise<boolean> => {
  const r = await post(body);
  return r.status === 200 && !r.json.errors && !!r.json.data;
};
const refused = async (body: unknown, code: string): Promise<boolean> => {
  const r = await post(body);
  return r.json.errors?.[0]?.extensions?.code === code;
};

/** The mix, by weight: what a dashboard polls most, what an analyst asks sometimes, and mistakes. */
const MIX: Array<[number, Request]> = [
  [20, { name: 'facts page', run: (i) => ok({ query: `query($after: String, $min: Float) { facts(first: 20, after: $after, filter: { minConfidence: $min }) { totalCount pageInfo { endCursor hasNextPage } edges { node { ${FACT_FIELDS} } } } }`, variables: { after: i % 3 === 0 ? null : at(cursors, i), min: (i % 5) / 10 } }) }],
  [10, { name: 'facts filtered', run: (i) => ok({ query: `query($f: FactFilter) { facts(first: 50, filter: $f, orderBy: SUPPORTERS_DESC) { totalCount edges { node { id statement status } } } }`, variables: { f: [{ status: 'DISPUTED' }, { text: 'guard' }, { sourceKey: at(sourceKeys, i) }, { text: 'drone', status: 'CONSENSUS' }][i % 4] } }) }],
  [10, { name: 'fact by id', run: (i) => ok({ query: `query($id: ID!) { fact(id: $id) { ${FACT_FIELDS} } node(id: $id) { id } }`, variables: { id: at(factIds, i) } }) }],
  [8, { name: 'disputes', run: () => ok({ query: `{ disputes(first: 20) { totalCount edges { node { id question kind alternatives { ${FACT_FIELDS} } } } } }` }) }],
  [4, { name: 'dispute by id', run: (i) => ok({ query: 'query($id: ID!) { dispute(id: $id) { question alternatives { statement confidence } } }', variables: { id: at(disputeIds, i) } }) }],
  [6, { name: 'sources', run: (i) => ok({ query: 'query($k: String!) { sources(first: 20) { edges { node { key title reliability } } } source(key: $k) { key text facts(first: 20) { totalCount edges { node { statement } } } } }', variables: { k: at(sourceKeys, i) } }) }],
  [8, { name: 'stats', run: () => ok({ query: '{ stats { sources claims facts disputes entities confidenceHistogram { lower upper count } build { finishedAt } } entities(first: 20) { edges { node { name aliases } } } }' }) }],
  [4, { name: 'assessClaim', run: (i) => ok({ query: 'query($t: String!) { assessClaim(text: $t) { verdict confidence supporting { quote source { key } } contradicting { quote } mentioning { quote } } }', variables: { t: at(CLAIMS, i) } }) }],
  [4, { name: 'health', run: async () => (await fetch(new URL('/health', url))).status === 200 }],
  [2, { name: 'refused: page of 500', run: () => refused({ query: '{ facts(first: 500) { totalCount } }' }, 'BAD_USER_INPUT') }],
  [2, { name: 'refused: bad id', run: (i) => refused({ query: 'query($id: ID!) { fact(id: $id) { id } }', variables: { id: `nope-${i}` } }, 'BAD_USER_INPUT') }],
  [1, { name: 'refused: too costly', run: () => refused({ query: '{ facts(first: 100) { edges { node { supporting { source { facts(first: 100) { edges { node { id } } } } } } } } }' }, 'QUERY_TOO_COMPLEX') }],
  [1, { name: 'refused: too deep', run: () => refused({ query: `{ facts(first: 1) { edges { node { ${'dispute { alternatives { '.repeat(6)}id${' } }'.repeat(6)} } } } }` }, 'QUERY_TOO_DEEP') }],
];
const schedule = MIX.flatMap(([weight, request]) => Array.from({ length: weight }, () => request));

const started = performance.now();
const rssStart = rssMb(server.pid ?? 0);
const rssSamples: Array<{ atMs: number; mb: number }> = [];
let total = 0;
let errors = 0;
const errorsByName = new Map<string, number>();
let intervalCount = 0;
let reloads = 0;
const latencies: number[] = [];
let isRunning = true;

const clients = Array.from({ length: connections }, async (_, c) => {
  for (let i = c; isRunning; i += connections) {
    const request = at(schedule, (i * 7919) % schedule.length);
    const t = performance.now();
    let isOk = false;
    try {
      isOk = await request.run(i);
    } catch {
      isOk = false;
    }
    if (latencies.length < 200_000) latencies.push(performance.now() - t);
    total++;
    intervalCount++;
    if (!isOk) {
      errors++;
      errorsByName.set(request.name, (errorsByName.get(request.name) ?? 0) + 1);
    }
  }
});

const reloader = reloadEveryMs > 0 ? setInterval(() => {
  server.kill('SIGHUP');
  reloads++;
}, reloadEveryMs) : null;
process.stdout.write(`soak: ${values.minutes} min, ${connections} connections, SIGHUP every ${reloadEveryMs / 1000 || '-'} s, server pid ${server.pid} at ${url}\n`);
process.stdout.write(`RSS at start (before load): ${rssStart.toFixed(1)} MB\n`);
const sampler = setInterval(() => rssSamples.push({ atMs: performance.now() - started, mb: rssMb(server.pid ?? 0) }), 1_000);
const ticker = setInterval(() => {
  const elapsed = performance.now() - started;
  process.stdout.write(`  ${(elapsed / 60_000).toFixed(1)} min: ${(intervalCount / 10).toFixed(0)} req/s, ${total} requests, ${errors} errors, RSS ${rssMb(server.pid ?? 0).toFixed(1)} MB\n`);
  intervalCount = 0;
}, 10_000);

await new Promise((resolve) => setTimeout(resolve, durationMs));
isRunning = false;
await Promise.all(clients);
clearInterval(ticker);
clearInterval(sampler);
if (reloader) clearInterval(reloader);
const rssEnd = rssMb(server.pid ?? 0);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const windowOf = (fromMs: number, toMs: number): number[] => rssSamples.filter((x) => x.atMs >= fromMs && x.atMs < toMs).map((x) => x.mb);
const rssWarm = median(windowOf(WARMUP_MS, WARMUP_MS + WINDOW_MS));
const rssLast = median(windowOf(durationMs - WINDOW_MS, durationMs + 1));
const rssMax = Math.max(...rssSamples.map((x) => x.mb));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const percentile = (p: number): string => (latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0).toFixed(1);
server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));
// Counted after the server exits: the last SIGHUP can be sent in the run's final moment.
const reloadLines = (serverLog.match(/store reloaded/g) ?? []).length;
process.stdout.write(
  [
    `requests: ${total} in ${seconds.toFixed(0)} s = ${(total / seconds).toFixed(0)} req/s; latency p50 ${percentile(0.5)} ms, p99 ${percentile(0.99)} ms`,
    `errors: ${errors}${errors ? ` (${[...errorsByName].map(([n, k]) => `${n}: ${k}`).join(', ')})` : ''} (refusals with the expected code are not errors)`,
    `reloads: ${reloads} SIGHUP sent, ${reloadLines} logged by the server`,
    `RSS: start ${rssStart.toFixed(1)} MB (before load), end ${rssEnd.toFixed(1)} MB (one sample), highest ${rssMax.toFixed(1)} MB`,
    `RSS medians (a sample a second): ${(WARMUP_MS / 1000).toFixed(0)}-${((WARMUP_MS + WINDOW_MS) / 1000).toFixed(0)} s ${rssWarm.toFixed(1)} MB, last ${(WINDOW_MS / 1000).toFixed(0)} s ${rssLast.toFixed(1)} MB: growth ${(((rssLast - rssWarm) / rssWarm) * 100).toFixed(1)}%`,
    '',
  ].join('\n'),
);
rmSync(dir, { recursive: true, force: true });
process.exitCode = errors > 0 ? 1 : 0;
