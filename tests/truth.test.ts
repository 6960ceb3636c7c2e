// Truth discovery: reading values by type, the engine on small hand-made cases, and corroborate fuse on
// real Book listings and a synthetic DAFNA table.
import { describe, expect, it } from 'vitest';
import { chooseType, emptyTally, tallyValue, isSameAnswer, namesValue, parsePersonList, parseTableNumber, parseTimeParts, supportOf, timeValue, numberValue } from '../src/pipeline/truth/values.js';

function authorsKey(raw: string): string {
  const list = parsePersonList(raw);
  return namesValue(list.people, list.isOpen).key;
}

function timeDisplay(raw: string): string | null {
  const parts = parseTimeParts(raw);
  return parts ? timeValue(parts).display : null;
}

describe('values: author lists', () => {
  it('reads one list the same in last-first, first-last, initials, case and separators', () => {
    const forms = [
      'Kumar, C. Bala; Kline, Paul J.; Thompson, Timothy J.',
      'C Bala Kumar, Paul Kline, Tim Thompson',
      'Kumar, C Bala, and Kline, Paula J, and Thompson, Timothy J',
      'By (author) Kumar, C Bala By (author) Kline, Paul By (author) Thompson, Tim',
      'Kumar, C. Bala (Author) Kline, Paul (Author) Thompson, Tim (Author)',
      'Kumar, C. Bala/ Kline, Paul J./ Thompson, Timothy J.',
      'KUMAR, C.BALA; KLINE, PAUL; THOMPSON, TIM',
      'Thompson, Tim; Kline, Paul; Kumar, C Bala',
    ];
    for (const form of forms) expect(authorsKey(form), form).toBe('p:kline|kumar|thompson');
  });

  it('splits surname-first pairs that a store ran together without separators', () => {
    expect(authorsKey('Conklin, Wm Arthur White, Gregory B. Cothren, Chuck')).toBe('p:conklin|cothren|white');
    expect(authorsKey('Edited by Jones, Karen Sparck Edited by Willett, Peter')).toBe('p:jones|willett');
    expect(authorsKey('Johnson, Michael K., Troan, Erik W.')).toBe('p:johnson|troan');
  });

  it('drops credits that are not authorship, decodes entities, and keeps a repeated person once', () => {
    expect(authorsKey('Henderson, Ken (Author) Soukup, Ron (Foreword by)')).toBe('p:henderson');
    expect(authorsKey('Goldberg, David E. Foreword by John Holland.')).toBe('p:goldberg');
    expect(authorsKey('Nick Rozanski, E&oacute;in Woods')).toBe('p:rozanski|woods');
    expect(authorsKey('Kaplan, Joseph E. (Author) Dunn, Ryan (Author) Kaplan, Joe (Author)')).toBe('p:dunn|kaplan');
    // Two people with one surname are two authors when their given names differ.
    expect(authorsKey("o'leary, timothy j.;  o'leary, linda i.;  ")).toBe('p:oleary|oleary');
    expect(parsePersonList('Not Available').people).toEqual([]);
  });

  it('marks a list that ends in "et al." as open, and lets a shortened list support the full one more than the reverse', () => {
    const open = parsePersonList('Tarek Khalil, et al');
    expect(open.isOpen).toBe(true);
    const full = namesValue(parsePersonList('Khalil, Tarek; Lefebvre, Louis A.').people);
    const openValue = namesValue(open.people, true);
    const short = namesValue(parsePersonList('Khalil, Tarek').people);
    expect(supportOf(openValue, full)).toBe(1);
    expect(supportOf(short, full)).toBeGreaterThan(supportOf(full, short));
    expect(supportOf(namesValue(parsePersonList('Smith, Ann').people), full)).toBe(0);
  });
});

