// Clusters claims into facts and disputes. Claims with one signature answer one question; their values
// are grouped into alternatives (compatible counts, overlapping times, one polarity), and a question
// whose alternatives come from different sources is a dispute. Blocking is by signature: a hash map,
// never a comparison of all pairs.

import type { ClaimSignature, Dispute, DisputeKind, Evidence, Fact, FactKind, QuantityValue, TimeValue } from '../model.js';
import type { BuiltClaim } from './build-claims.js';
import { areCountsCompatible } from './numbers.js';
import { baseForm, pastParticiple, isWord, isLightVerb, isVehicleNoun, isKindOf, areAntonyms, areRivalPlaceNames, areRivalRanks, arePlacesApart, isPlaceInside, verbOfNoun, areSynonyms, isEventNoun, isLocalityName, isPersonFirst, isPlaceName, relatedSenseKeys, senseCount, senseKeys } from './lexicon.js';
import { eventTypeOf } from './event-types.js';
import { isFloatingTime } from './times.js';
import { AMOUNT_PREDICATE, COMPOSITION_PREDICATE, NATIONALITY_PREDICATE, MANNER_PREDICATE, WEAPON_PREDICATE, MEASURE_PREDICATE, MEASURE_UNITS, DURATION_PREDICATE, CARRIER_PREDICATE, CHANGE_PREDICATES, CURRENCIES, COLOUR_PREDICATE, DIRECTION_PREDICATE, POPULATION_PREDICATE, DISTANCE_PREDICATE, PLACE_PREDICATE, RANK_PREDICATE, RESIDENCE_PREDICATE } from './extract-claims.js';
import { wordSimilarity } from './word-vectors.js';
import { hashId } from './ids.js';

/**
 * What clustering reads of a built claim. A build hands clustering claims cut down to these fields
 * once the store has the rest: at 16,000 articles the full claims with their drafts were the largest
 * thing held while facts were made.
 */
export type ClusterClaim = Pick<BuiltClaim, 'id' | 'sourceKey' | 'sentenceIndex' | 'start' | 'end' | 'attribution' | 'isHedged' | 'isNegated' | 'signature' | 'value' | 'subjectName' | 'weight' | 'draft'>;

interface Alternative {
  claims: ClusterClaim[];
  valueKey: string;
}

function signatureKey(claim: ClusterClaim): string {
  const s = claim.signature;
  return `${s.kind}|${s.subject ?? ''}|${s.predicate}|${s.object ?? ''}|${s.episode ?? ''}`;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

function isExact(value: QuantityValue): boolean {
  return value.min === value.value && value.max === value.value;
}

function quantityAlternatives(claims: ClusterClaim[]): Alternative[] {
  const exact = new Map<number, ClusterClaim[]>();
  const loose: ClusterClaim[] = [];
  for (const claim of claims) {
    const value = claim.value as QuantityValue;
    if (isExact(value)) {
      // Appended in place: copying the list for every claim was quadratic in the claims of one count.
      const members = exact.get(value.value);
      if (members) members.push(claim);
      else exact.set(value.value, [claim]);
    } else loose.push(claim);
  }
  const alternatives: Alternative[] = [...exact.entries()].map(([value, members]) => ({ claims: members, valueKey: String(value) }));
  // Narrowest first, so that "at least 50" finds the "about 50" its own source gives before it settles
  // on another source's 80.
  const width = (v: QuantityValue): number => (v.min === null && v.max === null ? v.value * 0.2 : (v.max ?? Infinity) - (v.min ?? -Infinity));
  loose.sort((a, b) => width(a.value as QuantityValue) - width(b.value as QuantityValue));
  for (const claim of loose) {
    const value = claim.value as QuantityValue;
    // "At least seven" joins the exact count it allows that its own source gives, else the one most
    // sources give, nearest first: "killing at least three" in an article that says "three killed"
    // is that article's three, not the others' ten.
    const isOwn = (a: Alternative): number => (a.claims.some((c) => c.sourceKey === claim.sourceKey) ? 1 : 0);
    // "At least 17 ships" does not join "at least 14": two floors are two answers, which agree
    // (isDisputable), not one; a floor joins an answer that gives a figure, or the same floor.
    const isFloor = (v: QuantityValue): boolean => v.min !== null && v.max === null;
    const home = alternatives
      .filter((a) => !(isFloor(value) && a.claims.every((c) => isFloor(c.value as QuantityValue) && (c.value as QuantityValue).min !== value.min)))
      .filter((a) => areCountsCompatible(value, a.claims[0]?.value as QuantityValue))
      .sort((a, b) => isOwn(b) - isOwn(a) || b.claims.length - a.claims.length || Math.abs(Number(a.valueKey) - value.value) - Math.abs(Number(b.valueKey) - value.value))[0];
    if (home) home.claims.push(claim);
    else alternatives.push({ claims: [claim], valueKey: `${value.min ?? ''}~${value.value}~${value.max ?? ''}` });
  }
  return alternatives;
}

function timeAlternatives(claims: ClusterClaim[]): Alternative[] {
  // Connected components of overlapping intervals, swept in order of start.
  const sorted = [...claims].sort((a, b) => (a.value as TimeValue).startMs - (b.value as TimeValue).startMs);
  const alternatives: Alternative[] = [];
  let current: ClusterClaim[] = [];
  let currentEnd = -Infinity;
  for (const claim of sorted) {
    const value = claim.value as TimeValue;
    if (current.length > 0 && value.startMs >= currentEnd) {
      alternatives.push({ claims: current, valueKey: '' });
      current = [];
    }
    current.push(claim);
    currentEnd = Math.max(currentEnd, value.endMs);
  }
  if (current.length > 0) alternatives.push({ claims: current, valueKey: '' });
  for (const alt of alternatives) alt.valueKey = mostCommon(alt.claims.map((c) => (c.value as TimeValue).label));
  return alternatives;
}

/**
 * The clock reading inside a time answer that also holds wider times ("17:06" among "Sunday"s), as an
 * alternative of its own: the clock claims, when they agree to a quarter of an hour and the answer's
 * statement does not already show them; else null.
 */
function clockWithin(alt: Alternative): Alternative | null {
  const width = (c: ClusterClaim): number => (c.value.kind === 'TIME' ? c.value.endMs - c.value.startMs : Infinity);
  const clocks = alt.claims.filter((c) => width(c) <= CLOCK_MS);
  if (clocks.length === 0 || clocks.length === alt.claims.length) return null;
  const ends = clocks.map((c) => (c.value as TimeValue).endMs);
  if (Math.max(...ends) - Math.min(...ends) > SAME_READING_MS) return null;
  const label = mostCommon(clocks.map((c) => (c.value as TimeValue).label));
  return label === alt.valueKey ? null : { claims: clocks, valueKey: label };
}

function assertionAlternatives(claims: ClusterClaim[]): Alternative[] {
  const positive = claims.filter((c) => !c.isNegated);
  const negative = claims.filter((c) => c.isNegated);
  return [
    ...(positive.length > 0 ? [{ claims: positive, valueKey: 'yes' }] : []),
    ...(negative.length > 0 ? [{ claims: negative, valueKey: 'no' }] : []),
  ];
}

/**
 * The predicate of a count as a statement reads best: a participle in lower case ("10 people killed",
 * not "killing" or a headline's "Damaged"), made from a lone -ing form when no claim has one
 * ("injuring" -> "injured", "shooting" -> "shot").
 */
function countPredicate(all: ClusterClaim[]): string {
  // The verb most outlets used, then its best form: "shooting three people" (four outlets) against
  // "three were targeted" (one) is "3 people shot".
  // What befell the things reads better than what held them: "7 AK-47s seized", not "included".
  const acting = all.filter((c) => !CONTAINING.has(c.draft.predicate));
  const lemma = mostCommon((acting.length > 0 ? acting : all).map((c) => c.draft.predicate));
  const claims = all.filter((c) => c.draft.predicate === lemma);
  const texts = claims.map((c) => c.draft.predicateText);
  const isParticiple = (t: string): boolean => /(ed|en)$/.test(t) || t.split(' ').pop() === pastParticiple(lemma);
  const preferred = texts.filter((t) => isParticiple(t) && t === t.toLowerCase());
  const chosen = mostCommon(preferred.length > 0 ? preferred : texts.map((t) => t.toLowerCase()));
  // A distance keeps its place's capitals: "from Tehran".
  if (chosen.startsWith('from ')) return mostCommon(texts.filter((t) => t.toLowerCase() === chosen));
  const ing = /^(.*?)(\w+)ing$/.exec(chosen);
  // Only a lone -ing form: "have been trying" is no passive "have been tried".
  if (ing && !ing[1] && /^[a-z]+$/.test(lemma)) return pastParticiple(lemma);
  return chosen;
}

// The units of money sums (extract-claims.ts moneyClaims).
const MONEY_UNITS = new Set(Object.values(CURRENCIES));

// The direction of each change predicate, for questions.
const CHANGE_WORDS: Record<string, string> = { [CHANGE_PREDICATES.down]: 'down', [CHANGE_PREDICATES.up]: 'up' };

function statementFor(kind: FactKind, alt: Alternative): string {
  const claims = alt.claims;
  const subject = mostCommon(claims.map((c) => c.subjectName ?? '').filter(Boolean));
  if (kind === 'QUANTITY') {
    const values = claims.map((c) => c.value as QuantityValue);
    const exact = values.find(isExact);
    const first = values[0];
    const isApproximate = !!first && first.min !== null && first.max !== null && first.min !== first.max;
    // A range ("between 20 and 30") is read at its top with both ends as bounds.
    const count = exact ? String(exact.value) : isApproximate ? (first.max === first.value ? `${first.min ?? ''} to ${first.max}` : `about ${first.value}`) : first?.min !== null ? `at least ${first?.value ?? ''}` : first?.max !== null ? `up to ${first?.value ?? ''}` : `about ${first?.value ?? ''}`;
    // An age reads with its person: "Raj Chohan, 59".
    if (first?.unit === 'age' || first?.unit === 'birth year') return `${subject}, ${[...new Set(claims.map((c) => c.draft.objectText ?? ''))].filter(Boolean).sort().join(' or ')}`;
    // A measure reads as one: "quake magnitude 5.9", not "5.9 magnitude measured".
    if (first?.unit === 'magnitude') return `${mostCommon(claims.map((c) => c.draft.predicateText).filter((t) => t && t !== 'event')) || 'event'} magnitude ${count}`;
    // A sum of money in the outlets' own words: "bail of $200,000", "damage estimated at about 54 million dollars".
    if (first && MONEY_UNITS.has(first.unit)) {
      const thing = subject || mostCommon(claims.map((c) => c.draft.subject?.text.toLowerCase() ?? ''));
      const bound = count.replace(/[\d.]+$/, '');
      return `${thing} ${mostCommon(claims.map((c) => c.draft.predicateText))} ${bound}${mostCommon(claims.map((c) => c.draft.objectText ?? ''))}`;
    }
    // A duration as written: "tremor lasted about 30 seconds".
    if (claims[0]?.draft.predicate === DURATION_PREDICATE) {
      const thing = subject || mostCommon(claims.map((c) => c.draft.subject?.text.toLowerCase() ?? ''));
      return `${thing} lasted ${count.replace(/[\d.]+$/, '')}${mostCommon(claims.map((c) => c.draft.objectText ?? ''))}`;
    }
    // A measure as written: "maximum sustained winds of up to 150 mph", "depth of 10 kilometres".
    if (claims[0]?.draft.predicate.startsWith(MEASURE_PREDICATE)) return `${mostCommon(claims.map((c) => c.draft.predicateText))} of ${mostCommon(claims.map((c) => c.draft.objectText ?? ''))}`;
    // A change in percent: "Greek stocks plunged 5.4 percent".
    if (CHANGE_WORDS[claims[0]?.draft.predicate ?? '']) {
      const predicates = claims.map((c) => c.draft.predicateText);
      const lower = predicates.filter((t) => t === t.toLowerCase());
      return `${subject || mostCommon(claims.map((c) => c.draft.subject?.text ?? ''))} ${mostCommon(lower.length > 0 ? lower : predicates)} ${count} percent`;
    }
    // A place's population: "Qeshm island has a population of 120000".
    if (claims[0]?.draft.predicate === POPULATION_PREDICATE) return `${subject || mostCommon(claims.map((c) => c.draft.subject?.text ?? ''))} has a population of ${count}`;
    // What a group came in: "pirates in 2 boats", in the words of the claims that say so (the vehicle
    // counts joined to them name no group).
    const carriers = claims.filter((c) => c.draft.predicate === CARRIER_PREDICATE);
    if (carriers.length > 0) return `${mostCommon(carriers.map((c) => c.draft.subject?.text ?? ''))} ${mostCommon(carriers.map((c) => c.draft.predicateText))} ${count} ${mostCommon(carriers.map((c) => (c.value as QuantityValue).unitText))}`;
    // A distance reads in the outlets' own words ("about 940 miles from Tehran"), though compared in km.
    if (claims[0]?.draft.predicate.startsWith(DISTANCE_PREDICATE)) return `${mostCommon(claims.map((c) => c.draft.objectText ?? ''))} ${countPredicate(claims)}`.trim();
    const unitText = mostCommon(values.map((v) => v.unitText));
    // A person's own count reads as a sentence: "Tony DiLeo has spent 19 seasons".
    if (subject && claims[0]?.signature.subject && !claims[0].signature.subject.startsWith('~')) {
      const predicates = claims.map((c) => c.draft.predicateText);
      const lower = predicates.filter((t) => t === t.toLowerCase());
      return `${subject} ${mostCommon(lower.length > 0 ? lower : predicates)} ${count} ${mostCommon(values.map((v) => v.unitText))}`;
    }
    // None reads as English does: "no one was injured", "no guards injured".
    if (exact?.value === 0) return `${unitText === 'people' ? 'no one' : `no ${unitText}`} ${countPredicate(claims)}`.trim();
    return `${count} ${unitText} ${countPredicate(claims)}`.trim();
  }
  if (kind === 'TIME') {
    // One moment told with several verbs (mergeIncidentClocks) reads with the verbs most outlets used,
    // without the subject of one of them: "parked / crash / heading: 2013-09-13 (Friday) 7 p.m.", not
    // "Raj Chohan parked: ..." over a quote that says the crash was at 7:01.
    const isMixed = new Set(claims.map((c) => c.signature.predicate)).size > 1;
    if (!isMixed) return `${subject ? `${subject} ` : ''}${mostCommon(claims.map((c) => c.draft.predicateText))}: ${alt.valueKey}`;
    const counts = new Map<string, number>();
    for (const c of claims) counts.set(c.draft.predicateText, (counts.get(c.draft.predicateText) ?? 0) + 1);
    const verbs = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MIXED_VERBS_SHOWN).map(([verb]) => verb);
    return `${verbs.join(' / ')}: ${alt.valueKey}`;
  }
  // Where someone or something was, whatever the verb each outlet used: "Raj Chohan was on 117th Street".
  if (claims[0]?.draft.predicate === PLACE_PREDICATE) {
    const place = mostCommon(claims.map((c) => c.draft.objectText ?? ''));
    const preposition = mostCommon(claims.map((c) => c.draft.objectPreposition ?? 'at'));
    const ref = claims[0].draft.subject;
    const isPlural = ref?.kind === 'noun' && ref.text.toLowerCase() !== ref.lemma && /s$/.test(ref.text);
    return `${subject || mostCommon(claims.map((c) => c.draft.subject?.text ?? ''))} ${isPlural ? 'were' : 'was'}${claims[0].isNegated ? ' not' : ''} ${preposition} ${place}`;
  }
  // A breakdown as the outlets wrote it: "caught: 12 Somalis and 11 Yemenis".
  // Verb and parts from one wording: "arrested: 23 Somali and Yemeni pirates", not "arrested: Somalia and Yemen".
  if (claims[0]?.draft.predicate === COMPOSITION_PREDICATE) return mostCommon(claims.map((c) => `${c.draft.predicateText.toLowerCase()}: ${c.draft.objectText ?? ''}`));
  // How the dead died, as the outlets wrote it: "the dead: burnt to death".
  if (claims[0]?.draft.predicate === MANNER_PREDICATE) return `${subject || 'the dead'}: ${mostCommon(claims.map((c) => c.draft.predicateText.toLowerCase()))}`;
  // A named thing's country as the outlets wrote it: "MV Gibe is Ethiopian".
  if (claims[0]?.draft.predicate === NATIONALITY_PREDICATE) return `${subject} is ${mostCommon(claims.map((c) => c.draft.objectText ?? ''))}`;
  // A gun as the outlets named it: "the gun was a shotgun".
  if (claims[0]?.draft.predicate === WEAPON_PREDICATE) return `the gun was a ${mostCommon(claims.map((c) => c.draft.objectText ?? ''))}`;
  // Where a person lives, however the outlet wrote it ("Raj Chohan, 59, of College Point"): "Raj Chohan lives in College Point".
  if (claims[0]?.draft.predicate === RESIDENCE_PREDICATE) return `${subject} lives in ${mostCommon(claims.map((c) => c.draft.objectText ?? ''))}`;
  // A side of a place: "west of Aden".
  if (claims[0]?.draft.predicate === DIRECTION_PREDICATE) return `${mostCommon(claims.map((c) => c.draft.objectText ?? ''))} of ${subject}`;
  // A rank reads as news writes it: "Commander Nirad Sinha".
  if (claims[0]?.draft.predicate === RANK_PREDICATE) return `${mostCommon(claims.map((c) => c.draft.predicateText))} ${subject}`;
  // A headline's capitals ("Woman Killed") read worse than a sentence's words: lower case first.
  const predicates = claims.map((c) => c.draft.predicateText);
  const lower = predicates.filter((t) => t === t.toLowerCase());
  const predicate = mostCommon(lower.length > 0 ? lower : predicates);
  const object = mostCommon(claims.map((c) => c.draft.objectText ?? '').filter(Boolean));
  const preposition = mostCommon(claims.map((c) => c.draft.objectPreposition ?? '').filter(Boolean));
  // "police treated fire as potentially suspicious", when most of its outlets say what as.
  const complements = claims.map((c) => c.draft.complement ?? '').filter(Boolean);
  const complement = complements.length * 2 >= claims.length ? mostCommon(complements) : '';
  return `${subject || mostCommon(claims.map((c) => c.draft.subject?.text ?? ''))} ${predicate}${object ? ` ${preposition ? `${preposition} ` : ''}${object}` : ''}${complement ? ` ${complement}` : ''}`.trim();
}

