// How well stated probabilities match outcomes: expected calibration error, Brier score and the
// reliability table behind them. One prediction = the probability given to the chosen value of a data
// item, and whether that value was right.

export interface Prediction {
  probability: number;
  isCorrect: boolean;
}

export interface ReliabilityBin {
  /** [from, to) of stated probability; the last bin includes 1. */
  from: number;
  to: number;
  count: number;
  meanProbability: number;
  /** Share of the bin's predictions that were right. */
  accuracy: number;
}

export interface CalibrationReport {
  count: number;
  /** Share right. */
  accuracy: number;
  /** Expected calibration error: sum over bins of (bin share) x |mean probability - accuracy|. */
  ece: number;
  /** Mean of (probability - outcome)^2 over predictions; 0 is perfect, 0.25 is always saying 0.5. */
  brier: number;
  bins: ReliabilityBin[];
}

/** Ten equal-width bins, as the ECE is usually reported (Guo et al. 2017). */
export function calibrationReport(predictions: readonly Prediction[], binCount = 10): CalibrationReport {
  const bins: ReliabilityBin[] = Array.from({ length: binCount }, (_, i) => ({ from: i / binCount, to: (i + 1) / binCount, count: 0, meanProbability: 0, accuracy: 0 }));
  let right = 0;
  let brier = 0;
  for (const { probability, isCorrect } of predictions) {
    const p = Math.min(1, Math.max(0, probability));
    const bin = bins[Math.min(binCount - 1, Math.floor(p * binCount))];
    if (!bin) continue;
    bin.count++;
    bin.meanProbability += p;
    bin.accuracy += isCorrect ? 1 : 0;
    right += isCorrect ? 1 : 0;
    brier += (p - (isCorrect ? 1 : 0)) ** 2;
  }
  const n = predictions.length;
  let ece = 0;
  for (const bin of bins) {
    if (bin.count === 0) continue;
    bin.meanProbability /= bin.count;
    bin.accuracy /= bin.count;
    ece += (bin.count / n) * Math.abs(bin.meanProbability - bin.accuracy);
  }
  return { count: n, accuracy: n > 0 ? right / n : 0, ece, brier: n > 0 ? brier / n : 0, bins };
}

/** The reliability table as text: one line per non-empty bin. */
export function formatReliabilityTable(report: CalibrationReport): string {
  const lines = ['  stated      n   mean stated   share right'];
  for (const bin of report.bins) {
    if (bin.count === 0) continue;
    lines.push(`  ${bin.from.toFixed(1)}-${bin.to.toFixed(1)}  ${String(bin.count).padStart(5)}   ${bin.meanProbability.toFixed(3).padStart(11)}   ${bin.accuracy.toFixed(3).padStart(11)}`);
  }
  return lines.join('\n');
}
