// Trains the stance network: one ReLU hidden layer and a softmax over the four labels, weighted cross-
// entropy (rare labels count more), Adam with lazy updates for the sparse rows, and the epoch that
// scores best on a validation set kept. Deterministic: all randomness comes from the seeded `random`.

import { STANCE_LABELS, DENSE_FEATURES, scoreStance, type Lexicon, type StanceFeatures, type StanceModel } from './stance.js';

export interface LabelledFeatures {
  features: StanceFeatures;
  label: number;
}

export interface TrainingOptions {
  hidden: number;
  epochs: number;
  learningRate: number;
  batchSize: number;
  l2: number;
  /** Uniform in [0, 1): the only source of randomness. */
  random: () => number;
  /** Scores a model on the validation set; higher is better. */
  validate: (model: StanceModel) => number;
  onEpoch?: (epoch: number, loss: number, validation: number) => void;
}

/** A small, fast, seedable generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainStanceModel(examples: LabelledFeatures[], lexicon: Lexicon, options: TrainingOptions): StanceModel {
  const labels = STANCE_LABELS.length;
  const denseCount = DENSE_FEATURES.length;
  const inputs = 2 * lexicon.vocabulary.size + denseCount;
  const { hidden, random } = options;
  // Standardise dense features on the training set.
  const denseMean = Array.from({ length: denseCount }, (_, k) => examples.reduce((s, e) => s + (e.features.dense[k] ?? 0), 0) / examples.length);
  const denseStd = denseMean.map((mean, k) => Math.sqrt(examples.reduce((s, e) => s + ((e.features.dense[k] ?? 0) - mean) ** 2, 0) / examples.length) || 1);
  // Class weights: inverse square root of frequency, so 'disagree' (2% of pairs) is not ignored.
  const frequency = Array.from({ length: labels }, (_, c) => examples.filter((e) => e.label === c).length / examples.length);
  const classWeight = frequency.map((f) => 1 / Math.sqrt(Math.max(f, 1e-6)));
  const meanWeight = classWeight.reduce((a, b) => a + b, 0) / labels;
  for (let c = 0; c < labels; c++) classWeight[c] = (classWeight[c] ?? 1) / meanWeight;

  const limit1 = Math.sqrt(6 / (inputs / 50 + hidden));
  const w1 = Float32Array.from({ length: inputs * hidden }, () => (random() * 2 - 1) * limit1);
  const b1 = new Float32Array(hidden);
  const limit2 = Math.sqrt(6 / (hidden + labels));
  const w2 = Float32Array.from({ length: hidden * labels }, () => (random() * 2 - 1) * limit2);
  const b2 = new Float32Array(labels);
  const model: StanceModel = { lexicon, inputs, hidden, w1, b1, w2, b2, denseMean, denseStd };

  const m = { w1: new Float32Array(w1.length), b1: new Float32Array(hidden), w2: new Float32Array(w2.length), b2: new Float32Array(labels) };
  const v = { w1: new Float32Array(w1.length), b1: new Float32Array(hidden), w2: new Float32Array(w2.length), b2: new Float32Array(labels) };
  const rowStep = new Int32Array(inputs);
  const beta1 = 0.9;
  const beta2 = 0.999;
  let step = 0;
  const adam = (params: Float32Array, grads: Float64Array, mo: Float32Array, ve: Float32Array, from: number, to: number, t: number): void => {
    const lr = options.learningRate * Math.sqrt(1 - beta2 ** t) / (1 - beta1 ** t);
    for (let i = from; i < to; i++) {
      const g = (grads[i] ?? 0) + options.l2 * (params[i] ?? 0);
      mo[i] = beta1 * (mo[i] ?? 0) + (1 - beta1) * g;
      ve[i] = beta2 * (ve[i] ?? 0) + (1 - beta2) * g * g;
      params[i] = (params[i] ?? 0) - (lr * (mo[i] ?? 0)) / (Math.sqrt(ve[i] ?? 0) + 1e-8);
    }
  };

  const order = examples.map((_, i) => i);
  let best = { score: -Infinity, w1: w1.slice(), b1: b1.slice(), w2: w2.slice(), b2: b2.slice() };
  const gw1 = new Float64Array(w1.length);
  const gb1 = new Float64Array(hidden);
  const gw2 = new Float64Array(w2.length);
  const gb2 = new Float64Array(labels);
  const h = new Float64Array(hidden);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    let loss = 0;
    for (let start = 0; start < order.length; start += options.batchSize) {
      const batch = order.slice(start, start + options.batchSize);
      const touched = new Set<number>();
      gb1.fill(0);
      gw2.fill(0);
      gb2.fill(0);
      for (const index of batch) {
        const example = examples[index] as LabelledFeatures;
        const rows: Array<[number, number]> = [...example.features.sparse];
        example.features.dense.forEach((raw, k) => rows.push([2 * lexicon.vocabulary.size + k, (raw - (denseMean[k] ?? 0)) / (denseStd[k] ?? 1)]));
        h.set(b1);
        for (const [row, value] of rows) for (let j = 0; j < hidden; j++) h[j] = (h[j] ?? 0) + value * (w1[row * hidden + j] ?? 0);
        const out = Array.from(b2);
        for (let j = 0; j < hidden; j++) {
          const a = Math.max(0, h[j] ?? 0);
          for (let c = 0; c < labels; c++) out[c] = (out[c] ?? 0) + a * (w2[j * labels + c] ?? 0);
        }
        const max = Math.max(...out);
        const exp = out.map((o) => Math.exp(o - max));
        const sum = exp.reduce((a, b) => a + b, 0);
        const weight = classWeight[example.label] ?? 1;
        loss -= weight * Math.log(Math.max(1e-12, (exp[example.label] ?? 0) / sum));
        const dOut = exp.map((e, c) => (weight * (e / sum - (c === example.label ? 1 : 0))) / batch.length);
        for (let c = 0; c < labels; c++) gb2[c] = (gb2[c] ?? 0) + (dOut[c] ?? 0);
        const dh = new Float64Array(hidden);
        for (let j = 0; j < hidden; j++) {
          const a = h[j] ?? 0;
          if (a <= 0) continue;
          for (let c = 0; c < labels; c++) {
            gw2[j * labels + c] = (gw2[j * labels + c] ?? 0) + a * (dOut[c] ?? 0);
            dh[j] = (dh[j] ?? 0) + (w2[j * labels + c] ?? 0) * (dOut[c] ?? 0);
          }
        }
        for (let j = 0; j < hidden; j++) gb1[j] = (gb1[j] ?? 0) + (dh[j] ?? 0);
        for (const [row, value] of rows) {
          if (!touched.has(row)) {
            touched.add(row);
            gw1.fill(0, row * hidden, (row + 1) * hidden);
          }
          for (let j = 0; j < hidden; j++) gw1[row * hidden + j] = (gw1[row * hidden + j] ?? 0) + value * (dh[j] ?? 0);
        }
      }
      step++;
      adam(b1, gb1, m.b1, v.b1, 0, hidden, step);
      adam(w2, gw2, m.w2, v.w2, 0, w2.length, step);
      adam(b2, gb2, m.b2, v.b2, 0, labels, step);
      // Lazy Adam: a sparse row moves only in steps where it had a gradient, with its own step count.
      for (const row of touched) {
        rowStep[row] = (rowStep[row] ?? 0) + 1;
        adam(w1, gw1, m.w1, v.w1, row * hidden, (row + 1) * hidden, rowStep[row] ?? 1);
      }
    }
    const score = options.validate(model);
    options.onEpoch?.(epoch, loss / examples.length, score);
    if (score > best.score) best = { score, w1: w1.slice(), b1: b1.slice(), w2: w2.slice(), b2: b2.slice() };
  }
  return { ...model, w1: best.w1, b1: best.b1, w2: best.w2, b2: best.b2 };
}

export { scoreStance };
