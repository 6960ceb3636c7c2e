// Groups name mentions into entities across spellings ("Kadhimi", "al-Kadhimi", "Al-Khadimi",
// "Kadhemi", "al Kazimi") and learns which title refers to whom ("the prime minister" -> Kadhimi).
// Mentions are blocked by a consonant skeleton of the surname, so no step compares all pairs.

import type { Entity, EntityType } from '../model.js';
import type { SentenceNames, SubjectRef } from './extract-claims.js';
import { baseForm, isCommonWord, isPersonName, isWord, personSenseKey, placeNameKeys, placeOfDemonym } from './lexicon.js';
import { isFormOfAddress } from './mentions.js';
import { hashId } from './ids.js';

const PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'bin', 'ibn', 'de', 'da', 'del', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'the']);
// Generational suffixes are not surnames: "Anthony LaCalamita III" is LaCalamita.
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);
// Particles some surnames carry joined to them: "LaCalamita", "DeSantis", "AlKadhimi".
const GLUED_PARTICLES = new Set(['la', 'le', 'de', 'di', 'da', 'du', 'del', 'della', 'al', 'el', 'van', 'von']);

/**
 * Lower-case name words without diacritics, particles or possessive: "Mustafa Al-Kadhimi's" -> [mustafa, kadhimi].
 * Initials written with points are one word, as outlets that drop the points write them: "U.S." is "us".
 */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (initials) => initials.replace(/\./g, ''))
    .split(/[\s\-‐.]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w !== '' && !PARTICLES.has(w))
    .filter((w, i, all) => !(i > 0 && i === all.length - 1 && SUFFIXES.has(w)))
    // Forms of address are not names, nor is what comes before them: "Troy Police Lt. Gerry Scherlinck" is Gerry Scherlinck.
    .filter((_w, i, all) => !all.slice(i, all.length - 1).some(isFormOfAddress));
}

/** Whether either of two name words has a digit: "102nd" and "112th" Precinct are two, however alike. */
function hasNumber(a: string, b: string): boolean {
  return /\d/.test(a) || /\d/.test(b);
}

/**
 * A name whose last word is two parts joined by a hyphen, written as one word: outlets write a
 * compound surname either way ("Mehdi iran-Nejad" / "Mehdi Irannejad", "Ahmadi-Nejad" /
 * "Ahmadinejad"). Not a particle ("al-Kadhimi" is Kadhimi), nor initials and their kind ("WDIV-TV",
 * "I-75"), nor a part too short to be a name of its own.
 */
function joinHyphenatedSurname(name: string): string {
  return name.replace(/(?<=^|\s)(\p{L}{3,})[-‐](\p{L}{3,})$/u, (whole, first: string, second: string) =>
    PARTICLES.has(first.toLowerCase()) || first === first.toUpperCase() ? whole : `${first}${second}`,
  );
}

/**
 * The words a name is clustered by: its name words, with "X of Y" turned to "Y X", as English also
 * writes it ("Ministry of Finance" is the "Finance Ministry", the "University of Tehran" "Tehran
 * University"), so that the head is last, where a surname is, and "Aden" is not taken for a short form
 * of the "Gulf of Aden".
 */
export function entityWords(name: string): string[] {
  const words = nameWords(joinHyphenatedSurname(name));
  const of = words.indexOf('of');
  return of > 0 && of < words.length - 1 ? [...words.slice(of + 1), ...words.slice(0, of)] : words;
}

/**
 * Whether two given names are spellings of one ("Karolos"/"Carolos", "Giannis"/"Yiannis",
 * "Ilias"/"Elias"): one letter apart, not at the end (so "Maria" and "Mario" stay two), and long
 * enough for one letter not to make another name; or one is the other's initial ("J." for "John",
 * "I-75" for "Interstate 75").
 */
function areGivenNamesAlike(a: string, b: string): boolean {
  if (a === b) return true;
  if (hasNumber(a, b)) return false;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  return surnameSkeleton(a) === surnameSkeleton(b) || (a.length >= 5 && b.length >= 5 && editDistance(a, b) === 1);
}

/**
 * Whether two middle words of names are one: spellings of one name, or one stem written shorter or
 * inflected ("S. Rich Hill" for "South Richmond Hill", "Central Elections Commission", "TallGrass
 * Distributors"): four letters in common at the start leave at most three of the shorter.
 */