function questionFor(kind: DisputeKind, facts: Fact[], claims: ClusterClaim[]): string {
  const sample = claims[0];
  if (kind === 'NUMERIC' && sample) {
    const episode = sample.signature.episode ? ` (in ${sample.signature.episode})` : '';
    const unit = (sample.value as QuantityValue).unit;
    if (unit === 'age' || unit === 'birth year') return `How old is ${mostCommon(claims.map((c) => c.subjectName ?? '').filter(Boolean))}?`;
    if (unit === 'magnitude') return `What magnitude was the ${mostCommon(claims.map((c) => c.draft.predicateText.toLowerCase()).filter(Boolean)) || 'event'}${episode}?`;
    const owner = sample.signature.subject && !sample.signature.subject.startsWith('~') ? mostCommon(claims.map((c) => c.subjectName ?? '').filter(Boolean)) : '';
    const unitText = mostCommon(claims.map((c) => (c.value as QuantityValue).unitText));
    if (sample.draft.predicate.startsWith(MEASURE_PREDICATE)) {
      const measured = mostCommon(claims.map((c) => c.draft.predicateText));
      return `What ${/s$/.test(measured) ? 'were' : 'was'} the ${measured}${episode}?`;
    }
    if (sample.draft.predicate === DURATION_PREDICATE) return `How long did the ${mostCommon(claims.map((c) => c.draft.subject?.text.toLowerCase() ?? '').filter(Boolean))} last${episode}?`;
    // "How much was the bail?", "How much did the bank lose?"
    if (MONEY_UNITS.has(unit)) {
      const thing = mostCommon(claims.map((c) => c.subjectName ?? c.draft.subject?.text.toLowerCase() ?? '').filter(Boolean));
      return sample.draft.predicate === AMOUNT_PREDICATE ? `How much was the ${thing}${episode}?` : `How much did ${thing} ${sample.draft.predicate.replace(/_/g, ' ')}${episode}?`;
    }
    // "How much did Greek stocks go down?"
    const change = CHANGE_WORDS[sample.draft.predicate];
    if (change) return `By how many percent did ${mostCommon(claims.map((c) => c.subjectName ?? c.draft.subject?.text ?? '').filter(Boolean))} go ${change}${episode}?`;
    if (sample.draft.predicate === POPULATION_PREDICATE) return `How many people live in ${mostCommon(claims.map((c) => c.subjectName ?? c.draft.subject?.text ?? '').filter(Boolean))}${episode}?`;
    const carriers = claims.filter((c) => c.draft.predicate === CARRIER_PREDICATE);
    if (carriers.length > 0) return `How many ${mostCommon(carriers.map((c) => (c.value as QuantityValue).unitText))} were the ${mostCommon(carriers.map((c) => c.draft.subject?.text ?? '').filter(Boolean))} in${episode}?`;
    // ".357 caliber revolver" against ".38 caliber revolver": the number measures the thing.
    const [measure, ...measured] = unit.split(' ');
    if (measure && measured.length > 0 && MEASURE_UNITS.has(measure)) return `What ${measure} was the ${measured.join(' ')}${episode}?`;
    // "How far away was Raj K. Chohan?", "How far from Tehran was it?"
    if (sample.draft.predicate.startsWith(DISTANCE_PREDICATE)) {
      const where = mostCommon(claims.map((c) => c.draft.predicateText));
      const thing = owner || mostCommon(claims.map((c) => c.draft.subject?.kind === 'noun' ? `the ${c.draft.subject.text.toLowerCase()}` : '').filter(Boolean)) || 'it';
      return `How far ${where} was ${thing}${episode}?`;
    }
    if (owner) return `How many ${unitText} did ${owner} ${mostCommon(claims.map((c) => c.draft.predicate)).replace(/_/g, ' ')}${episode}?`;
    return `How many ${unitText} ${countPredicate(claims)}${episode}?`;
  }
  if (kind === 'TEMPORAL' && sample) {
    const subject = mostCommon(claims.map((c) => c.subjectName ?? '').filter(Boolean));
    const event = mostCommon(claims.map((c) => c.draft.predicateText.toLowerCase()));
    if (subject) return `When did ${subject} ${sample.draft.predicate}?`;
    // "When was the attack?", but "When was it destroyed?": a participle names no event to ask after.
    return /(ed|en)$/.test(event) && !isEventNoun(sample.draft.predicate) ? `When was it ${event}?` : `When was the ${event}?`;
  }
  if (kind === 'ENTITY' && sample?.signature.predicate === PLACE_PREDICATE) return `Where was the ${mostCommon(claims.map((c) => c.draft.subject?.text.toLowerCase() ?? '').filter(Boolean))}?`;
  if (kind === 'ENTITY' && sample?.signature.predicate === COLOUR_PREDICATE) {
    const thing = mostCommon(claims.map((c) => c.subjectName ?? c.draft.subject?.text ?? '').filter(Boolean));
    return `What colour was the ${thing}?`;
  }
  if (kind === 'ENTITY' && sample?.signature.predicate === DIRECTION_PREDICATE) return `On which side of ${mostCommon(claims.map((c) => c.subjectName ?? '').filter(Boolean))} was it?`;
  if (kind === 'ENTITY' && sample?.signature.predicate === RANK_PREDICATE) return `What rank is ${mostCommon(claims.map((c) => c.subjectName ?? '').filter(Boolean))}?`;
  if (kind === 'ENTITY' && sample?.signature.predicate === COMPOSITION_PREDICATE) return `What were ${mostCommon(claims.map((c) => c.draft.subject?.text ?? ''))} made up of${sample.signature.episode ? ` (in ${sample.signature.episode})` : ''}?`;
  if (kind === 'ENTITY' && sample?.signature.predicate === NATIONALITY_PREDICATE) return `What country is ${mostCommon(claims.map((c) => c.subjectName ?? '').filter(Boolean))} of?`;
  if (kind === 'ENTITY' && sample?.signature.predicate === MANNER_PREDICATE) return `How did ${mostCommon(claims.map((c) => c.subjectName ?? '').filter(Boolean)) || 'the dead'} die${sample.signature.episode ? ` (in ${sample.signature.episode})` : ''}?`;
  if (kind === 'ENTITY' && sample?.signature.predicate === WEAPON_PREDICATE) return `What kind of gun was it${sample.signature.episode ? ` (in ${sample.signature.episode})` : ''}?`;
  if (kind === 'ENTITY' && sample?.signature.predicate === RESIDENCE_PREDICATE) return `Where does ${mostCommon(claims.map((c) => c.subjectName ?? '').filter(Boolean))} live?`;
  const positive = facts.find((f) => f.value.kind === 'ASSERTION' && f.value.isPositive) ?? facts[0];
  return `Is it true that ${positive?.statement ?? ''}?`;
}

