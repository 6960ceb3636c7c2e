// Finds names in a sentence ("Iraqi Prime Minister Mustafa al-Kadhimi") and splits off the title that
// precedes them ("prime minister"), which later lets "the prime minister" refer to the same person.

import { lowerWords, type Token } from './nlp.js';
import { baseForm, isCommonWord, isGeographicNoun, isGivenNameFirst, isGroupNoun, isPersonName, isPersonNoun, isPlaceNoun, isWord } from './lexicon.js';

export interface NameMention {
  /** Surface of the name without its title: "Mustafa al-Kadhimi". */
  text: string;
  start: number;
  end: number;
  /** Token index range [first, last] of the name within the sentence. */
  first: number;
  last: number;
  /** Lower-case title that precedes the name, if any: "prime minister". */
  title: string | null;
  /** The title with the word that narrows it, if any: "us president", "iraqi prime minister". */
  qualifiedTitle?: string | null;
  /**
   * A common noun right before a name that is no title, and says what the named thing is: "the
   * destroyer INS Mysore" -> "destroyer", "Indian warship INS Mysore" -> "warship".
   */
  descriptor?: string | null;
  /** The descriptor with the word before it: "indian warship". */
  qualifiedDescriptor?: string | null;
}

export interface TitleMention {
  title: string;
  first: number;
  last: number;
}

// Lower-case particles inside Arabic, Dutch, German, Spanish... names: "al-Kadhimi", "van der Berg".
const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'bin', 'ibn', 'de', 'da', 'del', 'van', 'von', 'der', 'den', 'la', 'le', 'du']);
// Particles that are also everyday English words join a name only with a hyphen: "as-Sadr", not "as Iraq".
const HYPHEN_ONLY_PARTICLES = new Set(['ad', 'as', 'ash', 'da', 'la', 'le', 'de', 'du', 'den']);
// Forms of address are not names: "Mr Papandreou", "Ms Merkel", "Professor Varoufakis" are the surname.
// So are abbreviated ranks: "Lt. Gerry Scherlinck".
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'madam', 'mme', 'mlle', 'herr', 'frau', 'sen', 'rep', 'gov', 'rev', 'hon', 'lt', 'lieut', 'sgt', 'capt', 'cpt', 'col', 'gen', 'maj', 'cmdr', 'cdr', 'adm', 'det', 'insp', 'supt', 'cpl', 'pvt', 'atty', 'amb']);

/** Whether a lower-case word, its point dropped, is a form of address or an abbreviated rank: "mr", "lt". */
export function isFormOfAddress(word: string): boolean {
  return HONORIFICS.has(word);
}

const CALENDAR_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

// The expressions of the tests below that read every token, made once: a regular expression literal
// makes a new object each time it is evaluated (findNames allocated about 65 MB for the 1,683 FNC-1 bodies).
const NAME_START = /^[\p{Lu}\d]/u;
const DIGIT = /\d/;

function isNameToken(token: Token | undefined): boolean {
  return !!token && token.pos === 'PROPN' && NAME_START.test(token.text) && !CALENDAR_WORDS.test(token.text);
}

function isJoiner(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (token.text === '-' || token.text === '‐') return isNameToken(tokens[i + 1]) || NAME_PARTICLES.has(tokens[i + 1]?.lower ?? '');
  if (!NAME_PARTICLES.has(token.lower)) return false;
  return tokens[i + 1]?.text === '-' || (!HYPHEN_ONLY_PARTICLES.has(token.lower) && isNameToken(tokens[i + 1]));
}

/** The longest suffix of `words` that names a kind of person ("iraqi prime minister" -> "prime minister"). */
function titleWithin(words: string[]): { title: string; from: number } | null {
  // Each suffix is the next shorter one with its word before it, made once from the end (not a slice
  // and a join per suffix); a single word is asked as it is, the token's own string, whose hash the
  // lexicon's maps have met before (findNames asks this of every run of name words, 150,000 times in
  // the 1,683 FNC-1 bodies).
  const count = words.length;
  if (count === 1) {
    const word = words[0] as string;
    return isPersonNoun(word) ? { title: word, from: 0 } : null;
  }
  const suffixes: string[] = [];
  let suffix = '';
  for (let from = count - 1; from >= 0; from--) suffixes.push((suffix = from === count - 1 ? (words[from] as string) : `${words[from] as string} ${suffix}`));
  for (let from = 0; from < count; from++) {
    const phrase = suffixes[count - 1 - from] as string;
    if (isPersonNoun(phrase)) return { title: phrase, from };
  }
  return null;
}

