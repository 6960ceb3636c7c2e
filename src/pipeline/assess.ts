// Answers "which sources support this claim, and who says otherwise?" for a sentence a user types:
// the claim is read by the same extractor as the articles, matched to stored facts by signature
// (subject, predicate class, counted thing), and the matched facts' evidence is re-labelled relative to it.

import type { AssessmentEvidence, AssessmentIndex, ClaimAssessment, Entity, Evidence, Fact, Source, Verdict } from '../model.js';
import { segmentSource } from './segment.js';
import { extractClaims, type ClaimDraft, type SubjectRef } from './extract-claims.js';
import { areSurnamesAlike, entityWords, surnameKeys } from './resolve-entities.js';
import { areSynonyms, isPersonNoun, relatedSenseKeys, senseKeys } from './lexicon.js';
import { eventTypeOf, relateOutcomes } from './event-types.js';
import { hasVector, wordSimilarity } from './word-vectors.js';
import { areCountsCompatible } from './numbers.js';
import { areTimesCompatible, clusterDate } from './times.js';
import { analyseSpan, type AnalysedSentence } from './nlp.js';
import { predictStance, profileSentences, profileText, shippedStanceModel, type TextProfile } from './stance.js';

// A source that shares fewer of the claim's content words than this is not about the claim, whatever the
// model says ("green" in "Green Zone" does not make an article about a green Eiffel Tower).
const MIN_SHARED_CLAIM_WORDS = 0.5;
// Objects this close in word vectors are taken as one thing: "home" and "residence" (0.57), "house"
// and "residence" (0.62); "home" and "airport" are not (0.33).
const SIMILAR_OBJECTS = 0.55;

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

interface Prepared {
  factsById: Map<string, Fact>;
  /** Position of each fact in the corpus order (by confidence), for stable answers. */
  position: Map<string, number>;
  supportByFact: Map<string, Evidence[]>;
  /** Positions of the facts (in corpus order) by each of their content words, ascending: which facts talk about a claim's words. */
  factsByWord: Map<string, number[]>;
  /** Facts by subject (an entity id, "~noun", or "" for none), in corpus order: an assertion's candidates. */
  factsBySubject: Map<string, Fact[]>;
  /** The nouns stored as subjects ("guard" of "~guard"), with the lookups that find which are alike a claim's noun. */
  nouns: NounIndex;
  /** The entities' aliases filed for subjectsOf, which otherwise read every alias of every entity per claim. */
  names: EntityNames;
  /** Facts of each kind, in corpus order: a count's or a time's candidates. */
  factsByKind: Map<Fact['kind'], Fact[]>;
  /** Supporting evidence by source, in corpus order. */
  supportBySource: Map<string, Evidence[]>;
  /** Each source's text with page noise blanked (offsets kept), read for the stance model. */
  profiles: Array<{ key: string; text: string; profile: TextProfile }>;
  /** Positions in `profiles` of the sources whose profile has a word, ascending. */
  profilesByWord: Map<string, number[]>;
  /** The date most sources carry (clusterDate), against which a claim's times are read. */
  clusterDay: string | null;
  /** Positions in `index.disputes` of the disputes that list each fact, ascending. */
  disputesOfFact: Map<string, number[]>;
}

/** Appends to a list in a map, creating it. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The stored subject nouns filed so that the few alike a claim's noun (areNounsAlike) are found
 * without comparing it with each of them, which cost most of an assessment (thousands of WordNet
 * look-ups). Each lookup returns a superset of one of areNounsAlike's tests; the candidates are then
 * checked with areNounsAlike itself, so the answer is the same as comparing with every noun.
 */
export interface NounIndex {
  all: Set<string>;
  /** By each ending of four letters or more (the noun itself included): the nouns a longer noun ends with. */
  byEnding: Map<string, string[]>;
  /** By each WordNet sense among a noun's first and each sense one step from those (areSynonyms' reach). */
  bySense: Map<string, string[]>;
  /** Nouns that have a word vector: only those can be close to another word (wordSimilarity). */
  withVector: string[];
}

/** The shortest ending of a noun that areNounsAlike matches on ("guard" in "coastguard"). */
const MIN_ENDING = 4;

