// Long fuzzing: `npm run fuzz -- --n 10000 [--seed N] [--target text]`. Runs each target of
// tests/fuzz/targets.ts on n generated inputs at the long scale (megabyte lines, deep nesting, 1 MB
// GraphQL strings) against the real ingest, pipeline and an HTTP server on a store built from data/,
// and prints for each target how many inputs it tried, how many failed, its slowest input and the
// process's peak memory. Exits 1 when any input failed. Not run by npm test.

import { parseArgs } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { startServer } from '../src/graphql/server.js';
import { getSchema } from '../src/graphql/schema.js';
import { buildStore } from '../tests/helpers.js';
import { articleFilesTarget, graphqlDocumentsTarget, graphqlInputsTarget, pipelineTarget, servedCorpus, type FuzzTarget } from '../tests/fuzz/targets.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '10000' }, seed: { type: 'string' }, target: { type: 'string' } } });
const n = Number(values.n);
if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a positive whole number; got ${values.n}`);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
/** Inputs are generated in batches so that megabyte inputs are not all held at once. */
const BATCH = 100;
/** An asynchronous check slower than this counts as a hang. */
const HANG_MS = 60_000;

interface Report {
  name: string;
  tried: number;
  failed: number;
  seconds: number;
  slowestMs: number;
  slowest: string;
  peakRssMb: number;
  failures: string[];
}

async function run<T>(target: FuzzTarget<T>): Promise<Report> {
  const report: Report = { name: target.name, tried: 0, failed: 0, seconds: 0, slowestMs: 0, slowest: '', peakRssMb: 0, failures: [] };
  const started = performance.now();
  for (let batch = 0; report.tried < n; batch++) {
    const inputs = fc.sample(target.arbitrary, { numRuns: Math.min(BATCH, n - report.tried), seed: seed + batch });
    for (const input of inputs) {
      const t = performance.now();
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          target.check(input),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer after ${HANG_MS} ms`)), HANG_MS);
          }),
        ]);
      } catch (error) {
        report.failed++;
        if (report.failures.length < 5) report.failures.push(`${target.describe(input)}\n      -> ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        clearTimeout(timer);
      }
      const ms = performance.now() - t;
      if (ms > report.slowestMs) {
        report.slowestMs = ms;
        report.slowest = target.describe(input).slice(0, 160);
      }
      report.tried++;
      report.peakRssMb = Math.max(report.peakRssMb, process.memoryUsage().rss / 2 ** 20);
      if (report.tried % 1000 === 0) process.stderr.write(`  ${target.name}: ${report.tried}/${n}, ${report.failed} failed\n`);
    }
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

const dir = mkdtempSync(join(tmpdir(), 'corroborate-fuzz-'));
const server = await startServer({ dbPath: buildStore(['data'], dir), port: 0, host: '127.0.0.1', log: () => {} });
try {
  const corpus = await servedCorpus(server.url, await getSchema());
  const targets: Array<FuzzTarget<never>> = [articleFilesTarget('long'), pipelineTarget('long'), graphqlInputsTarget(corpus, 'long'), graphqlDocumentsTarget(corpus)] as Array<FuzzTarget<never>>;
  const chosen = targets.filter((t) => values.target === undefined || t.name.toLowerCase().includes(values.target.toLowerCase()));
  process.stdout.write(`fuzzing ${chosen.length} targets, ${n} inputs each, seed ${seed} (rerun one with --seed ${seed} --target <name>)\n`);
  const reports: Report[] = [];
  for (const target of chosen) {
    const report = await run(target);
    reports.push(report);
    process.stdout.write(
      `${report.name}: ${report.tried} inputs, ${report.failed} failed, ${report.seconds.toFixed(1)} s, ` +
        `slowest ${report.slowestMs.toFixed(0)} ms (${report.slowest}), peak RSS ${report.peakRssMb.toFixed(0)} MB\n`,
    );
    for (const failure of report.failures) process.stdout.write(`    ${failure}\n`);
  }
  const health = await fetch(new URL('/health', server.url));
  process.stdout.write(`server after fuzzing: GET /health ${health.status}\n`);
  const failed = reports.reduce((sum, r) => sum + r.failed, 0);
  process.stdout.write(`total: ${reports.reduce((sum, r) => sum + r.tried, 0)} inputs, ${failed} failed\n`);
  process.exitCode = failed > 0 || health.status !== 200 ? 1 : 0;
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
