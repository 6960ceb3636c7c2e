// Reads time expressions in a sentence ("early Sunday", "Saturday night", "October 31", "12 March 2025",
// "yesterday") and resolves them to intervals of UTC milliseconds against the article's date.
// Relative expressions need that date: without it they are left unresolved rather than guessed, except
// a weekday, which becomes that weekday of an unknown week (see FLOATING_WEEK_MS).

import { lowerWords, type Token } from './nlp.js';
import type { TimeValue } from '../model.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/**
 * Sunday 7 January of the year 1 (proleptic Gregorian), 00:00 UTC: the start of a week no news is about.
 * "On Sunday" in an article that carries no date, in a cluster where none does, is placed in it, so
 * that "Sunday" and "Saturday night" of undated articles still compare with one another; a time so
 * placed never overlaps a real date, and a dispute between the two never forms (their spread is too wide).
 */
const FLOATING_WEEK_MS = -62_135_596_800_000 + 6 * DAY_MS;

/**
 * The year 4 (a leap year, so that "February 29" has a day), in which "November 18" of an article
 * that carries no date, in a cluster where none does, is placed: dates of unknown year compare with
 * one another ("November 18" against "November 19") and never with a real one.
 */
const FLOATING_YEAR = 4;
const FLOATING_YEAR_END_MS = floatingYearDay(FLOATING_YEAR + 1, 0, 1);

/** Midnight UTC of a day of a year before 100 (Date.UTC reads years 0 to 99 as 1900 to 1999). */
function floatingYearDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

/** Whether a time is a weekday of an unknown week or a date of an unknown year (an undated article's "on Sunday", "on November 18"). */
export function isFloatingTime(value: TimeValue): boolean {
  return value.startMs < FLOATING_YEAR_END_MS;
}
const MONTH_LABELS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
// Hours of the day each part covers, [from, to): "Saturday night" ends at midnight, "early Sunday" is
// the small hours through breakfast. Adjacent parts do not overlap, so they can disagree.
const PARTS: Array<[RegExp, number, number, string]> = [
  [/\bearly hours\b|\bsmall hours\b|\bpre-?dawn\b|\bbefore dawn\b/, 0, 6, 'early hours'],
  [/\bmorning\b/, 5, 12, 'morning'],
  [/\bafternoon\b/, 12, 18, 'afternoon'],
  [/\bevening\b/, 17, 22, 'evening'],
  [/\bnight\b|\btonight\b/, 18, 24, 'night'],
  [/\bearly\b/, 0, 9, 'early'],
  [/\blate\b/, 18, 24, 'late'],
];
const MODIFIERS = new Set(['early', 'late', 'this', 'last', 'next', 'the', 'of', 'hours', 'on', 'in', 'small', 'before', 'dawn', ',']);
const PART_WORDS = new Set(['morning', 'afternoon', 'evening', 'night', 'hours']);
const MONTH_WORD = new RegExp(`^(${MONTH_NAMES})\\.?$`);

export interface TimeMention {
  start: number;
  end: number;
  /** Token index range [first, last] of the expression within the sentence. */
  first: number;
  last: number;
  value: TimeValue;
}

function isTimeToken(token: Token): boolean {
  return (
    token.entityType === 'DATE' ||
    token.entityType === 'TIME' ||
    WEEKDAYS.includes(token.lower) ||
    token.lower === 'yesterday' ||
    token.lower === 'today' ||
    token.lower === 'tonight'
  );
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

// The last date parseReference read and its answer: it is asked for every clause of an article (and
// every time phrase), always of the article's one date; Date.parse of a new string each time was about
// 0.5% of extraction.
let lastReference: { publishedAt: string; ms: number | null } | null = null;

function parseReference(publishedAt: string | null): number | null {
  if (!publishedAt) return null;
  if (lastReference?.publishedAt === publishedAt) return lastReference.ms;
  const parsed = Date.parse(`${publishedAt.slice(0, 10)}T00:00:00Z`);
  const ms = Number.isFinite(parsed) ? parsed : null;
  lastReference = { publishedAt, ms };
  return ms;
}

// resolveDay's patterns, made once: built from a template at each call, they were compiled (or looked
// up in V8's cache by their source) up to eleven times for every time phrase of every clause.
const MONTH_DAY = new RegExp(`\\b(${MONTH_NAMES})\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?`);
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_NAMES})\\b(?:,? (\\d{4}))?`);
const WEEKDAY_WORDS = WEEKDAYS.map((name) => new RegExp(`\\b${name}\\b`));
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAMES}) (\\d{4})\\b`);
const BARE_MONTH = new RegExp(`^(?:(?:in|early|late|mid|last) )*(${MONTH_NAMES})$`);

