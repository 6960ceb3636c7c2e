// The truth-discovery engine: estimates together how likely each competing value of a data item is to be
// true and how reliable each source is, and explains each value's probability. Pure: no I/O, no clock.
//
// INPUT (corpus.ts). Data items (questions: "how many guards were injured?", "the authors of ISBN x"),
// each with candidate values, and claims: (source, item, value) with
//   - certainty: how sure the extractor is that it read the claim right, in [0, 1];
//   - isHedged: the source itself hedges ("reportedly", "may have");
//   - isSecondHand: the source attributes it to someone else ("officials said");
//   - copyGroup: claims that restate one statement (the same quote reprinted, one wire story) share it;
//   - per value, its typed form (values.ts) so that close values support each other, and isBound
//     for values that are bounds ("at least seven", an author list ending in "et al.");
//   - per item, optionally, how many false values its question admits (1 for a yes/no question).
// Callers: discoverTruth({ claims, values, items }) for records in memory; fitEngine + scoreItem on a
// ClaimCorpus for tables streamed from disk (cli/fuse.ts); adapter.ts for the article pipeline's facts.
// OUTPUT. For every candidate value its probability (values of one item sum to at most 1; the rest is
// the chance that the truth is a value nobody claimed), the chosen value, and an explanation:
// supporters, independent supporters after copies are discounted, support lent by close values,
// contradicting weight, hedged and second-hand supporters, and the reliabilities used. For every source
// its reliability: the estimated probability that a claim it makes is exactly right.
//
// MODEL. A latent-truth model in the family of Accu and Dawid-Skene, fitted by EM:
//   - each item has one true value, a priori uniform over a domain of N + 1 values (N plausible false
//     values, or the item's own count), so one claim from a source of accuracy a gives its value
//     probability a, not more; a bound admits about half of the values nobody claimed;
//   - a source s states the truth with probability a_s; otherwise it makes a "near" error with
//     probability q_s (a less precise or partial form of the truth: rounding, a dropped author, a time
//     a few minutes off), landing on value c in proportion to supportOf(c, truth) from values.ts, or a
//     "far" error, uniform over the N false values:
//        P(c | t) = a_s                                                  if c = t (or c is a bound t fits)
//                 = (1 - a_s) ((1 - q_s) / N + q_s k(c, t) / max(1, Z_t))   otherwise,
//     with Z_t the total closeness of the item's other candidates to t;
//   - a claim's log-likelihood counts with its weight w (certainty x 0.6 if hedged x 0.85 if second-hand,
//     divided among the values one source gives for one item; a restatement in a copy group counts
//     0.25), so a hedged claim is weaker evidence, not a different kind of evidence;
//   - M-step: a_s is the weighted mean probability that its claims are right; q_s the share of its
//     errors whose value is related to the truth (closeness > 0), read off the posterior; N is 1 / the
//     rate at which two claims unrelated to the truth name the same value (wrong sources that agree
//     more than chance make agreement count for less), with a prior of 10. a_s and q_s have Beta priors centred on the
//     corpus means (4 pseudo-claims), the means are pulled towards 0.8 and 0.3 (10 pseudo-claims), so
//     a source with three claims, or a corpus of a dozen, is not judged perfect or worthless.
// Sources that are often wrong get a low a_s and so count for little; agreement among reliable sources
// raises a value; incompatible values compete for one unit of probability.
//
// CALIBRATION. Claims are not independent (sources copy, share errors), so the raw posterior can be
// overconfident. After EM, a temperature T in (0, 1] scales every log-likelihood, P(t) ~ exp(T L(t)),
// chosen to best predict, for each claim left out in turn, whether it names the value the other claims
// on its item favour (plus a weak log-normal prior around T = 1). No ground truth is used: the map is
// fitted on the data being fused, so it works the same on a data set without gold.
//
// COPYING (copying.ts). Besides the caller's copy groups, the engine learns which sources depend on
// each other from the false values they share (after AccuCopy) and discounts a dependent source's vote.

import type { ClaimCorpus, ClaimRecord, ItemClaims, ItemRecord, MemoryCorpus, ValueRecord } from './corpus.js';
import { HEDGED, SECOND_HAND, memoryCorpus } from './corpus.js';
import { supportOf } from './values.js';
import { COPY_RATE, SourcePairs } from './copying.js';

