// Stance of a text towards a claim: does it agree, disagree, discuss without taking a side, or speak
// of something else (FNC-1's four labels)? One engine for `corroborate stance`, the FNC-1 evaluation
// and assessClaim. Features: term frequencies of claim and text over a learnt vocabulary, plus dense
// measures of overlap, refutation, hedging and negation near the claim's words; a small MLP trained
// by bench/train-stance.ts scores them. The trained weights ship in stance-model.json.

import { readFileSync } from 'node:fs';
import { analyseSpan, type AnalysedSentence } from './nlp.js';

export const STANCE_LABELS = ['agree', 'disagree', 'discuss', 'unrelated'] as const;
export type StanceLabel = (typeof STANCE_LABELS)[number];

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const LIGHT_LEMMAS = new Set(['be', 'have', 'do', 'say', 'get', 'make', 'go', 'take', 'come', 'also', 'just']);
// Words that deny or debunk (extended from the FNC-1 baseline's list).
const REFUTING = new Set([
  'fake', 'fraud', 'hoax', 'false', 'deny', 'denies', 'denied', 'denial', 'doubt', 'doubts', 'bogus', 'debunk', 'debunked', 'prank', 'pranks',
  'retract', 'retracted', 'untrue', 'misleading', 'myth', 'fabricated', 'satire', 'satirical', 'refute', 'refuted', 'dismiss', 'dismissed',
  'baseless', 'unfounded', 'fiction', 'lie', 'lies', 'rumour', 'rumor', 'nonsense', 'incorrect', 'wrong', 'disputed', 'contradict',
]);
const NEGATIONS = new Set(['not', "n't", 'no', 'never', 'none', 'nothing', 'neither', 'nor', 'nobody', 'without']);
// Words with which a writer reports a claim without vouching for it.
const HEDGING = new Set([
  'reportedly', 'allegedly', 'alleged', 'claim', 'claims', 'claimed', 'purportedly', 'apparently', 'unconfirmed', 'unverified', 'rumored',
  'rumoured', 'suggest', 'suggests', 'may', 'might', 'could', 'possibly', 'believed', 'appears', 'seems', 'according', 'speculation',
  'speculate', 'if', 'whether', 'report', 'reports', 'reported', 'supposedly', 'unclear',
]);

/** A text reduced to what the stance features read. */
export interface TextProfile {
  /** Content lemmas with their counts. */
  counts: Map<string, number>;
  /** Content lemmas of each sentence, and its refuting, negating and hedging words. */
  sentences: Array<{ lemmas: Set<string>; refutes: number; negations: number; hedges: number }>;
  bigrams: Set<string>;
  numbers: Set<string>;
  tokenCount: number;
  refutes: number;
  hedges: number;
  hasQuestion: boolean;
  /** Character spans of the sentences, for choosing a quote. */
  spans: Array<{ start: number; end: number }>;
}

/** Reads a text once for every stance question that will be asked of it. */
export function profileText(text: string): TextProfile {
  const sentences: AnalysedSentence[] = [];
  const paragraph = /[^\n]+/g;
  for (let match = paragraph.exec(text); match; match = paragraph.exec(text)) {
    for (const sentence of analyseSpan(text, match.index, match.index + match[0].length)) sentences.push(sentence);
  }
  return profileSentences(sentences);
}

/**
 * profileText of a text whose sentences are already analysed, paragraph by paragraph as profileText
 * analyses them (assessClaim has the claim's from reading it for claims).
 */
export function profileSentences(analysed: readonly AnalysedSentence[]): TextProfile {
  const counts = new Map<string, number>();
  const sentences: TextProfile['sentences'] = [];
  const bigrams = new Set<string>();
  const numbers = new Set<string>();
  const spans: TextProfile['spans'] = [];
  let tokenCount = 0;
  let refutes = 0;
  let hedges = 0;
  let hasQuestion = false;
  for (const sentence of analysed) {
    const lemmas = new Set<string>();
    let sentenceRefutes = 0;
    let negations = 0;
    let sentenceHedges = 0;
    let previous: string | null = null;
    for (const token of sentence.tokens) {
      tokenCount++;
      if (token.text === '?') hasQuestion = true;
      if (REFUTING.has(token.lower)) sentenceRefutes++;
      if (NEGATIONS.has(token.lower)) negations++;
      if (HEDGING.has(token.lower)) sentenceHedges++;
      if (token.pos === 'NUM' && /\d/.test(token.text)) numbers.add(token.text.replace(/,/g, ''));
      if (!CONTENT_POS.has(token.pos) || LIGHT_LEMMAS.has(token.lemma) || token.lemma.length < 2) continue;
      const lemma = token.lemma.toLowerCase();
      counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
      lemmas.add(lemma);
      if (previous) bigrams.add(`${previous} ${lemma}`);
      previous = lemma;
    }
    refutes += sentenceRefutes;
    hedges += sentenceHedges;
    sentences.push({ lemmas, refutes: sentenceRefutes, negations, hedges: sentenceHedges });
    spans.push({ start: sentence.start, end: sentence.end });
  }
  return { counts, sentences, bigrams, numbers, tokenCount, refutes, hedges, hasQuestion, spans };
}

