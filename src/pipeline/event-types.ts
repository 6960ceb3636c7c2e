// Types of news events, after the event ontology of the ACE 2005 corpus (LDC: Life.Die, Life.Injure,
// Conflict.Attack, Justice.Arrest-Jail, Contact.Meet ...), plus the few frames a provenance service
// needs beyond it (condemning, surviving, damage, rescue, seizing). Predicates of one type are paraphrases of one
// another ("captured 23 pirates" / "took 23 pirates into custody" / "arrested 23"); predicates of two
// types never are, however close WordNet or word vectors put them: WordNet lists "shoot" as a sense of
// "kill" and vectors put "killed" next to "injured", yet "3 shot" and "1 killed" answer two questions.
// Each type is a list of seed lemmas; their first-sense WordNet synonyms join it.

import { senseCount, senseKeys, synonymsOf } from './lexicon.js';

// Order matters: a lemma belongs to the first type that lists it (or a synonym of it). Words with
// other everyday senses are left out ("fire" a gun or an employee, "call" someone or something a coup,
// "name", "host", "hold"): they are classed by WordNet alone.
const EVENT_TYPES: Array<[string, string[]]> = [
  ['Life.Die', ['die', 'kill', 'dead', 'death', 'murder', 'slay', 'perish', 'assassinate', 'execute', 'drown', 'fatal']],
  ['Life.Injure', ['injure', 'wound', 'hurt', 'harm', 'maim', 'injury', 'unharmed', 'unhurt', 'unscathed']],
  ['Survive', ['survive', 'escape', 'outlive']],
  // Attacks and the blows of nature: "a drone struck", "the quake hit", "the tremor jolted"; the subject keeps them apart.
  ['Conflict.Attack', ['attack', 'target', 'strike', 'hit', 'bomb', 'shell', 'shoot', 'assault', 'raid', 'ambush', 'firebomb', 'stab', 'jolt', 'shake', 'rock', 'batter', 'lash', 'quake', 'tremble']],
  // "took to the streets" is read as the light verb's idiom, take_to_street: to protest in the streets.
  ['Conflict.Demonstrate', ['protest', 'demonstrate', 'march', 'rally', 'riot', 'take_to_street']],
  ['Damage', ['damage', 'destroy', 'level', 'flatten', 'raze', 'wreck', 'collapse', 'gut', 'topple', 'devastate']],
  ['Rescue', ['rescue', 'save', 'evacuate', 'airlift']],
  // Weapons, drugs, bodies: "seven AK-47s were found" / "recovered" / "seized" is one count.
  ['Seize', ['seize', 'confiscate', 'recover', 'impound', 'find', 'discover', 'uncover']],
  ['Justice.Arrest-Jail', ['arrest', 'detain', 'capture', 'apprehend', 'nab', 'custody', 'jail', 'imprison']],
  ['Justice.Charge-Indict', ['charge', 'indict', 'accuse', 'prosecute']],
  ['Justice.Convict', ['convict', 'guilty']],
  ['Justice.Sentence', ['sentence']],
  ['Justice.Release', ['release', 'free', 'acquit', 'parole']],
  ['Contact.Meet', ['meet', 'visit']],
  ['Contact.Phone-Write', ['speak', 'talk', 'converse', 'phone', 'telephone', 'tweet', 'email']],
  ['Statement.Condemn', ['condemn', 'denounce', 'decry', 'deplore', 'criticize', 'criticise']],
  ['Personnel.End-Position', ['dismiss', 'sack', 'resign', 'oust']],
  ['Personnel.Start-Position', ['hire', 'appoint', 'elect']],
  ['Movement.Flee', ['flee', 'abscond']],
];
// A synonym joins a seed's type only if it is a specific word (few senses) whose first sense is the
// seed's: "go" is a sense of "die" and "remove" one of "kill", but neither names a death.
const MAX_SYNONYM_SENSES = 3;

let typeOfLemma: Map<string, string> | null = null;