export interface EngineOptions {
  /** Weight of a hedged claim relative to a plain one. */
  hedgedWeight: number;
  /** Weight of a second-hand (attributed) claim. */
  secondHandWeight: number;
  /** What a restatement adds on top of the first claim of its copy group. */
  copyWeight: number;
  /** Pseudo-claims of the Beta priors on a_s and q_s. */
  priorStrength: number;
  /** Pseudo-claims pulling the priors' centres towards priorAccuracy and 0.3 (near share). */
  hyperpriorStrength: number;
  /** Where a source's accuracy starts, and where a corpus too small to say leaves it. */
  priorAccuracy: number;
  maxIterations: number;
  /** EM stops when no source's accuracy moves by more than this. */
  tolerance: number;
  /** Items with more candidates than this compare values only for equality (closeness is quadratic). */
  maxCandidatesForCloseness: number;
  /** Fit the temperature; false keeps `temperature`. */
  calibrate: boolean;
  /** The temperature used when it is not fitted (1: the raw posterior). */
  temperature: number;
  /** Learn which sources copy each other from shared false values (copying.ts). */
  detectCopying: boolean;
  /** Called after each EM iteration with the largest change of a source's accuracy (progress, tracing). */
  onIteration?: (iteration: number, change: number) => void;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  // The v1 confidence's discounts (README), kept so that the two agree on what a hedge is worth.
  hedgedWeight: 0.6,
  secondHandWeight: 0.85,
  copyWeight: 0.25,
  priorStrength: 4,
  hyperpriorStrength: 10,
  priorAccuracy: 0.8,
  maxIterations: 100,
  tolerance: 1e-3,
  maxCandidatesForCloseness: 256,
  calibrate: true,
  temperature: 1,
  detectCopying: true,
};

/** The fitted model: what the engine learnt about the sources and the domain. */
export interface EngineModel {
  /** a_s: probability that a claim of source s is exactly right. */
  accuracy: Float64Array;
  /** q_s: share of source s's errors that are near misses (partial, rounded) rather than other values. */
  nearShare: Float64Array;
  /** Total claim weight of each source (how much the estimates rest on). */
  sourceWeight: Float64Array;
  /** N: the number of plausible false values per item, estimated from chance agreement of wrong claims. */
  falseValues: number;
  /** T: the calibration temperature. */
  temperature: number;
  iterations: number;
  /** Estimated dependence between sources, or null when copy detection is off. */
  dependence: SourcePairs | null;
  /** Corpus-wide means, the centres of the priors. */
  meanAccuracy: number;
  meanNearShare: number;
}

/** Why a value got its probability. */
export interface ValueExplanation {
  /** Sources that claim exactly this value. */
  supporters: number;
  /** Supporters after restatements in one copy group are counted once. */
  independentSupporters: number;
  /** Supporters counted as copies (copy groups) and so discounted. */
  copiesDiscounted: number;
  /** Sum of the supporting claims' weights (after hedging, hearsay and copy discounts). */
  supportingWeight: number;
  /** Weight lent by claims of close values (a partial list, a rounding), each times its closeness. */
  closeSupport: number;
  /** Sources that claim an incompatible value. */
  contradictingSources: number;
  /** Their claims' weight, minus what closeness gives back. */
  contradictingWeight: number;
  hedgedSupporters: number;
  secondHandSupporters: number;
  /** Supporters and the reliability the engine used for each, most reliable first. */
  reliabilities: Array<{ source: number; reliability: number }>;
}

/** The engine's answer for one candidate value. */
export interface ValueVerdict {
  candidate: number;
  probability: number;
  isChosen: boolean;
  explanation: ValueExplanation;
}

// ---------------------------------------------------------------------------------------------------

/** Closeness matrices kept between iterations, in numbers (8 bytes each): 64 MB. */
const KERNEL_CACHE_FLOATS = 8_000_000;
/** Iterations before copy detection starts: the first posteriors are too rough to call values false. */
const COPY_WARMUP = 3;

interface KernelCache {
  /** By item index: items are numbered from 0, and a Map's lookup cost more than the rest of prepare. */
  byItem: Array<Float64Array | null | undefined>;
  size: number;
}
const DAMPING_AFTER = 10;
/** Prior on N: 10 false values, worth 10 pairs of wrong claims. */
const N_PRIOR = 10;
const N_PRIOR_PAIRS = 10;
/** Share of the values nobody claimed that a bound admits. */
const BOUND_FIT = 0.5;
/** Where the near-miss share starts, and where a tiny corpus leaves it (accuracy: options.priorAccuracy). */
const HYPERPRIOR_NEAR_SHARE = 0.3;
const NEAR_NORM_FLOOR = 1;

/** One item prepared for scoring: effective weights, closeness matrix, which candidates can be answers. */
interface PreparedItem {
  m: number;
  /** The item's number of false values: the caller's hint, else the corpus estimate N. */
  n: number;
  /** kernel[c * m + t] = supportOf(candidate c claimed, candidate t true); null when only equality counts. */
  kernel: Float64Array | null;
  /** nearNorm[t]: total closeness of the other candidates to t; a near miss lands on c with k(c, t) / nearNorm[t]. */
  nearNorm: Float64Array;
  /** fits[c * m + t]: a bound c is satisfied by t. */
  answerable: Uint8Array;
  answerableCount: number;
  sources: Int32Array;
  values: Int32Array;
  weights: Float64Array;
  /** Weights before copies are discounted (hedging, certainty and splitting only). */
  ownWeights: Float64Array;
  /** Restatements discounted by copy groups or by learned dependence. */
  isCopy: Uint8Array;
  flags: Uint8Array;
}