/** Vocabulary and inverse document frequencies learnt from training bodies. */
export interface Lexicon {
  vocabulary: Map<string, number>;
  idf: Map<string, number>;
  defaultIdf: number;
}

function weightedVector(counts: Map<string, number>, lexicon: Lexicon): Map<string, number> {
  const vector = new Map<string, number>();
  for (const [lemma, count] of counts) vector.set(lemma, (1 + Math.log(count)) * (lexicon.idf.get(lemma) ?? lexicon.defaultIdf));
  return vector;
}

/** The sum of a vector's squared values, in its order: cosine's norm, kept for a text's vectors. */
function squaredNorm(vector: Map<string, number>): number {
  let norm = 0;
  for (const v of vector.values()) norm += v * v;
  return norm;
}

export const DENSE_FEATURES = [
  'cosine', 'leadCosine', 'bestSentenceCosine', 'claimLemmasInText', 'jaccard', 'claimBigramsInText', 'claimNumbersInText',
  'textRefutesPer100', 'claimRefutes', 'textHedgesPer100', 'claimHedges', 'negationsNearClaim', 'refutesNearClaim', 'hedgesNearClaim',
  'logTextTokens', 'claimIsQuestion', 'shareOfSentencesNearClaim',
] as const;

export interface StanceFeatures {
  /** Sparse term-frequency entries: [input index, value]. */
  sparse: Array<[number, number]>;
  dense: number[];
  /** Index of the text's sentence most like the claim (for a quote), or -1. */
  bestSentence: number;
}

/**
 * What the features read of one text alone, computed once per profile and lexicon: assessClaim scores
 * every source's profile against each claim, and training scores each body against many headlines.
 * Each part is computed exactly as stanceFeatures computed it inline, so features are unchanged.
 */
interface ProfileFeatures {
  lexicon: Lexicon;
  /** L2-normalised term frequencies over the vocabulary, by input offset (0 as the claim, V as the text). */
  sparse: Map<number, Array<[number, number]>>;
  /** weightedVector of the counts, and its squared norm. */
  vector: Map<string, number>;
  vectorNorm: number;
  /** weightedVector of the lemmas of the first three sentences, made on first use. */
  leadVector: { vector: Map<string, number>; norm: number } | null;
  /** Per sentence: sum of its lemmas' squared idf (the sentence's norm in bestSentenceCosine). */
  sentenceNorms: number[] | null;
  /** What a claim's lemma finds in this text, one look-up per lemma (as the text side of a pair). */
  lemmas: Map<string, TextLemma> | null;
  /** This profile's lemmas with their weights, as arrays (as the claim side of a pair). */
  claimSide: ClaimSide | null;
  /** The model's hidden layer before the claim's and the dense inputs: its biases plus this text's terms. */
  hidden: { model: StanceModel; values: Float64Array } | null;
}

/** One lemma of a text as the pair features read it: one map look-up instead of four. */
interface TextLemma {
  /** The lemma's value in the text's weightedVector. */
  weight: number;
  /** Its value in the lead's weightedVector, or undefined when the first three sentences lack it. */
  leadWeight: number | undefined;
  /** The sentences it is in, ascending: the only ones a claim with this lemma can be near. */
  sentences: number[];
}

/** A claim's lemmas in the order of its counts, with their weightedVector values and those times their idf. */
interface ClaimSide {
  lemmas: string[];
  values: number[];
  idfWeighted: number[];
  /** squaredNorm of the weightedVector. */
  norm: number;
  bigrams: string[];
  numbers: string[];
}

