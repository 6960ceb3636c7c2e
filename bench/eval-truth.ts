// npm run eval:truth — truth discovery on the Book data set (../shared/data/truth/book, or BOOK_DIR):
// majority vote, TruthFinder, Accu, AccuSim and the engine, in one run, on the same claims read by the
// same normaliser, scored on the 100 gold books. Prints precision, partial credit, ECE, Brier and time
// for each, the engine's reliability table, and the gold books each system gets wrong.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fuseTable, loadClaimsTable, loadGold, writeAnswers, type FuseMethod, type GoldReport } from '../src/cli/fuse.js';
import { formatReliabilityTable } from '../src/pipeline/truth/calibration.js';

const BOOK_DIR = resolve(process.env.BOOK_DIR ?? '../shared/data/truth/book');

const SYSTEMS: Array<{ method: FuseMethod; label: string }> = [
  { method: 'vote', label: 'majority vote' },
  { method: 'truthfinder', label: 'TruthFinder (Yin et al. 2007)' },
  { method: 'accu', label: 'Accu (Dong et al. 2009)' },
  { method: 'accusim', label: 'AccuSim (Dong et al. 2009)' },
  { method: 'engine', label: 'Corroborate engine' },
];

async function main(): Promise<void> {
  const claimsPath = join(BOOK_DIR, 'book.txt');
  const goldPath = join(BOOK_DIR, 'book_golden.txt');
  const missing = [claimsPath, goldPath].filter((p) => !existsSync(p));
  if (missing.length > 0) {
    process.stderr.write(`Book data is missing: ${missing.join(', ')}\nPut book.txt and book_golden.txt from totucuong/spectrum data/book there, or set BOOK_DIR.\n`);
    process.exit(2);
  }
  const loadStarted = performance.now();
  const table = await loadClaimsTable(claimsPath, 'book');
  const gold = await loadGold(goldPath, 'book', table);
  const loadMs = performance.now() - loadStarted;
  process.stdout.write(
    `Book: ${table.store.claimCount} claims with an author list, ${table.store.sources.length} sources, ${table.store.items.length} books; ` +
      `${table.ignoredClaims} claims name no author ("Not Available", empty). Read and normalised in ${loadMs.toFixed(0)} ms.\n` +
      `Gold: ${gold.gold.length} books${gold.unreadable ? `, ${gold.unreadable} unreadable` : ''}.\n\n`,
  );
  const rows: Array<{ label: string; report: GoldReport; ms: number; note: string }> = [];
  for (const { method, label } of SYSTEMS) {
    const started = performance.now();
    const fused = fuseTable(table, method);
    const summary = writeAnswers(table, fused, null, gold);
    const ms = performance.now() - started;
    if (!summary.gold) continue;
    const note = fused.model ? `${fused.model.iterations} EM iterations, N = ${fused.model.falseValues.toFixed(2)}, T = ${fused.model.temperature}` : '';
    rows.push({ label, report: summary.gold, ms, note });
  }
  const header = '| system | precision | partial credit | ECE | Brier | time |';
  process.stdout.write(`${header}\n|---|---|---|---|---|---|\n`);
  for (const { label, report, ms } of rows) {
    process.stdout.write(`| ${label} | ${report.precision.toFixed(2)} | ${report.partialCredit.toFixed(3)} | ${report.calibration.ece.toFixed(3)} | ${report.calibration.brier.toFixed(3)} | ${(ms / 1000).toFixed(2)} s |\n`);
  }
  const engine = rows.find((r) => r.label === 'Corroborate engine');
  if (engine) {
    process.stdout.write(`\nEngine: ${engine.note}. Reliability table (the chosen value of each gold book):\n${formatReliabilityTable(engine.report.calibration)}\n`);
  }
  process.stdout.write('\nGold books each system gets wrong (gold | chosen, probability):\n');
  for (const { label, report } of rows) {
    const wrong = report.outcomes.filter((o) => !o.isCorrect);
    process.stdout.write(`${label}: ${wrong.length}\n`);
    if (label !== 'Corroborate engine') continue;
    for (const o of wrong) process.stdout.write(`  ${o.object}  ${o.gold?.display ?? '?'}  |  ${o.chosen?.display ?? 'no answer'}, ${o.probability.toFixed(3)}\n`);
  }
  table.store.dispose();
}

await main();