function buildIndex(): Map<string, string> {
  const index = new Map<string, string>();
  // Seeds first, in order, so a seed is never taken by an earlier type's synonym list.
  for (const [type, seeds] of EVENT_TYPES) for (const seed of seeds) if (!index.has(seed)) index.set(seed, type);
  for (const [type, seeds] of EVENT_TYPES) {
    for (const seed of seeds) {
      for (const wordClass of ['v', 'n', 'a'] as const) {
        const [first] = senseKeys(seed, wordClass, 1);
        if (!first) continue;
        for (const synonym of synonymsOf(first)) {
          if (index.has(synonym) || synonym.includes('_') || senseCount(synonym, wordClass) > MAX_SYNONYM_SENSES) continue;
          // ... and only if this is its first meaning: "last" can mean survive, but mostly means endure.
          if (senseKeys(synonym, wordClass, 1)[0] !== first) continue;
          index.set(synonym, type);
        }
      }
    }
  }
  return index;
}

/** The event type a predicate or event lemma names ("capture" -> "Justice.Arrest-Jail"), or null. */
export function eventTypeOf(lemma: string): string | null {
  typeOfLemma ??= buildIndex();
  return typeOfLemma.get(lemma.toLowerCase()) ?? null;
}

/** A predicate with its polarity: "was not hurt" is { type: 'Life.Injure', isPositive: false }. */
export interface EventLiteral {
  type: string;
  isPositive: boolean;
}

// What one outcome says of another, for the same person: a death is an injury and not a survival; a
// survival is not a death; coming out unhurt is surviving. With their contrapositives, this lets
// "Kadhimi was killed" meet "the prime minister was not hurt" as a contradiction, and "Iraq's
// leader survived" meet it as support.
const ENTAILMENTS: Array<[EventLiteral, EventLiteral]> = [
  [{ type: 'Life.Die', isPositive: true }, { type: 'Life.Injure', isPositive: true }],
  [{ type: 'Life.Die', isPositive: true }, { type: 'Survive', isPositive: false }],
  [{ type: 'Survive', isPositive: true }, { type: 'Life.Die', isPositive: false }],
  [{ type: 'Life.Injure', isPositive: false }, { type: 'Survive', isPositive: true }],
];

const same = (a: EventLiteral, b: EventLiteral): boolean => a.type === b.type && a.isPositive === b.isPositive;
const negate = (a: EventLiteral): EventLiteral => ({ type: a.type, isPositive: !a.isPositive });

// The table with each rule's contrapositive, made once.
const RULES: Array<[EventLiteral, EventLiteral]> = ENTAILMENTS.flatMap(([a, b]) => [[a, b], [negate(b), negate(a)]] as Array<[EventLiteral, EventLiteral]>);

/** Whether `from` entails `to` through the table (and contrapositives), in any number of steps. */
function entails(from: EventLiteral, to: EventLiteral): boolean {
  const reached: EventLiteral[] = [from];
  for (let i = 0; i < reached.length; i++) {
    const at = reached[i] as EventLiteral;
    if (same(at, to)) return true;
    for (const [a, b] of RULES) if (same(a, at) && !reached.some((r) => same(r, b))) reached.push(b);
  }
  return false;
}

// Answers by their four inputs: assessClaim asks the same few pairs for every fact of a subject (7.6%
// of a loaded server's time went to entails, remaking the table on every call).
const relations = new Map<string, 'SUPPORTS' | 'CONTRADICTS' | null>();

/** What a stated fact says of a claim about the same subject: it supports it, contradicts it, or neither. */
export function relateOutcomes(fact: EventLiteral, claim: EventLiteral): 'SUPPORTS' | 'CONTRADICTS' | null {
  const key = `${fact.type}|${fact.isPositive}|${claim.type}|${claim.isPositive}`;
  const known = relations.get(key);
  if (known !== undefined) return known;
  const relation = entails(fact, claim) ? 'SUPPORTS' : entails(fact, negate(claim)) || entails(claim, negate(fact)) ? 'CONTRADICTS' : null;
  relations.set(key, relation);
  return relation;
}