const profileFeatures = new WeakMap<TextProfile, ProfileFeatures>();

function featuresOf(profile: TextProfile, lexicon: Lexicon): ProfileFeatures {
  let features = profileFeatures.get(profile);
  if (!features || features.lexicon !== lexicon) {
    const vector = weightedVector(profile.counts, lexicon);
    features = { lexicon, sparse: new Map(), vector, vectorNorm: squaredNorm(vector), leadVector: null, sentenceNorms: null, lemmas: null, claimSide: null, hidden: null };
    profileFeatures.set(profile, features);
  }
  return features;
}

function sparseOf(features: ProfileFeatures, profile: TextProfile, offset: number): Array<[number, number]> {
  let sparse = features.sparse.get(offset);
  if (!sparse) {
    const entries: Array<[number, number]> = [];
    let norm = 0;
    for (const [lemma, count] of profile.counts) {
      const index = features.lexicon.vocabulary.get(lemma);
      if (index === undefined) continue;
      entries.push([offset + index, count]);
      norm += count * count;
    }
    sparse = entries.map(([index, count]) => [index, count / Math.sqrt(norm)]);
    features.sparse.set(offset, sparse);
  }
  return sparse;
}

function leadVectorOf(features: ProfileFeatures, profile: TextProfile): { vector: Map<string, number>; norm: number } {
  if (!features.leadVector) {
    const lead = new Map<string, number>();
    for (const sentence of profile.sentences.slice(0, 3)) for (const lemma of sentence.lemmas) lead.set(lemma, (lead.get(lemma) ?? 0) + 1);
    const vector = weightedVector(lead, features.lexicon);
    features.leadVector = { vector, norm: squaredNorm(vector) };
  }
  return features.leadVector;
}

function sentenceNormsOf(features: ProfileFeatures, profile: TextProfile): number[] {
  features.sentenceNorms ??= profile.sentences.map((sentence) => {
    let norm = 0;
    for (const lemma of sentence.lemmas) {
      const idf = features.lexicon.idf.get(lemma) ?? features.lexicon.defaultIdf;
      norm += idf * idf;
    }
    return norm;
  });
  return features.sentenceNorms;
}

function lemmasOf(features: ProfileFeatures, profile: TextProfile): Map<string, TextLemma> {
  if (!features.lemmas) {
    const lead = leadVectorOf(features, profile).vector;
    const lemmas = new Map<string, TextLemma>();
    for (const [lemma, weight] of features.vector) lemmas.set(lemma, { weight, leadWeight: lead.get(lemma), sentences: [] });
    profile.sentences.forEach((sentence, i) => {
      for (const lemma of sentence.lemmas) lemmas.get(lemma)?.sentences.push(i);
    });
    features.lemmas = lemmas;
  }
  return features.lemmas;
}

function claimSideOf(features: ProfileFeatures, profile: TextProfile): ClaimSide {
  if (!features.claimSide) {
    const { lexicon, vector } = features;
    const lemmas = [...vector.keys()];
    const values = [...vector.values()];
    features.claimSide = {
      lemmas,
      values,
      idfWeighted: lemmas.map((lemma, k) => (values[k] ?? 0) * (lexicon.idf.get(lemma) ?? lexicon.defaultIdf)),
      norm: features.vectorNorm,
      bigrams: [...profile.bigrams],
      numbers: [...profile.numbers],
    };
  }
  return features.claimSide;
}

/**
 * Per sentence of the text being compared: how many of the claim's lemmas it has and their summed
 * idf-weighted values. Kept between pairs (each pair sets back to 0 what it touched), since a request
 * compares one claim with hundreds of texts.
 */
let sentenceOverlap = new Int32Array(256);
let sentenceDot = new Float64Array(256);

/**
 * Features of (claim, text): L2-normalised term frequencies of text and claim over the vocabulary
 * (inputs [V, 2V) and [0, V), the text's first: predictStance starts from the text's share of the
 * hidden layer, summed once per text), then the dense measures named in DENSE_FEATURES.
 */
export function stanceFeatures(claim: TextProfile, text: TextProfile, lexicon: Lexicon): StanceFeatures {
  const sparse = [...sparseOf(featuresOf(text, lexicon), text, lexicon.vocabulary.size), ...sparseOf(featuresOf(claim, lexicon), claim, 0)];
  return { sparse, ...pairFeatures(claim, text, lexicon) };
}

