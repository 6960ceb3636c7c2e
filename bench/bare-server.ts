// The serving benchmark's limit: a bare node:http handler that answers the four benchmark requests
// (bench/serve-queries.ts) with hand-written SQL on the same store file and returns the same JSON as
// the GraphQL server, with no GraphQL parsing, validation, resolvers or DataLoaders. It knows only
// those four operations, by operationName. It reads the data the way the server does (the sources'
// fields held in memory from start, evidence without a join), so that the ratio is GraphQL's cost.
//
// assessClaim cannot be written in SQL: reading the user's sentence is the pipeline's work. The bare
// handler calls the same pure function (src/pipeline/assess.ts) on the same in-memory index the server
// prepares at start, then fetches what the answer names with hand-written SQL; the limit for that
// query is therefore "the same reading, without GraphQL".

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { openStore } from '../src/store/read.js';
import { assessClaim, prepareAssessment } from '../src/pipeline/assess.js';
import type { AssessmentEvidence } from '../src/model.js';
import { EXPLANATION_FIELDS } from './serve-queries.js';

type Row = Record<string, unknown>;

const globalId = (type: string, id: unknown): string => Buffer.from(`${type}:${String(id)}`, 'utf8').toString('base64');
const cursor = (offset: number): string => Buffer.from(`offset:${offset}`, 'utf8').toString('base64');

export interface BareServer {
  url: string;
  close(): Promise<void>;
}