describe('values: times and numbers', () => {
  it('reads the time formats of flight feeds as one local wall-clock time', () => {
    expect(timeDisplay('2011-12-04 09:10 AM')).toBe('2011-12-04 09:10');
    expect(timeDisplay('2011-12-04 09:10AM CST')).toBe('2011-12-04 09:10');
    expect(timeDisplay('12/4/11 9:35 PM (-05:00)')).toBe('2011-12-04 21:35');
    expect(timeDisplay('09:35 PM  Sun 04-Dec-2011')).toBe('2011-12-04 21:35');
    expect(timeDisplay('9:10aDec 4')).toBe('--12-04 09:10');
    expect(timeDisplay('9:53 AMDec 04')).toBe('--12-04 09:53');
    expect(timeDisplay('Dec 04 - 9:10am')).toBe('--12-04 09:10');
    expect(timeDisplay('2011-12-04T21:35:00Z')).toBe('2011-12-04 21:35');
    expect(timeDisplay('12:00 PM')).toBe('12:00');
    expect(timeDisplay('12:30 AM')).toBe('00:30');
    expect(timeDisplay('Not provided by airline')).toBeNull();
    expect(timeDisplay('C27')).toBeNull();
    expect(timeDisplay('13:45 PM')).toBeNull();
  });

  it('reads numbers with separators, signs, scales and units, keeping the precision written', () => {
    expect(parseTableNumber('1,234.5')).toEqual({ value: 1234.5, decimals: 1 });
    expect(parseTableNumber('$12.30')).toEqual({ value: 12.3, decimals: 2 });
    expect(parseTableNumber('(0.05)')).toEqual({ value: -0.05, decimals: 2 });
    expect(parseTableNumber('1.2M')).toEqual({ value: 1_200_000, decimals: 0 });
    expect(parseTableNumber('3.5 billion')?.value).toBe(3_500_000_000);
    expect(parseTableNumber('72°F')?.value).toBe(72);
    expect(parseTableNumber('+0.05 (+0.8%)')?.value).toBe(0.05);
    expect(parseTableNumber('C27')).toBeNull();
  });

  it('chooses a column type from its values: times despite "Contact Airline" rows, text for gates that are often numbers', () => {
    const tallyOf = (values: string[]) => {
      const tally = emptyTally();
      for (const v of values) tallyValue(tally, v);
      return tally;
    };
    expect(chooseType('ActualDepartureTime', tallyOf(['9:10aDec 4', '2011-12-04 09:12 AM', 'Contact Airline', 'Contact Airline', '9:12 AM, Dec 04']))).toBe('time');
    expect(chooseType('DepartureGate', tallyOf(['12', '26', '37', 'C27', 'D50', '4', '15']))).toBe('text');
    expect(chooseType('Volume', tallyOf(['1,234,567', '1.2M', 'N/A', '987,000']))).toBe('number');
    expect(chooseType('Author', tallyOf(['Knuth, Donald']))).toBe('names');
  });

  it('lets a rounding and a nearby figure support a number, but not a different count', () => {
    const exact = numberValue(5.987, 3);
    expect(supportOf(numberValue(5.99, 2), exact)).toBe(1);
    expect(supportOf(numberValue(5.99, 2), numberValue(5.991, 3))).toBeGreaterThan(0);
    expect(supportOf(numberValue(3), numberValue(7))).toBe(0);
    expect(supportOf(numberValue(7, 0, 7, null), numberValue(9))).toBeGreaterThan(0.5);
    expect(supportOf(numberValue(7, 0, 7, null), numberValue(5))).toBe(0);
    expect(isSameAnswer(numberValue(5.99, 2), numberValue(5.99, 3))).toBe(true);
    expect(isSameAnswer(numberValue(6.1, 1), numberValue(5.99, 2))).toBe(false);
  });
});

import { discoverTruth, type TruthResult } from '../src/pipeline/truth/engine.js';
import type { ClaimRecord, ValueRecord } from '../src/pipeline/truth/corpus.js';

function probability(result: TruthResult, item: string, value: string): number {
  const found = result.values.find((v) => v.item === item && v.value === value);
  if (!found) throw new Error(`no value ${value} for ${item}`);
  return found.probability;
}

function chosen(result: TruthResult, item: string): string | undefined {
  return result.values.find((v) => v.item === item && v.isChosen)?.value;
}

/**
 * Twenty questions on which two careful sources always give the truth and three careless ones are
 * right only now and then, each wrong in its own way; then one question where the three agree on a
 * wrong answer. Deterministic: who errs where follows a fixed pattern.
 */
function reliableMinorityCase(): ClaimRecord[] {
  const claims: ClaimRecord[] = [];
  for (let q = 0; q < 20; q++) {
    const item = `q${q}`;
    claims.push({ source: 'careful-1', item, value: 'truth' }, { source: 'careful-2', item, value: 'truth' });
    ['careless-1', 'careless-2', 'careless-3'].forEach((source, k) => {
      claims.push({ source, item, value: (q + k) % 3 === 0 ? 'truth' : `wrong-${source}-${q}` });
    });
  }
  claims.push({ source: 'careful-1', item: 'test', value: 'right' }, { source: 'careful-2', item: 'test', value: 'right' });
  for (const source of ['careless-1', 'careless-2', 'careless-3']) claims.push({ source, item: 'test', value: 'popular' });
  return claims;
}