/** One evidence per source for a set of claims: the source's strongest claim. */
function evidenceFrom(claims: ClusterClaim[], factId: string, stance: Evidence['stance'], textOf: Map<string, string>): Evidence[] {
  const best = new Map<string, ClusterClaim>();
  for (const claim of claims) {
    const current = best.get(claim.sourceKey);
    if (!current || claim.weight > current.weight || (claim.weight === current.weight && claim.start < current.start)) best.set(claim.sourceKey, claim);
  }
  return [...best.values()]
    .sort((a, b) => a.sourceKey.localeCompare(b.sourceKey))
    .map((claim) => ({
      factId,
      sourceKey: claim.sourceKey,
      claimId: claim.id,
      stance,
      quote: (textOf.get(claim.sourceKey) ?? '').slice(claim.start, claim.end),
      start: claim.start,
      end: claim.end,
      attribution: claim.attribution?.text ?? null,
      isHedged: claim.isHedged,
      weight: claim.weight,
    }));
}

const DAY_MS = 86_400_000;

/** The calendar days (UTC day numbers) an interval touches. */
function daysCovered(time: TimeValue): number[] {
  const days: number[] = [];
  for (let day = Math.floor(time.startMs / DAY_MS); day * DAY_MS < time.endMs; day++) days.push(day);
  return days;
}

/** The value a group of claims states most precisely: the exact count, or the narrowest time. */
function preciseValue(claims: ClusterClaim[]): ClusterClaim['value'] | undefined {
  const times = claims.map((c) => c.value).filter((v): v is TimeValue => v.kind === 'TIME');
  if (times.length > 0) return [...times].sort((a, b) => a.endMs - a.startMs - (b.endMs - b.startMs))[0];
  // A distance compared in km keeps a figure an outlet wrote in km over one converted from miles.
  const isWrittenAsCompared = (v: QuantityValue): boolean => v.unit !== 'km' || /^k/i.test(v.unitText);
  return claims.find((c) => c.value.kind !== 'QUANTITY' || isExact(c.value))?.value ?? claims.find((c) => c.value.kind === 'QUANTITY' && isWrittenAsCompared(c.value))?.value;
}
// Reports of one event disagree about its day or hour, not its year: times further apart than this,
// or vaguer than a day, are taken to be different events, not a dispute.
const MAX_TEMPORAL_SPREAD_MS = 3 * DAY_MS;
// As in predicate-classes: past this many senses a verb is a light verb.
const MAX_EVENT_SENSES = 12;

/**
 * Whether rival answers to one question are worth calling a dispute. A polarity clash needs a named
 * subject ("the team won" / "the team did not win" may be two teams); a time clash needs day-precise
 * times close together.
 */
function isDisputable(kind: FactKind, members: ClusterClaim[], facts: Fact[]): boolean {
  if (kind === 'QUANTITY') {
    // "12 Somali pirates" and "11 Yemeni pirates" count different things; a bare "23 pirates" rivals either.
    const kinds = new Set(members.map((c) => c.draft.objectKind).filter((k): k is string => !!k));
    // "an eight-year, $160 million offer" and "an eight-year, $200 million offer" may be two offers:
    // sums of things brought in with "a" agree when equal, and are no rivals when not.
    const isNewThing = members.some((c) => c.draft.subject?.kind === 'noun' && c.draft.subject.isIndefinite && MONEY_UNITS.has((c.value as QuantityValue).unit));
    // Answers that all agree ("at least 14" and "at least 17") are no dispute.
    const values = facts.map((f) => f.value as QuantityValue);
    const isAnyRival = values.some((a, i) => values.some((b, j) => j > i && !areCountsCompatible(a, b)));
    return kinds.size <= 1 && !isNewThing && isAnyRival;
  }
  if (kind === 'ASSERTION') {
    const signature = members[0]?.signature;
    if (!signature?.subject || signature.subject.startsWith('~')) return false;
    // "Hugh wants to do" against "Jackman never imagined that ...": a verb of no known event type
    // with no object said nothing whole (its object was a clause), so yes and no to it are no rivals;
    // "Kadhimi was injured" against "was not injured" is an event, whole without an object.
    return signature.object !== null || signature.predicate.startsWith('@');
  }
  if (kind === 'TIME') {
    // A light verb ("came", "took", "went": dozens of senses) names no event of its own.
    const event = members[0]?.signature.predicate ?? '';
    if (senseCount(event, 'v') > MAX_EVENT_SENSES && !isEventNoun(event)) return false;
    const times = facts.map((f) => f.value as TimeValue);
    if (times.some((t) => t.endMs - t.startMs > DAY_MS)) return false;
    // "Monday morning" against "Monday evening" is more often two events (two searches, two statements)
    // than a disagreement: rival times must fall on different days.
    const daysOf = (fact: Fact): Set<number> => new Set(members.filter((c) => fact.claimIds.includes(c.id)).flatMap((c) => daysCovered(c.value as TimeValue)));
    const daySets = facts.map(daysOf);
    if (daySets.some((a, i) => daySets.some((b, j) => j > i && [...a].some((d) => b.has(d))))) return false;
    const earliestEnd = Math.min(...times.map((t) => t.endMs));
    const latestStart = Math.max(...times.map((t) => t.startMs));
    return latestStart - earliestEnd <= MAX_TEMPORAL_SPREAD_MS;
  }
  return true;
}

/**
 * Whether two places cannot both be one person's home. Names that share a word may be one place or
 * one inside the other ("Ozone Park" / "South Ozone Park", "New York" / "New York City"). Two places
 * WordNet knows are rivals when it puts neither inside the other and they are of one kind (two
 * boroughs). Two it does not know are rivals only when both are localities named for the land
 * ("College Point", "South Ozone Park"), the smallest level; a known place and an unknown one may be a
 * borough and a neighbourhood in it ("Queens" / "College Point"), so never.
 */
export function areRivalHomes(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().split(/[\s-]+/));
  if (b.toLowerCase().split(/[\s-]+/).some((w) => words.has(w))) return false;
  const known = areRivalPlaceNames(a, b);
  if (known !== null) return known;
  if (isPlaceName(a) || isPlaceName(b)) return false;
  return isLocalityName(a) && isLocalityName(b);
}

const BEARINGS: Record<string, number> = { north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315 };

/** Whether two compass directions are a right angle or more apart: "east" and "west", not "north" and "northwest". */
export function areRivalDirections(a: string, b: string): boolean {
  const x = BEARINGS[a];
  const y = BEARINGS[b];
  if (x === undefined || y === undefined) return false;
  const apart = Math.abs(x - y) % 360;
  return Math.min(apart, 360 - apart) >= 90;
}

/**
 * Whether place `a` may hold place `b` ("Queens" / "College Point"), so that giving `a` rules nothing
 * out: any pair that is not rival, except that a place WordNet does not list never holds one it lists.
 */