function prepare(claims: ItemClaims, accuracy: Float64Array, falseValues: number, options: EngineOptions, dependence: SourcePairs | null, kernelCache?: KernelCache, item?: number): PreparedItem {
  const { candidates } = claims;
  const m = candidates.length;
  let kernel: Float64Array | null = null;
  const cached = item !== undefined ? kernelCache?.byItem[item] : undefined;
  if (cached !== undefined) kernel = cached;
  else {
    if (m > 1 && m <= options.maxCandidatesForCloseness && candidates.some((c) => c.typed)) {
      kernel = new Float64Array(m * m);
      for (let c = 0; c < m; c++) {
        const claimed = candidates[c]?.typed;
        for (let t = 0; t < m; t++) {
          const truth = candidates[t]?.typed;
          kernel[c * m + t] = c === t ? 1 : claimed && truth ? supportOf(claimed, truth) : 0;
        }
      }
    }
    if (item !== undefined && kernelCache && kernelCache.size + (kernel?.length ?? 0) <= KERNEL_CACHE_FLOATS) {
      kernelCache.byItem[item] = kernel;
      kernelCache.size += kernel?.length ?? 0;
    }
  }
  const nearNorm = new Float64Array(m).fill(1);
  if (kernel) {
    for (let t = 0; t < m; t++) {
      let z = 0;
      for (let c = 0; c < m; c++) if (c !== t) z += kernel[c * m + t] ?? 0;
      nearNorm[t] = Math.max(z, NEAR_NORM_FLOOR);
    }
  }
  const answerable = new Uint8Array(m);
  let answerableCount = 0;
  for (let c = 0; c < m; c++) if (!candidates[c]?.isBound) answerable[c] = 1;
  for (let c = 0; c < m; c++) answerableCount += answerable[c] ?? 0;
  if (answerableCount === 0) {
    answerable.fill(1);
    answerableCount = m;
  }

  // One claim per (source, value), at its highest weight; a source giving k values for one item
  // splits its weight among them.
  const n = claims.sources.length;
  const best = new Map<number, number>();
  const base = new Float64Array(n);
  const keyOf = (j: number): number => (claims.sources[j] ?? 0) * (m + 1) + (claims.values[j] ?? 0);
  for (let j = 0; j < n; j++) {
    const flags = claims.flags?.[j] ?? 0;
    base[j] = Math.min(1, Math.max(0, claims.weights?.[j] ?? 1)) * (flags & HEDGED ? options.hedgedWeight : 1) * (flags & SECOND_HAND ? options.secondHandWeight : 1);
    if (n === 1) continue;
    const key = keyOf(j);
    const previous = best.get(key);
    if (previous === undefined || (base[previous] ?? 0) < (base[j] ?? 0)) best.set(key, j);
  }
  // A lone claim (three items in four of the 1,683 FNC-1 bodies) is kept as it is, and is no copy
  // of another: the maps and groups below would give it back unchanged. The others kept are each
  // key's best, in claim order: found by going through the claims in order, not by sorting the map's
  // values (prepare runs for every item in every iteration, and the sort's copies were a third of
  // what it allocated).
  const kept: number[] = [];
  if (n === 1) kept.push(0);
  else for (let j = 0; j < n; j++) if (best.get(keyOf(j)) === j) kept.push(j);
  const valuesPerSource = new Map<number, number>();
  for (const j of kept) valuesPerSource.set(claims.sources[j] ?? 0, (valuesPerSource.get(claims.sources[j] ?? 0) ?? 0) + 1);
  const k = kept.length;
  const out: PreparedItem = {
    m, n: Math.max(1, claims.falseValues ?? falseValues), kernel, nearNorm, answerable, answerableCount,
    sources: new Int32Array(k), values: new Int32Array(k), weights: new Float64Array(k), ownWeights: new Float64Array(k), isCopy: new Uint8Array(k), flags: new Uint8Array(k),
  };
  for (let x = 0; x < k; x++) {
    const j = kept[x] as number;
    const s = claims.sources[j] ?? 0;
    out.sources[x] = s;
    out.values[x] = claims.values[j] ?? 0;
    out.weights[x] = (base[j] ?? 0) / (valuesPerSource.get(s) ?? 1);
    out.ownWeights[x] = out.weights[x] ?? 0;
    out.flags[x] = claims.flags?.[j] ?? 0;
  }
  // Copy groups: within a group, the claims of one value after the most reliable one are restatements.
  if (claims.groups && k > 1) {
    // Keyed by group and value as one number (a value is below m + 1), not a string made per claim.
    const byGroup = new Map<number, number[]>();
    for (let x = 0; x < k; x++) {
      const g = claims.groups[kept[x] as number] ?? -1;
      if (g < 0) continue;
      const key = g * (m + 1) + (out.values[x] ?? 0);
      const list = byGroup.get(key);
      if (list) list.push(x);
      else byGroup.set(key, [x]);
    }
    for (const list of byGroup.values()) {
      list.sort((x, y) => (accuracy[out.sources[y] ?? 0] ?? 0) - (accuracy[out.sources[x] ?? 0] ?? 0) || (out.weights[y] ?? 0) - (out.weights[x] ?? 0) || x - y);
      for (let i = 1; i < list.length; i++) {
        const x = list[i] as number;
        out.weights[x] = (out.weights[x] ?? 0) * options.copyWeight;
        out.isCopy[x] = 1;
      }
    }
  }
  // Learned dependence: among the sources claiming one value, the most reliable counts in full and
  // each other counts (1 - c d) less for every source before it that it may have copied.
  if (dependence && dependence.size > 0 && k > 1) {
    const byValue = new Map<number, number[]>();
    for (let x = 0; x < k; x++) {
      const list = byValue.get(out.values[x] ?? 0) ?? [];
      list.push(x);
      byValue.set(out.values[x] ?? 0, list);
    }
    for (const list of byValue.values()) {
      if (list.length < 2) continue;
      list.sort((x, y) => (accuracy[out.sources[y] ?? 0] ?? 0) - (accuracy[out.sources[x] ?? 0] ?? 0) || x - y);
      for (let i = 1; i < list.length; i++) {
        const x = list[i] ?? 0;
        let factor = 1;
        for (let h = 0; h < i; h++) factor *= 1 - COPY_RATE * dependence.dependenceOf(out.sources[x] ?? 0, out.sources[list[h] ?? 0] ?? 0);
        out.weights[x] = (out.weights[x] ?? 0) * factor;
        if (factor < 0.5) out.isCopy[x] = 1;
      }
    }
  }
  return out;
}