/** The dense features of (claim, text) and the text's sentence most like the claim. */
function pairFeatures(claim: TextProfile, text: TextProfile, lexicon: Lexicon): Omit<StanceFeatures, 'sparse'> {
  const claimSide = claimSideOf(featuresOf(claim, lexicon), claim);
  const textSide = featuresOf(text, lexicon);
  const leadVector = leadVectorOf(textSide, text);
  const textLemmas = lemmasOf(textSide, text);
  const sentenceNorms = sentenceNormsOf(textSide, text);
  if (sentenceOverlap.length < text.sentences.length) {
    sentenceOverlap = new Int32Array(text.sentences.length);
    sentenceDot = new Float64Array(text.sentences.length);
  }
  // One pass over the claim's few lemmas, each looked up once in the text: the dot products of the
  // text's and the lead's cosines, the shared lemmas, and for each sentence with any of them its
  // overlap and dot product (a sentence without any has overlap 0: no cosine, not near). Each sum runs
  // in the order the claim's vector holds its lemmas, so the features stay the same to the last bit.
  const claimNorm = claimSide.norm;
  let shared = 0;
  let dot = 0;
  let leadDot = 0;
  // The first and last sentence with any of the claim's lemmas.
  let first = text.sentences.length;
  let last = -1;
  for (let k = 0; k < claimSide.lemmas.length; k++) {
    const found = textLemmas.get(claimSide.lemmas[k] as string);
    if (!found) continue;
    const value = claimSide.values[k] as number;
    const weight = claimSide.idfWeighted[k] as number;
    shared++;
    dot += value * found.weight;
    if (found.leadWeight !== undefined) leadDot += value * found.leadWeight;
    for (const i of found.sentences) {
      sentenceOverlap[i] = (sentenceOverlap[i] as number) + 1;
      sentenceDot[i] = (sentenceDot[i] as number) + weight;
    }
    first = Math.min(first, found.sentences[0] ?? first);
    last = Math.max(last, found.sentences[found.sentences.length - 1] ?? last);
  }
  let sharedBigrams = 0;
  for (const bigram of claimSide.bigrams) if (text.bigrams.has(bigram)) sharedBigrams++;
  let sharedNumbers = 0;
  for (const n of claimSide.numbers) if (text.numbers.has(n)) sharedNumbers++;
  // Sentences that speak of the claim: two or more of its content words (one for very short claims).
  const needed = Math.min(2, claimSide.lemmas.length);
  let near = 0;
  let negationsNear = 0;
  let refutesNear = 0;
  let hedgesNear = 0;
  let best = -1;
  let bestCosine = 0;
  // In text order, so the first best sentence is the one a full pass finds.
  for (let i = first; i <= last; i++) {
    const overlap = sentenceOverlap[i] as number;
    if (overlap === 0) continue;
    const sentence = text.sentences[i] as TextProfile['sentences'][number];
    // Each sentence lemma once, weighted by its idf: cosine without building a vector.
    const sentenceCosine = (sentenceDot[i] as number) / Math.sqrt((sentenceNorms[i] ?? 0) * claimNorm);
    sentenceOverlap[i] = 0;
    sentenceDot[i] = 0;
    if (sentenceCosine > bestCosine) {
      bestCosine = sentenceCosine;
      best = i;
    }
    if (needed > 0 && overlap >= needed) {
      near++;
      negationsNear += sentence.negations;
      refutesNear += sentence.refutes;
      hedgesNear += sentence.hedges;
    }
  }
  const claimLemmaCount = claimSide.lemmas.length;
  const textLemmaCount = text.counts.size;
  const per100 = (n: number): number => (100 * n) / Math.max(1, text.tokenCount);
  const dense = [
    claimNorm === 0 || textSide.vectorNorm === 0 ? 0 : dot / Math.sqrt(claimNorm * textSide.vectorNorm),
    claimNorm === 0 || leadVector.norm === 0 ? 0 : leadDot / Math.sqrt(claimNorm * leadVector.norm),
    bestCosine,
    claimLemmaCount === 0 ? 0 : shared / claimLemmaCount,
    claimLemmaCount + textLemmaCount === 0 ? 0 : shared / (claimLemmaCount + textLemmaCount - shared),
    claim.bigrams.size === 0 ? 0 : sharedBigrams / claim.bigrams.size,
    claim.numbers.size === 0 ? 0.5 : sharedNumbers / claim.numbers.size,
    per100(text.refutes),
    claim.refutes,
    per100(text.hedges),
    claim.hedges,
    near === 0 ? 0 : negationsNear / near,
    near === 0 ? 0 : refutesNear / near,
    near === 0 ? 0 : hedgesNear / near,
    Math.log1p(text.tokenCount) / 5,
    claim.hasQuestion ? 1 : 0,
    text.sentences.length === 0 ? 0 : near / text.sentences.length,
  ];
  return { dense, bestSentence: best };
}