function mayHold(a: string, b: string): boolean {
  return !areRivalHomes(a, b) && !(isPlaceName(b) && !isPlaceName(a));
}

// Event types that happen at one place: an attack, a blast, a shooting. A quake "strikes" many places.
const POINT_EVENT_TYPES = new Set(['Conflict.Attack']);
const SPREAD_EVENTS = new Set(['quake', 'earthquake', 'tremor', 'aftershock', 'storm', 'hurricane', 'typhoon', 'cyclone', 'flood', 'wildfire']);

/** Whether an event noun names what happens at one place: "bomb", "attack", "shooting", "explosion". */
function isPointEvent(lemma: string): boolean {
  if (SPREAD_EVENTS.has(lemma)) return false;
  const type = eventTypeOf(lemma) ?? eventTypeOf(verbOfNoun(lemma) ?? '');
  return (type !== null && POINT_EVENT_TYPES.has(type)) || lemma === 'explosion' || lemma === 'blast';
}

/**
 * The answers about one person that rule each other out (homes, ranks): an answer that may hold or
 * stand with another ("Queens" with "South Ozone Park") is left out, then the most supported first,
 * each joining if it rivals every one taken. One person's answers are few, so they are compared in pairs.
 */
function rivalSet<T extends { value: string; support: number }>(answers: T[], isRival: (a: string, b: string) => boolean, mayStandWith: (a: string, b: string) => boolean): T[] {
  const ordered = answers.filter((h) => !answers.some((o) => o !== h && mayStandWith(h.value, o.value))).sort((x, y) => y.support - x.support);
  const taken: T[] = [];
  for (const answer of ordered) if (taken.every((t) => isRival(t.value, answer.value))) taken.push(answer);
  return taken;
}

// Predicates the pipeline makes for an attribute (where, what colour, whose home, what rank), not a
// verb an outlet chose: no paraphrase of them is joined and no active reading lends them support.
const ATTRIBUTE_PREDICATES = new Set([PLACE_PREDICATE, COLOUR_PREDICATE, RESIDENCE_PREDICATE, RANK_PREDICATE, DIRECTION_PREDICATE, WEAPON_PREDICATE, MANNER_PREDICATE, NATIONALITY_PREDICATE, COMPOSITION_PREDICATE]);

export interface Clustering {
  facts: Fact[];
  disputes: Dispute[];
  evidence: Evidence[];
}

// Objects this close in word vectors are one thing said two ways: "home" and "residence" (0.57),
// "house" and "residence" (0.62); "home" and "airport" (0.45) are two.
const SIMILAR_OBJECTS = 0.55;

/** Whether two objects of one predicate name the same thing: one entity, WordNet synonyms, or close vectors. */
function isSameObject(a: string, b: string): boolean {
  if (a === b) return true;
  if (/^E[0-9a-f]{16}$/.test(a) || /^E[0-9a-f]{16}$/.test(b)) return false;
  return areSynonyms(a, b, 'n') || (wordSimilarity(a, b) ?? 0) >= SIMILAR_OBJECTS;
}

/**
 * Joins assertion groups that differ only by an object said in other words ("a drone attacked his
 * home" / "drones targeted his residence"). Blocked by subject, predicate and episode; inside a block
 * each group joins the largest earlier group whose object is the same thing, never a chain of them.
 */
function mergeObjectParaphrases(groups: Map<string, ClusterClaim[]>): Map<string, ClusterClaim[]> {
  const blocks = new Map<string, string[]>();
  for (const [key, members] of groups) {
    const s = members[0]?.signature;
    // An attribute's object is its answer: "east" and "west" are close in vectors and rivals here.
    if (!s || s.kind !== 'ASSERTION' || !s.object || (ATTRIBUTE_PREDICATES.has(s.predicate) && s.predicate !== PLACE_PREDICATE)) continue;
    const block = `${s.subject ?? ''}|${s.predicate}|${s.episode ?? ''}`;
    blocks.set(block, [...(blocks.get(block) ?? []), key]);
  }
  return joinInBlocks(groups, blocks, (head, members) => isSameObject(head[0]?.signature.object ?? '', members[0]?.signature.object ?? '') || abbreviates(head, members) || abbreviates(members, head));
}

/**
 * Whether one group's object is written as the initials of the other's: "charged with DWI" and
 * "charged with driving while intoxicated". The abbreviation is written in capitals, of two to five
 * letters, and spells the first letters of every word of the other's object as written.
 */
function abbreviates(short: ClusterClaim[], long: ClusterClaim[]): boolean {
  const letters = new Set(short.map((c) => c.draft.objectText ?? '').filter((t) => /^[A-Z]{2,5}$/.test(t)).map((t) => t.toLowerCase()));
  if (letters.size === 0) return false;
  return long.some((c) => {
    const words = (c.draft.objectText ?? '').toLowerCase().split(/[\s-]+/).filter((w) => /^[a-z]/.test(w));
    return words.length > 1 && letters.has(words.map((w) => w[0]).join(''));
  });
}

/**
 * Joins groups that differ only by an unnamed subject said in other words: "the fire broke out on the
 * roof" / "the blaze broke out on the roof". WordNet synonyms only: word vectors put "home" near
 * "village", and a subject is what the claim is about. Named subjects (entities) are joined by entity
 * resolution, not here. Blocked by kind, predicate, object and episode.
 */
function mergeSubjectParaphrases(groups: Map<string, ClusterClaim[]>): Map<string, ClusterClaim[]> {
  const blocks = new Map<string, string[]>();
  for (const [key, members] of groups) {
    const s = members[0]?.signature;
    if (!s?.subject?.startsWith('~')) continue;
    const block = `${s.kind}|${s.predicate}|${s.object ?? ''}|${s.episode ?? ''}|${key.endsWith('|undated') ? 'undated' : ''}`;
    blocks.set(block, [...(blocks.get(block) ?? []), key]);
  }
  const subjectOf = (members: ClusterClaim[]): string => (members[0]?.signature.subject ?? '').slice(1);
  // A block can hold hundreds of groups with other subjects ("ASSERTION|kill"): each noun's senses are
  // read once, and a group is compared only with the heads that share a sense key with it (all pairs,
  // with WordNet read per pair, were half of clustering's time on the 1,683 FNC-1 bodies).
  const senses = new Map<string, NounSenses>();
  const sensesOf = (noun: string): NounSenses => {
    let known = senses.get(noun);
    if (!known) senses.set(noun, (known = nounSenses(noun)));
    return known;
  };
  // Keys such that namesSameThing(head, member) only if they share one: the same noun, a sense of one
  // among the other's first and above.
  const index: HeadIndex = {
    headKeys: (head) => {
      const noun = subjectOf(head);
      const { senses: own, firstAndAbove } = sensesOf(noun);
      return [`=${noun}`, ...[...own].map((k) => `s${k}`), ...firstAndAbove.map((k) => `f${k}`)];
    },
    memberKeys: (members) => {
      const noun = subjectOf(members);
      const { senses: own, firstAndAbove } = sensesOf(noun);
      return [`=${noun}`, ...firstAndAbove.map((k) => `s${k}`), ...[...own].map((k) => `f${k}`)];
    },
  };
  return joinInBlocks(groups, blocks, (head, members) => namesSameThing(subjectOf(head), subjectOf(members), sensesOf), index);
}

interface NounSenses {
  /** The first senses (senseKeys' default number). */
  senses: Set<string>;
  /** The first sense and the synsets directly above it (relatedSenseKeys). */
  firstAndAbove: string[];
}

function nounSenses(noun: string): NounSenses {
  return { senses: new Set(senseKeys(noun, 'n')), firstAndAbove: senseKeys(noun, 'n', 1).flatMap((k) => [k, ...relatedSenseKeys(k)]) };
}

/**
 * Whether one noun's first sense is one of the other's first senses or directly under one: "blaze" is
 * a "fire", "ship" a "vessel", "employee" a "worker". A later sense of both is too loose for a subject
 * ("change" and "action", "man" and "person", "officer" and "official").
 */
function namesSameThing(a: string, b: string, sensesOf: (noun: string) => NounSenses): boolean {
  const under = (specific: string, general: string): boolean => {
    const { senses } = sensesOf(general);
    return sensesOf(specific).firstAndAbove.some((k) => senses.has(k));
  };
  return a === b || under(a, b) || under(b, a);
}

/**
 * Which heads a group may belong with, for joinInBlocks: a head that `belongs` with a group shares at
 * least one of its headKeys with the group's memberKeys. Others are not asked.
 */
interface HeadIndex {
  headKeys(head: ClusterClaim[]): string[];
  memberKeys(members: ClusterClaim[]): string[];
}

/**
 * Inside each block of group keys, largest group first, each group joins the first earlier head it
 * `belongs` with (never a chain of them), or becomes a head itself. Used by every merge of groups.
 * With an index, only the heads it names are asked (the same first head: they are asked in order).
 */
function joinInBlocks(groups: Map<string, ClusterClaim[]>, blocks: Map<string, string[]>, belongs: (head: ClusterClaim[], members: ClusterClaim[]) => boolean, index?: HeadIndex): Map<string, ClusterClaim[]> {
  for (const keys of blocks.values()) {
    if (keys.length < 2) continue;
    const ordered = [...keys].sort((a, b) => (groups.get(b)?.length ?? 0) - (groups.get(a)?.length ?? 0) || a.localeCompare(b));
    const heads: string[] = [];
    const headsByKey = new Map<string, number[]>();
    const candidates = (members: ClusterClaim[]): string[] => {
      if (!index) return heads;
      const at = new Set<number>();
      for (const k of index.memberKeys(members)) for (const i of headsByKey.get(k) ?? []) at.add(i);
      return [...at].sort((a, b) => a - b).map((i) => heads[i] as string);
    };
    for (const key of ordered) {
      const members = groups.get(key) ?? [];
      const head = candidates(members).find((h) => belongs(groups.get(h) ?? [], members));
      if (!head) {
        if (index) {
          for (const k of index.headKeys(members)) {
            const filed = headsByKey.get(k);
            if (filed) filed.push(heads.length);
            else headsByKey.set(k, [heads.length]);
          }
        }
        heads.push(key);
        continue;
      }
      groups.get(head)?.push(...members);
      groups.delete(key);
    }
  }
  return groups;
}

/** Whether two verbs share a WordNet sense, when neither is one of the lightest, an antonym or of another event type. */
function shareVerbSense(a: string, b: string): boolean {
  if (a === b) return true;
  // Two of the lightest verbs share senses that span everything ("have, get, make").
  if (isLightVerb(a) || isLightVerb(b)) return false;
  // A verb of a known event type names that event ("arrest"); a verb of no type or another shares
  // only its other senses with it ("stop" a car is not arresting its driver).
  if (areAntonyms(a, b, 'v') || eventTypeOf(a) !== eventTypeOf(b)) return false;
  // All their senses: neither is light, so there are few.
  const right = new Set(senseKeys(b, 'v', senseCount(b, 'v')));
  return senseKeys(a, 'v', senseCount(a, 'v')).some((k) => right.has(k));
}

