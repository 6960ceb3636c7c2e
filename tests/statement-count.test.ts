// No list costs more SQL statements as its page grows: nested evidence, sources, alternatives and facts
// are batched (the N+1 trap). The store reader counts every statement it runs; this compares the counts
// of one request at several page sizes. A count, never a timing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveArticles, sendText } from './helpers.js';
import { FACTS_PAGE_SIZE, serveQueries } from '../bench/serve-queries.js';

let server: Awaited<ReturnType<typeof serveArticles>>;

beforeAll(async () => {
  // Two clusters in one store: nine sources, several disputes, facts with many sources.
  server = await serveArticles(['data', 'tests/fixtures/mine-collapse']);
});
afterAll(async () => {
  await server?.dispose();
});

/** Statements one request runs, with its data; fails on any GraphQL error. */
async function cost(query: string, variables: Record<string, unknown>): Promise<{ statements: number; data: Record<string, unknown> }> {
  const before = server.statementCount();
  const response = await sendText<Record<string, unknown>>(server.url, query, variables);
  expect(response.errors).toBeUndefined();
  return { statements: server.statementCount() - before, data: response.data ?? {} };
}

type Edges = { edges: Array<{ node: Record<string, unknown> }> };

describe('SQL statements per request', () => {
  it('are the same for a page of 1, 5, 20 and 100 facts with their evidence, sources and disputes (the benchmark query)', async () => {
    const factsPage = serveQueries('', '')[0];
    expect(factsPage?.variables).toEqual({ first: FACTS_PAGE_SIZE, after: null });
    // Every page starts at the most confident disputed fact, so that every page has disputes to resolve.
    const all = (await cost(factsPage?.query ?? '', { first: 100, after: null })).data.facts as Edges & { edges: Array<{ cursor: string }> };
    const disputed = all.edges.findIndex((e) => e.node.dispute !== null);
    expect(disputed).toBeGreaterThan(0);
    const after = all.edges[disputed - 1]?.cursor;
    const counts: number[] = [];
    for (const first of [1, 5, 20, 100]) {
      const { statements, data } = await cost(factsPage?.query ?? '', { first, after });
      const edges = (data.facts as Edges).edges;
      // The page after the first disputed fact's predecessor: as many as asked, or as remain.
      expect(edges.length).toBe(Math.min(first, (all as unknown as { totalCount: number }).totalCount - disputed));
      expect((edges[0]?.node.contradicting as unknown[]).length).toBeGreaterThan(0);
      expect(edges.every((e) => (e.node.supporting as Array<{ source: { key: string } }>).every((s) => s.source.key !== ''))).toBe(true);
      counts.push(statements);
    }
    expect(counts).toEqual([counts[0], counts[0], counts[0], counts[0]]);
  });

  it('do not grow from 1 to 50 facts when their disputes\' alternatives bring more facts, with their evidence', async () => {
    // Facts presented at two depths (the page, then the alternatives of its disputes): each depth reads
    // its evidence and its disputes in one statement each, however many facts it holds.
    const query = `query($first: Int!) { facts(first: $first, orderBy: CONFIDENCE_ASC) { edges { node {
      supporting { source { key } fact { statement } }
      dispute { question alternatives { statement contradicting { quote source { title } } dispute { question } } } } } } }`;
    const one = await cost(query, { first: 1 });
    const fifty = await cost(query, { first: 50 });
    const edges = (d: Record<string, unknown>): Array<{ node: { dispute: { alternatives: unknown[] } | null } }> => (d.facts as { edges: Array<{ node: { dispute: { alternatives: unknown[] } | null } }> }).edges;
    expect(edges(one.data)[0]?.node.dispute?.alternatives.length).toBeGreaterThan(1);
    expect(edges(fifty.data).length).toBe(50);
    // A bigger page may hold the alternatives already (fewer statements), never more.
    expect(fifty.statements).toBeLessThanOrEqual(one.statements);
  });

  it('are the same for one dispute and for all of them, each with its alternatives, their evidence and sources', async () => {
    const query = 'query($first: Int!) { disputes(first: $first) { totalCount edges { node { question alternatives { statement supporting { quote source { key } } contradicting { source { key title } } } } } } }';
    const one = await cost(query, { first: 1 });
    const all = await cost(query, { first: 100 });
    expect((all.data.disputes as Edges).edges.length).toBeGreaterThanOrEqual(3);
    expect(all.statements).toBe(one.statements);
  });

  it('are the same for one source and for nine, each with a page of its facts and their evidence', async () => {
    const query = 'query($first: Int!) { sources(first: $first) { edges { node { key facts(first: 3) { totalCount edges { node { statement supporting { source { key } } } } } } } } }';
    const one = await cost(query, { first: 1 });
    const nine = await cost(query, { first: 9 });
    const sources = (nine.data.sources as Edges).edges;
    expect(sources.length).toBe(9);
    expect(sources.every((s) => (s.node.facts as Edges).edges.length > 0)).toBe(true);
    expect(nine.statements).toBe(one.statements);
  });

  it('are the same for one entity and for twenty, with their aliases', async () => {
    const query = 'query($first: Int!) { entities(first: $first) { edges { node { name aliases } } } }';
    const one = await cost(query, { first: 1 });
    const twenty = await cost(query, { first: 20 });
    expect((twenty.data.entities as Edges).edges.length).toBe(20);
    expect(twenty.statements).toBe(one.statements);
  });
});
