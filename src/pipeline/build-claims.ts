// Turns claim drafts into claims with signatures: subjects bound to entities (pronouns to their
// speaker or the last person named), predicates and units reduced to their corpus-wide word classes.

import type { Claim, ClaimSignature, Entity, Source } from '../model.js';
import { AGE_PREDICATE, COMPOSITION_PREDICATE, PLACE_PREDICATE, type ClaimDraft, type SentenceNames, type SubjectRef } from './extract-claims.js';
import { resolveSubject, type EntityIndex } from './resolve-entities.js';
import { classifyWords } from './predicate-classes.js';
import { eventTypeOf } from './event-types.js';
import { arePlacesApart, baseForm, isEventNoun, isGivenNameFirst, isKindOf, isPersonNoun, isPlaceName, isPlaceNoun, isWord, personSenseKey, senseKeys } from './lexicon.js';
import { hashId } from './ids.js';

export interface WordClasses {
  predicates: Map<string, string>;
  events: Map<string, string>;
  units: Map<string, string>;
}

/** The fields of a claim's draft that later stages read: binding nouns here, clustering, statements. */
export type DraftFields = Pick<ClaimDraft, 'subject' | 'predicate' | 'predicateText' | 'object' | 'objectKind' | 'objectText' | 'objectPreposition' | 'complement' | 'countsSubject'>;

function draftFields(draft: ClaimDraft): DraftFields {
  return {
    subject: draft.subject,
    predicate: draft.predicate,
    predicateText: draft.predicateText,
    object: draft.object,
    objectKind: draft.objectKind,
    objectText: draft.objectText,
    objectPreposition: draft.objectPreposition,
    complement: draft.complement,
    countsSubject: draft.countsSubject,
  };
}

export interface BuiltClaim extends Claim {
  draft: DraftFields;
  /** Display name of the subject: the entity's name or the noun phrase as written. */
  subjectName: string | null;
  weight: number;
}

/**
 * The drafts' words that word classes are made of (classifyDraftWords), gathered draft by draft
 * (addDraftWords) as sources are extracted. Each class is of the distinct words, sorted, so the order
 * they come in does not matter.
 */
export interface DraftWords {
  predicates: Set<string>;
  events: Set<string>;
  units: Set<string>;
}

export function noDraftWords(): DraftWords {
  return { predicates: new Set(), events: new Set(), units: new Set() };
}

export function addDraftWords(words: DraftWords, draft: ClaimDraft): void {
  (draft.kind === 'TIME' ? words.events : words.predicates).add(draft.predicate);
  if (draft.object) words.units.add(draft.object);
  if (draft.subject?.kind === 'noun') words.units.add(draft.subject.lemma);
}

export function classifyDraftWords({ predicates, events, units }: DraftWords): WordClasses {
  return {
    predicates: classifyWords(predicates, ['v', 'a'], { isRelatedToo: true, isCompoundToo: false, typeOf: eventTypeOf }),
    // Events look further down the senses: "attempt" is an attack only in its second sense ("an attempt on his life").
    events: classifyWords(events, ['v', 'n'], { isRelatedToo: false, isCompoundToo: false, maxSenses: 5, typeOf: eventTypeOf }),
    // Objects and noun subjects share classes: "a quake", "the earthquake" and "the temblor" struck;
    // and a passive's subject meets the active's object (lendActiveSupport).
    units: classifyWords(units, ['n'], { isRelatedToo: false, isCompoundToo: true }),
  };
}

/** Hedges, anonymous speakers and bounds lower how much a claim counts; extraction doubt too. */
export function claimWeight(draft: ClaimDraft): number {
  const isBounded = draft.value.kind === 'QUANTITY' && draft.value.min !== draft.value.max;
  return Math.round(draft.certainty * (draft.isHedged ? 0.6 : 1) * (draft.isAnonymous ? 0.85 : 1) * (isBounded ? 0.85 : 1) * 1000) / 1000;
}

// How many of the most mentioned entities are looked at for the places a count's place may rival,
// and how many places are kept: the event's own places are among the most mentioned.
const MAX_ENTITIES_FOR_PLACES = 200;
const MAX_RIVAL_PLACES = 10;

type Gender = 'female' | 'male';

