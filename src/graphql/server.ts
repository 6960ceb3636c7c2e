// The HTTP server: GET /health answered here, everything else handed to Apollo Server (GraphQL on
// POST /, Apollo Sandbox for a browser's GET /). The store is read-only and reopened when a build
// replaces it (live-store.ts); each request keeps the one it started with. Every request has a deadline
// from the moment it arrives; bodies over MAX_BODY_BYTES are refused before parsing.

import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { CorroborateError, type ErrorCode } from '../errors.js';
import { getSchema } from './schema.js';
import { LiveStore } from './live-store.js';
import { createContext, type Context } from './context.js';
import { DEFAULT_REQUEST_TIMEOUT_MS, MAX_TOKENS, limitsPlugin, operationLimitError } from './limits.js';
import { compiledExecution, compiler, type Compiler } from './executor.js';

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

/** Time a client has to send a whole request (headers and body): a slow sender cannot hold a socket. */
const RECEIVE_TIMEOUT_MS = 30_000;
/** When an answer is this late past its deadline (something async hung), the client gets a 503. */
const DEADLINE_GRACE_MS = 1_000;

export interface ServerOptions {
  dbPath: string;
  port: number;
  host?: string;
  log?: (line: string) => void;
  /** No introspection, no Sandbox, no schema hints in error messages. Default: NODE_ENV=production. */
  isProduction?: boolean;
  /** Per-request time limit (arrival to answer); past it the request stops with code TIMEOUT. */
  requestTimeoutMs?: number;
}

export interface RunningServer {
  url: string;
  /** SQL statements the server's store has run so far: a test's probe for N+1 queries. */
  statementCount(): number;
  /** Requests answered by a known operation's compiled function without Apollo's pipeline (KnownOperations). */
  directAnswers(): number;
  /** Reopens the store file now, even if unchanged (SIGHUP); false when it cannot be opened (logged). */
  reload(): boolean;
  close(): Promise<void>;
}

function formatErrorWith(log: (line: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // A GraphQLError a resolver threw with one of our codes (page size, cursor, id) keeps that code.
    const inner = error instanceof GraphQLError ? error.originalError : undefined;
    const innerCode = inner instanceof GraphQLError ? inner.extensions.code : undefined;
    if (typeof innerCode === 'string' && OWN_CODES.has(innerCode)) return { message: formatted.message, locations: formatted.locations, extensions: { code: innerCode } };
    if (original instanceof CorroborateError) return { message: original.message, path: formatted.path, extensions: { code: CODE_OF[original.code] } };
    // graphql-js checks argument values as it executes ("first: $n" with $n null for an Int! argument
    // that has a default): the caller's mistake, which Apollo would label INTERNAL_SERVER_ERROR.
    if (original instanceof GraphQLError && original.extensions.code === undefined && original.message.startsWith('Argument "')) {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
    }
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

/**
 * GraphQL-over-HTTP: under application/json, a well-formed request whose document fails to parse, to
 * validate or to stay within the limits SHOULD get 200 (graphql-response+json keeps Apollo's 400). A
 * request that is not well formed (no query, a body that is not JSON) keeps its 4xx either way.
 */
const DOCUMENT_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX', 'TOO_MANY_ALIASES']);

function statusFor(status: number, contentType: string | undefined, body: string): number {
  if (status !== 400 || !contentType?.startsWith('application/json')) return status;
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    const codes = (parsed.errors ?? []).map((e) => e.extensions?.code);
    return codes.length > 0 && codes.every((code) => typeof code === 'string' && DOCUMENT_ERROR_CODES.has(code)) ? 200 : status;
  } catch {
    return status;
  }
}

const isJson = (contentType: string | undefined): boolean => /^application\/(graphql-response\+)?json/i.test(contentType ?? '');

/**
 * A JSON answer as its bytes with Apollo's trailing newline (stringifyResult leaves it out). Encoded
 * straight from the flat string JSON.stringify made: appending the newline to the string, and node
 * prepending the headers to it, each made a flat copy of the whole answer in the JS heap first (two
 * copies of 80 KB for a page of facts, whose quotes make it a two-byte string).
 */
function bodyBytes(json: string): Buffer {
  const bytes = Buffer.allocUnsafe(Buffer.byteLength(json) + 1);
  bytes.write(json);
  bytes[bytes.length - 1] = 0x0a;
  return bytes;
}

/** Past this much, an oversized upload is cut off rather than drained for its 413. */
const MAX_DRAIN_BYTES = 16 * MAX_BODY_BYTES;

type Body = { kind: 'complete'; text: string } | { kind: 'too-large' } | { kind: 'gone' };

/**
 * The request body: its text, or too-large when it is over MAX_BODY_BYTES (drained, not kept, so the
 * 413 arrives), or gone when the client left (or sent more than MAX_DRAIN_BYTES) before the end.
 */
function readBody(req: http.IncomingMessage): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > MAX_DRAIN_BYTES) req.destroy();
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? { kind: 'too-large' } : { kind: 'complete', text: Buffer.concat(chunks).toString('utf8') }));
    // After 'end' these change nothing: a promise resolves once.
    req.on('close', () => resolve({ kind: 'gone' }));
    req.on('error', () => resolve({ kind: 'gone' }));
  });
}

