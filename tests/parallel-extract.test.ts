// Extraction on worker threads (pipeline/parallel-extract.ts) gives what one thread gives, in order.
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/ingest/read-articles.js';
import { extractSource, extractSources, type Extracted } from '../src/pipeline/parallel-extract.js';
import { runPipeline } from '../src/pipeline/index.js';
import { addDraftWords, classifyDraftWords, noDraftWords } from '../src/pipeline/build-claims.js';

const { sources } = readArticles(['data', 'tests/fixtures/mine-collapse', 'tests/fixtures/fnc1-sample/bodies.csv']);

describe('extraction on worker threads', () => {
  it('hands on what one thread extracts, source by source in order, when workers extract everything', () => {
    const expected = sources.map((source) => extractSource(source, '2021-11-08'));
    const got: Array<[number, Extracted]> = [];
    extractSources(sources, '2021-11-08', { threads: 3, callerTakes: false }, (i, extracted) => got.push([i, extracted]));
    expect(got.map(([i]) => i)).toEqual(sources.map((_, i) => i));
    expect(got.map(([, extracted]) => extracted)).toEqual(expected);
    expect(expected.reduce((n, e) => n + e.claims.length, 0)).toBeGreaterThan(100);
  });

  it("classifies the drafts' words on the worker that extracted them as the caller would", () => {
    const words = noDraftWords();
    const classes = extractSources(sources, '2021-11-08', { threads: 2, callerTakes: false, wordsToClassify: () => words }, (_i, extracted) => {
      for (const draft of extracted.claims) addDraftWords(words, draft);
    });
    expect(words.predicates.size).toBeGreaterThan(50);
    expect(classes()).toEqual(classifyDraftWords(words));
  });

  it('builds the same pipeline result on two threads as on one', () => {
    expect(runPipeline(sources, { threads: 2 })).toEqual(runPipeline(sources));
  });
});