/** The day (UTC midnight ms) a phrase names, or null when it cannot be resolved. */
function resolveDay(phrase: string, referenceMs: number | null): { dayMs: number; precision: 'day' | 'month' | 'year' } | null {
  const monthDay = MONTH_DAY.exec(phrase);
  const dayMonth = DAY_MONTH.exec(phrase);
  const dayParts = monthDay
    ? { month: monthDay[1], day: monthDay[2], year: monthDay[3] }
    : dayMonth
      ? { month: dayMonth[2], day: dayMonth[1], year: dayMonth[3] }
      : null;
  if (dayParts?.month && dayParts.day) {
    const month = MONTHS.indexOf(dayParts.month.slice(0, 3));
    const day = Number(dayParts.day);
    if (day < 1 || day > 31) return null;
    if (dayParts.year) return { dayMs: Date.UTC(Number(dayParts.year), month, day), precision: 'day' };
    if (referenceMs === null) return { dayMs: floatingYearDay(FLOATING_YEAR, month, day), precision: 'day' };
    // A news report speaks of the recent past and what is set for the coming weeks ("due in court on
    // Oct. 2"): a date more than two months after the article is last year's.
    const year = new Date(referenceMs).getUTCFullYear();
    let ms = Date.UTC(year, month, day);
    if (ms > referenceMs + 61 * DAY_MS) ms = Date.UTC(year - 1, month, day);
    return { dayMs: ms, precision: 'day' };
  }
  const weekday = WEEKDAY_WORDS.findIndex((pattern) => pattern.test(phrase));
  if (weekday >= 0) {
    if (referenceMs === null) return { dayMs: FLOATING_WEEK_MS + weekday * DAY_MS, precision: 'day' };
    const refDay = new Date(referenceMs).getUTCDay();
    const isNext = /\bnext\b/.test(phrase);
    let delta = isNext ? (weekday - refDay + 7) % 7 || 7 : -((refDay - weekday + 7) % 7);
    if (/\blast\b/.test(phrase) && delta === 0) delta = -7;
    return { dayMs: referenceMs + delta * DAY_MS, precision: 'day' };
  }
  if (referenceMs !== null) {
    if (/\b(yesterday|last night)\b/.test(phrase)) return { dayMs: referenceMs - DAY_MS, precision: 'day' };
    if (/\b(today|tonight|this morning|this afternoon|this evening)\b/.test(phrase)) return { dayMs: referenceMs, precision: 'day' };
  }
  const monthYear = MONTH_YEAR.exec(phrase);
  const bareMonth = BARE_MONTH.exec(phrase);
  if (!monthYear && bareMonth?.[1] && referenceMs !== null) {
    // "In February", in an article of April 2007: the latest February not after the article.
    const reference = new Date(referenceMs);
    const month = MONTHS.indexOf(bareMonth[1].slice(0, 3));
    const year = month > reference.getUTCMonth() ? reference.getUTCFullYear() - 1 : reference.getUTCFullYear();
    return { dayMs: Date.UTC(year, month, 1), precision: 'month' };
  }
  if (monthYear?.[1] && monthYear[2]) {
    return { dayMs: Date.UTC(Number(monthYear[2]), MONTHS.indexOf(monthYear[1].slice(0, 3)), 1), precision: 'month' };
  }
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(phrase);
  if (year?.[1] && phrase.trim() === year[1]) return { dayMs: Date.UTC(Number(year[1]), 0, 1), precision: 'year' };
  return null;
}

