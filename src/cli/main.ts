// The corroborate command: arguments, progress, summaries and exit codes. The work itself is done by
// ingest, pipeline, store and graphql; this file only wires them to a terminal.

import { parseArgs, type ParseArgsConfig } from 'node:util';
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
  corroborate serve --db <store.db> [--port N] [--host H]   serve GraphQL and Apollo Sandbox
  corroborate assess "<claim>" --db <store.db>         which sources support or contradict a claim
  corroborate start [--data <dir>] [--db <path>] [--port N]   build, then serve (npm start)
  corroborate stance --bodies <bodies.csv> --stances <stances.csv> --out <predictions.csv>
                                                       FNC-1 stance of each headline/body pair

Run 'corroborate <command> --help' for a command's options.
Environment: PORT, CORROBORATE_DB, CORROBORATE_DATA (flags win); DEBUG=corroborate prints stack traces.`,
  build: `Usage: corroborate build <dir|files...> --out <store.db>

Reads .txt (optional first line " date YYYY-MM-DD"), .json (a record or an array of records), .jsonl
and .csv files; records are {id?, url?, title?, outlet?, publishedAt?, text}. A .csv has a header row
and one record a row; its text column is "text" or "articleBody" and its id column "id" or "Body ID"
(so FNC-1's train_bodies.csv builds as it is). Writes a new store and renames it over --out only when
the whole build succeeded; a malformed file stops the build and names the file.`,
  serve: `Usage: corroborate serve --db <store.db> [--port N] [--host H]

Serves GraphQL on POST / and Apollo Sandbox on GET / (default http://127.0.0.1:4000/); GET /health.`,
  assess: `Usage: corroborate assess "<claim text>" --db <store.db>

Prints the verdict, then the sources that support and contradict the claim with their quotes.`,
  stance: `Usage: corroborate stance --bodies <bodies.csv> --stances <stances.csv> --out <predictions.csv>

Reads FNC-1 CSV files (bodies: "Body ID","articleBody"; pairs: "Headline","Body ID"[,"Stance"]) and
writes "Headline","Body ID","Stance" with the predicted stance: agree, disagree, discuss or unrelated.
Pairs stream through one at a time; the bodies are held as compact profiles.`,
  start: `Usage: corroborate start [--data <dir>] [--db <path>] [--port N] [--host H]

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

async function build(paths: string[], out: string): Promise<void> {
  const { buildStore } = await import('./build.js');
  const built = buildStore(paths, out, process.stderr.isTTY ? progressBar : undefined);
  process.stdout.write(
    `built ${out}: ${built.sources} sources, ${built.claims} claims, ${built.facts} facts, ` +
      `${built.disputes} disputes, ${built.entities} entities in ${built.elapsedMs} ms\n`,
  );
}

async function serve(dbPath: string, port: number, host: string | undefined): Promise<void> {
  const { startServer } = await import('../graphql/server.js');
  const server = await startServer({ dbPath, port, host });
  process.stdout.write(`Corroborate serving ${dbPath} at ${server.url} (Apollo Sandbox in a browser; GraphQL on POST)\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
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
  });
  if (values.help) {
    process.stdout.write(`${help}\n`);
    return;
  }
  const db = typeof values.db === 'string' ? values.db : (process.env.CORROBORATE_DB ?? DEFAULT_DB);
  const host = typeof values.host === 'string' ? values.host : undefined;
  switch (command) {
    case 'build': {
      if (positionals.length === 0) throw new UsageError('build needs at least one article file or directory');
      if (typeof values.out !== 'string') throw new UsageError('build needs --out <store.db>');
      await build(positionals, values.out);
      return;
    }
    case 'serve':
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}"`);
      await serve(db, portFrom(values.port), host);
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
    case 'start': {
      const port = portFrom(values.port);
      const data = typeof values.data === 'string' ? values.data : (process.env.CORROBORATE_DATA ?? DEFAULT_DATA);
      await build([data], db);
      await serve(db, port, host);
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