describe('engine', () => {
  it('lets a reliable minority beat an unreliable majority, and learns who is reliable', () => {
    const result = discoverTruth({ claims: reliableMinorityCase() });
    expect(chosen(result, 'test')).toBe('right');
    expect(probability(result, 'test', 'right')).toBeGreaterThan(0.6);
    const reliability = new Map(result.sources.map((s) => [s.source, s.reliability]));
    expect(reliability.get('careful-1')).toBeGreaterThan(0.8);
    expect(reliability.get('careless-1')).toBeLessThan(0.5);
  });

  it('counts sources that copy one statement as less than independent ones', () => {
    // Three outlets reprint one wire story (one copy group); two others report independently.
    const copied: ClaimRecord[] = [
      ...['wire-a', 'wire-b', 'wire-c'].map((source) => ({ source, item: 'toll', value: '12', copyGroup: 'wire-story' })),
      { source: 'own-1', item: 'toll', value: '14' },
      { source: 'own-2', item: 'toll', value: '14' },
    ];
    const result = discoverTruth({ claims: copied });
    expect(chosen(result, 'toll')).toBe('14');
    const wire = result.values.find((v) => v.value === '12');
    expect(wire?.explanation.supporters).toBe(3);
    expect(wire?.explanation.independentSupporters).toBe(1);
    expect(wire?.explanation.copiesDiscounted).toBe(2);
    // Without the copy hint the three would outvote the two.
    const unhinted = discoverTruth({ claims: copied.map(({ copyGroup: _, ...claim }) => claim) });
    expect(chosen(unhinted, 'toll')).toBe('12');
  });

  it('lets close values support each other: a nearby figure raises a value, an unrelated one does not', () => {
    const values = (near: string): ValueRecord[] =>
      ['1200', '900', near].map((value) => ({ item: 'crowd', value, typed: numberValue(Number(value), 0) }));
    const claims = (near: string): ClaimRecord[] => [
      { source: 'a', item: 'crowd', value: '1200' },
      { source: 'b', item: 'crowd', value: '900' },
      { source: 'c', item: 'crowd', value: near },
    ];
    const withClose = discoverTruth({ claims: claims('1199'), values: values('1199') });
    const withFar = discoverTruth({ claims: claims('5000'), values: values('5000') });
    expect(chosen(withClose, 'crowd')).toBe('1200');
    expect(probability(withClose, 'crowd', '1200')).toBeGreaterThan(probability(withFar, 'crowd', '1200') + 0.05);
    expect(withClose.values.find((v) => v.value === '1200')?.explanation.closeSupport).toBeGreaterThan(0);
  });

  it('weighs hedged and second-hand claims less than plain first-hand ones', () => {
    const claims: ClaimRecord[] = [
      { source: 'a', item: 'cause', value: 'gas leak' },
      { source: 'b', item: 'cause', value: 'gas leak' },
      { source: 'c', item: 'cause', value: 'bomb', isHedged: true },
      { source: 'd', item: 'cause', value: 'bomb', isSecondHand: true },
    ];
    const result = discoverTruth({ claims });
    expect(chosen(result, 'cause')).toBe('gas leak');
    expect(probability(result, 'cause', 'gas leak')).toBeGreaterThan(probability(result, 'cause', 'bomb'));
    const bomb = result.values.find((v) => v.value === 'bomb');
    expect(bomb?.explanation.hedgedSupporters).toBe(1);
    expect(bomb?.explanation.secondHandSupporters).toBe(1);
    expect(bomb?.explanation.summary).toMatch(/1 supporting claim is hedged/);
  });

  it("does not let uncorroborated claims, which nobody can check, wear down their source's reliability", () => {
    // Forty facts each reported by one outlet only, read with middling certainty: they say nothing
    // about whether the outlet is right, so its reliability stays near the prior.
    const claims: ClaimRecord[] = Array.from({ length: 40 }, (_, i) => ({ source: i % 2 ? 'a' : 'b', item: `fact-${i}`, value: 'yes', certainty: 0.7, isSecondHand: true }));
    const result = discoverTruth({ claims, items: claims.map((c) => ({ item: c.item, falseValues: 1 })) });
    for (const source of result.sources) expect(source.reliability).toBeGreaterThan(0.75);
    expect(probability(result, 'fact-0', 'yes')).toBeGreaterThan(0.6);
  });

  it('keeps a single-source value below a corroborated one, and neither at certainty', () => {
    const claims: ClaimRecord[] = [
      ...['a', 'b', 'c', 'd'].map((source) => ({ source, item: 'unharmed', value: 'yes' })),
      { source: 'e', item: 'drone count', value: '3' },
    ];
    const result = discoverTruth({ claims });
    const corroborated = probability(result, 'unharmed', 'yes');
    const single = probability(result, 'drone count', '3');
    expect(corroborated).toBeGreaterThan(single + 0.1);
    expect(single).toBeLessThan(0.9);
    expect(corroborated).toBeLessThan(1);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fuseTable, loadClaimsTable, loadGold, writeAnswers } from '../src/cli/fuse.js';

function corroborate(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/corroborate.mjs', ...args], { encoding: 'utf8', env: { ...process.env, DEBUG: '' }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function goldCount(stdout: string): number {
  const match = /precision [\d.]+ \((\d+)\/(\d+)\)/.exec(stdout);
  if (!match) throw new Error(`no precision in: ${stdout}`);
  return Number(match[1]);
}

function rowsOf(csv: string): string[][] {
  return csv.trim().split('\n').slice(1).map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((f) => f.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')) ?? []);
}

/** Gold items majority vote gets right, run in-process (the CLI is tested with the engine). */
async function voteCount(claims: string, gold: string, format: 'book' | 'dafna'): Promise<number> {
  const table = await loadClaimsTable(claims, format);
  const summary = writeAnswers(table, fuseTable(table, 'vote'), null, await loadGold(gold, format, table));
  table.store.dispose();
  return summary.gold?.outcomes.filter((o) => o.isCorrect).length ?? 0;
}

const BOOK = 'tests/fixtures/book-sample';
const FLIGHTS = 'tests/fixtures/dafna-flights';

describe('corroborate fuse', () => {
  it('fuses real Book listings, one chosen author list per book, ahead of majority vote', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'corroborate-fuse-')), 'values.csv');
    const engine = corroborate('fuse', '--claims', `${BOOK}/book.txt`, '--format', 'book', '--gold', `${BOOK}/book_golden.txt`, '--out', out);
    expect(engine.status).toBe(0);
    expect(engine.stdout).toMatch(/^fused \d+ claims from \d+ sources on 40 items \(names; \d+ claims without a readable value\) with engine/);
    expect(engine.stdout).toMatch(/ECE [\d.]+, Brier [\d.]+/);
    const rows = rowsOf(readFileSync(out, 'utf8'));
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('object,property,value,probability,chosen');
    const chosenPerBook = new Map<string, number>();
    for (const [object, , , probability, chosenFlag] of rows) {
      expect(Number(probability)).toBeGreaterThanOrEqual(0);
      expect(Number(probability)).toBeLessThanOrEqual(1);
      chosenPerBook.set(object ?? '', (chosenPerBook.get(object ?? '') ?? 0) + Number(chosenFlag));
    }
    expect(chosenPerBook.size).toBe(40);
    expect([...chosenPerBook.values()].every((n) => n === 1)).toBe(true);
    // Knuth's fascicle: every store's spelling of one author is one value.
    expect(rows.filter(([object, , , , chosenFlag]) => object === '0201853949' && chosenFlag === '1').map((r) => r[2])).toEqual(['Knuth, Donald Ervin']);
    expect(goldCount(engine.stdout)).toBeGreaterThanOrEqual(13);
    expect(goldCount(engine.stdout)).toBeGreaterThan(await voteCount(`${BOOK}/book.txt`, `${BOOK}/book_golden.txt`, 'book'));
  });

  it('reads a DAFNA table whose times come in eight formats, and sees through copying aggregators', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-fuse-'));
    const result = corroborate('fuse', '--claims', `${FLIGHTS}/claims.csv`, '--format', 'dafna', '--gold', `${FLIGHTS}/truth.csv`, '--out', join(dir, 'values.csv'), '--sources', join(dir, 'sources.csv'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ScheduledDeparture: time, ActualDeparture: time, DepartureGate: text, Distance: number/);
    const rows = rowsOf(readFileSync(join(dir, 'values.csv'), 'utf8'));
    // Seven sources wrote 1:30 PM six ways ("Sun, Dec 4 1:30 PM", "1:30pDec 4", "12/4/11 1:30 PM (-05:00)",
    // "2011-12-04T13:30:00", ...); the portal says 1:15pm.
    const departure = rows.filter(([object, property]) => object === 'DL-100-DFW-LAX2011-12-04' && property === 'ScheduledDeparture');
    expect(departure.map((r) => [r[2], r[4]])).toEqual([['2011-12-04 13:30', '1'], ['2011-12-04 13:15', '0']]);
    expect(Number(departure[0]?.[3])).toBeGreaterThan(0.95);
    // "1,930" and "1930" are one distance.
    expect(rows.filter(([object, property]) => object === 'DL-100-DFW-LAX2011-12-04' && property === 'Distance').find((r) => r[4] === '1')?.[2]).toBe('1930');
    expect(goldCount(result.stdout)).toBeGreaterThanOrEqual(117);
    expect(goldCount(result.stdout)).toBeGreaterThan(await voteCount(`${FLIGHTS}/claims.csv`, `${FLIGHTS}/truth.csv`, 'dafna'));
    const sources = new Map(rowsOf(readFileSync(join(dir, 'sources.csv'), 'utf8')).map((r) => [r[0], Number(r[1])]));
    expect(sources.get('airline')).toBeGreaterThan(0.9);
    expect(sources.get('weather')).toBeLessThan(0.7);
  });

  it('gives the same answers when the claims are spilled to disk past the memory budget', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-fuse-'));
    const answers = async (memoryClaims?: number): Promise<{ lines: string[]; spilled: boolean }> => {
      const table = await loadClaimsTable(`${FLIGHTS}/claims.csv`, 'dafna', { memoryClaims });
      const path = join(dir, `values-${memoryClaims ?? 'memory'}.csv`);
      writeAnswers(table, fuseTable(table, 'engine'), path, null);
      const spilled = table.store.isSpilled;
      table.store.dispose();
      return { lines: readFileSync(path, 'utf8').trim().split('\n').sort(), spilled };
    };
    const inMemory = await answers();
    const onDisk = await answers(50);
    expect(inMemory.spilled).toBe(false);
    expect(onDisk.spilled).toBe(true);
    expect(onDisk.lines).toEqual(inMemory.lines);
  });

  it('refuses bad input with one line: exit 2 for a usage mistake, 1 for a bad file', () => {
    const usage = corroborate('fuse', '--claims', `${BOOK}/book.txt`, '--out', '/tmp/x.csv');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe('corroborate: fuse needs --format book|dafna\n');
    const missing = corroborate('fuse', '--claims', '/nonexistent/claims.csv', '--format', 'dafna', '--out', '/tmp/x.csv');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('corroborate: /nonexistent/claims.csv: no such file\n');
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-fuse-'));
    writeFileSync(join(dir, 'bad.txt'), 'A1Books\t0201853949\tTitle\tKnuth, Donald\nno tabs on this line\n');
    const bad = corroborate('fuse', '--claims', join(dir, 'bad.txt'), '--format', 'book', '--out', join(dir, 'out.csv'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^corroborate: .*bad\.txt:2: expected 4 tab-separated fields/);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    writeFileSync(join(dir, 'bad.csv'), '"ObjectID","PropertyValue","SourceID"\n"a","1","s"\n');
    const columns = corroborate('fuse', '--claims', join(dir, 'bad.csv'), '--format', 'dafna', '--out', join(dir, 'out.csv'));
    expect(columns.status).toBe(1);
    expect(columns.stderr).toMatch(/missing column "PropertyID"/);
  });
});