function areMiddleWordsAlike(a: string, b: string): boolean {
  if (areGivenNamesAlike(a, b)) return true;
  if (hasNumber(a, b)) return false;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 4 && Math.min(a.length, b.length) - common <= 3;
}

/**
 * Whether the words between the first and the last of two names agree: those of the name with fewer
 * are, in order, alike some of the other's ("Robert J. Pickell" and "Robert Pickell", "New York City
 * Police Department" and "New York Police Department"), so "New York Police Department" and "New
 * Jersey Police Department", alike at both ends, stay two, as do "Taunton Crown Court" and "Taunton
 * Deane Magistrates Court".
 */
function areMiddleNamesAlike(a: string[], b: string[]): boolean {
  const [fewer, more] = a.length <= b.length ? [a.slice(1, -1), b.slice(1, -1)] : [b.slice(1, -1), a.slice(1, -1)];
  let at = 0;
  for (const word of fewer) {
    while (at < more.length && !areMiddleWordsAlike(word, more[at] ?? '')) at++;
    if (at === more.length) return false;
    at++;
  }
  return true;
}

/**
 * Whether a word written alone may be a person's given name: one WordNet does not know, or knows only
 * as a person's ("Michele", "Peter"); not a place ("Jamaica" of "Jamaica Hospital"), a nationality
 * ("Persian" of "Persian Gulf") or a common word ("Bay" of "Bay City").
 */
function isGivenNameAlone(word: string): boolean {
  return word.length >= 3 && !/\d/.test(word) && !isWord(word, 'a') && (!isWord(word, 'n') || isPersonName(word));
}

/**
 * Whether a cluster names a person: it has a title, or ends in a word that is no common noun, as a
 * surname ("Michele LaCalamita"), not a kind of thing ("Palmer Arts Council", "Malibu Rehab", "CNN
 * Center", whose first word is the place or the owner, not a given name).
 */
function isPersonLike(cluster: Cluster): boolean {
  const last = cluster.words[cluster.words.length - 1] ?? '';
  return cluster.titles.size > 0 || !isCommonWord(baseForm(last, 'n') ?? last);
}

/** The block keys of a surname: its skeleton, and that of the name under a glued particle ("LaCalamita"). */
function blockKeys(surname: string): string[] {
  const keys = [surnameSkeleton(surname)];
  for (const particle of GLUED_PARTICLES) {
    if (surname.startsWith(particle) && surname.length - particle.length >= 4) keys.push(surnameSkeleton(surname.slice(particle.length)));
  }
  return keys;
}

/** The letters an acronym of a name would take: "U.S. Geological Survey" -> "usgs", "Associated Press" -> "ap". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s\-‐]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(of|the|and|for)$/i.test(w))
    .map((w) => {
      const letters = w.replace(/[^\p{L}]/gu, '');
      // "U.S." and "US" give both their letters; a word gives its first.
      return /^(\p{Lu}\.?)+$/u.test(w) || (letters.length <= 3 && letters === letters.toUpperCase()) ? letters : letters.slice(0, 1);
    })
    .join('')
    .toLowerCase();
}

/** Whether a cluster's last word is written in capitals in one of its names, as initials are: "UN", "the UN". */
function isWrittenInCapitals(cluster: { surfaces: Map<string, number> }): boolean {
  for (const surface of cluster.surfaces.keys()) {
    const last = surface.split(/\s+/).pop() ?? '';
    if (isInitials(last)) return true;
  }
  return false;
}

/** Whether a word is initials: "US", "U.S.", "NYPD". */
function isInitials(word: string): boolean {
  return /^(\p{Lu}\.?){2,}$/u.test(word);
}

/**
 * Whether a name is another with a run of its words written as their initials: "US Geological Survey"
 * and "United States Geological Survey", "UN Security Council" and "United Nations Security Council".
 * Every other word must be the same, so initials that happen to fit other words ("US Open" and
 * "Universal Studios Open") need the rest of the name to agree too.
 */
