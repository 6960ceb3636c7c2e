// The end-to-end contract of issue 3, through real HTTP on a real store built from data/ by the real
// pipeline: the questions a user asks the bundled articles, and a second cluster nobody tuned for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticles } from '../src/ingest/read-articles.js';
import { runPipeline, PIPELINE_PARAMETERS, PIPELINE_VERSION } from '../src/pipeline/index.js';
import { writeStore } from '../src/store/write.js';
import { startServer } from '../src/graphql/server.js';

interface EvidenceView { source: { key: string; text: string }; quote: string; start: number; end: number; attribution: string | null }
interface FactView { id: string; statement: string; confidence: number; status: string; supporting: EvidenceView[]; contradicting: EvidenceView[] }
interface DisputeView { question: string; kind: string; alternatives: FactView[] }

const EVIDENCE = 'source { key text } quote start end attribution';
const FACT = `id statement confidence status supporting { ${EVIDENCE} } contradicting { ${EVIDENCE} }`;

async function serve(dir: string): Promise<{ url: string; close(): Promise<void>; tmp: string }> {
  const tmp = mkdtempSync(join(tmpdir(), 'corroborate-accept-'));
  const { sources, inputs } = readArticles([dir]);
  const startedAt = new Date().toISOString();
  const result = runPipeline(sources);
  writeStore(join(tmp, 'store.db'), result, { pipelineVersion: PIPELINE_VERSION, parameters: PIPELINE_PARAMETERS, inputs, startedAt, finishedAt: new Date().toISOString() });
  const server = await startServer({ dbPath: join(tmp, 'store.db'), port: 0, host: '127.0.0.1', log: () => {} });
  return { ...server, tmp };
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: T };
}

async function all<T>(url: string, field: string, selection: string): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    type Connection = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: T }> };
    const page: { data?: Record<string, Connection>; errors?: unknown } = await gql<Record<string, Connection>>(
      url,
      `query($after: String) { ${field}(first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`,
      { after },
    );
    const connection: Connection | undefined = page.data?.[field];
    if (!connection) throw new Error(`${field}: ${JSON.stringify(page.errors)}`);
    nodes.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor;
  }
}

const short = (key: string): string => key.slice(0, 3);
const keysOf = (evidence: EvidenceView[]): string[] => [...new Set(evidence.map((e) => short(e.source.key)))].sort();
const mentions = (statement: string, digit: number, word: string): boolean => new RegExp(`\\b(${digit}|${word})\\b`, 'i').test(statement);