export function indexNouns(nouns: Iterable<string>): NounIndex {
  const index: NounIndex = { all: new Set(), byEnding: new Map(), bySense: new Map(), withVector: [] };
  for (const noun of nouns) {
    if (index.all.has(noun)) continue;
    index.all.add(noun);
    for (let from = 0; noun.length - from >= MIN_ENDING; from++) push(index.byEnding, noun.slice(from), noun);
    const senses = new Set<string>();
    for (const key of senseKeys(noun, 'n')) {
      senses.add(key);
      for (const related of relatedSenseKeys(key)) senses.add(related);
    }
    for (const key of senses) push(index.bySense, key, noun);
    if (hasVector(noun)) index.withVector.push(noun);
  }
  return index;
}

/** The stored nouns `a` for which areNounsAlike(a, noun) holds. */
export function nounsAlike(noun: string, index: NounIndex): Set<string> {
  const candidates = new Set<string>();
  if (index.all.has(noun)) candidates.add(noun);
  // A stored noun ending with this one, or this one ending with a stored noun.
  for (const stored of index.byEnding.get(noun) ?? []) candidates.add(stored);
  for (let from = 1; noun.length - from >= MIN_ENDING; from++) if (index.all.has(noun.slice(from))) candidates.add(noun.slice(from));
  for (const key of senseKeys(noun, 'n')) for (const stored of index.bySense.get(key) ?? []) candidates.add(stored);
  if (hasVector(noun)) for (const stored of index.withVector) if ((wordSimilarity(stored, noun) ?? 0) >= SIMILAR_OBJECTS) candidates.add(stored);
  for (const stored of candidates) if (!areNounsAlike(stored, noun)) candidates.delete(stored);
  return candidates;
}

/**
 * What subjectsOf asks of the entities, each answer the first entity in corpus order as its scan
 * found: by an alias's name words, by an alias's last name word, by a person's title; and each
 * person's title words, for ranking persons by how close a person noun is to their titles.
 */
interface EntityNames {
  /** An alias's name words joined by spaces -> position of the first entity that has it. */
  firstByName: Map<string, number>;
  /** An alias's last name word -> position of the first entity with such an alias. */
  firstBySurname: Map<string, number>;
  /** Those last name words by surnameKeys, so that a lookup compares only the alike ones. */
  surnamesByKey: Map<string, string[]>;
  /** An alias of a person -> the first person that has it. */
  personByAlias: Map<string, Entity>;
  /** The persons, in corpus order, with the words of their lower-case aliases (titles). */
  persons: Array<{ entity: Entity; titleWords: string[] }>;
}

function indexNames(entities: Entity[]): EntityNames {
  const names: EntityNames = { firstByName: new Map(), firstBySurname: new Map(), surnamesByKey: new Map(), personByAlias: new Map(), persons: [] };
  entities.forEach((entity, position) => {
    for (const alias of entity.aliases) {
      const words = entityWords(alias);
      const joined = words.join(' ');
      const surname = words[words.length - 1] ?? '';
      if (!names.firstByName.has(joined)) names.firstByName.set(joined, position);
      if (!names.firstBySurname.has(surname)) {
        names.firstBySurname.set(surname, position);
        for (const key of surnameKeys(surname)) push(names.surnamesByKey, key, surname);
      }
      if (entity.type === 'PERSON' && !names.personByAlias.has(alias)) names.personByAlias.set(alias, entity);
    }
    if (entity.type === 'PERSON') {
      names.persons.push({ entity, titleWords: entity.aliases.filter((a) => a === a.toLowerCase()).flatMap((title) => title.split(' ')) });
    }
  });
  return names;
}

/** The first entity with an alias of these name words, or whose last name word is alike the name's. */
function entityNamed(words: string[], entities: Entity[], names: EntityNames): Entity | undefined {
  const surname = words[words.length - 1] ?? '';
  let first = names.firstByName.get(words.join(' ')) ?? Infinity;
  // Every surname alike this one shares a key with it: the rest of the corpus's surnames are not read.
  for (const key of surnameKeys(surname)) {
    for (const stored of names.surnamesByKey.get(key) ?? []) {
      const position = names.firstBySurname.get(stored) ?? Infinity;
      if (position < first && areSurnamesAlike(stored, surname)) first = position;
    }
  }
  return entities[first];
}