import { scoreFactsWithEngine } from '../src/pipeline/truth/adapter.js';
import type { Claim, ClaimValue, Dispute, Evidence, Fact } from '../src/model.js';

describe('engine on the pipeline: scoreFactsWithEngine', () => {
  /** A hand-made cluster shaped like the bundled articles: a guard-count dispute, a consensus, single-source facts. */
  function seedsLike(): { facts: Fact[]; evidence: Evidence[]; claims: Claim[]; disputes: Dispute[] } {
    const claims: Claim[] = [];
    const evidence: Evidence[] = [];
    const facts: Fact[] = [];
    const fact = (id: string, value: ClaimValue, statement: string, disputeId: string | null = null): Fact => {
      const f: Fact = {
        id, statement, kind: value.kind, confidence: 0, status: 'SINGLE_SOURCE', value, disputeId, claimIds: [],
        signature: { kind: value.kind, subject: 'kadhimi', predicate: value.kind === 'QUANTITY' ? 'injure' : 'harm', object: value.kind === 'QUANTITY' ? 'guard' : null },
        explanation: { independentSupporters: 0, copiesDiscounted: 0, supportingMass: 0, closeSupport: 0, contradictingSources: 0, contradictingMass: 0, hedgedSupporters: 0, secondHandSupporters: 0, reliabilities: [], summary: '' },
      };
      facts.push(f);
      return f;
    };
    const says = (f: Fact, sourceKey: string, quote: string, options: { attribution?: string; isHedged?: boolean; value?: ClaimValue } = {}): void => {
      const id = `${sourceKey}:${claims.length}`;
      claims.push({
        id, sourceKey, sentenceIndex: 0, start: 0, end: quote.length, text: quote, isHedged: options.isHedged ?? false, isNegated: false,
        attribution: options.attribution ? { start: 0, end: options.attribution.length, text: options.attribution } : null,
        signature: f.signature, value: options.value ?? f.value, entityIds: [], extractionCertainty: 0.9,
      });
      f.claimIds.push(id);
      evidence.push({ factId: f.id, sourceKey, claimId: id, stance: 'SUPPORTS', quote, start: 0, end: quote.length, attribution: options.attribution ?? null, isHedged: options.isHedged ?? false, weight: 1 });
    };
    const count = (value: number, min: number | null = value, max: number | null = value): ClaimValue => ({ kind: 'QUANTITY', value, min, max, unit: 'guard', unitText: 'security guards' });
    const seven = fact('f-seven', count(7), '7 security guards were injured', 'd-guards');
    const three = fact('f-three', count(3), '3 security guards were injured', 'd-guards');
    const two = fact('f-two', count(2), '2 bodyguards injured', 'd-guards');
    says(seven, '002', 'at least seven of his security guards were injured', { attribution: 'Two Iraqi officials', value: count(7, 7, null) });
    says(seven, '004', 'seven of his guards were wounded in the attack');
    says(three, '003', 'three security guards were injured', { attribution: 'Iraqi media' });
    says(two, '001', 'two bodyguards were injured', { attribution: 'a security source' });
    const unharmed = fact('f-unharmed', { kind: 'ASSERTION', isPositive: false }, 'Kadhimi was not harmed');
    says(unharmed, '000', 'the prime minister was unharmed');
    says(unharmed, '001', 'Kadhimi escaped unhurt');
    says(unharmed, '002', 'he was not hurt in the attack');
    says(unharmed, '003', 'al-Kadhimi was unharmed, his office said');
    says(unharmed, '004', 'Mustafa al-Kadhimi is safe, officials told reporters');
    const single = fact('f-drones', { kind: 'ASSERTION', isPositive: true }, 'three drones were launched');
    says(single, '002', 'three drones were launched from near the Tigris', { attribution: 'Two Iraqi officials' });
    const singleToo = fact('f-statement', { kind: 'ASSERTION', isPositive: true }, 'Biden condemned the attack');
    says(singleToo, '000', 'President Biden condemned the attack');
    return { facts, evidence, claims, disputes: [{ id: 'd-guards', question: 'How many security guards were injured?', kind: 'NUMERIC', factIds: ['f-seven', 'f-three', 'f-two'] }] };
  }

  it('puts the five-source consensus clearly above any single-source fact, and does not call the 7 guards certain', () => {
    const scored = scoreFactsWithEngine(seedsLike());
    const confidence = (id: string): number => scored.facts.get(id)?.confidence ?? -1;
    const singleSource = Math.max(confidence('f-drones'), confidence('f-statement'), confidence('f-three'), confidence('f-two'));
    expect(confidence('f-unharmed')).toBeGreaterThan(singleSource + 0.1);
    expect(confidence('f-seven')).toBeLessThan(0.9);
    expect(confidence('f-seven')).toBeGreaterThan(confidence('f-three'));
    expect(confidence('f-seven')).toBeGreaterThan(confidence('f-two'));
    // One question, one unit of probability.
    expect(confidence('f-seven') + confidence('f-three') + confidence('f-two')).toBeLessThanOrEqual(1.001);
    const seven = scored.facts.get('f-seven');
    expect(seven?.explanation.independentSupporters).toBe(2);
    expect(seven?.explanation.summary).toMatch(/1 more give it as a bound/);
    expect(seven?.detail.contradictingSources).toBe(2);
    expect(scored.facts.get('f-unharmed')?.explanation.independentSupporters).toBe(5);
    expect([...scored.reliabilities.keys()].sort()).toEqual(['000', '001', '002', '003', '004']);
  });
});
