// Classic truth-discovery algorithms, implemented as published, as references for the engine: majority
// vote, TruthFinder (Yin, Han & Yu, KDD 2007) and Accu / AccuSim (Dong, Berti-Equille & Srivastava,
// VLDB 2009, without copy detection). They read the same corpus (same normalised values) as the engine.

import type { ClaimCorpus, ItemClaims } from './corpus.js';
import { supportOf as supportOfTyped } from './values.js';

/** An algorithm's answer for one item: a score per candidate and the chosen candidate (-1 when none). */
export interface ItemAnswer {
  probabilities: Float64Array;
  chosen: number;
}

export type ItemScorer = (claims: ItemClaims) => ItemAnswer;

/** Candidates that may be chosen: bounds ("et al.", "at least") only when the item has nothing else. */
function answerable(claims: ItemClaims): boolean[] {
  const flags = claims.candidates.map((c) => !c.isBound);
  return flags.some(Boolean) ? flags : flags.map(() => true);
}

/** One claim per (source, value): a store that lists a book twice has said it once. */
function distinctClaims(claims: ItemClaims): Array<{ source: number; value: number }> {
  const seen = new Set<number>();
  const out: Array<{ source: number; value: number }> = [];
  const m = claims.candidates.length + 1;
  for (let j = 0; j < claims.sources.length; j++) {
    const source = claims.sources[j] ?? 0;
    const value = claims.values[j] ?? 0;
    if (seen.has(source * m + value)) continue;
    seen.add(source * m + value);
    out.push({ source, value });
  }
  return out;
}

function argmax(scores: Float64Array, allowed: boolean[], tieBreak: Float64Array): number {
  let best = -1;
  for (let c = 0; c < scores.length; c++) {
    if (!allowed[c]) continue;
    if (best < 0 || (scores[c] ?? 0) > (scores[best] ?? 0) + 1e-12 || (Math.abs((scores[c] ?? 0) - (scores[best] ?? 0)) <= 1e-12 && (tieBreak[c] ?? 0) > (tieBreak[best] ?? 0))) best = c;
  }
  return best;
}

function counts(claims: ItemClaims): Float64Array {
  const n = new Float64Array(claims.candidates.length);
  for (const { value } of distinctClaims(claims)) n[value] = (n[value] ?? 0) + 1;
  return n;
}

/** Majority vote: the value most sources claim; its probability is its share of the votes. */
export function majorityVote(): ItemScorer {
  return (claims) => {
    const votes = counts(claims);
    const allowed = answerable(claims);
    let total = 0;
    for (let c = 0; c < votes.length; c++) if (allowed[c]) total += votes[c] ?? 0;
    const probabilities = votes.map((v, c) => (allowed[c] && total > 0 ? v / total : 0));
    return { probabilities, chosen: argmax(probabilities, allowed, votes) };
  };
}

export interface TruthFinderOptions {
  /** Initial trustworthiness t(w). */
  initialTrust: number;
  /** Dampening factor gamma of the logistic. */
  gamma: number;
  /** Weight rho of implication between facts. */
  rho: number;
  /** base_sim: implication is similarity minus this, so unrelated values count against each other. */
  baseSimilarity: number;
  /** Stop when 1 - cosine(trust before, trust after) falls below this. */
  tolerance: number;
  maxIterations: number;
  /** sim(f', f) in [0, 1] between candidates (the engine's closeness by default). */
  similarity: (claims: ItemClaims, from: number, to: number) => number;
}

/**
 * TruthFinder. Source trust t(w) is the mean confidence of its facts; a fact's confidence score is
 * sigma(f) = sum of -ln(1 - t(w)) over its sources, adjusted by the facts that imply it,
 * sigma*(f) = sigma(f) + rho sum sigma(f') imp(f' -> f), and s(f) = 1 / (1 + exp(-gamma sigma*(f))).
 * Parameters as in the paper: t0 = 0.9, gamma = 0.3, rho = 0.5, base_sim = 0.5, delta = 0.001.
 * Its s(f) is reported as the probability; it is a confidence, not a distribution over the values.
 */
