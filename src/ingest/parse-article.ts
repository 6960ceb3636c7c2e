// Turns one raw article (text plus whatever metadata its file carried) into a Source: the optional
// " date YYYY-MM-DD" line, a headline-like title, an outlet line, a dateline, and page noise marked
// by span. The stored text keeps every character after the date line, so offsets stay exact.

import type { NoiseKind, NoiseSpan, Source } from '../model.js';
import { CorroborateError } from '../errors.js';
import { findPageDate } from './date-line.js';

export interface RawArticle {
  key: string;
  text: string;
  path: string;
  record: number | null;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  publishedAt?: string | null;
}

// Page furniture of news sites, by kind. Each pattern is about web pages in general, never one outlet.
const NOISE_PATTERNS: Array<[NoiseKind, RegExp]> = [
  // Capitalised on purpose: "Photo: Reuters" is a credit, "the photo: a man" is prose.
  ['CAPTION', /(^|\s)(—|-|–)?\s*(Photo|PHOTO|Image|IMAGE|Picture|Photograph|Photographs|Credit|Caption)s?\s*(credit)?\s*:/],
  ['CAPTION', /\((Photo|Image|Picture)s?\s*:/],
  ['CAPTION', /\b(Getty Images|AFP via Getty|Handout via Reuters|\/Handout|\/Reuters|\/AP Photo|AP Photo\/|EPA-EFE|Shutterstock)\b/i],
  ['CAPTION', /^\s*\d+\s+of\s+\d+\s+\S/],
  ['COMMENT_FORM', /\b(Leave a (Reply|Comment)|Your email address will not be published|Required fields are marked|Post Comment|Save my name, email|Cancel reply|Comments are closed|Log in to comment|Add a comment)\b/i],
  ['EMBED', /pic\.twitter\.com\/|https?:\/\/t\.co\/|^\s*\.?@\w+\s/i],
  ['EMBED', /[—–-]\s*[^()\n]{1,80}\(@\w{1,15}\)\s+\w+\s+\d{1,2},\s+\d{4}\s*$/],
  ['BOILERPLATE', /^\s*(Advertisement|ADVERTISEMENT|Sponsored|Read more:|Read More:|READ MORE|Also read:|Related:|Share this( article)?:?|Click here|Subscribe( now)?( to)?|Sign up for (our|the)|Follow us on|Copyright ©|©\s*\d{4}|All rights reserved|Last updated)/i],
];

const DATE_LINE = /^\uFEFF?[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s|$)[ \t]*\r?\n?[ \t]*/;
const DATELINE = /^\s*([A-Z][A-Za-z.' -]{1,40}?)\s*(?:,\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}))?\s*(?:\((?:Reuters|AP|AFP|IANS|PTI|UPI|dpa|Xinhua)\))?\s*[:—–-]\s+/;

/** Whether a calendar date exists (2021-02-30 does not). */
export function isValidDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads a date or date-time given in metadata: ISO forms, or other forms Date.parse reads that name a
 * four-digit year ("Sun, 07 Nov 2021 10:00:00 GMT", "7 November 2021"). Without the year check V8
 * reads "1", "-0" and "Nov 7" as dates in 2000 or 2001, and times would resolve against those.
 */
export function normalisePublishedAt(value: string, path: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (iso && isValidDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return value.trim();
  const ms = Date.parse(value);
  const year = /(?<!\d)\d{4}(?!\d)/.exec(value)?.[0];
  // One year either way: a time zone can move the last hours of a year into the next.
  if (!iso && Number.isFinite(ms) && year !== undefined && Math.abs(new Date(ms).getUTCFullYear() - Number(year)) <= 1) return new Date(ms).toISOString();
  throw new CorroborateError('INVALID_ARTICLE', `${path}: publishedAt "${value}" is not a valid date`);
}

function isHeadline(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return line.trim() !== '' && words.length <= 25 && /^[\p{Lu}\d“"‘']/u.test(line.trim()) && !/[.!?:;,”"’]$/.test(line.trim());
}

function isOutletLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length >= 1 && words.length <= 5 && words.every((w) => /^[\p{Lu}\d&]/u.test(w)) && !/[.!?:;,]$/.test(line.trim());
}

/** Noise spans, each a whole line of the text that matches a page-furniture pattern. */
export function findNoise(text: string): NoiseSpan[] {
  const spans: NoiseSpan[] = [];
  const line = /[^\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const found = NOISE_PATTERNS.find(([, pattern]) => pattern.test(match[0]));
    if (found) spans.push({ kind: found[0], start: match.index, end: match.index + match[0].length });
  }
  // A comment form runs to the end of the page: everything after its first line is form too.
  const form = spans.find((s) => s.kind === 'COMMENT_FORM');
  if (form) {
    const rest = /[^\n]+/g;
    rest.lastIndex = form.end;
    for (let match = rest.exec(text); match; match = rest.exec(text)) {
      if (!spans.some((s) => s.start === match.index)) spans.push({ kind: 'COMMENT_FORM', start: match.index, end: match.index + match[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function parseArticle(raw: RawArticle): Source {
  let text = raw.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let publishedAt = raw.publishedAt ? normalisePublishedAt(raw.publishedAt, raw.path) : null;
  const dateLine = DATE_LINE.exec(text);
  if (dateLine) {
    const [, y, m, d] = dateLine;
    if (!isValidDate(Number(y), Number(m), Number(d))) throw new CorroborateError('INVALID_ARTICLE', `${raw.path}: date line "${y}-${m}-${d}" is not a valid date`);
    publishedAt ??= `${y}-${m}-${d}`;
    text = text.slice(dateLine[0].length);
  }
  if (text.trim() === '') throw new CorroborateError('INVALID_ARTICLE', `${raw.path}: the article has no text`);
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const title = raw.title ?? (lines[0] && isHeadline(lines[0]) && lines.length > 1 ? lines[0] : null);
  const outletCandidate = title && lines[1] !== undefined && lines[0] === title ? lines[1] : null;
  const outlet = raw.outlet ?? (outletCandidate && isOutletLine(outletCandidate) && lines.length > 2 ? outletCandidate : null);
  const firstBody = lines.find((l) => l !== title && l !== outlet) ?? '';
  const dateline = DATELINE.exec(firstBody);
  const pageDate = findPageDate(text);
  const noise = findNoise(text);
  // Date lines are page furniture: they say when the page was printed, not what happened.
  for (const line of pageDate?.lines ?? []) if (!noise.some((n) => n.start === line.start)) noise.push({ kind: 'BOILERPLATE', ...line });
  return {
    key: raw.key,
    title,
    outlet,
    url: raw.url ?? null,
    publishedAt: publishedAt ?? pageDate?.date ?? null,
    dateline: dateline?.[1] && dateline[2] ? `${dateline[1].trim()}, ${dateline[2]}` : null,
    text,
    noise: noise.sort((a, b) => a.start - b.start),
    origin: { path: raw.path, record: raw.record },
  };
}
