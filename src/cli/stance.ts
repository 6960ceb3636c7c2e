// corroborate stance: FNC-1 format in, the same rows with a predicted Stance out. Bodies are read once
// and reduced to their profiles; headline/body pairs stream through, one row in memory at a time.

import { createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { readCsvRecords } from '../ingest/csv.js';
import { predictStance, profileText, shippedStanceModel, type TextProfile } from '../pipeline/stance.js';
import { CorroborateError } from '../errors.js';

/** Headlines repeat across rows; this many profiles are kept, the least recently used dropped first. */
const HEADLINE_CACHE = 5_000;

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export async function predictStances(bodiesPath: string, stancesPath: string, outPath: string, onProgress?: (done: number, total: number) => void): Promise<{ rows: number; bodies: number }> {
  const model = shippedStanceModel();
  const bodies = new Map<string, TextProfile>();
  for await (const record of readCsvRecords(bodiesPath, ['Body ID', 'articleBody'])) bodies.set(record['Body ID'] ?? '', profileText(record.articleBody ?? ''));
  const headlines = new Map<string, TextProfile>();
  const total = statSync(stancesPath).size;
  const temp = `${outPath}.tmp-${process.pid}`;
  const out = createWriteStream(temp, { encoding: 'utf8' });
  let rows = 0;
  try {
    out.write('Headline,Body ID,Stance\n');
    let bytesRead = 0;
    for await (const record of readCsvRecords(stancesPath, ['Headline', 'Body ID'], (n) => (bytesRead = n))) {
      rows++;
      const headline = record.Headline ?? '';
      const bodyId = record['Body ID'] ?? '';
      const body = bodies.get(bodyId);
      if (!body) throw new CorroborateError('INVALID_ARTICLE', `${stancesPath}: row ${rows + 1} names Body ID "${bodyId}", which ${bodiesPath} does not have`);
      let claim = headlines.get(headline);
      if (claim) headlines.delete(headline);
      else claim = profileText(headline);
      headlines.set(headline, claim);
      if (headlines.size > HEADLINE_CACHE) headlines.delete(headlines.keys().next().value as string);
      const line = `${csvField(headline)},${csvField(bodyId)},${predictStance(model, claim, body).label}\n`;
      if (!out.write(line)) await once(out, 'drain');
      if (rows % 500 === 0) onProgress?.(bytesRead, total);
    }
    onProgress?.(total, total);
    out.end();
    await once(out, 'finish');
    renameSync(temp, outPath);
  } catch (error) {
    out.destroy();
    rmSync(temp, { force: true });
    throw error;
  }
  return { rows, bodies: bodies.size };
}