const ORDINAL = /^\d+(st|nd|rd|th)$/i;

/** The last token of an ordinal in digits that starts at `at` ("102nd"; wink splits "112th" into "1" "12th"), or -1. */
function ordinalEnd(tokens: Token[], at: number): number {
  const token = tokens[at];
  const next = tokens[at + 1];
  // Both patterns open on a digit: most tokens are ruled out without a regular expression.
  if (!token || !isDigit(token.text.charCodeAt(0))) return -1;
  if (ORDINAL.test(token.text)) return at;
  return /^\d+$/.test(token.text) && next && next.start === token.end && ORDINAL.test(next.text) ? at + 1 : -1;
}

/**
 * Whether the number after a name is part of it: "Interstate 75", "Route 66", "Flight 370" are common
 * nouns named by their number. A number followed by a noun counts that noun ("the Gulf 20 miles off"),
 * and a person noun is a title, whose number is no name ("BEY 0843 GMT", a dateline).
 */
function isNumberOfName(tokens: Token[], last: number): boolean {
  const name = tokens[last];
  const number = tokens[last + 1];
  const after = tokens[last + 2];
  if (!name || !number || !/^\d+$/.test(number.text) || (after && (after.pos === 'NOUN' || after.pos === 'PROPN'))) return false;
  return isWord(name.lower, 'n') && isCommonWord(name.lower) && !isPersonNoun(name.lower);
}

// "10th Nov" is a day, not a thing the ordinal numbers.
const MONTH_ABBREVIATIONS = /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;

/** Whether words are common ones, or adjectives, that end in a noun naming a body: "Communist Party", "Socialist Workers Party". */
function isBodyName(words: string[]): boolean {
  const head = words[words.length - 1] ?? '';
  return words.every((w) => isCommonWord(w) || isWord(w, 'a')) && isGroupNoun(baseForm(head, 'n') ?? head);
}

const COMPASS_POINTS = /^(north|south|east|west)(east|west)?(ern)?$/;

/**
 * The last token of a name after "of" that belongs to the name before it, or -1: a place, a body or a
 * made thing named by what it is of ("Gulf of Aden", "Ministry of Finance", "Communist Party of
 * Greece", "Tomb of the Unknown Soldier"). The name before must be common words ending in such a noun,
 * so a person stays apart ("Jeb Bush of Florida"), and neither a compass point ("West of Aden") nor one
 * capitalised word opening the sentence ("Villages of Qeshm were flattened"); the name after must not
 * be a person's, after a title or from the given name ("Government of Prime Minister Costas
 * Karamanlis"), whose person is a name of its own ("Tomb of the Unknown Soldier" has no name after
 * its person nouns).
 */
function ofNameEnd(scan: NameScan, first: number, last: number): number {
  const { tokens } = scan;
  // Most names are not followed by "of": their words are not looked up.
  if (tokens[last + 1]?.text !== 'of') return -1;
  const words = lowerWords(tokens, first, last + 1).filter((w) => w !== '-');
  const head = words[words.length - 1] ?? '';
  const noun = baseForm(head, 'n') ?? head;
  if ((first === 0 && first === last) || COMPASS_POINTS.test(head)) return -1;
  if (!words.every((w) => isCommonWord(w) || isWord(w, 'a')) || !(isPlaceNoun(noun) || isGroupNoun(noun))) return -1;
  const from = tokens[last + 2]?.lower === 'the' ? last + 3 : last + 2;
  if (!isNameWord(scan, from)) return -1;
  let end = from;
  while (end + 1 < tokens.length && isNameWord(scan, end + 1)) end++;
  const after = lowerWords(tokens, from, end + 1);
  const isPersonFirst = isPersonName(after[0] ?? '') || after.some((_w, k) => isPersonNoun(after.slice(0, k + 1).join(' ')) && after.slice(k + 1).some((w) => !isCommonWord(w)));
  return isPersonFirst ? -1 : end;
}

/**
 * The common noun that says what the name after it names, or null: a singular lower-case noun inside a
 * noun phrase ("the destroyer INS Mysore", "Ethiopian vessel MV Gibe"), not a verb's object before a
 * name that starts a clause ("told reporters Smith was"), a person noun (a title) or a time.
 */
