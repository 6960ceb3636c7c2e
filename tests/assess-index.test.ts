// assessClaim finds the stored subject nouns alike a claim's noun through an index (assess.ts
// NounIndex) instead of comparing it with each of thousands; the index must find exactly what the
// comparison finds, or answers would change. These nouns cover each of areNounsAlike's tests.
import { describe, expect, it } from 'vitest';
import { areNounsAlike, indexNouns, nounsAlike } from '../src/pipeline/assess.js';

// Stored subjects as the pipeline files them: lemmas, some compound, some unknown to WordNet.
const STORED = [
  'guard', 'coastguard', 'bodyguard', 'security guard', 'officer', 'policeman', 'police', 'soldier', 'troop', 'militant',
  'gunman', 'attacker', 'assailant', 'home', 'house', 'residence', 'building', 'airport', 'hospital', 'official',
  'spokesman', 'spokeswoman', 'minister', 'prime minister', 'president', 'leader', 'child', 'kid', 'student', 'teenager',
  'meteorite', 'asteroid', 'crater', 'rock', 'car', 'vehicle', 'truck', 'aircraft', 'plane', 'jet', 'boat', 'ship',
  'company', 'firm', 'smartwatch', 'watch', 'phone', 'iphone', 'journalist', 'reporter', 'hostage', 'victim', 'body',
  'isis', 'xyzzyq', 'ebola', 'virus', 'outbreak', 'woman', 'man', 'people', 'person', 'fan', 'actor', 'star',
];
const CLAIMED = [...STORED, 'guards', 'residence', 'mansion', 'dwelling', 'cop', 'fighter', 'insurgent', 'shooter', 'kid', 'youngster', 'auto', 'automobile', 'airplane', 'vessel', 'corporation', 'newsman', 'captive', 'unknownword', 'lifeguard', 'ard', 'uard', 'disease', 'infection', 'celebrity', 'star'];

describe('the index of stored subject nouns', () => {
  const index = indexNouns(STORED);
  it.each(CLAIMED)('finds the same nouns alike "%s" as comparing it with every stored noun', (noun) => {
    const compared = STORED.filter((stored) => areNounsAlike(stored, noun)).sort();
    expect([...nounsAlike(noun, index)].sort()).toEqual(compared);
  });

  it('covers each of the tests: equal, one ending the other, WordNet synonyms, close word vectors', () => {
    expect([...nounsAlike('guard', index)]).toEqual(expect.arrayContaining(['guard', 'coastguard', 'bodyguard', 'security guard']));
    expect(nounsAlike('lifeguard', index).has('guard')).toBe(true);
    expect(nounsAlike('mansion', index).has('house')).toBe(true);
    expect(nounsAlike('guard', index).has('officer')).toBe(true);
    expect(nounsAlike('unknownword', index).size).toBe(0);
  });
});
