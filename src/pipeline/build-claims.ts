// Turns claim drafts into claims with signatures: subjects bound to entities (pronouns to their
// speaker or the last person named), predicates and units reduced to their corpus-wide word classes.

import type { Claim, ClaimSignature, Source } from '../model.js';
import { AGE_PREDICATE, type ClaimDraft, type SentenceNames, type SubjectRef } from './extract-claims.js';
import { resolveSubject, type EntityIndex } from './resolve-entities.js';
import { classifyWords } from './predicate-classes.js';
import { eventTypeOf } from './event-types.js';
import { isPersonNoun, personSenseKey, senseKeys } from './lexicon.js';
import { hashId } from './ids.js';

export interface WordClasses {
  predicates: Map<string, string>;
  events: Map<string, string>;
  units: Map<string, string>;
}

export interface BuiltClaim extends Claim {
  draft: ClaimDraft;
  /** Display name of the subject: the entity's name or the noun phrase as written. */
  subjectName: string | null;
  weight: number;
}

export function classifyDrafts(drafts: ClaimDraft[]): WordClasses {
  return {
    predicates: classifyWords(drafts.filter((d) => d.kind !== 'TIME').map((d) => d.predicate), ['v', 'a'], { isRelatedToo: true, isCompoundToo: false, typeOf: eventTypeOf }),
    // Events look further down the senses: "attempt" is an attack only in its second sense ("an attempt on his life").
    events: classifyWords(drafts.filter((d) => d.kind === 'TIME').map((d) => d.predicate), ['v', 'n'], { isRelatedToo: false, isCompoundToo: false, maxSenses: 5, typeOf: eventTypeOf }),
    units: classifyWords(drafts.flatMap((d) => (d.object ? [d.object] : [])), ['n'], { isRelatedToo: false, isCompoundToo: true }),
  };
}

/** Hedges, anonymous speakers and bounds lower how much a claim counts; extraction doubt too. */
export function claimWeight(draft: ClaimDraft): number {
  const isBounded = draft.value.kind === 'QUANTITY' && draft.value.min !== draft.value.max;
  return Math.round(draft.certainty * (draft.isHedged ? 0.6 : 1) * (draft.isAnonymous ? 0.85 : 1) * (isBounded ? 0.85 : 1) * 1000) / 1000;
}

export function buildClaims(sources: Source[], drafts: ClaimDraft[], names: SentenceNames[], index: EntityIndex, classes: WordClasses): BuiltClaim[] {
  const namesBySentence = new Map<string, SentenceNames>();
  for (const entry of names) namesBySentence.set(`${entry.sourceKey}#${entry.sentenceIndex}`, entry);
  const entityName = new Map(index.entities.map((e) => [e.id, e.name]));
  const textOf = new Map(sources.map((s) => [s.key, s.text]));

  // A person is an entity with a title ("Prime Minister Kadhimi") or an age ("Subryan, 23").
  const aged = new Set(drafts.flatMap((d) => (d.predicate === AGE_PREDICATE && d.subject?.kind === 'name' ? [index.entityForName(d.subject.text)] : [])).filter((id): id is string => !!id));
  const isPerson = (id: string): boolean => index.isPerson(id) || aged.has(id);

  // The last person named at or before a sentence, for "he said he was fine".
  const lastPerson = (sourceKey: string, sentenceIndex: number, before: number): string | null => {
    for (let i = sentenceIndex; i >= 0 && i >= sentenceIndex - 3; i--) {
      const entry = namesBySentence.get(`${sourceKey}#${i}`);
      const candidates = (entry?.names ?? []).filter((n) => i < sentenceIndex || n.start < before);
      for (let k = candidates.length - 1; k >= 0; k--) {
        const id = index.entityForName(candidates[k]?.text ?? '');
        // Only a titled person: a pronoun's gender is unknown here, and "he" after "Raj Chohan, 59" is
        // more often the man named before her than her.
        if (id && index.isPerson(id)) return id;
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

  const claims: BuiltClaim[] = [];
  const seen = new Set<string>();
  for (const draft of drafts) {
    const speaker = resolveSubject(draft.speaker, index, null);
    const speakerPerson = speaker && !speaker.startsWith('~') ? speaker : null;
    let fallback: string | null = null;
    if (draft.subject?.kind === 'pronoun') {
      fallback = draft.subject.person === 'first' ? speakerPerson : (speakerPerson ?? lastPerson(draft.sourceKey, draft.sentenceIndex, draft.start));
    }
    const named = resolveSubject(draft.subject, index, fallback);
    const resolved = named?.startsWith('~') ? (victimOf(draft) ?? named) : named;
    // When an event happened does not depend on what did it unless a named actor did ("Biden condemned").
    const subject = draft.kind === 'TIME' && resolved?.startsWith('~') ? null : resolved;
    if (draft.kind === 'ASSERTION' && !subject) continue;
    const predicateClasses = draft.kind === 'TIME' ? classes.events : classes.predicates;
    const signature: ClaimSignature = {
      kind: draft.kind,
      subject,
      predicate: predicateClasses.get(draft.predicate) ?? draft.predicate,
      // A named object is its entity, so "spoke to al-Kadhimi" and "called Kadhemi" name one person.
      object: draft.object ? ((draft.kind === 'ASSERTION' && draft.objectText && /^\p{Lu}/u.test(draft.objectText) ? index.entityForName(draft.objectText) : null) ?? classes.units.get(draft.object) ?? draft.object) : null,
      ...(draft.episode ? { episode: draft.episode } : {}),
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
      draft,
      subjectName: subject === null ? null : !subject.startsWith('~') ? (entityName.get(subject) ?? null) : draft.subject && draft.subject.kind !== 'pronoun' ? draft.subject.text : null,
      weight: claimWeight(draft),
    });
  }
  bindRoleNouns(claims, isPerson, entityName);
  return claims;
}

/** A noun for one person: "a woman", "the driver", not "drivers" or "the police". */
function isOnePerson(ref: SubjectRef | null): ref is Extract<SubjectRef, { kind: 'noun' }> {
  return ref?.kind === 'noun' && ref.text.toLowerCase().endsWith(ref.lemma) && isPersonNoun(ref.lemma);
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
  for (const c of claims) {
    const subject = c.signature.subject;
    // Named in the sentence itself: a pronoun's person is a guess, not a name.
    if (c.signature.kind !== 'ASSERTION' || !subject || subject.startsWith('~') || c.draft.subject?.kind !== 'name' || !isPerson(subject)) continue;
    const frame = frameOf(c);
    namedIn.set(frame, (namedIn.get(frame) ?? new Set()).add(subject));
  }
  for (const c of claims) {
    const ref = c.draft.subject;
    if (c.signature.kind !== 'ASSERTION' || !c.signature.subject?.startsWith('~') || !isOnePerson(ref)) continue;
    // A person in the word's first sense: "driver", not "count" (a nobleman only in its third).
    if (personSenseKey(ref.lemma) !== senseKeys(ref.lemma, 'n', 1)[0]) continue;
    const people = namedIn.get(frameOf(c));
    if (!people || people.size !== 1) continue;
    const person = [...people][0] as string;
    c.signature.subject = person;
    c.subjectName = entityName.get(person) ?? c.subjectName;
  }
}
