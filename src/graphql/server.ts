// The HTTP server: GET /health answered here, everything else handed to Apollo Server (GraphQL on
// POST /, Apollo Sandbox for a browser's GET /). The store is opened once, read-only.

import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { openStore } from '../store/read.js';
import { prepareAssessment } from '../pipeline/assess.js';
import { CorroborateError, type ErrorCode } from '../errors.js';
import { getSchema } from './schema.js';
import { createContext, type Context } from './context.js';
import { costLimitRule } from './limits.js';

/** A GraphQL request is a few kilobytes; a bigger body is refused before it is parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;

const CODE_OF: Record<ErrorCode, string> = {
  INVALID_ARTICLE: 'BAD_USER_INPUT',
  INVALID_ARGUMENT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  STORE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  STORE_VERSION: 'SERVICE_UNAVAILABLE',
  PAGE_SIZE_EXCEEDED: 'BAD_USER_INPUT',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
};
const OWN_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX']);

export interface ServerOptions {
  dbPath: string;
  port: number;
  host?: string;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  /** SQL statements the server's store has run so far: a test's probe for N+1 queries. */
  statementCount(): number;
  close(): Promise<void>;
}

function formatErrorWith(log: (line: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // Apollo re-labels validation errors GRAPHQL_VALIDATION_FAILED; our limit rules carry their own code.
    const inner = error instanceof GraphQLError ? error.originalError : undefined;
    const innerCode = inner instanceof GraphQLError ? inner.extensions.code : undefined;
    if (typeof innerCode === 'string' && OWN_CODES.has(innerCode)) return { message: formatted.message, locations: formatted.locations, extensions: { code: innerCode } };
    if (original instanceof CorroborateError) return { message: original.message, path: formatted.path, extensions: { code: CODE_OF[original.code] } };
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      log(`internal error: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Past this much, an oversized upload is cut off rather than drained for its 413. */
const MAX_DRAIN_BYTES = 16 * MAX_BODY_BYTES;

/** The request body as text, or null when it is over MAX_BODY_BYTES (drained, not kept, so the 413 arrives). */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > MAX_DRAIN_BYTES) req.destroy();
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const store = openStore(options.dbPath);
  const index = store.loadAssessmentIndex();
  // Profiling the sources for assessClaim takes a moment; pay it at start, not on a user's first request.
  prepareAssessment(index);
  const isProduction = process.env.NODE_ENV === 'production';
  const apollo = new ApolloServer<Context & BaseContext>({
    schema: await getSchema(),
    validationRules: [costLimitRule],
    introspection: !isProduction,
    includeStacktraceInErrorResponses: false,
    formatError: formatErrorWith(log),
    plugins: [
      isProduction ? ApolloServerPluginLandingPageProductionDefault() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      // We send no cache hints; left on, the plugin wraps every field of every response in a hook.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'GET' && url.pathname === '/health') {
        const stats = store.stats();
        sendJson(res, 200, { status: 'ok', store: store.path, builtAt: stats.build?.finishedAt ?? null, sources: stats.sources, facts: stats.facts, disputes: stats.disputes });
        return;
      }
      const raw = req.method === 'POST' ? await readBody(req) : '';
      if (raw === null) {
        sendJson(res, 413, { errors: [{ message: `Request body is over ${MAX_BODY_BYTES} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
        return;
      }
      let body: unknown;
      if (req.method === 'POST' && /application\/(graphql-response\+)?json/i.test(req.headers['content-type'] ?? '')) {
        try {
          body = raw === '' ? undefined : JSON.parse(raw);
        } catch {
          sendJson(res, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
          return;
        }
      } else body = raw;
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
        context: async () => createContext(store, index),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') res.end(response.body.string);
      else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    })().catch((error: unknown) => {
      log(`request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new CorroborateError('INVALID_ARGUMENT', error.code === 'EADDRINUSE' ? `port ${options.port} is already in use` : `cannot listen on ${host}:${options.port}: ${error.message}`, { cause: error })),
    );
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    statementCount: () => store.statementCount,
    async close() {
      await apollo.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      store.close();
    },
  };
}