interface Params {
  accuracy: Float64Array;
  nearShare: Float64Array;
  falseValues: number;
}

/** ln P(claim of value c by a source with accuracy a, near share q | truth t). */
function claimLogLikelihood(item: PreparedItem, c: number, t: number, a: number, q: number): number {
  const n = item.n;
  const k = item.kernel ? (item.kernel[c * item.m + t] ?? 0) : c === t ? 1 : 0;
  if (c === t || (!item.answerable[c] && k >= 0.8)) return Math.log(a);
  return Math.log(1 - a) + Math.log((1 - q) / n + (q * k) / (item.nearNorm[t] ?? 1));
}

/**
 * Log-likelihood sums per candidate truth (index m is "a value nobody claimed"), untempered.
 * `skip` leaves one claim out.
 */
function logLikelihoods(item: PreparedItem, p: Params, out: Float64Array, skip = -1): void {
  const { m } = item;
  out.fill(0, 0, m + 1);
  for (let j = 0; j < item.sources.length; j++) {
    if (j === skip) continue;
    const s = item.sources[j] ?? 0;
    const w = item.weights[j] ?? 0;
    if (w <= 0) continue;
    const a = p.accuracy[s] ?? 0.5;
    const q = p.nearShare[s] ?? 0;
    const c = item.values[j] ?? 0;
    for (let t = 0; t < m; t++) if (item.answerable[t]) out[t] = (out[t] ?? 0) + w * claimLogLikelihood(item, c, t, a, q);
    out[m] = (out[m] ?? 0) + w * unclaimedLogLikelihood(item, c, a);
  }
}

/**
 * ln P(claim of value c | the truth is a value nobody claimed): the claim is wrong, except that a bound
 * ("at least 7") admits some of the values nobody named (about half: it cuts the line in two).
 */
function unclaimedLogLikelihood(item: PreparedItem, c: number, a: number): number {
  if (!item.answerable[c]) return Math.log(BOUND_FIT * a + ((1 - BOUND_FIT) * (1 - a)) / item.n);
  return Math.log(1 - a) - Math.log(item.n);
}

/** Posterior over the m candidates and "unclaimed" (index m) at temperature T. */
function posterior(item: PreparedItem, ll: Float64Array, temperature: number, out: Float64Array): void {
  const { m } = item;
  const unclaimed = Math.max(1, item.n + 1 - item.answerableCount);
  let max = -Infinity;
  for (let t = 0; t <= m; t++) {
    const logit = t === m ? temperature * (ll[m] ?? 0) + Math.log(unclaimed) : item.answerable[t] ? temperature * (ll[t] ?? 0) : -Infinity;
    out[t] = logit;
    if (logit > max) max = logit;
  }
  let sum = 0;
  for (let t = 0; t <= m; t++) {
    const e = Number.isFinite(out[t] ?? -Infinity) ? Math.exp((out[t] ?? 0) - max) : 0;
    out[t] = e;
    sum += e;
  }
  for (let t = 0; t <= m; t++) out[t] = (out[t] ?? 0) / sum;
}