/** Resolves one time phrase (lower case) to an interval, or null. */
export function resolveTime(phrase: string, publishedAt: string | null): TimeValue | null {
  const referenceMs = parseReference(publishedAt);
  const day = resolveDay(phrase, referenceMs);
  if (!day) return null;
  const value = resolveOnDay(phrase, day);
  // "This morning", "today", "yesterday" count from the day the words were written, and a page's date
  // is often a day later (time zones, updates, reprints of a wire story): such a time may be a day
  // earlier than it reads. A weekday or a date names its day whatever the page's date.
  if (DEICTIC.test(phrase) && value.endMs - value.startMs <= DAY_MS) {
    return { ...value, startMs: value.startMs - DAY_MS, label: `${value.label} or the day before` };
  }
  return value;
}

const DEICTIC = /\b(today|tonight|yesterday|this (morning|afternoon|evening)|last night)\b/;

function resolveOnDay(phrase: string, day: { dayMs: number; precision: 'day' | 'month' | 'year' }): TimeValue {
  if (day.precision === 'year') {
    const year = new Date(day.dayMs).getUTCFullYear();
    return { kind: 'TIME', startMs: day.dayMs, endMs: Date.UTC(year + 1, 0, 1), label: String(year) };
  }
  if (day.precision === 'month') {
    const date = new Date(day.dayMs);
    const end = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    return { kind: 'TIME', startMs: day.dayMs, endMs: end, label: isoDay(day.dayMs).slice(0, 7) };
  }
  const weekdayName = WEEKDAYS[new Date(day.dayMs).getUTCDay()] ?? '';
  const weekday = `${weekdayName[0]?.toUpperCase() ?? ''}${weekdayName.slice(1)}`;
  const monthName = MONTH_LABELS[new Date(day.dayMs).getUTCMonth()] ?? '';
  const dayLabel = day.dayMs < FLOATING_WEEK_MS + 7 * DAY_MS ? `${weekday} (no date given)` : day.dayMs < FLOATING_YEAR_END_MS ? `${monthName} ${new Date(day.dayMs).getUTCDate()} (no year given)` : `${isoDay(day.dayMs)} (${weekday})`;
  const clock = clockOf(phrase);
  if (clock) {
    const startMs = day.dayMs + clock.hour * HOUR_MS + clock.minute * 60_000;
    return { kind: 'TIME', startMs, endMs: startMs + HOUR_MS, label: `${dayLabel} ${clock.label}` };
  }
  // "last night" is the evening before the reference day, whatever else the phrase says.
  for (const [pattern, from, to, name] of PARTS) {
    if (pattern.test(phrase)) {
      return { kind: 'TIME', startMs: day.dayMs + from * HOUR_MS, endMs: day.dayMs + to * HOUR_MS, label: `${dayLabel} ${name}` };
    }
  }
  return { kind: 'TIME', startMs: day.dayMs, endMs: day.dayMs + DAY_MS, label: dayLabel };
}

