// Reading articles from disk: the seeds' metadata and noise, the formats, and every way a file can be bad.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticles } from '../src/ingest/read-articles.js';
import { parseArticle } from '../src/ingest/parse-article.js';
import { parseCsvRows, readCsvRows } from '../src/ingest/csv.js';
import { CorroborateError } from '../src/errors.js';

const seeds = readArticles(['data']).sources;
const seed = (prefix: string) => seeds.find((s) => s.key.startsWith(prefix));
const noiseText = (prefix: string) => (seed(prefix)?.noise ?? []).map((n) => seed(prefix)?.text.slice(n.start, n.end) ?? '');

describe('the bundled articles', () => {
  it('keys sources by file name and reads the date line, leaving 003 (no date line) undated', () => {
    expect(seeds.map((s) => s.key)).toEqual(['000_f84ca6b356774fdb', '001_cd6c5ed38c45d096', '002_0c37ff6266f1706d', '003_8a6f31efd290a059', '004_862b52950b39ed45']);
    expect(seeds.map((s) => s.publishedAt)).toEqual(['2021-11-08', '2021-11-07', '2021-11-08', null, '2021-11-10']);
    expect(seed('000')?.text.startsWith('“I strongly condemn')).toBe(true);
  });

  it('reads 003’s headline, outlet and dateline without taking the dateline as a publication date', () => {
    expect(seed('003')).toMatchObject({ title: 'Biden instructs national security team to help Iraq uphold its sovereignty', outlet: 'Insight Online News', dateline: 'Washington, Nov 8', publishedAt: null });
  });

  it('marks the photo caption, the comment form and the embedded tweet as noise, and nothing else', () => {
    expect(noiseText('000')).toEqual([expect.stringMatching(/^2 of 2 Iraqi Prime Minister .*Photo: /)]);
    expect(noiseText('003')).toEqual(['Leave a Reply', 'Your email address will not be published. Required fields are marked *']);
    expect(noiseText('004')).toEqual([expect.stringMatching(/^\.@SecBlinken .*November 9, 2021$/)]);
    expect(noiseText('001')).toEqual([]);
    expect(noiseText('002')).toEqual([]);
  });
});