function descriptorBefore(tokens: Token[], at: number): { descriptor: string; qualified: string | null } | null {
  const noun = tokens[at - 1];
  const before = tokens[at - 2];
  if (!noun || noun.pos !== 'NOUN' || noun.text !== noun.lower || noun.entityType === 'DATE' || noun.entityType === 'TIME') return null;
  if (!before || !['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM'].includes(before.pos) || (before.pos === 'NOUN' && before.text === before.lower && tokens[at - 3]?.pos === 'VERB')) return null;
  const lemma = baseForm(noun.lower, 'n');
  // "police Lt. Gerry Scherlinck": a body the named one belongs to says whose, not what, it is.
  if (lemma !== noun.lower || isPersonNoun(lemma) || isGroupNoun(lemma)) return null;
  const qualified = before.pos === 'ADJ' || before.pos === 'PROPN' || before.pos === 'NOUN' ? `${before.lower} ${lemma}` : null;
  return { descriptor: lemma, qualified };
}

/**
 * A headline in title case ("Lindsay Lohan Leaves Betty Ford, Checks Into Malibu Rehab") capitalises
 * its verbs too: most of its longer words start with a capital.
 */
export function isTitleCase(tokens: Token[]): boolean {
  // Content words only: title case leaves some prepositions lower ("with", "from"), while a short
  // sentence full of names ("She was taken to Jamaica Hospital on Friday") still has a lower-case verb.
  let words = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (t.text.length < 4 || FUNCTION_POS.has(t.pos) || !isLongWord(t.text)) continue;
    words++;
    if (isCapitalised(t.text)) capitalised++;
  }
  return words >= 4 && capitalised >= 0.85 * words;
}

// isTitleCase reads every token of every sentence and clause, and most are ASCII: these answer for
// ASCII without a Unicode regular expression (2.4% of a build's CPU went to those), as the expression would.

/** Four letters or more (code points), and nothing else: /^\p{L}{4,}$/u. */
function isLongWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return /^\p{L}{4,}$/u.test(text);
  }
  return text.length >= 4;
}

/** Starts with an upper-case letter: /^\p{Lu}/u. */
function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
}

const FUNCTION_POS = new Set(['ADP', 'CCONJ', 'SCONJ', 'DET', 'PRON', 'PART', 'AUX']);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** An upper-case letter, then a lower-case one: /^\p{Lu}\p{Ll}/u, without the expression for ASCII. */
function isCapitalisedWord(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) {
    if (c < 65 || c > 90) return false;
    const d = text.charCodeAt(1);
    if (d < 128) return d >= 97 && d <= 122;
  }
  return /^\p{Lu}\p{Ll}/u.test(text);
}

/**
 * "Tim Cook", "Bettie Page": a run that ends in a person noun after words that WordNet does not know
 * (so not "Iraqi Prime Minister") is a name whose surname is also an occupation, not a name-less title.
 * So is one after a given name WordNet knows as a person's ("Peter Guest": Saint Peter) or after a
 * form of address ("Mr Guest"); "Alaska Governor" and "Iraqi Prime Minister" (an adjective, though
 * WordNet's first "Iraqi" is a person) stay titles.
 */
function mayLeadSurname(w: string): boolean {
  return !isWord(w, 'a') && (!isWord(w, 'n') || isPersonName(w) || isGivenNameFirst(w) || isFormOfAddress(w));
}

/**
 * What findNames knows of the sentence it reads, for the tests of its words below. Those are functions
 * of the module, not closures made on every call: findNames runs on every sentence and clause, and
 * the closures cost more to make (each named by the compiler, esbuild's keepNames) than to run.
 */
interface NameScan {
  tokens: Token[];
  /** A title-case headline: a capital proves nothing there. */
  isTitled: boolean;
  /** Entity indices of dates with a number in them ("Nov 8"). */
  numberedDates: Set<number>;
  /** The sentence's first word, past opening punctuation (quotation marks, a dash). */
  firstWord: number;
}

/** In a title-case headline an inflected verb ("Leaves", "Checks", "Kills") is not part of a name. */
function isInflectedVerb(lower: string): boolean {
  const verb = baseForm(lower, 'v');
  return verb !== null && verb !== lower;
}

/** "Washington, Nov 8", "Feb. 22": a month's abbreviation in a date with a number is no name; wink also reads "Jan Olson" as a date, but with no number in it. */
function isDateWord(scan: NameScan, token: Token | undefined): boolean {
  return !!token && MONTH_ABBREVIATIONS.test(token.text) && token.entityType === 'DATE' && scan.numberedDates.has(token.entityIndex);
}