/**
 * Joins assertion groups that differ only by a verb said in other words when subject and object are
 * the same: "INS Mysore received a distress call" / "picked up a distress call". Both verbs have many
 * senses, so predicate classes keep them apart; with one subject and one object, a sense the two
 * share is the sense meant. Blocked by subject, object and episode; each group joins the largest
 * earlier group of its block whose every verb shares a sense with one of its own.
 */
function mergePredicateParaphrases(groups: Map<string, ClusterClaim[]>): Map<string, ClusterClaim[]> {
  const blocks = new Map<string, string[]>();
  for (const [key, members] of groups) {
    const s = members[0]?.signature;
    if (!s || s.kind !== 'ASSERTION' || !s.object || !s.subject || ATTRIBUTE_PREDICATES.has(s.predicate)) continue;
    const block = `${s.subject}|${s.object}|${s.episode ?? ''}`;
    blocks.set(block, [...(blocks.get(block) ?? []), key]);
  }
  const verbsOf = (members: ClusterClaim[]): string[] => [...new Set(members.map((c) => c.draft.predicate))];
  return joinInBlocks(groups, blocks, (head, members) => {
    const verbs = verbsOf(members);
    return verbsOf(head).every((v) => verbs.some((w) => shareVerbSense(v, w)));
  });
}

/**
 * Joins counts of people an event befell that differ only by the word for the people ("10 people
 * killed" / "10 villagers died" / "three bank workers died"; "23 pirates captured" / "23 sea brigands
 * nabbed"): one question, how many. One of several parts ("two women and a man") stays its own
 * question. Only events of a known type (event-types.ts) count people this way. Blocked by predicate
 * and episode; each group joins the largest group of its block it shares an answer with.
 */
function mergeCountedPeople(groups: Map<string, ClusterClaim[]>): Map<string, ClusterClaim[]> {
  // "Two women and one man died": counts of different people in one sentence are parts of a whole.
  const objectsAt = new Map<string, Set<string>>();
  const at = (c: ClusterClaim): string => `${c.sourceKey}#${c.sentenceIndex}#${c.signature.predicate}`;
  for (const members of groups.values()) {
    for (const c of members) if (c.signature.kind === 'QUANTITY') objectsAt.set(at(c), (objectsAt.get(at(c)) ?? new Set()).add(c.signature.object ?? ''));
  }
  const blocks = new Map<string, string[]>();
  for (const [key, members] of groups) {
    const s = members[0]?.signature;
    if (!s || s.kind !== 'QUANTITY' || !s.object || s.subject) continue;
    // A group some of whose outlets give the count alone is a count of all: "the three bank workers -
    // two women and a man - were killed" does not make a part of the three that others give alone.
    if (!members.every((c) => eventTypeOf(c.draft.predicate) !== null) || !members.some((c) => (objectsAt.get(at(c))?.size ?? 0) < 2)) continue;
    // A person in the word's first sense: "villager", "employee", not "count" (a nobleman only in its third).
    if (s.object !== 'people' && !isPersonFirst(s.object)) continue;
    const block = `${s.predicate}|${s.episode ?? ''}`;
    blocks.set(block, [...(blocks.get(block) ?? []), key]);
  }
  // Only groups that share an answer are joined: "three bank workers died" and "three people were
  // killed" are one count, while "two co-workers killed" and "three professors dead" may be two events.
  return joinInBlocks(groups, blocks, sharesAnswer);
}

