// Confidence v1: a fact's probability from the weight of its independent supporters against the weight
// of its contradictors. Monotone: more independent support raises it, contradiction and hedging lower it.
// Sources that repeat one statement (the same words, or the same named speaker) count once, plus a little.

import type { ConfidenceExplanation, Evidence } from '../model.js';

/** What a copy adds on top of the original: one wire statement reprinted four times is not four sources. */
export const COPY_WEIGHT = 0.25;

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const set = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) set.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return set;
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / Math.min(a.size, b.size);
}

/**
 * Groups evidence (one per source) into independent groups: quotes sharing most of their word trigrams,
 * or attributed to one named speaker, are copies of one statement. Returns the groups' masses.
 */
export function independentMasses(evidence: Evidence[]): number[] {
  const groups: Array<{ items: Evidence[]; shingles: Set<string>[]; speaker: string | null }> = [];
  for (const item of [...evidence].sort((a, b) => b.weight - a.weight || a.sourceKey.localeCompare(b.sourceKey))) {
    const own = shingles(item.quote);
    const speaker = item.attribution ? item.attribution.toLowerCase() : null;
    const group = groups.find((g) => (speaker !== null && g.speaker === speaker) || g.shingles.some((s) => overlap(s, own) >= 0.6));
    if (group) {
      group.items.push(item);
      group.shingles.push(own);
    } else groups.push({ items: [item], shingles: [own], speaker });
  }
  return groups.map((g) => {
    const [first, ...rest] = g.items;
    return (first?.weight ?? 0) + COPY_WEIGHT * rest.reduce((sum, e) => sum + e.weight, 0);
  });
}

export function scoreConfidence(supporting: Evidence[], contradicting: Evidence[]): { confidence: number; explanation: ConfidenceExplanation } {
  const supportGroups = independentMasses(supporting);
  const contradictGroups = independentMasses(contradicting);
  const support = supportGroups.reduce((a, b) => a + b, 0);
  const contradiction = contradictGroups.reduce((a, b) => a + b, 0);
  // 1 - 2^-S: one full-weight source gives an even chance, each further independent one halves the doubt;
  // S / (S + C): the share of the evidence that supports rather than contradicts.
  const raw = support === 0 ? 0 : (1 - 2 ** -support) * (support / (support + contradiction));
  const confidence = Math.round(Math.min(0.99, Math.max(0.01, raw)) * 1000) / 1000;
  const hedged = supporting.filter((e) => e.isHedged).length;
  const parts = [`${supportGroups.length} independent source${supportGroups.length === 1 ? '' : 's'} support it`];
  const copies = supporting.length - supportGroups.length;
  if (copies > 0) parts.push(`${copies} more ${copies === 1 ? 'repeats' : 'repeat'} one of them`);
  if (contradicting.length > 0) parts.push(`${new Set(contradicting.map((e) => e.sourceKey)).size} contradict it`);
  if (hedged > 0) parts.push(`${hedged} supporting quote${hedged === 1 ? ' is' : 's are'} hedged`);
  return {
    confidence,
    explanation: {
      independentSupporters: supportGroups.length,
      supportingMass: Math.round(support * 1000) / 1000,
      contradictingMass: Math.round(contradiction * 1000) / 1000,
      hedgedSupporters: hedged,
      summary: parts.join('; '),
    },
  };
}