describe('formats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));

  it('reads JSON lines, one source per record, keyed by id or by file and line', () => {
    const path = join(dir, 'wire.jsonl');
    writeFileSync(path, '{"id": "r1", "publishedAt": "2024-05-01T08:00:00Z", "outlet": "Wire", "text": "Rain fell."}\n\n{"text": "Snow fell too."}\n');
    const { sources, inputs } = readArticles([path]);
    expect(sources.map((s) => [s.key, s.publishedAt, s.outlet])).toEqual([['r1', '2024-05-01T08:00:00Z', 'Wire'], ['wire#1', null, null]]);
    expect(inputs[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads FNC-1 bodies CSV, one source per row keyed by Body ID, text with its paragraph breaks', () => {
    const { sources } = readArticles(['tests/fixtures/fnc1-sample/bodies.csv']);
    const rows = parseCsvRows('bodies.csv', readFileSync('tests/fixtures/fnc1-sample/bodies.csv', 'utf8')).slice(1);
    expect(sources.map((s) => s.key)).toEqual(rows.map((r) => r[0]));
    expect(sources.map((s) => s.origin.record)).toEqual(rows.map((_, i) => i));
    expect(sources[0]?.text).toBe((rows[0]?.[1] ?? '').replace(/\r\n?/g, '\n'));
    expect(sources.some((s) => s.text.includes('\n'))).toBe(true);
  });

  it('reads a CSV of records with our field names, keyed by id or by file and row, a quoted comma and a CR line end kept apart', () => {
    const path = join(dir, 'feed.csv');
    writeFileSync(path, 'id,outlet,publishedAt,text,ignored\r\nw1,Wire,2024-05-01,"Rain fell, then stopped.",x\r\n,,,Snow fell too.,y\r\n');
    const { sources } = readArticles([path]);
    expect(sources.map((s) => [s.key, s.outlet, s.publishedAt, s.text])).toEqual([['w1', 'Wire', '2024-05-01', 'Rain fell, then stopped.'], ['feed#1', null, null, 'Snow fell too.']]);
  });

  it('reads a CRLF split across two chunks of the streamed CSV as one line break, as the in-memory reader does', async () => {
    const path = join(dir, 'split.csv');
    // The stream reads 65,536 bytes at a time: the CR is the last byte of the first chunk, the LF the first of the next.
    const content = `text\r\n${'a'.repeat(65_536 - 7)}\r\nb\r\n`;
    writeFileSync(path, content);
    const streamed: string[][] = [];
    for await (const row of readCsvRows(path)) streamed.push(row);
    expect(streamed.map((r) => r[0]?.length)).toEqual([4, 65_529, 1]);
    expect(parseCsvRows(path, content)).toEqual(streamed);
  });

  it('refuses a CSV without a text column, and names the row of an empty text', () => {
    writeFileSync(join(dir, 'notext.csv'), 'id,body\n1,Rain fell.\n');
    expect(() => readArticles([join(dir, 'notext.csv')])).toThrow(/notext\.csv: no text column \(expected one of "text", "articleBody"/);
    writeFileSync(join(dir, 'empty.csv'), 'Body ID,articleBody\n1,Rain fell.\n2,"  "\n');
    expect(() => readArticles([join(dir, 'empty.csv')])).toThrow(/empty\.csv: row 3: field "text" is empty/);
    writeFileSync(join(dir, 'short.csv'), 'id,text\n1\n');
    expect(() => readArticles([join(dir, 'short.csv')])).toThrow(/short\.csv: row 2 has 1 fields, the header has 2/);
  });

  it('stores CRLF text with LF line ends, so offsets count one character per line break', () => {
    const source = parseArticle({ key: 'crlf', text: ' date 2024-01-02\r\nLine one.\r\nLine two.', path: 'crlf.txt', record: null });
    expect(source.text).toBe('Line one.\nLine two.');
    expect(source.publishedAt).toBe('2024-01-02');
  });

  it('marks captions, tweet footers and boilerplate written by outlets it has never seen', () => {
    const text = 'The dam held.\nFlood water near the town hall. (Photo: Jane Roe/AFP via Getty Images)\nWater is receding — Met Office (@metoffice) March 3, 2024\nADVERTISEMENT\nSign up for our newsletter\nOfficials said the river peaked overnight.';
    const source = parseArticle({ key: 'k', text, path: 'k.txt', record: null });
    expect(source.noise.map((n) => n.kind)).toEqual(['CAPTION', 'EMBED', 'BOILERPLATE', 'BOILERPLATE']);
    expect(source.noise.map((n) => text.slice(n.start, n.end)).join('|')).not.toMatch(/dam held|river peaked/);
  });
});

describe('page dates', () => {
  it('dates an article by the date line its page prints, the earliest of "Posted" and "Updated"', () => {
    const text = 'http://example.com/quake\nStrong earthquake jolts southern Iran\nPosted 11/27/2005 7:21 AM\nUpdated 11/28/2005 3:41 PM\nAn earthquake shook Iran on Sunday.';
    const source = parseArticle({ key: 'q', text, path: 'q.txt', record: null });
    expect(source.publishedAt).toBe('2005-11-27');
    expect(source.noise.map((n) => text.slice(n.start, n.end))).toEqual(['Posted 11/27/2005 7:21 AM', 'Updated 11/28/2005 3:41 PM']);
  });

  it('reads the forms pages use, and not a date inside a sentence', () => {
    const dated = (line: string) => parseArticle({ key: 'd', text: `${line}\nBody text here.`, path: 'd.txt', record: null }).publishedAt;
    expect(dated('Last Updated: Monday, 28 November 2005, 02:24 GMT')).toBe('2005-11-28');
    expect(dated('Published: November 28, 2005')).toBe('2005-11-28');
    expect(dated('7:00pm UK, Wednesday 05 May 2010')).toBe('2010-05-05');
    expect(dated('Article posted on 08.07.2012')).toBe('2012-07-08');
    expect(dated('Novemer 27, 2005')).toBe('2005-11-27');
    expect(dated('Page was born on April 22, 1923.')).toBeNull();
    expect(dated('Posted 1 year, 160 days ago')).toBeNull();
  });

  it('keeps the date given in metadata over the page\'s own', () => {
    expect(parseArticle({ key: 'm', text: 'May 5, 2010\nBody.', path: 'm.json', record: 0, publishedAt: '2010-05-06' }).publishedAt).toBe('2010-05-06');
  });
});

describe('bad input', () => {
  it.each([
    ['broken.json', /broken\.json: invalid JSON/],
    ['wrong-type.jsonl', /wrong-type\.jsonl:2: field "text" is missing or not a string/],
    ['missing-text.json', /missing-text\.json: field "text" is missing/],
    ['invalid-utf8.txt', /invalid-utf8\.txt: not valid UTF-8/],
    ['binary.txt', /binary\.txt: binary file/],
    ['bad-date.txt', /bad-date\.txt: date line "2021-02-30" is not a valid date/],
  ])('refuses %s with INVALID_ARTICLE and the file named', (file, message) => {
    let error: unknown;
    try {
      readArticles([join('tests/fixtures/bad', file)]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CorroborateError);
    expect((error as CorroborateError).code).toBe('INVALID_ARTICLE');
    expect((error as CorroborateError).message).toMatch(message);
  });

  it('refuses a path that does not exist, a directory with no articles, and one key used twice', () => {
    expect(() => readArticles(['no/such/dir'])).toThrow(/no\/such\/dir: no such file or directory/);
    expect(() => readArticles(['src/cli'])).toThrow(/no articles found/);
    expect(() => readArticles(['data', 'data/000_f84ca6b356774fdb.txt'])).toThrow(/source key "000_f84ca6b356774fdb" is already used/);
  });
});
