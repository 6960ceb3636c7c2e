// Type-aware normalisation and similarity of claimed values (numbers, dates and times, person-name
// lists, free text), so that "9:10aDec 4" and "2011-12-04 09:10 AM" are one value, "Kumar, C. Bala" and
// "C Bala Kumar" one author, and a value can lend support to a close one (a rounding, a truncated list).
// Pure functions: no I/O, no clock.

export type ValueType = 'number' | 'time' | 'names' | 'text';

/** One person as written in a list: surname tokens (particles kept) and given-name tokens, lower case. */
export interface PersonName {
  surname: string[];
  given: string[];
}

/**
 * A value after normalisation. `key` is its identity: two claims with equal keys claim the same value.
 * The other fields carry what `supportOf` needs to judge closeness between different keys.
 */
export interface TypedValue {
  type: ValueType;
  key: string;
  /** Human form written in outputs: a number in plain decimal, a time as "YYYY-MM-DD HH:MM", names as "last, first; ...". */
  display: string;
  /** number: the value and how many decimals the source wrote (its precision); bounds for "at least 7". */
  number?: { value: number; decimals: number; min: number | null; max: number | null };
  /** time: minutes since 1970-01-01 when the date is known, else minutes since midnight; precision of the source. */
  time?: { minutes: number; hasDate: boolean; hasTimeOfDay: boolean };
  /** names: the people, and whether the list says it is incomplete ("et al.", "etc."). */
  names?: { people: PersonName[]; isOpen: boolean };
  /** text: its normalised word tokens. */
  tokens?: string[];
}

// ---------------------------------------------------------------------------------------------------
// Text basics

const ENTITIES: Record<string, string> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', copy: ' ', reg: ' ', para: ' ', brvbar: ' ', iexcl: ' ',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', agrave: 'à', egrave: 'è', ograve: 'ò', ugrave: 'ù',
  acirc: 'â', ecirc: 'ê', ocirc: 'ô', ucirc: 'û', auml: 'ä', euml: 'ë', iuml: 'ï', ouml: 'ö', uuml: 'ü', atilde: 'ã',
  otilde: 'õ', ntilde: 'ñ', ccedil: 'ç', szlig: 'ss', oslash: 'ø', aring: 'å',
};

/** Decodes HTML entities, including the doubly escaped "&amp;eacute;" that scraped listings carry. */
export function decodeEntities(text: string): string {
  let out = text;
  for (let pass = 0; pass < 2 && out.includes('&'); pass++) {
    out = out
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n) % 0x110000))
      .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16) % 0x110000))
      .replace(/&([a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
  }
  return out;
}

/** Lower case, accents removed (é -> e, ß -> ss), entities decoded: the form every comparison uses. */
export function foldText(text: string): string {
  return decodeEntities(text).normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase();
}

/** Values that say "no value" rather than claim one. */
const MISSING = new Set(['', '-', '--', '—', '?', 'n/a', 'na', 'n.a.', 'none', 'null', 'nil', 'unknown', 'not available', 'not applicable', 'tba', 'tbd', 'not provided', 'no data']);

export function isMissingValue(raw: string): boolean {
  const folded = foldText(raw).replace(/\s+/g, ' ').trim();
  return MISSING.has(folded) || MISSING.has(folded.replace(/[.\s]+$/, ''));
}

function formatNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(10)));
}

// ---------------------------------------------------------------------------------------------------
// Numbers

const MULTIPLIERS: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, t: 1e12, trillion: 1e12 };

/**
 * A number as tables write it: "1,234.5", "$12.30", "(0.05)" (negative), "+0.12", "1.2M", "3.5 billion",
 * "12.3%", "72°F". Units are dropped (the property fixes them); scale words multiply. Null when the text
 * is not one number.
 */
