// FNC-1 (Fake News Challenge, stage 1) for the stance evaluation and training: reading the CSVs, the
// fixed split by Body ID, the official score, macro-F1 and the confusion matrix.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCsvRecords } from '../src/ingest/csv.js';
import { STANCE_LABELS, profileText, stanceFeatures, scoreStance, type Lexicon, type StanceLabel, type StanceModel, type TextProfile } from '../src/pipeline/stance.js';
import { seededRandom, trainStanceModel, type LabelledFeatures } from '../src/pipeline/stance-train.js';

export const FNC1_DIR = resolve(process.env.FNC1_DIR ?? '../shared/data/fnc1');
/** The split: Body IDs sorted, shuffled by mulberry32 with this seed, the first 80% for training. */
export const SPLIT_SEED = 20161201;
export const TRAIN_SHARE = 0.8;
/** Seed of weight initialisation and example order in training. */
export const TRAINING_SEED = 7;
/** Vocabulary size for each of the claim and text term-frequency blocks. */
export const VOCABULARY_SIZE = 3000;
const IDF_SIZE = 30000;

export interface Pair {
  headline: string;
  bodyId: string;
  stance: StanceLabel;
}

export function requireFnc1(): { bodies: string; stances: string } {
  const bodies = join(FNC1_DIR, 'train_bodies.csv');
  const stances = join(FNC1_DIR, 'train_stances.csv');
  const missing = [bodies, stances].filter((p) => !existsSync(p));
  if (missing.length > 0) {
    process.stderr.write(`FNC-1 data is missing: ${missing.join(', ')}\nPut train_bodies.csv and train_stances.csv from FakeNewsChallenge/fnc-1 there, or set FNC1_DIR.\n`);
    process.exit(2);
  }
  return { bodies, stances };
}

export async function loadFnc1(): Promise<{ bodies: Map<string, string>; pairs: Pair[] }> {
  const paths = requireFnc1();
  const bodies = new Map<string, string>();
  for await (const r of readCsvRecords(paths.bodies, ['Body ID', 'articleBody'])) bodies.set(r['Body ID'] ?? '', r.articleBody ?? '');
  const pairs: Pair[] = [];
  for await (const r of readCsvRecords(paths.stances, ['Headline', 'Body ID', 'Stance'])) {
    pairs.push({ headline: r.Headline ?? '', bodyId: r['Body ID'] ?? '', stance: (r.Stance ?? 'unrelated') as StanceLabel });
  }
  return { bodies, pairs };
}

/** Body IDs on the training side of the fixed split; no body is on both sides. */
export function trainingBodies(bodyIds: Iterable<string>): Set<string> {
  return trainingShare([...new Set(bodyIds)].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b)), SPLIT_SEED);
}

/** Headlines on the training side of a second split, for the stricter test of claims never seen. */
export function trainingHeadlines(headlines: Iterable<string>): Set<string> {
  return trainingShare([...new Set(headlines)].sort(), SPLIT_SEED + 1);
}

function trainingShare(sorted: string[], seed: number): Set<string> {
  const ids = [...sorted];
  const random = seededRandom(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j] ?? '', ids[i] ?? ''];
  }
  return new Set(ids.slice(0, Math.round(ids.length * TRAIN_SHARE)));
}

export interface Report {
  fncScore: number;
  fncMax: number;
  fncPercent: number;
  macroF1: number;
  perClass: Record<StanceLabel, { precision: number; recall: number; f1: number; support: number }>;
  /** confusion[gold][predicted] */
  confusion: number[][];
}

export function evaluate(gold: StanceLabel[], predicted: StanceLabel[]): Report {
  const index = (l: StanceLabel): number => STANCE_LABELS.indexOf(l);
  const confusion = STANCE_LABELS.map(() => STANCE_LABELS.map(() => 0));
  let score = 0;
  let max = 0;
  const related = (l: StanceLabel): boolean => l !== 'unrelated';
  gold.forEach((g, i) => {
    const p = predicted[i] ?? 'unrelated';
    (confusion[index(g)] as number[])[index(p)]! += 1;
    max += g === 'unrelated' ? 0.25 : 1;
    if (g === p) score += 0.25;
    if (g === p && related(g)) score += 0.5;
    if (related(g) && related(p)) score += 0.25;
  });
  const perClass = {} as Report['perClass'];
  for (const label of STANCE_LABELS) {
    const c = index(label);
    const tp = confusion[c]?.[c] ?? 0;
    const predictedCount = confusion.reduce((s, row) => s + (row[c] ?? 0), 0);
    const support = (confusion[c] ?? []).reduce((a, b) => a + b, 0);
    const precision = predictedCount === 0 ? 0 : tp / predictedCount;
    const recall = support === 0 ? 0 : tp / support;
    perClass[label] = { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), support };
  }
  const macroF1 = STANCE_LABELS.reduce((s, l) => s + perClass[l].f1, 0) / STANCE_LABELS.length;
  return { fncScore: score, fncMax: max, fncPercent: (100 * score) / max, macroF1, perClass, confusion };
}