const prepared = new WeakMap<AssessmentIndex, Prepared>();

/** The content words of a text read whole (one span, not paragraph by paragraph), or of its sentences so read. */
function contentWords(text: string, analysed: readonly AnalysedSentence[] = analyseSpan(text, 0, text.length)): Set<string> {
  const words = new Set<string>();
  for (const sentence of analysed) {
    for (const t of sentence.tokens) if (CONTENT_POS.has(t.pos) && t.lemma.length > 2 && t.lemma !== 'be') words.add(t.lemma);
  }
  return words;
}

/** Reads every source and fact of an index once, so the first assessment is as fast as the rest. */
export function prepareAssessment(index: AssessmentIndex): void {
  prepare(index);
}

function prepare(index: AssessmentIndex): Prepared {
  const cached = prepared.get(index);
  if (cached) return cached;
  const supportByFact = new Map<string, Evidence[]>();
  const supportBySource = new Map<string, Evidence[]>();
  for (const e of index.evidence) {
    if (e.stance !== 'SUPPORTS') continue;
    push(supportByFact, e.factId, e);
    push(supportBySource, e.sourceKey, e);
  }
  const factsByWord = new Map<string, number[]>();
  const factsBySubject = new Map<string, Fact[]>();
  const factsByKind = new Map<Fact['kind'], Fact[]>();
  index.facts.forEach((fact, position) => {
    const quotes = (supportByFact.get(fact.id) ?? []).map((e) => e.quote).join(' ');
    for (const word of contentWords(`${fact.statement}. ${quotes}`)) push(factsByWord, word, position);
    push(factsBySubject, fact.signature.subject ?? '', fact);
    push(factsByKind, fact.kind, fact);
  });
  const profiles = index.sources.map((source) => {
    let text = source.text;
    for (const noise of source.noise) text = text.slice(0, noise.start) + ' '.repeat(noise.end - noise.start) + text.slice(noise.end);
    return { key: source.key, text: source.text, profile: profileText(text) };
  });
  const profilesByWord = new Map<string, number[]>();
  profiles.forEach(({ profile }, i) => {
    for (const word of profile.counts.keys()) push(profilesByWord, word, i);
  });
  const result: Prepared = {
    factsById: new Map(index.facts.map((f) => [f.id, f])),
    position: new Map(index.facts.map((f, i) => [f.id, i])),
    supportByFact,
    factsByWord,
    factsBySubject,
    nouns: indexNouns([...factsBySubject.keys()].filter((subject) => subject.startsWith('~')).map((subject) => subject.slice(1))),
    names: indexNames(index.entities),
    factsByKind,
    supportBySource,
    profiles,
    profilesByWord,
    clusterDay: clusterDate(index.sources),
    disputesOfFact: new Map(),
  };
  index.disputes.forEach((dispute, position) => {
    for (const id of dispute.factIds) push(result.disputesOfFact, id, position);
  });
  prepared.set(index, result);
  return result;
}

/**
 * The facts whose subject can be the claim's: those of an entity, or, for a common noun ("~guard"),
 * those of every stored noun subject alike it. Looked up, not scanned: a request does not read the corpus.
 */
function factsOfSubject(subject: string, p: Prepared): Fact[] {
  if (!subject.startsWith('~')) return p.factsBySubject.get(subject) ?? [];
  const facts: Fact[] = [];
  for (const stored of nounsAlike(subject.slice(1), p.nouns)) facts.push(...(p.factsBySubject.get(`~${stored}`) ?? []));
  return facts.sort((a, b) => (p.position.get(a.id) ?? 0) - (p.position.get(b.id) ?? 0));
}

/**
 * The entity ids a claim's subject may refer to, best first. A name or a title held in these articles
 * gives one; a bare person noun that names no one here ("Iraq's leader", "the official") gives every
 * person, ranked by how close the noun is to the titles they hold, for the facts to decide among.
 */
