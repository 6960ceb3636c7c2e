// Answers "which sources support this claim, and who says otherwise?" for a sentence a user types:
// the claim is read by the same extractor as the articles, matched to stored facts by signature
// (subject, predicate class, counted thing), and the matched facts' evidence is re-labelled relative to it.

import type { AssessmentEvidence, AssessmentIndex, ClaimAssessment, Evidence, Fact, Source, Verdict } from '../model.js';
import { segmentSource } from './segment.js';
import { extractClaims, type ClaimDraft, type SubjectRef } from './extract-claims.js';
import { areSurnamesAlike, nameWords } from './resolve-entities.js';
import { areSynonyms, relatedSenseKeys, senseKeys } from './lexicon.js';
import { areCountsCompatible } from './numbers.js';
import { areTimesCompatible } from './times.js';
import { analyseSpan } from './nlp.js';
import { predictStance, profileText, shippedStanceModel, type TextProfile } from './stance.js';

// A source that shares fewer of the claim's content words than this is not about the claim, whatever the
// model says ("green" in "Green Zone" does not make an article about a green Eiffel Tower).
const MIN_SHARED_CLAIM_WORDS = 0.5;

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

interface Prepared {
  factsById: Map<string, Fact>;
  supportByFact: Map<string, Evidence[]>;
  /** Facts by each of their content words, in corpus order: which facts talk about a claim's words. */
  factsByWord: Map<string, Fact[]>;
  /** Supporting evidence by source, in corpus order. */
  supportBySource: Map<string, Evidence[]>;
  /** Each source's text with page noise blanked (offsets kept), read for the stance model. */
  profiles: Array<{ key: string; text: string; profile: TextProfile }>;
  /** Positions in `profiles` of the sources whose profile has a word, ascending. */
  profilesByWord: Map<string, number[]>;
  predicates: PredicateIndex;
}

/**
 * Facts by the predicate forms they use, and those forms by their first WordNet senses and the senses
 * one step from them, so that the facts whose predicate can be alike a claim's (isPredicateAlike) are
 * looked up instead of testing every fact of the corpus on every request.
 */
interface PredicateIndex {
  factsByForm: Map<string, Fact[]>;
  /** Sense key ("v:01234567") -> forms with that sense among their first three. */
  formsBySense: Map<string, Set<string>>;
  /** Sense key -> forms one of whose first three verb senses points to it (hypernym, similar). */
  formsByRelatedSense: Map<string, Set<string>>;
  position: Map<string, number>;
}

function factForms(fact: Fact): string[] {
  return fact.signature.predicateForms ?? [fact.signature.predicate];
}

function indexPredicates(facts: Fact[]): PredicateIndex {
  const index: PredicateIndex = { factsByForm: new Map(), formsBySense: new Map(), formsByRelatedSense: new Map(), position: new Map() };
  const addTo = (map: Map<string, Set<string>>, key: string, form: string): void => {
    const forms = map.get(key);
    if (forms) forms.add(form);
    else map.set(key, new Set([form]));
  };
  facts.forEach((fact, i) => {
    index.position.set(fact.id, i);
    for (const form of new Set(factForms(fact))) {
      const list = index.factsByForm.get(form);
      if (list) list.push(fact);
      else {
        index.factsByForm.set(form, [fact]);
        for (const key of [...senseKeys(form, 'v'), ...senseKeys(form, 'n')]) addTo(index.formsBySense, key, form);
        for (const key of senseKeys(form, 'v')) for (const related of relatedSenseKeys(key)) addTo(index.formsByRelatedSense, related, form);
      }
    }
  });
  return index;
}

/**
 * Every fact whose predicate forms can pass isPredicateAlike for this predicate, in corpus order: forms
 * equal to it, sharing one of its senses or one step from them (areSynonyms of the predicate and the
 * form), or one step from one of its senses (areSynonyms of the form and the predicate).
 */
function predicateCandidates(predicate: string, index: PredicateIndex): Fact[] {
  const forms = new Set([predicate]);
  for (const wordClass of ['v', 'n'] as const) {
    for (const key of senseKeys(predicate, wordClass)) {
      for (const probe of [key, ...relatedSenseKeys(key)]) for (const form of index.formsBySense.get(probe) ?? []) forms.add(form);
      for (const form of index.formsByRelatedSense.get(key) ?? []) forms.add(form);
    }
  }
  const facts = new Set<Fact>();
  for (const form of forms) for (const fact of index.factsByForm.get(form) ?? []) facts.add(fact);
  return [...facts].sort((a, b) => (index.position.get(a.id) ?? 0) - (index.position.get(b.id) ?? 0));
}

