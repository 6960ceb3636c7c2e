// Fuzz targets shared by tests/fuzz.test.ts (a few hundred inputs with a fixed seed, in npm test) and
// scripts/fuzz.ts (`npm run fuzz -- --n 10000`). Each target generates inputs with fast-check and checks
// one promise on each: a bad article file is refused with a message naming it, never a crash; the
// pipeline keeps every span exact and every confidence in [0, 1]; the GraphQL server answers any
// variables and any document with data or coded errors, never an internal error or a leaked detail.

import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, type GraphQLField, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { readArticles } from '../../src/ingest/read-articles.js';
import { runPipeline } from '../../src/pipeline/index.js';
import { CorroborateError } from '../../src/errors.js';
import type { PipelineResult, Source } from '../../src/model.js';

/** `test` keeps inputs small for npm test; `long` adds megabyte lines and deep nesting for scripts/fuzz.ts. */
export type FuzzScale = 'test' | 'long';

export interface FuzzTarget<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  /** Resolves when the input was handled as promised; throws an Error saying what went wrong otherwise. */
  check(input: T): Promise<void>;
  /** A short description of an input for reports (inputs can be megabytes). */
  describe(input: T): string;
}

function fail(message: string): never {
  throw new Error(message);
}

const preview = (text: string, length = 120): string => JSON.stringify(text.length > length ? `${text.slice(0, length)}… (${text.length} chars)` : text);

// ---------------------------------------------------------------------------------------------------
// Text: news-like sentences mixed with what real feeds and hostile users send.

const NAMES = ['Mustafa al-Kadhimi', 'Kadhimi', 'the prime minister', 'Two Iraqi officials', 'مصطفى الكاظمي', 'אבי כהן', '李明', 'José Álvarez', "O'Brien", 'Dr. Jane Roe Jr.', 'Zoë', 'ǅemal', 'Governor Ana Ruiz', 'a security source', 'Reuters'];
const COUNTS = ['7', 'seven', 'two dozen', 'at least 14', 'more than a hundred', '1e400', '-0', '0', '3.5', '1,000,000', '99999999999999999999999', 'NaN', 'Infinity', '½', '٣', '0x1F', '10^9', '-7', 'three of the 12', 'no'];
const THINGS = ['security guards', 'bodyguards', 'people', 'miners', 'drones', 'rockets', 'civilians', 'times', 'children'];
const VERBS = ['injured', 'killed', 'trapped', 'wounded', 'arrested', 'rescued', 'hurt', 'not harmed', 'unharmed'];
const WHEN = ['on Sunday', 'early Sunday', 'Saturday night', 'on Nov. 7, 2021', 'on 2021-02-30', 'yesterday', 'last week', 'in 1e400', 'at 25:61', 'on Monday evening', 'on 31 February', 'in the year -0'];
const ODD = [
  '\u202E', '\u200D', '\u200B', '\u0000', '\u0007', '\u001B[31m', '\uFEFF', '\r', '\t', '\v', '\f', '\u2028', '\u2029', '\uD800', '\uDFFF', '\uFFFF', '\uFFFD',
  '🔥', '👩‍👩‍👧', '🇮🇶', 'e\u0301', 'ﷺ', 'Ⅶ', '<b>', '</p>', '<script>alert(1)</script>', '&amp;', '&#x1F525;', '<!-- c -->', '"', '“', '”', "'", '’', '—', '…',
  '%', '_', '\\', '\n\n', 'Photo: Reuters', 'Leave a Reply', 'pic.twitter.com/abc', ' date 2021-11-07\n', 'ADVERTISEMENT', 'Read more:', '(AP) —', '*', '###', '```', '{"text": 1}',
];

const pick = (items: string[]): fc.Arbitrary<string> => fc.constantFrom(...items);

