// Claims tables for truth discovery, read as streams: the Book data set's tab-separated listings and its
// gold file, and DAFNA-style CSV claims ("ObjectID","PropertyID","PropertyValue","SourceID","TimeStamp")
// and truth files. One row is held at a time, whatever the file's size.

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { CorroborateError } from '../errors.js';
import { readCsvRecords } from './csv.js';

/** One claim as written in the file: `object` + `property` name the data item. */
export interface TableClaim {
  source: string;
  object: string;
  /** Empty for Book, whose only property is the author list. */
  property: string;
  value: string;
  /** DAFNA's TimeStamp column (the day of the observation), or null. */
  timestamp: string | null;
}

/** One gold answer. */
export interface TableTruth {
  object: string;
  property: string;
  value: string;
}

async function* readLines(path: string, onBytes?: (bytesRead: number) => void): AsyncGenerator<{ line: string; number: number }> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  let bytes = 0;
  stream.on('data', (chunk) => {
    bytes += Buffer.byteLength(chunk as string);
    onBytes?.(bytes);
  });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      yield { line: line.replace(/\r$/, ''), number };
    }
  } catch (error) {
    throw new CorroborateError('INVALID_ARTICLE', `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
  } finally {
    lines.close();
    stream.destroy();
  }
}

/**
 * Book listings: tab-separated source, ISBN, title, author list; no header. Split on tabs only (quotes
 * are text). A row with no author list claims nothing and is skipped by the caller (empty value).
 */
export async function* readBookClaims(path: string, onBytes?: (bytesRead: number) => void): AsyncGenerator<TableClaim> {
  for await (const { line, number } of readLines(path, onBytes)) {
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    if (fields.length < 3 || fields.length > 4) throw new CorroborateError('INVALID_ARTICLE', `${path}:${number}: expected 4 tab-separated fields (source, ISBN, title, authors), found ${fields.length}`);
    const [source = '', isbn = '', , authors = ''] = fields;
    if (source.trim() === '' || isbn.trim() === '') throw new CorroborateError('INVALID_ARTICLE', `${path}:${number}: empty source or ISBN`);
    yield { source: source.trim(), object: isbn.trim(), property: '', value: authors, timestamp: null };
  }
}

/** Book gold: ISBN, tab, author list ("last, first ;  last, first ;  "), entries separated by blank lines. */
export async function* readBookGold(path: string): AsyncGenerator<TableTruth> {
  for await (const { line, number } of readLines(path)) {
    if (line.trim() === '') continue;
    const tab = line.indexOf('\t');
    if (tab <= 0) throw new CorroborateError('INVALID_ARTICLE', `${path}:${number}: expected ISBN<TAB>authors`);
    yield { object: line.slice(0, tab).trim(), property: '', value: line.slice(tab + 1) };
  }
}

export const DAFNA_CLAIM_COLUMNS = ['ObjectID', 'PropertyID', 'PropertyValue', 'SourceID'];
export const DAFNA_TRUTH_COLUMNS = ['ObjectID', 'PropertyID', 'PropertyValue'];

/** DAFNA claims: quoted CSV with a header; TimeStamp is optional. */
export async function* readDafnaClaims(path: string, onBytes?: (bytesRead: number) => void): AsyncGenerator<TableClaim> {
  let row = 1;
  for await (const record of readCsvRecords(path, DAFNA_CLAIM_COLUMNS, onBytes)) {
    row++;
    const source = (record.SourceID ?? '').trim();
    const object = (record.ObjectID ?? '').trim();
    if (source === '' || object === '') throw new CorroborateError('INVALID_ARTICLE', `${path}: row ${row} has an empty SourceID or ObjectID`);
    yield { source, object, property: (record.PropertyID ?? '').trim(), value: record.PropertyValue ?? '', timestamp: record.TimeStamp?.trim() || null };
  }
}

/** DAFNA truth: "ObjectID","PropertyID","PropertyValue". */
export async function* readDafnaTruth(path: string): AsyncGenerator<TableTruth> {
  for await (const record of readCsvRecords(path, DAFNA_TRUTH_COLUMNS)) {
    yield { object: (record.ObjectID ?? '').trim(), property: (record.PropertyID ?? '').trim(), value: record.PropertyValue ?? '' };
  }
}