// A time of day: "7 p.m.", "8.49pm", "17:06", "20:49 GMT", "2045 GMT", "1353 (1023 GMT)". Four digits
// alone are a year: only a zone, "hours" or a bracketed clock after them makes them a time.
const CLOCK = /\b(\d{1,2})(?:[:.](\d{2}))? ?([ap])\.?m\b\.?|\b([01]?\d|2[0-3])[:.]([0-5]\d)\b|\b([01]\d|2[0-3])([0-5]\d)(?= ?(?:gmt|utc|hours|hrs|local|\(\d{4} ?(?:gmt|utc)))/;

/** The first time of day a phrase gives (the local one of "17:06 local time (13:36 GMT)"), or null. */
function clockOf(phrase: string): { hour: number; minute: number; label: string } | null {
  const m = CLOCK.exec(phrase);
  if (!m) return null;
  if (m[3]) {
    // "17:06 pm": a 24-hour clock with a needless suffix.
    if (Number(m[1]) > 12) return Number(m[1]) < 24 ? { hour: Number(m[1]), minute: Number(m[2] ?? 0), label: m[0] } : null;
    // "8.49pm." at a sentence's end: the stop is the sentence's.
    return { hour: (Number(m[1]) % 12) + (m[3] === 'p' ? 12 : 0), minute: Number(m[2] ?? 0), label: m[0].replace(/([ap])m\.$/, '$1m') };
  }
  const hour = Number(m[4] ?? m[6]);
  const minute = Number(m[5] ?? m[7]);
  return { hour, minute, label: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}

// Words that lead a clock: "at about 7 p.m.", "around 1353 (1023 GMT)".
const CLOCK_AFTER_WORD = new RegExp(`\\b(?:at|around|about|by|before|after|approximately)\\s+(?:about |around |approximately |roughly |exactly )?(${CLOCK.source}(?:\\s*(?:hours|hrs|local time|gmt|utc|\\(\\d{1,2}[:.]?\\d{2}\\s*(?:gmt|utc)\\)))*)`);

// Words that lead a clock into the day after it: "at 8.49pm on Friday", "around 7 p.m. Friday".
const CLOCK_BEFORE_DAY = new RegExp(`\\b(?:at|around|about|by|before|after|shortly before|just after)\\s+(?:about |around |approximately |roughly )?(${CLOCK.source})(?:\\s*(?:hours|hrs|local time|gmt|utc|\\([^)]{0,20}\\)))*\\s*(?:on\\s*)?$`);

// Tokens between a clock and a day phrase that still make the day the clock's, and the words they may be.
const CLOCK_DAY_GAP = 3;
const CLOCK_DAY_LINKS = new Set([',', 'today', 'tonight', 'this', 'on', 'of']);

/**
 * Time expressions among a sentence's tokens, resolved against `publishedAt` (ISO date or null). A
 * clock with no day of its own ("at about 7 p.m., the woman was walking") is read on `clockDay`, the
 * day the article's report is about, when the caller knows it.
 */
export function findTimes(tokens: Token[], publishedAt: string | null, clockDay: TimeValue | null = null): TimeMention[] {
  const mentions = findDayTimes(tokens, publishedAt);
  // A clock a day phrase follows closely is that day's, though not joined to it ("at 10am today,
  // Saturday"): it is read on that day, not on the report's.
  if (clockDay) {
    for (const clock of bareClocks(tokens, clockDay)) {
      if (mentions.some((m) => m.first <= clock.last && clock.first <= m.last)) continue;
      // Only words that lead into a day between them: "at 10am today, Saturday", not "at 10 a.m. and
      // on Sunday the army came" (two times) or "at 10 a.m. in November" (no day to read it on).
      const following = mentions.find((m) => m.first > clock.last && m.first <= clock.last + CLOCK_DAY_GAP + 1 && tokens.slice(clock.last + 1, m.first).every((t) => CLOCK_DAY_LINKS.has(t.lower)));
      const day = following ? dayOf(following.value) : null;
      const own = following && day ? bareClocks(tokens, day).find((c) => c.first === clock.first) : undefined;
      mentions.push(own && following ? { ...own, last: following.last, end: following.end } : clock);
    }
    // The day phrase a clock was read on is part of the clock's mention now.
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k] as TimeMention;
      if (mentions.some((o) => o !== m && o.first < m.first && o.last >= m.last)) mentions.splice(k, 1);
    }
  }
  return mentions.sort((a, b) => a.first - b.first);
}

/**
 * The day of a resolved time that is a single day, to read later clocks on; else null. A weekday of an
 * undated article is such a day too: "on Sunday ... registered the quake at 17:06" is Sunday's 17:06,
 * of the same unknown week.
 */
export function dayOf(value: TimeValue): TimeValue | null {
  const dayMs = Math.floor(value.startMs / DAY_MS) * DAY_MS;
  if (value.endMs - dayMs > DAY_MS) return null;
  return { kind: 'TIME', startMs: dayMs, endMs: dayMs + DAY_MS, label: value.label.replace(/\) .*$/, ')') };
}

