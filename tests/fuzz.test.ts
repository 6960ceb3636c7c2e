// Bad input, generated and by name. Generated: a few hundred inputs per target with a fixed seed (the
// long runs are `npm run fuzz -- --n 10000`, scripts/fuzz.ts). By name: each kind of bad input issue 7
// lists, with the outcome it must have: built with exact spans, or refused with a message naming the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticles } from '../src/ingest/read-articles.js';
import { runPipeline, PIPELINE_PARAMETERS, PIPELINE_VERSION } from '../src/pipeline/index.js';
import { writeStore } from '../src/store/write.js';
import { openStore } from '../src/store/read.js';
import { getSchema } from '../src/graphql/schema.js';
import { CorroborateError } from '../src/errors.js';
import { buildStore, serveStore } from './helpers.js';
import type { RunningServer } from '../src/graphql/server.js';
import { articleFilesTarget, checkPipelineResult, graphqlDocumentsTarget, graphqlInputsTarget, pipelineTarget, servedCorpus, type FuzzTarget, type ServedCorpus } from './fuzz/targets.js';

const SEED = 20_211_107;
const dir = mkdtempSync(join(tmpdir(), 'corroborate-fuzz-test-'));
let server: RunningServer;
let corpus: ServedCorpus;

beforeAll(async () => {
  server = await serveStore(buildStore(['data'], dir));
  corpus = await servedCorpus(server.url, await getSchema());
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a target with fast-check (shrinking on failure) and fails with a short description of the input. */
async function fuzz<T>(target: FuzzTarget<T>, numRuns: number): Promise<void> {
  const details = await fc.check(fc.asyncProperty(target.arbitrary, (input) => target.check(input)), { numRuns, seed: SEED });
  if (details.failed) {
    const input = details.counterexample?.[0];
    throw new Error(`${target.name} failed after ${details.numRuns} inputs on ${input === undefined ? '?' : target.describe(input)}: ${String(details.errorInstance)}`);
  }
}

describe('generated inputs (fast-check, fixed seed)', () => {
  it('reads or refuses every article file with INVALID_ARTICLE and the file named, never crashing', async () => {
    await fuzz(articleFilesTarget('test'), 300);
  });

  it('keeps every span exact and every confidence in [0, 1] through the whole pipeline', async () => {
    await fuzz(pipelineTarget('test'), 25);
  });

  it('answers any filter, cursor, id, key or claim with data or a coded error, never an internal one', async () => {
    await fuzz(graphqlInputsTarget(corpus, 'test'), 150);
  });

  it('answers any query document with data or a coded error, and keeps serving', async () => {
    await fuzz(graphqlDocumentsTarget(corpus), 150);
    expect((await fetch(new URL('/health', server.url))).status).toBe(200);
  });
});

function refusal(paths: string[]): string {
  try {
    readArticles(paths);
  } catch (error) {
    if (error instanceof CorroborateError && error.code === 'INVALID_ARTICLE') return error.message;
    throw error;
  }
  throw new Error(`${paths.join(', ')} was accepted`);
}

describe('bad article files, by name', () => {
  const bad = mkdtempSync(join(tmpdir(), 'corroborate-fuzz-bad-'));
  afterAll(() => rmSync(bad, { recursive: true, force: true }));
  const file = (name: string, content: string | Uint8Array): string => {
    const path = join(bad, name);
    writeFileSync(path, content);
    return path;
  };

  it.each([
    ['random bytes', 'random.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0x10]), /random\.txt: binary file/],
    ['invalid UTF-8', 'latin1.txt', Buffer.from('Caf\xe9 owners said seven were hurt.', 'latin1'), /latin1\.txt: not valid UTF-8/],
    ['UTF-16', 'utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Seven were hurt.', 'utf16le')]), /utf16\.txt: UTF-16 text; save it as UTF-8/],
    ['an empty .txt', 'empty.txt', '', /empty\.txt: the article has no text/],
    ['an empty .json', 'empty.json', '', /empty\.json: invalid JSON/],
    ['a .jsonl of blank lines', 'blank.jsonl', '\n\n', /blank\.jsonl: no articles found/],
    ['JSON with a number for text', 'number.json', '{"text": 5}', /number\.json: field "text" is missing or not a string/],
    ['JSON with 1e400 for an id', 'huge-id.json', '{"id": 1e400, "text": "Seven were hurt."}', /huge-id\.json: field "id" must be a string/],
    ['JSON with an array for a title', 'title.json', '{"text": "Seven were hurt.", "title": ["a"]}', /title\.json: field "title" must be a string/],
    ['"-0" as a publication date', 'minus-zero.json', '{"text": "Seven were hurt.", "publishedAt": "-0"}', /minus-zero\.json: publishedAt "-0" is not a valid date/],
    ['JSON nested 100,000 deep', 'deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /deep\.json\[0\]: a record must be a JSON object/],
    ['an article over 2,000,000 characters', 'book.txt', 'word '.repeat(420_000), /book\.txt: the article is 2100000 characters; the limit is 2000000/],
  ])('refuses %s, naming the file', (_name, name, content, message) => {
    expect(refusal([file(name, content)])).toMatch(message);
  });

  it('refuses a 50 MB file by its size, without reading it', () => {
    const path = file('huge.txt', '');
    truncateSync(path, 50 * 1024 * 1024);
    expect(refusal([path])).toMatch(/huge\.txt: 52428800 bytes is over the 20971520-byte limit for one input file/);
  });

  it('refuses a FIFO named like an article instead of waiting on it forever', () => {
    const path = join(bad, 'pipe.txt');
    if (spawnSync('mkfifo', [path]).status !== 0) return; // no mkfifo here: nothing to test
    expect(refusal([path])).toMatch(/pipe\.txt: not a regular file/);
  });

  it('builds HTML, control characters, right-to-left text, emoji, lone surrogates and odd numbers, and the store gives back every quote exactly', () => {
    const paths = [
      file('html.txt', ' date 2021-11-07\n<p>Seven <b>security guards</b> were injured in the attack on Sunday, officials said.</p>\n<script>alert("x")</script>'),
      file('control.txt', 'Seven\u0007 security guards were\u001b[31m injured\u0008 on Sunday.\r\nTwo\u000b people died.\u007f'),
      file('rtl.txt', 'قال مسؤولون إن سبعة حراس أصيبوا. \u202eSeven security guards were injured\u202c in the attack, officials said. אבי כהן said two people died.'),
      file('emoji.txt', '🔥 Three 👩‍👩‍👧 security guards were injured 🇮🇶 in the attack, a security source said. 😀'),
      file('numbers.json', JSON.stringify([{ id: 'n1', text: 'Officials said 1e400 security guards were injured and -0 people died on Sunday.' }, { id: 'n2', text: 'At least 99999999999999999999999 drones and 1,000,000 rockets were fired, officials said.' }])),
      file('surrogate.json', '{"id": "s1", "text": "Seven security guards were injured \\ud800 in the attack\\u0000 on Sunday, officials said."}'),
    ];
    const { sources } = readArticles(paths);
    expect(sources.map((s) => s.key)).toEqual(['html', 'control', 'rtl', 'emoji', 'n1', 'n2', 's1']);
    expect(sources.find((s) => s.key === 's1')?.text).toContain('injured \uFFFD in');
    const result = runPipeline(sources);
    checkPipelineResult(result);
    expect(result.claims.length).toBeGreaterThan(5);
    const path = join(bad, 'odd.db');
    writeStore(path, result, { pipelineVersion: PIPELINE_VERSION, parameters: PIPELINE_PARAMETERS, inputs: [], startedAt: '', finishedAt: '' });
    const store = openStore(path);
    const index = store.loadAssessmentIndex();
    const stored = new Map(index.sources.map((s) => [s.key, s.text]));
    for (const source of sources) expect(stored.get(source.key), source.key).toBe(source.text);
    expect(index.evidence.length).toBe(result.evidence.length);
    for (const e of index.evidence) expect(stored.get(e.sourceKey)?.slice(e.start, e.end)).toBe(e.quote);
    store.close();
  });

  it('reads an article that is one line of 1 MB, and builds one of 100 KB with exact spans (npm run fuzz builds 1 MB lines)', () => {
    const line = 'Seven security guards were injured in the drone attack on Sunday, two Iraqi officials said. ';
    const big = readArticles([file('line.txt', line.repeat(Math.ceil(1_000_000 / line.length)))]).sources;
    expect(big[0]?.text.length).toBeGreaterThan(1_000_000);
    const { sources } = readArticles([file('shorter-line.txt', line.repeat(Math.ceil(100_000 / line.length)))]);
    const result = runPipeline(sources);
    checkPipelineResult(result);
    expect(result.facts.length).toBeGreaterThan(0);
  });
});