export function parseTableNumber(raw: string): { value: number; decimals: number } | null {
  // "+0.05 (+0.8%)": a change and its percentage; the first number is the value.
  let text = foldText(raw).trim().replace(/\s+/g, ' ').replace(/(?<=\d\S*)\s*\([^)]*\)$/, '');
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    sign = -1;
    text = paren[1] ?? '';
  }
  const match = /^([-+\u2212]?)\s*(?:[$€£¥]|usd|eur|gbp)?\s*([-+\u2212]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?\s*(thousand|million|billion|trillion|bn|mn|mm|k|m|b|t(?![a-z]))?(?![a-z])\s*(%|°\s*[cf]?|[a-z°/]{0,6}\.?)?$/.exec(text);
  if (!match) return null;
  const [, sign1, sign2, whole, fraction, scale] = match;
  if (whole === undefined && fraction === undefined) return null;
  if ((sign1 === '-' || sign1 === '−') !== (sign2 === '-' || sign2 === '−')) sign = -sign;
  const digits = `${(whole ?? '0').replace(/,/g, '')}.${fraction ?? '0'}`;
  let value = sign * Number(digits);
  let decimals = fraction?.length ?? 0;
  if (scale) {
    const factor = MULTIPLIERS[scale] ?? 1;
    value *= factor;
    decimals = Math.max(0, decimals - Math.round(Math.log10(factor)));
  }
  return Number.isFinite(value) ? { value, decimals } : null;
}

export function numberValue(value: number, decimals = 0, min: number | null = null, max: number | null = null): TypedValue {
  const bound = min !== null || max !== null ? `${min ?? ''}..${max ?? ''}` : '';
  const display = bound ? `${min !== null ? `at least ${formatNumber(min)}` : ''}${min !== null && max !== null ? ' and ' : ''}${max !== null ? `at most ${formatNumber(max)}` : ''}` : formatNumber(value);
  return { type: 'number', key: bound ? `n:${bound}` : `n:${formatNumber(value)}`, display, number: { value, decimals, min, max } };
}

// ---------------------------------------------------------------------------------------------------
// Dates and times

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** A date and time as read, each part possibly missing ("9:10 AM" has no date; "Dec 4" no year). */
export interface TimeParts {
  year: number | null;
  month: number | null;
  day: number | null;
  /** Minutes since midnight, or null for a date alone. */
  minuteOfDay: number | null;
}

function validDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
  return day <= days;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

/**
 * Reads a date, a time of day, or both, in the forms data feeds use: "2011-12-04 09:10 AM", "9:10aDec 4",
 * "Dec 04 - 9:10am", "12/4/11 9:35 PM (-05:00)", "09:35 PM  Sun 04-Dec-2011", "2011-12-04T21:35:00Z",
 * "4 December 2011". Numeric dates are read month first (m/d/y) unless the first part cannot be a month.
 * Time-zone names and offsets are dropped: times are compared as local wall-clock times, as they are
 * written. Null when the text holds neither a date nor a time of day.
 */
