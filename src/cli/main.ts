// The corroborate command: arguments, progress, summaries and exit codes. The work itself is done by
// ingest, pipeline, store and graphql; this file only wires them to a terminal.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { existsSync } from 'node:fs';
import { CorroborateError } from '../errors.js';

// Each command imports what it needs when it runs: `corroborate build` does not load Apollo, GraphQL or
// the stance model (about a second of start-up, most of the bundled articles' cold build).

const DEFAULT_DB = '.corroborate/store.db';
const DEFAULT_DATA = 'data';
const DEFAULT_PORT = 4000;

const HELP: Record<string, string> = {
  main: `corroborate: facts with provenance from a cluster of news articles

Usage:
  corroborate build <dir|files...> --out <store.db>   build a store from articles
  corroborate serve --db <store.db> [--port N] [--host H] [--production]   serve GraphQL and Apollo Sandbox
  corroborate assess "<claim>" --db <store.db>         which sources support or contradict a claim
  corroborate start [--data <dir>] [--db <path>] [--port N]   build, then serve (npm start)
  corroborate stance --bodies <bodies.csv> --stances <stances.csv> --out <predictions.csv>
                                                       FNC-1 stance of each headline/body pair
  corroborate fuse --claims <file> --format book|dafna --out <values.csv> [--gold <file>]
                                                       truth discovery on a claims table

Run 'corroborate <command> --help' for a command's options.
Environment: PORT, CORROBORATE_DB, CORROBORATE_DATA (flags win); NODE_ENV=production is --production;
DEBUG=corroborate prints stack traces.`,
  build: `Usage: corroborate build <dir|files...> --out <store.db> [--threads N]

Reads .txt (optional first line " date YYYY-MM-DD"), .json (a record or an array of records), .jsonl
and .csv files; records are {id?, url?, title?, outlet?, publishedAt?, text}. A .csv has a header row
and one record a row; its text column is "text" or "articleBody" and its id column "id" or "Body ID"
(so FNC-1's train_bodies.csv builds as it is). Writes a new store and renames it over --out only when
the whole build succeeded; a malformed file stops the build and names the file.
--threads N: threads that read articles (default: one per core, at most 4, and one more per 100
articles); the store is the same for any N.`,
  serve: `Usage: corroborate serve --db <store.db> [--port N] [--host H] [--production]

Serves GraphQL on POST / and Apollo Sandbox on GET / (default http://127.0.0.1:4000/); GET /health.
When a build replaces the store file, the server switches to it; requests already running finish on
the old one. SIGHUP reopens the store at once.
--production (or NODE_ENV=production): no introspection, no Sandbox, no schema hints in errors.`,
  assess: `Usage: corroborate assess "<claim text>" --db <store.db>

Prints the verdict, then the sources that support and contradict the claim with their quotes.`,
  stance: `Usage: corroborate stance --bodies <bodies.csv> --stances <stances.csv> --out <predictions.csv>

Reads FNC-1 CSV files (bodies: "Body ID","articleBody"; pairs: "Headline","Body ID"[,"Stance"]) and
writes "Headline","Body ID","Stance" with the predicted stance: agree, disagree, discuss or unrelated.
Pairs stream through one at a time; the bodies are held as compact profiles.`,
  fuse: `Usage: corroborate fuse --claims <file> --format book|dafna [--out <values.csv>] [--gold <file>]
                       [--method engine|vote|truthfinder|accu|accusim] [--sources <sources.csv>]

Runs truth discovery on a claims table and writes --out with the columns object,property,value,
probability,chosen: one row per candidate value of each data item (values after normalisation by type),
chosen=1 on the value picked for the item.
  --format book    tab-separated source, ISBN, title, author list (the Book data set); no header
  --format dafna   quoted CSV "ObjectID","PropertyID","PropertyValue","SourceID"[,"TimeStamp"]; the data
                   item is ObjectID + PropertyID
  --gold <file>    Book's gold file, or a DAFNA truth CSV "ObjectID","PropertyID","PropertyValue"; prints
                   precision (share of gold items whose chosen value matches), ECE, Brier and the
                   reliability table
  --method         engine (default) or a reference algorithm: vote, truthfinder, accu, accusim
  --sources <file> writes each source's estimated reliability (engine only)
The file is streamed; claims past a memory budget are spilled to temporary files.`,
  start: `Usage: corroborate start [--data <dir>] [--db <path>] [--port N] [--host H] [--production]

Builds the articles in --data (default data/) into --db (default ${DEFAULT_DB}), then serves it.`,
};