const prepared = new WeakMap<AssessmentIndex, Prepared>();

function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const sentence of analyseSpan(text, 0, text.length)) {
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
  for (const e of index.evidence) if (e.stance === 'SUPPORTS') supportByFact.set(e.factId, [...(supportByFact.get(e.factId) ?? []), e]);
  const factWords = new Map<string, Set<string>>();
  for (const fact of index.facts) {
    const quotes = (supportByFact.get(fact.id) ?? []).map((e) => e.quote).join(' ');
    factWords.set(fact.id, contentWords(`${fact.statement}. ${quotes}`));
  }
  const profiles = index.sources.map((source) => {
    let text = source.text;
    for (const noise of source.noise) text = text.slice(0, noise.start) + ' '.repeat(noise.end - noise.start) + text.slice(noise.end);
    return { key: source.key, text: source.text, profile: profileText(text) };
  });
  const profilesByWord = new Map<string, number[]>();
  profiles.forEach(({ profile }, i) => {
    for (const word of profile.counts.keys()) {
      const positions = profilesByWord.get(word);
      if (positions) positions.push(i);
      else profilesByWord.set(word, [i]);
    }
  });
  const factsByWord = new Map<string, Fact[]>();
  for (const fact of index.facts) {
    for (const word of factWords.get(fact.id) ?? []) {
      const facts = factsByWord.get(word);
      if (facts) facts.push(fact);
      else factsByWord.set(word, [fact]);
    }
  }
  const supportBySource = new Map<string, Evidence[]>();
  for (const e of index.evidence) {
    if (e.stance !== 'SUPPORTS') continue;
    const list = supportBySource.get(e.sourceKey);
    if (list) list.push(e);
    else supportBySource.set(e.sourceKey, [e]);
  }
  const result = { factsById: new Map(index.facts.map((f) => [f.id, f])), supportByFact, factsByWord, supportBySource, profiles, profilesByWord, predicates: indexPredicates(index.facts) };
  prepared.set(index, result);
  return result;
}

/** The entity id (or "~noun") a claim's subject refers to among the stored entities, or null. */
function subjectOf(ref: SubjectRef | null, index: AssessmentIndex): string | null {
  if (!ref) return null;
  if (ref.kind === 'pronoun') return null;
  if (ref.kind === 'name') {
    const words = nameWords(ref.text);
    const surname = words[words.length - 1] ?? '';
    const match = index.entities.find((e) =>
      e.aliases.some((alias) => {
        const aliasWords = nameWords(alias);
        return aliasWords.join(' ') === words.join(' ') || areSurnamesAlike(aliasWords[aliasWords.length - 1] ?? '', surname);
      }),
    );
    return match?.id ?? `?${words.join(' ')}`;
  }
  for (let from = 0; from < ref.words.length; from++) {
    const title = ref.words.slice(from).join(' ');
    const holder = index.entities.find((e) => e.type === 'PERSON' && e.aliases.includes(title));
    if (holder) return holder.id;
  }
  return `~${ref.lemma}`;
}

function areNounsAlike(a: string, b: string): boolean {
  return a === b || (a.length > b.length ? a.endsWith(b) && b.length >= 4 : b.endsWith(a) && a.length >= 4) || areSynonyms(a, b, 'n');
}

function isPredicateAlike(draft: ClaimDraft, fact: Fact): boolean {
  const forms = fact.signature.predicateForms ?? [fact.signature.predicate];
  const wordClass = fact.kind === 'TIME' ? 'n' : 'v';
  return forms.some((form) => form === draft.predicate || areSynonyms(draft.predicate, form, 'v') || areSynonyms(draft.predicate, form, wordClass) || areSynonyms(form, draft.predicate, 'v'));
}