function subjectsOf(ref: SubjectRef | null, index: AssessmentIndex, p: Prepared): string[] {
  if (!ref || ref.kind === 'pronoun') return [];
  if (ref.kind === 'name') {
    const words = entityWords(ref.text);
    return [entityNamed(words, index.entities, p.names)?.id ?? `?${words.join(' ')}`];
  }
  for (let from = 0; from < ref.words.length; from++) {
    const holder = p.names.personByAlias.get(ref.words.slice(from).join(' '));
    if (holder) return [holder.id];
  }
  if (!isPersonNoun(ref.lemma)) return [`~${ref.lemma}`];
  // Each title word compared once, each person's closeness computed once, then sorted by it.
  const similarity = new Map<string, number>();
  const closeness = new Map<Entity, number>();
  for (const { entity, titleWords } of p.names.persons) {
    let best = 0;
    for (const word of titleWords) {
      let value = similarity.get(word);
      if (value === undefined) {
        value = wordSimilarity(ref.lemma, word) ?? 0;
        similarity.set(word, value);
      }
      best = Math.max(best, value);
    }
    closeness.set(entity, best);
  }
  const persons = p.names.persons.map((person) => person.entity).sort((a, b) => (closeness.get(b) ?? 0) - (closeness.get(a) ?? 0));
  return [`~${ref.lemma}`, ...persons.map((e) => e.id)];
}

export function areNounsAlike(a: string, b: string): boolean {
  return a === b || (a.length > b.length ? a.endsWith(b) && b.length >= 4 : b.endsWith(a) && a.length >= 4) || areSynonyms(a, b, 'n') || (wordSimilarity(a, b) ?? 0) >= SIMILAR_OBJECTS;
}

/** The event type of a lemma, or of a stored predicate class ("@Life.Injure"). */
function typeOf(predicate: string): string | null {
  return predicate.startsWith('@') ? predicate.slice(1) : eventTypeOf(predicate);
}

/** Whether a claim's predicate names the same kind of event as a fact's: one event type, or WordNet synonyms when untyped. */
/**
 * One draft's comparisons with stored words, each asked once: the thousands of facts a draft is
 * compared with share a few hundred predicates and objects, and each comparison reads WordNet.
 */
class DraftWords {
  readonly draft: ClaimDraft;
  readonly claimType: string | null;
  private readonly types = new Map<string, string | null>();
  private readonly forms = new Map<string, boolean>();
  private readonly objects = new Map<string, boolean>();
  /** By a fact's event type: the relation of its negative and of its positive outcome to the draft's. */
  private readonly outcomes = new Map<string, Array<'SUPPORTS' | 'CONTRADICTS' | null | undefined>>();

  constructor(draft: ClaimDraft) {
    this.draft = draft;
    this.claimType = eventTypeOf(draft.predicate);
  }

  typeOf(predicate: string): string | null {
    let type = this.types.get(predicate);
    if (type === undefined) {
      type = typeOf(predicate);
      this.types.set(predicate, type);
    }
    return type;
  }

  isFormAlike(form: string, wordClass: 'n' | 'v'): boolean {
    const key = `${wordClass}${form}`;
    let alike = this.forms.get(key);
    if (alike === undefined) {
      const predicate = this.draft.predicate;
      alike = form === predicate || areSynonyms(predicate, form, 'v') || areSynonyms(predicate, form, wordClass) || areSynonyms(form, predicate, 'v');
      this.forms.set(key, alike);
    }
    return alike;
  }

  /** relateOutcomes of a fact's event type and polarity with this (asserted) draft's. */
  relateOutcome(factType: string, isPositive: boolean): 'SUPPORTS' | 'CONTRADICTS' | null {
    let byPolarity = this.outcomes.get(factType);
    if (!byPolarity) {
      byPolarity = [undefined, undefined];
      this.outcomes.set(factType, byPolarity);
    }
    const slot = isPositive ? 1 : 0;
    let relation = byPolarity[slot];
    if (relation === undefined) {
      const claim = { type: this.claimType ?? '', isPositive: this.draft.value.kind === 'ASSERTION' && this.draft.value.isPositive };
      relation = relateOutcomes({ type: factType, isPositive }, claim);
      byPolarity[slot] = relation;
    }
    return relation;
  }

