// Groups the predicate and unit lemmas of a corpus into classes of words that can mean the same
// ("harm", "hurt", "injure"; "guard", "bodyguard"), with an inverted index over WordNet senses so the
// cost grows with the number of distinct words, not its square.

import { senseKeys, senseCount, relatedSenseKeys, type WordClass } from './lexicon.js';

// Light words (have, take, make, go: dozens of senses) would chain unrelated predicates into one class;
// past this many senses a word only ever matches itself.
const MAX_SENSES_TO_MERGE = 12;
// Only a specific word (few senses) may join its hypernym: "harm" (1 sense) is a kind of "injure".
const MAX_SENSES_TO_GENERALISE = 4;

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) ?? root;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The alphabetically first word names the class, so a class name does not depend on input order.
    if (ra !== rb) (ra < rb ? this.parent.set(rb, ra) : this.parent.set(ra, rb));
  }
}

/** Maps each word to the name of its class. `isRelatedToo` also joins a word to its direct hypernyms. */
export function classifyWords(words: Iterable<string>, wordClasses: WordClass[], options: { isRelatedToo: boolean; isCompoundToo: boolean; maxSenses?: number }): Map<string, string> {
  const unique = [...new Set(words)].sort();
  const sets = new UnionFind();
  const anchors = new Map<string, string[]>();
  const isLight = (word: string, wc: WordClass): boolean => senseCount(word, wc) > MAX_SENSES_TO_MERGE;
  for (const word of unique) {
    sets.find(word);
    for (const wc of wordClasses) {
      if (isLight(word, wc)) continue;
      for (const key of senseKeys(word, wc, options.maxSenses)) anchors.set(key, [...(anchors.get(key) ?? []), word]);
    }
  }
  for (const word of unique) {
    for (const wc of wordClasses) {
      if (isLight(word, wc)) continue;
      const own = senseKeys(word, wc, options.maxSenses);
      const generalises = options.isRelatedToo && senseCount(word, wc) <= MAX_SENSES_TO_GENERALISE;
      const probes = generalises ? [...own, ...own.flatMap((k) => relatedSenseKeys(k))] : own;
      for (const key of probes) for (const other of anchors.get(key) ?? []) sets.union(word, other);
    }
  }
  if (options.isCompoundToo) {
    // A closed compound is a kind of its last part: "bodyguard" is a guard, "firefighter" a fighter.
    const known = new Set(unique);
    for (const word of unique) {
      for (let cut = 1; cut <= word.length - 4; cut++) {
        const tail = word.slice(cut);
        if (known.has(tail)) {
          sets.union(word, tail);
          break;
        }
      }
    }
  }
  return new Map(unique.map((w) => [w, sets.find(w)]));
}