const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(NAMES), pick(COUNTS), pick(THINGS), pick(VERBS), pick(WHEN)).map(([who, n, what, verb, when]) => `${who} said ${n} ${what} were ${verb} ${when}.`),
  fc.tuple(pick(COUNTS), pick(THINGS), pick(VERBS), pick(NAMES)).map(([n, what, verb, who]) => `“${n} ${what} were ${verb},” ${who} told reporters.`),
  fc.tuple(pick(NAMES), pick(VERBS), pick(WHEN)).map(([who, verb, when]) => `${who} was reportedly ${verb} ${when}, according to ${who}.`),
  fc.tuple(pick(NAMES), pick(VERBS)).map(([who, verb]) => `${who} was not ${verb}. Was ${who} ${verb}? If ${who} had been ${verb}, officials would say so.`),
  fc.tuple(pick(COUNTS), pick(THINGS)).map(([n, what]) => `The attack left ${n} ${what} dead and ${n} injured.`),
);

const oddPiece: fc.Arbitrary<string> = fc.oneof(pick(ODD), fc.string({ unit: 'binary', maxLength: 24 }), pick(COUNTS));

/** An article body: sentences, odd pieces and line breaks in any order. */
function articleText(maxParts: number): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 6, arbitrary: sentence }, { weight: 2, arbitrary: oddPiece }, { weight: 1, arbitrary: fc.constant('\n') }), { maxLength: maxParts })
    .map((parts) => parts.join(' '));
}

// ---------------------------------------------------------------------------------------------------
// JSON written by hand, so that it can hold what JSON.stringify cannot: 1e400, -0, lone surrogates.

