// Reads a built store, read-only, with prepared statements only. Batch getters take many ids in one
// statement (json_each), so GraphQL's DataLoaders issue one query per kind of thing per request.

import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { AssessmentIndex, Build, Dispute, Entity, Evidence, Fact, FactStatus, ScoredSource } from '../model.js';
import { CorroborateError } from '../errors.js';
import { STORE_VERSION } from './version.js';

export type FactOrder = 'CONFIDENCE_DESC' | 'CONFIDENCE_ASC' | 'SUPPORTERS_DESC';

export interface FactFilter {
  minConfidence?: number | null;
  status?: FactStatus | null;
  /** Case-insensitive substring of the statement or of any of its quotes. */
  text?: string | null;
  /** Facts on which this source has evidence, supporting or contradicting. */
  sourceKey?: string | null;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
}

/**
 * A fact as the API serves it: the columns of its row, its explanation still JSON text (parsed only
 * when a query asks for it). What a fact was computed from (signature, value, claims) stays in the file.
 */
export interface StoredFact extends Pick<Fact, 'id' | 'statement' | 'kind' | 'confidence' | 'status' | 'disputeId'> {
  supporterCount: number;
  explanationJson: string;
}

export interface CorpusStats {
  sources: number;
  claims: number;
  facts: number;
  disputes: number;
  entities: number;
  /** Ten buckets of facts by confidence: [0, 0.1), ..., [0.9, 1]. */
  confidenceHistogram: Array<{ lower: number; upper: number; count: number }>;
  build: Build | null;
}

type Row = Record<string, unknown>;

const str = (v: unknown): string => String(v);
const optStr = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** A source without its text: what lists and evidence need. The text is read on its own, when asked for. */
export type SourceRecord = Omit<ScoredSource, 'text' | 'noise'>;

const SOURCE_COLUMNS = 'key, title, outlet, url, published_at, dateline, origin_path, origin_record, reliability';

/** A source as evidence lists show it: where the file came from (origin) is left out. */
export type SourceSummary = Omit<SourceRecord, 'origin'>;

/** Evidence as the API serves it: with its source at hand (the claim behind it is not served). */
export type SourcedEvidence<S = SourceSummary> = Omit<Evidence, 'claimId'> & { source: S };

function toSourceRecord(r: Row): SourceRecord {
  return {
  key: str(r.key),
  title: optStr(r.title),
  outlet: optStr(r.outlet),
  url: optStr(r.url),
  publishedAt: optStr(r.published_at),
  dateline: optStr(r.dateline),
  origin: { path: str(r.origin_path), record: r.origin_record === null ? null : Number(r.origin_record) },
  reliability: Number(r.reliability),
  };
}

/** The columns StoredFact is read from, in the order toStoredFact reads a row of them. */
const FACT_COLUMNS = 'f.id, f.statement, f.kind, f.confidence, f.status, f.dispute_id, f.supporter_count, f.explanation';

function toStoredFact([id, statement, kind, confidence, status, disputeId, supporterCount, explanation]: unknown[]): StoredFact {
  return {
    id: str(id),
    statement: str(statement),
    kind: str(kind) as Fact['kind'],
    confidence: Number(confidence),
    status: str(status) as FactStatus,
    disputeId: optStr(disputeId),
    supporterCount: Number(supporterCount),
    explanationJson: str(explanation),
  };
}

/** A whole fact, for assessClaim's index (which does not read the claims behind it). */
function toFact(r: Row): Fact {
  return {
    id: str(r.id),
    statement: str(r.statement),
    kind: str(r.kind) as Fact['kind'],
    confidence: Number(r.confidence),
    status: str(r.status) as FactStatus,
    signature: JSON.parse(str(r.signature)) as Fact['signature'],
    value: JSON.parse(str(r.value)) as Fact['value'],
    disputeId: optStr(r.dispute_id),
    claimIds: [],
    explanation: JSON.parse(str(r.explanation)) as Fact['explanation'],
  };
}

function toEvidence(r: Row): Evidence {
  return {
  factId: str(r.fact_id),
  sourceKey: str(r.source_key),
  claimId: str(r.claim_id),
  stance: str(r.stance) as Evidence['stance'],
  quote: str(r.quote),
  start: Number(r.start),
  end: Number(r.end),
  attribution: optStr(r.attribution),
  isHedged: Number(r.is_hedged) === 1,
  weight: Number(r.weight),
  };
}

