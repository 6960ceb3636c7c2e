// The build benchmark's limit: the bare wink-nlp parse of the same texts, with exactly the calls
// src/pipeline/nlp.ts makes (readDoc; each entity's span and type; each token's text, preceding
// spaces, lemma and POS; each sentence's span), over exactly the spans segment.ts hands it (each
// non-empty paragraph that is not page noise), and nothing of ours after that: no Token objects, no
// offsets, no claims. A build cannot be faster than this on one thread.

import winkNLP, { type ItemEntity, type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Source } from '../src/model.js';

export interface ParseCount {
  paragraphs: number;
  sentences: number;
  tokens: number;
  entities: number;
  /** Characters of every token, lemma and POS read: proof that the outputs were really produced. */
  outputChars: number;
}

/** Parses every paragraph the pipeline would parse; the wink model loads on the first call, as in the pipeline. */
export function bareParse(sources: Array<Pick<Source, 'text' | 'noise'>>): ParseCount {
  const nlp = winkNLP(model);
  const its = nlp.its;
  const count: ParseCount = { paragraphs: 0, sentences: 0, tokens: 0, entities: 0, outputChars: 0 };
  for (const source of sources) {
    const paragraph = /[^\n]+/g;
    for (let match = paragraph.exec(source.text); match; match = paragraph.exec(source.text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (match[0].trim() === '' || source.noise.some((n) => n.start < end && start < n.end)) continue;
      const doc = nlp.readDoc(source.text.slice(start, end));
      count.paragraphs++;
      doc.entities().each((entity: ItemEntity) => {
        const span = entity.out(its.span) as unknown as [number, number];
        const type = entity.out(its.type) as unknown as string;
        count.entities++;
        count.outputChars += span.length + type.length;
      });
      doc.tokens().each((token: ItemToken) => {
        const value = token.out() as string;
        const spaces = token.out(its.precedingSpaces) as unknown as string;
        const lemma = String((token.out as (f: unknown) => unknown)(its.lemma));
        const pos = token.out(its.pos) as unknown as string;
        count.tokens++;
        count.outputChars += value.length + spaces.length + lemma.length + pos.length;
      });
      doc.sentences().each((sentence: ItemSentence) => {
        const span = sentence.out(its.span) as unknown as [number, number];
        count.sentences++;
        count.outputChars += span.length;
      });
    }
  }
  return count;
}