const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', him: 'male', his: 'male', himself: 'male', she: 'female', her: 'female', hers: 'female', herself: 'female' };
// English's forms of address, a closed class: "Mrs Chohan", "Mr. Guest".
const ADDRESS_GENDER: Record<string, Gender> = { mr: 'male', 'mr.': 'male', sir: 'male', lord: 'male', mrs: 'female', 'mrs.': 'female', ms: 'female', 'ms.': 'female', miss: 'female', madam: 'female', lady: 'female', dame: 'female' };
const REPORTING = /\b(said|says|told|tells|added|adds|according|stated|explained|wrote|announced|confirmed)\b/i;
// Words a sentence's subject may follow: a title and its qualifiers ("Assistant chief fire officer").
const MAX_WORDS_BEFORE_SUBJECT = 4;
// How far after a name a pronoun is read as referring back to it (within its sentence).
const PRONOUN_WINDOW = 160;

/** The gender WordNet gives a noun: a kind of female person ("woman", "wife", "widow") or of male person. */
function genderOfNoun(word: string): Gender | null {
  const lemma = baseForm(word, 'n');
  if (!lemma || !isPersonNoun(lemma)) return null;
  const female = isKindOf(lemma, 'female');
  const male = isKindOf(lemma, 'male');
  return female === male ? null : female ? 'female' : 'male';
}

/**
 * The gender of a noun a sentence says a name is: identified as it ("The woman, identified by the
 * police as Madeline Kafoury"), or in apposition before or after it ("a woman, Madeline Kafoury,",
 * "Kafoury, a 63-year-old woman from Warren"). Null when there is none.
 */
function describedGender(text: string, start: number, end: number): Gender | null {
  const before = (text.slice(Math.max(0, start - 80), start).split(/[.!?]\s+|\n/).pop() ?? '').toLowerCase();
  const after = (text.slice(end, end + 60).split(/[.!?]\s+|\n/)[0] ?? '').toLowerCase();
  const identified = /\b([a-z]+),? (?:who was |who has been )?(?:identified|named)\b[^,]*?\bas\s*$/.exec(before)?.[1];
  // (An apposition before the name closes after it: "a woman, Madeline Kafoury, died"; in "shot the
  // woman, Smith told reporters" the name opens a clause of its own.)
  const appositionBefore = /^\s*(,|$)/.test(after) ? /\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?([a-z]+),\s*$/.exec(before)?.[1] : undefined;
  const appositionAfter = /^,\s*(?:\d+,\s*)?(?:a|an)\s+((?:[\w-]+\s+){0,3})/.exec(after)?.[1];
  const candidates = [identified, appositionBefore, ...(appositionAfter ?? '').split(/\s+/)].filter((w): w is string => !!w);
  for (const word of candidates) {
    const gender = genderOfNoun(word);
    if (gender) return gender;
  }
  return null;
}

/**
 * Each person's gender as the cluster itself shows it, when it does so one way: a form of address
 * ("Mrs Chohan"), or the third-person pronouns that follow the person's name in sentences that name no
 * other person ("Chohan, who lived half a mile away, was rushed to hospital, where she later died").
 * Two votes at least, and twice as many one way as the other.
 */