/** A trained two-layer network over stanceFeatures, with the lexicon it was trained with. */
export interface StanceModel {
  lexicon: Lexicon;
  inputs: number;
  hidden: number;
  /** inputs x hidden, row-major. */
  w1: Float32Array;
  b1: Float32Array;
  /** hidden x labels, row-major. */
  w2: Float32Array;
  b2: Float32Array;
  /** Standardisation of the dense features: (x - mean) / std. */
  denseMean: number[];
  denseStd: number[];
}

/** Adds sparse inputs, in order, to the hidden layer's sums. */
function addSparse(model: StanceModel, h: Float64Array, sparse: ReadonlyArray<[number, number]>): void {
  const { hidden, w1 } = model;
  for (const [index, value] of sparse) {
    const row = index * hidden;
    for (let j = 0; j < hidden; j++) h[j] = (h[j] ?? 0) + value * (w1[row + j] ?? 0);
  }
}

/** Probabilities of the four labels, in STANCE_LABELS order. */
export function scoreStance(model: StanceModel, features: StanceFeatures): number[] {
  const h = Float64Array.from(model.b1);
  addSparse(model, h, features.sparse);
  return probabilitiesOf(model, h, features.dense);
}

/** The rest of the network from the hidden layer's sums of sparse inputs: dense inputs, ReLU, softmax. */
function probabilitiesOf(model: StanceModel, h: Float64Array, dense: number[]): number[] {
  const { hidden, w1, w2, b2, denseMean, denseStd } = model;
  const denseOffset = 2 * model.lexicon.vocabulary.size;
  for (let k = 0; k < dense.length; k++) {
    const value = ((dense[k] as number) - (denseMean[k] ?? 0)) / (denseStd[k] || 1);
    const row = (denseOffset + k) * hidden;
    for (let j = 0; j < hidden; j++) h[j] = (h[j] as number) + value * (w1[row + j] as number);
  }
  const labels = STANCE_LABELS.length;
  // Copied by index: Array.from reads a typed array through its iterator, an object per value.
  const out = new Array<number>(labels);
  for (let c = 0; c < labels; c++) out[c] = b2[c] as number;
  for (let j = 0; j < hidden; j++) {
    const activation = Math.max(0, h[j] as number);
    if (activation === 0) continue;
    for (let c = 0; c < labels; c++) out[c] = (out[c] as number) + activation * (w2[j * labels + c] as number);
  }
  // Math.max, the sum and the quotients taken in the order Math.max(...out), reduce and map take them.
  let max = -Infinity;
  for (const o of out) max = Math.max(max, o);
  let sum = 0;
  for (let c = 0; c < labels; c++) {
    const e = Math.exp((out[c] as number) - max);
    out[c] = e;
    sum += e;
  }
  for (let c = 0; c < labels; c++) out[c] = (out[c] as number) / sum;
  return out;
}

export interface StanceVerdict {
  label: StanceLabel;
  probabilities: Record<StanceLabel, number>;
  /** The text's sentence most like the claim: where a quote for this stance comes from. */
  sentence: { start: number; end: number } | null;
}

/**
 * The hidden layer's biases plus a text's sparse inputs, summed once per text and model: most of
 * the network's arithmetic, since a text has hundreds of terms and a claim a few.
 */
function textHiddenOf(model: StanceModel, text: TextProfile): Float64Array {
  const features = featuresOf(text, model.lexicon);
  if (features.hidden?.model !== model) {
    const values = Float64Array.from(model.b1);
    addSparse(model, values, sparseOf(features, text, model.lexicon.vocabulary.size));
    features.hidden = { model, values };
  }
  return features.hidden.values;
}

/** The hidden layer of the pair being scored, reused from pair to pair (predictStance fills it whole). */
let pairHidden = new Float64Array(0);