describe('the bundled articles, over HTTP', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let facts: FactView[];
  let disputes: DisputeView[];

  beforeAll(async () => {
    server = await serve('data');
    facts = await all<FactView>(server.url, 'facts', FACT);
    disputes = await all<DisputeView>(server.url, 'disputes', `question kind alternatives { ${FACT} }`);
  });
  afterAll(async () => {
    await server?.close();
    if (server) rmSync(server.tmp, { recursive: true, force: true });
  });

  it('shows the injured guards as one dispute: 2 (001), 3 (003), 7 (002 and 004), each contradicted by the others', () => {
    const guards = disputes.filter((d) => d.kind === 'NUMERIC' && d.alternatives.some((a) => /guard/i.test(a.statement)));
    expect(guards).toHaveLength(1);
    const [dispute] = guards;
    expect(dispute?.alternatives).toHaveLength(3);
    const byCount = (digit: number, word: string): FactView | undefined => dispute?.alternatives.find((a) => mentions(a.statement, digit, word));
    expect(keysOf(byCount(2, 'two')?.supporting ?? [])).toEqual(['001']);
    expect(keysOf(byCount(3, 'three')?.supporting ?? [])).toEqual(['003']);
    expect(keysOf(byCount(7, 'seven')?.supporting ?? [])).toEqual(['002', '004']);
    expect(keysOf(byCount(7, 'seven')?.contradicting ?? [])).toEqual(['001', '003']);
    expect(keysOf(byCount(2, 'two')?.contradicting ?? [])).toEqual(['002', '003', '004']);
    // Ordered by confidence, and the best-supported answer is not certain.
    const confidences = dispute?.alternatives.map((a) => a.confidence) ?? [];
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    expect(byCount(7, 'seven')?.confidence).toBeLessThan(0.95);
    expect(dispute?.alternatives[0]?.statement).toMatch(/\b7\b/);
  });

  it('explains the unharmed consensus through the engine: independent supporters, reliabilities used, a summary', async () => {
    const r = await gql<{ facts: { edges: Array<{ node: { statement: string; confidence: number; confidenceExplanation: { independentSupporters: number; contradictingSources: number; reliabilities: Array<{ sourceKey: string; reliability: number }>; summary: string } } }> } }>(
      server.url,
      '{ facts(first: 1, filter: { text: "hurt" }) { edges { node { statement confidence confidenceExplanation { independentSupporters contradictingSources reliabilities { sourceKey reliability } summary } } } } }',
    );
    const explanation = r.data?.facts.edges[0]?.node.confidenceExplanation;
    expect(explanation?.independentSupporters).toBeGreaterThanOrEqual(4);
    expect(explanation?.contradictingSources).toBe(0);
    expect(explanation?.reliabilities.length).toBeGreaterThanOrEqual(4);
    for (const used of explanation?.reliabilities ?? []) expect(used.reliability).toBeGreaterThan(0.5);
    expect(explanation?.summary).toMatch(/independent source/);
    // A single source is weaker evidence than five, and a reader would not call it likely false either.
    const single = facts.filter((f) => keysOf(f.supporting).length === 1 && f.contradicting.length === 0).map((f) => f.confidence);
    expect(Math.min(...single)).toBeGreaterThan(0.5);
    expect((r.data?.facts.edges[0]?.node.confidence ?? 0) - Math.max(...single)).toBeGreaterThan(0.15);
  });

  it('keeps every quote equal to its span in the source text', () => {
    const evidence = facts.flatMap((f) => [...f.supporting, ...f.contradicting]);
    expect(evidence.length).toBeGreaterThan(50);
    for (const e of evidence) expect(e.source.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('shows "Kadhimi was unharmed" as one consensus fact of at least four sources, above every single-source fact', () => {
    const unharmed = facts.filter((f) => /unharm|unhurt|not (hurt|harmed|injured)/i.test(f.statement) && /kadhimi/i.test(f.statement));
    expect(unharmed).toHaveLength(1);
    const [fact] = unharmed;
    expect(keysOf(fact?.supporting ?? []).length).toBeGreaterThanOrEqual(4);
    expect(fact?.contradicting).toHaveLength(0);
    expect(fact?.status).toBe('CONSENSUS');
    const singles = facts.filter((f) => keysOf(f.supporting).length === 1);
    expect(singles.length).toBeGreaterThan(0);
    expect(fact?.confidence).toBeGreaterThan(Math.max(...singles.map((f) => f.confidence)));
  });

  it('finds who supports and who contradicts "Seven security guards were injured in the attack"', async () => {
    const r = await gql<{ assessClaim: { verdict: string; supporting: EvidenceView[]; contradicting: EvidenceView[] } }>(
      server.url,
      `{ assessClaim(text: "Seven security guards were injured in the attack") { verdict supporting { ${EVIDENCE} } contradicting { ${EVIDENCE} } } }`,
    );
    expect(keysOf(r.data?.assessClaim.supporting ?? [])).toEqual(['002', '004']);
    expect(keysOf(r.data?.assessClaim.contradicting ?? [])).toEqual(['001', '003']);
    expect(r.data?.assessClaim.verdict).toBe('DISPUTED');
  });

  it('returns no sources for a claim the articles do not speak of', async () => {
    const r = await gql<{ assessClaim: { verdict: string; supporting: unknown[]; contradicting: unknown[] } }>(
      server.url,
      '{ assessClaim(text: "The Eiffel Tower was painted green in 1850") { verdict supporting { quote } contradicting { quote } } }',
    );
    expect(r.data?.assessClaim).toEqual({ verdict: 'UNRELATED', supporting: [], contradicting: [] });
  });

  it('gives 003, which has no date line, no publication date', async () => {
    const sources = await all<{ key: string; publishedAt: string | null }>(server.url, 'sources', 'key publishedAt');
    expect(sources).toHaveLength(5);
    expect(sources.find((s) => short(s.key) === '003')?.publishedAt).toBeNull();
    expect(sources.find((s) => short(s.key) === '001')?.publishedAt).toMatch(/^2021-11-07/);
  });

  it('makes no fact out of photo captions, comment forms or embedded tweets', () => {
    const noisy = facts.filter((f) => /Photo:|Handout|Leave a Reply|Required fields|email address|@StateDeptSpox|@SecBlinken|t\.co\//.test(`${f.statement} ${f.supporting.map((e) => e.quote).join(' ')}`));
    expect(noisy.map((f) => f.statement)).toEqual([]);
  });

  it('answers bad requests with a clear code and keeps serving', async () => {
    const big = await gql(server.url, '{ facts(first: 100000) { totalCount } }');
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    let deep = 'id';
    for (let i = 0; i < 10; i++) deep = `dispute { alternatives { ${deep} } }`;
    const tooDeep = await gql(server.url, `{ facts(first: 1) { edges { node { ${deep} } } } }`);
    expect(tooDeep.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    const unknown = await gql<{ fact: null }>(server.url, '{ fact(id: "RmFjdDpGMDAwMDAwMDAwMDAwMDAwMA==") { id } }');
    expect(unknown.data?.fact).toBeNull();
    const stats = await gql<{ stats: { sources: number; disputes: number } }>(server.url, '{ stats { sources disputes } }');
    expect(stats.data?.stats.sources).toBe(5);
  });
});

describe('a second cluster, about another event', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let disputes: DisputeView[];

  beforeAll(async () => {
    server = await serve('tests/fixtures/mine-collapse');
    disputes = await all<DisputeView>(server.url, 'disputes', `question kind alternatives { ${FACT} }`);
  });
  afterAll(async () => {
    await server?.close();
    if (server) rmSync(server.tmp, { recursive: true, force: true });
  });

  const sourcesOf = (fact: FactView | undefined): string[] => [...new Set((fact?.supporting ?? []).map((e) => e.source.key.slice(0, 1)))].sort();

  it('disputes the number trapped: twelve (a, d) against at least 14 / fourteen (b, c)', () => {
    const trapped = disputes.find((d) => d.kind === 'NUMERIC' && d.alternatives.some((a) => /miner/.test(a.statement)));
    expect(sourcesOf(trapped?.alternatives.find((a) => mentions(a.statement, 12, 'twelve')))).toEqual(['a', 'd']);
    expect(sourcesOf(trapped?.alternatives.find((a) => mentions(a.statement, 14, 'fourteen')))).toEqual(['b', 'c']);
  });

  it('disputes the dead: three (a, b) against two (c)', () => {
    const dead = disputes.find((d) => d.kind === 'NUMERIC' && d.alternatives.some((a) => /worker/.test(a.statement)));
    expect(sourcesOf(dead?.alternatives.find((a) => mentions(a.statement, 3, 'three')))).toEqual(['a', 'b']);
    expect(sourcesOf(dead?.alternatives.find((a) => mentions(a.statement, 2, 'two')))).toEqual(['c']);
  });

  it('disputes the day of the collapse: Tuesday (a, b, d) against Monday evening (c)', () => {
    const when = disputes.find((d) => d.kind === 'TEMPORAL');
    expect(when?.alternatives.map((a) => sourcesOf(a))).toEqual([['a', 'b', 'd'], ['c']]);
    expect(when?.alternatives[1]?.statement).toMatch(/2024-03-11/);
  });

  it('merges the governor\'s two spellings into one source of statements and ignores the page noise', async () => {
    const r = await gql<{ entities: { edges: Array<{ node: { name: string; aliases: string[] } }> } }>(server.url, '{ entities(first: 50) { edges { node { name aliases } } } }');
    const governor = r.data?.entities.edges.map((e) => e.node).find((e) => /Villarroel|Villaroel/.test(e.name));
    expect(governor?.aliases).toEqual(expect.arrayContaining(['Andrés Villarroel', 'Andres Villaroel']));
    const facts = await all<FactView>(server.url, 'facts', FACT);
    expect(facts.filter((f) => /Photo|Leave a Reply|Read more|Photographs/.test(f.supporting.map((e) => e.quote).join(' ')))).toEqual([]);
  });
});