export function isInitialledForm(short: string, long: string): boolean {
  const a = short.split(/[\s\-‐]+/).filter((w) => w !== '');
  const b = long.split(/[\s\-‐]+/).filter((w) => w !== '');
  const fold = (word: string): string => word.replace(/\./g, '').toLowerCase();
  let i = 0;
  let j = 0;
  let hasInitials = false;
  while (i < a.length && j < b.length) {
    const word = a[i] ?? '';
    if (fold(word) === fold(b[j] ?? '')) {
      i++;
      j++;
      continue;
    }
    const letters = word.replace(/\./g, '');
    const run = b.slice(j, j + letters.length);
    if (!isInitials(word) || run.length < letters.length || !run.every((w, k) => /^\p{Lu}/u.test(w) && w[0] === letters[k])) return false;
    i++;
    j += letters.length;
    hasInitials = true;
  }
  return hasInitials && i === a.length && j === b.length;
}

/**
 * A transliteration-tolerant key for a surname: digraphs folded (kh->k, dh->d), dental consonants
 * merged (d, t, z: Arabic dh/z spellings), b and v merged (Persian and Greek names are written with
 * either: "Alishbandi"/"Alishvandi", "Vasilis"/"Basilis"), vowels and h/w/y dropped, doubles collapsed.
 */
// Every mention is compared with every name of its block; the same few thousand words are folded over
// and over (27 s of a 16k-article build), so each word's skeleton is kept.
const skeletons = new Map<string, string>();

export function surnameSkeleton(word: string): string {
  const known = skeletons.get(word);
  if (known !== undefined) return known;
  const skeleton = foldSurname(word);
  skeletons.set(word, skeleton);
  return skeleton;
}