const rawNumber = pick(['1e400', '-1e400', '-0', '0', '1.5', '7', '123456789012345678901234567890', '1e-400', '-7']);
const rawString = fc.oneof(articleText(6), fc.string({ unit: 'binary', maxLength: 30 }), pick(['', ' ', '2021-11-07', '2021-02-30', 'Nov 7', '-0', '1', 'Sun, 07 Nov 2021 10:00:00 GMT'])).map((s) => JSON.stringify(s));
const rawEscapes = pick(['"\\ud800"', '"a\\udfffb"', '"\\u0000"', '"\\ud83d\\ude00"', '"\\u202e"']);
const rawScalar = fc.oneof(rawNumber, rawString, rawEscapes, pick(['true', 'false', 'null']));
const { rawValue } = fc.letrec<{ rawValue: string }>((tie) => ({
  rawValue: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    rawScalar,
    fc.array(tie('rawValue'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
    fc.array(fc.tuple(fc.string({ maxLength: 6 }), tie('rawValue')), { maxLength: 3 }).map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
}));

const FIELDS = ['id', 'text', 'title', 'outlet', 'url', 'publishedAt'] as const;
/** A record: each field absent, of the right type, or anything at all. */
const rawRecord: fc.Arbitrary<string> = fc
  .tuple(
    ...FIELDS.map((field) =>
      fc.option(
        field === 'text'
          ? fc.oneof({ weight: 4, arbitrary: articleText(12).map((t) => JSON.stringify(t)) }, { weight: 1, arbitrary: rawValue })
          : field === 'id'
            ? fc.oneof(fc.stringMatching(/^[\w.:#~-]{1,12}$/).map((s) => JSON.stringify(s)), rawValue)
            : fc.oneof(rawString, rawValue),
        { freq: 3 },
      ),
    ),
    fc.option(fc.tuple(fc.string({ maxLength: 8 }), rawValue), { freq: 3 }),
  )
  .map(([...values]) => {
    const extra = values.pop() as [string, string] | null;
    const entries = (values as Array<string | null>).flatMap((v, i) => (v === null ? [] : [`"${FIELDS[i]}":${v}`]));
    if (extra) entries.push(`${JSON.stringify(extra[0])}:${extra[1]}`);
    return `{${entries.join(',')}}`;
  });

// ---------------------------------------------------------------------------------------------------
// Target: article files through ingest.

export interface ArticleFile {
  name: string;
  content: string | Uint8Array;
}

function invalidUtf8(text: string, at: number, bytes: number[]): Uint8Array {
  const encoded = Buffer.from(text, 'utf8');
  const cut = encoded.length === 0 ? 0 : at % (encoded.length + 1);
  return Buffer.concat([encoded.subarray(0, cut), Buffer.from(bytes), encoded.subarray(cut)]);
}

export function articleFileArbitrary(scale: FuzzScale): fc.Arbitrary<ArticleFile> {
  const ext = pick(['.txt', '.json', '.jsonl', '.TXT', '.Json']);
  const long = scale === 'long';
  const files: Array<fc.WeightedArbitrary<ArticleFile>> = [
    { weight: 3, arbitrary: fc.tuple(ext, fc.uint8Array({ maxLength: long ? 4000 : 400 })).map(([e, content]) => ({ name: `random${e}`, content })) },
    { weight: 5, arbitrary: fc.tuple(fc.option(pick([' date 2021-11-07\n', ' date 2021-02-30\n', '\uFEFF date 2021-11-08\r\n', 'date 2021-11-07 ', ' date 99999-01-01\n'])), articleText(long ? 80 : 30)).map(([date, text]) => ({ name: 'article.txt', content: `${date ?? ''}${text}` })) },
    { weight: 2, arbitrary: fc.tuple(articleText(20), fc.nat(), fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 4 })).map(([text, at, bytes]) => ({ name: 'broken.txt', content: invalidUtf8(text, at, bytes) })) },
    { weight: 1, arbitrary: fc.tuple(ext, pick(['', ' ', '\n\n', '\uFEFF', ' date 2021-11-07\n', '[]', '{}', 'null', '""'])).map(([e, content]) => ({ name: `empty${e}`, content })) },
    { weight: 4, arbitrary: rawRecord.map((content) => ({ name: 'record.json', content })) },
    { weight: 3, arbitrary: fc.array(fc.oneof(rawRecord, rawValue), { maxLength: 6 }).map((items) => ({ name: 'records.json', content: `[${items.join(',')}]` })) },
    { weight: 4, arbitrary: fc.array(fc.oneof({ weight: 5, arbitrary: rawRecord }, { weight: 1, arbitrary: rawValue }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }, { weight: 1, arbitrary: fc.constant('') }), { maxLength: 8 }).map((lines) => ({ name: 'wire.jsonl', content: lines.join('\n') })) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: long ? 200_000 : 5_000 }), pick(['[', '{"text":'])).map(([depth, open]) => ({ name: 'deep.json', content: open.repeat(depth) })) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: long ? 200_000 : 3_000 }).map((depth) => ({ name: 'deep.json', content: `${'['.repeat(depth)}${']'.repeat(depth)}` })) },
  ];
  if (long) {
    // A single line of about 1 MB, of prose or of one character.
    files.push({ weight: 1, arbitrary: fc.tuple(sentence, fc.boolean()).map(([s, isProse]) => ({ name: 'line.txt', content: isProse ? `${s} `.repeat(Math.ceil(1_000_000 / (s.length + 1))) : 'x'.repeat(1_000_000) })) });
  }
  return fc.oneof(...files);
}

function checkSource(source: Source, path: string): void {
  if (source.text.trim() === '') fail(`${path}: accepted a source with no text`);
  if (source.key === '') fail(`${path}: accepted a source with an empty key`);
  if (source.origin.path !== path) fail(`${path}: origin names ${source.origin.path}`);
  for (const n of source.noise) if (!(n.start >= 0 && n.start < n.end && n.end <= source.text.length)) fail(`${path}: noise span [${n.start}, ${n.end}) outside the text`);
  if (source.publishedAt !== null && !Number.isFinite(Date.parse(source.publishedAt))) fail(`${path}: publishedAt ${source.publishedAt} is not a date`);
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(source.text)) fail(`${path}: text keeps a lone surrogate`);
}