/** Probability that claim value c is right under posterior P: exactly, or as a bound that the truth fits. */
function probabilityRight(item: PreparedItem, c: number, post: Float64Array): number {
  if (item.answerable[c]) return post[c] ?? 0;
  let p = BOUND_FIT * (post[item.m] ?? 0);
  for (let t = 0; t < item.m; t++) if (item.answerable[t] && (item.kernel?.[c * item.m + t] ?? 0) >= 0.8) p += post[t] ?? 0;
  return p;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * Fits the engine on a corpus: EM over source accuracies, near-miss shares and the number of false
 * values, then the calibration temperature. Visits the corpus once per iteration.
 */
export function fitEngine(corpus: ClaimCorpus, options: Partial<EngineOptions> = {}): EngineModel {
  const o = { ...DEFAULT_ENGINE_OPTIONS, ...options };
  const S = corpus.sourceCount;
  const p: Params = { accuracy: new Float64Array(S).fill(o.priorAccuracy), nearShare: new Float64Array(S).fill(HYPERPRIOR_NEAR_SHARE), falseValues: N_PRIOR };
  let meanAccuracy = o.priorAccuracy;
  let meanNearShare = HYPERPRIOR_NEAR_SHARE;
  const sourceWeight = new Float64Array(S);
  const kernels: KernelCache = { byItem: [], size: 0 };
  const dependence = o.detectCopying ? new SourcePairs(S) : null;
  let iterations = 0;
  let claimCount = 0;
  let ll = new Float64Array(16);
  let post = new Float64Array(16);
  for (; iterations < o.maxIterations; iterations++) {
    const exact = new Float64Array(S);
    const near = new Float64Array(S);
    const weight = new Float64Array(S);
    const wrong = new Float64Array(S);
    let agreeingWrongPairs = 0;
    let wrongPairs = 0;
    claimCount = 0;
    // An item of one claim adds nothing below: it is not corroborable, and a lone claim makes no pair
    // to agree by chance. Unless dependence is learnt from it, it is only counted (three items in four
    // of the 1,683 FNC-1 bodies, in every iteration): a corpus that can pass over such items does, and
    // says how many claims they held; the others are counted here.
    const passedOver = corpus.forEachItem((itemIndex, claims) => {
      if (claims.sources.length === 1 && !dependence) {
        claimCount += 1;
        return;
      }
      const item = prepare(claims, p.accuracy, p.falseValues, o, iterations >= COPY_WARMUP ? dependence : null, kernels, itemIndex);
      claimCount += item.sources.length;
      if (ll.length < item.m + 1) {
        ll = new Float64Array(2 * (item.m + 1));
        post = new Float64Array(2 * (item.m + 1));
      }
      logLikelihoods(item, p, ll);
      posterior(item, ll, 1, post);
      dependence?.count(item.sources, item.values, item.ownWeights, (v) => probabilityRight(item, v, post));
      const valueWeight = new Float64Array(item.m);
      const valueSquares = new Float64Array(item.m);
      // An item that only one source speaks to says nothing about that source's accuracy: its
      // posterior is the prior shrunk by the claim's weight, and counting it would drag a_s towards 1/2.
      let isCorroborable = false;
      for (let j = 1; j < item.sources.length && !isCorroborable; j++) isCorroborable = item.sources[j] !== item.sources[0];
      for (let j = 0; j < item.sources.length && isCorroborable; j++) {
        const s = item.sources[j] ?? 0;
        // A source's accuracy is judged on all its claims at their own weight: discounting its copies
        // here would leave mostly its unshared (often wrong) claims and judge it too harshly.
        const own = item.ownWeights[j] ?? 0;
        const w = item.weights[j] ?? 0;
        const c = item.values[j] ?? 0;
        const right = probabilityRight(item, c, post);
        // q_s by moments: the share of the source's errors whose value is related to the truth
        // (closeness > 0). Read off the posterior directly rather than by responsibilities, which would
        // let near and far errors trade explanations and drift to a degenerate q (see the note above).
        let nearMass = 0;
        for (let t = 0; t < item.m; t++) {
          if (t === c || !item.answerable[t]) continue;
          const k = item.kernel?.[c * item.m + t] ?? 0;
          if (k > 0 && !(!item.answerable[c] && k >= 0.8)) nearMass += post[t] ?? 0;
        }
        exact[s] = (exact[s] ?? 0) + own * right;
        near[s] = (near[s] ?? 0) + own * nearMass;
        wrong[s] = (wrong[s] ?? 0) + own * (1 - right);
        weight[s] = (weight[s] ?? 0) + own;
        valueWeight[c] = (valueWeight[c] ?? 0) + w;
        valueSquares[c] = (valueSquares[c] ?? 0) + w * w;
      }
      // Chance agreement, for N: among pairs of claims whose values are both unrelated to the truth
      // (closeness 0, so no near miss can explain them), the share that name the same value. Averaged
      // over the posterior of the truth, the unclaimed truth included.
      for (let t = 0; t <= item.m; t++) {
        const pt = post[t] ?? 0;
        if (pt < 1e-6 || (t < item.m && !item.answerable[t])) continue;
        let sum = 0;
        let squares = 0;
        let agreeing = 0;
        for (let c = 0; c < item.m; c++) {
          if (c === t || (t < item.m && (item.kernel?.[c * item.m + t] ?? 0) > 0)) continue;
          const w = valueWeight[c] ?? 0;
          const w2 = valueSquares[c] ?? 0;
          sum += w;
          squares += w2;
          agreeing += (w * w - w2) / 2;
        }
        wrongPairs += (pt * (sum * sum - squares)) / 2;
        agreeingWrongPairs += pt * agreeing;
      }
    }, dependence ? 0 : 2);
    claimCount += passedOver ?? 0;
    let totalExact = 0;
    let totalWeight = 0;
    let totalNear = 0;
    let totalWrong = 0;
    for (let s = 0; s < S; s++) {
      totalExact += exact[s] ?? 0;
      totalWeight += weight[s] ?? 0;
      totalNear += near[s] ?? 0;
      totalWrong += wrong[s] ?? 0;
    }
    // The centres of the priors are themselves shrunk towards fixed values, so that a handful of claims
    // on which nobody disagrees does not make every source look perfect.
    meanAccuracy = clamp((totalExact + o.hyperpriorStrength * o.priorAccuracy) / (totalWeight + o.hyperpriorStrength), 0.05, 0.99);
    meanNearShare = clamp((totalNear + o.hyperpriorStrength * HYPERPRIOR_NEAR_SHARE) / (totalWrong + o.hyperpriorStrength), 0.01, 0.99);
    let change = 0;
    for (let s = 0; s < S; s++) {
      const a = clamp(((exact[s] ?? 0) + o.priorStrength * meanAccuracy) / ((weight[s] ?? 0) + o.priorStrength), 0.01, 0.995);
      const q = clamp(((near[s] ?? 0) + o.priorStrength * meanNearShare) / ((wrong[s] ?? 0) + o.priorStrength), 0.01, 0.99);
      // Damped after the first iterations: an item whose answer flips with a source's accuracy could
      // otherwise keep the two swinging in a cycle.
      const keep = iterations < DAMPING_AFTER ? 0 : 0.5;
      const nextA = keep * (p.accuracy[s] ?? a) + (1 - keep) * a;
      change = Math.max(change, Math.abs(nextA - (p.accuracy[s] ?? 0)));
      p.accuracy[s] = nextA;
      p.nearShare[s] = keep * (p.nearShare[s] ?? q) + (1 - keep) * q;
      sourceWeight[s] = weight[s] ?? 0;
    }
    // 1/N is the rate at which two far-wrong claims agree; bounded so that one odd corpus cannot make
    // agreement worthless (N < 2) or absolute.
    // With a pseudo-count towards N = 10, so that a corpus with a handful of wrong claims (none of them
    // agreeing) does not conclude that errors never coincide.
    const n = (wrongPairs + N_PRIOR_PAIRS) / (agreeingWrongPairs + N_PRIOR_PAIRS / N_PRIOR);
    change = Math.max(change, Math.abs(Math.log(clamp(n, 2, 1e4)) - Math.log(p.falseValues)) / 10);
    p.falseValues = clamp(n, 2, 1e4);
    if (dependence && iterations + 1 >= COPY_WARMUP) dependence.estimate(p.accuracy, p.falseValues);
    dependence?.reset();
    o.onIteration?.(iterations, change);
    // Copy detection starts after COPY_WARMUP iterations; give it two more before judging convergence.
    if (change < o.tolerance && (!dependence || iterations >= COPY_WARMUP + 2)) {
      iterations++;
      break;
    }
  }
  const temperature = o.calibrate ? fitTemperature(corpus, p, o, dependence, kernels, claimCount) : o.temperature;
  return { accuracy: p.accuracy, nearShare: p.nearShare, sourceWeight, falseValues: p.falseValues, temperature, iterations, dependence, meanAccuracy, meanNearShare };
}

/** Claims the temperature is fitted on, at most (a sample of items past this). */
const TEMPERATURE_SAMPLE_CLAIMS = 250_000;
/** Spread of the prior on ln T. */
const TEMPERATURE_PRIOR_SD = 0.5;
/** Temperatures tried; the leave-one-out likelihood is smooth in T, so a grid is enough. */
const TEMPERATURES = Array.from({ length: 20 }, (_, i) => (i + 1) / 20);

/**
 * The temperature that best predicts, for each claim, whether it names the value the other claims on its
 * item favour (leave-one-out Bernoulli log-likelihood, weighted by claim weight). Only agreement with the
 * favourite is predicted, not which wrong value a dissenting claim names, so that a rough model of how
 * sources err (truncated lists, garbled names) does not decide the temperature. Items with one claim
 * say nothing about T and are skipped.
 */
function fitTemperature(corpus: ClaimCorpus, p: Params, o: EngineOptions, dependence: SourcePairs | null, kernels: KernelCache, claimCount: number): number {
  const score = new Float64Array(TEMPERATURES.length);
  let full = new Float64Array(16);
  let ll = new Float64Array(16);
  let post = new Float64Array(16);
  let namesMode = new Float64Array(16);
  // One number is being fitted: a fixed sample of items (every stride-th by a hash of its index) is plenty.
  const stride = Math.max(1, Math.ceil(claimCount / TEMPERATURE_SAMPLE_CLAIMS));
  corpus.forEachItem((itemIndex, claims) => {
    if (stride > 1 && (Math.imul(itemIndex + 1, 2654435761) >>> 0) % stride !== 0) return;
    const item = prepare(claims, p.accuracy, p.falseValues, o, dependence, kernels, itemIndex);
    if (item.sources.length < 2) return;
    if (full.length < item.m + 1) {
      full = new Float64Array(2 * (item.m + 1));
      ll = new Float64Array(2 * (item.m + 1));
      post = new Float64Array(2 * (item.m + 1));
      namesMode = new Float64Array(2 * (item.m + 1));
    }
    logLikelihoods(item, p, full);
    for (let j = 0; j < item.sources.length; j++) {
      const s = item.sources[j] ?? 0;
      const w = item.weights[j] ?? 0;
      if (w <= 0) continue;
      const a = p.accuracy[s] ?? 0.5;
      const q = p.nearShare[s] ?? 0;
      const c = item.values[j] ?? 0;
      // Remove claim j's own terms from the sums.
      for (let t = 0; t < item.m; t++) ll[t] = item.answerable[t] ? (full[t] ?? 0) - w * claimLogLikelihood(item, c, t, a, q) : 0;
      ll[item.m] = (full[item.m] ?? 0) - w * unclaimedLogLikelihood(item, c, a);
      // The others' favourite does not depend on T (T > 0 only scales the sums), nor does how likely
      // this source is to name it when it is wrong.
      let mode = -1;
      for (let t = 0; t < item.m; t++) if (item.answerable[t] && (mode < 0 || (ll[t] ?? 0) > (ll[mode] ?? 0))) mode = t;
      if (mode < 0) continue;
      for (let t = 0; t < item.m; t++) namesMode[t] = t !== mode && item.answerable[t] ? Math.exp(claimLogLikelihood(item, mode, t, a, q)) : 0;
      const agrees = c === mode || (!item.answerable[c] && (item.kernel?.[c * item.m + mode] ?? 0) >= 0.8);
      TEMPERATURES.forEach((temperature, x) => {
        posterior(item, ll, temperature, post);
        // P(the held-out claim names the value the other claims favour): right when that value is the
        // truth, or wrong in just that way when it is not.
        let agree = (post[mode] ?? 0) * a;
        for (let t = 0; t < item.m; t++) agree += (post[t] ?? 0) * (namesMode[t] ?? 0);
        score[x] = (score[x] ?? 0) + w * Math.log(Math.max(agrees ? agree : 1 - agree, 1e-300));
      });
    }
  });
  // A weak log-normal prior around T = 1 (no correction): a corpus of a few items cannot move T far;
  // Book's 33,000 claims outweigh it by orders of magnitude.
  const logPrior = (t: number): number => -(Math.log(t) ** 2) / (2 * TEMPERATURE_PRIOR_SD ** 2);
  let best = TEMPERATURES.length - 1;
  for (let x = 0; x < TEMPERATURES.length; x++) {
    if ((score[x] ?? -Infinity) + logPrior(TEMPERATURES[x] ?? 1) > (score[best] ?? -Infinity) + logPrior(TEMPERATURES[best] ?? 1)) best = x;
  }
  return TEMPERATURES[best] ?? 1;
}

/**
 * Scores one item with a fitted model: a verdict per candidate (same order as `claims.candidates`).
 * The chosen value is the most probable answerable candidate (ties: the one more claims name, then the first).
 */
export function scoreItem(claims: ItemClaims, model: EngineModel, options: Partial<EngineOptions> = {}): ValueVerdict[] {
  const o = { ...DEFAULT_ENGINE_OPTIONS, ...options };
  const p: Params = { accuracy: model.accuracy, nearShare: model.nearShare, falseValues: model.falseValues };
  const item = prepare(claims, model.accuracy, model.falseValues, o, model.dependence);
  const ll = new Float64Array(item.m + 1);
  const post = new Float64Array(item.m + 1);
  logLikelihoods(item, p, ll);
  posterior(item, ll, model.temperature, post);
  const verdicts: ValueVerdict[] = [];
  const supportCount = new Float64Array(item.m);
  for (let j = 0; j < item.sources.length; j++) supportCount[item.values[j] ?? 0] = (supportCount[item.values[j] ?? 0] ?? 0) + (item.weights[j] ?? 0);
  let chosen = -1;
  for (let c = 0; c < item.m; c++) {
    if (!item.answerable[c]) continue;
    if (chosen < 0 || (post[c] ?? 0) > (post[chosen] ?? 0) + 1e-12 || (Math.abs((post[c] ?? 0) - (post[chosen] ?? 0)) <= 1e-12 && (supportCount[c] ?? 0) > (supportCount[chosen] ?? 0))) chosen = c;
  }
  for (let c = 0; c < item.m; c++) {
    const supporters = new Set<number>();
    const copies = new Set<number>();
    const contradicting = new Set<number>();
    const reliabilities = new Map<number, number>();
    let supportingWeight = 0;
    let closeSupport = 0;
    let contradictingWeight = 0;
    let hedged = 0;
    let secondHand = 0;
    for (let j = 0; j < item.sources.length; j++) {
      const s = item.sources[j] ?? 0;
      const v = item.values[j] ?? 0;
      const w = item.weights[j] ?? 0;
      if (v === c) {
        supporters.add(s);
        if (item.isCopy[j]) copies.add(s);
        supportingWeight += w;
        reliabilities.set(s, model.accuracy[s] ?? 0);
        if ((item.flags[j] ?? 0) & HEDGED) hedged++;
        if ((item.flags[j] ?? 0) & SECOND_HAND) secondHand++;
      } else {
        const k = item.kernel?.[v * item.m + c] ?? 0;
        if (k > 0) closeSupport += w * k;
        if (k < 0.5) {
          contradicting.add(s);
          contradictingWeight += w * (1 - k);
        }
      }
    }
    for (const s of supporters) contradicting.delete(s);
    verdicts.push({
      candidate: c,
      probability: probabilityRight(item, c, post),
      isChosen: c === chosen,
      explanation: {
        supporters: supporters.size,
        independentSupporters: supporters.size - [...copies].filter((s) => supporters.has(s)).length,
        copiesDiscounted: copies.size,
        supportingWeight,
        closeSupport,
        contradictingSources: contradicting.size,
        contradictingWeight,
        hedgedSupporters: hedged,
        secondHandSupporters: secondHand,
        reliabilities: [...reliabilities.entries()].map(([source, reliability]) => ({ source, reliability })).sort((x, y) => y.reliability - x.reliability || x.source - y.source),
      },
    });
  }
  return verdicts;
}

// ---------------------------------------------------------------------------------------------------
// The in-memory API: records in, records out.

/** A value's verdict with names instead of indices. */
export interface ValueResult {
  item: string;
  value: string;
  probability: number;
  isChosen: boolean;
  explanation: Omit<ValueExplanation, 'reliabilities'> & { reliabilities: Array<{ source: string; reliability: number }>; summary: string };
}

export interface SourceResult {
  source: string;
  /** Probability that a claim of this source is exactly right. */
  reliability: number;
  /** Total weight of its claims, i.e. how much the estimate rests on. */
  claimWeight: number;
}

export interface TruthResult {
  values: ValueResult[];
  sources: SourceResult[];
  model: EngineModel;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One sentence a reader can check against the evidence. */
export function summarise(e: ValueExplanation, probability: number): string {
  const parts = [`${plural(e.independentSupporters, 'independent source supports', 'independent sources support')} it`];
  if (e.copiesDiscounted > 0) parts.push(`${plural(e.copiesDiscounted, 'copy', 'copies')} of the same statement counted at a quarter`);
  if (e.hedgedSupporters > 0) parts.push(`${plural(e.hedgedSupporters, 'supporting claim is', 'supporting claims are')} hedged`);
  if (e.secondHandSupporters > 0) parts.push(`${plural(e.secondHandSupporters, 'is', 'are')} second-hand`);
  if (e.closeSupport > 0) parts.push(`close values add ${e.closeSupport.toFixed(2)}`);
  if (e.contradictingSources > 0) parts.push(`${plural(e.contradictingSources, 'source says', 'sources say')} otherwise (weight ${e.contradictingWeight.toFixed(2)})`);
  if (e.reliabilities.length > 0) parts.push(`supporters' reliability ${e.reliabilities.map((r) => r.reliability.toFixed(2)).join(', ')}`);
  return `${parts.join('; ')}: probability ${probability.toFixed(2)}`;
}

/** The in-memory input: claims, and optionally typed values and what is known of each item. */
export interface TruthInput {
  claims: readonly ClaimRecord[];
  /** Typed forms and bounds, so that close values support each other; without them only equal values agree. */
  values?: readonly ValueRecord[];
  items?: readonly ItemRecord[];
}

/**
 * Runs the engine on claim records (see the module header and corpus.ts for the fields). Returns every
 * candidate value with its probability and explanation, and every source's reliability.
 */
/**
 * `onItem`, when given, receives each item's values as they are scored and the result's `values` is
 * empty: a caller that turns them into its own records does not hold every explanation at once (at
 * 16,000 articles the engine's explanations were a third of the build's heap).
 */
export function discoverTruth(input: TruthInput, options: Partial<EngineOptions> = {}, onItem?: (values: ValueResult[]) => void): TruthResult {
  const { claims, values = [], items = [] } = input;
  return discoverTruthInCorpus(memoryCorpus(claims, values, items), options, onItem);
}

/** discoverTruth on a corpus already built from records (memoryCorpus), so the records can go first. */
export function discoverTruthInCorpus(corpus: MemoryCorpus, options: Partial<EngineOptions> = {}, onItem?: (values: ValueResult[]) => void): TruthResult {
  const model = fitEngine(corpus, options);
  const kept: ValueResult[] = [];
  corpus.forEachItem((item, itemClaims) => {
    const results: ValueResult[] = onItem ? [] : kept;
    for (const verdict of scoreItem(itemClaims, model, options)) {
      const { reliabilities, ...rest } = verdict.explanation;
      const explanation = { ...rest, reliabilities: reliabilities.map((r) => ({ source: corpus.sourceNames[r.source] ?? '', reliability: r.reliability })) };
      results.push({
        item: corpus.itemNames[item] ?? '',
        value: itemClaims.candidates[verdict.candidate]?.key ?? '',
        probability: verdict.probability,
        isChosen: verdict.isChosen,
        explanation: { ...explanation, summary: summarise(verdict.explanation, verdict.probability) },
      });
    }
    onItem?.(results);
  });
  const sources = corpus.sourceNames.map((source, s) => ({ source, reliability: model.accuracy[s] ?? 0, claimWeight: model.sourceWeight[s] ?? 0 }));
  return { values: kept, sources, model };
}
