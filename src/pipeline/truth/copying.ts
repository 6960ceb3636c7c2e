// Copy detection between sources, after AccuCopy (Dong, Berti-Equille & Srivastava, VLDB 2009): two
// independent sources rarely make the same mistake, so sources that share many false values are likely
// copying (one aggregator reprinting another's stale feed, outlets running one wire story). For each
// pair of sources the engine counts, over the items both speak to, agreements on values it believes true
// (kt), agreements on values it believes false (kf) and disagreements (kd), and compares
//   independent:  P(agree, true) = a1 a2     P(agree, false) = (1 - a1)(1 - a2) / N
//   copying:      with probability c the copier repeats the other's value, true or false
// giving the posterior probability d that the pair is dependent. A claim then counts with weight
// x (1 - c d) for each more reliable source that made the same claim and on which it may depend.

/** c: how often a copier copies rather than speaks for itself (the paper's default). */
export const COPY_RATE = 0.8;
/** Prior probability that two sources are dependent; small, so that only evidence makes them so. */
export const DEPENDENCE_PRIOR = 0.05;
/** Claims per item that take part in pair counting (pairs are quadratic in it). */
export const MAX_PAIR_CLAIMS = 200;
/** Pairs tracked at most; pairs first seen after the table is full are treated as independent. */
export const MAX_PAIRS = 4_000_000;

export class SourcePairs {
  private readonly index = new Map<number, number>();
  private kt = new Float64Array(1024);
  private kf = new Float64Array(1024);
  private kd = new Float64Array(1024);
  private dependence = new Float64Array(1024);
  private pairs: number[] = [];
  /** Pairs left out because the table was full. */
  dropped = 0;

  constructor(private readonly sourceCount: number) {}

  private key(s: number, u: number): number {
    return s < u ? s * this.sourceCount + u : u * this.sourceCount + s;
  }

  private slot(s: number, u: number): number {
    const key = this.key(s, u);
    let at = this.index.get(key);
    if (at === undefined) {
      if (this.pairs.length >= MAX_PAIRS) {
        this.dropped++;
        return -1;
      }
      at = this.pairs.length;
      this.index.set(key, at);
      this.pairs.push(key);
      if (at >= this.kt.length) {
        const grow = (a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.kt = grow(this.kt);
        this.kf = grow(this.kf);
        this.kd = grow(this.kd);
        this.dependence = grow(this.dependence);
      }
    }
    return at;
  }

  /** Starts a new round of counting (the dependence estimates of the last round stay in use). */
  reset(): void {
    this.kt.fill(0);
    this.kf.fill(0);
    this.kd.fill(0);
  }

  /**
   * Counts the pairs of one item: `truthOf(v)` is the posterior probability that value v is true.
   * Weights are the claims' own (hedging, certainty), so a hedged agreement is weaker evidence.
   */
  count(sources: ArrayLike<number>, values: ArrayLike<number>, weights: ArrayLike<number>, truthOf: (value: number) => number): void {
    const n = Math.min(sources.length, MAX_PAIR_CLAIMS);
    for (let j = 0; j < n; j++) {
      for (let l = j + 1; l < n; l++) {
        const s = sources[j] ?? 0;
        const u = sources[l] ?? 0;
        if (s === u) continue;
        const at = this.slot(s, u);
        if (at < 0) continue;
        const w = Math.min(weights[j] ?? 1, weights[l] ?? 1);
        if (values[j] === values[l]) {
          const p = truthOf(values[j] ?? 0);
          this.kt[at] = (this.kt[at] ?? 0) + w * p;
          this.kf[at] = (this.kf[at] ?? 0) + w * (1 - p);
        } else this.kd[at] = (this.kd[at] ?? 0) + w;
      }
    }
  }

  /** Re-estimates every pair's dependence from the counts, given source accuracies and N. */
  estimate(accuracy: ArrayLike<number>, falseValues: number): void {
    const priorOdds = Math.log(DEPENDENCE_PRIOR / (1 - DEPENDENCE_PRIOR));
    for (let at = 0; at < this.pairs.length; at++) {
      const key = this.pairs[at] ?? 0;
      const s = Math.floor(key / this.sourceCount);
      const u = key % this.sourceCount;
      const a1 = accuracy[s] ?? 0.8;
      const a2 = accuracy[u] ?? 0.8;
      const a = (a1 + a2) / 2;
      const pt = a1 * a2;
      const pf = ((1 - a1) * (1 - a2)) / falseValues;
      const pd = Math.max(1e-9, 1 - pt - pf);
      const ptCopy = a * COPY_RATE + pt * (1 - COPY_RATE);
      const pfCopy = (1 - a) * COPY_RATE + pf * (1 - COPY_RATE);
      const pdCopy = pd * (1 - COPY_RATE);
      const logRatio = (this.kt[at] ?? 0) * Math.log(ptCopy / pt) + (this.kf[at] ?? 0) * Math.log(pfCopy / pf) + (this.kd[at] ?? 0) * Math.log(pdCopy / pd);
      this.dependence[at] = 1 / (1 + Math.exp(-(logRatio + priorOdds)));
    }
  }

  /** Probability that s and u are dependent (0 for pairs never seen together). */
  dependenceOf(s: number, u: number): number {
    const at = this.index.get(this.key(s, u));
    return at === undefined ? 0 : (this.dependence[at] ?? 0);
  }

  get size(): number {
    return this.pairs.length;
  }
}