class UsageError extends Error {}

function parse(args: string[], options: ParseArgsConfig['options']): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function portFrom(value: string | boolean | undefined): number {
  const text = typeof value === 'string' ? value : (process.env.PORT ?? String(DEFAULT_PORT));
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535; got "${text}"`);
  return port;
}

function progressBar(done: number, total: number, what = 'reading articles'): void {
  const width = 30;
  const filled = Math.round((Math.min(done, total) / Math.max(total, 1)) * width);
  process.stderr.write(`\r  ${what} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

function threadsFrom(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 64) throw new UsageError(`--threads must be a whole number from 1 to 64; got "${text}"`);
  return Number(text);
}

async function build(paths: string[], out: string, threads?: number): Promise<void> {
  const { buildStore } = await import('./build.js');
  const built = buildStore(paths, out, process.stderr.isTTY ? progressBar : undefined, threads);
  process.stdout.write(
    `built ${out}: ${built.sources} sources, ${built.claims} claims, ${built.facts} facts, ` +
      `${built.disputes} disputes, ${built.entities} entities in ${built.elapsedMs} ms\n`,
  );
}

async function serve(dbPath: string, port: number, host: string | undefined, isProduction: boolean | undefined): Promise<void> {
  // Loaded here, not at the top: Apollo and type-graphql take about a second to import, which every
  // `corroborate build` would otherwise pay for nothing.
  const { startServer } = await import('../graphql/server.js');
  const server = await startServer({ dbPath, port, host, isProduction });
  process.stdout.write(`Corroborate serving ${dbPath} at ${server.url} (Apollo Sandbox in a browser; GraphQL on POST)\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // The store is reopened by itself when a build replaces the file; SIGHUP reopens it on demand.
  process.on('SIGHUP', () => {
    server.reload();
  });
}

async function assess(text: string, dbPath: string): Promise<void> {
  const [{ openStore }, { assessClaim }] = await Promise.all([import('../store/read.js'), import('../pipeline/assess.js')]);
  const store = openStore(dbPath);
  try {
    const result = assessClaim(text, store.loadAssessmentIndex());
    const sources = new Map(store.sourcesByKeys([...new Set([...result.supporting, ...result.contradicting].map((e) => e.sourceKey))]).flatMap((s) => (s ? [[s.key, s] as const] : [])));
    process.stdout.write(`${result.verdict} (confidence ${result.confidence})\n`);
    for (const [label, evidence] of [['SUPPORTING', result.supporting], ['CONTRADICTING', result.contradicting]] as const) {
      process.stdout.write(`${label}${evidence.length === 0 ? ': none' : ''}\n`);
      for (const e of evidence) {
        const outlet = sources.get(e.sourceKey)?.outlet;
        process.stdout.write(`  ${e.sourceKey}${outlet ? ` (${outlet})` : ''}  "${e.quote}"${e.attribution ? `  — ${e.attribution}` : ''}\n`);
      }
    }
  } finally {
    store.close();
  }
}

async function fuse(values: Record<string, string | boolean | undefined>): Promise<void> {
  const [{ CLAIMS_FORMATS, FUSE_METHODS, fuseTable, loadClaimsTable, loadGold, writeAnswers, writeSourceReliabilities }, { formatReliabilityTable }] = await Promise.all([
    import('./fuse.js'),
    import('../pipeline/truth/calibration.js'),
  ]);
  type ClaimsFormat = import('./fuse.js').ClaimsFormat;
  type FuseMethod = import('./fuse.js').FuseMethod;
  const { claims, format, gold, out, sources } = values;
  const method = values.method ?? 'engine';
  if (typeof claims !== 'string') throw new UsageError('fuse needs --claims <file>');
  if (typeof format !== 'string' || !(CLAIMS_FORMATS as readonly string[]).includes(format)) throw new UsageError(`fuse needs --format ${CLAIMS_FORMATS.join('|')}`);
  if (typeof method !== 'string' || !(FUSE_METHODS as readonly string[]).includes(method)) throw new UsageError(`--method must be one of ${FUSE_METHODS.join(', ')}`);
  if (typeof out !== 'string' && typeof gold !== 'string') throw new UsageError('fuse needs --out <values.csv> or --gold <file> (or both)');
  if (typeof sources === 'string' && method !== 'engine') throw new UsageError('--sources needs --method engine');
  for (const path of [claims, gold]) if (typeof path === 'string' && !existsSync(path)) throw new CorroborateError('INVALID_ARGUMENT', `${path}: no such file`);
  const started = Date.now();
  const table = await loadClaimsTable(claims, format as ClaimsFormat);
  try {
    const goldAnswers = typeof gold === 'string' ? await loadGold(gold, format as ClaimsFormat, table) : null;
    const fused = fuseTable(table, method as FuseMethod);
    const summary = writeAnswers(table, fused, typeof out === 'string' ? out : null, goldAnswers);
    if (typeof sources === 'string' && fused.model) writeSourceReliabilities(table, fused.model, sources);
    const types = [...table.types.entries()].map(([property, type]) => (property ? `${property}: ${type}` : type)).join(', ');
    process.stdout.write(
      `fused ${table.store.claimCount} claims from ${table.store.sources.length} sources on ${summary.items} items (${types}; ${table.ignoredClaims} claims without a readable value) ` +
        `with ${method} in ${Date.now() - started} ms${typeof out === 'string' ? `; wrote ${out} (${summary.rows} values)` : ''}\n`,
    );
    if (fused.model) process.stdout.write(`engine: ${fused.model.iterations} iterations, ${fused.model.falseValues.toFixed(2)} false values per item, temperature ${fused.model.temperature}\n`);
    const report = summary.gold;
    if (report) {
      const right = report.outcomes.filter((o) => o.isCorrect).length;
      process.stdout.write(
        `gold: precision ${report.precision.toFixed(3)} (${right}/${report.outcomes.length}), partial credit ${report.partialCredit.toFixed(3)}, ` +
          `ECE ${report.calibration.ece.toFixed(3)}, Brier ${report.calibration.brier.toFixed(3)}${report.unreadable > 0 ? `; ${report.unreadable} gold values unreadable, left out` : ''}\n`,
      );
      process.stdout.write(`${formatReliabilityTable(report.calibration)}\n`);
    }
  } finally {
    table.store.dispose();
  }
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${HELP.main}\n`);
    return;
  }
  const help = HELP[command];
  if (!help || command === 'main') throw new UsageError(`unknown command "${command}" (try --help)`);
  const { values, positionals } = parse(rest, {
    out: { type: 'string', short: 'o' },
    db: { type: 'string' },
    data: { type: 'string' },
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    bodies: { type: 'string' },
    stances: { type: 'string' },
    claims: { type: 'string' },
    format: { type: 'string' },
    gold: { type: 'string' },
    method: { type: 'string' },
    sources: { type: 'string' },
    production: { type: 'boolean' },
    threads: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(`${help}\n`);
    return;
  }
  const db = typeof values.db === 'string' ? values.db : (process.env.CORROBORATE_DB ?? DEFAULT_DB);
  const host = typeof values.host === 'string' ? values.host : undefined;
  const isProduction = values.production === true ? true : undefined;
  switch (command) {
    case 'build': {
      if (positionals.length === 0) throw new UsageError('build needs at least one article file or directory');
      if (typeof values.out !== 'string') throw new UsageError('build needs --out <store.db>');
      await build(positionals, values.out, threadsFrom(values.threads));
      return;
    }
    case 'serve':
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}"`);
      await serve(db, portFrom(values.port), host, isProduction);
      return;
    case 'assess': {
      if (positionals.length !== 1) throw new UsageError('assess needs exactly one claim, in quotes');
      await assess(positionals[0] ?? '', db);
      return;
    }
    case 'stance': {
      if (typeof values.bodies !== 'string' || typeof values.stances !== 'string' || typeof values.out !== 'string') {
        throw new UsageError('stance needs --bodies <bodies.csv> --stances <stances.csv> --out <predictions.csv>');
      }
      const started = Date.now();
      const { predictStances } = await import('./stance.js');
      const done = await predictStances(values.bodies, values.stances, values.out, process.stderr.isTTY ? (n, total) => progressBar(n, total, 'scoring pairs') : undefined);
      process.stdout.write(`wrote ${values.out}: ${done.rows} pairs over ${done.bodies} bodies in ${Date.now() - started} ms\n`);
      return;
    }
    case 'fuse': {
      await fuse(values);
      return;
    }
    case 'start': {
      const port = portFrom(values.port);
      const data = typeof values.data === 'string' ? values.data : (process.env.CORROBORATE_DATA ?? DEFAULT_DATA);
      await build([data], db);
      await serve(db, port, host, isProduction);
      return;
    }
  }
}

function reason(error: unknown): string {
  if (error instanceof CorroborateError || error instanceof UsageError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`corroborate: ${reason(error).split('\n')[0] ?? ''}\n`);
  if (process.env.DEBUG?.includes('corroborate') && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