function isName(scan: NameScan, token: Token | undefined): boolean {
  return isNameToken(token) && !isDateWord(scan, token) && !(scan.isTitled && isInflectedVerb(token?.lower ?? ''));
}

/**
 * wink tags some capitalised words of a name as common words ("Jamaica Hospital/NOUN", "The
 * Associated/VERB Press"). Outside a title-case headline a capital there is the name's: a capitalised
 * noun right after a name word, or a capitalised word between "the" and a name (no verb follows "the").
 */
function isMistaggedNameWord(scan: NameScan, at: number): boolean {
  const { tokens } = scan;
  const token = tokens[at];
  // Only a noun, a verb or an adjective can be one (the tests below): most tokens stop here.
  if (scan.isTitled || !token || (token.pos !== 'NOUN' && token.pos !== 'VERB' && token.pos !== 'ADJ')) return false;
  if (!isCapitalisedWord(token.text) || CALENDAR_WORDS.test(token.text)) return false;
  if (token.pos === 'NOUN' && isName(scan, tokens[at - 1])) return true;
  // "reported by Sky News": a capitalised noun inside a sentence, right before a name word.
  if (token.pos === 'NOUN' && at > scan.firstWord && isName(scan, tokens[at + 1])) return true;
  return tokens[at - 1]?.lower === 'the' && isName(scan, tokens[at + 1]);
}

/** "Mehdi iran-Nejad": a proper noun written in lower case, hyphened to the next part of the name. */
function isLowerCasePart(scan: NameScan, at: number): boolean {
  const { tokens } = scan;
  const token = tokens[at];
  const hyphen = tokens[at + 1];
  const next = tokens[at + 2];
  // The test that rules out most tokens first.
  if (hyphen?.text !== '-') return false;
  if (!token || !next || !isName(scan, tokens[at - 1]) || !/^\p{Ll}{3,}$/u.test(token.text)) return false;
  if (hyphen.start !== token.end || next.start !== hyphen.end || !isName(scan, next)) return false;
  return isWord(token.lower, 'n') && !isCommonWord(token.lower);
}

function isNameWord(scan: NameScan, at: number): boolean {
  return isName(scan, scan.tokens[at]) || isMistaggedNameWord(scan, at) || isLowerCasePart(scan, at);
}

// Two letters, or a letter and a digit: made once, since the compiler writes a literal with \p{...} as
// `new RegExp(...)`, made again each time it is evaluated.
const NAME_LETTERS = /\p{L}{2}|\p{L}.*\d/u;

/**
 * Whether the run of name words `words` (ending at token `last`) opens, at word `at`, on the kind of
 * place it names: "the tourist Island of Qeshm". A function of the module, not a closure in findNames'
 * loop: a closure over the loop's variables made V8 allocate their scope on every token of every
 * sentence and clause, run or not (about a tenth of extraction's allocation).
 */
function opensOnPlaceKind(tokens: Token[], words: string[], last: number, at: number): boolean {
  return (words.length - at > 1 || tokens[last + 1]?.lower === 'of') && isGeographicNoun(baseForm(words[at] ?? '', 'n') ?? '');
}

// Tests of a range of tokens by a loop, not a slice and every(): findNames asks them for every split of
// every run of name words, and a function that has not been optimised yet makes each slice, callback
// and step of every() for real.

/** Whether no token of tokens[from, to) is a common word or an adjective in WordNet. */
function areUncommonWords(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (isCommonWord(t.lower) || isWord(t.lower, 'a')) return false;
  }
  return true;
}

/** Whether every token of tokens[from, to) is a noun or a proper noun. */
function areNouns(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pos = (tokens[k] as Token).pos;
    if (pos !== 'NOUN' && pos !== 'PROPN') return false;
  }
  return true;
}

/** The words of tokens[first, last] as written: a space only where the text has one ("al-Kadhimi"). */
function nameText(tokens: Token[], first: number, last: number): string {
  let text = '';
  for (let k = first; k <= last && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    text += (k > first && t.start > (tokens[k - 1] as Token).end ? ' ' : '') + t.text;
  }
  return text;
}

interface FoundNames {
  names: NameMention[];
  titles: TitleMention[];
}

/** The token list findNames last read, and what it found there. */
let lastRead: { tokens: Token[]; found: FoundNames } | null = null;

// Punctuation after which nothing can be read differently: no letter, digit or hyphen (a hyphen joins
// a particle to what follows, isJoiner).
const TRAILING_STOP = /^[.!?,;:…]+$/;