/** Clocks after "at", "around", ... that no day phrase follows, read on `day`. */
function bareClocks(tokens: Token[], day: TimeValue): TimeMention[] {
  const found: TimeMention[] = [];
  // A clock has a digit: most clauses have none, and are not written out to be searched.
  if (!tokens.some((t) => /\d/.test(t.lower))) return found;
  const { text, startsAt } = spacedText(tokens, 0, tokens.length);
  const pattern = new RegExp(CLOCK_AFTER_WORD.source, 'g');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const clockText = m[1] ?? '';
    const at = text.indexOf(clockText, m.index);
    const clock = clockOf(clockText);
    const first = startsAt.findIndex((offset, n) => offset <= at && (startsAt[n + 1] ?? Infinity) > at);
    const endAt = at + clockText.length - 1;
    const last = startsAt.findIndex((offset, n) => offset <= endAt && (startsAt[n + 1] ?? Infinity) > endAt);
    const head = tokens[first];
    const tail = tokens[last];
    if (!clock || !head || !tail) continue;
    // "stopped him at 2:56 of the sixth round": a game's clock. A clock with one digit for the hour
    // and neither a.m./p.m. nor a zone says too little to be a time of day.
    if (/^(of|into|left|remaining)$/.test(tokens[last + 1]?.lower ?? '') || /^\d[:.]\d\d$/.test(clockText)) continue;
    const startMs = day.startMs + clock.hour * HOUR_MS + clock.minute * 60_000;
    found.push({ start: head.start, end: tail.end, first, last, value: { kind: 'TIME', startMs, endMs: startMs + HOUR_MS, label: `${day.label} ${clock.label}` } });
  }
  return found;
}

/** The tokens from..to-1 as written (a space only where the text had one), with each token's offset. */
function spacedText(tokens: Token[], from: number, to: number): { text: string; startsAt: number[] } {
  let text = '';
  const startsAt: number[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1];
    if (text && prev && t.start > prev.end) text += ' ';
    startsAt.push(text.length);
    text += t.lower;
  }
  return { text, startsAt };
}

function findDayTimes(tokens: Token[], publishedAt: string | null): TimeMention[] {
  const mentions: TimeMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token || !isTimeToken(token)) {
      i++;
      continue;
    }
    let first = i;
    let last = i;
    // Grow over the rest of the expression: other date/time tokens, commas inside a date, parts of day.
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1];
      const after = tokens[last + 2];
      if (!next) break;
      if (isTimeToken(next) || PART_WORDS.has(next.lower)) last++;
      // A comma continues a date only into its day or year ("Nov 8, 2021", "Wednesday, 12 March").
      // "Wednesday, September 18, 2013": a weekday's comma leads into its date.
      else if (next.lower === ',' && after && isTimeToken(after) && (after.pos === 'NUM' || MONTH_WORD.test(after.lower))) last += 2;
      else if (next.lower === 'of' && after && isTimeToken(after)) last += 2;
      else break;
    }
    while (first > 0 && MODIFIERS.has(tokens[first - 1]?.lower ?? '')) first--;
    while (first < i && (tokens[first]?.lower === ',' || tokens[first]?.lower === 'on' || tokens[first]?.lower === 'in')) first++;
    // Tokens joined by spaces put one before a comma ("march 12 , 2025"), which hid the year.
    let phrase = lowerWords(tokens, first, last + 1).join(' ').replace(/ ,/g, ',');
    // "at 8.49pm on Friday": the clock before the day is the day's hour (wink splits "8.49pm" and
    // leaves "2045 GMT" a number, so it is read from the words as written).
    const clockStart = clockBefore(tokens, first);
    if (clockStart) {
      phrase = `${clockStart.text} ${phrase}`;
      first = clockStart.first;
    }
    const value = resolveTime(phrase, publishedAt);
    const head = tokens[first];
    const tail = tokens[last];
    if (value && head && tail) mentions.push({ start: head.start, end: tail.end, first, last, value });
    i = last + 1;
  }
  return mentions;
}