/** An operation Apollo has answered without an error: parsed, validated, within the limits. */
interface KnownOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/** Operations kept for the direct path; past this many different ones, the oldest are forgotten. */
const MAX_KNOWN_OPERATIONS = 500;

/**
 * A dashboard sends the same few operations again and again. Once Apollo has answered one (parsed,
 * validated, limits checked) without an error, the same query text is executed directly by its
 * compiled function: Apollo's per-request pipeline (hashing the query, plugin hooks, content
 * negotiation, request context objects) cost more than executing a fact by id. Anything else (a new
 * query, a GET, an Accept other than JSON, persisted queries, variables that break a limit, and any
 * answer with an error) goes through Apollo as before; a direct answer with an error is discarded and
 * the request is given to Apollo, which reads the same store again (nothing here writes) and answers
 * as it always would.
 */
class KnownOperations {
  private readonly known = new Map<string, KnownOperation>();
  /** Requests answered here. */
  answered = 0;
  /** The compiled functions, shared with Apollo's gateway (executor.ts): each operation compiled once. */
  readonly compile: Compiler;

  constructor(
    private readonly schema: GraphQLSchema,
    log: (line: string) => void,
  ) {
    this.compile = compiler(schema, log);
  }

  private static key(query: string, operationName: string | null | undefined): string {
    return `${operationName ?? ''}\u0000${query}`;
  }

  /** Records each operation Apollo answered without an error. */
  plugin(): ApolloServerPlugin<BaseContext> {
    return {
      requestDidStart: async () => ({
        willSendResponse: async ({ request, document, operation, response }) => {
          if (!document || !operation || typeof request.query !== 'string' || response.body.kind !== 'single' || response.body.singleResult.errors) return;
          const key = KnownOperations.key(request.query, request.operationName);
          if (this.known.has(key)) return;
          if (this.known.size >= MAX_KNOWN_OPERATIONS) this.known.delete(this.known.keys().next().value as string);
          this.known.set(key, { document, operation });
        },
      }),
    };
  }

