// src/ compiled to JavaScript in dist/, for bin/corroborate.mjs to run without tsx. `npm install` runs
// this file (the "prepare" script); the command runs dist/ only while it was compiled from the sources
// as they are now, and the TypeScript through tsx otherwise, so an edit never runs stale code.
//
// Why: tsx loads itself in the process and in a loader thread, and serves every module through that
// thread; for `corroborate build` that was about 0.5 s of CPU per process, a quarter of the cold build
// of the bundled articles, and again in every extraction thread. Each file is compiled as tsx compiles
// it (esbuild, the same options), so dist/ runs the same code.

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const STAMP = 'sources.sha256';
// What the output depends on besides src/: the compiler options and this file's.
const INPUTS = ['tsconfig.json', 'bin/compile.mjs'];

/** A digest of every file of src/ (path, size, modification time) and of INPUTS: it changes with any edit. */
function sourcesDigest() {
  const hash = createHash('sha256');
  const files = readdirSync(join(ROOT, 'src'), { recursive: true }).map((f) => join('src', String(f)));
  for (const file of [...files, ...INPUTS].sort()) {
    const stat = statSync(join(ROOT, file));
    if (stat.isFile()) hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** The URL of the compiled src/cli/main.js when dist/ is up to date with the sources, else null. */
export function compiledMain() {
  try {
    if (readFileSync(join(DIST, STAMP), 'utf8') !== sourcesDigest()) return null;
    const main = join(DIST, 'src', 'cli', 'main.js');
    return existsSync(main) ? pathToFileURL(main).href : null;
  } catch {
    return null;
  }
}

async function compile() {
  const { build } = await import('esbuild');
  const digest = sourcesDigest();
  const files = readdirSync(join(ROOT, 'src'), { recursive: true }).map(String);
  const sources = files.filter((f) => f.endsWith('.ts'));
  // Written beside dist/ and renamed over it, so that an interrupted run leaves no half of a dist/.
  const next = `${DIST}.next`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  await build({
    entryPoints: sources.map((f) => join(ROOT, 'src', f)),
    outbase: join(ROOT, 'src'),
    outdir: join(next, 'src'),
    // tsx's options (its esm loader), the running node as target and tsconfig's compiler options, but
    // for keepNames: each file is compiled alone and nothing is minified, so no name is changed, and
    // keepNames' __name() wrapper around every function and closure cost about 1.5% of a build (and a
    // quarter of findNames' time before it stopped making closures).
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node}`,
    keepNames: false,
    // esbuild's table says Node lacks regular expressions with \p{...} and turns each literal into a
    // `new RegExp(...)` made at every call (a name test runs on every token); Node has had them since
    // version 10, so the literals stay literals, made once.
    supported: { 'regexp-unicode-property-escapes': true },
    sourcemap: true,
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  });
  // What the modules read beside themselves (new URL('./word-vectors.bin', import.meta.url), ...).
  for (const file of files) {
    const from = join(ROOT, 'src', file);
    if (!file.endsWith('.ts') && statSync(from).isFile()) cpSync(from, join(next, 'src', file));
  }
  writeFileSync(join(next, STAMP), digest);
  rmSync(DIST, { recursive: true, force: true });
  renameSync(next, DIST);
  return sources.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  try {
    const count = await compile();
    process.stdout.write(`compiled src/ (${count} modules) to dist/ in ${Date.now() - started} ms\n`);
  } catch (error) {
    // Never fails an install: without dist/, the command runs the sources through tsx.
    process.stderr.write(`corroborate: could not compile src/ to dist/ (${error instanceof Error ? error.message : String(error)}); the command will run the TypeScript sources through tsx\n`);
  }
}