/** The clock just before a day's phrase at `first`, with the index of its first token, or null. */
function clockBefore(tokens: Token[], first: number): { text: string; first: number } | null {
  const from = Math.max(0, first - 12);
  const { text, startsAt } = spacedText(tokens, from, first);
  const m = CLOCK_BEFORE_DAY.exec(text);
  if (!m?.[1]) return null;
  const at = text.indexOf(m[1], m.index);
  // The clock with its zone or bracket: "2045 gmt", "1353 (1023 gmt)".
  const clock = text.slice(at, m.index + m[0].length).replace(/\s*\bon\s*$/, '');
  const k = startsAt.findIndex((offset, n) => offset <= at && (startsAt[n + 1] ?? Infinity) > at);
  return k >= 0 && clockOf(clock) ? { text: clock, first: from + k } : null;
}

/** Whether two resolved times can both be true of one event: their intervals overlap. */
export function areTimesCompatible(a: TimeValue, b: TimeValue): boolean {
  return a.startMs < b.endMs && b.startMs < a.endMs;
}

const PAST_EPISODE_MS = 7 * DAY_MS;
const MONTH_OR_YEAR = new RegExp(`\\b(${MONTH_NAMES}|1[89]\\d\\d|20\\d\\d)\\b`);
// Made once: the compiler writes a literal with \p{...} as `new RegExp(...)`, made again at each
// evaluation, and isDateWord below reads every token of every clause.
const CAPITALISED = /^\p{Lu}/u;

/** Starts with an upper-case letter, as CAPITALISED tests, without the expression for ASCII. */
function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITALISED.test(text);
}

/**
 * The earlier episode a clause speaks of, if its time lies well before the article's present: "a 6.1
 * quake struck in September, injuring 40" counts the injured of another quake than the one reported.
 * Returns a label for that episode ("2005-09", "2003-12", or the phrase itself, "september", when the
 * article has no date to read it against), or null when the clause is about the present.
 */
export function pastEpisode(tokens: Token[], publishedAt: string | null): string | null {
  const referenceMs = parseReference(publishedAt);
  // A month is a capitalised name ("May", not the modal "may"); a year is what wink tags a date.
  const isDateWord = (t: Token | undefined): boolean => !!t && (t.entityType === 'DATE' || (isCapitalised(t.text) && t.pos !== 'AUX' && MONTH_OR_YEAR.test(t.lower)));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!isDateWord(token)) continue;
    let last = i;
    while (isDateWord(tokens[last + 1])) last++;
    const phrase = lowerWords(tokens, i, last + 1).join(' ');
    i = last;
    const time = resolveTime(phrase, publishedAt);
    if (time && referenceMs !== null) {
      if (time.endMs < referenceMs - PAST_EPISODE_MS) return time.label.slice(0, time.endMs - time.startMs > 31 * DAY_MS ? 4 : 7);
      continue;
    }
    if (time && time.endMs - time.startMs > DAY_MS) return time.label.slice(0, 7);
    // Undated article: a named month or year is another time than the weekdays a report of the day uses.
    // A day of a month ("Nov 8") is more likely the reported day itself.
    if (!time && referenceMs === null && MONTH_OR_YEAR.test(phrase) && !/\b\d{1,2}(st|nd|rd|th)?\b/.test(phrase)) return phrase.replace(/^(in|on|the|of|last|this|early|late) /, '');
  }
  return null;
}


/**
 * The publication day most sources share (the latest on a tie), or null when none is dated: the day
 * an undated article of the cluster, or a claim typed about it, is read against.
 */
export function clusterDate(sources: ReadonlyArray<{ publishedAt: string | null }>): string | null {
  const days = new Map<string, number>();
  for (const s of sources) if (s.publishedAt) days.set(s.publishedAt.slice(0, 10), (days.get(s.publishedAt.slice(0, 10)) ?? 0) + 1);
  return [...days.entries()].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0] ?? null;
}
