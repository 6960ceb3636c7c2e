// Compact copies of what one stage hands on to the corpus-wide stages after it. Every source's claim
// drafts and name mentions are held at once until claims are built (at 16,000 articles, 400,000
// drafts and 400,000 mentions), so a string that recurs (a predicate as written, a name, a title, a
// unit) is kept once, and each list is only as long as its content; claims are held through
// clustering with only the fields it and scoring read. Values are unchanged: only which string object
// holds them, the spare capacity of arrays and the fields no later stage reads differ.

import type { Claim } from '../model.js';
import type { BuiltClaim } from './build-claims.js';
import type { ClusterClaim } from './cluster.js';
import type { ClaimDraft, SentenceNames, SubjectRef } from './extract-claims.js';

/** Returns, for every string it is given, the first equal string it was given. */
export type StringPool = (text: string) => string;

export function makeStringPool(): StringPool {
  const known = new Map<string, string>();
  return (text) => {
    const first = known.get(text);
    if (first !== undefined) return first;
    known.set(text, text);
    return text;
  };
}

/**
 * A sentence's names in an array of their own length (findNames grows its list by push, which left
 * room for 17 names in a sentence of two), with their strings pooled.
 */
export function compactSentenceNames(sentence: SentenceNames, pool: StringPool): SentenceNames {
  return {
    sourceKey: sentence.sourceKey,
    sentenceIndex: sentence.sentenceIndex,
    names: sentence.names.map((name) => ({
      text: pool(name.text),
      start: name.start,
      end: name.end,
      first: name.first,
      last: name.last,
      title: name.title === null ? null : pool(name.title),
      qualifiedTitle: typeof name.qualifiedTitle === 'string' ? pool(name.qualifiedTitle) : name.qualifiedTitle,
      ...(name.descriptor ? { descriptor: pool(name.descriptor), qualifiedDescriptor: name.qualifiedDescriptor ? pool(name.qualifiedDescriptor) : null } : {}),
    })),
  };
}

/** Pools a subject reference's strings in place (a reference can be shared by the drafts of a clause). */
function poolRef(ref: SubjectRef | null, pool: StringPool): void {
  if (!ref) return;
  ref.text = pool(ref.text);
  if (ref.kind === 'noun') {
    ref.lemma = pool(ref.lemma);
    for (let i = 0; i < ref.words.length; i++) ref.words[i] = pool(ref.words[i] as string);
  }
}

/**
 * A copy of a draft with its strings pooled. The copy is made by spread: V8 gives every draft made by
 * extract-claims' spreads a hidden class of its own (4,007 classes for 4,010 drafts), about 450 bytes
 * each; the copies share a few. Its references, attribution and value are shared with the original
 * and pooled in place.
 */
export function compactDraft(draft: ClaimDraft, pool: StringPool): ClaimDraft {
  const copy = { ...draft };
  copy.predicate = pool(copy.predicate);
  copy.predicateText = pool(copy.predicateText);
  if (copy.object !== null) copy.object = pool(copy.object);
  if (copy.objectText !== null) copy.objectText = pool(copy.objectText);
  if (typeof copy.objectKind === 'string') copy.objectKind = pool(copy.objectKind);
  if (copy.objectPreposition !== undefined) copy.objectPreposition = pool(copy.objectPreposition);
  if (copy.complement !== undefined) copy.complement = pool(copy.complement);
  if (copy.episode !== null) copy.episode = pool(copy.episode);
  if (copy.attribution) copy.attribution.text = pool(copy.attribution.text);
  poolRef(copy.subject, pool);
  poolRef(copy.speaker, pool);
  const value = copy.value;
  if (value.kind === 'QUANTITY') {
    value.unit = pool(value.unit);
    value.unitText = pool(value.unitText);
  } else if (value.kind === 'TIME') value.label = pool(value.label);
  return copy;
}

/** A claim as held through clustering and scoring, once the store has the rest of it. */
export type HeldClaim = ClusterClaim & Pick<Claim, 'extractionCertainty'>;

/**
 * The fields of a claim that clustering (ClusterClaim) and scoring read, with the fields of its draft
 * it already holds (DraftFields). Its text, entity ids and the rest are in the store.
 */
export function compactClaim(claim: BuiltClaim): HeldClaim {
  return {
    id: claim.id,
    sourceKey: claim.sourceKey,
    sentenceIndex: claim.sentenceIndex,
    start: claim.start,
    end: claim.end,
    attribution: claim.attribution,
    isHedged: claim.isHedged,
    isNegated: claim.isNegated,
    signature: claim.signature,
    value: claim.value,
    subjectName: claim.subjectName,
    weight: claim.weight,
    extractionCertainty: claim.extractionCertainty,
    draft: claim.draft,
  };
}
