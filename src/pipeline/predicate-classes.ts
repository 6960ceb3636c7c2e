// Groups the predicate and unit lemmas of a corpus into classes of words that can mean the same
// ("harm", "hurt", "injure"; "guard", "bodyguard"), with an inverted index over WordNet senses so the
// cost grows with the number of distinct words, not its square.

import { mayBeKindOf, senseKeys, senseCount, relatedSenseKeys, type WordClass } from './lexicon.js';

// Light words (have, take, make, go: dozens of senses) would chain unrelated predicates into one class;
// past this many senses a word only ever matches itself.
const MAX_SENSES_TO_MERGE = 12;
// Only a specific word (few senses) may join its hypernym: "harm" (1 sense) is a kind of "injure".
const MAX_SENSES_TO_GENERALISE = 4;
// ... and a word with more senses than this is too general to be the kind it is of.
const MAX_SENSES_AS_HYPERNYM = 8;

/** Union-find over words where each set may carry one type; two sets of different types never join. */
class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly typeOfRoot = new Map<string, string>();
  constructor(private readonly typeOf: (word: string) => string | null) {}
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) ?? root;
    this.parent.set(x, root);
    if (root === x && !this.typeOfRoot.has(x)) {
      const type = this.typeOf(x);
      if (type) this.typeOfRoot.set(x, type);
    }
    return root;
  }
  type(x: string): string | null {
    return this.typeOfRoot.get(this.find(x)) ?? null;
  }
  /** Joins the sets of `a` and `b`; `named` (one of the two) names the joined set, if given. */
  union(a: string, b: string, named?: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const ta = this.typeOfRoot.get(ra);
    const tb = this.typeOfRoot.get(rb);
    if (ta && tb && ta !== tb) return;
    // A typed class takes in a word only through a word of that type: "exit" joins "die" (a sense in
    // common), but "get out" does not join them through "exit" (its other sense, "leave").
    if ((ta && !tb && !this.typeOf(a)) || (tb && !ta && !this.typeOf(b))) return;
    // The alphabetically first word names the class, so a class name does not depend on input order.
    const first = named === undefined ? (ra < rb ? ra : rb) : this.find(named);
    const [root, child] = first === ra ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    const type = ta ?? tb;
    if (type) this.typeOfRoot.set(root, type);
  }
}

/**
 * Maps each word to the name of its class. `isRelatedToo` also joins a word to its direct hypernyms.
 * `typeOf` gives a word's event type ("kill" -> "Life.Die"): words of one type form one class, named
 * "@type", and words of two types never share one, whatever WordNet links them.
 */
export function classifyWords(words: Iterable<string>, wordClasses: WordClass[], options: { isRelatedToo: boolean; isCompoundToo: boolean; maxSenses?: number; typeOf?: (word: string) => string | null }): Map<string, string> {
  const unique = [...new Set(words)].sort();
  const sets = new UnionFind(options.typeOf ?? (() => null));
  const anchors = new Map<string, string[]>();
  const isLight = (word: string, wc: WordClass): boolean => senseCount(word, wc) > MAX_SENSES_TO_MERGE;
  for (const word of unique) {
    sets.find(word);
    for (const wc of wordClasses) {
      if (isLight(word, wc)) continue;
      for (const key of senseKeys(word, wc, options.maxSenses)) {
        // Appended in place: a copied list per word was quadratic in the words of a common sense.
        const words = anchors.get(key);
        if (words) words.push(word);
        else anchors.set(key, [word]);
      }
    }
  }
  for (const word of unique) {
    for (const wc of wordClasses) {
      if (isLight(word, wc)) continue;
      const own = senseKeys(word, wc, options.maxSenses);
      const generalises = options.isRelatedToo && senseCount(word, wc) <= MAX_SENSES_TO_GENERALISE;
      for (const key of own) for (const other of anchors.get(key) ?? []) sets.union(word, other);
      if (!generalises) continue;
      // ... and only to a hypernym that is itself a word of few senses: "harm" joins "injure" (3), but
      // "surprise" does not join "act" (10 senses, its hypernym in one of them).
      for (const key of own.flatMap((k) => relatedSenseKeys(k))) for (const other of anchors.get(key) ?? []) if (senseCount(other, wc) <= MAX_SENSES_AS_HYPERNYM) sets.union(word, other);
    }
  }
  if (options.isCompoundToo) {
    // A closed compound is a kind of its last part: "bodyguard" is a guard, "firefighter" a fighter.
    const known = new Set(unique);
    for (const word of unique) {
      // Only a closed compound: "mm rifle" (a measure and a noun) is not a kind of rifle count.
      if (/[\s-]/.test(word)) continue;
      for (let cut = 1; cut <= word.length - 4; cut++) {
        const tail = word.slice(cut);
        if (known.has(tail) && mayBeKindOf(word, tail)) {
          // The part names the class: "flagship" and "mothership" are ships, and later steps read the
          // class name as a word ("a ship is a kind of vessel").
          sets.union(word, tail, tail);
          break;
        }
      }
    }
  }
  return new Map(unique.map((w) => {
    const type = sets.type(w);
    return [w, type ? `@${type}` : sets.find(w)];
  }));
}
