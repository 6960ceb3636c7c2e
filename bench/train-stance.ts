// npm run train:stance — trains the stance network on the training side of the fixed FNC-1 split
// (bench/fnc1.ts), keeps the epoch that scores best on a validation tenth of the training bodies,
// and writes src/pipeline/stance-model.json. Deterministic: same data, same seed, same weights.

import { writeFileSync } from 'node:fs';
import { loadFnc1, trainingBodies, fitStanceModel, SPLIT_SEED, TRAINING_SEED } from './fnc1.js';
import { encodeStanceModel } from '../src/pipeline/stance.js';

async function main(): Promise<void> {
  const started = Date.now();
  const { bodies, pairs } = await loadFnc1();
  const training = trainingBodies(bodies.keys());
  const model = fitStanceModel(bodies, pairs, (p) => training.has(p.bodyId), (line) => process.stdout.write(`${line}\n`));
  const file = encodeStanceModel(model, `FNC-1 train_stances.csv, training side of the Body ID split (seed ${SPLIT_SEED}, 80%), validation every tenth training body, training seed ${TRAINING_SEED}`);
  // --out <path> writes elsewhere, e.g. to check that a second run gives the same bytes.
  const outAt = process.argv.indexOf('--out');
  const out: string | URL = (outAt > 0 ? process.argv[outAt + 1] : undefined) ?? new URL('../src/pipeline/stance-model.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  process.stdout.write(`wrote ${String(out)} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

await main();
