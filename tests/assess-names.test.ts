// assessClaim reads the names in a user's claim as the build clustered them: "Ahmadinejad" is the
// entity the articles call "Mahmoud Ahmadi-Nejad".
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStore } from './helpers.js';
import { openStore } from '../src/store/read.js';
import { assessClaim } from '../src/pipeline/assess.js';

describe('names in a claim', () => {
  it('finds the entity of a compound surname written without its hyphen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-names-'));
    writeFileSync(join(dir, 'a.txt'), 'President Mahmoud Ahmadi-Nejad visited Qeshm on Monday, officials said.\n');
    writeFileSync(join(dir, 'b.txt'), 'On Monday President Mahmoud Ahmadi-Nejad visited the island of Qeshm.\n');
    const store = openStore(buildStore([dir], dir));
    try {
      const index = store.loadAssessmentIndex();
      for (const claim of ['Ahmadinejad visited Qeshm', 'Mahmoud Ahmadinejad visited Qeshm']) {
        const assessed = assessClaim(claim, index);
        expect(assessed.verdict).toBe('SUPPORTED');
        expect(assessed.supporting.map((e) => e.sourceKey).sort()).toEqual(['a', 'b']);
      }
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