export function parseTimeParts(raw: string): TimeParts | null {
  let text = foldText(raw).replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  let minuteOfDay: number | null = null;
  // The time of day first, so that its digits are not read as a date. "9:10a" and "9:10 a.m." are 12-hour.
  const clock = new RegExp(`(^|[^\\d:])(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:\\s*([ap])(?:\\.?\\s?m\\.?)?(?=$|[^a-z]|(?:${MONTH_WORDS})))?`).exec(text);
  if (clock) {
    let hour = Number(clock[2]);
    const minute = Number(clock[3]);
    const half = clock[5];
    if (minute > 59 || hour > 24 || (half && (hour < 1 || hour > 12))) return null;
    if (half === 'p' && hour < 12) hour += 12;
    if (half === 'a' && hour === 12) hour = 0;
    minuteOfDay = (hour % 24) * 60 + minute;
    text = `${text.slice(0, clock.index + (clock[1] ?? '').length)} ${text.slice(clock.index + clock[0].length)}`;
  } else {
    const bare = /(^|\s)(\d{1,2})\s*([ap])\.?m\.?(?=\s|$|[a-z])/.exec(text);
    if (bare) {
      let hour = Number(bare[2]);
      if (hour < 1 || hour > 12) return null;
      if (bare[3] === 'p' && hour < 12) hour += 12;
      if (bare[3] === 'a' && hour === 12) hour = 0;
      minuteOfDay = hour * 60;
      text = `${text.slice(0, bare.index)} ${text.slice(bare.index + bare[0].length)}`;
    }
  }
  text = text.replace(/(?<=\d)t(?=\s|$)/, ' ').replace(/\b(?:utc|gmt|z|[ecmpa][sd]t|[ecmpa]t|hst|akst|akdt|bst|cet|cest)\b/g, ' ').replace(/(?<=^|\s)[+-]\d{2}:?\d{2}\b/g, ' ');
  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  let m: RegExpExecArray | null;
  if ((m = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(text))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/.exec(text))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    year = fullYear(m[3] ?? '');
    [month, day] = a > 12 && b <= 12 ? [b, a] : [a, b];
  } else if ((m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?[\\s-]*(${MONTH_WORDS})\\.?(?:[\\s,-]+(\\d{4}|\\d{2})\\b)?`).exec(text))) {
    day = Number(m[1]);
    month = MONTHS[m[2] ?? ''] ?? null;
    year = m[3] ? fullYear(m[3]) : null;
  } else if ((m = new RegExp(`(?:^|[^a-z])(${MONTH_WORDS})\\.?[\\s-]*(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?`).exec(text))) {
    month = MONTHS[m[1] ?? ''] ?? null;
    day = Number(m[2]);
    year = m[3] ? Number(m[3]) : null;
  } else if ((m = /\b(\d{1,2})[/](\d{1,2})\b/.exec(text)) && minuteOfDay !== null) {
    [month, day] = [Number(m[1]), Number(m[2])];
  }
  if (month !== null && day !== null && !validDay(year, month, day)) return null;
  if (month === null && minuteOfDay === null) return null;
  // What is left must be noise (weekday names, separators), not more numbers we did not understand.
  const rest = text
    .replace(/\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b|\b\d{1,2}[/.-]\d{1,2}[/.-](\d{2}|\d{4})\b/g, ' ')
    .replace(new RegExp(`\\b(\\d{1,2}(st|nd|rd|th)?)?[\\s-]*(${MONTH_WORDS})\\.?([\\s-]*\\d{1,2}(st|nd|rd|th)?)?(,?\\s*\\d{2,4})?\\b`, 'g'), ' ');
  if (/\d/.test(rest.replace(/\b\d{1,2}\/\d{1,2}\b/, ' '))) return null;
  return { year, month, day, minuteOfDay };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A time value from its parts; `hasDate` needs year, month and day. */
export function timeValue(parts: TimeParts): TypedValue {
  const hasDate = parts.year !== null && parts.month !== null && parts.day !== null;
  const hasTimeOfDay = parts.minuteOfDay !== null;
  const clock = hasTimeOfDay ? `${pad(Math.floor((parts.minuteOfDay ?? 0) / 60))}:${pad((parts.minuteOfDay ?? 0) % 60)}` : '';
  const date = hasDate ? `${pad(parts.year ?? 0, 4)}-${pad(parts.month ?? 0)}-${pad(parts.day ?? 0)}` : parts.month !== null && parts.day !== null ? `--${pad(parts.month)}-${pad(parts.day)}` : '';
  const display = [date, clock].filter(Boolean).join(' ');
  const dayMinutes = hasDate ? Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1) / 60000 : 0;
  return { type: 'time', key: `t:${display}`, display, time: { minutes: dayMinutes + (parts.minuteOfDay ?? 0), hasDate, hasTimeOfDay } };
}

/**
 * Completes the dates of one data item's times: a time written without its date ("9:10 AM") or year
 * ("Dec 4") takes the item's most common full date that agrees with what it has, else `fallback` (the
 * claim's time stamp). Sources that write "9:10 AM" and "2011-12-04 09:10" then claim one value.
 */
export function completeDates(parts: TimeParts[], fallback: { year: number; month: number; day: number } | null): TimeParts[] {
  const counts = new Map<string, number>();
  for (const p of parts) if (p.year !== null && p.month !== null && p.day !== null) counts.set(`${p.year}-${p.month}-${p.day}`, (counts.get(`${p.year}-${p.month}-${p.day}`) ?? 0) + 1);
  const dates = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k.split('-').map(Number) as [number, number, number]);
  return parts.map((p) => {
    if (p.year !== null && p.month !== null && p.day !== null) return p;
    const match = dates.find(([y, mo, d]) => (p.month === null || p.month === mo) && (p.day === null || p.day === d) && (p.year === null || p.year === y));
    if (match) return { ...p, year: match[0], month: match[1], day: match[2] };
    if (fallback && (p.month === null || p.month === fallback.month) && (p.day === null || p.day === fallback.day)) return { ...p, year: fallback.year, month: fallback.month, day: fallback.day };
    if (fallback && p.month !== null && p.day !== null && p.year === null) return { ...p, year: fallback.year };
    return p;
  });
}

// ---------------------------------------------------------------------------------------------------
// Person names and lists of them (authors)

/** Surname particles: kept in the written surname, ignored in its key ("De Clercq" = "Clercq, Jan De"). */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'dos', 'das', 'ter', 'ten', 'bin', 'ibn', 'al', 'el']);
/** Suffixes and titles: not part of a name's identity. */
const NAME_NOISE = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'sir', 'esq', 'ed', 'eds', 'edt', 'editor', 'editors', 'author', 'authors', 'joint', 'by', 'compiler', 'comp']);
/** Roles whose people are not authors of the work: a foreword or a translation is someone else's. */
const NOT_AUTHOR_ROLE = /\b(foreword|frw|preface|introduction|intro|afterword|translat\w*|trn|tr|illustrat\w*|ill|photograph\w*|designer|cover)\b/;
/** Words that end a list's known part: "Tarek Khalil, et al" is a list that says it is incomplete. */
const OPEN_LIST = /\b(et\.?\s*al\.?|etc\.?|and others|others|and more|\.\.\.)\s*$/;

function isInitial(token: string): boolean {
  return /^\p{L}\.?$/u.test(token);
}

function nameTokens(segment: string): string[] {
  return segment
    .replace(/\bph\.?\s?d\b\.?/g, ' ')
    .replace(/(\p{L})\.(?=\p{L})/gu, '$1. ')
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.'’-]+$/gu, ''))
    .filter((t) => t !== '' && !NAME_NOISE.has(t.replace(/\.$/, '')));
}

function surnameLike(tokens: string[]): boolean {
  if (tokens.length === 0 || tokens.length > 4) return false;
  const last = tokens[tokens.length - 1] ?? '';
  return !isInitial(last) && tokens.slice(0, -1).every((t) => PARTICLES.has(t.replace(/\.$/, '')));
}

/** "Donald E. Knuth" (given names first) or "Reddy J N" (surname then initials). */
function personFromWords(tokens: string[]): PersonName | null {
  if (tokens.length === 0) return null;
  const first = tokens[0] ?? '';
  if (tokens.length > 1 && !isInitial(first) && tokens.slice(1).every(isInitial)) return { surname: [first], given: tokens.slice(1) };
  let start = tokens.length - 1;
  while (start > 0 && PARTICLES.has((tokens[start - 1] ?? '').replace(/\.$/, '')) && start - 1 > 0) start--;
  return { surname: tokens.slice(start), given: tokens.slice(0, start) };
}

function personFromParts(surname: string[], given: string[]): PersonName {
  // "Clercq, Jan De": a particle written after the given names belongs to the surname.
  const trailing: string[] = [];
  const rest = [...given];
  while (rest.length > 0 && PARTICLES.has((rest[rest.length - 1] ?? '').replace(/\.$/, ''))) trailing.unshift(rest.pop() ?? '');
  return { surname: [...trailing, ...surname], given: rest };
}

/**
 * The people of one author chunk that holds no strong separator: "Knuth, Donald E.", "Donald E. Knuth",
 * "Johnson, Michael K., Troan, Erik W." (surname, given pairs), "Conklin, Wm Arthur White, Gregory B."
 * (pairs run together without a separator), "Jesper M. Johansson, Steve Riley" (given names first).
 */
function peopleOfChunk(chunk: string): PersonName[] {
  const segments = chunk.split(',').map(nameTokens).filter((s) => s.length > 0);
  if (segments.length === 0) return [];
  if (segments.length === 1) {
    const person = personFromWords(segments[0] ?? []);
    return person ? [person] : [];
  }
  const isSurnameFirst = surnameLike(segments[0] ?? []) || segments.slice(1).some((s) => s.every(isInitial));
  if (!isSurnameFirst) return segments.flatMap((s) => personFromWords(s) ?? []);
  // "Johnson, Michael K., Troan, Erik W." pairs up evenly; "Jones, Karen Sparck Willett, Peter" has an
  // odd count, and pairing it would leave a surname without given names: there the pairs run together.
  const oneWordEach = segments.every((s) => s.length === 1);
  const alternating = (segments.length % 2 === 0 || oneWordEach) && segments.every((s, i) => i % 2 === 1 || surnameLike(s));
  const people: PersonName[] = [];
  if (alternating) {
    for (let i = 0; i < segments.length; i += 2) people.push(personFromParts(segments[i] ?? [], segments[i + 1] ?? []));
    return people;
  }
  // Pairs run together: the word before each comma is the next surname.
  let surname = segments[0] ?? [];
  for (let i = 1; i < segments.length; i++) {
    const tokens = segments[i] ?? [];
    if (i < segments.length - 1 && tokens.length >= 2 && !isInitial(tokens[tokens.length - 1] ?? '')) {
      let start = tokens.length - 1;
      while (start > 1 && PARTICLES.has((tokens[start - 1] ?? '').replace(/\.$/, ''))) start--;
      people.push(personFromParts(surname, tokens.slice(0, start)));
      surname = tokens.slice(start);
    } else if (i < segments.length - 1 && tokens.length === 1 && !isInitial(tokens[0] ?? '')) {
      people.push(personFromParts(surname, []));
      surname = tokens;
    } else {
      people.push(personFromParts(surname, tokens));
      surname = [];
    }
  }
  if (surname.length > 0) people.push(personFromParts(surname, []));
  return people;
}

/** A surname's key: particles and punctuation dropped ("O'Leary" = "oleary", "Van Der Lans" = "lans"). */
export function surnameKey(person: PersonName): string {
  const core = person.surname.filter((t, i) => i === person.surname.length - 1 || !PARTICLES.has(t.replace(/\.$/, '')));
  return core.join('').replace(/[^\p{L}\p{N}]/gu, '');
}

/** Given names agree when their first initials agree or one side has none ("Paul J." ~ "P." ~ ""). */
function givenCompatible(a: string[], b: string[]): boolean {
  const x = a[0]?.[0];
  const y = b[0]?.[0];
  return x === undefined || y === undefined || x === y;
}

/**
 * Reads an author list as bookstores write it. Handles: case; HTML entities and accents; "Last, First" and
 * "First Last" (also mixed in one list); middle names and initials, with or without dots ("C.Bala");
 * separators ; / & | "and" "with" and pairs run together without one; role notes "(Author)", "(Editor)",
 * "By (author)", "Editor:", "Ed."; people credited for a foreword, preface, translation or illustrations
 * are dropped; "et al."/"etc." mark the list as open (incomplete); the same person written twice is kept
 * once; "Not Available" and empty lists have no people.
 */
export function parsePersonList(raw: string): { people: PersonName[]; isOpen: boolean } {
  let text = foldText(raw).replace(/\s+/g, ' ').trim();
  if (isMissingValue(text)) return { people: [], isOpen: false };
  // Inline credits for non-authors, up to the next strong separator (a role in parentheses is read below).
  text = text.replace(/,?\s*\b(?:with\s+(?:a\s+|an\s+)?)?(?<!\(\s*)(?:foreword|preface|introduction|afterword|illustrations?|translation|translated|illustrated)\b[^;/(|]*/g, ' ');
  const isOpen = OPEN_LIST.test(text.replace(/[\s.,;)]+$/, '').trim()) || /\bet\.?\s*al\b/.test(text);
  text = text.replace(/\bet\.?\s*al\b\.?|\betc\b\.?|\band others\b|\.\.\./g, ' ');
  text = text.replace(/\b(?:edited|compiled|written|selected)\s+by\b|^\s*by\b|\beditors?\s*[:-]/g, ' ');
  // A parenthesis is a separator; its role applies to the person just before it.
  const pieces: Array<{ text: string; dropLast: boolean }> = [];
  let rest = text;
  for (;;) {
    const open = rest.indexOf('(');
    if (open < 0) {
      pieces.push({ text: rest, dropLast: false });
      break;
    }
    const close = rest.indexOf(')', open);
    const role = close < 0 ? rest.slice(open + 1) : rest.slice(open + 1, close);
    pieces.push({ text: rest.slice(0, open), dropLast: NOT_AUTHOR_ROLE.test(role) });
    if (close < 0) break;
    rest = rest.slice(close + 1);
  }
  const people: PersonName[] = [];
  for (const piece of pieces) {
    const found = piece.text
      .split(/\s*(?:;|\/|\||&|\+|\band\b|\bwith\b|\n)\s*/)
      .flatMap((chunk) => peopleOfChunk(chunk.replace(/^[\s,.:-]+|[\s,:-]+$/g, '')));
    if (piece.dropLast) found.pop();
    people.push(...found);
  }
  const kept: PersonName[] = [];
  for (const person of people) {
    const key = surnameKey(person);
    if (key.length < 2 || /^\d+$/.test(key)) continue;
    const twin = kept.find((k) => surnameKey(k) === key && givenCompatible(k.given, person.given));
    if (twin) {
      if (person.given.join(' ').length > twin.given.join(' ').length) twin.given = person.given;
    } else kept.push({ surname: [...person.surname], given: [...person.given] });
  }
  return { people: kept, isOpen };
}

function titleCase(token: string): string {
  return token.replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** "last, first middle" in the book data set's gold style, people joined by "; ". */
export function formatPerson(person: PersonName): string {
  return `${person.surname.map(titleCase).join(' ')}${person.given.length > 0 ? `, ${person.given.map(titleCase).join(' ')}` : ''}`;
}

/**
 * A list of people as a value. Its key is the sorted surname keys: order, given names, middle names,
 * initials, case and punctuation do not change which list it is. An open list ("et al.") gets its own key.
 */
export function namesValue(people: PersonName[], isOpen = false): TypedValue {
  const keys = people.map(surnameKey).sort();
  return {
    type: 'names',
    key: `p:${keys.join('|')}${isOpen ? '|+' : ''}`,
    display: `${people.map(formatPerson).join('; ')}${isOpen ? '; et al.' : ''}`,
    names: { people, isOpen },
  };
}

// ---------------------------------------------------------------------------------------------------
// Free text

export function textTokens(raw: string): string[] {
  return foldText(raw).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function textValue(raw: string): TypedValue {
  const tokens = textTokens(raw);
  return { type: 'text', key: `s:${tokens.join(' ')}`, display: tokens.join(' '), tokens };
}

// ---------------------------------------------------------------------------------------------------
// Parsing by type, and guessing a column's type

/** A raw value read as `type`; null when it says "no value" or cannot be read as that type. */
export function parseValue(raw: string, type: ValueType): TypedValue | null {
  if (isMissingValue(raw)) return null;
  switch (type) {
    case 'number': {
      const n = parseTableNumber(raw);
      return n ? numberValue(n.value, n.decimals) : null;
    }
    case 'time': {
      const parts = parseTimeParts(raw);
      return parts ? timeValue(parts) : null;
    }
    case 'names': {
      const list = parsePersonList(raw);
      return list.people.length > 0 ? namesValue(list.people, list.isOpen) : null;
    }
    case 'text': {
      const value = textValue(raw);
      return value.tokens && value.tokens.length > 0 ? value : null;
    }
  }
}

/** Column names that hold people. A column is only read as names when its name says so. */
const PEOPLE_COLUMN = /author|writer|editor|director|creator|artist|composer|actor|cast|person|people|founder/i;

/** Counts of how a column's distinct values parse, to choose its type once the file has been read. */
export interface TypeTally {
  present: number;
  numbers: number;
  times: number;
  timesOfDay: number;
}

export function emptyTally(): TypeTally {
  return { present: 0, numbers: 0, times: 0, timesOfDay: 0 };
}

export function tallyValue(tally: TypeTally, raw: string): void {
  if (isMissingValue(raw)) return;
  tally.present++;
  if (parseTableNumber(raw)) tally.numbers++;
  else {
    const parts = parseTimeParts(raw);
    if (parts) {
      tally.times++;
      if (parts.minuteOfDay !== null) tally.timesOfDay++;
    }
  }
}

/**
 * The type of a column: times when most values read as dates or times, numbers when most read as
 * numbers, names when the column's name says it holds people, else text. For numbers "most" is 80%, so
 * a gate column with many "12" among "C27", "D50" stays text; for times 60%, because a time column can
 * hold many "Contact Airline" rows, and a value of another type rarely reads as a date or a clock time.
 */
export function chooseType(name: string, tally: TypeTally): ValueType {
  if (PEOPLE_COLUMN.test(name)) return 'names';
  if (tally.present === 0) return 'text';
  if (tally.times / tally.present >= 0.6) return 'time';
  if (tally.numbers / tally.present >= 0.8) return 'number';
  return 'text';
}

// ---------------------------------------------------------------------------------------------------
// Closeness

function multisetOverlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let shared = 0;
  for (const y of b) {
    const n = counts.get(y) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(y, n - 1);
    }
  }
  return shared;
}

/**
 * How well a source that claims `claimed` fits the truth being `truth`, when the two are different values:
 * 1 when `claimed` is a less precise form of `truth` (a rounding of it, a bound it satisfies, its date
 * without the time, its list with people left out but marked "et al."), down to 0 when the claim is
 * simply a different value. Asymmetric on purpose: a list that leaves out an author fits the full list
 * better than the full list fits the short one, because sources drop authors far more often than they
 * invent them. The engine uses it to let close values support each other.
 */
export function supportOf(claimed: TypedValue, truth: TypedValue): number {
  if (claimed.key === truth.key) return 1;
  if (claimed.type !== truth.type) return 0;
  if (claimed.number && truth.number) {
    const c = claimed.number;
    const t = truth.number;
    const tv = t.min !== null || t.max !== null ? (t.min ?? t.max ?? t.value) : t.value;
    if (c.min !== null || c.max !== null) {
      // "at least 7" fits 7 and 9 but not 5.
      return (c.min === null || tv >= c.min) && (c.max === null || tv <= c.max) ? 0.8 : 0;
    }
    if (t.min !== null || t.max !== null) return (t.min === null || c.value >= t.min) && (t.max === null || c.value <= t.max) ? 0.5 : 0;
    const scale = 10 ** c.decimals;
    if (Math.round(tv * scale) === Math.round(c.value * scale) && c.decimals < t.decimals) return 1;
    const relative = Math.abs(c.value - tv) / Math.max(Math.abs(tv), Math.abs(c.value), 1e-9);
    // Within half a per cent: the kind of gap a delayed or differently rounded feed shows.
    return relative <= 0.005 ? 0.6 * (1 - relative / 0.005) : 0;
  }
  if (claimed.time && truth.time) {
    const c = claimed.time;
    const t = truth.time;
    const cMinutes = c.hasDate === t.hasDate ? c.minutes : c.minutes % 1440;
    const tMinutes = c.hasDate === t.hasDate ? t.minutes : t.minutes % 1440;
    if (!c.hasTimeOfDay) return c.hasDate && t.hasDate && Math.floor(c.minutes / 1440) === Math.floor(t.minutes / 1440) ? 0.8 : 0;
    if (!t.hasTimeOfDay) return 0;
    const gap = Math.abs(cMinutes - tMinutes);
    // A few minutes apart is a feed updated at another moment; a quarter of an hour is another time.
    return gap <= 15 ? 0.6 * (1 - gap / 15) : 0;
  }
  if (claimed.names && truth.names) {
    const c = claimed.names.people.map(surnameKey);
    const t = truth.names.people.map(surnameKey);
    const shared = multisetOverlap(c, t);
    if (shared === 0) return 0;
    if (shared === c.length && c.length < t.length) return claimed.names.isOpen ? 1 : 0.5 * (shared / t.length) + 0.25;
    if (shared === t.length && t.length < c.length) return 0.25 * (shared / c.length);
    return 0.25 * (shared / Math.max(c.length, t.length));
  }
  if (claimed.tokens && truth.tokens) {
    const shared = multisetOverlap(claimed.tokens, truth.tokens);
    if (shared === 0) return 0;
    if (shared === truth.tokens.length) return 0.5 * (shared / claimed.tokens.length);
    if (shared === claimed.tokens.length) return 0.5 * (shared / truth.tokens.length);
    return 0.25 * (shared / Math.max(claimed.tokens.length, truth.tokens.length));
  }
  return 0;
}

/**
 * Whether a chosen value answers like a gold value, for scoring: equal keys, or numbers equal at the
 * coarser of the two precisions written ("5.990" and "5.99" agree; so do "6.0" and "5.99", at one decimal;
 * "6.1" and "5.99" do not).
 */
export function isSameAnswer(chosen: TypedValue, gold: TypedValue): boolean {
  if (chosen.key === gold.key) return true;
  if (chosen.number && gold.number && chosen.number.min === null && chosen.number.max === null && gold.number.min === null && gold.number.max === null) {
    const scale = 10 ** Math.min(chosen.number.decimals, gold.number.decimals);
    return Math.round(chosen.number.value * scale) === Math.round(gold.number.value * scale) && Math.abs(chosen.number.value - gold.number.value) < 1 / scale;
  }
  return false;
}

/** TruthFinder's partial credit for lists: shared people over the longer list's length (0 for other types). */
export function listCredit(chosen: TypedValue, gold: TypedValue): number {
  if (!chosen.names || !gold.names) return isSameAnswer(chosen, gold) ? 1 : 0;
  const c = chosen.names.people.map(surnameKey);
  const g = gold.names.people.map(surnameKey);
  return multisetOverlap(c, g) / Math.max(c.length, g.length, 1);
}