export async function startBareServer(dbPath: string, port = 0): Promise<BareServer> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  // As the server's StoreReader: the shared lock held, not taken again for every statement.
  db.pragma('locking_mode = EXCLUSIVE');
  const sql = {
    // The page and its evidence as arrays of column values, as the server's StoreReader reads them.
    factsPage: db.prepare('SELECT id, statement, kind, confidence, status, supporter_count, dispute_id FROM facts ORDER BY confidence DESC, id LIMIT ? OFFSET ?').raw(true),
    factsCount: db.prepare('SELECT count(*) AS n FROM facts'),
    factById: db.prepare('SELECT id, statement, kind, confidence, status, supporter_count, dispute_id, explanation FROM facts WHERE id = ?'),
    factsByIds: db.prepare('SELECT id, statement, confidence, status FROM facts WHERE id IN (SELECT value FROM json_each(?))'),
    evidence: db.prepare(
      `SELECT e.fact_id, e.source_key, e.stance, e.quote, e.start, e.end, e.attribution, e.weight
       FROM evidence e WHERE e.fact_id IN (SELECT value FROM json_each(?)) ORDER BY e.fact_id, e.stance DESC, e.source_key, e.id`,
    ).raw(true),
    disputes: db.prepare('SELECT id, question FROM disputes WHERE id IN (SELECT value FROM json_each(?))'),
    sources: db.prepare('SELECT key, title, outlet, reliability FROM sources'),
    counts: db.prepare(
      `SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM facts) AS facts,
        (SELECT count(*) FROM disputes) AS disputes, (SELECT count(*) FROM entities) AS entities`,
    ),
    histogram: db.prepare('SELECT min(CAST(confidence * 10 AS INTEGER), 9) AS bucket, count(*) AS n FROM facts GROUP BY bucket'),
    build: db.prepare('SELECT pipeline_version, started_at, finished_at, inputs FROM builds LIMIT 1'),
  };
  // The same index the GraphQL server loads and prepares at start.
  const reader = openStore(dbPath);
  const index = reader.loadAssessmentIndex();
  reader.close();
  prepareAssessment(index);

  // Every source's JSON made once, as the server presents each source once per store (src/graphql/context.ts).
  const sourceJson = new Map((sql.sources.all() as Row[]).map((r) => [r.key, { id: globalId('Source', r.key), key: r.key, title: r.title, outlet: r.outlet, reliability: r.reliability }]));
  /** An evidence row: fact_id, source_key, stance, quote, start, end, attribution, weight. */
  const evidenceJson = ([, sourceKey, stance, quote, start, end, attribution, weight]: unknown[]): Row => ({ stance, quote, start, end, attribution, weight, source: sourceJson.get(sourceKey) });

  /** Facts with their supporting and contradicting evidence and sources, and their dispute: three statements. */
  const factsJson = (rows: Row[]): Row[] => {
    const ids = JSON.stringify(rows.map((r) => r.id));
    const evidence = new Map<unknown, { supporting: Row[]; contradicting: Row[] }>(rows.map((r) => [r.id, { supporting: [], contradicting: [] }]));
    for (const e of sql.evidence.all(ids) as unknown[][]) {
      const lists = evidence.get(e[0]);
      if (e[2] === 'SUPPORTS') lists?.supporting.push(evidenceJson(e));
      else if (e[2] === 'CONTRADICTS') lists?.contradicting.push(evidenceJson(e));
    }
    const disputeIds = [...new Set(rows.map((r) => r.dispute_id).filter((d) => d !== null))];
    const disputes = new Map(disputeIds.length === 0 ? [] : (sql.disputes.all(JSON.stringify(disputeIds)) as Row[]).map((d) => [d.id, { id: globalId('Dispute', d.id), question: d.question }]));
    return rows.map((r) => ({
      id: globalId('Fact', r.id),
      statement: r.statement,
      kind: r.kind,
      confidence: r.confidence,
      status: r.status,
      supporterCount: r.supporter_count,
      supporting: evidence.get(r.id)?.supporting ?? [],
      contradicting: evidence.get(r.id)?.contradicting ?? [],
      dispute: r.dispute_id === null ? null : (disputes.get(r.dispute_id) ?? null),
    }));
  };

  const assessmentEvidenceJson = (list: AssessmentEvidence[]): Row[] =>
    list.map((e) => ({ stance: e.stance, quote: e.quote, start: e.start, end: e.end, attribution: e.attribution, weight: e.weight, source: sourceJson.get(e.sourceKey) }));

  const answer = (operationName: unknown, variables: Record<string, unknown>): unknown => {
    switch (operationName) {
      case 'FactsPage': {
        const first = Number(variables.first);
        const after = typeof variables.after === 'string' ? Number(Buffer.from(variables.after, 'base64').toString('utf8').slice('offset:'.length)) : null;
        const offset = after === null ? 0 : after + 1;
        const rows = (sql.factsPage.all(first, offset) as unknown[][]).map(([id, statement, kind, confidence, status, supporter_count, dispute_id]) => ({ id, statement, kind, confidence, status, supporter_count, dispute_id }));
        const total = Number((sql.factsCount.get() as Row).n);
        const nodes = factsJson(rows);
        return {
          facts: {
            totalCount: total,
            pageInfo: { hasNextPage: offset + rows.length < total, endCursor: rows.length > 0 ? cursor(offset + rows.length - 1) : null },
            edges: nodes.map((node, i) => ({ cursor: cursor(offset + i), node })),
          },
        };
      }
      case 'FactById': {
        const decoded = Buffer.from(String(variables.id), 'base64').toString('utf8');
        const row = decoded.startsWith('Fact:') ? (sql.factById.get(decoded.slice(5)) as Row | undefined) : undefined;
        if (!row) return { fact: null };
        const stored = JSON.parse(String(row.explanation)) as Row;
        const explanation = Object.fromEntries(EXPLANATION_FIELDS.map((field) => [field, stored[field]]));
        return { fact: { ...factsJson([row])[0], confidenceExplanation: explanation } };
      }
      case 'Assess': {
        const text = String(variables.text);
        const result = assessClaim(text, index);
        const facts = new Map((sql.factsByIds.all(JSON.stringify(result.factIds)) as Row[]).map((r) => [r.id, r]));
        return {
          assessClaim: {
            text,
            verdict: result.verdict,
            confidence: result.confidence,
            matches: result.factIds.flatMap((id) => {
              const f = facts.get(id);
              return f ? [{ id: globalId('Fact', f.id), statement: f.statement, confidence: f.confidence, status: f.status }] : [];
            }),
            supporting: assessmentEvidenceJson(result.supporting),
            contradicting: assessmentEvidenceJson(result.contradicting),
            mentioning: result.mentioning.map((e) => ({ stance: e.stance, quote: e.quote, start: e.start, end: e.end, weight: e.weight, source: { id: sourceJson.get(e.sourceKey)?.id, key: e.sourceKey } })),
          },
        };
      }
      case 'Stats': {
        const counts = sql.counts.get() as Row;
        const buckets = new Map((sql.histogram.all() as Row[]).map((r) => [Number(r.bucket), Number(r.n)]));
        const build = sql.build.get() as Row | undefined;
        return {
          stats: {
            ...counts,
            confidenceHistogram: Array.from({ length: 10 }, (_, i) => ({ lower: i / 10, upper: (i + 1) / 10, count: buckets.get(i) ?? 0 })),
            build: build ? { pipelineVersion: build.pipeline_version, startedAt: build.started_at, finishedAt: build.finished_at, inputs: JSON.parse(String(build.inputs)) as unknown } : null,
          },
        };
      }
      default:
        throw new Error(`the bare handler does not know operation ${String(operationName)}`);
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName?: string; variables?: Record<string, unknown> };
        const json = JSON.stringify({ data: answer(body.operationName, body.variables ?? {}) });
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(json);
      } catch (error) {
        res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      db.close();
    },
  };
}