function escapeLike(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The conditions of a fact filter, each in the WHERE clause only when the filter gives it: a clause such
 * as `@text IS NULL OR ...` would make SQLite evaluate every fact for every page and count, where the
 * unfiltered page walks the confidence index and stops after `limit` rows.
 */
const FACT_CONDITIONS = {
  minConfidence: 'f.confidence >= @minConfidence',
  status: 'f.status = @status',
  text: `(f.statement LIKE @text ESCAPE '\\' OR EXISTS (SELECT 1 FROM evidence e WHERE e.fact_id = f.id AND e.quote LIKE @text ESCAPE '\\'))`,
  sourceKey: 'EXISTS (SELECT 1 FROM evidence e WHERE e.fact_id = f.id AND e.source_key = @sourceKey)',
} as const;
type FactCondition = keyof typeof FACT_CONDITIONS;

const ORDER_SQL: Record<FactOrder, string> = {
  CONFIDENCE_DESC: 'f.confidence DESC, f.id',
  CONFIDENCE_ASC: 'f.confidence ASC, f.id',
  SUPPORTERS_DESC: 'f.supporter_count DESC, f.confidence DESC, f.id',
};

const STATEMENTS: Record<string, string> = {
  sourcesPage: `SELECT ${SOURCE_COLUMNS} FROM sources ORDER BY key LIMIT ? OFFSET ?`,
  sourcesCount: 'SELECT count(*) AS n FROM sources',
  sourcesByKeys: `SELECT ${SOURCE_COLUMNS} FROM sources WHERE key IN (SELECT value FROM json_each(?))`,
  sourceTextsByKeys: 'SELECT key, text FROM sources WHERE key IN (SELECT value FROM json_each(?))',
  allSourceSummaries: 'SELECT key, title, outlet, url, published_at, dateline, reliability FROM sources ORDER BY key',
  disputesPage: 'SELECT * FROM disputes ORDER BY ordinal LIMIT ? OFFSET ?',
  disputesCount: 'SELECT count(*) AS n FROM disputes',
  disputesByIds: 'SELECT * FROM disputes WHERE id IN (SELECT value FROM json_each(?))',
  disputeFacts: 'SELECT dispute_id, fact_id FROM dispute_facts WHERE dispute_id IN (SELECT value FROM json_each(?)) ORDER BY dispute_id, rank',
  entitiesPage: 'SELECT * FROM entities ORDER BY mentions DESC, name, id LIMIT ? OFFSET ?',
  entitiesCount: 'SELECT count(*) AS n FROM entities',
  entitiesByIds: 'SELECT * FROM entities WHERE id IN (SELECT value FROM json_each(?))',
  aliasesByEntities: 'SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY alias',
  // One page of facts for each of many sources at once: each request is {key, offset, limit}.
  factIdsBySources: `WITH request AS (SELECT DISTINCT json_extract(value, '$.key') AS key, json_extract(value, '$.offset') AS first, json_extract(value, '$.limit') AS size FROM json_each(?)),
    ranked AS (SELECT pair.source_key AS key, f.id, row_number() OVER (PARTITION BY pair.source_key ORDER BY f.confidence DESC, f.id) - 1 AS rank
      FROM (SELECT DISTINCT source_key, fact_id FROM evidence WHERE source_key IN (SELECT key FROM request)) pair JOIN facts f ON f.id = pair.fact_id)
    SELECT request.key, request.first, request.size, ranked.id FROM request JOIN ranked ON ranked.key = request.key
    WHERE ranked.rank >= request.first AND ranked.rank < request.first + request.size ORDER BY request.key, request.first, request.size, ranked.rank`,
  factCountBySources: 'SELECT source_key AS key, count(DISTINCT fact_id) AS n FROM evidence WHERE source_key IN (SELECT value FROM json_each(?)) GROUP BY source_key',
  counts: `SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM facts) AS facts,
    (SELECT count(*) FROM disputes) AS disputes, (SELECT count(*) FROM entities) AS entities`,
  histogram: 'SELECT min(CAST(confidence * 10 AS INTEGER), 9) AS bucket, count(*) AS n FROM facts GROUP BY bucket',
  build: 'SELECT * FROM builds LIMIT 1',
  allFacts: 'SELECT * FROM facts ORDER BY ordinal',
  allEvidence: 'SELECT * FROM evidence ORDER BY id',
  allDisputes: 'SELECT * FROM disputes ORDER BY ordinal',
  allEntities: 'SELECT * FROM entities ORDER BY mentions DESC, name, id',
  allAliases: 'SELECT entity_id, alias FROM entity_aliases ORDER BY alias',
  allDisputeFacts: 'SELECT dispute_id, fact_id FROM dispute_facts ORDER BY dispute_id, rank',
  allSourceTexts: 'SELECT key, text, noise, published_at FROM sources ORDER BY key',
};

/**
 * Statements whose rows are read as arrays of column values, in the order of their SELECT, rather than
 * as objects keyed by column name: better-sqlite3 builds an object row by setting each column as a named
 * property, which cost more than running the statement (a page of 20 facts' 95 evidence rows: about
 * 300 us as objects, 170 us as arrays).
 */
const ROW_ARRAY_STATEMENTS: Record<string, string> = {
  factsByIds: `SELECT ${FACT_COLUMNS} FROM facts f WHERE f.id IN (SELECT value FROM json_each(?))`,
  // Sources come from the summaries held in memory: joined here, each row's source was read past its
  // text (overflow pages) for the reliability stored after it.
  evidenceByFacts: `SELECT e.fact_id, e.source_key, e.stance, e.quote, e.start, e.end, e.attribution, e.is_hedged, e.weight
    FROM evidence e WHERE e.fact_id IN (SELECT value FROM json_each(?)) ORDER BY e.fact_id, e.stance DESC, e.source_key, e.id`,
};

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/**
 * What can be told from the file before SQLite opens it: that it exists, is a file, is an SQLite
 * database, and is as long as its header says. A store cut short (a copy that stopped, a full disk)
 * fails here with its sizes rather than later on some query.
 */
function checkStoreFile(path: string): void {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new CorroborateError('STORE_UNAVAILABLE', `${path}: not a file (a store is one SQLite file written by corroborate build)`);
    size = stats.size;
  } catch (error) {
    if (error instanceof CorroborateError) throw error;
    throw new CorroborateError('STORE_UNAVAILABLE', `${path}: no store at this path (build one with: corroborate build <articles> --out ${path})`, { cause: error });
  }
  if (size === 0) throw new CorroborateError('STORE_UNAVAILABLE', `${path}: the file is empty, not a store; rebuild it`);
  const header = Buffer.alloc(100);
  let read = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, header, 0, 100, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new CorroborateError('STORE_UNAVAILABLE', `${path}: cannot read the store (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
  const rawPageSize = read === 100 ? header.readUInt16BE(16) : 0;
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (header.toString('latin1', 0, 16) !== SQLITE_MAGIC || pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    throw new CorroborateError('STORE_UNAVAILABLE', `${path}: not an SQLite database, so not a store; rebuild it`);
  }
  // The page count in the header is valid when the "version-valid-for" number matches the change counter.
  const pages = header.readUInt32BE(24) === header.readUInt32BE(92) ? header.readUInt32BE(28) : 0;
  if (size % pageSize !== 0 || size < pages * pageSize) {
    throw new CorroborateError('STORE_UNAVAILABLE', `${path}: the store is truncated (${size} bytes; its header says ${pages} pages of ${pageSize} bytes); rebuild it`);
  }
}

export class StoreReader {
  readonly path: string;
  private readonly db: Database.Database;
  private executed = 0;
  private counted: CorpusStats | null = null;
  private readonly statements: Map<string, Database.Statement>;
  /** ROW_ARRAY_STATEMENTS, prepared to return each row as an array of its columns' values. */
  private readonly rowArrays: Map<string, Database.Statement>;
  /** At most 16 filter shapes x 3 orders, plus their counts. */
  private readonly built = new Map<string, Database.Statement>();
  /**
   * Every source without its text, read once when the store opens (a few hundred bytes each): a page
   * of evidence names a hundred sources, and the store never changes under a reader.
   */
  private readonly summaries: Map<string, SourceSummary>;

  constructor(path: string) {
    this.path = path;
    checkStoreFile(path);
    let db: Database.Database | undefined;
    try {
      db = new Database(path, { readonly: true, fileMustExist: true });
      const version = Number(db.pragma('user_version', { simple: true }));
      if (version !== STORE_VERSION) {
        throw new CorroborateError('STORE_VERSION', `${path}: store version ${version}, this server reads version ${STORE_VERSION}; rebuild the store`);
      }
      // Reads every page once (milliseconds per MB): a flipped byte anywhere fails here, at start, not
      // as a 500 on whichever request first touches that page.
      const check = String(db.pragma('quick_check(1)', { simple: true }));
      if (check !== 'ok') throw new CorroborateError('STORE_UNAVAILABLE', `${path}: the store is corrupt (${check.replace(/\s+/g, ' ').trim()}); rebuild it`);
      // Without it every statement takes and drops a shared lock and looks for a journal: eight system
      // calls, 15 of the 17 µs a fact by id costs. Held from the first read to close(), the shared lock
      // stops nobody: a build writes a new file and renames it over this one (live-store.ts reopens).
      db.pragma('locking_mode = EXCLUSIVE');
      const opened = db;
      this.statements = new Map(Object.entries(STATEMENTS).map(([name, text]) => [name, opened.prepare(text)]));
      this.rowArrays = new Map(Object.entries(ROW_ARRAY_STATEMENTS).map(([name, text]) => [name, opened.prepare(text).raw(true)]));
      this.db = opened;
      this.summaries = new Map(
        (this.statements.get('allSourceSummaries')?.all() as Row[]).map((r) => [
          str(r.key),
          { key: str(r.key), title: optStr(r.title), outlet: optStr(r.outlet), url: optStr(r.url), publishedAt: optStr(r.published_at), dateline: optStr(r.dateline), reliability: Number(r.reliability) },
        ]),
      );
    } catch (error) {
      db?.close();
      if (error instanceof CorroborateError) throw error;
      throw new CorroborateError('STORE_UNAVAILABLE', `${path}: not a readable Corroborate store (${(error as Error).message}); rebuild it`, { cause: error });
    }
  }

  /** How many SQL statements this reader has run: lets a test prove that a page costs a fixed number. */
  get statementCount(): number {
    return this.executed;
  }

  private all(name: string, ...params: unknown[]): Row[] {
    this.executed++;
    return this.statements.get(name)?.all(...params) as Row[];
  }

  /** A ROW_ARRAY_STATEMENTS statement's rows, each an array of column values in the SELECT's order. */
  private allArrays(name: string, ...params: unknown[]): unknown[][] {
    this.executed++;
    return this.rowArrays.get(name)?.all(...params) as unknown[][];
  }

  private get(name: string, ...params: unknown[]): Row | undefined {
    this.executed++;
    return this.statements.get(name)?.get(...params) as Row | undefined;
  }

  /**
   * The rows of a statement built from parts (a filter's conditions), prepared the first time its text
   * is seen: as arrays of column values (see ROW_ARRAY_STATEMENTS), or the first column of each row.
   */
  private allOf(text: string, params: Record<string, unknown>, shape: 'arrays' | 'first column'): unknown[] {
    let statement = this.built.get(text);
    if (!statement) {
      statement = shape === 'arrays' ? this.db.prepare(text).raw(true) : this.db.prepare(text).pluck(true);
      this.built.set(text, statement);
    }
    this.executed++;
    return statement.all(params);
  }

  facts(offset: number, limit: number, filter: FactFilter, orderBy: FactOrder): Page<StoredFact> {
    const params = {
      minConfidence: filter.minConfidence ?? null,
      status: filter.status ?? null,
      text: filter.text ? escapeLike(filter.text) : null,
      sourceKey: filter.sourceKey ?? null,
    };
    const given = (Object.keys(FACT_CONDITIONS) as FactCondition[]).filter((c) => params[c] !== null);
    const bound = Object.fromEntries(given.map((c) => [c, params[c]]));
    const where = given.length === 0 ? '' : `WHERE ${given.map((c) => FACT_CONDITIONS[c]).join(' AND ')}`;
    const items = (this.allOf(`SELECT ${FACT_COLUMNS} FROM facts f ${where} ORDER BY ${ORDER_SQL[orderBy]} LIMIT @limit OFFSET @offset`, { ...bound, limit, offset }, 'arrays') as unknown[][]).map(toStoredFact);
    return { items, totalCount: Number(this.allOf(`SELECT count(*) FROM facts f ${where}`, bound, 'first column')[0] ?? 0) };
  }

  factsOfSource(sourceKey: string, offset: number, limit: number): Page<StoredFact> {
    return this.factsOfSources([{ key: sourceKey, offset, limit }])[0] ?? { items: [], totalCount: 0 };
  }

  /** A page of facts for each request, most confident first, in four statements however many sources. */
  factsOfSources(requests: ReadonlyArray<{ key: string; offset: number; limit: number }>): Array<Page<StoredFact>> {
    const pageKey = (key: unknown, offset: unknown, limit: unknown): string => `${str(key)}\u0000${Number(offset)}\u0000${Number(limit)}`;
    const idsByPage = new Map<string, string[]>();
    for (const r of this.all('factIdsBySources', JSON.stringify(requests))) {
      const key = pageKey(r.key, r.first, r.size);
      const ids = idsByPage.get(key);
      if (ids) ids.push(str(r.id));
      else idsByPage.set(key, [str(r.id)]);
    }
    const counts = new Map(this.all('factCountBySources', JSON.stringify([...new Set(requests.map((r) => r.key))])).map((r) => [str(r.key), Number(r.n)]));
    const byId = new Map(this.factsByIds([...new Set([...idsByPage.values()].flat())]).flatMap((f) => (f ? [[f.id, f] as const] : [])));
    return requests.map((r) => ({
      items: (idsByPage.get(pageKey(r.key, r.offset, r.limit)) ?? []).flatMap((id) => byId.get(id) ?? []),
      totalCount: counts.get(r.key) ?? 0,
    }));
  }

  factsByIds(ids: readonly string[]): Array<StoredFact | null> {
    const byId = new Map(this.allArrays('factsByIds', JSON.stringify(ids)).map((r) => [str(r[0]), toStoredFact(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Each fact's evidence, supporting first, each with its source (without text) as `present` makes it:
   * called once per source, its result shared by all the evidence that names the source.
   */
  evidenceByFactIds<S = SourceSummary>(ids: readonly string[], present: (source: SourceSummary) => S = (source) => source as S): Array<Array<SourcedEvidence<S>>> {
    const byFact = new Map<string, Array<SourcedEvidence<S>>>();
    const sources = new Map<string, S>();
    for (const [factId, sourceKey, stance, quote, start, end, attribution, isHedged, weight] of this.allArrays('evidenceByFacts', JSON.stringify(ids))) {
      const key = str(sourceKey);
      let source = sources.get(key);
      if (source === undefined) {
        const summary = this.summaries.get(key);
        // The schema's foreign key makes this impossible in a store this reader accepted.
        if (!summary) throw new CorroborateError('STORE_UNAVAILABLE', `${this.path}: evidence names source ${key}, which the store does not hold; rebuild it`);
        source = present(summary);
        sources.set(key, source);
      }
      const e: SourcedEvidence<S> = {
        factId: str(factId),
        sourceKey: key,
        stance: str(stance) as Evidence['stance'],
        quote: str(quote),
        start: Number(start),
        end: Number(end),
        attribution: optStr(attribution),
        isHedged: Number(isHedged) === 1,
        weight: Number(weight),
        source,
      };
      const list = byFact.get(e.factId);
      if (list) list.push(e);
      else byFact.set(e.factId, [e]);
    }
    return ids.map((id) => byFact.get(id) ?? []);
  }

  sources(offset: number, limit: number): Page<SourceRecord> {
    return { items: this.all('sourcesPage', limit, offset).map(toSourceRecord), totalCount: Number(this.get('sourcesCount')?.n ?? 0) };
  }

  /** Sources without their texts: a page of evidence names hundreds of sources and shows none of their texts. */
  sourcesByKeys(keys: readonly string[]): Array<SourceRecord | null> {
    const byKey = new Map(this.all('sourcesByKeys', JSON.stringify(keys)).map((r) => [str(r.key), toSourceRecord(r)]));
    return keys.map((key) => byKey.get(key) ?? null);
  }

  sourceTextsByKeys(keys: readonly string[]): Array<string | null> {
    const byKey = new Map(this.all('sourceTextsByKeys', JSON.stringify(keys)).map((r) => [str(r.key), str(r.text)]));
    return keys.map((key) => byKey.get(key) ?? null);
  }

  private disputesFrom(rows: Row[]): Dispute[] {
    const ids = rows.map((r) => str(r.id));
    const factIds = new Map<string, string[]>();
    for (const r of this.all('disputeFacts', JSON.stringify(ids))) factIds.set(str(r.dispute_id), [...(factIds.get(str(r.dispute_id)) ?? []), str(r.fact_id)]);
    return rows.map((r) => ({ id: str(r.id), question: str(r.question), kind: str(r.kind) as Dispute['kind'], factIds: factIds.get(str(r.id)) ?? [] }));
  }

  disputes(offset: number, limit: number): Page<Dispute> {
    return { items: this.disputesFrom(this.all('disputesPage', limit, offset)), totalCount: Number(this.get('disputesCount')?.n ?? 0) };
  }

  disputesByIds(ids: readonly string[]): Array<Dispute | null> {
    const byId = new Map(this.disputesFrom(this.all('disputesByIds', JSON.stringify(ids))).map((d) => [d.id, d]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private entitiesFrom(rows: Row[]): Entity[] {
    const ids = rows.map((r) => str(r.id));
    const aliases = new Map<string, string[]>();
    for (const r of this.all('aliasesByEntities', JSON.stringify(ids))) aliases.set(str(r.entity_id), [...(aliases.get(str(r.entity_id)) ?? []), str(r.alias)]);
    return rows.map((r) => ({ id: str(r.id), name: str(r.name), type: str(r.type) as Entity['type'], aliases: aliases.get(str(r.id)) ?? [], mentions: Number(r.mentions) }));
  }

  entities(offset: number, limit: number): Page<Entity> {
    return { items: this.entitiesFrom(this.all('entitiesPage', limit, offset)), totalCount: Number(this.get('entitiesCount')?.n ?? 0) };
  }

  entitiesByIds(ids: readonly string[]): Array<Entity | null> {
    const byId = new Map(this.entitiesFrom(this.all('entitiesByIds', JSON.stringify(ids))).map((e) => [e.id, e]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  build(): Build | null {
    const r = this.get('build');
    if (!r) return null;
    return {
      pipelineVersion: str(r.pipeline_version),
      parameters: JSON.parse(str(r.parameters)) as Build['parameters'],
      inputs: JSON.parse(str(r.inputs)) as Build['inputs'],
      startedAt: str(r.started_at),
      finishedAt: str(r.finished_at),
    };
  }

  /** Counts and histogram of the store. The file is read-only, so they are computed once: a dashboard polls them. */
  stats(): CorpusStats {
    this.counted ??= this.countCorpus();
    return this.counted;
  }

  private countCorpus(): CorpusStats {
    const counts = this.get('counts') ?? {};
    const buckets = new Map(this.all('histogram').map((r) => [Number(r.bucket), Number(r.n)]));
    return {
      sources: Number(counts.sources),
      claims: Number(counts.claims),
      facts: Number(counts.facts),
      disputes: Number(counts.disputes),
      entities: Number(counts.entities),
      confidenceHistogram: Array.from({ length: 10 }, (_, i) => ({ lower: i / 10, upper: (i + 1) / 10, count: buckets.get(i) ?? 0 })),
      build: this.build(),
    };
  }

  /** Everything assessClaim needs, read once: the store is read-only, so callers may cache it. */
  loadAssessmentIndex(): AssessmentIndex {
    const disputeFacts = new Map<string, string[]>();
    for (const r of this.all('allDisputeFacts')) disputeFacts.set(str(r.dispute_id), [...(disputeFacts.get(str(r.dispute_id)) ?? []), str(r.fact_id)]);
    const aliases = new Map<string, string[]>();
    for (const r of this.all('allAliases')) aliases.set(str(r.entity_id), [...(aliases.get(str(r.entity_id)) ?? []), str(r.alias)]);
    return {
      facts: this.all('allFacts').map(toFact),
      evidence: this.all('allEvidence').map(toEvidence),
      disputes: this.all('allDisputes').map((r) => ({ id: str(r.id), question: str(r.question), kind: str(r.kind) as Dispute['kind'], factIds: disputeFacts.get(str(r.id)) ?? [] })),
      entities: this.all('allEntities').map((r) => ({ id: str(r.id), name: str(r.name), type: str(r.type) as Entity['type'], aliases: aliases.get(str(r.id)) ?? [], mentions: Number(r.mentions) })),
      sources: this.all('allSourceTexts').map((r) => ({ key: str(r.key), text: str(r.text), noise: JSON.parse(str(r.noise)) as ScoredSource['noise'], publishedAt: r.published_at === null ? null : str(r.published_at) })),
    };
  }

  close(): void {
    this.db.close();
  }
}

export function openStore(path: string): StoreReader {
  return new StoreReader(path);
}
