// Splits a source into analysed sentences, skipping page noise. Paragraphs are analysed one by one so a
// sentence never runs across a line break (headlines and captions have no final full stop).

import type { Source } from '../model.js';
import { analyseSpan, type AnalysedSentence } from './nlp.js';

export interface SourceSentence extends AnalysedSentence {
  sourceKey: string;
  index: number;
}

function overlapsNoise(source: Source, start: number, end: number): boolean {
  return source.noise.some((noise) => noise.start < end && start < noise.end);
}

export function segmentSource(source: Source): SourceSentence[] {
  const sentences: SourceSentence[] = [];
  const text = source.text;
  const paragraph = /[^\n]+/g;
  for (let match = paragraph.exec(text); match; match = paragraph.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[0].trim() === '' || overlapsNoise(source, start, end)) continue;
    for (const sentence of analyseSpan(text, start, end)) {
      // Fields named, not spread: node 20's V8 gives a literal that adds fields after a spread a hidden
      // class of its own each time, and is about a hundred times slower for it (makeDraft in extract-claims.ts).
      sentences.push({ start: sentence.start, end: sentence.end, tokens: sentence.tokens, sourceKey: source.key, index: sentences.length });
    }
  }
  return sentences;
}