export function printReport(name: string, report: Report): void {
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);
  process.stdout.write(`\n${name}\n`);
  process.stdout.write(`  FNC score ${report.fncScore.toFixed(2)} / ${report.fncMax.toFixed(2)} = ${report.fncPercent.toFixed(2)}%   macro-F1 ${report.macroF1.toFixed(3)}\n`);
  process.stdout.write(`  ${'label'.padEnd(10)} precision  recall      F1  support\n`);
  for (const label of STANCE_LABELS) {
    const c = report.perClass[label];
    process.stdout.write(`  ${label.padEnd(10)} ${pct(c.precision)}   ${pct(c.recall)} ${pct(c.f1)} ${String(c.support).padStart(8)}\n`);
  }
  process.stdout.write(`  confusion (rows gold, columns predicted): ${STANCE_LABELS.join(' / ')}\n`);
  STANCE_LABELS.forEach((label, i) => {
    process.stdout.write(`  ${label.padEnd(10)} ${(report.confusion[i] ?? []).map((n) => String(n).padStart(7)).join('')}\n`);
  });
}

export function buildLexicon(documents: TextProfile[]): Lexicon {
  const df = new Map<string, number>();
  for (const profile of documents) for (const lemma of profile.counts.keys()) df.set(lemma, (df.get(lemma) ?? 0) + 1);
  const ranked = [...df.entries()].filter(([, n]) => n >= 3).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const n = documents.length;
  return {
    vocabulary: new Map(ranked.slice(0, VOCABULARY_SIZE).map(([lemma], i) => [lemma, i])),
    idf: new Map(ranked.slice(0, IDF_SIZE).map(([lemma, count]) => [lemma, Math.log((n + 1) / (count + 1)) + 1])),
    defaultIdf: Math.log(n + 1) + 1,
  };
}

/**
 * Trains the stance network on the pairs `isTraining` accepts: lexicon from their bodies, a tenth of
 * their bodies held back to choose the epoch (FNC%/100 + macro-F1 + half the disagree recall), the rest
 * to learn from.
 */
export function fitStanceModel(bodies: Map<string, string>, pairs: Pair[], isTraining: (pair: Pair) => boolean, log: (line: string) => void): StanceModel {
  const started = Date.now();
  const chosen = pairs.filter(isTraining);
  const bodyIds = [...new Set(chosen.map((p) => p.bodyId))].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  const validationBodies = new Set(bodyIds.filter((_, i) => i % 10 === 0));
  const profiles = new Map<string, TextProfile>();
  for (const id of bodyIds) profiles.set(`b:${id}`, profileText(bodies.get(id) ?? ''));
  for (const pair of chosen) if (!profiles.has(`h:${pair.headline}`)) profiles.set(`h:${pair.headline}`, profileText(pair.headline));
  const lexicon = buildLexicon(bodyIds.filter((id) => !validationBodies.has(id)).map((id) => profiles.get(`b:${id}`) as TextProfile));
  const examples: LabelledFeatures[] = [];
  const validation: Array<LabelledFeatures & { gold: StanceLabel }> = [];
  for (const pair of chosen) {
    const features = stanceFeatures(profiles.get(`h:${pair.headline}`) as TextProfile, profiles.get(`b:${pair.bodyId}`) as TextProfile, lexicon);
    const item = { features, label: STANCE_LABELS.indexOf(pair.stance) };
    if (validationBodies.has(pair.bodyId)) validation.push({ ...item, gold: pair.stance });
    else examples.push(item);
  }
  log(`features for ${examples.length} training and ${validation.length} validation pairs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return trainStanceModel(examples, lexicon, {
    hidden: 48,
    epochs: 14,
    learningRate: 0.002,
    batchSize: 64,
    l2: 1e-6,
    random: seededRandom(TRAINING_SEED),
    validate: (m) => {
      const predicted = validation.map((v) => {
        const p = scoreStance(m, v.features);
        return STANCE_LABELS[p.indexOf(Math.max(...p))] ?? 'unrelated';
      });
      const report = evaluate(validation.map((v) => v.gold), predicted);
      // Disagree recall counts on its own: "who says otherwise" is the answer the product exists for.
      return report.fncPercent / 100 + report.macroF1 + 0.5 * report.perClass.disagree.recall;
    },
    onEpoch: (epoch, loss, score) => log(`epoch ${String(epoch).padStart(2)}  loss ${loss.toFixed(4)}  validation FNC%/100 + macro-F1 + disagree recall/2 = ${score.toFixed(4)}`),
  });
}