export function fitTruthFinder(corpus: ClaimCorpus, options: Partial<TruthFinderOptions> = {}): ItemScorer {
  const o: TruthFinderOptions = { initialTrust: 0.9, gamma: 0.3, rho: 0.5, baseSimilarity: 0.5, tolerance: 0.001, maxIterations: 100, similarity: closeness, ...options };
  let trust = new Float64Array(corpus.sourceCount).fill(o.initialTrust);
  const confidences = (claims: ItemClaims, t: Float64Array): Float64Array => {
    const m = claims.candidates.length;
    const sigma = new Float64Array(m);
    for (const { source, value } of distinctClaims(claims)) sigma[value] = (sigma[value] ?? 0) - Math.log(Math.max(1e-9, 1 - (t[source] ?? 0)));
    const adjusted = new Float64Array(m);
    for (let f = 0; f < m; f++) {
      let sum = sigma[f] ?? 0;
      for (let g = 0; g < m; g++) if (g !== f) sum += o.rho * (sigma[g] ?? 0) * (o.similarity(claims, g, f) - o.baseSimilarity);
      adjusted[f] = 1 / (1 + Math.exp(-o.gamma * sum));
    }
    return adjusted;
  };
  for (let iteration = 0; iteration < o.maxIterations; iteration++) {
    const total = new Float64Array(corpus.sourceCount);
    const count = new Float64Array(corpus.sourceCount);
    corpus.forEachItem((_, claims) => {
      const s = confidences(claims, trust);
      for (const { source, value } of distinctClaims(claims)) {
        total[source] = (total[source] ?? 0) + (s[value] ?? 0);
        count[source] = (count[source] ?? 0) + 1;
      }
    });
    const next = total.map((x, i) => ((count[i] ?? 0) > 0 ? x / (count[i] ?? 1) : o.initialTrust));
    let dot = 0;
    let a2 = 0;
    let b2 = 0;
    for (let i = 0; i < next.length; i++) {
      dot += (next[i] ?? 0) * (trust[i] ?? 0);
      a2 += (next[i] ?? 0) ** 2;
      b2 += (trust[i] ?? 0) ** 2;
    }
    trust = next;
    if (1 - dot / Math.sqrt(a2 * b2 || 1) < o.tolerance) break;
  }
  const final = trust;
  return (claims) => {
    const probabilities = confidences(claims, final);
    return { probabilities, chosen: argmax(probabilities, answerable(claims), counts(claims)) };
  };
}

export interface AccuOptions {
  /** n: the number of false values in each item's domain. */
  falseValues: number;
  initialAccuracy: number;
  /** rho of AccuSim (0: plain Accu): how much the vote count of similar values adds. */
  rho: number;
  tolerance: number;
  maxIterations: number;
  similarity: (claims: ItemClaims, from: number, to: number) => number;
}

/**
 * Accu: a value's vote count is C(v) = sum over its sources of ln(n A(s) / (1 - A(s))), its probability
 * P(v) = exp(C(v)) / (sum over observed values of exp(C) + the n + 1 - |observed| unobserved values,
 * whose count is 0), and A(s) is the mean probability of the values s claims. AccuSim adds
 * rho x sum C(v') sim(v', v). Parameters: A0 = 0.8, n = 100, rho = 0.2 for AccuSim.
 */
export function fitAccu(corpus: ClaimCorpus, options: Partial<AccuOptions> = {}): ItemScorer {
  const o: AccuOptions = { falseValues: 100, initialAccuracy: 0.8, rho: 0, tolerance: 1e-4, maxIterations: 100, similarity: closeness, ...options };
  let accuracy = new Float64Array(corpus.sourceCount).fill(o.initialAccuracy);
  const probabilities = (claims: ItemClaims, a: Float64Array): Float64Array => {
    const m = claims.candidates.length;
    const votes = new Float64Array(m);
    for (const { source, value } of distinctClaims(claims)) {
      const acc = Math.min(0.99, Math.max(0.01, a[source] ?? o.initialAccuracy));
      votes[value] = (votes[value] ?? 0) + Math.log((o.falseValues * acc) / (1 - acc));
    }
    const adjusted = new Float64Array(votes);
    if (o.rho > 0) {
      for (let v = 0; v < m; v++) for (let w = 0; w < m; w++) if (w !== v) adjusted[v] = (adjusted[v] ?? 0) + o.rho * (votes[w] ?? 0) * o.similarity(claims, w, v);
    }
    const max = Math.max(0, ...adjusted);
    let sum = Math.max(0, o.falseValues + 1 - m) * Math.exp(-max);
    for (let v = 0; v < m; v++) sum += Math.exp((adjusted[v] ?? 0) - max);
    return adjusted.map((x) => Math.exp(x - max) / sum);
  };
  for (let iteration = 0; iteration < o.maxIterations; iteration++) {
    const total = new Float64Array(corpus.sourceCount);
    const count = new Float64Array(corpus.sourceCount);
    corpus.forEachItem((_, claims) => {
      const p = probabilities(claims, accuracy);
      for (const { source, value } of distinctClaims(claims)) {
        total[source] = (total[source] ?? 0) + (p[value] ?? 0);
        count[source] = (count[source] ?? 0) + 1;
      }
    });
    const next = total.map((x, i) => ((count[i] ?? 0) > 0 ? x / (count[i] ?? 1) : o.initialAccuracy));
    let change = 0;
    for (let i = 0; i < next.length; i++) change = Math.max(change, Math.abs((next[i] ?? 0) - (accuracy[i] ?? 0)));
    accuracy = next;
    if (change < o.tolerance) break;
  }
  const final = accuracy;
  return (claims) => {
    const p = probabilities(claims, final);
    return { probabilities: p, chosen: argmax(p, answerable(claims), counts(claims)) };
  };
}

/** The engine's closeness of typed candidates (values.ts), 0 for untyped ones. */
export function closeness(claims: ItemClaims, from: number, to: number): number {
  if (from === to) return 1;
  const a = claims.candidates[from]?.typed;
  const b = claims.candidates[to]?.typed;
  return a && b ? supportOfTyped(a, b) : 0;
}