  /**
   * The answer's JSON when the request is a known operation that runs without an error, or null when
   * Apollo must answer it.
   */
  async answer(body: unknown, accept: string | undefined, context: Context): Promise<string | null> {
    if (accept !== undefined && (!/application\/json|\*\/\*/i.test(accept) || /graphql-response|multipart/i.test(accept))) return null;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
    const { query, operationName, variables, ...rest } = body as Record<string, unknown>;
    if (typeof query !== 'string' || Object.keys(rest).length > 0) return null;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
    const known = this.known.get(KnownOperations.key(query, operationName));
    if (!known) return null;
    const values = (variables ?? {}) as Record<string, unknown>;
    if (operationLimitError(this.schema, known.document, known.operation, values)) return null;
    const compiled = this.compile(known.document, operationName ?? null);
    if (!compiled) return null;
    const result = await compiled.query(undefined, context, values);
    if (!('data' in result) || result.errors || context.timedOut) return null;
    this.answered++;
    return JSON.stringify({ data: result.data });
  }
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const live = new LiveStore(options.dbPath, log);
  const isProduction = options.isProduction ?? process.env.NODE_ENV === 'production';
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const schema = await getSchema();
  const knownOperations = new KnownOperations(schema, log);
  const apollo = new ApolloServer<Context & BaseContext>({
    // Apollo parses and validates; each operation runs as a function compiled for it (executor.ts).
    gateway: compiledExecution(schema, log, knownOperations.compile),
    introspection: !isProduction,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: isProduction,
    parseOptions: { maxTokens: MAX_TOKENS },
    // Without Apollo's newline: the HTTP handler adds it as it encodes the answer (bodyBytes).
    stringifyResult: (value) => JSON.stringify(value),
    formatError: formatErrorWith(log),
    plugins: [
      limitsPlugin(),
      knownOperations.plugin(),
      isProduction ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      // We send no cache hints; left on, the plugin wraps every field of every response in a hook.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const server = http.createServer({ requestTimeout: RECEIVE_TIMEOUT_MS, headersTimeout: Math.min(RECEIVE_TIMEOUT_MS, 10_000), connectionsCheckingInterval: 1_000 }, (req, res) => {
    const deadlineMs = performance.now() + timeoutMs;
    // Pinned from arrival until the handler is done (answered, or the client gone): one build per answer.
    const lease = live.acquire();
    const { store, index } = lease;
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'GET' && url.pathname === '/health') {
        const stats = store.stats();
        sendJson(res, 200, {
          status: 'ok',
          store: store.path,
          generation: lease.generation,
          builtAt: stats.build?.finishedAt ?? null,
          sources: stats.sources,
          facts: stats.facts,
          disputes: stats.disputes,
        });
        return;
      }
      const received: Body = req.method === 'POST' ? await readBody(req) : { kind: 'complete', text: '' };
      if (received.kind === 'gone') return;
      if (received.kind === 'too-large') {
        sendJson(res, 413, { errors: [{ message: `Request body is over ${MAX_BODY_BYTES} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
        return;
      }
      let body: unknown;
      if (req.method === 'POST' && /application\/(graphql-response\+)?json/i.test(req.headers['content-type'] ?? '')) {
        try {
          body = received.text === '' ? undefined : JSON.parse(received.text);
        } catch {
          sendJson(res, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
          return;
        }
      } else body = received.text;
      if (req.method === 'POST' && typeof body === 'object') {
        const json = await knownOperations.answer(body, req.headers.accept, createContext(store, index, deadlineMs));
        if (json !== null) {
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
          res.end(bodyBytes(json));
          return;
        }
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const execution = apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
        context: async () => createContext(store, index, deadlineMs),
      });
      // Fields stop resolving at the deadline (limits.ts); this catches anything that still hangs.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), Math.max(0, deadlineMs - performance.now()) + DEADLINE_GRACE_MS);
      });
      const response = await Promise.race([execution, late]).finally(() => clearTimeout(timer));
      if (response === null) {
        sendJson(res, 503, { errors: [{ message: 'The request took longer than its time limit and was stopped.', extensions: { code: 'TIMEOUT' } }] });
        return;
      }
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        const contentType = response.headers.get('content-type');
        res.statusCode = statusFor(res.statusCode, contentType, response.body.string);
        res.end(isJson(contentType) ? bodyBytes(response.body.string) : response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    })()
      .catch((error: unknown) => {
        log(`request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        else res.end();
      })
      .finally(lease.release);
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new CorroborateError('INVALID_ARGUMENT', error.code === 'EADDRINUSE' ? `port ${options.port} is already in use` : `cannot listen on ${host}:${options.port}: ${error.message}`, { cause: error })),
    );
    server.listen(options.port, host, resolve);
  }).catch(async (error: unknown) => {
    await apollo.stop();
    live.close();
    throw error;
  });
  live.watch();
  const { port } = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    statementCount: () => live.statementCount,
    directAnswers: () => knownOperations.answered,
    reload: () => live.reload({ force: true }),
    async close() {
      await apollo.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      live.close();
    },
  };
}
