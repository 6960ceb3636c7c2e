// The stance engine on real FNC-1 text it was not trained on (twelve held-out bodies, 301 pairs), through
// the `corroborate stance` command, and the CSV reader it streams with.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsvRows } from '../src/ingest/csv.js';
import { predictStance, profileText, shippedStanceModel } from '../src/pipeline/stance.js';

async function rowsOf(path: string): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of readCsvRows(path)) rows.push(row);
  return rows;
}

describe('CSV', () => {
  it('reads quoted commas, doubled quotes, line breaks inside fields and CRLF line ends', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'corroborate-csv-')), 'x.csv');
    writeFileSync(path, 'Headline,Body ID\r\n"Say ""hi"", then go",1\r\n"two\nlines",2\r\nplain,3');
    expect(await rowsOf(path)).toEqual([['Headline', 'Body ID'], ['Say "hi", then go', '1'], ['two\nlines', '2'], ['plain', '3']]);
  });

  it('names the file and line of an unclosed quote', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'corroborate-csv-')), 'broken.csv');
    writeFileSync(path, 'a,b\n1,"never closed\n2,3\n');
    await expect(rowsOf(path)).rejects.toThrow(/broken\.csv:\d+: the file ends inside a quoted field/);
  });
});

describe('stance', () => {
  it('gives four probabilities that sum to one, and calls an article on another subject unrelated', () => {
    const bodies = readFileSync('tests/fixtures/fnc1-sample/bodies.csv', 'utf8');
    const verdict = predictStance(shippedStanceModel(), profileText('The Eiffel Tower was painted green in 1850'), profileText(bodies.slice(0, 3000)));
    const total = Object.values(verdict.probabilities).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(verdict.label).toBe('unrelated');
  });

  it('labels held-out FNC-1 pairs well above the all-unrelated score, finding some of the disagreements', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'corroborate-stance-')), 'predictions.csv');
    const run = spawnSync(process.execPath, ['bin/corroborate.mjs', 'stance', '--bodies', 'tests/fixtures/fnc1-sample/bodies.csv', '--stances', 'tests/fixtures/fnc1-sample/stances.csv', '--out', out], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/wrote .*: 301 pairs over 12 bodies/);
    const gold = (await rowsOf('tests/fixtures/fnc1-sample/stances.csv')).slice(1);
    const predicted = await rowsOf(out);
    expect(predicted[0]).toEqual(['Headline', 'Body ID', 'Stance']);
    expect(predicted.slice(1).map((r) => r.slice(0, 2))).toEqual(gold.map((r) => r.slice(0, 2)));
    let score = 0;
    let max = 0;
    let allUnrelated = 0;
    let disagreeFound = 0;
    gold.forEach(([, , g], i) => {
      const p = predicted[i + 1]?.[2];
      max += g === 'unrelated' ? 0.25 : 1;
      allUnrelated += g === 'unrelated' ? 0.25 : 0;
      if (g === p) score += g === 'unrelated' ? 0.25 : 0.75;
      if (g !== 'unrelated' && p !== 'unrelated') score += 0.25;
      if (g === 'disagree' && p === 'disagree') disagreeFound++;
    });
    expect(allUnrelated / max).toBeLessThan(0.75);
    expect(score / max).toBeGreaterThan(0.85);
    expect(disagreeFound).toBeGreaterThanOrEqual(3);
  });

  it('refuses a pair whose body is missing, naming the row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-stance-'));
    writeFileSync(join(dir, 'stances.csv'), 'Headline,Body ID\nSomething happened,999999\n');
    const run = spawnSync(process.execPath, ['bin/corroborate.mjs', 'stance', '--bodies', 'tests/fixtures/fnc1-sample/bodies.csv', '--stances', join(dir, 'stances.csv'), '--out', join(dir, 'out.csv')], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^corroborate: .*stances\.csv: row 2 names Body ID "999999"/);
  });
});