function foldSurname(word: string): string {
  const folded = word
    .replace(/([kgdtsp])h/g, '$1')
    .replace(/ck/g, 'k')
    // "Gaddafi" / "Qaddafi" / "Kadafi", "Ghasemi" / "Qasemi": one Arabic or Persian letter written g, q or k.
    .replace(/[qg]/g, 'k')
    .replace(/[tz]/g, 'd')
    .replace(/v/g, 'b');
  const head = folded[0] ?? '';
  const rest = folded.slice(1).replace(/[aeiouyhw]/g, '');
  return (head + rest).replace(/(.)\1+/g, '$1');
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * Keys under which to index a surname so that any two alike surnames (areSurnamesAlike) share one:
 * the skeleton, and the name under a glued particle ("LaCalamita" and "Calamita" share "calamita").
 */
export function surnameKeys(surname: string): string[] {
  const keys = [surnameSkeleton(surname), `+${surname}`];
  for (const particle of GLUED_PARTICLES) if (surname.startsWith(particle) && surname.length - particle.length >= 4) keys.push(`+${surname.slice(particle.length)}`);
  return keys;
}

/** Whether two surname spellings can be one name: same skeleton and close in spelling. */
export function areSurnamesAlike(a: string, b: string): boolean {
  if (a === b) return true;
  if (hasNumber(a, b)) return false;
  // "LaCalamita" and "Calamita", "DeSantis" and "Santis": a particle written onto the name.
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  if (shorter.length >= 4 && longer.endsWith(shorter) && GLUED_PARTICLES.has(longer.slice(0, longer.length - shorter.length))) return true;
  // Spellings of one name differ inside it; a name with a syllable or a name added at its end is
  // another ("Ahmadi" / "Ahmadinejad", "Klitschko" / "Klitschko-Haye"), though the skeleton drops the
  // vowels and h that tell them apart.
  if (longer.startsWith(shorter) && longer.length - shorter.length >= 3) return false;
  if (a.length < 4 || b.length < 4 || surnameSkeleton(a) !== surnameSkeleton(b)) return false;
  return editDistance(a, b) <= Math.max(1, Math.floor(0.35 * Math.max(a.length, b.length)));
}

/** A title reduced to its first WordNet sense, so "PM" and "prime minister" are one title. */
function titleKey(title: string): string {
  return personSenseKey(title) ?? title;
}

interface Cluster {
  words: string[];
  surfaces: Map<string, number>;
  titles: Map<string, number>;
  mentions: number;
}

export interface EntityIndex {
  entities: Entity[];
  /** Entity id for a name as written, or null. */
  entityForName(name: string): string | null;
  /** Entity id for a title ("prime minister", "pm"), or null when none or ambiguous. */
  entityForTitle(words: string[]): string | null;
  isPerson(entityId: string): boolean;
}

// Words outlets drop after a name when the rest is clear: "Qeshm" for "Qeshm Island", "Marfin" for
// "Marfin Bank", "WDIV" for "WDIV-TV". A kind of place that is a name of its own ("Kansas City",
// "Baghdad Airport") is not one of them.
const ELIDED_HEADS = new Set(['island', 'islands', 'bank', 'tv', 'radio', 'service', 'services', 'group', 'company', 'co', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc', 'party', 'agency']);

// Two-word tails outlets drop after a name: "Jamaica Hospital Medical Center" is "Jamaica Hospital".
const ELIDED_TAILS = new Set(['medical center', 'medical centre', 'health center', 'health centre']);

// Words that make another place of a name: "South Richmond Hill" is not Richmond Hill, nor "New York" York.
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'new', 'old', 'greater', 'little']);

/** Moves one cluster's mentions into another's, which names the entity from then on. */
function mergeCluster(from: Cluster, into: Cluster, mergedInto: Map<Cluster, Cluster>): void {
  for (const [surface, n] of from.surfaces) into.surfaces.set(surface, (into.surfaces.get(surface) ?? 0) + n);
  for (const [title, n] of from.titles) into.titles.set(title, (into.titles.get(title) ?? 0) + n);
  into.mentions += from.mentions;
  mergedInto.set(from, into);
}

/**
 * Clusters named by two of a place's one-word names in WordNet ("Thessaloniki", "Salonika"; "Burma",
 * "Myanmar"): one entity, named as the most mentioned. No person is a place (a cluster with a title
 * is left alone).
 */
function joinPlaceSynonyms(clusters: Cluster[], mergedInto: Map<Cluster, Cluster>): void {
  const byPlace = new Map<string, Cluster>();
  // One-word names only: WordNet also lists nicknames ("Last Frontier" for Alaska, "Big Apple").
  const ranked = clusters.filter((c) => c.titles.size === 0 && c.words.length === 1).sort((a, b) => b.mentions - a.mentions);
  for (const cluster of ranked) {
    let surface = '';
    let most = 0;
    for (const [written, n] of cluster.surfaces) if (n > most) [surface, most] = [written, n];
    const keys = surface.includes(' ') ? [] : placeNameKeys(surface);
    const into = keys.map((key) => byPlace.get(key)).find((c) => c !== undefined);
    if (into && into !== cluster) {
      mergeCluster(cluster, into, mergedInto);
      continue;
    }
    for (const key of keys) if (!byPlace.has(key)) byPlace.set(key, cluster);
  }
}

/**
 * Clusters whose name is another's with some words written as initials ("US Geological Survey",
 * "United States Geological Survey"), when exactly one other fits. Blocked by the initials of the
 * whole name, which both forms share ("usgs"), so no step compares all pairs.
 */
function joinInitialledForms(clusters: Cluster[], mergedInto: Map<Cluster, Cluster>): void {
  const byInitials = new Map<string, Set<Cluster>>();
  for (const cluster of clusters) {
    if (cluster.words.length < 2) continue;
    for (const surface of cluster.surfaces.keys()) {
      const initials = initialsOf(surface);
      byInitials.set(initials, (byInitials.get(initials) ?? new Set<Cluster>()).add(cluster));
    }
  }
  const hasInitialsAmongWords = (surface: string): boolean => {
    const words = surface.split(/[\s\-‐]+/);
    return words.length >= 2 && words.some(isInitials);
  };
  for (const cluster of clusters) {
    if (mergedInto.has(cluster)) continue;
    const short = [...cluster.surfaces.keys()].filter(hasInitialsAmongWords);
    const longer = new Set<Cluster>();
    for (const surface of short) {
      for (const other of byInitials.get(initialsOf(surface)) ?? []) {
        if (other !== cluster && !mergedInto.has(other) && [...other.surfaces.keys()].some((long) => isInitialledForm(surface, long))) longer.add(other);
      }
    }
    const [other] = longer;
    // A form two names could spell out is left alone.
    if (longer.size !== 1 || !other) continue;
    const [from, into] = cluster.mentions > other.mentions ? [other, cluster] : [cluster, other];
    mergeCluster(from, into, mergedInto);
  }
}

/**
 * Clusters that are a shorter form of exactly one other: a name of two or more words that ends another
 * ("Stolt Valor" / "MV Stolt Valor", "Beaumont Hospital" / "Royal Oak Beaumont Hospital"), unless a
 * direction leads the longer ("South Richmond Hill"), or a name that another extends by an elided head
 * ("Qeshm" / "Qeshm Island"). A short form two names could extend is left alone. Every spelling of a
 * cluster is extended, not only the one it was made from: "Marfin" is short for the "Marfin Bank" of
 * a cluster first met as "Marfin Investment Bank". Indexed by the suffixes and prefixes of each
 * spelling, so no step compares all pairs.
 */
function joinShortForms(clusters: Cluster[], mergedInto: Map<Cluster, Cluster>): void {
  const longer = new Map<string, Set<Cluster>>();
  const note = (key: string, cluster: Cluster): void => {
    const set = longer.get(key) ?? new Set<Cluster>();
    set.add(cluster);
    longer.set(key, set);
  };
  for (const cluster of clusters) {
    for (const surface of cluster.surfaces.keys()) {
      const spelling = entityWords(surface);
      for (let from = 1; from <= spelling.length - 2; from++) {
        if (spelling.slice(0, from).some((w) => DIRECTIONS.has(w))) continue;
        note(spelling.slice(from).join(' '), cluster);
      }
      // "Qeshm Island" is "Qeshm", but the "Bank of England" is not "England": a head put last by
      // entityWords was written first, and the name after "of" is a place or a body of its own.
      const isReordered = nameWords(joinHyphenatedSurname(surface)).includes('of');
      if (!isReordered && spelling.length >= 2 && ELIDED_HEADS.has(spelling[spelling.length - 1] ?? '')) note(spelling.slice(0, -1).join(' '), cluster);
      // "Jamaica Hospital Medical Center" is "Jamaica Hospital": a two-word tail outlets drop.
      const tail = spelling.slice(-2).join(' ');
      if (!isReordered && spelling.length >= 4 && ELIDED_TAILS.has(tail)) note(spelling.slice(0, -2).join(' '), cluster);
    }
  }
  for (const cluster of clusters) {
    const containers = [...(longer.get(cluster.words.join(' ')) ?? [])].filter((c) => c !== cluster);
    const container = containers[0];
    if (containers.length !== 1 || !container || mergedInto.has(container) || mergedInto.has(cluster)) continue;
    // The form written more often names the entity: "Hasim Rahman", not "American Hasim Rahman".
    const [from, into] = cluster.mentions > container.mentions ? [container, cluster] : [cluster, container];
    mergeCluster(from, into, mergedInto);
  }
}

/** Mentions of a descriptor before one entity's name it takes to read the bare descriptor as that entity. */
const MIN_DESCRIPTOR_VOTES = 2;

export function resolveEntities(sentences: SentenceNames[]): EntityIndex {
  // Block by surname skeleton; inside a block, full names split by first name, bare surnames join.
  const blocks = new Map<string, Cluster[]>();
  const bare: Array<{ words: string[]; sourceKey: string; surface: string; title: string | null; qualifiedTitle: string | null }> = [];
  // Within a block every cluster's surname has the block's skeleton, but a mention must still be
  // compared with each surname and each first name. Clusters are indexed by surname (and, within it,
  // by first-name skeleton), each mention's surname remembers which of its block's surnames are alike
  // (checking only surnames added since), and each surname keeps its most mentioned cluster, so the
  // work grows with the distinct names of a block, not with its mentions times its clusters.
  interface Surname {
    /** Its clusters in block order, those of one word, and those by first-name skeleton. */
    all: Cluster[];
    oneWord: Cluster[];
    byFirstName: Map<string, Cluster[]>;
    /** The most mentioned, the first in block order on a tie. */
    best: Cluster;
  }
  const positions = new Map<Cluster, number>();
  const surnameOf = new Map<Cluster, Surname>();
  const surnamesOfBlock = new Map<string, { surnames: string[]; bySurname: Map<string, Surname> }>();
  const alikeSurnames = new Map<string, { checked: number; alike: Surname[] }>();
  const isBefore = (a: Cluster, b: Cluster): boolean => a.mentions > b.mentions || (a.mentions === b.mentions && (positions.get(a) ?? 0) < (positions.get(b) ?? 0));
  const add = (cluster: Cluster, surface: string, title: string | null, qualifiedTitle: string | null = null): void => {
    cluster.surfaces.set(surface, (cluster.surfaces.get(surface) ?? 0) + 1);
    if (title) cluster.titles.set(title, (cluster.titles.get(title) ?? 0) + 1);
    if (qualifiedTitle) cluster.titles.set(qualifiedTitle, (cluster.titles.get(qualifiedTitle) ?? 0) + 1);
    cluster.mentions++;
    const surname = surnameOf.get(cluster);
    if (surname && isBefore(cluster, surname.best)) surname.best = cluster;
  };
  const addToBlock = (key: string, cluster: Cluster): void => {
    const block = blocks.get(key) ?? [];
    if (block.length === 0) blocks.set(key, block);
    positions.set(cluster, block.length);
    block.push(cluster);
    const index = surnamesOfBlock.get(key) ?? { surnames: [], bySurname: new Map<string, Surname>() };
    surnamesOfBlock.set(key, index);
    const word = cluster.words[cluster.words.length - 1] ?? '';
    let surname = index.bySurname.get(word);
    if (!surname) {
      surname = { all: [], oneWord: [], byFirstName: new Map(), best: cluster };
      index.bySurname.set(word, surname);
      index.surnames.push(word);
    }
    surnameOf.set(cluster, surname);
    surname.all.push(cluster);
    if (cluster.words.length === 1) surname.oneWord.push(cluster);
    else {
      const first = surnameSkeleton(cluster.words[0] ?? '');
      const same = surname.byFirstName.get(first);
      if (same) same.push(cluster);
      else surname.byFirstName.set(first, [cluster]);
    }
    if (isBefore(cluster, surname.best)) surname.best = cluster;
  };
  /**
   * The surnames alike a surname (areSurnamesAlike) in the blocks of its keys (its skeleton, and that of
   * the name under a glued particle), in block order.
   */
  const alikeTo = (word: string): Surname[] => {
    const alike: Surname[] = [];
    for (const key of blockKeys(word)) {
      const index = surnamesOfBlock.get(key);
      if (!index) continue;
      const known = alikeSurnames.get(`${key}|${word}`) ?? { checked: 0, alike: [] };
      alikeSurnames.set(`${key}|${word}`, known);
      for (; known.checked < index.surnames.length; known.checked++) {
        const other = index.surnames[known.checked] ?? '';
        const surname = index.bySurname.get(other);
        if (surname && areSurnamesAlike(word, other)) known.alike.push(surname);
      }
      for (const surname of known.alike) if (!alike.includes(surname)) alike.push(surname);
    }
    return alike;
  };
  /** The first cluster in block order among lists each in block order. */
  const firstOf = (lists: Array<Cluster[] | undefined>): Cluster | null => {
    let first: Cluster | null = null;
    for (const list of lists) {
      const head = list?.[0];
      if (head && (!first || (positions.get(head) ?? 0) < (positions.get(first) ?? 0))) first = head;
    }
    return first;
  };
  // The first cluster in block order with an alike surname and, when both have one, an alike given name.
  const findCluster = (words: string[]): Cluster | null => {
    const alike = alikeTo(words[words.length - 1] ?? '');
    if (words.length === 1) return firstOf(alike.map((s) => s.all));
    const first = words[0] ?? '';
    return firstOf(alike.flatMap((s) => [s.oneWord, ...[...s.byFirstName.values()].map((list) => list.filter((c) => areGivenNamesAlike(first, c.words[0] ?? '') && areMiddleNamesAlike(words, c.words)))]));
  };
  // Full names first, so that bare surnames can join the person they abbreviate.
  // Each name's words once: a name is mentioned again and again (48,320 mentions of 8,379 names in the
  // 1,683 FNC-1 bodies), and read again for its entity's spellings and each lookup. The lists are shared,
  // and never changed.
  const wordsOfName = new Map<string, string[]>();
  const wordsOf = (name: string): string[] => {
    let words = wordsOfName.get(name);
    if (!words) wordsOfName.set(name, (words = entityWords(name)));
    return words;
  };
  // Each mention's words once: the sort's comparator used to split both names on every comparison.
  const withWords = sentences.flatMap((s) => s.names.map((mention) => ({ mention, sourceKey: s.sourceKey, words: wordsOf(mention.text) })));
  // The clusters of each article's full names by their first word, for a given name written alone.
  const byGivenName = new Map<string, Set<Cluster>>();
  for (const { mention, sourceKey, words } of withWords.sort((a, b) => b.words.length - a.words.length)) {
    if (words.length === 0) continue;
    if (words.length === 1) {
      bare.push({ words, sourceKey, surface: mention.text, title: mention.title, qualifiedTitle: mention.qualifiedTitle ?? null });
      continue;
    }
    let cluster = findCluster(words);
    if (!cluster) {
      cluster = { words, surfaces: new Map(), titles: new Map(), mentions: 0 };
      for (const key of blockKeys(words[words.length - 1] ?? '')) addToBlock(key, cluster);
    }
    add(cluster, mention.text, mention.title, mention.qualifiedTitle ?? null);
    const given = `${sourceKey}\u0000${words[0] ?? ''}`;
    byGivenName.set(given, (byGivenName.get(given) ?? new Set<Cluster>()).add(cluster));
  }
  // "USGS", "AP", "IMF": an acronym joins the name whose initials it is ("U.S. Geological Survey").
  const byInitials = new Map<string, Cluster>();
  for (const cluster of new Set([...blocks.values()].flat())) {
    for (const surface of cluster.surfaces.keys()) {
      const initials = initialsOf(surface);
      if (initials.length >= 2 && !byInitials.has(initials)) byInitials.set(initials, cluster);
    }
  }
  for (const { words, sourceKey, surface, title, qualifiedTitle } of bare) {
    // The most mentioned alike cluster, the first in block order on a tie. (A one-word cluster equal
    // to the word is alike it.)
    // Initials that are some name's ("UN" of "United Nations") are no surname written in small letters
    // ("Kim Jong Un"); capitals that are no name's initials are a headline's way of writing ("RED SOX").
    const initialled = /^(\p{Lu}\.?){2,6}$/u.test(surface) ? byInitials.get(surface.replace(/\./g, '').toLowerCase()) : undefined;
    let best: Cluster | undefined;
    for (const surname of alikeTo(words[0] ?? '')) if ((!best || isBefore(surname.best, best)) && (!initialled || isWrittenInCapitals(surname.best))) best = surname.best;
    best ??= initialled;
    // "Michele" in an article that names "Michele LaCalamita" and no other Michele.
    const [sameGivenName, ...others] = byGivenName.get(`${sourceKey}\u0000${words[0] ?? ''}`) ?? [];
    if (!best && sameGivenName && others.length === 0 && !isInitials(surface) && isGivenNameAlone(words[0] ?? '') && isPersonLike(sameGivenName)) best = sameGivenName;
    if (best) add(best, surface, title, qualifiedTitle);
    else {
      const cluster: Cluster = { words, surfaces: new Map(), titles: new Map(), mentions: 0 };
      add(cluster, surface, title, qualifiedTitle);
      addToBlock(surnameSkeleton(words[0] ?? ''), cluster);
    }
  }

  // "US Geological Survey" for "United States Geological Survey", "Stolt Valor" for "MV Stolt Valor",
  // "Qeshm" for "Qeshm Island": one entity each.
  const clusters = [...new Set([...blocks.values()].flat())];
  const mergedInto = new Map<Cluster, Cluster>();
  joinInitialledForms(clusters, mergedInto);
  joinShortForms(clusters.filter((c) => !mergedInto.has(c)), mergedInto);
  joinPlaceSynonyms(clusters.filter((c) => !mergedInto.has(c)), mergedInto);
  const finalOf = (cluster: Cluster): Cluster => {
    let at = cluster;
    for (let next = mergedInto.get(at); next; next = mergedInto.get(at)) at = next;
    return at;
  };

  const entities: Entity[] = [];
  const idByWords = new Map<string, string>();
  const titleVotes = new Map<string, Map<string, number>>();
  const persons = new Set<string>();
  for (const cluster of new Set([...blocks.values()].flat())) {
    if (mergedInto.has(cluster)) continue;
    const surfaces = [...cluster.surfaces.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]));
    const name = surfaces.find(([s]) => wordsOf(s).length === cluster.words.length)?.[0] ?? surfaces[0]?.[0] ?? cluster.words.join(' ');
    const id = hashId('E', cluster.words.join(' '));
    const type: EntityType = cluster.titles.size > 0 ? 'PERSON' : 'OTHER';
    if (type === 'PERSON') persons.add(id);
    entities.push({ id, name, type, aliases: [...new Set([...cluster.surfaces.keys(), ...cluster.titles.keys()])].sort(), mentions: cluster.mentions });
    for (const surface of cluster.surfaces.keys()) idByWords.set(wordsOf(surface).join(' '), id);
    for (const [title, count] of cluster.titles) {
      const votes = titleVotes.get(titleKey(title)) ?? new Map<string, number>();
      votes.set(id, (votes.get(id) ?? 0) + count);
      titleVotes.set(titleKey(title), votes);
    }
  }
  const byTitle = new Map<string, string>();
  for (const [key, votes] of titleVotes) {
    const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
    // A title names one person only when one person clearly holds it in these articles.
    if (ranked[0] && (!ranked[1] || ranked[0][1] > ranked[1][1])) byTitle.set(key, ranked[0][0]);
  }
  // "the destroyer INS Mysore" twice: "the destroyer" is INS Mysore, when one entity clearly holds the
  // word and it is no person's title. A word met once before a name says too little.
  const descriptorVotes = new Map<string, Map<string, number>>();
  // The countries each entity's titles and descriptors name ("Indian ship INS Tabar": indian).
  const demonymsOf = new Map<string, Set<string>>();
  const noteDemonym = (id: string, qualified: string | null | undefined): void => {
    const first = qualified?.split(' ')[0] ?? '';
    if (qualified && qualified.includes(' ') && isDemonym(first)) demonymsOf.set(id, (demonymsOf.get(id) ?? new Set()).add(first));
  };
  for (const { mention, words } of withWords) {
    const known = idByWords.get(words.join(' '));
    if (known) {
      noteDemonym(known, mention.qualifiedTitle);
      noteDemonym(known, mention.qualifiedDescriptor);
    }
    if (!mention.descriptor) continue;
    const id = idByWords.get(words.join(' '));
    if (!id) continue;
    for (const key of [mention.descriptor, mention.qualifiedDescriptor ?? null]) {
      if (!key || titleVotes.has(titleKey(key))) continue;
      const votes = descriptorVotes.get(key) ?? new Map<string, number>();
      votes.set(id, (votes.get(id) ?? 0) + 1);
      descriptorVotes.set(key, votes);
    }
  }
  for (const [key, votes] of descriptorVotes) {
    const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked[0] && ranked[0][1] >= MIN_DESCRIPTOR_VOTES && (!ranked[1] || ranked[0][1] > 2 * ranked[1][1])) byTitle.set(key, ranked[0][0]);
  }
  entities.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));

  return {
    entities,
    entityForName(name) {
      const words = wordsOf(name);
      const direct = idByWords.get(words.join(' '));
      if (direct) return direct;
      const cluster = words.length > 0 ? findCluster(words) : null;
      return cluster ? hashId('E', finalOf(cluster).words.join(' ')) : null;
    },
    entityForTitle(words) {
      for (let from = 0; from < words.length; from++) {
        const found = byTitle.get(titleKey(words.slice(from).join(' ')));
        // "The German frigate" is not the frigate the articles call Indian ("Indian ship INS Tabar"):
        // a demonym left out of the title must not be another country the entity is named with.
        const left = from > 0 ? (words[from - 1] ?? '') : '';
        const countries = found ? demonymsOf.get(found) : undefined;
        if (found && countries && isDemonym(left) && !countries.has(left)) return null;
        if (found) return found;
      }
      return null;
    },
    isPerson: (id) => persons.has(id),
  };
}

/** Whether a lower-case word is a demonym ("german", "iraqi"): a country's adjective in WordNet. */
function isDemonym(word: string): boolean {
  return word.length > 1 && placeOfDemonym(`${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`) !== null;
}

/** What a subject reference points at: an entity id, a common noun ("~guard"), or null. */
export function resolveSubject(ref: SubjectRef | null, index: EntityIndex, fallbackPerson: string | null): string | null {
  if (!ref) return null;
  if (ref.kind === 'name') return index.entityForName(ref.text);
  if (ref.kind === 'pronoun') return fallbackPerson;
  return index.entityForTitle(ref.words) ?? `~${ref.lemma}`;
}