  isObjectAlike(object: string): boolean {
    let alike = this.objects.get(object);
    if (alike === undefined) {
      alike = areNounsAlike(object, this.draft.object ?? '');
      this.objects.set(object, alike);
    }
    return alike;
  }
}

function isPredicateAlike(words: DraftWords, fact: Fact): boolean {
  const factType = words.typeOf(fact.signature.predicate);
  if (words.claimType || factType) return words.claimType === factType;
  const wordClass = fact.kind === 'TIME' ? 'n' : 'v';
  // Loops rather than an array and a closure per fact: a claim about a person meets hundreds of facts.
  const forms = fact.signature.predicateForms;
  if (!forms) return words.isFormAlike(fact.signature.predicate, wordClass);
  for (const form of forms) if (words.isFormAlike(form, wordClass)) return true;
  return false;
}

function isSubjectAlike(subject: string | null, fact: Fact): boolean {
  const stored = fact.signature.subject;
  if (stored === null || subject === null) return stored === subject || fact.kind === 'TIME';
  if (stored.startsWith('~') && subject.startsWith('~')) return areNounsAlike(stored.slice(1), subject.slice(1));
  return stored === subject;
}

/** A claim's object, when it has one, must be the fact's: "attacked his home" is not "attacked the airport". */
function isObjectAlike(words: DraftWords, fact: Fact): boolean {
  if (!words.draft.object || !fact.signature.object) return true;
  const objects = fact.signature.objectForms;
  if (!objects) return words.isObjectAlike(fact.signature.object);
  for (const object of objects) if (words.isObjectAlike(object)) return true;
  return false;
}

/** Whether the draft's value agrees with a fact on the same question. */
function agrees(draft: ClaimDraft, fact: Fact): boolean {
  const a = draft.value;
  const b = fact.value;
  if (a.kind === 'QUANTITY' && b.kind === 'QUANTITY') return areCountsCompatible(a, b);
  if (a.kind === 'TIME' && b.kind === 'TIME') return areTimesCompatible(a, b);
  if (a.kind === 'ASSERTION' && b.kind === 'ASSERTION') return a.isPositive === b.isPositive;
  return false;
}

/**
 * What an assertion fact says of an asserted claim: support, contradiction, or nothing. Outcomes of one
 * person relate across types ("was not hurt" supports "survived" and contradicts "was killed").
 */
function relateAssertion(words: DraftWords, fact: Fact): 'SUPPORTS' | 'CONTRADICTS' | null {
  const { draft, claimType } = words;
  if (fact.kind !== 'ASSERTION' || fact.value.kind !== 'ASSERTION' || draft.value.kind !== 'ASSERTION' || !isObjectAlike(words, fact)) return null;
  const factType = words.typeOf(fact.signature.predicate);
  if (claimType && factType) {
    const relation = words.relateOutcome(factType, fact.value.isPositive);
    if (relation || claimType !== factType) return relation;
  } else if (!isPredicateAlike(words, fact)) return null;
  return agrees(draft, fact) ? 'SUPPORTS' : 'CONTRADICTS';
}

