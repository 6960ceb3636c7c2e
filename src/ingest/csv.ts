// Streams rows out of an RFC 4180 CSV file (quoted fields may hold commas, quotes as "" and line
// breaks), in bounded memory: one row is held at a time, whatever the file's size.

import { createReadStream } from 'node:fs';
import { CorroborateError } from '../errors.js';

/** Past this, a single field is taken for a broken file (an unclosed quote) rather than read on. */
export const MAX_FIELD_CHARS = 5_000_000;

/** Rows of a CSV file as arrays of strings, the header row included. `onBytes` reports progress. */
export async function* readCsvRows(path: string, onBytes?: (bytesRead: number) => void): AsyncGenerator<string[]> {
  let field = '';
  let row: string[] = [];
  let isQuoted = false;
  let afterQuote = false;
  let line = 1;
  let bytes = 0;
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  stream.on('data', (chunk) => {
    bytes += Buffer.byteLength(chunk as string);
  });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      onBytes?.(bytes);
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk[i] as string;
        if (isQuoted) {
          if (c === '"') {
            isQuoted = false;
            afterQuote = true;
          } else {
            if (c === '\n') line++;
            field += c;
            if (field.length > MAX_FIELD_CHARS) throw new CorroborateError('INVALID_ARTICLE', `${path}:${line}: a field is over ${MAX_FIELD_CHARS} characters (unclosed quote?)`);
          }
        } else if (c === '"') {
          // A quote right after a closing quote is an escaped quote inside the field.
          if (afterQuote) field += '"';
          else if (field !== '') throw new CorroborateError('INVALID_ARTICLE', `${path}:${line}: a quote inside an unquoted field`);
          isQuoted = true;
          afterQuote = false;
        } else if (c === ',') {
          row.push(field);
          field = '';
          afterQuote = false;
        } else if (c === '\n' || c === '\r') {
          if (c === '\r' && chunk[i + 1] === '\n') continue;
          row.push(field);
          if (!(row.length === 1 && row[0] === '')) yield row;
          row = [];
          field = '';
          afterQuote = false;
          line++;
        } else {
          if (afterQuote) throw new CorroborateError('INVALID_ARTICLE', `${path}:${line}: text after a closing quote`);
          field += c;
        }
      }
    }
  } catch (error) {
    if (error instanceof CorroborateError) throw error;
    throw new CorroborateError('INVALID_ARTICLE', `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
  } finally {
    stream.destroy();
  }
  if (isQuoted) throw new CorroborateError('INVALID_ARTICLE', `${path}:${line}: the file ends inside a quoted field`);
  if (field !== '' || row.length > 0) {
    row.push(field);
    yield row;
  }
}

/** Rows as records keyed by the header, with the required columns checked. */
export async function* readCsvRecords(path: string, required: string[], onBytes?: (bytesRead: number) => void): AsyncGenerator<Record<string, string>> {
  let header: string[] | null = null;
  let rowNumber = 0;
  for await (const row of readCsvRows(path, onBytes)) {
    rowNumber++;
    if (!header) {
      header = row.map((h) => h.replace(/^\uFEFF/, '').trim());
      const missing = required.filter((r) => !header?.includes(r));
      if (missing.length > 0) throw new CorroborateError('INVALID_ARTICLE', `${path}: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (header: ${header.join(',')})`);
      continue;
    }
    if (row.length !== header.length) throw new CorroborateError('INVALID_ARTICLE', `${path}: row ${rowNumber} has ${row.length} fields, the header has ${header.length}`);
    const record: Record<string, string> = {};
    header.forEach((name, i) => {
      record[name] = row[i] ?? '';
    });
    yield record;
  }
  if (!header) throw new CorroborateError('INVALID_ARTICLE', `${path}: empty file`);
}