/** Reads the files with the real ingest; a refusal must be INVALID_ARTICLE and name the file. */
function ingest(dir: string, files: ArticleFile[]): Source[] | null {
  const paths = files.map((file, i) => {
    const path = join(dir, `${i}-${file.name}`);
    writeFileSync(path, file.content);
    return path;
  });
  try {
    const { sources } = readArticles(paths);
    for (const source of sources) checkSource(source, source.origin.path);
    return sources;
  } catch (error) {
    if (!(error instanceof CorroborateError)) return fail(`crashed instead of refusing: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    if (error.code !== 'INVALID_ARTICLE') return fail(`refused with ${error.code}, not INVALID_ARTICLE: ${error.message}`);
    if (!paths.some((path) => error.message.includes(path))) return fail(`refusal names no file: ${error.message}`);
    return null;
  }
}

export function articleFilesTarget(scale: FuzzScale): FuzzTarget<ArticleFile> {
  return {
    name: 'article files (ingest)',
    arbitrary: articleFileArbitrary(scale),
    async check(file) {
      const dir = mkdtempSync(join(tmpdir(), 'corroborate-fuzz-'));
      try {
        ingest(dir, [file]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    describe: (file) => `${file.name} ${typeof file.content === 'string' ? preview(file.content) : `${file.content.length} bytes ${Buffer.from(file.content.subarray(0, 40)).toString('hex')}`}`,
  };
}

// ---------------------------------------------------------------------------------------------------
// Target: article files through ingest and the whole pipeline.

/** Every promise the pipeline makes about its output, checked on one result. */
export function checkPipelineResult(result: PipelineResult): void {
  const textOf = new Map(result.sources.map((s) => [s.key, s.text]));
  const factIds = new Set<string>();
  for (const fact of result.facts) {
    if (factIds.has(fact.id)) fail(`fact id ${fact.id} twice`);
    factIds.add(fact.id);
    if (!(fact.confidence >= 0 && fact.confidence <= 1)) fail(`fact ${fact.id} has confidence ${fact.confidence}`);
  }
  for (const claim of result.claims) {
    const text = textOf.get(claim.sourceKey) ?? fail(`claim ${claim.id} names unknown source ${claim.sourceKey}`);
    if (!(claim.start >= 0 && claim.start <= claim.end && claim.end <= text.length)) fail(`claim ${claim.id} span [${claim.start}, ${claim.end}) outside its text`);
    if (text.slice(claim.start, claim.end) !== claim.text) fail(`claim ${claim.id}: text ${preview(claim.text)} is not its span ${preview(text.slice(claim.start, claim.end))}`);
    if (claim.attribution && text.slice(claim.attribution.start, claim.attribution.end) !== claim.attribution.text) fail(`claim ${claim.id}: attribution ${preview(claim.attribution.text)} is not its span`);
    if (!(claim.extractionCertainty >= 0 && claim.extractionCertainty <= 1)) fail(`claim ${claim.id} certainty ${claim.extractionCertainty}`);
  }
  for (const e of result.evidence) {
    const text = textOf.get(e.sourceKey) ?? fail(`evidence names unknown source ${e.sourceKey}`);
    if (text.slice(e.start, e.end) !== e.quote) fail(`evidence for ${e.factId} in ${e.sourceKey}: quote ${preview(e.quote)} is not its span`);
    if (!factIds.has(e.factId)) fail(`evidence names unknown fact ${e.factId}`);
    if (!(e.weight >= 0 && e.weight <= 1)) fail(`evidence weight ${e.weight}`);
  }
  for (const d of result.disputes) for (const id of d.factIds) if (!factIds.has(id)) fail(`dispute ${d.id} names unknown fact ${id}`);
  for (const s of result.sources) if (!(s.reliability >= 0 && s.reliability <= 1)) fail(`source ${s.key} reliability ${s.reliability}`);
}

export function pipelineTarget(scale: FuzzScale): FuzzTarget<ArticleFile[]> {
  const long = scale === 'long';
  const cluster: Array<fc.WeightedArbitrary<ArticleFile[]>> = [
    {
      weight: 200,
      arbitrary: fc.array(
        fc.oneof(
          { weight: 4, arbitrary: fc.tuple(fc.option(pick([' date 2021-11-07\n', ' date 2021-11-08\n', ' date 2024-02-29\n'])), articleText(long ? 60 : 25)).map(([date, text]) => ({ name: 'a.txt', content: `${date ?? ''}${text}` })) },
          { weight: 1, arbitrary: fc.array(articleText(12), { minLength: 1, maxLength: 3 }).map((texts) => ({ name: 'w.jsonl', content: texts.map((text, i) => JSON.stringify({ id: `r${i}`, text: text || '.', publishedAt: '2021-11-07T08:00:00Z' })).join('\n') })) },
        ),
        { minLength: 1, maxLength: 4 },
      ),
    },
  ];
  if (long) {
    // One input in 200 is a single 1 MB line (~3 s through the pipeline): about 50 in a run of 10,000.
    cluster.push({ weight: 1, arbitrary: sentence.map((s) => [{ name: 'line.txt', content: `${s} `.repeat(Math.ceil(1_000_000 / (s.length + 1))) }]) });
  }
  return {
    name: 'article files (ingest + pipeline)',
    arbitrary: fc.oneof(...cluster),
    async check(files) {
      const dir = mkdtempSync(join(tmpdir(), 'corroborate-fuzz-'));
      try {
        const sources = ingest(dir, files);
        if (sources) checkPipelineResult(runPipeline(sources));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    describe: (files) => files.map((f) => `${f.name} ${typeof f.content === 'string' ? preview(f.content, 300) : `${f.content.length} bytes`}`).join(' | '),
  };
}

// ---------------------------------------------------------------------------------------------------
// Targets: the GraphQL server over HTTP.

/** Codes a well-behaved server may answer a hostile request with; anything else is a defect. */
const EXPECTED_CODES = new Set(['NOT_FOUND', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX', 'TOO_MANY_ALIASES', 'PAYLOAD_TOO_LARGE', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);
const LEAKS = /stacktrace|SqliteError|SQLITE_|\bSELECT\b.*\bFROM\b|\bat [\w.<>]+ \(|\.ts:\d+:\d+|node_modules/;

/** Sends a raw body and checks the answer: JSON, coded errors only, no internals, data when no errors. */
export async function checkAnswer(url: string, body: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
  const text = await response.text();
  if (![200, 400, 413].includes(response.status)) fail(`HTTP ${response.status}: ${preview(text, 300)}`);
  let answer: { data?: unknown; errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    return fail(`answer is not JSON: ${preview(text, 300)}`);
  }
  if (LEAKS.test(text)) fail(`answer leaks internals: ${preview(text, 300)}`);
  for (const error of answer.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !EXPECTED_CODES.has(code)) fail(`error with code ${String(code)}: ${preview(String(error.message), 300)}`);
    if (typeof error.message !== 'string' || error.message.length < 5) fail(`error without a message: ${preview(text, 300)}`);
  }
  if (!answer.errors?.length && (answer.data === null || answer.data === undefined)) fail(`neither data nor errors: ${preview(text, 300)}`);
  return answer.data;
}

export interface ServedCorpus {
  url: string;
  schema: GraphQLSchema;
  /** Global ids, source keys and cursors the server issued, so that inputs also hit real objects. */
  ids: string[];
  keys: string[];
  cursors: string[];
}

const OPERATIONS: Record<string, string> = {
  facts: `query Facts($first: Int, $after: String, $filter: FactFilter, $orderBy: FactOrder) {
    facts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id statement confidence status supporting { quote start end source { key } } dispute { id } } }
    }
  }`,
  ids: `query Ids($id: ID!) { node(id: $id) { id __typename } fact(id: $id) { id statement } dispute(id: $id) { id question } }`,
  source: `query Source($key: String!, $first: Int, $after: String) { source(key: $key) { key facts(first: $first, after: $after) { totalCount edges { node { id } } } } }`,
  pages: `query Pages($first: Int, $after: String) {
    sources(first: $first, after: $after) { totalCount edges { cursor node { key } } }
    disputes(first: $first, after: $after) { totalCount edges { node { question } } }
    entities(first: $first, after: $after) { totalCount edges { node { name } } }
  }`,
  assess: `query Assess($text: String!) { assessClaim(text: $text) { verdict confidence supporting { quote start end source { key } } mentioning { quote } } }`,
};

/** A JSON value as raw text: sometimes the right type, sometimes a number JSON.stringify cannot write. */
function rawOf(values: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof({ weight: 6, arbitrary: values.map((v) => JSON.stringify(v)) }, { weight: 1, arbitrary: rawScalar }, { weight: 1, arbitrary: rawValue });
}

function graphqlStrings(corpus: ServedCorpus, scale: FuzzScale): fc.Arbitrary<string> {
  const base64Of = (inner: fc.Arbitrary<string>): fc.Arbitrary<string> => inner.map((s) => Buffer.from(s, 'utf8').toString('base64'));
  return fc.oneof(
    { weight: 8, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 4, arbitrary: articleText(4) },
    { weight: 4, arbitrary: pick([...ODD, '%', '%%', '_%_', '\\%', "' OR 1=1 --", '"; DROP TABLE facts; --', '*/', 'Kadhimi', 'injured', '']) },
    { weight: 4, arbitrary: base64Of(fc.tuple(pick(['offset:', 'Fact:', 'Source:', 'Dispute:', 'Entity:', 'Node:', ':', '']), fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.integer().map(String), pick(['-1', '1e400', '-0', '9007199254740993', '0x10', ' 1', '1.5', 'NaN']))).map(([a, b]) => a + b)) },
    { weight: 6, arbitrary: pick([...corpus.ids, ...corpus.keys, ...corpus.cursors]) },
    { weight: 2, arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => 'a'.repeat(n)) },
    // Strings of about 1 MB, just under and just over the body limit.
    { weight: scale === 'long' ? 2 : 1, arbitrary: fc.tuple(fc.constantFrom(999_000, 1_000_000, 1_100_000), pick(['a', 'é', '🔥', '%'])).map(([n, c]) => c.repeat(Math.ceil(n / c.length))) },
  );
}

export interface GraphQLInput {
  operation: keyof typeof OPERATIONS;
  /** The variables object as raw JSON text. */
  variables: string;
}

export function graphqlInputsTarget(corpus: ServedCorpus, scale: FuzzScale): FuzzTarget<GraphQLInput> {
  const str = rawOf(graphqlStrings(corpus, scale));
  const int = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: -5, max: 120 }).map(String) }, { weight: 1, arbitrary: pick(['1e400', '-0', '2147483648', '1.5', '"10"', 'null', 'true', '[]', '{}', '-2147483649']) });
  const confidence = fc.oneof({ weight: 4, arbitrary: fc.double({ min: -0.5, max: 1.5, noNaN: true }).map(String) }, { weight: 1, arbitrary: rawScalar }, { weight: 1, arbitrary: pick(['1e400', '-1e400', '-0', '1e-400', '0', '1']) });
  const status = fc.oneof(pick(['"CONSENSUS"', '"SINGLE_SOURCE"', '"DISPUTED"', '"consensus"', '""', 'null', '1']), str);
  const order = fc.oneof(pick(['"CONFIDENCE_DESC"', '"CONFIDENCE_ASC"', '"SUPPORTERS_DESC"', '"RANDOM"', 'null']), str);
  const filter = fc
    .tuple(fc.option(confidence), fc.option(status), fc.option(str), fc.option(str), fc.option(fc.tuple(fc.string({ maxLength: 6 }), rawValue)))
    .map(([minConfidence, st, text, sourceKey, extra]) => {
      const entries = [minConfidence && `"minConfidence":${minConfidence}`, st && `"status":${st}`, text && `"text":${text}`, sourceKey && `"sourceKey":${sourceKey}`, extra && `${JSON.stringify(extra[0])}:${extra[1]}`].filter(Boolean);
      return `{${entries.join(',')}}`;
    });
  const object = (entries: Array<[string, fc.Arbitrary<string>]>): fc.Arbitrary<string> =>
    fc.tuple(...entries.map(([, arbitrary]) => fc.option(arbitrary, { freq: 4 }))).map((values) => `{${values.flatMap((v, i) => (v === null ? [] : [`"${entries[i]?.[0]}":${v}`])).join(',')}}`);
  const inputs: fc.Arbitrary<GraphQLInput> = fc.oneof(
    object([['first', int], ['after', str], ['filter', fc.oneof(filter, rawValue)], ['orderBy', order]]).map((variables) => ({ operation: 'facts' as const, variables })),
    object([['id', str]]).map((variables) => ({ operation: 'ids' as const, variables })),
    object([['key', str], ['first', int], ['after', str]]).map((variables) => ({ operation: 'source' as const, variables })),
    object([['first', int], ['after', str]]).map((variables) => ({ operation: 'pages' as const, variables })),
    object([['text', fc.oneof({ weight: 5, arbitrary: sentence.map((s) => JSON.stringify(s)) }, { weight: 3, arbitrary: str })]]).map((variables) => ({ operation: 'assess' as const, variables })),
  );
  return {
    name: 'GraphQL variables (filters, cursors, ids, claims)',
    arbitrary: inputs,
    async check(input) {
      await checkAnswer(corpus.url, `{"query":${JSON.stringify(OPERATIONS[input.operation])},"variables":${input.variables}}`);
    },
    describe: (input) => `${input.operation} ${preview(input.variables, 300)}`,
  };
}

/**
 * A query document grown from the schema by a list of choices: real fields and some unknown ones,
 * arguments in and out of range, aliases, fragments, directives, nesting past the depth limit, and a
 * few characters broken at the end.
 */
export function documentFrom(schema: GraphQLSchema, choices: number[], breaks: Array<[number, string]>): string {
  let cursor = 0;
  const next = (n: number): number => (n <= 0 ? 0 : (choices[cursor++ % Math.max(choices.length, 1)] ?? 0) % n);
  const fragments: string[] = [];
  let budget = 400;

  function argumentsOf(field: GraphQLField<unknown, unknown>): string {
    const args = field.args.filter(() => next(3) > 0).map((arg) => {
      const named = getNamedType(arg.type);
      const literal =
        named.name === 'Int' ? ['0', '1', '5', '100', '101', '-1', '2147483647', '99999999999', '1.5', '"1"', 'null'][next(11)]
        : named.name === 'String' || named.name === 'ID' ? ['"x"', '""', '"%"', '"Kadhimi"', '"b2Zmc2V0OjE="', '"RmFjdDp4"', '1', 'null'][next(8)]
        : isEnumType(named) ? [...named.getValues().map((v) => v.name), 'NOPE', '"CONFIDENCE_DESC"'][next(named.getValues().length + 2)]
        : isInputObjectType(named) ? `{ minConfidence: ${['0.5', '1e400', '-0', '"x"'][next(4)]}, text: ${['"injured"', '"%_"', 'null', '5'][next(4)]} }`
        : 'null';
      return `${arg.name}: ${literal ?? 'null'}`;
    });
    if (next(12) === 0) args.push(`bogus: ${next(9)}`);
    return args.length > 0 ? `(${args.join(', ')})` : '';
  }

  function selection(type: GraphQLNamedType, depth: number): string {
    if (!isObjectType(type) && !isInterfaceType(type)) return '';
    const fields = Object.values(type.getFields());
    const parts: string[] = [];
    const count = 1 + next(depth > 6 ? 2 : 5);
    for (let i = 0; i < count && budget > 0; i++) {
      budget--;
      const roll = next(20);
      if (roll === 0) parts.push(['__typename', 'unknownField', '__schema { queryType { name } }', 'id'][next(4)] ?? '__typename');
      else if (roll === 1 && depth > 0) {
        const name = `F${fragments.length}`;
        fragments.push(`fragment ${name} on ${type.name} { ${selection(type, depth + 1) || '__typename'} }`);
        parts.push(`...${name}`);
        if (next(3) === 0) parts.push(`...${name}`);
      } else {
        const field = fields[next(fields.length)];
        if (!field) continue;
        const alias = next(6) === 0 ? `a${next(1000)}: ` : '';
        const directive = next(15) === 0 ? ` @skip(if: ${next(2) === 0})` : next(25) === 0 ? ' @include(if: true) @include(if: false)' : '';
        const named = getNamedType(field.type);
        const inner = isScalarType(named) || isEnumType(named) ? '' : ` { ${selection(named, depth + 1) || '__typename'} }`;
        // The same field many times over (aliased after the first): only scalars, so the text stays small.
        const repeat = inner === '' && next(30) === 0 ? 1 + next(60) : 1;
        for (let r = 0; r < repeat && budget > 0; r++, budget--) parts.push(`${r > 0 ? `r${r}: ` : alias}${field.name}${argumentsOf(field)}${directive}${inner}`);
      }
    }
    return parts.join(' ');
  }

  const query = schema.getQueryType();
  let text = `query Q { ${query ? selection(query, 0) : ''} } ${fragments.join(' ')}`;
  for (const [at, insert] of breaks) {
    const i = at % (text.length + 1);
    text = insert === '' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + insert + text.slice(i);
  }
  return text;
}

export function graphqlDocumentsTarget(corpus: ServedCorpus): FuzzTarget<{ choices: number[]; breaks: Array<[number, string]> }> {
  return {
    name: 'GraphQL documents (shape, limits, syntax)',
    arbitrary: fc.record({
      choices: fc.array(fc.nat(), { minLength: 1, maxLength: 300 }),
      breaks: fc.array(fc.tuple(fc.nat(), pick(['', '{', '}', '(', ')', '"', '...', '$x', '#', '\u0000', '@', ':', '!', '[', ' '])), { maxLength: 3 }),
    }),
    async check({ choices, breaks }) {
      await checkAnswer(corpus.url, JSON.stringify({ query: documentFrom(corpus.schema, choices, breaks) }));
    },
    describe: ({ choices, breaks }) => preview(documentFrom(corpus.schema, choices, breaks), 400),
  };
}

/** Ids, keys and cursors of the served store, read once over HTTP. */
export async function servedCorpus(url: string, schema: GraphQLSchema): Promise<ServedCorpus> {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ facts(first: 20) { edges { cursor node { id dispute { id } } } } sources(first: 20) { edges { cursor node { id key } } } entities(first: 5) { edges { node { id } } } }' }),
  });
  type Edge = { cursor?: string; node: { id: string; key?: string; dispute?: { id: string } | null } };
  const data = ((await r.json()) as { data: Record<'facts' | 'sources' | 'entities', { edges: Edge[] }> }).data;
  const edges = [...data.facts.edges, ...data.sources.edges, ...data.entities.edges];
  return {
    url,
    schema,
    ids: [...edges.map((e) => e.node.id), ...data.facts.edges.flatMap((e) => (e.node.dispute ? [e.node.dispute.id] : []))],
    keys: data.sources.edges.flatMap((e) => (e.node.key ? [e.node.key] : [])),
    cursors: edges.flatMap((e) => (e.cursor ? [e.cursor] : [])),
  };
}
