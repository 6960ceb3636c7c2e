// Dependencies point one way: ingest -> pipeline -> store -> graphql; cli uses them all; model.ts,
// errors.ts and module-worker.ts (starting a worker thread) import nothing of ours, and all may use them. This test reads every import in src/ and fails on a reversed arrow.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';

const SRC = resolve('src');
// Which layers each layer may import (besides itself and the shared leaves).
const SHARED = new Set(['model', 'errors', 'module-worker']);
const ALLOWED: Record<string, string[]> = {
  ingest: [],
  pipeline: [],
  store: [],
  graphql: ['pipeline', 'store'],
  cli: ['ingest', 'pipeline', 'store', 'graphql'],
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function layerOf(path: string): string {
  const [first] = relative(SRC, path).split('/');
  return first ? first.replace(/\.(ts|js)$/, '') : '';
}

describe('module boundaries', () => {
  it('keeps every import inside the layers it may use', () => {
    const violations: string[] = [];
    for (const file of filesUnder(SRC)) {
      const from = layerOf(file);
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"](\.[^'"]+)['"]/gm)) {
        const target = resolve(dirname(file), match[1] ?? '');
        const to = layerOf(target);
        if (to === from || SHARED.has(to)) continue;
        if (SHARED.has(from) || !(ALLOWED[from] ?? []).includes(to)) violations.push(`${relative(SRC, file)} -> ${relative(SRC, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });
});
