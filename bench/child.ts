// One measurement in a fresh process, so that its peak RSS is its own and no cache is warm:
//   tsx bench/child.ts build <store.db> <article paths...>   the real build (src/cli/build.ts)
//   tsx bench/child.ts parse <article paths...>              the bare wink-nlp parse (bench/bare-parse.ts)
// Prints one JSON line: elapsed seconds of the work itself (module loading excluded), peak RSS, counts.

import { readArticles } from '../src/ingest/read-articles.js';
import { bareParse } from './bare-parse.js';
// @ts-expect-error bin/compile.mjs is plain JavaScript, without types.
import { compiledMain } from '../bin/compile.mjs';

// The build as `corroborate build` runs it: the compiled dist/ while it matches the sources (as `npm
// install` leaves it), the TypeScript through tsx otherwise. Through tsx, each extraction thread also
// loads tsx, which the user's command does not.
const isCompiled = (compiledMain as () => string | null)() !== null;
const { buildStore } = (await import(isCompiled ? '../dist/src/cli/build.js' : '../src/cli/build.js')) as typeof import('../src/cli/build.js');

export interface ChildReport {
  mode: 'build' | 'parse';
  articles: number;
  seconds: number;
  /** CPU time (user + system, all threads) of the process over the same span: steadier than seconds on a shared machine. */
  cpuSeconds: number;
  peakRssMB: number;
  detail: Record<string, number>;
}

function peakRssMB(): number {
  // maxRSS is in kilobytes.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const [mode, ...args] = process.argv.slice(2);
let report: ChildReport;
if (mode === 'build') {
  const [out, ...paths] = args;
  if (!out || paths.length === 0) throw new Error('usage: child.ts build <store.db> <paths...>');
  const cpu = process.cpuUsage();
  const built = buildStore(paths, out);
  report = { mode, articles: built.sources, seconds: built.elapsedMs / 1000, cpuSeconds: cpuSecondsSince(cpu), peakRssMB: peakRssMB(), detail: { claims: built.claims, facts: built.facts, disputes: built.disputes, entities: built.entities, compiled: isCompiled ? 1 : 0 } };
} else if (mode === 'parse') {
  // Reading the files is not part of the limit: the parse alone is timed.
  const { sources } = readArticles(args);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const parsed = bareParse(sources);
  report = { mode, articles: sources.length, seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSecondsSince(cpu), peakRssMB: peakRssMB(), detail: { ...parsed } };
} else {
  throw new Error(`unknown mode ${mode ?? ''}: build or parse`);
}
process.stdout.write(`${JSON.stringify(report)}\n`);
