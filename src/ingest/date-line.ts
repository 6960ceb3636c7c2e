// Reads the publication date that a news page prints near its top ("Posted 11/27/2005 7:21 AM",
// "Published: November 28, 2005", "Last Updated: Monday, 28 November 2005, 02:24 GMT"), for articles
// whose metadata carries none: relative times ("on Sunday", "yesterday") are read against it.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// A month name by its first three letters, so "Sept.", "NOVEMBER" and a misspelt "Novemer" all read.
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';

// Each form yields [year, month (1-12), day] from its match.
const DATE_FORMS: Array<[RegExp, (m: RegExpExecArray) => [number, number, number]]> = [
  // November 28, 2005 / Nov. 30 2009 / November 27-2005 / May 3rd, 2013
  [new RegExp(`\\b${MONTH} (\\d{1,2})${ORDINAL},?[ -](\\d{4})\\b`, 'i'), (m) => [Number(m[3]), monthOf(m[1]), Number(m[2])]],
  // 28 November 2005 / 27 NOVEMBER, 2005 / 6 May 2010
  [new RegExp(`\\b(\\d{1,2})${ORDINAL} ${MONTH},? (\\d{4})\\b`, 'i'), (m) => [Number(m[3]), monthOf(m[2]), Number(m[1])]],
  // 2013-09-26 / 2012.08.08
  [/\b(\d{4})[-.](\d{1,2})[-.](\d{1,2})\b/, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  // 11/27/2005, 11/28/05 (month first, as US sites print it; day first when the first number exceeds 12)
  [/\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/, (m) => dayMonthOrder(Number(m[1]), Number(m[2]), fullYear(m[3]))],
  // 08.07.2012 (day first, as European sites print it)
  [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
];

// What else a date line may hold: labels, weekdays, clock times, time zones, separators.
const FURNITURE = new RegExp(
  [
    '\\b(?:first |originally |last )?(?:posted|published|updated|created|edited|modified)(?: time| on| at)?\\b:?',
    '\\bstory created\\b:?',
    '\\barticle posted on\\b',
    `\\b${WEEKDAY}(?=[\\s,]|$)`,
    '\\b\\d{1,2}(?:[:.]\\d{2}){1,2}\\s*(?:[ap]\\.?m\\.?)?',
    '\\b\\d{1,4}\\s*(?:[ap]\\.?m\\.?|hrs)\\b',
    '\\b\\d{3,4}\\s+gmt\\b',
    '\\(?(?:gmt|utc)[+-]?\\d{0,2}:?\\d{0,2}\\)?',
    '\\b[a-z]{1,4}t\\b',
    '\\b(?:on|at|and|by)\\b',
    '\\([a-z]{2,4}\\)',
    '[|@,;:()\\-–—.]',
  ].join('|'),
  'gi',
);

function monthOf(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

function fullYear(text: string | undefined): number {
  const year = Number(text);
  return (text ?? '').length === 2 ? (year < 70 ? 2000 + year : 1900 + year) : year;
}

function dayMonthOrder(first: number, second: number, year: number): [number, number, number] {
  return first > 12 ? [year, second, first] : [year, first, second];
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * The date a line states, when the line is nothing but a date with page furniture around it
 * (labels, weekday, clock time, time zone); null for prose that merely contains a date
 * ("Page was born on April 22, 1923.") or a line with no date.
 */
export function readDateLine(line: string): string | null {
  const text = line.trim();
  if (text === '' || text.length > 100) return null;
  const dates: string[] = [];
  let rest = text;
  for (const [pattern, parts] of DATE_FORMS) {
    // "Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET" holds two.
    rest = rest.replace(new RegExp(pattern.source, `${pattern.flags}g`), (...args: unknown[]) => {
      const date = isoDate(...parts(args.slice(0, -2) as unknown as RegExpExecArray));
      if (date) dates.push(date);
      return ' ';
    });
  }
  // One stray word is allowed ("UK", "TNN"); a sentence is not.
  if (dates.length === 0 || rest.replace(FURNITURE, ' ').trim().split(/\s+/).filter(Boolean).length > 1) return null;
  return dates.sort()[0] ?? null;
}

/**
 * The publication date printed among the first lines of a page: the earliest date line there, since a
 * page that prints "Posted" and "Updated" was published at the first. Returns the line spans too, so
 * they can be marked as page furniture.
 */
export function findPageDate(text: string, maxLines = 6): { date: string; lines: Array<{ start: number; end: number }> } | null {
  const line = /[^\n]+/g;
  const found: Array<{ date: string; start: number; end: number }> = [];
  let seen = 0;
  for (let match = line.exec(text); match && seen < maxLines; match = line.exec(text)) {
    if (match[0].trim() === '') continue;
    seen++;
    const date = readDateLine(match[0]);
    if (date) found.push({ date, start: match.index, end: match.index + match[0].length });
  }
  if (found.length === 0) return null;
  const date = found.map((f) => f.date).sort()[0] as string;
  return { date, lines: found.map(({ start, end }) => ({ start, end })) };
}
