// The GraphQL API as a dashboard or an analyst uses it, through real HTTP on a store built from data/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { serveArticles, send, sendText, type GraphQLResponse } from './helpers.js';
import { printedSchema } from '../src/graphql/emit-schema.js';
import {
  AssessDocument,
  DisputesWithAnswersDocument,
  FactByIdDocument,
  FactsPageDocument,
  NodeByIdDocument,
  SourceByKeyDocument,
  SourcesPageDocument,
  StatsDocument,
  type FactsPageQuery,
} from './generated/graphql.js';

let server: Awaited<ReturnType<typeof serveArticles>>;

beforeAll(async () => {
  server = await serveArticles(['data']);
});
afterAll(async () => {
  await server?.dispose();
});

describe('schema', () => {
  it('matches the committed schema/schema.graphql (run npm run schema:emit after changing a type)', async () => {
    expect(readFileSync('schema/schema.graphql', 'utf8')).toBe(await printedSchema());
  });

  it('answers every query of schema/examples.graphql without an error, as pasted into Sandbox', async () => {
    const examples = readFileSync('schema/examples.graphql', 'utf8');
    const names = [...examples.matchAll(/^query (\w+)/gm)].map((m) => m[1] ?? '');
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const operationName of names) {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: examples, operationName }) });
      const body = (await response.json()) as GraphQLResponse<Record<string, unknown>>;
      expect(body.errors, operationName).toBeUndefined();
      expect(body.data, operationName).toBeDefined();
    }
  });
});

describe('facts', () => {
  it('pages through every fact once, with consistent cursors and totals', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page++) {
      const r: GraphQLResponse<FactsPageQuery> = await send(server.url, FactsPageDocument, { first: 7, after });
      const facts: FactsPageQuery['facts'] | undefined = r.data?.facts;
      expect(facts).toBeTruthy();
      if (!facts) return;
      total = facts.totalCount;
      seen.push(...facts.edges.map((e) => e.node.id));
      expect(facts.pageInfo.hasPreviousPage).toBe(page > 0);
      if (!facts.pageInfo.hasNextPage) break;
      after = facts.pageInfo.endCursor ?? null;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('orders by confidence and filters by confidence, status, text and source', async () => {
    // Every fact's confidence, page by page (the store may hold more than one page of 100).
    const ordered: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const facts: FactsPageQuery['facts'] | undefined = (await send(server.url, FactsPageDocument, { first: 100, after })).data?.facts;
      ordered.push(...(facts?.edges.map((e) => e.node.confidence) ?? []));
      if (!facts?.pageInfo.hasNextPage) break;
      after = facts.pageInfo.endCursor ?? null;
    }
    expect(ordered).toEqual([...ordered].sort((a, b) => b - a));
    const ascending = (await send(server.url, FactsPageDocument, { first: 100, orderBy: 'CONFIDENCE_ASC' })).data?.facts.edges.map((e) => e.node.confidence) ?? [];
    expect(ascending).toEqual([...ordered].reverse().slice(0, 100));

    const confident = (await send(server.url, FactsPageDocument, { first: 100, filter: { minConfidence: 0.6 } })).data?.facts;
    expect(confident?.edges.every((e) => e.node.confidence >= 0.6)).toBe(true);
    expect(confident?.totalCount).toBe(ordered.filter((c) => c >= 0.6).length);

    const disputed = (await send(server.url, FactsPageDocument, { first: 100, filter: { status: 'DISPUTED' } })).data?.facts.edges ?? [];
    expect(disputed.length).toBeGreaterThanOrEqual(3);
    expect(disputed.every((e) => e.node.status === 'DISPUTED' && e.node.contradicting.length > 0)).toBe(true);

    const guards = (await send(server.url, FactsPageDocument, { first: 100, filter: { text: 'BODYGUARDS' } })).data?.facts.edges ?? [];
    expect(guards.length).toBeGreaterThan(0);
    const quotesOf = (f: (typeof guards)[number]['node']): string => [...f.supporting, ...f.contradicting].map((s) => s.quote).join(' ');
    expect(guards.every((e) => /bodyguards/i.test(`${e.node.statement} ${quotesOf(e.node)}`))).toBe(true);

    const of003 = (await send(server.url, FactsPageDocument, { first: 100, filter: { sourceKey: '003_8a6f31efd290a059' } })).data?.facts.edges ?? [];
    expect(of003.length).toBeGreaterThan(0);
    expect(of003.every((e) => [...e.node.supporting, ...e.node.contradicting].some((s) => s.source.key === '003_8a6f31efd290a059'))).toBe(true);

    const none = (await send(server.url, FactsPageDocument, { first: 5, filter: { text: '100%_\\' } })).data?.facts.totalCount;
    expect(none).toBe(0);
  });

  it('fetches a fact again by its id, through fact(id) and node(id), with its confidence explained', async () => {
    const first = (await send(server.url, FactsPageDocument, { first: 1 })).data?.facts.edges[0]?.node;
    expect(first).toBeTruthy();
    const again = (await send(server.url, FactByIdDocument, { id: first?.id ?? '' })).data?.fact;
    expect(again?.statement).toBe(first?.statement);
    expect(again?.confidenceExplanation.independentSupporters).toBeGreaterThanOrEqual(2);
    expect(again?.confidenceExplanation.summary).toMatch(/independent source/);
    const node = (await send(server.url, NodeByIdDocument, { id: first?.id ?? '' })).data?.node;
    expect(node).toMatchObject({ __typename: 'Fact', statement: first?.statement });
  });

  it('costs the same number of SQL statements for a page of 5 facts and a page of 20, evidence, sources and disputes included', async () => {
    // Least confident first: both pages hold disputed facts, so both resolve disputes too.
    const cost = async (first: number): Promise<number> => {
      const before = server.statementCount();
      const r = await send(server.url, FactsPageDocument, { first, orderBy: 'CONFIDENCE_ASC' });
      expect(r.data?.facts.edges.some((e) => e.node.dispute)).toBe(true);
      expect(r.data?.facts.edges.length).toBe(first);
      return server.statementCount() - before;
    };
    expect(await cost(20)).toBe(await cost(5));
  });
});

