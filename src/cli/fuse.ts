// corroborate fuse: a claims table (Book or DAFNA) in, one row per candidate value with its probability
// and the chosen value out; with a gold file, precision and calibration. Shared by npm run eval:truth.

import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { ClaimStore } from '../ingest/claim-store.js';
import { readBookClaims, readBookGold, readDafnaClaims, readDafnaTruth, type TableClaim, type TableTruth } from '../ingest/claims-table.js';
import type { ClaimCorpus, ItemClaims } from '../pipeline/truth/corpus.js';
import { fitEngine, scoreItem, type EngineModel, type EngineOptions } from '../pipeline/truth/engine.js';
import { fitAccu, fitTruthFinder, majorityVote, type ItemAnswer, type ItemScorer } from '../pipeline/truth/reference.js';
import { itemCandidates, readItemValues, type ItemCandidates } from '../pipeline/truth/table.js';
import { calibrationReport, type CalibrationReport } from '../pipeline/truth/calibration.js';
import { chooseType, emptyTally, isSameAnswer, listCredit, tallyValue, type TypeTally, type TypedValue, type ValueType } from '../pipeline/truth/values.js';
import { CorroborateError } from '../errors.js';

export const CLAIMS_FORMATS = ['book', 'dafna'] as const;
export type ClaimsFormat = (typeof CLAIMS_FORMATS)[number];
export const FUSE_METHODS = ['engine', 'vote', 'truthfinder', 'accu', 'accusim'] as const;
export type FuseMethod = (typeof FUSE_METHODS)[number];

export interface ClaimsTable {
  store: ClaimStore;
  /** Candidates of each item (by the store's item index). */
  items: Array<Omit<ItemCandidates, 'typed'>>;
  /** The type each property was read as. */
  types: Map<string, ValueType>;
  /** Rows whose value claims nothing (empty, "N/A", unreadable as the column's type). */
  ignoredClaims: number;
  corpus: ClaimCorpus;
  /** Whether a column mostly gives times of day (then a date alone is no claim about it). */
  needsTimeOfDay: Map<string, boolean>;
}

/**
 * Reads a claims table into a store (streaming, bounded by the store's memory budget), chooses each
 * property's type from its values, and reads every item's values by that type.
 */
export async function loadClaimsTable(path: string, format: ClaimsFormat, options: { memoryClaims?: number; onBytes?: (bytesRead: number) => void } = {}): Promise<ClaimsTable> {
  const store = new ClaimStore({ memoryClaims: options.memoryClaims });
  const tallies = new Map<string, TypeTally>();
  const rows: AsyncGenerator<TableClaim> = format === 'book' ? readBookClaims(path, options.onBytes) : readDafnaClaims(path, options.onBytes);
  let rowCount = 0;
  let emptyClaims = 0;
  try {
    for await (const row of rows) {
      rowCount++;
      const index = store.itemIndex(row.object, row.property);
      const before = index === undefined ? 0 : (store.items[index]?.rawValues.length ?? 0);
      if (!store.add(row.source, row.object, row.property, row.value, row.timestamp)) {
        emptyClaims++;
        continue;
      }
      const after = store.items[store.itemIndex(row.object, row.property) ?? -1]?.rawValues.length ?? 0;
      if (format === 'dafna' && after > before) {
        let tally = tallies.get(row.property);
        if (!tally) tallies.set(row.property, (tally = emptyTally()));
        tallyValue(tally, row.value);
      }
    }
  } catch (error) {
    store.dispose();
    throw error;
  }
  if (rowCount === 0) {
    store.dispose();
    throw new CorroborateError('INVALID_ARTICLE', `${path}: no claims in the file`);
  }
  const types = new Map<string, ValueType>();
  const needsTimeOfDay = new Map<string, boolean>();
  for (const item of store.items) {
    if (types.has(item.property)) continue;
    const tally = tallies.get(item.property) ?? emptyTally();
    types.set(item.property, format === 'book' ? 'names' : chooseType(item.property, tally));
    needsTimeOfDay.set(item.property, tally.times > 0 && tally.timesOfDay / tally.times >= 0.5);
  }
  store.finishReading();
  const items = store.items.map((item) => {
    const { candidates, rawToCandidate } = itemCandidates(readItemValues(item.rawValues, types.get(item.property) ?? 'text', { timestamp: item.timestamp, needsTimeOfDay: needsTimeOfDay.get(item.property) ?? false }));
    return { candidates, rawToCandidate };
  });
  let ignoredClaims = emptyClaims;
  const corpus: ClaimCorpus = {
    sourceCount: store.sources.length,
    itemCount: store.items.length,
    forEachItem(visit) {
      store.forEachGroup((item, sources, values) => {
        const table = items[item];
        if (!table || table.candidates.length === 0) return;
        let kept = 0;
        for (let j = 0; j < values.length; j++) if ((table.rawToCandidate[values[j] ?? 0] ?? -1) >= 0) kept++;
        const keptSources = new Int32Array(kept);
        const keptValues = new Int32Array(kept);
        let x = 0;
        for (let j = 0; j < values.length; j++) {
          const c = table.rawToCandidate[values[j] ?? 0] ?? -1;
          if (c < 0) continue;
          keptSources[x] = sources[j] ?? 0;
          keptValues[x++] = c;
        }
        visit(item, { candidates: table.candidates, sources: keptSources, values: keptValues });
      });
    },
  };
  // Count once the claims whose value the column's type could not read.
  store.forEachGroup((item, _sources, values) => {
    const table = items[item];
    for (let j = 0; j < values.length; j++) if (!table || (table.rawToCandidate[values[j] ?? 0] ?? -1) < 0) ignoredClaims++;
  });
  return { store, items, types, ignoredClaims, corpus, needsTimeOfDay };
}

