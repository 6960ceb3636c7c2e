// From the raw values a claims table gives for one data item to the item's candidate values: each raw
// value read by the column's type, values with one key merged, and a map from raw value to candidate.

import type { Candidate } from './corpus.js';
import { completeDates, namesValue, parsePersonList, parseTableNumber, parseTimeParts, parseValue, isMissingValue, numberValue, timeValue, type TimeParts, type TypedValue, type ValueType } from './values.js';

export interface ItemCandidates {
  candidates: Candidate[];
  /** Candidate of each raw value, or -1 when the raw value claims nothing ("N/A", unreadable as the column's type). */
  rawToCandidate: Int32Array;
  /** The typed value of each raw value (null where -1), e.g. to compare a gold answer. */
  typed: Array<TypedValue | null>;
}

function dateOf(timestamp: string | null): { year: number; month: number; day: number } | null {
  if (!timestamp) return null;
  const parts = parseTimeParts(timestamp);
  return parts && parts.year !== null && parts.month !== null && parts.day !== null ? { year: parts.year, month: parts.month, day: parts.day } : null;
}

/**
 * Reads one item's raw values as `type`. Times are completed from the item's own dates (and the claim
 * time stamp) so that "9:10 AM" and "2011-12-04 09:10" are one value; when `needsTimeOfDay` (the column
 * mostly gives times of day), a date alone claims nothing about the time and is dropped.
 */
export function readItemValues(rawValues: readonly string[], type: ValueType, options: { timestamp?: string | null; needsTimeOfDay?: boolean } = {}): Array<TypedValue | null> {
  if (type === 'time') {
    const parts = rawValues.map((raw) => (isMissingValue(raw) ? null : parseTimeParts(raw)));
    const present = parts.filter((p): p is TimeParts => p !== null);
    const completed = completeDates(present, dateOf(options.timestamp ?? null));
    let next = 0;
    return parts.map((p) => {
      if (p === null) return null;
      const full = completed[next++] ?? p;
      if (options.needsTimeOfDay && full.minuteOfDay === null) return null;
      return timeValue(full);
    });
  }
  if (type === 'names') {
    return rawValues.map((raw) => {
      const list = parsePersonList(raw);
      return list.people.length > 0 ? namesValue(list.people, list.isOpen) : null;
    });
  }
  if (type === 'number') {
    return rawValues.map((raw) => {
      if (isMissingValue(raw)) return null;
      const n = parseTableNumber(raw);
      return n ? numberValue(n.value, n.decimals) : null;
    });
  }
  return rawValues.map((raw) => parseValue(raw, 'text'));
}

/** How complete a names display is: longer given names are the more informative form of one list. */
function detail(value: TypedValue): number {
  return value.names ? value.names.people.reduce((n, p) => n + p.given.join(' ').length, 0) : 0;
}

/** Candidates of an item from its typed raw values: one per key, the most detailed form displayed. */
export function itemCandidates(typed: Array<TypedValue | null>): ItemCandidates {
  const candidates: Candidate[] = [];
  const byKey = new Map<string, number>();
  const rawToCandidate = new Int32Array(typed.length).fill(-1);
  typed.forEach((value, r) => {
    if (!value) return;
    let c = byKey.get(value.key);
    if (c === undefined) {
      c = candidates.length;
      byKey.set(value.key, c);
      const isBound = Boolean(value.names?.isOpen) || (value.number !== undefined && (value.number.min !== null || value.number.max !== null));
      candidates.push({ key: value.key, display: value.display, typed: value, isBound });
    } else {
      const existing = candidates[c];
      if (existing?.typed && detail(value) > detail(existing.typed)) candidates[c] = { ...existing, display: value.display, typed: value };
    }
    rawToCandidate[r] = c;
  });
  return { candidates, rawToCandidate, typed };
}