function isSubjectAlike(subject: string | null, fact: Fact): boolean {
  const stored = fact.signature.subject;
  if (stored === null || subject === null) return stored === subject || fact.kind === 'TIME';
  if (stored.startsWith('~') && subject.startsWith('~')) return areNounsAlike(stored.slice(1), subject.slice(1));
  return stored === subject;
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

/** Facts answering the draft's question: its signature's matches, with their dispute rivals. */
function questionFacts(draft: ClaimDraft, index: AssessmentIndex, p: Prepared): Fact[] {
  const subject = subjectOf(draft.subject, index);
  const direct = predicateCandidates(draft.predicate, p.predicates).filter((fact) => {
    if (fact.kind !== draft.kind || !isPredicateAlike(draft, fact)) return false;
    if (draft.kind === 'QUANTITY') {
      const objects = fact.signature.objectForms ?? (fact.signature.object ? [fact.signature.object] : []);
      return !!draft.object && objects.some((o) => areNounsAlike(o, draft.object ?? ''));
    }
    return isSubjectAlike(draft.kind === 'TIME' && subject?.startsWith('~') ? null : subject, fact);
  });
  const ids = new Set(direct.map((f) => f.id));
  for (const dispute of index.disputes) {
    if (dispute.factIds.some((id) => ids.has(id))) for (const id of dispute.factIds) ids.add(id);
  }
  return [...ids].map((id) => p.factsById.get(id)).filter((f): f is Fact => !!f);
}

export function assessClaim(text: string, index: AssessmentIndex): ClaimAssessment {
  const p = prepare(index);
  const source: Source = { key: '__claim__', title: null, outlet: null, url: null, publishedAt: null, dateline: null, text, noise: [], origin: { path: '', record: null } };
  const { claims: drafts } = extractClaims(source, segmentSource(source));
  const supported = new Map<string, Fact>();
  const contradicted = new Map<string, Fact>();
  // Counts and times are more specific than the bare assertion in the same words ("seven guards were
  // injured" vs "guards were injured"): when they match, the assertion about the counted thing is skipped.
  const ordered = [...drafts].sort((a, b) => (a.kind === 'ASSERTION' ? 1 : 0) - (b.kind === 'ASSERTION' ? 1 : 0));
  const covered = new Set<string>();
  for (const draft of ordered) {
    if (draft.kind === 'ASSERTION' && draft.subject?.kind === 'noun' && covered.has(`${draft.subject.lemma}|${draft.predicate}`)) continue;
    const facts = questionFacts(draft, index, p);
    if (facts.length === 0) continue;
    if (draft.kind === 'QUANTITY' && draft.object) covered.add(`${draft.object}|${draft.predicate}`);
    for (const fact of facts) (agrees(draft, fact) ? supported : contradicted).set(fact.id, fact);
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
  const claimProfile = profileText(text);
  const claimWords = [...claimProfile.counts.keys()];
  const model = shippedStanceModel();
  const taken = new Set([...supporting, ...contradicting].map((e) => e.sourceKey));
  const mentioning: AssessmentEvidence[] = [];
  // Only sources sharing a word with the claim can pass the share test; they are visited in corpus order.
  const sharedWords = new Map<number, number>();
  for (const word of claimWords) for (const i of p.profilesByWord.get(word) ?? []) sharedWords.set(i, (sharedWords.get(i) ?? 0) + 1);
  for (const i of [...sharedWords.keys()].sort((a, b) => a - b)) {
    const source = p.profiles[i] as Prepared['profiles'][number];
    if (taken.has(source.key)) continue;
    const shared = sharedWords.get(i) ?? 0;
    if (claimWords.length === 0 || shared / claimWords.length < MIN_SHARED_CLAIM_WORDS) continue;
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
    const words = contentWords(text);
    const shared = new Map<Fact, number>();
    for (const word of words) for (const f of p.factsByWord.get(word) ?? []) shared.set(f, (shared.get(f) ?? 0) + 1);
    const related = [...shared]
      .map(([f, count]) => ({ f, shared: count }))
      .sort((a, b) => (p.predicates.position.get(a.f.id) ?? 0) - (p.predicates.position.get(b.f.id) ?? 0))
      .filter((x) => words.size > 0 && x.shared / words.size >= 0.5)
      .sort((a, b) => b.shared - a.shared || b.f.confidence - a.f.confidence);
    matches = related.slice(0, 5).map((x) => x.f);
    verdict = matches.length > 0 || mentioning.length > 0 ? 'UNVERIFIED' : 'UNRELATED';
  }
  if (verdict === 'SUPPORTED' || verdict === 'DISPUTED') confidence = Math.max(...[...supported.values()].map((f) => f.confidence));
  else if (verdict === 'CONTRADICTED') confidence = Math.round((1 - Math.max(...[...contradicted.values()].map((f) => f.confidence))) * 0.5 * 1000) / 1000;
  else confidence = 0;
  return { text, verdict, confidence, factIds: matches.map((f) => f.id), supporting, contradicting, mentioning };
}