/** Facts bearing on the draft, each with what it says of it; for counts and times, a question's rival answers too. */
function relatedFacts(draft: ClaimDraft, index: AssessmentIndex, p: Prepared): Array<{ fact: Fact; relation: 'SUPPORTS' | 'CONTRADICTS' }> {
  const related = new Map<string, { fact: Fact; relation: 'SUPPORTS' | 'CONTRADICTS' }>();
  const words = new DraftWords(draft);
  if (draft.kind === 'ASSERTION') {
    // The first candidate subject that any fact speaks of is the one meant.
    for (const subject of subjectsOf(draft.subject, index, p)) {
      for (const fact of factsOfSubject(subject, p)) {
        const relation = relateAssertion(words, fact);
        if (relation) related.set(fact.id, { fact, relation });
      }
      if (related.size > 0) break;
    }
  } else {
    const subject = subjectsOf(draft.subject, index, p)[0] ?? null;
    for (const fact of p.factsByKind.get(draft.kind) ?? []) {
      if (!isPredicateAlike(words, fact)) continue;
      if (draft.kind === 'QUANTITY') {
        const objects = fact.signature.objectForms ?? (fact.signature.object ? [fact.signature.object] : []);
        if (!draft.object || !objects.some((o) => words.isObjectAlike(o))) continue;
      } else if (!isSubjectAlike(subject?.startsWith('~') ? null : subject, fact)) continue;
      related.set(fact.id, { fact, relation: agrees(draft, fact) ? 'SUPPORTS' : 'CONTRADICTS' });
    }
  }
  // A dispute's other answers contradict what one of its answers supports. The disputes are taken in
  // corpus order, as a pass over all of them would take them, but only those that list a supported
  // fact are read: a supported fact a dispute adds puts its own later disputes in turn.
  const pending = new Set<number>();
  const awaitDisputes = (factId: string, after: number): void => {
    for (const position of p.disputesOfFact.get(factId) ?? []) if (position > after) pending.add(position);
  };
  for (const [id, { relation }] of related) if (relation === 'SUPPORTS') awaitDisputes(id, -1);
  while (pending.size > 0) {
    const position = Math.min(...pending);
    pending.delete(position);
    const dispute = index.disputes[position] as AssessmentIndex['disputes'][number];
    for (const id of dispute.factIds) {
      const fact = p.factsById.get(id);
      if (!fact || related.has(id)) continue;
      const relation = draft.kind === 'ASSERTION' || !agrees(draft, fact) ? 'CONTRADICTS' : 'SUPPORTS';
      related.set(id, { fact, relation });
      if (relation === 'SUPPORTS') awaitDisputes(id, position);
    }
  }
  return [...related.values()];
}

/** Per source position, how many of the claim's words it shares: all 0 between requests. */
let sharedWords = new Uint32Array(0);

