// Reads counts written in digits or words ("1,200", "seven", "twenty-one", "a dozen", "2.5 million")
// and the bounds around them ("at least seven", "more than 20", "about 100").

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, a: 1, an: 1, single: 1, couple: 2, pair: 2,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** A word that scales the number before it ("two dozen", "a hundred"), which wink may tag as a number of its own. */
export function isScaleWord(word: string): boolean {
  return Object.hasOwn(SCALES, word);
}

/**
 * The value of a number phrase given as its words (tokens, lower case), or null. Accepts digits with
 * thousands separators and decimals, number words with hyphens, scale words and "dozens" style plurals.
 */
export function parseNumber(words: string[]): number | null {
  // The words' hyphened parts but empty ones and "and", collected by a loop: asked of every number word
  // of every clause, flatMap() and filter() made three arrays each time.
  const parts: string[] = [];
  for (const word of words) {
    for (const part of word.toLowerCase().split('-')) if (part !== '' && part !== 'and') parts.push(part);
  }
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const part of parts) {
    const digits = part.replace(/,/g, '');
    // ".357" (a calibre) is a number too.
    if (/^(\d+(\.\d+)?|\.\d+)$/.test(digits)) {
      current += Number(digits);
      seen = true;
    } else if (part in UNITS && !(parts.length === 1 && (part === 'a' || part === 'an'))) {
      current += UNITS[part] ?? 0;
      seen = true;
    } else if (part in TENS) {
      current += TENS[part] ?? 0;
      seen = true;
    } else if (part in SCALES) {
      const scale = SCALES[part] ?? 1;
      if (scale < 1000) current = (current || 1) * scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      seen = true;
    } else return null;
  }
  const value = total + current;
  return seen && Number.isFinite(value) ? value : null;
}

export interface Bounds {
  min: number | null;
  max: number | null;
  isApproximate: boolean;
}

/**
 * The bounds a modifier puts on a count: "at least 7" -> min 7; "more than 7" -> min 8 (counts are whole);
 * "up to 7" -> max 7; "about 7" -> approximate. `before` is the lower-cased words just before the number.
 */
export function boundsFor(value: number, before: string[]): Bounds {
  // "more than a hundred": the article belongs to the number, not to the bound.
  const words = before[before.length - 1] === 'a' || before[before.length - 1] === 'an' ? before.slice(0, -1) : before;
  const text = words.slice(-3).join(' ');
  const isWhole = Number.isInteger(value);
  if (/\b(at least|no fewer than|no less than|a minimum of)$/.test(text)) return { min: value, max: null, isApproximate: false };
  if (/\b(more than|over|upwards of|in excess of)$/.test(text)) return { min: isWhole ? value + 1 : value, max: null, isApproximate: false };
  if (/\b(at most|up to|no more than|a maximum of|as many as|as much as)$/.test(text)) return { min: null, max: value, isApproximate: false };
  if (/\b(fewer than|less than|under)$/.test(text)) return { min: null, max: isWhole ? value - 1 : value, isApproximate: false };
  if (/\b(about|around|roughly|approximately|nearly|almost|some|an estimated|estimated|an approximate|close to)$/.test(text)) {
    return { min: null, max: null, isApproximate: true };
  }
  return { min: value, max: value, isApproximate: false };
}

/** Whether two counts can both be true of one thing: exact equal, within bounds, or within 10% if approximate. */
export function areCountsCompatible(a: { value: number; min: number | null; max: number | null }, b: typeof a): boolean {
  const approx = (x: typeof a): boolean => x.min === null && x.max === null;
  const lowA = a.min ?? (approx(a) ? a.value * 0.9 : -Infinity);
  const highA = a.max ?? (approx(a) ? a.value * 1.1 : Infinity);
  const lowB = b.min ?? (approx(b) ? b.value * 0.9 : -Infinity);
  const highB = b.max ?? (approx(b) ? b.value * 1.1 : Infinity);
  return lowA <= highB && lowB <= highA;
}