describe('sources, disputes, stats', () => {
  it('lists the five sources and their facts; an unknown key is null', async () => {
    const sources = (await send(server.url, SourcesPageDocument, { first: 10 })).data?.sources;
    expect(sources?.totalCount).toBe(5);
    expect(sources?.edges.map((e) => e.node.key)).toEqual([...(sources?.edges.map((e) => e.node.key) ?? [])].sort());
    const withTitle = sources?.edges.find((e) => e.node.key.startsWith('003'))?.node;
    expect(withTitle).toMatchObject({ title: 'Biden instructs national security team to help Iraq uphold its sovereignty', outlet: 'Insight Online News', publishedAt: null, dateline: 'Washington, Nov 8' });
    const one = (await send(server.url, SourceByKeyDocument, { key: '002_0c37ff6266f1706d' })).data?.source;
    expect(one?.facts.totalCount).toBeGreaterThan(0);
    const unknown = await send(server.url, SourceByKeyDocument, { key: 'nope' });
    expect(unknown.data?.source).toBeNull();
    expect(unknown.errors?.[0]).toMatchObject({ message: 'No source has the key "nope"', extensions: { code: 'NOT_FOUND' } });
  });

  it('gives each dispute its alternatives, most confident first, each with supporters and contradictors', async () => {
    const disputes = (await send(server.url, DisputesWithAnswersDocument, {})).data?.disputes.edges.map((e) => e.node) ?? [];
    expect(disputes.length).toBeGreaterThan(0);
    for (const dispute of disputes) {
      expect(dispute.alternatives.length).toBeGreaterThanOrEqual(2);
      const confidences = dispute.alternatives.map((a) => a.confidence);
      expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
      for (const alternative of dispute.alternatives) {
        expect(alternative.supporting.length).toBeGreaterThan(0);
        expect(alternative.contradicting.length).toBeGreaterThan(0);
      }
    }
  });

  it('counts the corpus for dashboards: the histogram adds up to the facts, the build lists its inputs', async () => {
    const stats = (await send(server.url, StatsDocument, {})).data?.stats;
    expect(stats?.sources).toBe(5);
    expect(stats?.confidenceHistogram).toHaveLength(10);
    expect(stats?.confidenceHistogram.reduce((sum, b) => sum + b.count, 0)).toBe(stats?.facts);
    expect(stats?.build?.inputs.map((i) => i.sha256)).toHaveLength(5);
    expect(stats?.build?.inputs[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds the unharmed consensus behind a paraphrase: "Iraq\'s leader survived" is supported by all five', async () => {
    const r = (await send(server.url, AssessDocument, { text: "Iraq's leader survived the attack" })).data?.assessClaim;
    expect(r?.verdict).toBe('SUPPORTED');
    expect(new Set(r?.supporting.map((e) => e.source.key.slice(0, 3)))).toEqual(new Set(['000', '001', '002', '003', '004']));
    expect(r?.contradicting).toEqual([]);
  });

  it('contradicts a claim that the consensus rules out in other words: "Kadhimi was killed"', async () => {
    const r = (await send(server.url, AssessDocument, { text: 'Kadhimi was killed in the attack' })).data?.assessClaim;
    expect(r?.verdict).toBe('CONTRADICTED');
    expect(new Set(r?.contradicting.map((e) => e.source.key.slice(0, 3))).size).toBeGreaterThanOrEqual(4);
  });

  it('lists the sources that speak of a claim without a matched side as mentioning, with exact quotes', async () => {
    const r = (await send(server.url, AssessDocument, { text: 'Pro-Iran militias launched the drone attack' })).data?.assessClaim;
    expect(r?.verdict).toBe('UNVERIFIED');
    expect(r?.mentioning.map((e) => e.source.key.slice(0, 3))).toContain('002');
    for (const e of r?.mentioning ?? []) {
      expect(e.stance).toBe('DISCUSSES');
      expect(e.source.text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it('assesses a negated claim as contradicted by the sources that say the opposite', async () => {
    const r = (await send(server.url, AssessDocument, { text: 'Kadhimi was injured in the attack' })).data?.assessClaim;
    expect(r?.verdict).toBe('CONTRADICTED');
    expect(new Set(r?.contradicting.map((e) => e.source.key.slice(0, 3))).size).toBeGreaterThanOrEqual(4);
    expect(r?.contradicting.every((e) => e.stance === 'CONTRADICTS')).toBe(true);
  });
});

describe('bad requests', () => {
  it.each([
    ['a page of 100000', '{ facts(first: 100000) { totalCount } }', 'BAD_USER_INPUT'],
    ['a page of 0', '{ sources(first: 0) { totalCount } }', 'BAD_USER_INPUT'],
    ['a cursor it did not issue', '{ facts(first: 1, after: "bm90LWEtY3Vyc29y") { totalCount } }', 'BAD_USER_INPUT'],
    ['a malformed id', '{ fact(id: "no-such-id") { id } }', 'BAD_USER_INPUT'],
    ['an empty claim', '{ assessClaim(text: "   ") { verdict } }', 'BAD_USER_INPUT'],
    ['a query 20 levels deep', `{ facts(first: 1) { edges { node { ${'dispute { alternatives { '.repeat(9)}id${' } }'.repeat(9)} } } } }`, 'QUERY_TOO_DEEP'],
    ['a query of 600 aliased fields', `{ ${Array.from({ length: 600 }, (_, i) => `a${i}: stats { sources }`).join(' ')} }`, 'TOO_MANY_ALIASES'],
  ])('rejects %s with a clear code and keeps serving', async (_name, query, code) => {
    const r = await sendText(server.url, query);
    expect(r.errors?.[0]?.extensions?.code).toBe(code);
    expect(r.errors?.[0]?.message.length).toBeGreaterThan(10);
    const alive = await send(server.url, StatsDocument, {});
    expect(alive.data?.stats.sources).toBe(5);
  });

  it('returns null with a NOT_FOUND error for a well-formed id that names nothing', async () => {
    const id = Buffer.from('Fact:F0000000000000000').toString('base64');
    const fact = await send(server.url, FactByIdDocument, { id });
    const node = await send(server.url, NodeByIdDocument, { id });
    expect([fact.data?.fact, node.data?.node]).toEqual([null, null]);
    for (const r of [fact, node]) expect(r.errors).toEqual([expect.objectContaining({ message: `No fact has the id "${id}"`, extensions: { code: 'NOT_FOUND' } })]);
  });

  it('refuses the id of another type with BAD_USER_INPUT, saying which type it names', async () => {
    const sourceId = Buffer.from('Source:002_0c37ff6266f1706d').toString('base64');
    const r = await send(server.url, FactByIdDocument, { id: sourceId });
    expect(r.errors?.[0]).toMatchObject({ message: `"${sourceId}" is the id of a Source, not of a Fact`, extensions: { code: 'BAD_USER_INPUT' } });
    expect((await send(server.url, NodeByIdDocument, { id: sourceId })).data?.node).toMatchObject({ __typename: 'Source' });
  });

  it('refuses a body over 1 MiB and a body that is not JSON', async () => {
    const huge = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ stats { sources } } #${'x'.repeat(1_100_000)}` }) });
    expect(huge.status).toBe(413);
    const broken = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });
});

describe('http', () => {
  it('answers GET /health with the store and its counts', async () => {
    const r = await fetch(new URL('/health', server.url));
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: 'ok', sources: 5 });
  });

  it('serves Apollo Sandbox to a browser at /', async () => {
    const r = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(r.status).toBe(200);
    expect(await r.text()).toMatch(/sandbox/i);
  });
});