/**
 * Whether `tokens` are the tokens `read` opens on, the same objects in the same places, and what
 * `read` has beyond them is punctuation of TRAILING_STOP only: a sentence's one clause is its tokens
 * without the final full stop (readSentence), a quarter of the tokens findNames is given. Such
 * punctuation is no name word, joiner, number or "of", so every test findNames makes past a name's
 * last token answers for it as for the end of the list, and the names found in both are the same.
 */
function isReadBefore(tokens: Token[], read: Token[]): boolean {
  if (tokens.length > read.length) return false;
  for (let k = 0; k < tokens.length; k++) if (tokens[k] !== read[k]) return false;
  for (let k = tokens.length; k < read.length; k++) {
    const t = read[k] as Token;
    if (t.pos !== 'PUNCT' || !TRAILING_STOP.test(t.text)) return false;
  }
  return true;
}

/** A copy of found names, each mention and title a new object, as a new reading would make them. */
function copyFound({ names, titles }: FoundNames): FoundNames {
  const namesCopy: NameMention[] = [];
  for (const n of names) {
    namesCopy.push({ text: n.text, start: n.start, end: n.end, first: n.first, last: n.last, title: n.title, qualifiedTitle: n.qualifiedTitle, descriptor: n.descriptor, qualifiedDescriptor: n.qualifiedDescriptor });
  }
  const titlesCopy: TitleMention[] = [];
  for (const t of titles) titlesCopy.push({ title: t.title, first: t.first, last: t.last });
  return { names: namesCopy, titles: titlesCopy };
}

/**
 * Name mentions and bare titles ("the Prime Minister") in one sentence's tokens. Each sentence is read
 * whole and then clause by clause (extractClaims): a clause that is its sentence less the final stop
 * gets a copy of what the sentence's reading found (isReadBefore).
 */
export function findNames(tokens: Token[]): FoundNames {
  if (lastRead && isReadBefore(tokens, lastRead.tokens)) return copyFound(lastRead.found);
  // Kept as returned: nothing changes a mention once made (copies are made from it, not given it).
  const found = scanNames(tokens);
  lastRead = { tokens, found };
  return found;
}

