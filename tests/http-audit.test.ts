// graphql-http's audit of the GraphQL-over-HTTP spec, run against the real server over HTTP. Every MUST
// and every SHOULD passes; the three MAYs that do not are GETs without a preflight header, which
// Apollo's CSRF protection refuses on purpose (README, Limits and guarantees).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits, type AuditResult } from 'graphql-http';
import { serveArticles } from './helpers.js';

let server: Awaited<ReturnType<typeof serveArticles>>;
let results: AuditResult[] = [];

beforeAll(async () => {
  server = await serveArticles(['tests/fixtures/mine-collapse']);
  for (const audit of serverAudits({ url: server.url })) results.push(await audit.fn());
});
afterAll(async () => {
  await server?.dispose();
});

const failing = (level: string): string[] => results.filter((r) => r.name.startsWith(level) && r.status !== 'ok').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  it('passes every MUST', () => {
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThanOrEqual(13);
    expect(failing('MUST')).toEqual([]);
  });

  it('passes every SHOULD, parse and validation failures under application/json answered with 200 included', () => {
    expect(results.filter((r) => r.name.startsWith('SHOULD')).length).toBeGreaterThanOrEqual(23);
    expect(failing('SHOULD')).toEqual([]);
  });

  it('misses only the MAYs that GET requests without a preflight header would need (CSRF protection)', () => {
    expect(failing('MAY').map((line) => line.split(':')[0])).toEqual([
      'MAY accept application/x-www-form-urlencoded formatted GET requests',
      'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
      'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
    ]);
  });
});