export function assessClaim(text: string, index: AssessmentIndex): ClaimAssessment {
  const p = prepare(index);
  // A claim typed about these articles speaks from their time: "on Saturday night" is read against
  // the date most of them carry.
  const source: Source = { key: '__claim__', title: null, outlet: null, url: null, publishedAt: p.clusterDay, dateline: null, text, noise: [], origin: { path: '', record: null } };
  const sentences = segmentSource(source);
  // The stance model's profile of the claim from the same reading: segmentSource skips only lines of
  // white space, which profileText would read (to no sentences; a claim seldom has them).
  const claimProfile = /(^|\n)[^\S\n]+(\n|$)/.test(text) ? profileText(text) : profileSentences(sentences);
  const { claims: drafts } = extractClaims(source, sentences);
  const supported = new Map<string, Fact>();
  const contradicted = new Map<string, Fact>();
  // Counts and times are more specific than the bare assertion in the same words ("seven guards were
  // injured" vs "guards were injured"): when they match, the assertion about the counted thing is skipped.
  const ordered = [...drafts].sort((a, b) => (a.kind === 'ASSERTION' ? 1 : 0) - (b.kind === 'ASSERTION' ? 1 : 0));
  const covered = new Set<string>();
  for (const draft of ordered) {
    if (draft.kind === 'ASSERTION' && draft.subject?.kind === 'noun' && covered.has(`${draft.subject.lemma}|${draft.predicate}`)) continue;
    const facts = relatedFacts(draft, index, p);
    if (facts.length === 0) continue;
    if (draft.kind === 'QUANTITY' && draft.object) covered.add(`${draft.object}|${draft.predicate}`);
    for (const { fact, relation } of facts) (relation === 'SUPPORTS' ? supported : contradicted).set(fact.id, fact);
  }
  for (const id of supported.keys()) contradicted.delete(id);

  const relabel = (facts: Iterable<Fact>, stance: Evidence['stance']): AssessmentEvidence[] =>
    [...facts].flatMap((f) => (p.supportByFact.get(f.id) ?? []).map((e) => ({ ...e, stance })));
  const supporting = relabel(supported.values(), 'SUPPORTS');
  const contradicting = relabel(contradicted.values(), 'CONTRADICTS');
  const byConfidence = (a: Fact, b: Fact): number => b.confidence - a.confidence;
  let matches = [...[...supported.values()].sort(byConfidence), ...[...contradicted.values()].sort(byConfidence)];

  // The stance model reads every source whole and says which speak of the claim; those not already on a
  // side are "mentioning". Sides come only from matched facts, with their quotes: on claims it has not
  // seen in training the model tells topic well and truth badly (it calls "Kadhimi was killed" agreed).
  const claimWords = [...claimProfile.counts.keys()];
  const model = shippedStanceModel();
  const taken = new Set([...supporting, ...contradicting].map((e) => e.sourceKey));
  const mentioning: AssessmentEvidence[] = [];
  // Only sources sharing a word with the claim can pass the share test; they are visited in corpus order.
  // The counts go into an array kept between requests, set back to 0 before anything else runs.
  if (sharedWords.length < p.profiles.length) sharedWords = new Uint32Array(p.profiles.length);
  const sharing: number[] = [];
  for (const word of claimWords) {
    for (const i of p.profilesByWord.get(word) ?? []) {
      if (sharedWords[i] === 0) sharing.push(i);
      sharedWords[i] = (sharedWords[i] as number) + 1;
    }
  }
  const candidates: number[] = [];
  for (const i of sharing) {
    if ((sharedWords[i] as number) / claimWords.length >= MIN_SHARED_CLAIM_WORDS) candidates.push(i);
    sharedWords[i] = 0;
  }
  for (const i of candidates.sort((a, b) => a - b)) {
    const source = p.profiles[i] as Prepared['profiles'][number];
    if (taken.has(source.key)) continue;
    const verdict = predictStance(model, claimProfile, source.profile);
    if (verdict.label === 'unrelated' || !verdict.sentence) continue;
    const { start, end } = verdict.sentence;
    const factId = p.supportBySource.get(source.key)?.find((e) => e.start < end && start < e.end)?.factId ?? null;
    const weight = Math.round((1 - verdict.probabilities.unrelated) * 1000) / 1000;
    mentioning.push({ factId, sourceKey: source.key, claimId: '', stance: 'DISCUSSES', quote: source.text.slice(start, end), start, end, attribution: null, isHedged: false, weight });
  }

  let verdict: Verdict;
  let confidence: number;
  if (supporting.length > 0 && contradicting.length > 0) verdict = 'DISPUTED';
  else if (supporting.length > 0) verdict = 'SUPPORTED';
  else if (contradicting.length > 0) verdict = 'CONTRADICTED';
  else {
    // No fact answers the same question: say whether the articles talk about these things at all.
    // Counted by position: thousands of facts share a common word, and only those sharing half the
    // claim's words are kept, in corpus order before the (stable) sort by shared words and confidence.
    // A claim of one line that is not blank was read as one span by segmentSource: no second reading.
    const words = contentWords(text, !text.includes('\n') && text.trim() !== '' ? sentences : undefined);
    const shared = new Uint16Array(index.facts.length);
    const touched: number[] = [];
    for (const word of words) {
      for (const position of p.factsByWord.get(word) ?? []) {
        const count = (shared[position] ?? 0) + 1;
        shared[position] = count;
        if (count === 1) touched.push(position);
      }
    }
    const related = touched
      .filter((position) => words.size > 0 && (shared[position] ?? 0) / words.size >= 0.5)
      .sort((a, b) => a - b)
      .map((position) => ({ f: index.facts[position] as Fact, shared: shared[position] ?? 0 }))
      .sort((a, b) => b.shared - a.shared || b.f.confidence - a.f.confidence);
    matches = related.slice(0, 5).map((x) => x.f);
    verdict = matches.length > 0 || mentioning.length > 0 ? 'UNVERIFIED' : 'UNRELATED';
  }
  if (verdict === 'SUPPORTED' || verdict === 'DISPUTED') confidence = Math.max(...[...supported.values()].map((f) => f.confidence));
  else if (verdict === 'CONTRADICTED') confidence = Math.round((1 - Math.max(...[...contradicted.values()].map((f) => f.confidence))) * 0.5 * 1000) / 1000;
  else confidence = 0;
  return { text, verdict, confidence, factIds: matches.map((f) => f.id), supporting, contradicting, mentioning };
}
