// Synthetic corpora for the build benchmark: N articles made from FNC-1's 1,683 real bodies, each one
// varied so that no two articles are identical and the pipeline meets new names, counts and dates as a
// bigger real corpus would. Deterministic: the same N gives byte-identical files on every run.
//
// What varies, per article (seeded by its position):
// - names: a capitalised word that never occurs in lower case anywhere in the bodies ("Managua",
//   "Murillo", not "The") is replaced, consistently within the article, by another such word from the
//   bodies, with probability 0.7 per distinct name, so some entities recur across articles;
// - numbers: counts and amounts in digits are scaled by a factor in [0.5, 2] (format kept: "1,200",
//   "3.5"); four-digit years from 1900 to 2099 move by -3 to +3 years; number words from "two" to
//   "twelve" become another one half the time;
// - dates: weekday and month names shift by one offset per article, so "Sunday ... Monday" stays a day apart;
// - publishedAt: a date in 2014-2015, so relative times ("on Sunday") resolve against a date.
// An article that comes out identical to an earlier one is varied again with the next seed.
//
// Usage: tsx bench/synth.ts --articles 16000 --out <dir>   (writes part-000.jsonl, ... of 2,000 records)

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCsvRecords } from '../src/ingest/csv.js';
import { seededRandom } from '../src/pipeline/stance-train.js';
import { requireFnc1Bodies } from './corpus.js';

/** Records per output file: about 4.5 MB of JSONL, well under ingest's 20 MB cap for one file. */
export const SHARD_RECORDS = 2_000;
const NAME_SWAP_SHARE = 0.7;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const CAPITALISED = /\b[A-Z][a-z]{2,}\b/g;
const DIGITS = /\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b/g;
const PUBLISHED_FROM_MS = Date.UTC(2014, 0, 1);
const DAY_MS = 86_400_000;

export interface SynthRecord {
  id: string;
  publishedAt: string;
  text: string;
}

/** Capitalised words of the bodies that never occur in lower case: names, not sentence-initial words. */
export function namePool(bodies: string[]): string[] {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const body of bodies) {
    for (const word of body.match(/\b[a-z]{3,}\b/g) ?? []) lower.add(word);
    for (const word of body.match(CAPITALISED) ?? []) capitalised.add(word);
  }
  const excluded = new Set([...WEEKDAYS, ...MONTHS]);
  return [...capitalised].filter((w) => !lower.has(w.toLowerCase()) && !excluded.has(w)).sort();
}

function formatLike(original: string, value: number): string {
  const decimals = /\.(\d+)$/.exec(original)?.[1]?.length ?? 0;
  const fixed = value.toFixed(decimals);
  if (!original.includes(',')) return fixed;
  const [whole = '', fraction] = fixed.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** One varied copy of a body; `seed` decides every choice. */
export function varyBody(body: string, seed: number, names: string[], isName: Set<string>): string {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const swaps = new Map<string, string>();
  const dayShift = 1 + Math.floor(random() * 6);
  const monthShift = 1 + Math.floor(random() * 11);
  const yearShift = Math.floor(random() * 7) - 3;
  const scale = 0.5 + random() * 1.5;
  let text = body.replace(CAPITALISED, (word) => {
    const weekday = WEEKDAYS.indexOf(word);
    if (weekday >= 0) return WEEKDAYS[(weekday + dayShift) % 7] as string;
    const month = MONTHS.indexOf(word);
    if (month >= 0) return MONTHS[(month + monthShift) % 12] as string;
    if (!isName.has(word)) return word;
    let swap = swaps.get(word);
    if (swap === undefined) {
      swap = random() < NAME_SWAP_SHARE ? pick(names) : word;
      swaps.set(word, swap);
    }
    return swap;
  });
  text = text.replace(DIGITS, (digits) => {
    const value = Number(digits.replace(/,/g, ''));
    if (/^(19|20)\d\d$/.test(digits)) return String(value + yearShift);
    const scaled = value * scale;
    return formatLike(digits, digits.includes('.') ? scaled : Math.max(1, Math.round(scaled)));
  });
  return text.replace(/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/g, (word) => (random() < 0.5 ? pick(NUMBER_WORDS) : word));
}

/** `count` varied articles, cycling through the bodies; no two texts are equal. */
export function synthesise(bodies: Array<{ id: string; text: string }>, count: number): SynthRecord[] {
  const names = namePool(bodies.map((b) => b.text));
  const isName = new Set(names);
  const seen = new Set<string>();
  const records: SynthRecord[] = [];
  for (let i = 0; records.length < count; i++) {
    if (i > count * 2) throw new Error(`could not make ${count} distinct articles from ${bodies.length} bodies`);
    const body = bodies[i % bodies.length] as { id: string; text: string };
    const round = Math.floor(i / bodies.length);
    let text = '';
    for (let attempt = 0; attempt < 5; attempt++) {
      text = varyBody(body.text, (i + 1) * 7919 + attempt * 104_729, names, isName);
      const hash = createHash('sha1').update(text).digest('hex');
      if (!seen.has(hash)) {
        seen.add(hash);
        break;
      }
      text = '';
    }
    // A body with nothing to vary (no names, numbers or dates) is skipped rather than repeated.
    if (text === '') continue;
    const dayOffset = Math.floor(seededRandom(i + 1)() * 730);
    records.push({ id: `synth-${round}-${body.id}`, publishedAt: new Date(PUBLISHED_FROM_MS + dayOffset * DAY_MS).toISOString().slice(0, 10), text });
  }
  return records;
}

export function readFnc1Bodies(): Array<{ id: string; text: string }> {
  const path = requireFnc1Bodies();
  return parseCsvRecords(path, readFileSync(path, 'utf8')).records.map(({ record }) => ({ id: record['Body ID'] ?? '', text: record.articleBody ?? '' }));
}

/** Writes records as JSONL shards into `dir`; returns the files and the total bytes of article text. */
export function writeShards(dir: string, records: SynthRecord[]): { files: string[]; textBytes: number } {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let textBytes = 0;
  for (let from = 0; from < records.length; from += SHARD_RECORDS) {
    const file = join(dir, `part-${String(files.length).padStart(3, '0')}.jsonl`);
    const shard = records.slice(from, from + SHARD_RECORDS);
    for (const r of shard) textBytes += Buffer.byteLength(r.text);
    writeFileSync(file, `${shard.map((r) => JSON.stringify(r)).join('\n')}\n`);
    files.push(file);
  }
  return { files, textBytes };
}

if (process.argv[1]?.endsWith('synth.ts')) {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, out: { type: 'string' } } });
  const count = Number(values.articles);
  if (!Number.isSafeInteger(count) || count < 1 || !values.out) {
    process.stderr.write('usage: tsx bench/synth.ts --articles <N> --out <dir>\n');
    process.exit(2);
  }
  const started = Date.now();
  const { files, textBytes } = writeShards(values.out, synthesise(readFnc1Bodies(), count));
  process.stdout.write(`wrote ${count} articles (${(textBytes / 1e6).toFixed(1)} MB of text) in ${files.length} files under ${values.out} in ${Date.now() - started} ms\n`);
}
