// Clusters claims into facts and disputes. Claims with one signature answer one question; their values
// are grouped into alternatives (compatible counts, overlapping times, one polarity), and a question
// whose alternatives come from different sources is a dispute. Blocking is by signature: a hash map,
// never a comparison of all pairs.

import type { Dispute, DisputeKind, Evidence, Fact, FactKind, QuantityValue, TimeValue } from '../model.js';
import type { BuiltClaim } from './build-claims.js';
import { areCountsCompatible } from './numbers.js';
import { areAntonyms } from './lexicon.js';
import { scoreConfidence } from './confidence.js';
import { hashId } from './ids.js';

interface Alternative {
  claims: BuiltClaim[];
  valueKey: string;
}

function signatureKey(claim: BuiltClaim): string {
  const s = claim.signature;
  return `${s.kind}|${s.subject ?? ''}|${s.predicate}|${s.object ?? ''}`;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

function isExact(value: QuantityValue): boolean {
  return value.min === value.value && value.max === value.value;
}

function quantityAlternatives(claims: BuiltClaim[]): Alternative[] {
  const exact = new Map<number, BuiltClaim[]>();
  const loose: BuiltClaim[] = [];
  for (const claim of claims) {
    const value = claim.value as QuantityValue;
    const members = isExact(value) ? exact.get(value.value) : undefined;
    if (members) members.push(claim);
    else if (isExact(value)) exact.set(value.value, [claim]);
    else loose.push(claim);
  }
  const alternatives: Alternative[] = [...exact.entries()].map(([value, members]) => ({ claims: members, valueKey: String(value) }));
  for (const claim of loose) {
    const value = claim.value as QuantityValue;
    // "At least seven" joins the exact count it allows that most sources give, nearest first.
    const home = alternatives
      .filter((a) => areCountsCompatible(value, a.claims[0]?.value as QuantityValue))
      .sort((a, b) => b.claims.length - a.claims.length || Math.abs(Number(a.valueKey) - value.value) - Math.abs(Number(b.valueKey) - value.value))[0];
    if (home) home.claims.push(claim);
    else alternatives.push({ claims: [claim], valueKey: `${value.min ?? ''}~${value.value}~${value.max ?? ''}` });
  }
  return alternatives;
}

function timeAlternatives(claims: BuiltClaim[]): Alternative[] {
  // Connected components of overlapping intervals, swept in order of start.
  const sorted = [...claims].sort((a, b) => (a.value as TimeValue).startMs - (b.value as TimeValue).startMs);
  const alternatives: Alternative[] = [];
  let current: BuiltClaim[] = [];
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

function assertionAlternatives(claims: BuiltClaim[]): Alternative[] {
  const positive = claims.filter((c) => !c.isNegated);
  const negative = claims.filter((c) => c.isNegated);
  return [
    ...(positive.length > 0 ? [{ claims: positive, valueKey: 'yes' }] : []),
    ...(negative.length > 0 ? [{ claims: negative, valueKey: 'no' }] : []),
  ];
}

function statementFor(kind: FactKind, alt: Alternative): string {
  const claims = alt.claims;
  const subject = mostCommon(claims.map((c) => c.subjectName ?? '').filter(Boolean));
  if (kind === 'QUANTITY') {
    const values = claims.map((c) => c.value as QuantityValue);
    const exact = values.find(isExact);
    const count = exact ? String(exact.value) : values[0]?.min !== null ? `at least ${values[0]?.value ?? ''}` : values[0]?.max !== null ? `up to ${values[0]?.value ?? ''}` : `about ${values[0]?.value ?? ''}`;
    return `${count} ${mostCommon(values.map((v) => v.unitText))} ${mostCommon(claims.map((c) => c.draft.predicateText))}`.trim();
  }
  if (kind === 'TIME') {
    const event = mostCommon(claims.map((c) => c.draft.predicateText));
    return `${subject ? `${subject} ` : ''}${event}: ${alt.valueKey}`;
  }
  const predicate = mostCommon(claims.map((c) => c.draft.predicateText));
  const object = mostCommon(claims.map((c) => c.draft.objectText ?? '').filter(Boolean));
  return `${subject || mostCommon(claims.map((c) => c.draft.subject?.text ?? ''))} ${predicate}${object ? ` ${object}` : ''}`.trim();
}

function questionFor(kind: DisputeKind, facts: Fact[], claims: BuiltClaim[]): string {
  const sample = claims[0];
  if (kind === 'NUMERIC' && sample) {
    return `How many ${mostCommon(claims.map((c) => (c.value as QuantityValue).unitText))} ${mostCommon(claims.map((c) => c.draft.predicateText))}?`;
  }
  if (kind === 'TEMPORAL' && sample) {
    const subject = mostCommon(claims.map((c) => c.subjectName ?? '').filter(Boolean));
    return `When ${subject ? `did ${subject} ${sample.draft.predicate}` : `was the ${mostCommon(claims.map((c) => c.draft.predicateText.toLowerCase()))}`}?`;
  }
  const positive = facts.find((f) => f.value.kind === 'ASSERTION' && f.value.isPositive) ?? facts[0];
  return `Is it true that ${positive?.statement ?? ''}?`;
}

/** One evidence per source for a set of claims: the source's strongest claim. */
function evidenceFrom(claims: BuiltClaim[], factId: string, stance: Evidence['stance'], textOf: Map<string, string>): Evidence[] {
  const best = new Map<string, BuiltClaim>();
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
// Reports of one event disagree about its day or hour, not its year: times further apart than this,
// or vaguer than a day, are taken to be different events, not a dispute.
const MAX_TEMPORAL_SPREAD_MS = 3 * DAY_MS;

/**
 * Whether rival answers to one question are worth calling a dispute. A polarity clash needs a named
 * subject ("the team won" / "the team did not win" may be two teams); a time clash needs day-precise
 * times close together.
 */
function isDisputable(kind: FactKind, members: BuiltClaim[], facts: Fact[]): boolean {
  if (kind === 'QUANTITY') {
    // "12 Somali pirates" and "11 Yemeni pirates" count different things; a bare "23 pirates" rivals either.
    const kinds = new Set(members.map((c) => c.draft.objectKind).filter((k): k is string => !!k));
    return kinds.size <= 1;
  }
  if (kind === 'ASSERTION') return !!members[0]?.signature.subject && !members[0].signature.subject.startsWith('~');
  if (kind === 'TIME') {
    const times = facts.map((f) => f.value as TimeValue);
    if (times.some((t) => t.endMs - t.startMs > DAY_MS)) return false;
    const earliestEnd = Math.min(...times.map((t) => t.endMs));
    const latestStart = Math.max(...times.map((t) => t.startMs));
    return latestStart - earliestEnd <= MAX_TEMPORAL_SPREAD_MS;
  }
  return true;
}

export interface Clustering {
  facts: Fact[];
  disputes: Dispute[];
  evidence: Evidence[];
}

export function clusterClaims(claims: BuiltClaim[], textOf: Map<string, string>): Clustering {
  const groups = new Map<string, BuiltClaim[]>();
  for (const claim of claims) {
    // Appended in place: copying the group for each claim was quadratic in the biggest group's size.
    const key = signatureKey(claim);
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }

  const facts: Fact[] = [];
  const disputes: Dispute[] = [];
  const evidence: Evidence[] = [];
  const supportOf = new Map<string, Evidence[]>();
  const altClaims = new Map<string, BuiltClaim[]>();

  const makeFact = (kind: FactKind, key: string, alt: Alternative): Fact => {
    const first = alt.claims[0] as BuiltClaim;
    const id = hashId('F', `${key}|${alt.valueKey}`);
    const predicateForms = [...new Set(alt.claims.map((c) => c.draft.predicate))].sort();
    const objectForms = [...new Set(alt.claims.flatMap((c) => (c.draft.object ? [c.draft.object] : [])))].sort();
    const fact: Fact = {
      id,
      statement: statementFor(kind, alt),
      kind,
      confidence: 0,
      status: 'SINGLE_SOURCE',
      signature: { ...first.signature, predicateForms, objectForms },
      value: kind === 'ASSERTION' ? { kind: 'ASSERTION', isPositive: alt.valueKey === 'yes' } : (alt.claims.find((c) => c.value.kind !== 'QUANTITY' || isExact(c.value))?.value ?? first.value),
      disputeId: null,
      claimIds: alt.claims.map((c) => c.id),
      explanation: { independentSupporters: 0, supportingMass: 0, contradictingMass: 0, hedgedSupporters: 0, summary: '' },
    };
    supportOf.set(id, evidenceFrom(alt.claims, id, 'SUPPORTS', textOf));
    altClaims.set(id, alt.claims);
    return fact;
  };

  const disputeOf = (kind: DisputeKind, members: Fact[]): void => {
    // A source that gives two of the answers is probably speaking of two different things: no dispute.
    const owners = new Map<string, string>();
    for (const fact of members) {
      for (const e of supportOf.get(fact.id) ?? []) {
        const owner = owners.get(e.sourceKey);
        if (owner && owner !== fact.id) return;
        owners.set(e.sourceKey, fact.id);
      }
    }
    if (new Set(owners.keys()).size < 2) return;
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
    if (kind === 'ASSERTION') {
      const sig = members[0]?.signature;
      const frame = `${sig?.subject ?? ''}|${sig?.object ?? ''}`;
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
        const formsA = a.signature.predicateForms ?? [a.signature.predicate];
        const formsB = b.signature.predicateForms ?? [b.signature.predicate];
        if (formsA.some((x) => formsB.some((y) => areAntonyms(x, y, 'v') || areAntonyms(x, y, 'a')))) disputeOf('ANTONYM', [a, b]);
      }
    }
  }

  const byId = new Map(facts.map((f) => [f.id, f]));
  const disputeById = new Map(disputes.map((d) => [d.id, d]));
  for (const fact of facts) {
    const supporting = supportOf.get(fact.id) ?? [];
    const rivals = fact.disputeId ? (disputeById.get(fact.disputeId)?.factIds ?? []).filter((id) => id !== fact.id) : [];
    const contradicting = rivals.flatMap((rivalId) => (supportOf.get(rivalId) ?? []).map((e) => ({ ...e, factId: fact.id, stance: 'CONTRADICTS' as const })));
    const { confidence, explanation } = scoreConfidence(supporting, contradicting);
    fact.confidence = confidence;
    fact.explanation = explanation;
    fact.status = contradicting.length > 0 ? 'DISPUTED' : explanation.independentSupporters >= 2 ? 'CONSENSUS' : 'SINGLE_SOURCE';
    evidence.push(...supporting, ...contradicting);
  }
  for (const dispute of disputes) {
    dispute.factIds.sort((a, b) => (byId.get(b)?.confidence ?? 0) - (byId.get(a)?.confidence ?? 0) || a.localeCompare(b));
  }
  facts.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
  return { facts, disputes, evidence };
}
