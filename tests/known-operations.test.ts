// A query Apollo has answered without an error is answered directly by its compiled function the next
// time (server.ts, KnownOperations). These check that a direct answer is the answer Apollo gives, byte
// for byte, and that everything else (errors, limits, other media types, other request shapes) is
// still answered by Apollo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveArticles } from './helpers.js';
import { serveQueries } from '../bench/serve-queries.js';

let server: Awaited<ReturnType<typeof serveArticles>>;

beforeAll(async () => {
  server = await serveArticles(['data']);
});
afterAll(async () => {
  await server?.dispose();
});

interface Raw {
  status: number;
  contentType: string | null;
  body: string;
  direct: boolean;
}

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Raw> {
  const before = server.directAnswers();
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.text(), direct: server.directAnswers() > before };
}

/** The id of the most confident fact, asked through Apollo. */
async function topFactId(): Promise<string> {
  const raw = await post({ query: '{ facts(first: 1) { edges { node { id } } } }' });
  return (JSON.parse(raw.body) as { data: { facts: { edges: Array<{ node: { id: string } }> } } }).data.facts.edges[0]?.node.id ?? '';
}

describe('known operations', () => {
  it('are answered directly the second time, with the status, type and bytes Apollo sent the first time', async () => {
    const id = await topFactId();
    for (const query of serveQueries(id, 'Kadhimi was injured')) {
      const body = { query: query.query, operationName: query.operationName, variables: query.variables };
      const first = await post(body);
      const second = await post(body);
      expect(first.direct, query.name).toBe(false);
      expect(second.direct, query.name).toBe(true);
      expect(JSON.parse(first.body).errors, query.name).toBeUndefined();
      expect({ ...second, direct: false }).toEqual(first);
    }
  });

  it('with other variables are answered directly too, and the answer is the one for those variables', async () => {
    const page = serveQueries('', '')[0];
    const body = (first: number) => ({ query: page?.query, operationName: page?.operationName, variables: { first, after: null } });
    await post(body(20));
    const three = await post(body(3));
    expect(three.direct).toBe(true);
    expect((JSON.parse(three.body) as { data: { facts: { edges: unknown[] } } }).data.facts.edges).toHaveLength(3);
  });

  it('leave to Apollo an answer with an error: an unknown id gets the same NOT_FOUND every time', async () => {
    const byId = serveQueries('', '')[1];
    const known = { query: byId?.query, operationName: byId?.operationName, variables: { id: await topFactId() } };
    await post(known);
    const missing = { ...known, variables: { id: 'RmFjdDpGMDAwMDAwMDAwMDAwMDAwMA==' } };
    const first = await post(missing);
    const second = await post(missing);
    expect(second.direct).toBe(false);
    expect(second).toEqual(first);
    expect(JSON.parse(first.body).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('leave to Apollo variables that break a limit or do not coerce', async () => {
    const page = serveQueries('', '')[0];
    const body = (variables: Record<string, unknown>) => ({ query: page?.query, operationName: page?.operationName, variables });
    await post(body({ first: 20, after: null }));
    const huge = await post(body({ first: 100000, after: null }));
    expect(huge.direct).toBe(false);
    expect(JSON.parse(huge.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const wrongType = await post(body({ first: 'twenty', after: null }));
    expect(wrongType.direct).toBe(false);
    expect(JSON.parse(wrongType.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('leave to Apollo another media type, extensions and a GET', async () => {
    const body = { query: '{ stats { facts } }' };
    await post(body);
    expect((await post(body)).direct).toBe(true);
    const graphqlResponse = await post(body, { accept: 'application/graphql-response+json' });
    expect(graphqlResponse.direct).toBe(false);
    expect(graphqlResponse.contentType).toMatch(/^application\/graphql-response\+json/);
    expect((await post({ ...body, extensions: {} })).direct).toBe(false);
    const before = server.directAnswers();
    const get = await fetch(`${server.url}?query=${encodeURIComponent(body.query)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(server.directAnswers()).toBe(before);
  });
});