export interface Fused {
  method: FuseMethod;
  scorer: ItemScorer;
  /** The engine's fitted model (method engine only). */
  model: EngineModel | null;
}

/** Fits one method on the table's corpus. */
export function fuseTable(table: ClaimsTable, method: FuseMethod, engineOptions: Partial<EngineOptions> = {}): Fused {
  const { corpus } = table;
  switch (method) {
    case 'engine': {
      const model = fitEngine(corpus, engineOptions);
      const scorer = (claims: ItemClaims): ItemAnswer => {
        const verdicts = scoreItem(claims, model, engineOptions);
        return { probabilities: Float64Array.from(verdicts, (v) => v.probability), chosen: verdicts.findIndex((v) => v.isChosen) };
      };
      return { method, scorer, model };
    }
    case 'vote':
      return { method, scorer: majorityVote(), model: null };
    case 'truthfinder':
      return { method, scorer: fitTruthFinder(corpus), model: null };
    case 'accu':
      return { method, scorer: fitAccu(corpus), model: null };
    case 'accusim':
      return { method, scorer: fitAccu(corpus, { rho: 0.2 }), model: null };
  }
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Buffered synchronous writes to a temp file renamed into place at the end, so a failure leaves no half file. */
class AtomicWriter {
  private readonly temp: string;
  private readonly fd: number;
  private buffer = '';

  constructor(private readonly path: string) {
    this.temp = `${path}.tmp-${process.pid}`;
    try {
      this.fd = openSync(this.temp, 'w');
    } catch (error) {
      throw new CorroborateError('INVALID_ARGUMENT', `${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
    }
  }

  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length > 1 << 20) this.flush();
  }

  private flush(): void {
    writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  commit(): void {
    this.flush();
    closeSync(this.fd);
    renameSync(this.temp, this.path);
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.temp, { force: true });
  }
}

/** One gold item: the answer chosen for it and whether it is right. */
export interface GoldOutcome {
  object: string;
  property: string;
  gold: TypedValue | null;
  chosen: TypedValue | null;
  probability: number;
  isCorrect: boolean;
  /** TruthFinder's partial credit for lists (1 or 0 for other values). */
  credit: number;
}

export interface GoldReport {
  outcomes: GoldOutcome[];
  /** Gold rows whose value could not be read as the column's type: left out of every figure. */
  unreadable: number;
  precision: number;
  /** Mean partial credit. */
  partialCredit: number;
  calibration: CalibrationReport;
}

/** Gold answers keyed by item index; gold objects the table never mentions get index -1 (no answer). */
export async function loadGold(path: string, format: ClaimsFormat, table: ClaimsTable): Promise<{ gold: Array<{ item: number; truth: TableTruth; value: TypedValue | null }>; unreadable: number }> {
  const rows: AsyncGenerator<TableTruth> = format === 'book' ? readBookGold(path) : readDafnaTruth(path);
  const gold: Array<{ item: number; truth: TableTruth; value: TypedValue | null }> = [];
  const seen = new Set<string>();
  let unreadable = 0;
  for await (const truth of rows) {
    const key = `${truth.object}\u0000${truth.property}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const item = table.store.itemIndex(truth.object, truth.property) ?? -1;
    const entry = item >= 0 ? table.store.items[item] : undefined;
    const type = format === 'book' ? 'names' : (table.types.get(truth.property) ?? 'text');
    const values = readItemValues([...(entry?.rawValues ?? []), truth.value], type, { timestamp: entry?.timestamp ?? null, needsTimeOfDay: table.needsTimeOfDay.get(truth.property) ?? false });
    const value = values[values.length - 1] ?? null;
    if (!value) {
      unreadable++;
      continue;
    }
    gold.push({ item, truth, value });
  }
  return { gold, unreadable };
}

export interface FuseSummary {
  items: number;
  rows: number;
  gold: GoldReport | null;
}

/**
 * The final pass: scores every item, writes `outPath` (object,property,value,probability,chosen; one row
 * per candidate) when given, and scores the gold items when given.
 */
export function writeAnswers(table: ClaimsTable, fused: Fused, outPath: string | null, gold: { gold: Array<{ item: number; truth: TableTruth; value: TypedValue | null }>; unreadable: number } | null): FuseSummary {
  const writer = outPath ? new AtomicWriter(outPath) : null;
  const goldByItem = new Map<number, { truth: TableTruth; value: TypedValue | null }>();
  for (const g of gold?.gold ?? []) if (g.item >= 0) goldByItem.set(g.item, g);
  const outcomes = new Map<number, GoldOutcome>();
  let items = 0;
  let rows = 0;
  try {
    writer?.write('object,property,value,probability,chosen\n');
    table.corpus.forEachItem((item, claims) => {
      items++;
      const answer = fused.scorer(claims);
      const entry = table.store.items[item];
      if (writer && entry) {
        claims.candidates.forEach((candidate, c) => {
          writer.write(`${csvField(entry.object)},${csvField(entry.property)},${csvField(candidate.display)},${Number((answer.probabilities[c] ?? 0).toFixed(6))},${c === answer.chosen ? 1 : 0}\n`);
          rows++;
        });
      }
      const g = goldByItem.get(item);
      if (g && g.value) {
        const chosen = answer.chosen >= 0 ? (claims.candidates[answer.chosen]?.typed ?? null) : null;
        const isCorrect = chosen !== null && isSameAnswer(chosen, g.value);
        outcomes.set(item, { object: g.truth.object, property: g.truth.property, gold: g.value, chosen, probability: answer.chosen >= 0 ? (answer.probabilities[answer.chosen] ?? 0) : 0, isCorrect, credit: chosen ? listCredit(chosen, g.value) : 0 });
      }
    });
    writer?.commit();
  } catch (error) {
    writer?.abort();
    throw error;
  }
  if (!gold) return { items, rows, gold: null };
  // Gold items without any claim have no answer: wrong, with probability 0.
  const all: GoldOutcome[] = gold.gold.map((g) => outcomes.get(g.item) ?? { object: g.truth.object, property: g.truth.property, gold: g.value, chosen: null, probability: 0, isCorrect: false, credit: 0 });
  const n = Math.max(all.length, 1);
  return {
    items,
    rows,
    gold: {
      outcomes: all,
      unreadable: gold.unreadable,
      precision: all.filter((o) => o.isCorrect).length / n,
      partialCredit: all.reduce((sum, o) => sum + o.credit, 0) / n,
      calibration: calibrationReport(all.map((o) => ({ probability: o.probability, isCorrect: o.isCorrect }))),
    },
  };
}

/** Source reliabilities of the engine as CSV: source, reliability, near-miss share, claim weight. */
export function writeSourceReliabilities(table: ClaimsTable, model: EngineModel, path: string): void {
  const writer = new AtomicWriter(path);
  try {
    writer.write('source,reliability,near_share,claims\n');
    table.store.sources.forEach((name, s) => {
      writer.write(`${csvField(name)},${(model.accuracy[s] ?? 0).toFixed(6)},${(model.nearShare[s] ?? 0).toFixed(6)},${Number((model.sourceWeight[s] ?? 0).toFixed(3))}\n`);
    });
    writer.commit();
  } catch (error) {
    writer.abort();
    throw error;
  }
}