/** Whether two groups of counts have an answer in common. */
function sharesAnswer(a: ClusterClaim[], b: ClusterClaim[]): boolean {
  return a.some((x) => b.some((y) => x.value.kind === 'QUANTITY' && y.value.kind === 'QUANTITY' && areCountsCompatible(x.value, y.value)));
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** "is being treated", "was hit": a form of "be" whose next word is no -ing form ("were closing in"). */
function isPassiveText(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  let last = -1;
  words.forEach((w, i) => {
    if (BE_FORMS.has(w) && i < words.length - 1) last = i;
  });
  return last >= 0 && !/ing$/.test(words[last + 1] ?? '');
}

/**
 * "Police are treating the fire as suspicious" says "the fire is being treated as suspicious": each
 * source of an active fact supports the passive fact about its object, same predicate and episode.
 * Not the reverse: an outlet that wrote the passive did not say who did it.
 */
function lendActiveSupport(facts: Fact[], claimsOf: Map<string, ClusterClaim[]>, supportOf: Map<string, Evidence[]>): void {
  const isPositive = (f: Fact): boolean => f.kind === 'ASSERTION' && f.value.kind === 'ASSERTION' && f.value.isPositive;
  // Blocked by predicate and episode, then by object, so that a passive meets each distinct object once.
  const actives = new Map<string, Map<string, Fact[]>>();
  for (const fact of facts) {
    const object = fact.signature.object;
    if (!isPositive(fact) || !object || !fact.signature.subject || ATTRIBUTE_PREDICATES.has(fact.signature.predicate)) continue;
    // Only active claims with a direct object, and no bare participle clause ("..., killing one"):
    // "was charged with manslaughter" is no active.
    if (!(claimsOf.get(fact.id) ?? []).every((c) => !isPassiveText(c.draft.predicateText) && !c.draft.objectPreposition && !/^\S+ing$/.test(c.draft.predicateText))) continue;
    const key = `${fact.signature.predicate}|${fact.signature.episode ?? ''}`;
    const byObject = actives.get(key) ?? new Map<string, Fact[]>();
    actives.set(key, byObject);
    const list = byObject.get(object);
    if (list) list.push(fact);
    else byObject.set(object, [fact]);
  }
  // The same thing by name or by WordNet ("blaze" / "fire"); word vectors put "home" near "village".
  // Objects are indexed by their first senses and the senses one step from them, so that a passive's
  // subject is compared only with the objects it may be a synonym of (areSynonyms' own reach).
  const isSameThing = (object: string, thing: string): boolean => object === thing || (!/^E[0-9a-f]{16}$/.test(object) && (areSynonyms(object, thing, 'n') || areSynonyms(thing, object, 'n')));
  const reach = (word: string): string[] => {
    const own = senseKeys(word, 'n');
    return [...own, ...own.flatMap((k) => relatedSenseKeys(k))];
  };
  const objectsBySense = new Map<string, Set<string>>();
  for (const byObject of actives.values()) {
    for (const object of byObject.keys()) {
      if (/^E[0-9a-f]{16}$/.test(object)) continue;
      for (const key of reach(object)) objectsBySense.set(key, (objectsBySense.get(key) ?? new Set()).add(object));
    }
  }
  for (const fact of facts) {
    const subject = fact.signature.subject;
    if (!isPositive(fact) || fact.signature.object || !subject) continue;
    if (!(claimsOf.get(fact.id) ?? []).every((c) => isPassiveText(c.draft.predicateText))) continue;
    const thing = subject.startsWith('~') ? subject.slice(1) : subject;
    const forms = fact.signature.predicateForms ?? [fact.signature.predicate];
    const support = supportOf.get(fact.id) ?? [];
    const own = new Set(support.map((e) => e.sourceKey));
    const block = actives.get(`${fact.signature.predicate}|${fact.signature.episode ?? ''}`);
    if (!block) continue;
    const candidates = new Set([thing, ...reach(thing).flatMap((k) => [...(objectsBySense.get(k) ?? [])])]);
    for (const object of candidates) {
      const sameObject = block.get(object);
      if (!sameObject || !isSameThing(object, thing)) continue;
      for (const active of sameObject) {
        // The same verb, or one of the same event type that says as much ("the quake struck Qeshm" says
        // "Qeshm was hit", "gutted" says "destroyed"; "damaged" does not say "destroyed", nor "attacked"
        // "firebombed"), not only its class: "surrounded" a vessel is not "attacked" it.
        const verbs = active.signature.predicateForms ?? [active.signature.predicate];
        const sameEvent = (v: string): boolean => verbs.includes(v) || (eventTypeOf(v) !== null && verbs.some((w) => eventTypeOf(w) === eventTypeOf(v) && areSynonyms(w, v, 'v')));
        if (active.signature.subject === subject || !forms.some(sameEvent)) continue;
        for (const e of supportOf.get(active.id) ?? []) {
          if (own.has(e.sourceKey)) continue;
          own.add(e.sourceKey);
          support.push({ ...e, factId: fact.id });
        }
      }
    }
    support.sort((a, b) => a.sourceKey.localeCompare(b.sourceKey));
  }
}

/** Adds `lent` evidence to fact `to`'s support, from sources it has none from, kept in source order. */
function lendSupport(lent: readonly Evidence[], to: string, supportOf: Map<string, Evidence[]>): void {
  const support = supportOf.get(to) ?? [];
  const own = new Set(support.map((e) => e.sourceKey));
  let isLent = false;
  for (const e of lent) {
    if (own.has(e.sourceKey)) continue;
    own.add(e.sourceKey);
    support.push({ ...e, factId: to });
    isLent = true;
  }
  if (isLent) support.sort((a, b) => a.sourceKey.localeCompare(b.sourceKey));
  supportOf.set(to, support);
}

/**
 * "Three bank workers were killed" says "bank workers were killed", and "killed three bank workers"
 * says it too: each source of a count above zero supports the plain assertion about the things it
 * counts, same predicate and episode, with them in the same role. The counted thing and the
 * assertion's subject stand in one role when both are what befell (a passive, or a count after its
 * verb or of its complement: "left three workers dead") or both are the active verb's subject ("three
 * workers died", "workers died"); with a verb like "die", whose subject is what befell it, either way.
 */
function lendCountSupport(facts: Fact[], claimsOf: Map<string, ClusterClaim[]>, supportOf: Map<string, Evidence[]>, textOf: Map<string, string>): void {
  // Asked once per verb, not per claim (WordNet reads).
  const undergoing = new Map<string, boolean>();
  const isUndergoing = (lemma: string): boolean => {
    let known = undergoing.get(lemma);
    if (known === undefined) undergoing.set(lemma, (known = !isWord(lemma, 'v') || areSynonyms(lemma, 'die', 'v')));
    return known;
  };
  const roleOfCount = (c: ClusterClaim): string => (c.draft.countsSubject && !isUndergoing(c.draft.predicate) ? 'agent' : 'patient');
  const roleOfAssertion = (c: ClusterClaim): string => (isPassiveText(c.draft.predicateText) || isUndergoing(c.draft.predicate) ? 'patient' : 'agent');
  // The counting sources' evidence by predicate, episode, counted noun and role.
  const counts = new Map<string, Evidence[]>();
  for (const fact of facts) {
    if (fact.kind !== 'QUANTITY' || fact.value.kind !== 'QUANTITY' || !((fact.value.min ?? fact.value.value) > 0)) continue;
    // Each claim's own evidence, found by its source and where it starts (the first, as find gave).
    const evidenceAt = new Map<string, Evidence>();
    for (const e of supportOf.get(fact.id) ?? []) if (!evidenceAt.has(`${e.sourceKey}:${e.start}`)) evidenceAt.set(`${e.sourceKey}:${e.start}`, e);
    for (const c of claimsOf.get(fact.id) ?? []) {
      if (c.isNegated || !c.draft.object) continue;
      const key = `${c.signature.predicate}|${c.signature.episode ?? ''}|${c.draft.object}|${roleOfCount(c)}`;
      // A source's evidence for the count may be another of its claims ("Three die in bank" over "left
      // three bank workers dead"): the claim that counts the noun is quoted for what it lends.
      const own = evidenceAt.get(`${c.sourceKey}:${c.start}`) ?? evidenceFrom([c], fact.id, 'SUPPORTS', textOf)[0];
      if (!own) continue;
      const list = counts.get(key);
      if (list) list.push(own);
      else counts.set(key, [own]);
    }
  }
  if (counts.size === 0) return;
  for (const fact of facts) {
    const subject = fact.signature.subject;
    if (fact.kind !== 'ASSERTION' || fact.value.kind !== 'ASSERTION' || !fact.value.isPositive || fact.signature.object || !subject?.startsWith('~')) continue;
    const claims = claimsOf.get(fact.id) ?? [];
    const role = claims[0] ? roleOfAssertion(claims[0]) : null;
    if (!role || !claims.every((c) => roleOfAssertion(c) === role)) continue;
    const nouns = new Set(claims.map((c) => (c.draft.subject?.kind === 'noun' ? c.draft.subject.lemma : '')).filter(Boolean));
    const support = supportOf.get(fact.id) ?? [];
    const own = new Set(support.map((e) => e.sourceKey));
    let isLent = false;
    for (const noun of nouns) {
      for (const e of counts.get(`${fact.signature.predicate}|${fact.signature.episode ?? ''}|${noun}|${role}`) ?? []) {
        if (own.has(e.sourceKey)) continue;
        own.add(e.sourceKey);
        support.push({ ...e, factId: fact.id });
        isLent = true;
      }
    }
    if (isLent) support.sort((a, b) => a.sourceKey.localeCompare(b.sourceKey));
  }
}

// Verbs that say what a collection holds rather than what befell it.
const CONTAINING = new Set(['include', 'contain', 'comprise']);

/**
 * Joins counts of a thing to the one question about that thing they answer, when they give one of its
 * answers. Blocked by object and episode: in each block, the groups `isQuestion` picks must be exactly
 * one, and each group `isAnswer` picks joins it if they share an answer; the rest stay their own.
 */
function joinCountsToQuestion(groups: Map<string, ClusterClaim[]>, isQuestion: (members: ClusterClaim[]) => boolean, isAnswer: (members: ClusterClaim[]) => boolean): Map<string, ClusterClaim[]> {
  const blocks = new Map<string, { questions: string[]; answers: string[] }>();
  for (const [key, members] of groups) {
    const s = members[0]?.signature;
    if (!s || s.kind !== 'QUANTITY' || !s.object) continue;
    const block = blocks.get(`${s.object}|${s.episode ?? ''}`) ?? { questions: [], answers: [] };
    if (isQuestion(members)) block.questions.push(key);
    else if (isAnswer(members)) block.answers.push(key);
    blocks.set(`${s.object}|${s.episode ?? ''}`, block);
  }
  for (const { questions, answers } of blocks.values()) {
    const target = questions.length === 1 ? groups.get(questions[0] as string) : undefined;
    if (!target) continue;
    for (const key of answers) {
      if (!sharesAnswer(groups.get(key) ?? [], target)) continue;
      target.push(...(groups.get(key) ?? []));
      groups.delete(key);
    }
  }
  return groups;
}

/**
 * A count of things a collection held joins the one other count of those things: "the cache
 * included seven AK-47s" counts the AK-47s that others say were seized. With two or more other counts
 * of the thing ("seized", "destroyed") it is not known which the collection's is; with no answer in
 * common ("the charges include one count of murder", "charged with three counts of homicide") it may
 * count other things.
 */
function mergeContainedCounts(groups: Map<string, ClusterClaim[]>): Map<string, ClusterClaim[]> {
  const isHeld = (members: ClusterClaim[]): boolean => members.every((c) => CONTAINING.has(c.draft.predicate));
  return joinCountsToQuestion(groups, (members) => !isHeld(members), isHeld);
}

/**
 * Sentences about another event than the cluster's, told apart by its measure: "Earlier on Sunday a
 * 5.6 quake jolted the island" and "a magnitude-5.2 quake has injured three people" in one article,
 * when the other articles measure the quake at 5.6 and none at 5.2. A magnitude that only one source
 * gives, in a sentence of its own, while that source also gives the magnitude most sources give, is
 * another event's; each such sentence gets that event as its episode ("the magnitude-5.2 quake"), so its counts
 * are no rivals of the main event's. Two speakers in one sentence ("Tehran said 5.9, the USGS 6.1")
 * and a value other sources share are left alone.
 */
function otherEventSentences(claims: ClusterClaim[]): Map<string, string> {
  const at = (c: ClusterClaim): string => `${c.sourceKey}#${c.sentenceIndex}`;
  const measures = claims.filter((c) => c.signature.kind === 'QUANTITY' && c.signature.object === 'magnitude' && !c.signature.episode && c.value.kind === 'QUANTITY');
  const sourcesOf = new Map<number, Set<string>>();
  for (const c of measures) {
    const value = (c.value as QuantityValue).value;
    sourcesOf.set(value, (sourcesOf.get(value) ?? new Set()).add(c.sourceKey));
  }
  const ranked = [...sourcesOf.entries()].sort((a, b) => b[1].size - a[1].size || a[0] - b[0]);
  const main = ranked[0];
  const episodes = new Map<string, string>();
  if (!main || main[1].size < 2 || (ranked[1]?.[1].size ?? 0) === main[1].size) return episodes;
  const mainSentences = new Set(measures.filter((c) => (c.value as QuantityValue).value === main[0]).map(at));
  for (const c of measures) {
    const value = (c.value as QuantityValue).value;
    if (value === main[0] || sourcesOf.get(value)?.size !== 1 || !main[1].has(c.sourceKey) || mainSentences.has(at(c))) continue;
    episodes.set(at(c), `the magnitude-${value} ${c.draft.predicateText.toLowerCase()}`);
  }
  return episodes;
}

/**
 * Counts of vehicles join the one question of how many a group came in: "two boats were closing in",
 * "seized two small boats" are the "pirates in two boats" of the others, and so, when only one such
 * question is asked, are counts of a kind of that vehicle ("recovered three speedboats"); a count with
 * no answer in common may be other vehicles.
 */
function mergeVehicleCounts(groups: Map<string, ClusterClaim[]>): Map<string, ClusterClaim[]> {
  const isCarrier = (members: ClusterClaim[]): boolean => members[0]?.signature.predicate === CARRIER_PREDICATE;
  const joined = joinCountsToQuestion(groups, isCarrier, (members) => isVehicleNoun(members[0]?.signature.object ?? ''));
  // "recovered three speedboats" answers "pirates in three boats" too: a kind of the question's vehicle.
  const questions = [...joined.entries()].filter(([, members]) => isCarrier(members));
  for (const [key, members] of [...joined.entries()]) {
    const s = members[0]?.signature;
    if (!s || s.kind !== 'QUANTITY' || !s.object || isCarrier(members) || !isVehicleNoun(s.object)) continue;
    const targets = questions.filter(([, question]) => {
      const q = question[0]?.signature;
      return !!q?.object && q.object !== s.object && (q.episode ?? '') === (s.episode ?? '') && isKindOf(s.object as string, q.object);
    });
    const target = targets.length === 1 ? targets[0]?.[1] : undefined;
    if (!target || !sharesAnswer(members, target)) continue;
    target.push(...members);
    joined.delete(key);
  }
  return joined;
}

// How many of a moment's verbs its statement shows.
const MIXED_VERBS_SHOWN = 3;

// The widest time read as a clock time: "7 p.m." is the hour from 7, "at about 10 a.m." likewise; a
// clock on one of two days ("7 p.m. last night" in an article whose day is uncertain) is still one.
const CLOCK_MS = 60 * 60 * 1000;
const CLOCK_ON_TWO_DAYS_MS = 25 * CLOCK_MS;
const SAME_READING_MS = 15 * 60 * 1000;
const CLOCK_LABEL = /\b\d{1,2}(:\d\d)? ?[ap]\.m\.|\b\d{1,2}:\d\d\b|\b\d{1,2} ?[ap]m\b/;

/**
 * Joins the clock times of one moment, whatever verb each outlet told it with: "had just parked her
 * car around 7 p.m. Friday when she was hit", "police responded to the crash at 7:01 p.m. on Friday",
 * "was walking at about 7 p.m. when she was struck". Within one story, times on one day that overlap
 * to a quarter of an hour are one moment told from different sides, and one question: when it happened. Only
 * groups whose every claim is a dated clock time join (a day, an evening or "last night" may hold
 * several moments), each to the group it overlaps, largest first, within its episode; a group that
 * overlaps none stays apart ("a little before 10 p.m.").
 */
function mergeIncidentClocks(groups: Map<string, ClusterClaim[]>): Map<string, ClusterClaim[]> {
  const isClock = (c: ClusterClaim): boolean => c.value.kind === 'TIME' && !isFloatingTime(c.value) && (c.value.endMs - c.value.startMs <= CLOCK_MS || (c.value.endMs - c.value.startMs <= CLOCK_ON_TWO_DAYS_MS && CLOCK_LABEL.test(c.value.label)));
  const byEpisode = new Map<string, Array<[string, ClusterClaim[]]>>();
  for (const entry of groups) {
    const [, members] = entry;
    if (members[0]?.signature.kind !== 'TIME' || !members.every(isClock)) continue;
    const episode = members[0].signature.episode ?? '';
    byEpisode.set(episode, [...(byEpisode.get(episode) ?? []), entry]);
  }
  // The same clock reading to a quarter of an hour: "7 p.m." and "7:01 p.m.", not "10 a.m." and "10:30 a.m.".
  const overlap = (a: ClusterClaim[], b: ClusterClaim[]): boolean => a.some((x) => b.some((y) => x.value.kind === 'TIME' && y.value.kind === 'TIME' && x.value.startMs < y.value.endMs && y.value.startMs < x.value.endMs && Math.abs(x.value.endMs - y.value.endMs) <= SAME_READING_MS));
  for (const entries of byEpisode.values()) {
    const ranked = entries.sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    const targets: ClusterClaim[][] = [];
    for (const [key, members] of ranked) {
      const target = targets.find((t) => overlap(t, members));
      if (!target) {
        targets.push(members);
        continue;
      }
      target.push(...members);
      groups.delete(key);
    }
  }
  return groups;
}

/**
 * Joins counts of vehicles that differ only by a word for the vehicle, one a kind of the other: "at
 * least 17 hijacked ships are still being held" and "they still hold at least 14 foreign vessels" are
 * one question. Blocked by predicate, subject and episode; not the question of how many vehicles a
 * group came in (mergeVehicleCounts), and not counts of people or other things, whose kinds are often
 * parts of a whole ("3 children" of "10 people").
 */
function mergeVesselKinds(groups: Map<string, ClusterClaim[]>): Map<string, ClusterClaim[]> {
  const blocks = new Map<string, string[]>();
  for (const [key, members] of groups) {
    const s = members[0]?.signature;
    if (!s || s.kind !== 'QUANTITY' || !s.object || s.predicate === CARRIER_PREDICATE || !isVehicleNoun(s.object)) continue;
    const block = `${s.subject ?? ''}|${s.predicate}|${s.episode ?? ''}`;
    blocks.set(block, [...(blocks.get(block) ?? []), key]);
  }
  return joinInBlocks(groups, blocks, (head, members) => {
    const a = head[0]?.signature.object ?? '';
    const b = members[0]?.signature.object ?? '';
    return a === b || isKindOf(a, b) || isKindOf(b, a);
  });
}

/**
 * A fact's signature: its first claim's, with the forms its claims used. Written out field by field,
 * not spread: V8 gave every spread copy a hidden class of its own (2,994 for 3,000 facts, 50,000 maps
 * and descriptor arrays of about 20 MB at 4,000 articles), held until the facts are stored; these
 * share two. The fields are in the order a spread gives them, the order the store's JSON keeps.
 */
function factSignature({ kind, subject, predicate, object, episode }: ClaimSignature, predicateForms: string[], objectForms: string[]): ClaimSignature {
  return episode === undefined ? { kind, subject, predicate, object, predicateForms, objectForms } : { kind, subject, predicate, object, episode, predicateForms, objectForms };
}

// Every fact's explanation until scoring (score-facts.ts) gives it its own: one shared object, not one
// per fact held from clustering to scoring (about 16 MB at 16,000 articles, when the heap is largest).
// Nothing changes it.
const UNSCORED: Fact['explanation'] = { independentSupporters: 0, copiesDiscounted: 0, supportingMass: 0, closeSupport: 0, contradictingSources: 0, contradictingMass: 0, hedgedSupporters: 0, secondHandSupporters: 0, reliabilities: [], summary: '' };

export function clusterClaims(claims: ClusterClaim[], textOf: Map<string, string>): Clustering {
  const otherEvents = otherEventSentences(claims);
  const grouped = new Map<string, ClusterClaim[]>();
  for (const original of claims) {
    const episode = otherEvents.get(`${original.sourceKey}#${original.sentenceIndex}`);
    const claim = episode && !original.signature.episode ? { ...original, signature: { ...original.signature, episode } } : original;
    // A weekday of an unknown week and a real date are answers to two questions: neither rivals the other.
    const key = claim.value.kind === 'TIME' && isFloatingTime(claim.value) ? `${signatureKey(claim)}|undated` : signatureKey(claim);
    const members = grouped.get(key);
    if (members) members.push(claim);
    else grouped.set(key, [claim]);
  }
  const groups = mergeIncidentClocks(mergeVesselKinds(mergeVehicleCounts(mergeContainedCounts(mergeCountedPeople(mergePredicateParaphrases(mergeObjectParaphrases(mergeSubjectParaphrases(grouped))))))));

  const facts: Fact[] = [];
  const disputes: Dispute[] = [];
  const evidence: Evidence[] = [];
  const supportOf = new Map<string, Evidence[]>();
  const altClaims = new Map<string, ClusterClaim[]>();

  const makeFact = (kind: FactKind, key: string, alt: Alternative): Fact => {
    const first = alt.claims[0] as ClusterClaim;
    const id = hashId('F', `${key}|${alt.valueKey}`);
    const predicateForms = [...new Set(alt.claims.map((c) => c.draft.predicate))].sort();
    const objectForms = [...new Set(alt.claims.flatMap((c) => (c.draft.object ? [c.draft.object] : [])))].sort();
    const fact: Fact = {
      id,
      statement: statementFor(kind, alt),
      kind,
      confidence: 0,
      status: 'SINGLE_SOURCE',
      signature: factSignature(first.signature, predicateForms, objectForms),
      value: kind === 'ASSERTION' ? { kind: 'ASSERTION', isPositive: alt.valueKey === 'yes' } : (preciseValue(alt.claims) ?? first.value),
      disputeId: null,
      claimIds: alt.claims.map((c) => c.id),
      explanation: UNSCORED,
    };
    supportOf.set(id, evidenceFrom(alt.claims, id, 'SUPPORTS', textOf));
    altClaims.set(id, alt.claims);
    return fact;
  };

  const disputeOf = (kind: DisputeKind, candidates: Fact[]): void => {
    // A source that gives two answers to one question ("rocked by a magnitude-5.9 quake", "a quake
    // measuring 3.8 on Monday") is speaking of two things; the answer others share is its answer to
    // this question, and an answer left with no voice of its own is no rival. Two speakers in one
    // article ("Tehran said 5.9, but the USGS said 6.1") are two voices.
    const voicesOf = new Map<string, Set<string>>();
    const answersOfSource = new Map<string, Array<{ fact: Fact; attribution: string | null }>>();
    for (const fact of candidates) {
      const evidence = supportOf.get(fact.id) ?? [];
      voicesOf.set(fact.id, new Set(evidence.map((e) => `${e.sourceKey}|${e.attribution ?? ''}`)));
      for (const e of evidence) answersOfSource.set(e.sourceKey, [...(answersOfSource.get(e.sourceKey) ?? []), { fact, attribution: e.attribution }]);
    }
    for (const answers of answersOfSource.values()) {
      if (answers.length < 2) continue;
      const speakers = answers.map((a) => a.attribution);
      if (speakers.every((x) => x !== null) && new Set(speakers).size === speakers.length) continue;
      const ranked = [...answers].sort((a, b) => (voicesOf.get(b.fact.id)?.size ?? 0) - (voicesOf.get(a.fact.id)?.size ?? 0));
      // Equal support leaves no way to tell which answer is about this question: no dispute.
      if ((voicesOf.get(ranked[0]?.fact.id ?? '')?.size ?? 0) === (voicesOf.get(ranked[1]?.fact.id ?? '')?.size ?? 0)) return;
      for (const other of ranked.slice(1)) voicesOf.get(other.fact.id)?.delete(`${(supportOf.get(other.fact.id) ?? []).find((e) => e.attribution === other.attribution)?.sourceKey ?? ''}|${other.attribution ?? ''}`);
    }
    const members = candidates.filter((f) => (voicesOf.get(f.id)?.size ?? 0) > 0);
    if (members.length < 2 || new Set(members.flatMap((f) => [...(voicesOf.get(f.id) ?? [])])).size < 2) return;
    const id = hashId('D', members.map((f) => f.id).sort().join('|'));
    const allClaims = members.flatMap((f) => altClaims.get(f.id) ?? []);
    disputes.push({ id, question: questionFor(kind, members, allClaims), kind, factIds: members.map((f) => f.id) });
    for (const fact of members) fact.disputeId = id;
  };

  const assertionFactsByFrame = new Map<string, Fact[]>();
  const isNamedSubject = (subject: string | null | undefined): boolean => !!subject && !subject.startsWith('~');
  for (const [key, members] of [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const kind = members[0]?.signature.kind ?? 'ASSERTION';
    const alternatives = kind === 'QUANTITY' ? quantityAlternatives(members) : kind === 'TIME' ? timeAlternatives(members) : assertionAlternatives(members);
    const groupFacts = alternatives.map((alt) => makeFact(kind, key, alt));
    facts.push(...groupFacts);
    if (groupFacts.length > 1 && isDisputable(kind, members, groupFacts)) disputeOf(kind === 'QUANTITY' ? 'NUMERIC' : kind === 'TIME' ? 'TEMPORAL' : 'NEGATION', groupFacts);
    // "registered the quake at 17:06" beside "the quake struck on Sunday": the clock is a fact of its
    // own, told by the outlets that give it, inside the day the others give. Not of a disputed day,
    // whose rivals would say nothing against the clock.
    if (kind === 'TIME') {
      alternatives.forEach((alt, i) => {
        const clock = clockWithin(alt);
        if (clock && !groupFacts[i]?.disputeId) facts.push(makeFact(kind, `${key}|clock`, clock));
      });
    }
    if (kind === 'ASSERTION') {
      const sig = members[0]?.signature;
      const frame = `${sig?.subject ?? ''}|${sig?.object ?? ''}|${sig?.episode ?? ''}`;
      if (isNamedSubject(sig?.subject)) assertionFactsByFrame.set(frame, [...(assertionFactsByFrame.get(frame) ?? []), ...groupFacts.filter((f) => f.value.kind === 'ASSERTION' && f.value.isPositive)]);
    }
  }
  // Antonyms about one subject and object: "the talks succeeded" against "the talks failed".
  for (const frameFacts of assertionFactsByFrame.values()) {
    for (let i = 0; i < frameFacts.length; i++) {
      for (let j = i + 1; j < frameFacts.length; j++) {
        const a = frameFacts[i] as Fact;
        const b = frameFacts[j] as Fact;
        if (a.disputeId || b.disputeId) continue;
        // Phrasal verbs take their object in a phrase we do not compare: "checked into rehab" and
        // "checked out of the clinic" are both true.
        const formsA = (a.signature.predicateForms ?? [a.signature.predicate]).filter((f) => !f.includes('_'));
        const formsB = (b.signature.predicateForms ?? [b.signature.predicate]).filter((f) => !f.includes('_'));
        if (formsA.some((x) => formsB.some((y) => areAntonyms(x, y, 'v') || areAntonyms(x, y, 'a')))) disputeOf('ANTONYM', [a, b]);
      }
    }
  }

  // Two colours for one thing: "a silver Camry" against "a grey Camry".
  const colourFacts = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.signature.predicate !== COLOUR_PREDICATE || fact.disputeId) continue;
    const thing = `${fact.signature.subject ?? ''}|${fact.signature.episode ?? ''}`;
    colourFacts.set(thing, [...(colourFacts.get(thing) ?? []), fact]);
  }
  for (const candidates of colourFacts.values()) if (candidates.length > 1) disputeOf('ENTITY', candidates);

  // Answers about one named thing that rule each other out. Homes one person cannot have at once: "of
  // College Point" against "lived in South Ozone Park", but not "of Queens", which may hold either.
  // Ranks likewise: "Commander" against "Commodore". And sides of one place: "west of Aden" against
  // "east of Aden", but not "north of" against "north-west of".
  const RIVALS: Record<string, { isRival: (a: string, b: string) => boolean; mayStandWith: (a: string, b: string) => boolean; value: (fact: Fact) => string }> = {
    [RESIDENCE_PREDICATE]: { isRival: areRivalHomes, mayStandWith: mayHold, value: (fact) => mostCommon((altClaims.get(fact.id) ?? []).map((c) => c.draft.objectText ?? '')) },
    [RANK_PREDICATE]: { isRival: areRivalRanks, mayStandWith: (a, b) => !areRivalRanks(a, b), value: (fact) => fact.signature.object ?? '' },
    // Two countries for one named thing, neither inside the other: "the Liberian-flagged tanker" against "Panamanian-flagged".
    // (The country as the draft has it: the signature's object may be an entity that a capitalised demonym became.)
    [NATIONALITY_PREDICATE]: { isRival: (a, b) => a !== b && !isPlaceInside(a, b) && !isPlaceInside(b, a), mayStandWith: (a, b) => a !== b && isPlaceInside(b, a), value: (fact) => mostCommon((altClaims.get(fact.id) ?? []).map((c) => c.draft.object ?? '')) },
    [DIRECTION_PREDICATE]: { isRival: areRivalDirections, mayStandWith: (a, b) => a !== b && !areRivalDirections(a, b), value: (fact) => mostCommon((altClaims.get(fact.id) ?? []).map((c) => c.draft.objectText ?? '')) },
  };
  const attributeFacts = new Map<string, Fact[]>();
  for (const fact of facts) {
    const predicate = fact.signature.predicate;
    if (!RIVALS[predicate] || fact.disputeId || !isNamedSubject(fact.signature.subject)) continue;
    const thing = `${predicate}|${fact.signature.subject ?? ''}|${fact.signature.episode ?? ''}`;
    attributeFacts.set(thing, [...(attributeFacts.get(thing) ?? []), fact]);
  }
  for (const candidates of attributeFacts.values()) {
    const rule = RIVALS[candidates[0]?.signature.predicate ?? ''];
    if (candidates.length < 2 || !rule) continue;
    const answers = candidates.map((fact) => ({ fact, value: rule.value(fact), support: supportOf.get(fact.id)?.length ?? 0 }));
    const rivals = rivalSet(answers, rule.isRival, rule.mayStandWith);
    if (rivals.length > 1) disputeOf('ENTITY', rivals.map((r) => r.fact));
  }

  // Where one attack happened: "a car bomb exploded in Kabul" against "in Kandahar", two places WordNet
  // knows, neither inside the other. Only an attack's or a blast's place: a protest, a storm or a quake
  // is in many places at once. A region holding an answer ("Afghanistan") rules nothing out and is left out.
  const eventPlaces = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.signature.predicate !== PLACE_PREDICATE || fact.disputeId || fact.value.kind !== 'ASSERTION' || !fact.value.isPositive) continue;
    const noun = altClaims.get(fact.id)?.[0]?.draft.subject;
    if (noun?.kind !== 'noun' || !isPointEvent(noun.lemma)) continue;
    const thing = `${fact.signature.subject ?? ''}|${fact.signature.episode ?? ''}`;
    eventPlaces.set(thing, [...(eventPlaces.get(thing) ?? []), fact]);
  }
  for (const candidates of eventPlaces.values()) {
    if (candidates.length < 2) continue;
    const answers = candidates.map((fact) => ({ fact, value: mostCommon((altClaims.get(fact.id) ?? []).map((c) => c.draft.objectText ?? '')), support: supportOf.get(fact.id)?.length ?? 0 }));
    const rivals = rivalSet(answers, arePlacesApart, (a, b) => isPlaceInside(b, a));
    if (rivals.length > 1) disputeOf('ENTITY', rivals.map((r) => r.fact));
  }

  // The gun of the story: "police seized a shotgun" against "brought a rifle into the building", two
  // kinds of gun neither of which is a kind of the other ("a revolver" is a handgun). A source that
  // names two is speaking of two guns (disputeOf).
  const weapons = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.signature.predicate !== WEAPON_PREDICATE || fact.disputeId || fact.value.kind !== 'ASSERTION' || !fact.value.isPositive) continue;
    const episode = fact.signature.episode ?? '';
    weapons.set(episode, [...(weapons.get(episode) ?? []), fact]);
  }
  for (const candidates of weapons.values()) {
    if (candidates.length < 2) continue;
    const answers = candidates.map((fact) => ({ fact, value: fact.signature.object ?? '', support: supportOf.get(fact.id)?.length ?? 0 }));
    // A kind that others are kinds of ("firearm") rules none of them out, and is left out.
    const rivals = rivalSet(answers, (a, b) => a !== b && !isKindOf(a, b) && !isKindOf(b, a), (a, b) => a !== b && isKindOf(b, a));
    if (rivals.length > 1) disputeOf('ENTITY', rivals.map((r) => r.fact));
  }

  // What a group was made of: "12 Somalis and 11 Yemenis" against "23 Somalian pirates", two breakdowns
  // of one number (the subject). A source that gives two is speaking of two groups (disputeOf).
  const compositions = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.signature.predicate !== COMPOSITION_PREDICATE || fact.disputeId || fact.value.kind !== 'ASSERTION' || !fact.value.isPositive) continue;
    const group = `${fact.signature.subject ?? ''}|${fact.signature.episode ?? ''}`;
    compositions.set(group, [...(compositions.get(group) ?? []), fact]);
  }
  // Breakdowns of two numbers of people that befell different things are two groups: "two British
  // sailors were killed" and "two American sailors were wounded". Casualty breakdowns are compared
  // by their kind of casualty; others (seized, caught, arrested, included) with each other.
  const befell = (fact: Fact): string => {
    // (A breakdown's predicate text is its count's verb as written: "were killed", "seizing".)
    const types = new Set((altClaims.get(fact.id) ?? []).map((c) => {
      const word = c.draft.predicateText.toLowerCase().split(' ').pop() ?? '';
      return eventTypeOf(baseForm(word, 'v') ?? word) ?? '';
    }));
    return ['Life.Die', 'Life.Injure'].find((t) => types.has(t)) ?? 'other';
  };
  // "23 Somali and Yemeni pirates" names the countries and not how many of each: it says what a
  // breakdown into those countries says ("12 Somalis and 11 Yemenis"), and its sources are that
  // breakdown's too (when there is one such breakdown); it is a rival answer only where no breakdown
  // names the same countries.
  const countriesOf = (fact: Fact): string => (fact.signature.object ?? '').split(' + ').map((part) => part.replace(/^\d+ /, '')).sort().join(' + ');
  const isCoarse = (fact: Fact): boolean => !/^\d/.test(fact.signature.object ?? '');
  for (const [group, candidates] of compositions) {
    const fine = candidates.filter((f) => !isCoarse(f));
    const kept = candidates.filter((coarse) => {
      if (!isCoarse(coarse)) return true;
      const same = fine.filter((f) => countriesOf(f) === countriesOf(coarse));
      // Two breakdowns into the same countries ("12 and 11", "13 and 10") are rivals the countries
      // alone cannot choose between: the coarse answer supports neither, and rivals neither.
      if (same.length === 1) lendSupport(supportOf.get(coarse.id) ?? [], (same[0] as Fact).id, supportOf);
      return same.length === 0;
    });
    compositions.set(group, kept);
  }
  for (const candidates of compositions.values()) {
    const byKind = new Map<string, Fact[]>();
    for (const fact of candidates) {
      const kind = befell(fact);
      byKind.set(kind, [...(byKind.get(kind) ?? []), fact]);
    }
    for (const same of byKind.values()) if (same.length > 1) disputeOf('ENTITY', same);
  }

  // How the dead died: "suffocated to death" against "burnt to death", two verbs with no sense in
  // common. A source that tells two ways is speaking of two deaths (disputeOf).
  const manners = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.signature.predicate !== MANNER_PREDICATE || fact.disputeId || fact.value.kind !== 'ASSERTION' || !fact.value.isPositive) continue;
    const dead = `${fact.signature.subject ?? ''}|${fact.signature.episode ?? ''}`;
    manners.set(dead, [...(manners.get(dead) ?? []), fact]);
  }
  for (const candidates of manners.values()) {
    if (candidates.length < 2) continue;
    const answers = candidates.map((fact) => ({ fact, value: fact.signature.object ?? '', support: supportOf.get(fact.id)?.length ?? 0 }));
    const rivals = rivalSet(answers, (a, b) => a !== b && !shareVerbSense(a, b), () => false);
    if (rivals.length > 1) disputeOf('ENTITY', rivals.map((r) => r.fact));
  }

  lendActiveSupport(facts, altClaims, supportOf);
  lendCountSupport(facts, altClaims, supportOf, textOf);

  // Each fact's evidence: its sources' support, and the support of its dispute's rival answers as
  // contradiction. Confidence and status are the scoring stage's (score-facts.ts).
  const disputeById = new Map(disputes.map((d) => [d.id, d]));
  for (const fact of facts) {
    const supporting = supportOf.get(fact.id) ?? [];
    const rivals = fact.disputeId ? (disputeById.get(fact.disputeId)?.factIds ?? []).filter((id) => id !== fact.id) : [];
    // A rival's source whose figure is a floor this answer is above ("at least seven" beside 10 and 12)
    // says nothing against it. A ceiling keeps its figure: "as many as 80", read as 80, stands against 70.
    const allowsThis = (rivalId: string, e: Evidence): boolean => {
      if (fact.value.kind !== 'QUANTITY') return false;
      const claim = (altClaims.get(rivalId) ?? []).find((c) => c.id === e.claimId);
      return !!claim && claim.value.kind === 'QUANTITY' && claim.value.min !== null && claim.value.max === null && areCountsCompatible(claim.value, fact.value);
    };
    const contradicting = rivals.flatMap((rivalId) => (supportOf.get(rivalId) ?? []).filter((e) => !allowsThis(rivalId, e)).map((e) => ({ ...e, factId: fact.id, stance: 'CONTRADICTS' as const })));
    evidence.push(...supporting, ...contradicting);
  }
  return { facts, disputes, evidence };
}
