// Hostile and careless queries against the real server over HTTP: each limit answers with a clear
// message and its extensions.code, and the server keeps answering ordinary queries afterwards.
// Production mode hides introspection, Sandbox and schema hints; no mode leaks internals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildStore, sendText, serveStore, type GraphQLResponse } from './helpers.js';
import type { RunningServer } from '../src/graphql/server.js';
import { MAX_ALIASES, MAX_COST, MAX_DEPTH, MAX_FILTER_TEXT_LENGTH, MAX_TOKENS } from '../src/graphql/limits.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-limits-'));
let dbPath: string;
let dev: RunningServer;
let production: RunningServer;

beforeAll(async () => {
  dbPath = buildStore(['data'], dir);
  dev = await serveStore(dbPath, { isProduction: false });
  production = await serveStore(dbPath, { isProduction: true });
});
afterAll(async () => {
  await dev?.close();
  await production?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function expectStillServing(url: string): Promise<void> {
  const r = await sendText<{ stats: { sources: number } }>(url, '{ stats { sources } }');
  expect(r.data?.stats.sources).toBe(5);
}

async function rejected(query: string, variables: Record<string, unknown> = {}): Promise<{ code?: string; message: string }> {
  const r = await sendText(dev.url, query, variables);
  expect(r.errors, JSON.stringify(r).slice(0, 300)).toHaveLength(1);
  expect(r.data ?? null).toBeNull();
  return { code: r.errors?.[0]?.extensions?.code, message: r.errors?.[0]?.message ?? '' };
}

// A page of facts, each fact's supporting sources, and each source's own page of facts.
const nestedPages = (first: string) => `{ facts(first: ${first}) { edges { node { supporting { source { facts(first: ${first}) { edges { node { id statement } } } } } } } } }`;

describe('query cost', () => {
  it('counts a page of facts x evidence x sources as what it fetches, and refuses one that fetches too much', async () => {
    const { code, message } = await rejected(nestedPages('100'));
    expect(code).toBe('QUERY_TOO_COMPLEX');
    expect(message).toMatch(new RegExp(`about \\d+ fields; the limit is ${MAX_COST}\\b.*smaller pages`));
    const small = await sendText<{ facts: { edges: unknown[] } }>(dev.url, nestedPages('2'));
    expect(small.errors).toBeUndefined();
    expect(small.data?.facts.edges).toHaveLength(2);
    await expectStillServing(dev.url);
  });

  it('counts a page size given as a variable by the value sent', async () => {
    const query = `query Nested($n: Int!) ${nestedPages('$n')}`;
    expect((await rejected(query, { n: 100 })).code).toBe('QUERY_TOO_COMPLEX');
    expect((await sendText(dev.url, query, { n: 2 })).errors).toBeUndefined();
    // The measure is kept per document and variables: the same text with other values is measured anew.
    expect((await rejected(query, { n: 100 })).code).toBe('QUERY_TOO_COMPLEX');
    expect((await sendText(dev.url, query, { n: 2 })).errors).toBeUndefined();
  });

  it('measures fragments spread into each other exponentially in linear time, and refuses them', async () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) => (i === levels - 1 ? `fragment F${i} on Query { stats { sources } }` : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`));
    expect((await rejected(`{ ...F0 } ${fragments.join(' ')}`)).code).toBe('QUERY_TOO_COMPLEX');
    await expectStillServing(dev.url);
  });

  it('counts assessClaim as the pipeline run it is: eleven in one request are too many', async () => {
    const query = `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: assessClaim(text: "claim ${i}") { verdict }`).join(' ')} }`;
    expect((await rejected(query)).code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('query shape', () => {
  it(`refuses nesting deeper than ${MAX_DEPTH}, also when hidden in fragments`, async () => {
    const query = `{ facts(first: 1) { edges { node { ...Deep } } } } fragment Deep on Fact { dispute { alternatives { dispute { alternatives { dispute { alternatives { dispute { alternatives { dispute { id } } } } } } } } } }`;
    const { code, message } = await rejected(query);
    expect(code).toBe('QUERY_TOO_DEEP');
    expect(message).toBe(`Query is nested 13 levels deep; the limit is ${MAX_DEPTH}.`);
  });

  it(`refuses more than ${MAX_ALIASES} aliases, counting every place a fragment is spread`, async () => {
    const aliases = Array.from({ length: 10 }, (_, i) => `s${i}: sources`).join(' ');
    const query = `{ stats { ...A } a: stats { ...A } b: stats { ...A } c: stats { ...A } d: stats { ...A } f: stats { ...A } } fragment A on CorpusStats { ${aliases} }`;
    const { code, message } = await rejected(query);
    expect(code).toBe('TOO_MANY_ALIASES');
    expect(message).toBe(`Query uses 65 aliases; the limit is ${MAX_ALIASES}.`);
    await expectStillServing(dev.url);
  });

  it(`stops parsing a document of more than ${MAX_TOKENS} tokens`, async () => {
    const r = await sendText(dev.url, `{ stats { ${'sources '.repeat(MAX_TOKENS)} } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(r.errors?.[0]?.message).toMatch(/Document contains more tha[nt] 5000 tokens/); // graphql-js spells it "more that"
    await expectStillServing(dev.url);
  });
});

describe('argument values', () => {
  it.each([
    ['a 1 MB filter text', '{ facts(first: 1, filter: { text: $x }) { totalCount } }', 'x', 'a'.repeat(1_000_000), new RegExp(`filter.text is 1000000 characters; the limit is ${MAX_FILTER_TEXT_LENGTH}`)],
    ['a 1 MB claim', '{ assessClaim(text: $x) { verdict } }', 'x', 'The mine collapsed. '.repeat(50_000), /text is 1000000 characters; a claim may have at most 2000/],
  ])('refuses %s with BAD_USER_INPUT', async (_name, selection, variable, value, message) => {
    const r = await sendText(dev.url, `query Big($${variable}: String!) ${selection}`, { [variable]: value });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(message);
    await expectStillServing(dev.url);
  });

  it('refuses null for a page size or an order that have defaults, as the caller’s mistake', async () => {
    for (const [query, variables] of [
      ['query P($n: Int) { sources(first: $n) { totalCount } }', { n: null }],
      ['query F($o: FactOrder) { facts(first: 1, orderBy: $o) { totalCount } }', { o: null }],
    ] as const) {
      const r = await sendText(dev.url, query, variables);
      expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/^Argument "(first|orderBy)" of non-null type "(Int|FactOrder)!" must not be null\.$/) });
    }
  });

  it('refuses a confidence bound outside [0, 1], 1e400 included, and accepts -0', async () => {
    for (const literal of ['1e400', '-1e400', '1.5', '-0.1']) {
      const r = await sendText(dev.url, `{ facts(first: 1, filter: { minConfidence: ${literal} }) { totalCount } }`);
      expect(r.errors?.[0]?.extensions?.code, literal).toBe('BAD_USER_INPUT');
    }
    const all = await sendText<{ facts: { totalCount: number } }>(dev.url, '{ facts(first: 1, filter: { minConfidence: -0 }) { totalCount } }');
    expect(all.data?.facts.totalCount).toBeGreaterThan(50);
  });
});

describe('request deadline', () => {
  it('stops a request that outlives its time limit with one TIMEOUT error, and keeps serving', async () => {
    const hurried = await serveStore(dbPath, { requestTimeoutMs: 1 });
    try {
      // A 2,000-character claim takes the pipeline far longer than 1 ms; its fields resolve after the deadline.
      const claim = 'Seven security guards were injured when drones attacked the residence of the prime minister in Baghdad. '.repeat(19).slice(0, 2000);
      const r = await sendText(hurried.url, 'query A($claim: String!) { assessClaim(text: $claim) { verdict supporting { quote } } }', { claim });
      expect(r.data ?? null).toBeNull();
      expect(r.errors).toEqual([{ message: 'The request took longer than its time limit and was stopped.', extensions: { code: 'TIMEOUT' } }]);
      expect((await fetch(new URL('/health', hurried.url))).status).toBe(200);
    } finally {
      await hurried.close();
    }
    await expectStillServing(dev.url);
  });
});

describe('production mode', () => {
  it('refuses introspection in production and allows it in development', async () => {
    const query = '{ __schema { queryType { name } } }';
    const closed = await sendText(production.url, query);
    expect(closed.data ?? null).toBeNull();
    expect(closed.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    const open = await sendText<{ __schema: { queryType: { name: string } } }>(dev.url, query);
    expect(open.data?.__schema.queryType.name).toBe('Query');
  });

  it('serves no Sandbox page in production', async () => {
    const page = await fetch(production.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(400);
    expect(await page.text()).not.toMatch(/sandbox|<html/i);
  });

  it('gives no hints about the schema in production errors', async () => {
    const hinted = await sendText(dev.url, '{ stat { sources } }');
    expect(hinted.errors?.[0]?.message).toMatch(/Did you mean "stats"/);
    const plain = await sendText(production.url, '{ stat { sources } }');
    expect(plain.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(plain.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('internal errors', () => {
  it('answers a broken store row with a generic INTERNAL_SERVER_ERROR: no stack, no SQL, no internal message', async () => {
    const path = join(dir, 'broken.db');
    copyFileSync(dbPath, path);
    const db = new Database(path);
    // A row the reader cannot parse, and reads only when asked: the build's list of inputs.
    db.prepare("UPDATE builds SET inputs = '{not json'").run();
    db.close();
    const logged: string[] = [];
    for (const isProduction of [false, true]) {
      const server = await serveStore(path, { isProduction, log: (line) => logged.push(line) });
      try {
        const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { build { inputs { path } } } }' }) });
        const text = await response.text();
        const body = JSON.parse(text) as GraphQLResponse<unknown>;
        expect(body.errors?.length).toBeGreaterThan(0);
        expect(body.errors?.every((e) => e.message === 'Internal server error' && e.extensions?.code === 'INTERNAL_SERVER_ERROR')).toBe(true);
        expect(text).not.toMatch(/stacktrace|not json|JSON|\.ts:\d|SELECT|sqlite/i);
      } finally {
        await server.close();
      }
    }
    // The cause is logged on the server, where an operator can read it.
    expect(logged.some((line) => /JSON/.test(line))).toBe(true);
  });
});
