// Where the benchmark's real corpus lives, and a clear stop when it is not there.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FNC1_DIR } from './fnc1.js';

/** The path of FNC-1's train_bodies.csv (FNC1_DIR overrides the folder); exits with the fix when missing. */
export function requireFnc1Bodies(): string {
  const path = join(FNC1_DIR, 'train_bodies.csv');
  if (!existsSync(path)) {
    process.stderr.write(`FNC-1 bodies are missing: ${path}\nThe benchmark builds FNC-1's 1,683 article bodies: put train_bodies.csv from FakeNewsChallenge/fnc-1 there, or set FNC1_DIR to its folder.\n`);
    process.exit(2);
  }
  return path;
}