/** scoreStance(model, stanceFeatures(claim, text)) to the last bit, with the text's share summed once. */
export function predictStance(model: StanceModel, claim: TextProfile, text: TextProfile): StanceVerdict {
  const features = pairFeatures(claim, text, model.lexicon);
  if (pairHidden.length !== model.hidden) pairHidden = new Float64Array(model.hidden);
  const h = pairHidden;
  h.set(textHiddenOf(model, text));
  addSparse(model, h, sparseOf(featuresOf(claim, model.lexicon), claim, 0));
  const p = probabilitiesOf(model, h, features.dense);
  let best = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
  return {
    label: STANCE_LABELS[best] ?? 'unrelated',
    probabilities: { agree: p[0] ?? 0, disagree: p[1] ?? 0, discuss: p[2] ?? 0, unrelated: p[3] ?? 0 },
    sentence: features.bestSentence >= 0 ? (text.spans[features.bestSentence] ?? null) : null,
  };
}

// --- the model file: weights quantised to int8 per input row, base64 ---------------------------------

export interface StanceModelFile {
  format: 'corroborate-stance-1';
  trainedOn: string;
  vocabulary: string[];
  idf: Record<string, number>;
  defaultIdf: number;
  hidden: number;
  w1: { scales: number[]; data: string };
  b1: number[];
  w2: number[];
  b2: number[];
  denseMean: number[];
  denseStd: number[];
}

export function encodeStanceModel(model: StanceModel, trainedOn: string): StanceModelFile {
  const { inputs, hidden } = model;
  const scales: number[] = [];
  const data = new Int8Array(inputs * hidden);
  for (let i = 0; i < inputs; i++) {
    let max = 0;
    for (let j = 0; j < hidden; j++) max = Math.max(max, Math.abs(model.w1[i * hidden + j] ?? 0));
    const scale = max === 0 ? 1 : max / 127;
    scales.push(Number(scale.toPrecision(6)));
    for (let j = 0; j < hidden; j++) data[i * hidden + j] = Math.round((model.w1[i * hidden + j] ?? 0) / scale);
  }
  const round = (xs: ArrayLike<number>): number[] => Array.from(xs, (x) => Number(x.toPrecision(6)));
  return {
    format: 'corroborate-stance-1',
    trainedOn,
    vocabulary: [...model.lexicon.vocabulary.keys()],
    idf: Object.fromEntries([...model.lexicon.idf].map(([k, v]) => [k, Number(v.toPrecision(4))])),
    defaultIdf: model.lexicon.defaultIdf,
    hidden,
    w1: { scales, data: Buffer.from(data.buffer).toString('base64') },
    b1: round(model.b1),
    w2: round(model.w2),
    b2: round(model.b2),
    denseMean: round(model.denseMean),
    denseStd: round(model.denseStd),
  };
}

export function decodeStanceModel(file: StanceModelFile): StanceModel {
  if (file.format !== 'corroborate-stance-1') throw new Error(`unknown stance model format ${String(file.format)}`);
  const vocabulary = new Map(file.vocabulary.map((word, i) => [word, i]));
  const inputs = 2 * file.vocabulary.length + DENSE_FEATURES.length;
  const bytes = Buffer.from(file.w1.data, 'base64');
  const quantised = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const w1 = new Float32Array(inputs * file.hidden);
  for (let i = 0; i < inputs; i++) for (let j = 0; j < file.hidden; j++) w1[i * file.hidden + j] = (quantised[i * file.hidden + j] ?? 0) * (file.w1.scales[i] ?? 0);
  return {
    lexicon: { vocabulary, idf: new Map(Object.entries(file.idf)), defaultIdf: file.defaultIdf },
    inputs,
    hidden: file.hidden,
    w1,
    b1: Float32Array.from(file.b1),
    w2: Float32Array.from(file.w2),
    b2: Float32Array.from(file.b2),
    denseMean: file.denseMean,
    denseStd: file.denseStd,
  };
}

let shipped: StanceModel | null = null;

/** The model shipped with this version (src/pipeline/stance-model.json), loaded once. */
export function shippedStanceModel(): StanceModel {
  shipped ??= decodeStanceModel(JSON.parse(readFileSync(new URL('./stance-model.json', import.meta.url), 'utf8')) as StanceModelFile);
  return shipped;
}