function scanNames(tokens: Token[]): FoundNames {
  const names: NameMention[] = [];
  const titles: TitleMention[] = [];
  const numberedDates = new Set<number>();
  for (const t of tokens) if (t.entityType === 'DATE' && DIGIT.test(t.text)) numberedDates.add(t.entityIndex);
  const scan: NameScan = { tokens, isTitled: isTitleCase(tokens), numberedDates, firstWord: tokens.findIndex((t) => t.pos !== 'PUNCT') };
  const { isTitled, firstWord } = scan;
  let i = 0;
  while (i < tokens.length) {
    // "the 102nd Precinct", "117th Street": an ordinal opens the name it numbers.
    const ordinal = ordinalEnd(tokens, i);
    const isNumbered = ordinal >= 0 && isNameWord(scan, ordinal + 1) && !MONTH_ABBREVIATIONS.test(tokens[ordinal + 1]?.text ?? '');
    if (!isNumbered && !isNameWord(scan, i) && !(NAME_PARTICLES.has(tokens[i]?.lower ?? '') && isJoiner(tokens, i))) {
      i++;
      continue;
    }
    let last = isNumbered ? ordinal + 1 : i;
    while (last + 1 < tokens.length && (isNameWord(scan, last + 1) || isJoiner(tokens, last + 1))) last++;
    while (last > i && !isNameWord(scan, last)) last--;
    if (!isTitled && isNumberOfName(tokens, last)) last++;
    // "President of the Supreme Judicial Council Faiq Zaidan": a body's name run into a person's with no
    // comma between ends where the body's does, and the person's is a name of its own.
    for (let k = 1; k <= last - i - 1; k++) {
      if (isBodyName(lowerWords(tokens, i, i + k)) && areUncommonWords(tokens, i + k, last + 1)) {
        last = i + k - 1;
        break;
      }
    }
    // A letter alone ("T-shirts") is no name; initials count only inside a longer one, a letter with a
    // number is one ("I-75").
    if (last === i && !NAME_LETTERS.test(tokens[i]?.text ?? '')) {
      i = last + 1;
      continue;
    }
    // Where a title ends inside the run, the name starts: try every split, keep the last title found.
    const words = lowerWords(tokens, i, last + 1);
    let nameFirst = i;
    let title: string | null = null;
    let qualifiedTitle: string | null = null;
    // A person noun before a name that opens on the kind of place it names is no title: in "the
    // tourist Island of Qeshm" it describes the island.
    for (let k = words.length; k >= 1; k--) {
      const found = titleWithin(words.slice(0, k).filter((w) => w !== '-'));
      if (found && k === words.length && found.from > 0 && words.slice(0, found.from).every(mayLeadSurname)) break;
      // "Officer John Smith": a surname that is also an occupation, after a given name, is the name's end;
      // the title is further back.
      if (found && k === words.length && found.from > 1 && mayLeadSurname(words[found.from - 1] ?? '')) continue;
      // "John" before more of a name is that name's first word, though WordNet knows "a john".
      if (found && k < words.length && found.from === k - 1 && isGivenNameFirst(words[k - 1] ?? '')) continue;
      // A person noun before words that name a body is no title: "Communist Party", "Conservative Party".
      if (found && k < words.length && isBodyName(words.slice(k).filter((w) => w !== '-'))) break;
      if (found && opensOnPlaceKind(tokens, words, last, k)) break;
      if (found) {
        title = found.title;
        // "US President Joe Biden", "Iraqi President Barham Salih": the word before the title tells the two presidents apart.
        const titleWords = words.slice(0, k).filter((w) => w !== '-');
        if (found.from > 0) qualifiedTitle = `${titleWords[found.from - 1] ?? ''} ${found.title}`;
        nameFirst = i + k;
        break;
      }
    }
    // A title with "of" before the run: "Secretary of State Antony Blinken".
    if (tokens[i - 1]?.lower === 'of' && i >= 2) {
      for (let k = Math.min(words.length - 1, 3); k >= 1 && !title; k--) {
        for (let back = Math.max(0, i - 4); back <= i - 2; back++) {
          const phrase = [...lowerWords(tokens, back, i - 1), 'of', ...words.slice(0, k)].join(' ');
          if (tokens.slice(back, i - 1).every((t) => t.pos === 'PROPN' || t.pos === 'NOUN') && isPersonNoun(phrase)) {
            title = phrase;
            nameFirst = i + k;
            break;
          }
        }
      }
    }
    // A lower-case title just before the run: "spokesman Ned Price".
    // Whether the run opens on a kind of place is asked only once a title is found (most runs have none).
    if (!title && i > 0) {
      for (let back = Math.max(0, i - 3); back < i; back++) {
        if (!areNouns(tokens, back, i)) continue;
        const phrase = lowerWords(tokens, back, i).join(' ');
        if (isPersonNoun(phrase)) {
          if (opensOnPlaceKind(tokens, words, last, 0)) break;
          title = phrase;
          const qualifier = tokens[back - 1];
          // "On Monday President Ahmadi-Nejad": a day or a month before a title says when, not which.
          if (qualifier && (qualifier.pos === 'PROPN' || qualifier.pos === 'ADJ') && !CALENDAR_WORDS.test(qualifier.text)) qualifiedTitle = `${qualifier.lower} ${phrase}`;
          break;
        }
      }
    }
    const ofEnd = !isTitled && nameFirst <= last ? ofNameEnd(scan, nameFirst, last) : -1;
    if (ofEnd >= 0) last = ofEnd;
    const head = tokens[nameFirst];
    const tail = tokens[last];
    // A capitalised common word opening a sentence or headline ("Drone strike hits...") is not a name.
    // So is an adjective WordNet knows only as one ("Cowardly missiles and drones don't build nations").
    const isSentenceInitialWord = nameFirst === last && nameFirst === firstWord && !!head && ([head.lower, baseForm(head.lower, 'n'), baseForm(head.lower, 'v')].some((w) => !!w && isCommonWord(w)) || (isWord(head.lower, 'a') && !isWord(head.lower, 'n')));
    if (nameFirst <= last && head && tail && !isSentenceInitialWord) {
      const described = title === null && nameFirst === i ? descriptorBefore(tokens, i) : null;
      names.push({
        text: nameText(tokens, nameFirst, last),
        start: head.start,
        end: tail.end,
        first: nameFirst,
        last,
        title,
        qualifiedTitle,
        // Both fields on every mention, undefined without a descriptor, rather than spread in only
        // with one: mentions of two hidden classes made every reader of ctx.names compile again.
        descriptor: described?.descriptor,
        qualifiedDescriptor: described?.qualified,
      });
    } else if (title) {
      titles.push({ title, first: i, last });
    }
    i = last + 1;
  }
  return { names, titles };
}