function inferGenders(names: SentenceNames[], textOf: Map<string, string>, personOf: (name: string) => string | null): Map<string, Gender> {
  const votes = new Map<string, { female: number; male: number }>();
  const vote = (id: string, gender: Gender, weight: number): void => {
    const v = votes.get(id) ?? { female: 0, male: 0 };
    v[gender] += weight;
    votes.set(id, v);
  };
  for (const entry of names) {
    const persons = entry.names.map((n) => ({ mention: n, id: personOf(n.text) })).filter((p): p is { mention: (typeof entry.names)[number]; id: string } => !!p.id);
    for (const { mention, id } of persons) {
      // ("Mr. LaCalamita": the form of address may be read as part of the name.)
      const address = ADDRESS_GENDER[mention.title ?? ''] ?? ADDRESS_GENDER[/^(\S+)\s/.exec(mention.text)?.[1]?.toLowerCase() ?? ''];
      if (address) vote(id, address, 2);
    }
    if (new Set(persons.map((p) => p.id)).size !== 1) continue;
    const last = persons[persons.length - 1];
    if (!last) continue;
    const text = textOf.get(entry.sourceKey) ?? '';
    // "The woman, identified by the police as Madeline Kafoury, died", "Kafoury, a 63-year-old woman":
    // a noun WordNet makes a kind of woman or of man, said to be the person.
    const described = describedGender(text, last.mention.start, last.mention.end);
    if (described) vote(last.id, described, 2);
    // The person must open the sentence (after a title at most): in "In 1943, she married Billy Neal,
    // where she ..." both pronouns are someone else's, the sentence's unnamed subject.
    const before = text.slice(Math.max(0, last.mention.start - PRONOUN_WINDOW), last.mention.start);
    const opening = before.split(/[.!?]["”]?\s+|\n/).pop() ?? '';
    if (opening.trim().split(/\s+/).filter(Boolean).length > MAX_WORDS_BEFORE_SUBJECT || /\b(he|she|his|her|him)\b/i.test(opening)) continue;
    // Up to the sentence's end: a stop followed by a space and a capital or a quotation mark.
    const window = text.slice(last.mention.end, last.mention.end + PRONOUN_WINDOW).split(/[.!?]["”]?\s+(?=[A-Z"“])/)[0] ?? '';
    // Subject and reflexive pronouns only: an object or possessive is as often someone else ("Hefner
    // featured her"), and so is a pronoun after the person speaks ("Roesler said she died").
    const match = /\b(he|himself|she|herself)\b/i.exec(window);
    if (!match || REPORTING.test(window.slice(0, match.index))) continue;
    const pronoun = match[1]?.toLowerCase();
    const gender = pronoun ? PRONOUN_GENDER[pronoun] : undefined;
    if (gender) vote(last.id, gender, 1);
  }
  const genders = new Map<string, Gender>();
  for (const [id, v] of votes) {
    if (v.female >= 2 && v.female >= 2 * v.male) genders.set(id, 'female');
    else if (v.male >= 2 && v.male >= 2 * v.female) genders.set(id, 'male');
  }
  return genders;
}

/**
 * The claims of the drafts. Takes the drafts: each is let go from `drafts` once its claim is made, and
 * the array is left empty, so that the drafts (about 130 MB at 16,000 articles) and the claims made
 * from them are not all held at once; a claim keeps only the fields of its draft that are read later
 * (DraftFields).
 */
export function buildClaims(sources: Source[], drafts: ClaimDraft[], names: SentenceNames[], index: EntityIndex, classes: WordClasses): BuiltClaim[] {
  const namesBySentence = new Map<string, SentenceNames>();
  for (const entry of names) namesBySentence.set(`${entry.sourceKey}#${entry.sentenceIndex}`, entry);
  const entityName = new Map(index.entities.map((e) => [e.id, e.name]));
  const textOf = new Map(sources.map((s) => [s.key, s.text]));

  // A person is an entity with a title ("Prime Minister Kadhimi") or an age ("Subryan, 23").
  const aged = new Set(drafts.flatMap((d) => (d.predicate === AGE_PREDICATE && d.subject?.kind === 'name' ? [index.entityForName(d.subject.text)] : [])).filter((id): id is string => !!id));
  const isPerson = (id: string): boolean => index.isPerson(id) || aged.has(id);

  const genders = inferGenders(names, textOf, (name) => {
    const id = index.entityForName(name);
    return id && isPerson(id) ? id : null;
  });

  // "INS Tabar had repulsed two hijack attempts. Then, on November 18, it had sunk a Thai trawler": an
  // "it" is what the sentence before is first about, when that is one thing and no person: a named
  // thing's entity, or a common noun's key ("The fire destroyed the store. It started on the roof").
  // Kept only for the sentences an "it" follows, and without the drafts (which the loop below frees as
  // it goes): one entry per sentence held 30-70 MB at 16,000 articles.
  const beforeIt = new Set<string>();
  for (const d of drafts) if (d.subject?.kind === 'pronoun' && d.subject.text.toLowerCase() === 'it') beforeIt.add(`${d.sourceKey}#${d.sentenceIndex - 1}`);
  const openingSubjects = new Map<string, { start: number; subject: SubjectRef; object: string | null; objectWord: string }>();
  for (const d of drafts) {
    if (d.kind !== 'ASSERTION' || !d.subject || d.subject.kind === 'pronoun') continue;
    const key = `${d.sourceKey}#${d.sentenceIndex}`;
    if (!beforeIt.has(key)) continue;
    const known = openingSubjects.get(key);
    if (!known || d.start < known.start) openingSubjects.set(key, { start: d.start, subject: d.subject, object: d.object, objectWord: (d.objectText ?? '').toLowerCase().split(/\s+/).pop() ?? '' });
  }
  // The named one each pronoun acts on ("He shot Ortiz once in the head and fled": Ortiz), which the
  // pronoun, and the verbs that share it, cannot be.
  const actedOnBy = new Map<string, string>();
  for (const d of drafts) {
    if (d.kind !== 'ASSERTION' || d.subject?.kind !== 'pronoun' || !d.objectText || !/^\p{Lu}/u.test(d.objectText)) continue;
    const id = index.entityForName(d.objectText);
    if (id) actedOnBy.set(`${d.sourceKey}:${d.subject.start ?? d.start}`, id);
  }
  const lastThing = (sourceKey: string, sentenceIndex: number, d: ClaimDraft): string | null => {
    const opening = openingSubjects.get(`${sourceKey}#${sentenceIndex - 1}`);
    const ref = opening?.subject;
    if (!opening || !ref) return null;
    // "Microsoft released a new version of Windows. It includes a new browser": a thing the sentence
    // before acts on may as well be the "it"; only many things ("repulsed two hijack attempts") or a
    // person leave the subject the one it can be.
    const { object, objectWord } = opening;
    if (object && objectWord === object && !isPersonNoun(object)) return null;
    // A named thing that is no person and no place: "it underscored the problems Georgia prosecutors
    // face" is about a case, not the state that opened the sentence before.
    if (ref.kind === 'name') {
      const id = index.entityForName(ref.text);
      const name = entityName.get(id ?? '') ?? ref.text;
      // (A person the articles give no title still has a given name: "John Smith".)
      return id && !isPerson(id) && !isGivenNameFirst(name.split(' ')[0] ?? '') && !isPlaceName(name) ? id : null;
    }
    // A common noun only for an event ("The earthquake ... It killed 612 people"): a sentence opening
    // on "people", "the idea" or "the bridge" is seldom what the next one's "it" is.
    if (ref.kind !== 'noun' || ref.isAnother || isPersonNoun(ref.lemma) || !ref.text.toLowerCase().endsWith(ref.lemma) || !isEventNoun(ref.lemma)) return null;
    // (An event acts; it is not acted on: "The explosion damaged a school. It was evacuated".)
    if (/^(is|was|are|were|be|been|being|has been|had been|have been)\b/.test(d.predicateText.toLowerCase())) return null;
    return resolveSubject(ref, index, null);
  };

  // The last person named at or before a sentence whom the pronoun can be, for "he said he was fine":
  // a person whose gender the cluster shows ("Chohan ... where she later died") must match it; one
  // whose gender it does not show is taken only if titled, and otherwise ends the search unanswered.
  // `isStrict`: only a person the cluster shows to be of the pronoun's gender (inferGenders), for an
  // object pronoun, which, unlike a subject's, is rarely the sentence's topic ("she was adopted by").
  const lastPerson = (sourceKey: string, sentenceIndex: number, before: number, pronoun: string, isStrict = false, pronounAt = before, objectId: string | null = null): string | null => {
    const wanted = PRONOUN_GENDER[pronoun.toLowerCase()] ?? null;
    // "Chohan ... had been in her former neighborhood to visit Piara Singh, according to Charanjit. She
    // had moved ...": a pronoun opening its sentence is first the person whose name opens the sentence
    // before, when the cluster shows that person to be of the pronoun's gender.
    if (!isStrict && wanted && /(^|[.!?]["'”’]?)\s*$/.test((textOf.get(sourceKey) ?? '').slice(Math.max(0, pronounAt - 4), pronounAt))) {
      // (The name that opens the sentence before, whether or not a claim was read of it.)
      const text = textOf.get(sourceKey) ?? '';
      const previousNames = namesBySentence.get(`${sourceKey}#${sentenceIndex - 1}`)?.names ?? [];
      const opening = previousNames[0];
      const opens = !!opening && /(^|[.!?]["'”’]?)\s*["'“‘]?$/.test(text.slice(Math.max(0, opening.start - 5), opening.start));
      const id = opening && opens ? index.entityForName(opening.text) : null;
      // (Not the one the sentence does something to: "He shot Ortiz" after a sentence on Ortiz.)
      // (Nor when another person of that gender is named in it: "Chohan was hit by a car driven by Maria
      // Lopez, police said. She fled the scene.")
      const rival = previousNames.slice(1).some((n) => {
        const other = index.entityForName(n.text);
        return !!other && other !== id && isPerson(other) && genders.get(other) === wanted;
      });
      if (id && isPerson(id) && genders.get(id) === wanted && id !== objectId && !rival) return id;
    }
    for (let i = sentenceIndex; i >= 0 && i >= sentenceIndex - 3; i--) {
      const entry = namesBySentence.get(`${sourceKey}#${i}`);
      const candidates = (entry?.names ?? []).filter((n) => i < sentenceIndex || n.start < before);
      for (let k = candidates.length - 1; k >= 0; k--) {
        const id = index.entityForName(candidates[k]?.text ?? '');
        if (!id || !isPerson(id)) continue;
        const gender = genders.get(id);
        if (wanted && gender && gender !== wanted) continue;
        if (isStrict) return wanted && gender === wanted ? id : null;
        if (index.isPerson(id) || (wanted && gender === wanted)) return id;
        // A nearer person the pronoun may be, of unknown gender, leaves it unknown: "A family friend,
        // Kevin Blacks, 33, said he ..." is not about the man named a sentence before.
        return null;
      }
    }
    return null;
  };

  // The named person an article says died: its "a woman was killed", "the victim died" are about them
  // ("Raj Chohan was killed"). An article that names no one dead takes the person most articles name
  // dead, if clearly one; with two of its own, or no clear one, a noun stays a noun.
  const isDeath = (d: ClaimDraft): boolean => d.kind === 'ASSERTION' && !d.isNegated && !d.episode && eventTypeOf(d.predicate) === 'Life.Die';
  const deadBySource = new Map<string, Set<string>>();
  const sourcesByDead = new Map<string, Set<string>>();
  for (const d of drafts) {
    if (!isDeath(d) || d.subject?.kind !== 'name') continue;
    const id = index.entityForName(d.subject.text);
    if (!id) continue;
    deadBySource.set(d.sourceKey, (deadBySource.get(d.sourceKey) ?? new Set()).add(id));
    sourcesByDead.set(id, (sourcesByDead.get(id) ?? new Set()).add(d.sourceKey));
  }
  const ranked = [...sourcesByDead.entries()].sort((x, y) => y[1].size - x[1].size);
  const clusterVictim = ranked[0] && ranked[0][1].size >= 2 && ranked[0][1].size > 2 * (ranked[1]?.[1].size ?? 0) ? ranked[0][0] : null;
  const victimOf = (d: ClaimDraft): string | null => {
    // The noun must be the one who died, not the killer: "a man ..., killing one" is the killer's.
    if (!isDeath(d) || !isOnePerson(d.subject) || d.object || /ing$/.test(d.predicateText)) return null;
    const own = deadBySource.get(d.sourceKey);
    return own ? (own.size === 1 ? ([...own][0] ?? null) : null) : clusterVictim;
  };

  // A count of a place that is not where the cluster's event happened is another question: "In
  // Thessaloniki, 20,000 people marched" beside "100,000 took to the streets" of Athens. The count's
  // place is elsewhere when a place apart from it (not one it lies in or holds: WordNet) is
  // named at least twice as often in the cluster; it then gets the place as its episode, and a count of "another
  // 20,000" there is that place's whole count, not an addition to Athens's. Places are looked for
  // among the most mentioned entities only (entities come sorted by mentions).
  const placesByMentions: Array<{ name: string; mentions: number }> = [];
  if (drafts.some((d) => d.scope)) {
    for (let k = 0; k < index.entities.length && k < MAX_ENTITIES_FOR_PLACES && placesByMentions.length < MAX_RIVAL_PLACES; k++) {
      const entity = index.entities[k] as Entity;
      // The name or a name it is also written as ("War-Zone Athens", a headline's, is also "Athens").
      const place = isPlaceName(entity.name) ? entity.name : entity.aliases.find((alias) => isPlaceName(alias));
      if (place) placesByMentions.push({ name: place, mentions: entity.mentions });
    }
  }
  // The mentions of the places counts are of only, and each place's answer once (a 16,000-article
  // build has thousands of scoped counts and a hundred thousand entities).
  const scopeIds = new Set(drafts.map((d) => (d.scope ? index.entityForName(d.scope) : null)).filter((id): id is string => !!id));
  const mentionsOf = new Map(index.entities.filter((e) => scopeIds.has(e.id)).map((e) => [e.id, e.mentions]));
  const scopes = new Map<string, string | null>();
  const scopeOf = (d: ClaimDraft): string | null => {
    const id = d.scope ? index.entityForName(d.scope) : null;
    if (!id || !d.scope) return null;
    const known = scopes.get(id);
    if (known !== undefined) return known;
    const named = entityName.get(id) ?? d.scope;
    const name = isPlaceName(named) ? named : d.scope;
    const mentions = mentionsOf.get(id) ?? 0;
    // Twice as often at least: WordNet's Troy is the ancient city, not the Michigan one an article
    // names as often as Michigan.
    const isElsewhere = placesByMentions.some((q) => q.mentions >= 2 * mentions && arePlacesApart(name, q.name));
    scopes.set(id, isElsewhere ? name : null);
    return isElsewhere ? name : null;
  };

  const claims: BuiltClaim[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < drafts.length; k++) {
    const draft = drafts[k] as ClaimDraft;
    (drafts as Array<ClaimDraft | undefined>)[k] = undefined;
    const speaker = resolveSubject(draft.speaker, index, null);
    const speakerPerson = speaker && !speaker.startsWith('~') ? speaker : null;
    let fallback: string | null = null;
    if (draft.subject?.kind === 'pronoun') {
      fallback = draft.subject.text.toLowerCase() === 'it' ? lastThing(draft.sourceKey, draft.sentenceIndex, draft) : draft.subject.person === 'first' ? speakerPerson : (speakerPerson ?? lastPerson(draft.sourceKey, draft.sentenceIndex, draft.start, draft.subject.text, false, draft.subject.start ?? draft.start, actedOnBy.get(`${draft.sourceKey}:${draft.subject.start ?? draft.start}`) ?? null));
    }
    const read = resolveSubject(draft.subject, index, fallback);
    const named = read?.startsWith('~') ? `~${classes.units.get(read.slice(1)) ?? read.slice(1)}` : read;
    const resolved = named?.startsWith('~') ? (victimOf(draft) ?? named) : named;
    // When an event happened does not depend on what did it unless a named actor did ("Biden condemned").
    const subject = draft.kind === 'TIME' && resolved?.startsWith('~') ? null : resolved;
    if (draft.kind === 'ASSERTION' && !subject) continue;
    // "A grey Camry struck her" (a passive's active reading): the pronoun object is the person it
    // refers to, as a subject pronoun is; unresolved, the claim says nothing of anyone.
    const objectPerson = draft.kind === 'ASSERTION' && draft.object && PRONOUN_GENDER[draft.object] ? lastPerson(draft.sourceKey, draft.sentenceIndex, draft.objectAt ?? draft.start, draft.object, true) : undefined;
    if (objectPerson === null) continue;
    const predicateClasses = draft.kind === 'TIME' ? classes.events : classes.predicates;
    const episode = draft.scope && (!draft.episode || draft.episode === 'addition') ? (scopeOf(draft) ?? draft.episode) : draft.episode;
    const signature: ClaimSignature = {
      kind: draft.kind,
      subject,
      predicate: predicateClasses.get(draft.predicate) ?? draft.predicate,
      // A named object is its entity, so "spoke to al-Kadhimi" and "called Kadhemi" name one person.
      // (Not a breakdown's countries, "Somalia and Yemen": its object is the breakdown's own key.)
      object: objectPerson ?? (draft.object ? ((draft.kind === 'ASSERTION' && draft.predicate !== COMPOSITION_PREDICATE && draft.objectText && /^\p{Lu}/u.test(draft.objectText) ? index.entityForName(draft.objectText) : null) ?? classes.units.get(draft.object) ?? draft.object) : null),
      ...(episode ? { episode } : {}),
    };
    const id = hashId('C', `${draft.sourceKey}:${draft.start}-${draft.end}:${draft.kind}:${JSON.stringify(signature)}:${JSON.stringify(draft.value)}`);
    if (seen.has(id)) continue;
    seen.add(id);
    const text = textOf.get(draft.sourceKey) ?? '';
    const sentenceNames = namesBySentence.get(`${draft.sourceKey}#${draft.sentenceIndex}`)?.names ?? [];
    const entityIds = [...new Set(sentenceNames.filter((n) => n.start >= draft.start && n.end <= draft.end).map((n) => index.entityForName(n.text)).filter((x): x is string => !!x))];
    claims.push({
      id,
      sourceKey: draft.sourceKey,
      sentenceIndex: draft.sentenceIndex,
      start: draft.start,
      end: draft.end,
      text: text.slice(draft.start, draft.end),
      attribution: draft.attribution,
      isHedged: draft.isHedged,
      isNegated: draft.isNegated,
      signature,
      value: draft.value,
      entityIds,
      extractionCertainty: draft.certainty,
      draft: objectPerson ? { ...draftFields(draft), objectText: entityName.get(objectPerson) ?? draft.objectText } : draftFields(draft),
      // (An "it" read as a common noun is shown as that noun: "fire".)
      subjectName: subject === null ? null : !subject.startsWith('~') ? (entityName.get(subject) ?? null) : draft.subject && draft.subject.kind !== 'pronoun' ? draft.subject.text : subject.slice(1),
      weight: claimWeight(draft),
    });
  }
  drafts.length = 0;
  bindRoleNouns(claims, isPerson, entityName);
  // Never a person: "the residence of Prime Minister Kadhimi" is his, not him.
  bindDescribedNouns(claims, describedEntities(names, textOf, (name) => {
    const id = index.entityForName(name);
    return id && !isPerson(id) ? id : null;
  }), entityName);
  return claims;
}

// How far around a name its describing noun is looked for: "the Iranian island of Qeshm".
const DESCRIPTION_WINDOW = 40;
// Function words that end a noun phrase after its head (prepositions, conjunctions, auxiliaries).
const PHRASE_ENDERS = /^(of|in|on|at|off|near|from|to|with|by|and|or|but|which|that|who|where|is|was|are|were|has|had|have|said|says)$/;

/**
 * What the cluster calls each named place or thing: "Qeshm island", "Qeshm Island", "the island of
 * Qeshm", "the Waitrose store" -> island, store; with how often it calls each entity so. Only nouns
 * whose first sense is a place or a made or natural thing: "Athens police" does not make Athens a police.
 */
function describedEntities(names: SentenceNames[], textOf: Map<string, string>, entityOf: (name: string) => string | null): Map<string, Map<string, number>> {
  const described = new Map<string, Map<string, number>>();
  for (const entry of names) {
    const text = textOf.get(entry.sourceKey) ?? '';
    for (const mention of entry.names) {
      // A noun right after the name that ends its phrase: "Qeshm island," or "Qeshm island in the Gulf",
      // but not "the Oregon State Police bomb squad" (what follows another noun is the phrase's head).
      const next = /^\s+([a-z]+)(?:\s*([,.;:)"]|$)|\s+([a-z]+))?/.exec(text.slice(mention.end, mention.end + DESCRIPTION_WINDOW));
      const after = next && (next[2] !== undefined || (next[3] !== undefined && PHRASE_ENDERS.test(next[3]))) ? next[1] : undefined;
      const before = /\bthe\s+(?:[A-Za-z-]+\s+)?([a-z]+)\s+of\s+$/.exec(text.slice(Math.max(0, mention.start - DESCRIPTION_WINDOW), mention.start))?.[1];
      // A name that ends in its kind: "Qeshm Island", "the Persian Gulf".
      const words = mention.text.split(/\s+/);
      // "the Ethiopian ship", "the Indian island": a people's adjective says whose, not which.
      if (isWord(words[0] ?? '', 'a')) continue;
      const tail = words.length > 1 ? words[words.length - 1]?.toLowerCase() : undefined;
      for (const word of new Set([after, before, tail])) {
        const noun = word ? baseForm(word, 'n') : null;
        if (!noun || noun !== word || !isPlaceNoun(noun)) continue;
        const id = entityOf(mention.text);
        if (!id) continue;
        const votes = described.get(noun) ?? new Map<string, number>();
        votes.set(id, (votes.get(id) ?? 0) + 1);
        described.set(noun, votes);
      }
    }
  }
  return described;
}

/**
 * "The island was hit" is about Qeshm when the cluster calls one named thing an island, or calls one
 * so at least twice and more than twice as often as any other ("Qeshm island" eight times, "Kish
 * island" once): noun subjects and objects become that entity, so they meet the claims that name it.
 */
function bindDescribedNouns(claims: BuiltClaim[], described: Map<string, Map<string, number>>, entityName: Map<string, string>): void {
  const only = (noun: string): string | null => {
    const ranked = [...(described.get(noun) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const [first, second] = ranked;
    if (!first) return null;
    return !second || (first[1] >= 2 && first[1] > 2 * second[1]) ? first[0] : null;
  };
  for (const c of claims) {
    const subject = c.signature.subject;
    if (subject?.startsWith('~') && c.draft.subject?.kind === 'noun' && !c.draft.subject.isAnother) {
      const id = only(c.draft.subject.lemma);
      if (id) {
        c.signature.subject = id;
        c.subjectName = entityName.get(id) ?? c.subjectName;
      }
    }
    if (c.signature.kind === 'ASSERTION' && c.signature.object && c.signature.predicate !== PLACE_PREDICATE && c.draft.object && c.draft.objectText && !/^\p{Lu}/u.test(c.draft.objectText)) {
      const id = only(c.draft.object);
      if (id) c.signature.object = id;
    }
  }
}

/** A noun for one person: "a woman", "the driver", not "drivers" or "the police". */
function isOnePerson(ref: SubjectRef | null): ref is Extract<SubjectRef, { kind: 'noun' }> {
  return ref?.kind === 'noun' && !ref.isAnother && ref.text.toLowerCase().endsWith(ref.lemma) && isPersonNoun(ref.lemma);
}

/**
 * "The driver was charged with DWI", "Man charged with DWI", "Subryan was charged with DWI": a single
 * person named by a role noun is the one person the cluster names as doing the same thing to the same
 * object. With two or more named people doing it, or none, the noun stays a noun.
 */
function bindRoleNouns(claims: BuiltClaim[], isPerson: (id: string) => boolean, entityName: Map<string, string>): void {
  // An -ing form without its object ("killing one") is the doer's; "Kafoury died" is the one it befell.
  const frameOf = (c: BuiltClaim): string => `${c.signature.predicate}|${c.signature.object ?? ''}|${c.signature.episode ?? ''}|${/ing$/.test(c.draft.predicateText)}`;
  const namedIn = new Map<string, Set<string>>();
  const namedBySource = new Set<string>();
  for (const c of claims) {
    const subject = c.signature.subject;
    // Named in the sentence itself: a pronoun's person is a guess, not a name.
    if (c.signature.kind !== 'ASSERTION' || !subject || subject.startsWith('~') || c.draft.subject?.kind !== 'name' || !isPerson(subject)) continue;
    const frame = frameOf(c);
    namedIn.set(frame, (namedIn.get(frame) ?? new Set()).add(subject));
    namedBySource.add(`${c.sourceKey}|${frame}`);
  }
  for (const c of claims) {
    const ref = c.draft.subject;
    if (c.signature.kind !== 'ASSERTION' || !c.signature.subject?.startsWith('~') || !isOnePerson(ref)) continue;
    // A person in the word's first sense: "driver", not "count" (a nobleman only in its third).
    if (personSenseKey(ref.lemma) !== senseKeys(ref.lemma, 'n', 1)[0]) continue;
    // "Russell was injured ... and a bank employee received minor injuries": someone an article
    // brings in as new, beside the person it names for the same thing, is not that person.
    if (ref.isIndefinite && namedBySource.has(`${c.sourceKey}|${frameOf(c)}`)) continue;
    const people = namedIn.get(frameOf(c));
    if (!people || people.size !== 1) continue;
    const person = [...people][0] as string;
    c.signature.subject = person;
    c.subjectName = entityName.get(person) ?? c.subjectName;
  }
}
