// Reads article files from disk: plain text (.txt, optional " date YYYY-MM-DD" first line), a JSON
// record or array of records (.json), one record a line (.jsonl), or a CSV table of records with a
// header (.csv, such as FNC-1's train_bodies.csv). The only I/O of ingest; every failure names the
// file (and line or row) and stops the build before anything is written.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, extname, join } from 'node:path';
import type { BuildInput, Source } from '../model.js';
import { CorroborateError } from '../errors.js';
import { parseArticle, type RawArticle } from './parse-article.js';
import { parseCsvRecords } from './csv.js';

/** Larger files are refused: a news article is kilobytes, and a cap keeps a wrong path from eating memory. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/**
 * Longer article texts are refused: the longest news features are ~100,000 characters, and the
 * pipeline holds about 200 bytes per character of one article while it reads it (2 M -> ~400 MB).
 */
export const MAX_ARTICLE_CHARS = 2_000_000;
const EXTENSIONS = new Set(['.txt', '.json', '.jsonl', '.csv']);
// The CSV column that holds an article's text and the one that names it, in order of preference:
// our record fields first, then FNC-1's bodies file ("Body ID", "articleBody").
const CSV_TEXT_COLUMNS = ['text', 'articleBody'];
const CSV_ID_COLUMNS = ['id', 'Body ID'];
const CSV_METADATA_COLUMNS = ['url', 'title', 'outlet', 'publishedAt'];

function fail(message: string): never {
  throw new CorroborateError('INVALID_ARTICLE', message);
}

function decode(path: string, bytes: Buffer): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) fail(`${path}: UTF-16 text; save it as UTF-8`);
  if (bytes.includes(0)) fail(`${path}: binary file (contains NUL bytes), not an article`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`${path}: not valid UTF-8`);
  }
}

/**
 * JSON may escape half a surrogate pair ("\ud800"), which is no character at all: SQLite would store
 * it as U+FFFD, so it becomes U+FFFD here, before any offset is taken. Same length, same offsets.
 */
function toWellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function optionalString(record: Record<string, unknown>, field: string, where: string): string | null {
  const value = record[field];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return toWellFormed(value);
  if (field === 'id' && typeof value === 'number' && Number.isFinite(value)) return String(value);
  return fail(`${where}: field "${field}" must be a string`);
}

function rawFromRecord(value: unknown, where: string, path: string, record: number | null, fallbackKey: string): RawArticle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${where}: a record must be a JSON object`);
  const fields = value as Record<string, unknown>;
  const text = fields.text;
  if (typeof text !== 'string') fail(`${where}: field "text" is missing or not a string`);
  if (text.trim() === '') fail(`${where}: field "text" is empty`);
  const id = optionalString(fields, 'id', where);
  if (id !== null && !/^[\w.:#~-]{1,200}$/.test(id)) fail(`${where}: id "${id.slice(0, 40)}" must be 1-200 letters, digits or . _ : # ~ -`);
  return {
    key: id ?? fallbackKey,
    text: toWellFormed(text),
    path,
    record,
    url: optionalString(fields, 'url', where),
    title: optionalString(fields, 'title', where),
    outlet: optionalString(fields, 'outlet', where),
    publishedAt: optionalString(fields, 'publishedAt', where),
  };
}

/** Records of a CSV file: the text column is required, the id and metadata columns optional (empty is absent). */
function rawArticlesOfCsv(path: string, content: string, stem: string): RawArticle[] {
  const { header, records } = parseCsvRecords(path, content);
  const textColumn = CSV_TEXT_COLUMNS.find((c) => header.includes(c));
  if (!textColumn) fail(`${path}: no text column (expected one of ${CSV_TEXT_COLUMNS.map((c) => `"${c}"`).join(', ')}; header: ${header.join(',')})`);
  const idColumn = CSV_ID_COLUMNS.find((c) => header.includes(c));
  return records.map(({ rowNumber, record }, i) => {
    const fields: Record<string, unknown> = { text: record[textColumn] };
    if (idColumn && record[idColumn] !== '') fields.id = record[idColumn];
    for (const column of CSV_METADATA_COLUMNS) if (header.includes(column) && record[column] !== '') fields[column] = record[column];
    return rawFromRecord(fields, `${path}: row ${rowNumber}`, path, i, `${stem}#${i}`);
  });
}

function rawArticlesOf(path: string, content: string): RawArticle[] {
  const stem = basename(path, extname(path));
  const extension = extname(path).toLowerCase();
  if (extension === '.txt') return [{ key: stem, text: content, path, record: null }];
  if (extension === '.csv') return rawArticlesOfCsv(path, content, stem);
  if (extension === '.jsonl') {
    const articles: RawArticle[] = [];
    content.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        fail(`${path}:${i + 1}: invalid JSON (${(error as Error).message})`);
      }
      articles.push(rawFromRecord(value, `${path}:${i + 1}`, path, articles.length, `${stem}#${articles.length}`));
    });
    return articles;
  }
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return fail(`${path}: invalid JSON (${(error as Error).message})`);
  }
  if (Array.isArray(value)) return value.map((item, i) => rawFromRecord(item, `${path}[${i}]`, path, i, `${stem}#${i}`));
  return [rawFromRecord(value, path, path, null, stem)];
}

/** The article files a path names: the file itself, or a directory's .txt/.json/.jsonl/.csv files by name. */
function filesOf(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return fail(`${path}: no such file or directory`);
  }
  if (!stats.isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => !name.startsWith('.') && EXTENSIONS.has(extname(name).toLowerCase()))
    .sort()
    .map((name) => join(path, name));
}

export function readArticles(paths: string[]): { sources: Source[]; inputs: BuildInput[] } {
  const sources: Source[] = [];
  const inputs: BuildInput[] = [];
  const seen = new Map<string, string>();
  for (const path of paths.flatMap(filesOf)) {
    if (!EXTENSIONS.has(extname(path).toLowerCase())) fail(`${path}: unsupported file type (expected .txt, .json, .jsonl or .csv)`);
    const stats = statSync(path);
    // A FIFO or device named like an article would block the read forever or never end.
    if (!stats.isFile()) fail(`${path}: not a regular file`);
    if (stats.size > MAX_FILE_BYTES) fail(`${path}: ${stats.size} bytes is over the ${MAX_FILE_BYTES}-byte limit for one input file`);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      return fail(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (bytes.length > MAX_FILE_BYTES) fail(`${path}: ${bytes.length} bytes is over the ${MAX_FILE_BYTES}-byte limit for one input file`);
    inputs.push({ path, sha256: createHash('sha256').update(bytes).digest('hex') });
    for (const raw of rawArticlesOf(path, decode(path, bytes))) {
      const where = raw.record === null ? path : `${path} (record ${raw.record + 1})`;
      if (raw.text.length > MAX_ARTICLE_CHARS) fail(`${where}: the article is ${raw.text.length} characters; the limit is ${MAX_ARTICLE_CHARS}`);
      const previous = seen.get(raw.key);
      if (previous) fail(`${path}: source key "${raw.key}" is already used by ${previous}`);
      seen.set(raw.key, path);
      sources.push(parseArticle(raw));
    }
  }
  if (sources.length === 0) fail(`${paths.join(', ')}: no articles found (expected .txt, .json, .jsonl or .csv files)`);
  return { sources, inputs };
}
