// Reads claims out of analysed sentences: counts ("seven guards were injured"), times of events
// ("attack ... early Sunday") and assertions with polarity ("the prime minister was not hurt").
// Subjects are kept as references (a name, a title, a pronoun, a noun); resolve-entities binds them.

import type { Source, FactKind, ClaimValue, TimeValue } from '../model.js';
import { copyToken, lowerWords, type Token } from './nlp.js';
import type { SourceSentence } from './segment.js';
import { readSentence, isReportingVerb, makeClause, type Clause } from './attribution.js';
import { findNames, isTitleCase, type NameMention } from './mentions.js';
import { parseNumber, boundsFor, isScaleWord, type Bounds } from './numbers.js';
import { dayOf, findTimes, pastEpisode } from './times.js';
import { baseForm, colourOf, isGivenNameFirst, isKindOf, isOnlyTransitiveVerb, isTimeSpanNoun, isTransitiveVerb, isAgentNoun, isBodilyVerb, isCommonWord, isEventNoun, isLightVerb, isPersonFirst, isPersonNoun, isPlaceName, isPlaceNoun, isKindOfGun, placeOfDemonym, isRankTitle, isVehicleNoun, isWord, pastParticiple, senseKeys, verbOfNoun, verbOfParticiple } from './lexicon.js';
import { eventTypeOf } from './event-types.js';

export type SubjectRef =
  | { kind: 'name'; text: string; mention: NameMention }
  /** `start`: where the pronoun is written, so that a name before it in its own sentence may be its referent. */
  | { kind: 'pronoun'; text: string; person: 'first' | 'third'; start?: number }
  /** A common noun phrase; `words` (lower case, no determiners) may still turn out to be a title. */
  | { kind: 'noun'; text: string; lemma: string; words: string[]; isAnother?: boolean; isIndefinite?: boolean };

export interface ClaimDraft {
  sourceKey: string;
  sentenceIndex: number;
  start: number;
  end: number;
  attribution: { text: string; start: number; end: number } | null;
  speaker: SubjectRef | null;
  isAnonymous: boolean;
  isHedged: boolean;
  isNegated: boolean;
  kind: FactKind;
  subject: SubjectRef | null;
  /** Lemma of the predicate (or of the event, for times). */
  predicate: string;
  /** The predicate as written, with its auxiliaries: "were injured", "escaped unharmed". */
  predicateText: string;
  object: string | null;
  /** Modifiers that narrow the counted thing ("somali"), part of what the question is about. */
  objectKind?: string | null;
  objectText: string | null;
  /** The preposition before a prepositional object ("with" in "spoke with Kadhimi"), for statements. */
  objectPreposition?: string;
  /** What the predicate makes of its object, for statements: "as potentially suspicious". */
  complement?: string;
  /** Where a pronoun object is written ("struck her"), for buildClaims to find whom it refers to. */
  objectAt?: number;
  /** A count that is its active verb's subject ("three gunmen attacked"), not what befell ("attacked three"). */
  countsSubject?: boolean;
  value: ClaimValue;
  certainty: number;
  /** The earlier episode its clause dates it to ("2005-09"), or null for the article's present. */
  episode: string | null;
  /**
   * The named place a count is of, as written ("Thessaloniki" in "in Thessaloniki, 20,000 people
   * marched"): a place few of the cluster's sources name makes the count another question (buildClaims).
   */
  scope?: string;
}

export interface SentenceNames {
  sourceKey: string;
  sentenceIndex: number;
  names: NameMention[];
}

const COPULAS = new Set(['be', 'become', 'remain', 'seem', 'appear', 'stay', 'look', 'feel', 'get']);
// Verbs that take a state of their subject as complement: "escaped unharmed", "emerged unscathed".
const DEPICTIVE = new Set(['escape', 'survive', 'emerge', 'remain', 'stay', 'return', 'walk', 'come']);
const NEGATORS = new Set(['not', "n't", 'never', 'no']);
// Auxiliaries that make a clause a possibility, a wish or a forecast rather than a report of fact.
const MODALS = new Set(['could', 'would', 'should', 'might', 'may', 'can', 'will', "'ll", 'must', 'wo', 'ca', 'shall']);
const CONDITIONALS = new Set(['if', 'unless', 'whether']);
// -ing forms that work as prepositions ("said on Twitter following the attack"), not as predicates.
const PREPOSITIONAL_PARTICIPLES = new Set(['following', 'including', 'according', 'regarding', 'concerning', 'excluding', 'considering', 'pending', 'during', 'notwithstanding']);
const PERSONAL_FIRST = new Set(['i', 'we']);
// "They" is left unresolved: it rarely points at the single person last named.
const PERSONAL_THIRD = new Set(['he', 'she']);
// A count of "other" or "more" things is a different subset or an increment, not a rival total.
const SUBSET_WORDS = new Set(['other', 'another', 'more', 'additional', 'further', 'extra']);
// Words that make a count an addition to another: "another 20,000", "a further 12", "an additional 30".
const INCREMENT_WORDS = new Set(['another', 'additional', 'further']);
// Words between a verb and the count it governs: "killed at least seven", "injuring more than 20".
const BOUND_WORDS = new Set(['at', 'least', 'most', 'more', 'less', 'fewer', 'than', 'about', 'around', 'some', 'nearly', 'almost', 'up', 'to', 'over', 'roughly', 'approximately', 'an', 'estimated', 'the', 'a', 'all']);
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART', 'PRON']);

/**
 * The first index at or after `from` whose token passes `test`, or tokens.length. The loops of the
 * claim readers below pass over the tokens they have nothing to do with in the loop's head, not with
 * a continue at the top of its body: closures in the body capture the body's variables, so V8 made
 * their scope at the top of every pass, for every token of every clause (a loop of 1,000 items with
 * an early continue before such a closure: 184 ms for 20,000 rounds, against 30 ms without).
 */
function nextWhere(tokens: Token[], from: number, test: (token: Token, at: number) => boolean): number {
  let at = from;
  while (at < tokens.length && !test(tokens[at] as Token, at)) at++;
  return at;
}

/**
 * Appends `items` to `claims`. extractClaims hands on the drafts of sixteen readers for every clause,
 * most of them none: push(...items) made a call with spread arguments each time.
 */
function pushAll(claims: ClaimDraft[], items: readonly ClaimDraft[]): void {
  for (let k = 0; k < items.length; k++) claims.push(items[k] as ClaimDraft);
}

function textOf(tokens: Token[], text: string): string {
  const head = tokens[0];
  const tail = tokens[tokens.length - 1];
  return head && tail ? text.slice(head.start, tail.end) : '';
}

const PARTICLES = new Set(['in', 'up', 'down', 'out', 'off', 'over', 'away', 'back', 'on']);

/**
 * The predicate's dictionary form and whether a negative prefix reversed it ("unharmed" -> harm, negated).
 * A phrasal verb keeps its particle when WordNet knows the pair: "caved in" -> "cave_in".
 */
function predicateLemma(token: Token, next?: Token): { lemma: string; isReversed: boolean } {
  if (token.pos === 'VERB' && next && PARTICLES.has(next.lower)) {
    const verb = baseForm(token.lower, 'v') ?? token.lemma;
    if (isWord(`${verb}_${next.lower}`, 'v')) return { lemma: `${verb}_${next.lower}`, isReversed: false };
  }
  const lower = token.lower;
  if (token.pos === 'ADJ') {
    for (const prefix of ['un', 'non-', 'non']) {
      if (lower.startsWith(prefix) && lower.length > prefix.length + 3) {
        const rest = lower.slice(prefix.length);
        const verb = baseForm(rest, 'v');
        if (verb) return { lemma: verb, isReversed: true };
        if (isWord(rest, 'a')) return { lemma: rest, isReversed: true };
      }
    }
    // A past participle used as an adjective ("injured") is matched as its verb.
    if (/(ed|en)$/.test(lower)) {
      const verb = baseForm(lower, 'v');
      if (verb) return { lemma: verb, isReversed: false };
    }
    return { lemma: lower, isReversed: false };
  }
  // wink's lemma first when it is a verb: "found" is "find" in news far more often than "to found".
  if (token.pos === 'VERB' && token.lemma !== lower && isWord(token.lemma, 'v')) return { lemma: token.lemma, isReversed: false };
  return { lemma: baseForm(lower, 'v') ?? token.lemma, isReversed: false };
}

/** Longest apposition a subject may carry between commas: "a 59-year-old grandmother of three". */
const APPOSITION_MAX = 8;

/**
 * Index of the comma that opens the appositions closed by the comma at `close`, or -1: the words
 * between hold no verb, auxiliary or clause word, and a noun or name stands before that comma. Chained
 * appositions ("Subryan, 23, of Schenectady,") are stepped over to the nearest noun or name.
 */
function appositionStart(tokens: Token[], close: number): number {
  let isJoined = false;
  for (let k = close - 1; k >= 0 && k >= close - 1 - 2 * APPOSITION_MAX; k--) {
    const t = tokens[k];
    if (!t) return -1;
    if (t.text === ',') {
      if (k === close - 1) return -1;
      // Nouns joined by "and" make an apposition only as one noun phrase after its article ("a former
      // instructor and researcher"), not as the end of a list ("assault, robbery and burglary").
      if (isJoined && tokens[k + 1]?.pos !== 'DET') return -1;
      const before = tokens[k - 1];
      if (before && (before.pos === 'NOUN' || before.pos === 'PROPN')) return k;
      continue;
    }
    const isJoinedNouns = t.pos === 'CCONJ' && tokens[k - 1]?.pos === 'NOUN' && (tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'ADJ');
    if (isJoinedNouns) isJoined = true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'CCONJ' && !isJoinedNouns) || (t.pos === 'PRON' && /^(who|which|that|whom|whose)$/.test(t.lower)) || (t.pos === 'PUNCT' && t.text !== '-')) return -1;
  }
  return -1;
}

// Nouns that give an amount of what their "of" phrase names: the phrase names the subject.
const AMOUNT_NOUNS = new Set(['dozens', 'dozen', 'scores', 'hundreds', 'thousands', 'tens', 'millions', 'number', 'lot', 'lots', 'couple', 'handful', 'majority', 'minority', 'most', 'many', 'some', 'all', 'none', 'several', 'few', 'rest', 'remainder', 'half', 'group', 'crowd', 'crowds']);

// Prepositions whose phrase describes the noun before it: "the house of X", "a store in Surrey".
const SUBJECT_MODIFIER_PREPOSITIONS = new Set(['of', 'in', 'at', 'near', 'on', 'from', 'outside', 'inside', 'off', 'with']);

// The longest aside between dashes a subject is looked for past.
const ASIDE_MAX = 30;

/** A dash that opens or closes an aside: a long dash, or a hyphen or double hyphen with spaces around it. */
function isAsideDash(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t) return false;
  if (t.text === '–' || t.text === '—' || t.text === '--') return true;
  return t.text === '-' && (tokens[at - 1]?.end ?? -1) < t.start && (tokens[at + 1]?.start ?? Infinity) > t.end;
}

/** The subject noun phrase that ends just before index `at` (exclusive), as a reference. */
function subjectBefore(tokens: Token[], at: number, names: NameMention[], text: string): SubjectRef | null {
  let end = at - 1;
  while (end >= 0) {
    const t = tokens[end];
    if (!t) break;
    if (t.pos === 'AUX' || t.pos === 'ADV' || NEGATORS.has(t.lower) || /sel(f|ves)$/.test(t.lower)) end--;
    // "Sixty residents had to be evacuated": a past necessity that was met; its subject is before "had to".
    else if (t.lower === 'to' && tokens[end - 1]?.lower === 'had') end -= 2;
    else if ((t.entityType === 'DATE' || t.entityType === 'TIME') && end > 0) {
      // "Blinken on Tuesday condemned": step over the time phrase to reach the subject.
      while (end >= 0 && (tokens[end]?.entityType === 'DATE' || tokens[end]?.entityType === 'TIME')) end--;
      if (tokens[end]?.pos === 'ADP') end--;
    } else if (isAsideDash(tokens, end) && end > 1) {
      // "where Chohan – an immigrant from India who leaves behind a husband – died later that night":
      // the subject is before the aside between dashes, whatever the aside holds.
      // ("Charlene - - holding a picture - - sobbed": a dash written as two hyphens is one.)
      const isDouble = (k: number): boolean => t.text === '-' && tokens[k - 1]?.text === '-' && isAsideDash(tokens, k - 1);
      const close = isDouble(end) ? end - 1 : end;
      let open = close - 1;
      while (open > 0 && end - open <= ASIDE_MAX && !(isAsideDash(tokens, open) && tokens[open]?.text === t.text)) open--;
      if (isDouble(open)) open--;
      if (open < 1 || open >= close - 1 || !isAsideDash(tokens, open) || tokens[open]?.text !== t.text || (tokens[open - 1]?.pos !== 'NOUN' && tokens[open - 1]?.pos !== 'PROPN')) break;
      // A verb's object before the aside is no subject: "The man who shot the clerk -- a 19-year-old
      // student -- fled", "The storm, which destroyed the only hospital in the town — a 50-bed facility —
      // killed 12 people".
      let before = open - 1;
      while (before > 0 && (NP_POS.has(tokens[before]?.pos ?? '') || tokens[before]?.pos === 'ADP' || tokens[before]?.text === '-')) before--;
      if (tokens[before]?.pos === 'VERB' || tokens[before]?.pos === 'AUX') break;
      end = open - 1;
    } else if (t.text === ',' && end > 1) {
      // "Raj Chohan, 59, was killed", "Subryan, 23, of Schenectady, was charged": step over an
      // apposition (no verb in it) between commas to the noun phrase it describes.
      const open = appositionStart(tokens, end);
      if (open < 1) break;
      // "An Indian navy ship, the INS Mysore, was escorting": a name in apposition to a common noun
      // names what the noun describes.
      const close = end;
      const named = names.find((n) => n.last === close - 1 && n.first > open && tokens.slice(open + 1, n.first).every((k) => k.pos === 'DET'));
      if (named && tokens[open - 1]?.pos === 'NOUN') return { kind: 'name', text: named.text, mention: named };
      end = open - 1;
      // "Subryan, 23, of Schenectady, N.Y., was charged": a phrase of place after a comma is one more
      // apposition; the subject is before it.
      let phraseStart = end;
      while (phraseStart > 0 && (tokens[phraseStart - 1]?.pos === 'PROPN' || tokens[phraseStart - 1]?.pos === 'NOUN' || tokens[phraseStart - 1]?.pos === 'DET')) phraseStart--;
      if (/^(of|from)$/.test(tokens[phraseStart - 1]?.lower ?? '') && tokens[phraseStart - 2]?.text === ',') end = phraseStart - 2;
    } else break;
  }
  const last = tokens[end];
  if (!last) return null;
  if (last.pos === 'PRON') {
    // "a man who was fired last week": a relative pronoun's subject is the noun phrase before it.
    if (/^(who|which|that)$/.test(last.lower) && end > 0 && (tokens[end - 1]?.pos === 'NOUN' || tokens[end - 1]?.pos === 'PROPN')) {
      const antecedent = subjectBefore(tokens, end, names, text);
      // (Of a person only: "in the district of Exarchia, an incident which sparked" is about the incident.)
      return antecedent?.kind === 'noun' && isPersonNoun(antecedent.lemma) ? (namedByApposition(tokens, end, names) ?? antecedent) : antecedent;
    }
    if (PERSONAL_FIRST.has(last.lower)) return { kind: 'pronoun', text: last.text, person: 'first' };
    if (PERSONAL_THIRD.has(last.lower)) return { kind: 'pronoun', text: last.text, person: 'third', start: last.start };
    return null;
  }
  let begin = end;
  // ("on 117th Street": wink may tag an ordinal as a pronoun; it is part of the phrase. So is a hyphen
  // inside a word: "Al-Kadhimi".)
  const isInWordHyphen = (k: number): boolean => tokens[k]?.text === '-' && tokens[k - 1]?.end === tokens[k]?.start && tokens[k + 1]?.start === tokens[k]?.end;
  // A determiner opens the phrase: "After two hours a 61-year-old man surrendered" is about the man.
  while (begin > 0 && (isInWordHyphen(begin - 1) || (NP_POS.has(tokens[begin - 1]?.pos ?? '') && !(tokens[begin - 1]?.pos === 'PRON' && tokens[begin - 1]?.entityType !== 'ORDINAL' && !/^(his|her|its|their|my|our)$/.test(tokens[begin - 1]?.lower ?? ''))))) {
    begin--;
    if (isInWordHyphen(begin) && begin > 0) begin--;
    else if (tokens[begin]?.pos === 'DET') break;
  }
  // "the house of Prime Minister Kadhimi came under attack", "a supermarket in Surrey has been destroyed":
  // the subject is the house, the supermarket, not the name in the phrase after it.
  // "Dozens of people were evacuated", "a number of residents": a word for an amount is not the subject.
  while (begin >= 2 && SUBJECT_MODIFIER_PREPOSITIONS.has(tokens[begin - 1]?.lower ?? '') && (tokens[begin - 2]?.pos === 'NOUN' || tokens[begin - 2]?.pos === 'PROPN') && !(tokens[begin - 1]?.lower === 'of' && AMOUNT_NOUNS.has(tokens[begin - 2]?.lower ?? ''))) {
    end = begin - 2;
    begin = end;
    while (begin > 0 && NP_POS.has(tokens[begin - 1]?.pos ?? '') && tokens[begin - 1]?.pos !== 'PRON') begin--;
  }
  // "An earthquake measuring 5.6 on the Richter scale jolted the island", "a man carrying a knife
  // attacked": the noun phrase before the verb ends a participle's phrase; the subject is the noun the
  // participle describes.
  // (A past participle's phrase only before the verb it is the subject of: after "clashed with police
  // in riot gear, who responded", "clashed" is the main clause's own verb.)
  const participle = participleBefore(tokens, begin, tokens[at]?.pos === 'VERB' || tokens[at]?.pos === 'AUX');
  if (participle > 0) return subjectBefore(tokens, participle, names, text);
  // "residents nearby were evacuated": an adjective after its noun leaves the noun the head.
  while (end > begin && tokens[end]?.pos === 'ADJ' && (tokens[end - 1]?.pos === 'NOUN' || tokens[end - 1]?.pos === 'PROPN')) end--;
  const phrase = tokens.slice(begin, end + 1);
  const nameHere = names.filter((n) => n.last <= end && n.last >= begin).pop();
  if (nameHere && nameHere.last === end) return { kind: 'name', text: nameHere.text, mention: nameHere };
  const head = phrase[phrase.length - 1];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return null;
  // Without determiners and possessors: "the Iraqi prime minister" -> "iraqi prime minister".
  const bare = phrase.filter((t) => t.pos !== 'DET' && t.pos !== 'PART' && t.pos !== 'PRON' && t.pos !== 'NUM');
  const words = lowerWords(bare);
  // Displayed without counts and determiners: "seven of the guards" is about "guards".
  // ("a 61-year-old man": a number joined to the next word by a hyphen is part of it.)
  const shownFrom = phrase.findIndex((t) => t.pos !== 'DET' && t.pos !== 'NUM' && t.lower !== 'of' && t.entityType !== 'CARDINAL');
  const shown = phrase.slice(phrase[shownFrom]?.text === '-' && shownFrom > 0 ? shownFrom - 1 : shownFrom);
  // "Another bank employee was uninjured": not the one named before.
  const isAnother = phrase.some((t) => t.lower === 'another' || t.lower === 'other');
  // "a female bank employee": someone not met before in the article.
  const isIndefinite = phrase[0]?.lower === 'a' || phrase[0]?.lower === 'an';
  return { kind: 'noun', text: textOf(shown.length > 0 ? shown : phrase, text), lemma: baseForm(head.lower, 'n') ?? head.lemma, words, ...(isAnother ? { isAnother } : {}), ...(isIndefinite ? { isIndefinite } : {}) };
}

/**
 * The name a noun phrase ending before `at` stands in apposition to: "Anthony LaCalamita III, a
 * 38-year-old Troy resident who was fired" is about LaCalamita. The phrase opens with a determiner
 * right after a comma that closes the name, and holds only words of a noun phrase.
 */
function namedByApposition(tokens: Token[], at: number, names: NameMention[]): SubjectRef | null {
  let k = at - 1;
  while (k > 0 && (NP_POS.has(tokens[k]?.pos ?? '') || tokens[k]?.text === '-') && tokens[k]?.pos !== 'DET' && tokens[k]?.pos !== 'PRON') k--;
  if (tokens[k]?.pos !== 'DET' || tokens[k - 1]?.text !== ',') return null;
  const named = names.find((n) => n.last === k - 2);
  if (!named) return null;
  // Not a name in an opening phrase: "In addition to Officer John Smith, the deputy who fired the shots
  // was suspended", "Unlike Johnson, the driver who caused the crash".
  let before = named.first - 1;
  while (before >= 0 && /^\p{Lu}/u.test(tokens[before]?.text ?? '') && (tokens[before]?.pos === 'PROPN' || tokens[before]?.pos === 'NOUN')) before--;
  if (tokens[before]?.pos === 'ADP' || tokens[before]?.pos === 'SCONJ' || (before < 0 && named.first > 0)) return null;
  return { kind: 'name', text: named.text, mention: named };
}

/**
 * The subject a verb right after "and" shares with the verb before it ("INS Tabar rescued an Indian
 * vessel on November 11 and also sunk a pirate mother ship on November 19": the sinking is INS
 * Tabar's, not the vessel's), or null when no "and" comes before the verb.
 */
function subjectAcrossAnd(tokens: Token[], at: number, names: NameMention[], text: string, depth = 0): SubjectRef | null {
  let k = at - 1;
  while (k > 0 && (tokens[k]?.pos === 'AUX' || (tokens[k]?.pos === 'ADV' && !NEGATORS.has(tokens[k]?.lower ?? '')))) k--;
  if (tokens[k]?.lower !== 'and' || depth > 3) return null;
  let verb = k - 1;
  while (verb >= 0 && tokens[verb]?.pos !== 'VERB') {
    if (tokens[verb]?.text === ',' || tokens[verb]?.pos === 'SCONJ' || SUBORDINATORS.has(tokens[verb]?.lower ?? '') || k - verb > SERIES_REACH) return null;
    verb--;
  }
  if (verb < 0 || /ing$/.test(tokens[verb]?.lower ?? '')) return null;
  let first = verb;
  while (first > 0 && (tokens[first - 1]?.pos === 'AUX' || tokens[first - 1]?.pos === 'ADV')) first--;
  return subjectAcrossAnd(tokens, verb, names, text, depth + 1) ?? subjectBefore(tokens, first, names, text);
}

/** "it" as a subject reference, for buildClaims to read as the thing the sentence before is about. */
function itPronoun(token: Token): SubjectRef {
  return { kind: 'pronoun', text: token.text, person: 'third', start: token.start };
}

// Verbs whose "it" stands for no thing: "It took three hours to", "It comes a day after", "it seems".
const EXPLETIVE_IT_VERBS = new Set(['take', 'come', 'seem', 'appear', 'go', 'remain', 'happen', 'matter', 'mean']);

/**
 * An "it" that stands for a clause that follows, not a thing: a passive of saying or knowing before
 * "that", a wh-word or "to" ("It was determined that", "It's not known what", "it's supposed to be"),
 * and verbs of time and seeming ("It took about three hours to knock the fire down").
 */
function isExpletiveIt(tokens: Token[], first: number, verbAt: number): boolean {
  const verb = tokens[verbAt];
  if (!verb || EXPLETIVE_IT_VERBS.has(verb.lemma)) return true;
  const isPassive = tokens.slice(first, verbAt).some((a) => a.pos === 'AUX' && a.lemma === 'be');
  // "It is understood the men were detained", "It is feared the toll could rise": a passive of saying,
  // knowing or believing stands for the clause after it, with or without "that".
  if (isPassive && SAYING_KNOWING.has(verb.lemma)) return true;
  let k = verbAt + 1;
  // ("It was revealed this week that ...": a time between the verb and "that".)
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.entityType === 'DATE' || tokens[k]?.entityType === 'TIME') k++;
  return isPassive && /^(that|what|who|whether|how|why|when|where|if|to)$/.test(tokens[k]?.lower ?? '');
}

// Verbs of saying, knowing and believing, whose passive with "it" stands for a clause.
const SAYING_KNOWING = new Set(['say', 'understand', 'believe', 'think', 'fear', 'report', 'reveal', 'estimate', 'claim', 'allege', 'announce', 'expect', 'know', 'confirm', 'suggest', 'assume', 'rumour', 'rumor', 'hope', 'feel', 'suspect', 'learn', 'state', 'argue', 'note', 'decide', 'agree', 'presume', 'consider', 'acknowledge']);

/** The "it" that opens the main clause of a verb at `at` ("on November 18, it had sunk"), or null. */
function itBefore(tokens: Token[], at: number): SubjectRef | null {
  let k = at - 1;
  while (k >= 0 && (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV')) k--;
  const it = tokens[k];
  if (it?.lower !== 'it' || tokens.slice(k + 1, at).some((a) => NEGATORS.has(a.lower)) || isExpletiveIt(tokens, k + 1, at)) return null;
  const before = tokens[k - 1];
  return !before || before.pos === 'PUNCT' || before.pos === 'CCONJ' ? itPronoun(it) : null;
}

// Words for where streets or roads meet ("at the corner of"), beside WordNet's kinds of intersection and
// junction: "the request of Russia and China" is no place.
const MEETING_POINTS = new Set(['corner', 'intersection', 'junction', 'crossroads', 'crossroad', 'crossing', 'interchange']);

function isMeetingPoint(lemma: string): boolean {
  return MEETING_POINTS.has(lemma) || isKindOf(lemma, 'intersection') || isKindOf(lemma, 'junction');
}

// Relatives and question words, which open a clause of their own.
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'where', 'whose', 'why', 'how', 'what', 'whether', 'if']);

/** A verb's form that is its past participle or past tense, not its base: "fired", "shot", "taken". */
function isPastForm(t: Token): boolean {
  return t.lower !== t.lemma && (pastParticiple(t.lemma) === t.lower || /ed$/.test(t.lower));
}

/** A word that opens a clause of its own: a subordinator, a relative or a conjunction that wink tags so. */
function opensClause(t: Token): boolean {
  return t.pos === 'SCONJ' || SUBORDINATORS.has(t.lower) || CLAUSE_WORDS.has(t.lower);
}

// How far a series' verbs are looked for from one another (a bound, so no clause is scanned once per verb).
const SERIES_REACH = 40;

// Pronouns that stand as a verb's object: "handcuffed them".
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'you', 'himself', 'herself', 'themselves', 'itself']);
// Verbs that give a name: a participle of one before a name describes what the name is of.
const NAMING_VERBS = new Set(['name', 'call', 'dub', 'nickname', 'identify', 'title', 'christen', 'label']);

/** Whether a verb at `at` is followed, in its clause, by "and" and a verb with no subject between. */
function closesSeries(tokens: Token[], at: number): boolean {
  for (let k = at + 1; k < tokens.length - 1 && k <= at + SERIES_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'SCONJ' || t.text === ';' || t.text === '.') return false;
    if (t.lower === 'and' && tokens[k + 1]?.pos === 'VERB' && !/ing$/.test(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

// How far back from a subject's noun phrase a participle describing the noun before it is looked for.
const PARTICIPLE_PHRASE_MAX = 8;

/**
 * The index of an -ing participle that opens the phrase ending just before `begin` and follows a noun
 * ("earthquake measuring 5.6 on the Richter scale", "protesters carrying banners"), or, when
 * `isPastAllowed`, of a past participle before "of", "by", "as" or "with" ("a man suspected of
 * shooting three people"), or -1. Between them: nouns, numbers, determiners, adjectives, prepositions
 * and gerunds after a preposition only, no other verb and no clause word.
 */
function participleBefore(tokens: Token[], begin: number, isPastAllowed = true): number {
  for (let k = begin - 1; k > 0 && k >= begin - PARTICIPLE_PHRASE_MAX; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB') {
      const before = tokens[k - 1];
      const isIng = /ing$/.test(t.lower);
      // "A man suspected of shooting three people was arrested": a gerund after a preposition is
      // inside the phrase, and a past participle with its preposition opens it as an -ing form does.
      if (isIng && before?.pos === 'ADP') continue;
      // (Only before "of", "by", "as" or "with", which a finite verb seldom takes right after its
      // subject: "friends waited in a courtroom", "candidates come from the party" are finite.)
      const isPastWithPreposition = isPastAllowed && !isIng && isPastForm(t) && PARTICIPLE_PREPOSITIONS.has(tokens[k + 1]?.lower ?? '');
      return (isIng || isPastWithPreposition) && (before?.pos === 'NOUN' || before?.pos === 'PROPN') && before.entityType !== 'DATE' && before.entityType !== 'TIME' ? k : -1;
    }
    if (!NP_POS.has(t.pos) && t.pos !== 'ADP' && t.text !== '-') return -1;
    if (t.pos === 'PRON' && !/^(his|her|its|their|my|our)$/.test(t.lower)) return -1;
    // "markets reacted with alarm as Greek stocks closed down": a subordinator opens a clause of its own.
    if (SUBORDINATORS.has(t.lower)) return -1;
    // "the attention the church has received": two noun phrases with nothing between them end a
    // reduced relative clause, and the second is its subject.
    if (t.pos === 'DET' && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[k - 1]?.pos ?? '')) return -1;
  }
  return -1;
}

const PARTICIPLE_PREPOSITIONS = new Set(['of', 'by', 'as', 'with']);

/** A participle that modifies the noun after it ("loaded magazines", "rocket-propelled grenades", "worst-hit villages"). */
function isModifyingParticiple(token: Token, next: Token | undefined): boolean {
  return token.pos === 'VERB' && (/(ed|en|ing)$/.test(token.lower) || pastParticiple(token.lemma) === token.lower) && (next?.pos === 'NOUN' || next?.text === '-');
}

/** Counted phrase after a number: "seven of al-Kadhimi's security guards" -> head "guard". */
function countedNoun(tokens: Token[], from: number): { head: Token; first: number; last: number } | null {
  let i = from;
  if (SUBSET_WORDS.has(tokens[i]?.lower ?? '')) return null;
  if (tokens[i]?.lower === 'of') {
    i++;
    if (tokens[i]?.lower === 'which' || tokens[i]?.lower === 'whom' || tokens[i]?.lower === 'them') return null;
    // "two of the three victims": skip the total to reach the counted noun.
    while (tokens[i]?.pos === 'DET' || tokens[i]?.entityType === 'CARDINAL') i++;
  }
  let head: { head: Token; first: number; last: number } | null = null;
  let runStart = -1;
  let joinedFrom = -1;
  for (let steps = 0; i < tokens.length && steps < 10; i++, steps++) {
    const t = tokens[i];
    // "killed at least three people today": a time ends the counted phrase.
    if (!t || t.entityType === 'DATE' || t.entityType === 'TIME') break;
    let next = tokens[i + 1];
    // "12 AK 47 guns": a model designation inside the phrase is part of its name.
    if (/^[A-Z]{1,4}$/.test(t.text) && next?.entityType === 'CARDINAL' && next.start - t.end <= 1) {
      i++;
      next = tokens[i + 1];
      runStart = -1;
      continue;
    }
    // A name ends the phrase as its head when nothing nounlike follows: "seven AK-47s", "12 Somalis".
    const isNameHead = t.pos === 'PROPN' && head === null && next?.pos !== 'NOUN' && next?.pos !== 'PROPN' && next?.pos !== 'PART' && /s$/.test(t.text);
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && head === null && next?.pos === 'NOUN') || isNameHead) {
      if (runStart < 0) runStart = joinedFrom >= 0 ? joinedFrom : i;
      head = { head: t, first: runStart, last: i };
    } else if ((head === null || tokens[i - 1]?.text === '-' || tokens[i + 2]?.pos === 'NOUN') && isModifyingParticiple(t, next)) {
      // "13 loaded magazines", "one rocket-propelled grenade", "one rocket propelled grenade launcher":
      // a participle before a noun modifies it; after the counted noun, with one noun after it, it is
      // the verb ("two men requested privacy").
      runStart = runStart < 0 ? i : runStart;
    } else if (head === null && t.pos === 'ADV' && (next?.pos === 'ADJ' || (next !== undefined && isModifyingParticiple(next, tokens[i + 2])) || (next?.text === '-' && tokens[i + 2] !== undefined && isModifyingParticiple(tokens[i + 2] as Token, tokens[i + 3])))) {
      // "23 heavily armed pirates", "the four hardest-hit villages": an adverb that grades the adjective after it.
      runStart = runStart < 0 ? i : runStart;
    } else if (head === null && t.pos === 'CCONJ' && (tokens[i - 1]?.pos === 'PROPN' || tokens[i - 1]?.pos === 'ADJ') && (next?.pos === 'PROPN' || next?.pos === 'ADJ')) {
      // "23 Somali and Yemeni pirates": modifiers joined by "and" before one noun are one kind.
      joinedFrom = runStart >= 0 ? runStart : i - 1;
      continue;
    } else if (t.pos === 'DET' && head !== null) {
      // "three bank workers a man and two women": a determiner after the head starts another phrase.
      break;
    } else if (t.pos === 'PART' || t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.text === '-' || (t.pos === 'PRON' && /^(his|her|its|their)$/.test(t.lower))) {
      if (t.pos === 'PART' || t.pos === 'PROPN') head = null;
      runStart = t.pos === 'ADJ' ? (runStart < 0 ? i : runStart) : -1;
    } else break;
  }
  return head;
}

/**
 * The predicate a list of counts shares: "Seven AK-47s, three other automatic rifles and 13 loaded
 * magazines were found in the boats". From a comma or "and" after a count, the first auxiliary and
 * participle after the list, if nothing but noun phrases, numbers and commas come before it.
 */
function listPredicate(tokens: Token[], from: number): { index: number; first: number; isNegated: boolean } | null {
  if (!(tokens[from]?.text === ',' || tokens[from]?.pos === 'CCONJ')) return null;
  for (let i = from; i < tokens.length && i < from + 30; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.pos === 'AUX') return predicateAfter(tokens, i);
    // "two women and one man died": a verb right after the list's last counted noun.
    if (t.pos === 'VERB' && !isReportingVerb(t) && (tokens[i - 1]?.pos === 'NOUN' || tokens[i - 1]?.pos === 'PROPN') && tokens.slice(from, i).some((a) => a.entityType === 'CARDINAL')) return { index: i, first: i, isNegated: false };
    if ((t.pos === 'VERB' && !isModifyingParticiple(t, tokens[i + 1])) || t.pos === 'ADP' || t.pos === 'SCONJ' || (t.pos === 'PUNCT' && t.text !== ',' && t.text !== '-')) return null;
  }
  return null;
}

/** The verb or casualty state a verb of belief at `at` reports: "known to have died" -> died, "feared dead" -> dead; -1 if none. */
function raisedPredicate(tokens: Token[], at: number): number {
  if (isCasualtyWord(tokens[at + 1])) return at + 1;
  if (tokens[at + 1]?.lower !== 'to') return -1;
  let k = at + 2;
  while ((tokens[k]?.lemma === 'have' || tokens[k]?.lemma === 'be') && (tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX' || tokens[k + 1]?.pos === 'ADJ')) k++;
  return tokens[k]?.pos === 'VERB' || isCasualtyWord(tokens[k]) ? k : -1;
}

/** First predicate after index `from`: auxiliaries, negation and the verb or state adjective. */
function predicateAfter(tokens: Token[], from: number): { index: number; first: number; isNegated: boolean } | null {
  let isNegated = false;
  // "three people, a man and two women, were killed": step over an apposition between commas or dashes.
  const opener = tokens[from];
  if (opener && (opener.text === ',' || opener.text === '-' || opener.text === '–' || opener.text === '—')) {
    const close = tokens.findIndex((t, k) => k > from && k <= from + 8 && t.text === (opener.text === ',' ? ',' : t.text) && /^[,\-–—]$/.test(t.text));
    // ... but only if the predicate follows it: in a list ("seven rifles, three pistols, 13 magazines
    // were found") the next comma leads to another item.
    const after = tokens[close + 1];
    const isApposition = !!after && (after.pos === 'AUX' || after.pos === 'VERB' || after.pos === 'ADV' || NEGATORS.has(after.lower));
    // "Three people, including a pregnant woman, died": a participle used as a preposition opens no clause.
    if (close > from + 1 && isApposition && tokens.slice(from + 1, close).every((t) => (t.pos !== 'VERB' || PREPOSITIONAL_PARTICIPLES.has(t.lower)) && t.pos !== 'AUX')) return predicateAfter(tokens, close + 1);
  }
  for (let i = from, steps = 0; i < tokens.length && steps < 8; i++, steps++) {
    const t = tokens[i];
    if (!t) break;
    if (NEGATORS.has(t.lower)) isNegated = true;
    else if (t.lower === 'among' && tokens[i + 1]?.lower === 'the' && isCasualtyWord(tokens[i + 2]) && tokens.slice(from, i).some((a) => a.pos === 'AUX' && a.lemma === 'be')) {
      // "Seven soldiers and two civilians were among the dead": they are dead.
      return { index: i + 2, first: i, isNegated };
    } else if (t.pos === 'VERB' && !isReportingVerb(t)) {
      // "Twelve people are known to have died", "are believed to have been killed", "are feared dead":
      // a verb of belief before an infinitive or a state says what is believed of them.
      // ("expected to die" is a forecast, not a report of deaths.)
      const believed = RAISING.has(t.lemma) && t.lemma !== 'expect' ? raisedPredicate(tokens, i) : -1;
      return { index: believed >= 0 ? believed : i, first: from, isNegated };
    }
    else if (t.pos === 'ADJ' && i > from && tokens.slice(from, i).some((a) => a.pos === 'AUX')) return { index: i, first: from, isNegated };
    else if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'PRON' || t.pos === 'DET') continue;
    else if (t.pos === 'ADP' && t.lower !== 'of' && tokens[i + 1]?.pos === 'VERB' && /ing$/.test(tokens[i + 1]?.lower ?? '')) {
      // "two children before turning the gun on himself": a gerund after a preposition is another clause.
      return null;
    } else if (t.pos === 'ADP' && tokens.slice(from, i).every((a) => a.pos !== 'AUX')) {
      // "guards of the prime minister were injured": step over the prepositional phrase.
      while (NP_POS.has(tokens[i + 1]?.pos ?? '') || tokens[i + 1]?.text === '-') i++;
    } else if (t.pos === 'ADP' || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return null;
  }
  return null;
}

function isQuoteMark(token: Token | undefined): boolean {
  return !!token && token.pos === 'PUNCT' && /^["“”'‘’]$/.test(token.text);
}

// Words for a part of what follows their "of": the part is not another thing.
const PARTITIVES = new Set(['part', 'parts', 'much', 'most', 'all', 'half', 'some', 'portion', 'portions', 'section', 'sections', 'area', 'areas']);

function objectAfter(tokens: Token[], verbAt: number): Token | null {
  for (let i = verbAt + 1; i < tokens.length && i < verbAt + 8; i++) {
    const t = tokens[i];
    // "arrested 23 Somali and Yemeni pirates": modifiers joined by "and" before their noun.
    if (t?.pos === 'CCONJ' && (tokens[i - 1]?.pos === 'PROPN' || tokens[i - 1]?.pos === 'ADJ') && (tokens[i + 1]?.pos === 'PROPN' || tokens[i + 1]?.pos === 'ADJ') && tokens[i + 2]?.pos === 'NOUN') continue;
    // Quotation marks around a phrase (received a "distress call") leave it the object.
    if (isQuoteMark(t)) continue;
    // "jolted part of Qeshm island", "destroyed much of the town": the object is what the part is of.
    if (t && PARTITIVES.has(t.lower) && tokens[i + 1]?.lower === 'of') {
      i++;
      continue;
    }
    // A hyphen joins a compound modifier ("his heavily-fortified residence"); other punctuation ends the phrase.
    if (!t || t.pos === 'ADP' || (t.pos === 'PUNCT' && t.text !== '-') || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.lower === 'that') return null;
    // A time is when, not what: "qualified Sunday's attempt" has the attempt as object.
    if (t.entityType === 'DATE' || t.entityType === 'TIME') continue;
    // A possessor is not the object: "attacked the prime minister's home" attacked the home.
    if (tokens[i + 1]?.pos === 'PART' && /^['’]s?$/.test(tokens[i + 1]?.text ?? '')) continue;
    const isJoinedModifier = t.pos === 'PROPN' && tokens[i + 1]?.pos === 'CCONJ' && (tokens[i + 2]?.pos === 'PROPN' || tokens[i + 2]?.pos === 'ADJ') && tokens[i + 3]?.pos === 'NOUN';
    // "received a distress call Saturday morning": a time after the noun ends its phrase.
    const next = tokens[i + 1];
    const isNounNext = !!next && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.entityType !== 'DATE' && next.entityType !== 'TIME';
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && !isNounNext && !isJoinedModifier) return t;
  }
  return null;
}

// Verbs of an event's onset, said only of events when they take no object: "which broke out on the roof".
const ONSET_VERBS = new Set(['break_out', 'erupt', 'begin', 'start', 'spread', 'rage', 'flare_up', 'happen', 'occur']);

// Verbs that only say an event took place: its time is the time of their subject.
const OCCURRING = new Set(['happen', 'occur', 'take_place', 'unfold', 'come']);

// Nouns that count people without saying which: "three people", "3 persons", "five victims".
// "Injured two others": others, without a noun, are other people.
const GENERIC_PEOPLE = new Set(['people', 'person', 'persons', 'individual', 'victim', 'other', 'others']);

/** Where a noun phrase may end: the clause's end, punctuation, a conjunction, a preposition or a time. */
function isPhraseEnd(token: Token | undefined): boolean {
  return !token || ['PUNCT', 'CCONJ', 'ADP', 'SCONJ'].includes(token.pos) || token.entityType === 'DATE' || token.entityType === 'TIME';
}

/** A word that reports deaths or injuries: "killed", "dead", "injured", "hurt". */
function isCasualtyWord(token: Token | undefined): boolean {
  // wink tags "50 hurt", "the 80 wounded" as nouns: the participle form still says what happened.
  const isParticipleNoun = token?.pos === 'NOUN' && /(ed|en|hurt|dead)$/.test(token.lower);
  if (!token || !(token.pos === 'VERB' || token.pos === 'ADJ' || isParticipleNoun)) return false;
  return isCasualtyType(eventTypeOf(token.lower) ?? eventTypeOf(baseForm(token.lower, 'v') ?? token.lemma));
}

/**
 * A participle of a typed event inside a counted phrase: what befell the things counted ("the 12
 * worst-hit villages", "the 23 captured pirates", "two wounded men"). A participle of no event type
 * only describes them ("two armed men", "three masked gunmen").
 */
function isBefallingParticiple(token: Token): boolean {
  // A past participle: "two fleeing suspects" fled, and "three attacking boats" attacked.
  return isCasualtyWord(token) || (token.pos === 'VERB' && !/ing$/.test(token.lower) && eventTypeOf(baseForm(token.lower, 'v') ?? token.lemma) !== null);
}

// Verbs of a blow that lands: to a thing, not a person or an event ("eleven times"), what they tell is damage ("the worst-hit
// villages", "two buildings were struck"), one question with "destroyed" and "damaged". An attack,
// a raid or a shooting says what was done, not what it did.
const LANDED_BLOWS = new Set(['hit', 'strike', 'batter', 'rock', 'lash']);

const CONTAINING = new Set(['in', 'across', 'throughout']);
const DAMAGED_OBJECT_MAX = 8;

/**
 * The verb of damage whose object stands in the places counted from `from`: "destroyed or damaged an
 * estimated 1,500 houses in about 15 villages" -> "damaged". Between them only the object's noun
 * phrase; -1 when there is none.
 */
function damageVerbBefore(tokens: Token[], from: number): number {
  if (!CONTAINING.has(tokens[from - 1]?.lower ?? '')) return -1;
  let hasNoun = false;
  for (let k = from - 2; k >= 0 && k >= from - 2 - DAMAGED_OBJECT_MAX; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB' && !BOUND_WORDS.has(t.lower)) return hasNoun && eventTypeOf(baseForm(t.lower, 'v') ?? t.lemma) === 'Damage' ? k : -1;
    if (!NP_POS.has(t.pos) && !BOUND_WORDS.has(t.lower)) return -1;
    if (t.pos === 'PRON' && !/^(his|her|its|their)$/.test(t.lower)) return -1;
    hasNoun ||= t.pos === 'NOUN';
  }
  return -1;
}

/** Whether an event type is a death or an injury. */
function isCasualtyType(type: string | null): boolean {
  return type === 'Life.Die' || type === 'Life.Injure';
}

/** Whether a predicate's lemma is a death or an injury: "kill", "die", "wound", "injure". */
function isCasualtyLemma(lemma: string): boolean {
  return isCasualtyType(eventTypeOf(lemma));
}

/** "suffocated to death", "burnt to death", "pronounced dead": whatever the verb, a death. */
function toDeath(tokens: Token[], verbAt: number): string | null {
  if (tokens[verbAt + 1]?.lower === 'to' && tokens[verbAt + 2]?.lower === 'death') return 'die';
  // "was pronounced dead", "found dead", "declared dead": the verb reports the state; the state is a death.
  const verb = tokens[verbAt];
  if (verb && tokens[verbAt + 1]?.lower === 'dead' && (DEATH_REPORTING.has(verb.lemma) || DEATH_REPORTING.has(baseForm(verb.lower, 'v') ?? ''))) return 'die';
  // "was shot dead", "stabbed dead": an attack that left its target dead is a killing.
  if (verb && tokens[verbAt + 1]?.lower === 'dead' && eventTypeOf(baseForm(verb.lower, 'v') ?? verb.lemma) === 'Conflict.Attack') return 'kill';
  // "fatally injuring a woman", "was mortally wounded": an injury or an attack that killed.
  const type = verb ? eventTypeOf(baseForm(verb.lower, 'v') ?? verb.lemma) : null;
  if (/^(fatally|mortally)$/.test(tokens[verbAt - 1]?.lower ?? '') && (type === 'Life.Injure' || type === 'Conflict.Attack')) return 'kill';
  return null;
}

// Verbs that state a death in their complement: "pronounced dead", "declared dead", "found dead".
const DEATH_REPORTING = new Set(['pronounce', 'declare', 'find', 'confirm', 'report']);

// Verbs that carry no event of their own when an event noun is their object: "held talks", "made a
// call", "launched an attack", "carried out an investigation".
// Verbs of carrying someone somewhere: "took Chohan to Jamaica Hospital", "airlifted the injured to Bandar Abbas".
const TRANSFER_VERBS = new Set(['take', 'bring', 'rush', 'carry', 'fly', 'airlift', 'transfer', 'transport', 'ferry', 'evacuate', 'move', 'send', 'drive']);

/** The one carried, as a subject: a name, or a person noun; null for anything else. */
function carriedRef(object: Token, tokens: Token[], names: NameMention[], text: string): SubjectRef | null {
  const at = tokens.indexOf(object);
  const name = names.find((n) => n.first <= at && at <= n.last);
  if (name) return { kind: 'name', text: name.text, mention: name };
  const lemma = baseForm(object.lower, 'n') ?? object.lemma;
  return object.pos === 'NOUN' && isPersonNoun(lemma) ? { kind: 'noun', text: textOf([object], text), lemma, words: [lemma] } : null;
}

// Street words as outlets abbreviate them: "117th St." is "117th Street".
const STREET_WORDS: Record<string, string> = { st: 'street', ave: 'avenue', av: 'avenue', rd: 'road', blvd: 'boulevard', hwy: 'highway', pkwy: 'parkway', sq: 'square', ln: 'lane', dr: 'drive', pl: 'place', ct: 'court', mt: 'mount', ft: 'fort' };

/** A named place as compared: lower case, street words written out. */
function placeKey(name: string): string {
  return name.toLowerCase().split(/\s+/).map((word, i, all) => (i === all.length - 1 || word.endsWith('.') ? (STREET_WORDS[word.replace(/\.$/, '')] ?? word) : word)).join(' ');
}

/** A unit after its number ("3.9 percent", "930 miles"): what a count measures, not a thing. */
function isCountedMeasure(tokens: Token[], noun: Token): boolean {
  const before = tokens[tokens.indexOf(noun) - 1];
  const isUnit = MEASURE_UNITS.has(noun.lower) || DISTANCE_UNITS.has(noun.lower) || (baseForm(noun.lower, 'n') ?? noun.lemma) in SECONDS_IN;
  return isUnit && (before?.pos === 'NUM' || before?.entityType === 'CARDINAL' || before?.entityType === 'DURATION');
}

/** What charges faced are of: the noun before "charges" ("manslaughter charges") or after "of". */
function chargeFaced(tokens: Token[], chargesAt: number): Token | null {
  const before = tokens[chargesAt - 1];
  if (before?.pos === 'NOUN' || before?.pos === 'PROPN') return before;
  const of = tokens[chargesAt + 1];
  const after = tokens.slice(chargesAt + 2).find((k) => k.pos !== 'DET' && k.pos !== 'ADJ');
  return of?.lower === 'of' && (after?.pos === 'NOUN' || after?.pos === 'PROPN') ? after : null;
}

// Verbs whose subject undergoes what their object names: "suffered damage", "sustained injuries".
const UNDERGOING_VERBS = new Set(['suffer', 'sustain', 'receive', 'incur']);
const HARM_TYPES = new Set(['Life.Injure', 'Damage']);

/** The harm an undergoing verb's object names, as a verb ("suffered" + "injuries" -> "injure"), or null. */
function undergoneHarm(verbLemma: string, object: Token | undefined): string | null {
  if (!UNDERGOING_VERBS.has(verbLemma) || object?.pos !== 'NOUN') return null;
  const verb = verbOfNoun(baseForm(object.lower, 'n') ?? object.lemma);
  return verb && HARM_TYPES.has(eventTypeOf(verb) ?? '') ? verb : null;
}
const LIGHT_VERBS = new Set(['have', 'hold', 'make', 'conduct', 'launch', 'stage', 'carry_out', 'give', 'take', 'mount', 'undertake']);
// Prepositions that introduce the one a predicate is done to or with: "spoke with", "talked to",
// "an attack on the residence", "a protest against the cuts".
const OBJECT_PREPOSITIONS = new Set(['with', 'to', 'on', 'against']);
// A passive keeps one: "was charged with manslaughter", "was armed with a shotgun".
const PASSIVE_OBJECT_PREPOSITIONS = new Set(['with']);

// The longest gerund phrase a list of objects steps over.
const LISTED_GERUND_MAX = 12;

/**
 * The heads of noun phrases listed after an object: "charged with manslaughter, homicide and DWI" gives
 * homicide and DWI after manslaughter. Stops at a verb or anything that is not a list of noun phrases.
 */
function listedObjects(tokens: Token[], headAt: number): Token[] {
  const more: Token[] = [];
  let i = headAt + 1;
  let skipped = 0;
  while (more.length < 5) {
    if (tokens[i]?.text === ',') i++;
    if (tokens[i]?.pos === 'CCONJ') i++;
    if (i === headAt + 1) break;
    // "charged with drunk driving, leaving the scene of an accident resulting in death, and vehicular
    // manslaughter": an item that is a gerund's phrase (a claim of its own) is stepped over to the next.
    if (tokens[i]?.pos === 'VERB' && /ing$/.test(tokens[i]?.lower ?? '') && skipped < 2) {
      let next = i + 1;
      while (next < tokens.length && next <= i + LISTED_GERUND_MAX && tokens[next]?.text !== ',' && tokens[next]?.pos !== 'CCONJ') next++;
      if (next > i + LISTED_GERUND_MAX || next >= tokens.length) break;
      skipped++;
      headAt = next - 1;
      i = next;
      continue;
    }
    let head: Token | null = null;
    for (; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t;
      else if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.text === '-' || (t.pos === 'ADV' && !head))) break;
    }
    if (!head || head.entityType === 'DATE' || head.entityType === 'TIME') break;
    // "began on the roof, and residents nearby were evacuated": an item followed by its own verb
    // opens a clause; it is that clause's subject, not one more object.
    let after = i;
    while (tokens[after]?.pos === 'ADJ' || tokens[after]?.pos === 'ADV') after++;
    if (tokens[after]?.pos === 'AUX' || tokens[after]?.pos === 'VERB') break;
    more.push(head);
    headAt = i - 1;
    if (tokens[i]?.text !== ',' && tokens[i]?.pos !== 'CCONJ') break;
  }
  return more;
}

/** The head of a prepositional object right after `at` ("spoke with PM al-Kadhimi" -> "al-Kadhimi"). */
function prepositionalObject(tokens: Token[], at: number, prepositions: ReadonlySet<string> = OBJECT_PREPOSITIONS): Token | null {
  let i = at + 1;
  while (tokens[i]?.pos === 'ADV') i++;
  if (tokens[i]?.pos !== 'ADP' || !prepositions.has(tokens[i]?.lower ?? '')) return null;
  let head: Token | null = null;
  for (i++; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t;
    // "charged with criminally negligent homicide": an adverb grading the adjective after it.
    else if (t.pos === 'ADV' && !head && tokens[i + 1]?.pos === 'ADJ') continue;
    else if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PART' || t.pos === 'NUM' || t.text === '-' || (t.pos === 'PRON' && /^(his|her|its|their|our|my)$/.test(t.lower)))) break;
  }
  // A time is when, not whom: "survived on Sunday".
  return head && head.entityType !== 'DATE' && head.entityType !== 'TIME' ? head : null;
}

/**
 * "fired on the crowd", "spoke on the phone" take an object after "on"; "broke out on the roof",
 * "began on the roof" say where: a place noun after "on" is a place unless the verb is of an event
 * type that acts on things ("attack", "fire on").
 */
function onlyOnTarget(object: Token | null, verbLemma: string, tokens: Token[], verbAt: number): Token | null {
  let at = verbAt + 1;
  while (tokens[at]?.pos === 'ADV') at++;
  if (!object || tokens[at]?.lower !== 'on' || object.pos !== 'NOUN' || eventTypeOf(verbLemma) !== null) return object;
  return isPlaceNoun(baseForm(object.lower, 'n') ?? object.lemma) ? null : object;
}

interface ClauseContext {
  source: Source;
  sentence: SourceSentence;
  names: NameMention[];
  base: Omit<ClaimDraft, 'kind' | 'subject' | 'predicate' | 'predicateText' | 'object' | 'objectText' | 'value' | 'certainty' | 'isNegated' | 'episode'>;
  episode: string | null;
  /**
   * The event the article last gave a magnitude for, the last event noun it used, and the first day
   * it gave for what it reports, on which a clock with no day of its own is read.
   */
  measured: { last: string | null; lastEvent: string | null; day: TimeValue | null };
}

/**
 * A draft of a sentence's or clause's shared fields and a claim's own, as `{ ...base, ...fields }`
 * makes it: the same fields in the same order. Not written as such a literal: in node 20's V8 an
 * object literal that adds fields after a spread gets a hidden class of its own each time it runs,
 * and takes 20 to 40 µs to make (about 5% of extraction's CPU); Object.assign onto an empty object
 * takes shared hidden classes, in about half a microsecond.
 */
function makeDraft(base: ClauseContext['base'], fields: Omit<ClaimDraft, keyof ClauseContext['base']> & Partial<ClauseContext['base']>): ClaimDraft {
  return Object.assign({}, base, fields);
}

// Verbs by which events are counted as having happened: "four aftershocks followed", "three were felt",
// "two explosions were heard", "there were four".
const OCCURRENCE = new Set(['occur', 'happen', 'follow', 'feel', 'hear', 'record', 'register', 'detect', 'take_place']);

// Units a number measures in rather than counts: "7.62 mm rifles", "a .357 caliber revolver".
export const MEASURE_UNITS = new Set(['mm', 'millimeter', 'millimetre', 'cm', 'centimeter', 'centimetre', 'km', 'kilometer', 'kilometre', 'kg', 'kilogram', 'lb', 'lbs', 'pound', 'ton', 'tonne', 'inch', 'ft', 'foot', 'mph', 'caliber', 'calibre', 'gauge', 'percent', 'degree']);

// A model designation: letters and a number, "AK-47", "F-16s", "M16".
const DESIGNATION = /^[A-Z]{1,4}-?\d+s?$/;

/** The model designation among a counted phrase's tokens, normalised ("AK 47", "AK-47s" -> "ak-47"), or null. */
function designationIn(tokens: Token[]): string | null {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    const joined = DESIGNATION.test(t.text) ? t.text : /^[A-Z]{1,4}$/.test(t.text) && next && /^\d+$/.test(next.text) && next.start - t.end <= 1 ? `${t.text}-${next.text}` : null;
    if (joined) {
      const m = /^([A-Z]+)-?(\d+)s?$/.exec(joined);
      if (m) return `${(m[1] ?? '').toLowerCase()}-${m[2] ?? ''}`;
    }
  }
  return null;
}

// A count over a period or several events rather than the one reported: "14 rifles so far", "a total
// of 923 rounds", "100 vessels attacked this year". It answers its own question.
const CUMULATIVE = /\b(so far|to date|in total|a total of|altogether|in all|this year|so far this year|since (january|the start|the beginning))\b/;
// A count over a period only: a toll is by nature the sum of an event's dead or injured, so "a total of
// 10 people had been killed" restates the event's count, while "so far" or "this year" still does not.
const OVER_A_PERIOD = /\b(so far|to date|this year|since (january|the start|the beginning))\b/;

const DISTANCE_UNITS = new Set(['km', 'kms', 'kilometers', 'kilometres', 'kilometer', 'kilometre', 'miles', 'mile', 'mi']);
const COMPASS = /^(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|away)$/;

/** The predicate of a distance starts so, and ends with its place: "distance from tehran". */
export const DISTANCE_PREDICATE = 'distance from ';
/** The predicate of a place's population: "home to 120,000 people". */
export const POPULATION_PREDICATE = 'has_population';
// Nouns for the people who live in a place: a place "has" them ("which has 200,000 residents").
const DWELLERS = new Set(['resident', 'inhabitant', 'dweller', 'islander', 'villager', 'citizen']);

/**
 * The place whose population a count before `at` gives, or null: "X, home to N", "X is home to N",
 * "X, which is home to N", "X has (a population of) N residents", "X, with a population of N". "Has"
 * counts only dwellers: "the city has 10 people injured" is no population.
 */
function populationHolder(clause: Token[], at: number, isDweller: boolean, ctx: ClauseContext, previous: Token[] | null): SubjectRef | null {
  const word = (i: number): string => clause[i]?.lower ?? '';
  // Back over the count's bound ("about"), but not over the "to" of "home to".
  let k = at - 1;
  while (k >= 0 && BOUND_WORDS.has(word(k)) && !(word(k) === 'to' && word(k - 1) === 'home')) k--;
  if (word(k) === 'of' && word(k - 1) === 'population') {
    k -= 2;
    if (word(k) === 'a') k--;
    if (!/^(has|had|have|with)$/.test(word(k))) return null;
    // "Qeshm is Iran's largest island in the Persian Gulf, with a population of 120,000": set off by a
    // comma after the clause's verb, "with" describes the clause's subject, not the noun before it; so
    // it does after what the subject is said to be ("Qeshm is a free-trade zone with a population").
    let complementFirst = k - 1;
    while (complementFirst > 0 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PUNCT'].includes(clause[complementFirst]?.pos ?? '') && clause[complementFirst]?.text !== ',') complementFirst--;
    const verb = clause.findIndex((t, i) => i < k && (t.pos === 'VERB' || t.pos === 'AUX'));
    if (word(k) === 'with' && verb > 0 && clause[verb]?.lemma === 'be' && (word(k - 1) === ',' || /^(is|was|are|were)$/.test(word(complementFirst)))) {
      const subject = subjectBefore(clause, verb, ctx.names, ctx.source.text);
      return subject && (subject.kind === 'name' || (subject.kind === 'noun' && isPlaceNoun(subject.lemma))) ? subject : null;
    }
    // "Qeshm, a 1,500-square-kilometer island ... south of Tehran, has a population of": the subject
    // is before the apposition, not its last name.
    if (word(k) !== 'with' && word(k - 1) === ',') {
      const firstComma = clause.findIndex((t) => t.text === ',');
      const subject = firstComma > 0 ? subjectBefore(clause, firstComma, ctx.names, ctx.source.text) : null;
      return subject && (subject.kind === 'name' || (subject.kind === 'noun' && isPlaceNoun(subject.lemma))) ? subject : null;
    }
    k--;
  } else if (word(k) === 'to' && word(k - 1) === 'home') {
    k -= 2;
    if (/^(is|was|are|were)$/.test(word(k))) k--;
  } else if (isDweller && /^(has|had|have)$/.test(word(k))) {
    k--;
  } else return null;
  // "the island, which is situated off the coast and is home to 100,000 people": a predicate joined
  // by "and" to a relative clause's own has the relative's antecedent.
  if (word(k) === 'and') {
    const relative = clause.findIndex((t, i) => i < k && (t.lower === 'which' || t.lower === 'that'));
    if (relative >= 0 && clause.slice(relative + 1, k).every((t) => t.text !== ',' && t.pos !== 'SCONJ')) k = relative;
  }
  if (word(k) === 'which' || word(k) === 'that') k--;
  if (word(k) === ',') k--;
  // "The island, which has about 200,000 residents": the relative clause's place ends the clause before.
  if (k < 0 && previous && previous.length > 0) {
    const before = previous[previous.length - 1]?.text === ',' ? previous.slice(0, -1) : previous;
    return populationHolder([...before, ...clause.slice(0, at)], before.length + at, isDweller, { ...ctx, names: findNames(before).names }, null);
  }
  const holder = clause[k];
  if (!holder || (holder.pos !== 'NOUN' && holder.pos !== 'PROPN')) return null;
  // "Qeshm island": a name before the kind of place it is names the place.
  const name = ctx.names.find((n) => n.first <= k && n.last >= k) ?? (holder.pos === 'NOUN' ? ctx.names.find((n) => n.last === k - 1) : undefined);
  if (name) return { kind: 'name', text: name.text, mention: name };
  // The holder's own noun phrase: in "residents of the island, which" the island is the place, not
  // the residents a subject read would give.
  const lemma = baseForm(holder.lower, 'n') ?? holder.lemma;
  const found = subjectBefore(clause, k + 1, ctx.names, ctx.source.text);
  const ref: SubjectRef | null = found?.kind === 'noun' && found.lemma !== lemma && holder.pos === 'NOUN' ? { kind: 'noun', text: holder.text, lemma, words: [lemma] } : found;
  return ref?.kind === 'noun' && (isPlaceNoun(ref.lemma) || isPlaceName(ref.text)) ? ref : null;
}

/** The predicate of a count of what a group came in: "the pirates in two boats". */
export const CARRIER_PREDICATE = 'came_in';
const CARRIER_PREPOSITIONS = new Set(['in', 'on', 'aboard']);
/** The predicate of a direction claim: on which side of a place (its subject) the event was. */
export const DIRECTION_PREDICATE = 'lies_towards';

// Lengths of the distance units news uses, in kilometres (statute and nautical miles by definition).
const KILOMETRES_PER: Record<string, number> = { km: 1, kilometer: 1, kilometre: 1, kms: 1, mile: 1.609344, mi: 1.609344, 'nautical mile': 1.852 };

/**
 * Whose count a verb's object is: "DiLeo has spent 19 seasons", "Smith scored 30 points" are DiLeo's
 * and Smith's, and another person's 11 seasons answer another question. Only a name just before the verb, of a
 * verb of no known event type: how many were killed, arrested or rescued is the event's count,
 * whoever is said to have done it ("police arrested 46" and "46 were arrested" are one answer).
 */
function countOwner(tokens: Token[], verbAt: number, lemma: string, ctx: ClauseContext): SubjectRef | null {
  if (eventTypeOf(lemma) !== null || isEventNoun(lemma)) return null;
  let first = verbAt;
  while (first > 0 && (tokens[first - 1]?.pos === 'AUX' || tokens[first - 1]?.pos === 'ADV' || NEGATORS.has(tokens[first - 1]?.lower ?? ''))) first--;
  const subject = subjectBefore(tokens, first, ctx.names, ctx.source.text);
  // Only a name right before the verb: "a pursuit through Genesee County reached 120 mph" is no
  // county's count.
  return subject?.kind === 'name' && subject.mention.last === first - 1 ? subject : null;
}

/** A noun at `from` (after a determiner) that names an event of a known type: "custody", "detention". */
function typedEventNoun(tokens: Token[], from: number): { lemma: string; text: string } | null {
  let k = from;
  while (tokens[k]?.pos === 'DET') k++;
  const noun = tokens[k];
  if (!noun || noun.pos !== 'NOUN') return null;
  const lemma = baseForm(noun.lower, 'n') ?? noun.lemma;
  return eventTypeOf(lemma) !== null ? { lemma, text: noun.text } : null;
}

/**
 * What a light verb at `verbAt` takes its meaning from: a preposition and its noun ("took to the
 * streets" -> to, street) or a bare noun object ("set fire" -> fire), with the index it ends at.
 */
function lightVerbComplement(tokens: Token[], verbAt: number): { words: string[]; end: number } | null {
  let k = verbAt + 1;
  const words: string[] = [];
  if (tokens[k]?.pos === 'ADP') words.push((tokens[k++] as Token).lower);
  while (tokens[k]?.pos === 'DET' && words.length > 0) k++;
  const noun = tokens[k];
  // A bare noun only, as in "set fire", "took part": "set trash cans on fire" means no "set trash".
  if (!noun || noun.pos !== 'NOUN' || tokens[k + 1]?.pos === 'NOUN') return null;
  words.push(baseForm(noun.lower, 'n') ?? noun.lemma);
  return { words, end: k };
}

/** Where the bound words before a number start: "about" in "about 940 miles". */
function boundStart(tokens: Token[], first: number): number {
  let k = first;
  while (k > 0 && BOUND_WORDS.has(tokens[k - 1]?.lower ?? '') && tokens[k - 1]?.lower !== 'the' && tokens[k - 1]?.lower !== 'a') k--;
  return k;
}

/** A converted figure to three significant digits: 940 miles is 1,510 km, not 1,512.78. */
function roundTo3(x: number): number {
  if (x === 0) return 0;
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 2);
  return Math.round(x / scale) * scale;
}

/**
 * The named place a distance is measured from, read after the unit: compass words (and a parenthesised
 * conversion) may come between, then "of", "from" or "off", then the name.
 */
function distanceFrom(clause: Token[], from: number): { place: string; placeAt: number; direction: string | null } | null {
  let i = from;
  let depth = 0;
  let direction: string | null = null;
  for (let steps = 0; i < clause.length && steps < 10; i++, steps++) {
    const t = clause[i] as Token;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth > 0 || t.text === '-') continue;
    else if (COMPASS.test(t.lower)) {
      // "north-west" is written in three tokens: its parts join into one direction.
      if (t.lower !== 'away') direction = direction && clause[i - 1]?.text === '-' ? `${direction}${t.lower}` : t.lower.replace('-', '');
    } else break;
  }
  if (!['of', 'from', 'off'].includes(clause[i]?.lower ?? '')) return null;
  i++;
  if (clause[i]?.lower === 'the') i++;
  const start = i;
  while (clause[i]?.pos === 'PROPN') i++;
  return i > start ? { place: clause.slice(start, i).map((t) => t.text).join(' '), placeAt: start, direction } : null;
}

// Verbs of a change by some percent, by direction: "stocks plunged 5.4 per cent", "closed down 3.9 percent".
const FALLING = new Set(['fall', 'drop', 'plunge', 'plummet', 'slump', 'slide', 'decline', 'tumble', 'sink', 'dip', 'lose', 'shed', 'ease', 'retreat', 'crash', 'decrease', 'shrink', 'contract']);
const RISING = new Set(['rise', 'gain', 'jump', 'climb', 'surge', 'soar', 'advance', 'rally', 'increase', 'grow', 'add', 'rebound', 'spike', 'leap']);
export const CHANGE_PREDICATES = { down: 'change_down', up: 'change_up' } as const;

function isNumberWord(t: Token): boolean {
  return t.pos === 'NUM' || t.entityType === 'CARDINAL' || t.entityType === 'PERCENT';
}

/**
 * How much something went down or up, in percent: "Greek stocks plunged 5.4 per cent", "closed down
 * 3.9 percent", "rose by 2%". One question per thing and direction, whatever the verb ("plunged" and
 * "closed down" answer one); the number is used and no count is read from it.
 */
function changeClaims(clause: Token[], ctx: ClauseContext, used: Set<number>): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (let i = nextWhere(clause, 0, isNumberWord); i < clause.length; i = nextWhere(clause, i + 1, isNumberWord)) {
    const t = clause[i] as Token;
    const value = parseNumber([t.lower.replace(/%$/, '')]);
    if (value === null) continue;
    const next = clause[i + 1]?.lower ?? '';
    const isPercent = /%$/.test(t.lower) || next === '%' || next === 'percent' || (next === 'per' && clause[i + 2]?.lower === 'cent');
    if (!isPercent) continue;
    // Back over "by", bounds and a direction word to the verb.
    let k = i - 1;
    let direction: 'down' | 'up' | null = null;
    while (k >= 0 && (BOUND_WORDS.has(clause[k]?.lower ?? '') || /^(by|down|up|lower|higher|some|nearly|almost)$/.test(clause[k]?.lower ?? ''))) {
      const word = clause[k]?.lower ?? '';
      if (word === 'down' || word === 'lower') direction = 'down';
      if (word === 'up' || word === 'higher') direction = 'up';
      k--;
    }
    const verb = clause[k];
    if (!verb || verb.pos !== 'VERB') continue;
    direction ??= FALLING.has(verb.lemma) ? 'down' : RISING.has(verb.lemma) ? 'up' : null;
    if (!direction) continue;
    const subject = subjectBefore(clause, k, ctx.names, ctx.source.text);
    if (!subject || subject.kind === 'pronoun') continue;
    used.add(t.start);
    const bounds = boundsFor(value, lowerWords(clause, Math.max(0, i - 3), i));
    const end = next === 'per' ? i + 2 : next === '%' || next === 'percent' ? i + 1 : i;
    claims.push(makeDraft(ctx.base, {
      kind: 'QUANTITY',
      subject,
      predicate: CHANGE_PREDICATES[direction],
      // "closed down", "rose": the verb and its direction, without "by" and bounds.
      predicateText: clause.slice(k, i).filter((x) => x === verb || x.lower === 'down' || x.lower === 'up' || x.lower === 'lower' || x.lower === 'higher').map((x) => x.text).join(' '),
      object: 'percent',
      objectKind: null,
      objectText: textOf(clause.slice(i, end + 1), ctx.source.text),
      isNegated: false,
      value: { kind: 'QUANTITY', value, min: bounds.min, max: bounds.max, unit: 'percent', unitText: 'percent' },
      certainty: 0.8,
      episode: ctx.episode,
    }));
  }
  return claims;
}

/** The token ranges [first, last] of each wink entity of a type in a clause, in order. */
function entitySpans(clause: Token[], type: string): Array<{ first: number; last: number }> {
  const spans: Array<{ first: number; last: number }> = [];
  for (let i = 0; i < clause.length; i++) {
    const t = clause[i] as Token;
    if (t.entityType !== type) continue;
    let last = i;
    while (clause[last + 1]?.entityType === type && clause[last + 1]?.entityIndex === t.entityIndex) last++;
    spans.push({ first: i, last });
    i = last;
  }
  return spans;
}

// Currencies by the words and signs that name them.
export const CURRENCIES: Record<string, string> = { $: 'dollar', us$: 'dollar', dollar: 'dollar', dollars: 'dollar', '€': 'euro', euro: 'euro', euros: 'euro', '£': 'pound', pound: 'pound', pounds: 'pound', sterling: 'pound', yen: 'yen', yuan: 'yuan', rupee: 'rupee', rupees: 'rupee', rial: 'rial', rials: 'rial' };
// Verbs that put a figure on something: "damage estimated at $54 million", "losses were put at".
const ESTIMATING = new Set(['estimate', 'put', 'value', 'cost', 'total', 'amount', 'reach', 'exceed', 'top', 'set', 'assess', 'peg']);
export const AMOUNT_PREDICATE = 'amounts_to';
const ROUNDING_NOUNS = new Set(['range', 'vicinity', 'region', 'neighborhood', 'neighbourhood', 'area', 'ballpark', 'tune', 'excess', 'order', 'upwards', 'figure', 'sum', 'amount', 'total']);

/**
 * Sums of money (wink's MONEY entities): "held on $200,000 bail", "damage estimated at about 54
 * million dollars", "the bank lost 1.2 billion euros". The sum is of the noun right after it, or of
 * what a verb of estimating puts a figure on, or what the verb's subject paid, lost or raised.
 */
function moneyClaims(clause: Token[], ctx: ClauseContext, used: Set<number>): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const text = ctx.source.text;
  for (const entity of entitySpans(clause, 'MONEY')) {
    const first = entity.first;
    let last = entity.last;
    // "$54m.": wink leaves a scale's abbreviation out of the sum.
    if (/^(m|mn|bn|b|k|tn)\.?$/.test(clause[last + 1]?.lower ?? '') && clause[last + 1]?.start === clause[last]?.end) last++;
    const span = clause.slice(first, last + 1);
    const currency = span.map((k) => CURRENCIES[k.lower] ?? (k.lower.endsWith('$') ? 'dollar' : undefined)).find(Boolean);
    // "30bn euros", "$5m": a scale glued to or after the figure.
    const numberWords = span.flatMap((k) => {
      const glued = /^([\d.,]+)(bn|b|mn|m|k|tn)$/.exec(k.lower);
      const word = glued ? glued[2] : k.lower.replace(/\.$/, '');
      const scale = word === 'bn' || word === 'b' ? 'billion' : word === 'mn' || word === 'm' ? 'million' : word === 'k' ? 'thousand' : word === 'tn' ? 'trillion' : null;
      if (glued?.[1]) return scale ? [glued[1], scale] : [glued[1]];
      if (scale && k.pos !== 'NUM') return [scale];
      return k.pos === 'NUM' ? [k.lower] : [];
    });
    const value = numberWords.length > 0 ? parseNumber(numberWords) : null;
    if (!currency || value === null || span.some((k) => used.has(k.start))) continue;
    let subject: SubjectRef | null = null;
    let predicate = AMOUNT_PREDICATE;
    let predicateText = 'of';
    const after = clause[last + 1];
    // "a $35,000 reward", "an eight-year, $160 million offer": a thing brought in as new.
    const isIndefiniteAt = (at: number): boolean => {
      for (let k = at; k >= 0 && k >= at - 5; k--) {
        const word = clause[k]?.lower ?? '';
        if (word === 'a' || word === 'an') return true;
        if (clause[k]?.pos === 'DET' || clause[k]?.pos === 'VERB' || clause[k]?.pos === 'ADP') return false;
      }
      return false;
    };
    if (after?.pos === 'NOUN' && !CURRENCIES[after.lower]) {
      // "$200,000 bail": the sum is the bail's.
      const lemma = baseForm(after.lower, 'n') ?? after.lemma;
      subject = { kind: 'noun', text: after.text, lemma, words: [lemma], ...(isIndefiniteAt(first - 1) ? { isIndefinite: true } : {}) };
    } else if (clause[first - 1]?.lower === 'of' && clause[first - 2]?.pos === 'NOUN') {
      // "a fine of $5 million", "damage of 54 million dollars".
      const noun = clause[first - 2] as Token;
      const lemma = baseForm(noun.lower, 'n') ?? noun.lemma;
      subject = { kind: 'noun', text: noun.text, lemma, words: [lemma], ...(isIndefiniteAt(first - 3) ? { isIndefinite: true } : {}) };
    } else {
      let k = first - 1;
      // Back over "at about" to the verb ("estimated" is a bound only when it is no verb: "an estimated 100,000").
      while (k >= 0 && (clause[k]?.pos === 'ADP' || clause[k]?.pos === 'ADV' || clause[k]?.pos === 'AUX' || (BOUND_WORDS.has(clause[k]?.lower ?? '') && clause[k]?.pos !== 'VERB'))) k--;
      const verb = clause[k];
      if (!verb || verb.pos !== 'VERB') continue;
      subject = subjectBefore(clause, k, ctx.names, text);
      if (ESTIMATING.has(verb.lemma)) predicateText = `${verb.text}${clause[k + 1]?.lower === 'at' ? ' at' : ''}`;
      else {
        predicate = predicateLemma(verb, clause[k + 1]).lemma;
        predicateText = verb.text;
      }
    }
    // "in the range of $145 million", "to the tune of", "in excess of": words of rounding say what the
    // sum is near, not what it is of.
    if (!subject || subject.kind === 'pronoun' || subject.text.trim() === '' || (subject.kind === 'noun' && ROUNDING_NOUNS.has(subject.lemma))) continue;
    for (const k of span) used.add(k.start);
    const bounds = boundsFor(value, lowerWords(clause, Math.max(0, first - 3), first).concat(lowerWords(span.filter((x) => BOUND_WORDS.has(x.lower)))));
    const written = span.filter((x) => !BOUND_WORDS.has(x.lower) && x.pos !== 'ADV');
    const writtenText = textOf(written, text).replace(/\.$/, '');
    claims.push(makeDraft(ctx.base, {
      kind: 'QUANTITY',
      subject,
      predicate,
      predicateText,
      object: currency,
      objectKind: null,
      objectText: writtenText,
      isNegated: false,
      value: { kind: 'QUANTITY', value, min: bounds.min, max: bounds.max, unit: currency, unitText: writtenText },
      certainty: 0.8,
      episode: ctx.episode,
    }));
  }
  return claims;
}

// Seconds in each unit of a duration.
const SECONDS_IN: Record<string, number> = { second: 1, sec: 1, minute: 60, min: 60, hour: 3600, hr: 3600, day: 86_400, week: 604_800 };
export const DURATION_PREDICATE = 'lasts';

/** The predicate of a measure of a thing ("winds of 150 mph", "a depth of 10 km"), before the measured noun. */
export const MEASURE_PREDICATE = 'measures:';
// Nouns measured by a speed, and by a length, with "of" before the figure.
const SPEED_NOUNS = new Set(['wind', 'gust', 'speed', 'velocity']);
const LENGTH_NOUNS = new Set(['depth', 'height', 'altitude', 'elevation', 'length', 'width', 'diameter', 'wave']);
const MEASURED_FORMS = new Set([...SPEED_NOUNS, ...LENGTH_NOUNS].flatMap((w) => [w, w === 'velocity' ? 'velocities' : `${w}s`]));
// Speeds in km/h and lengths in metres, per unit as written (one word, or the words of "miles per hour").
const KMH_PER: Record<string, number> = { mph: 1.609344, 'mile per hour': 1.609344, 'mile an hour': 1.609344, 'km/h': 1, kph: 1, kmh: 1, 'km per hour': 1, 'kilometer per hour': 1, 'kilometre per hour': 1, 'kilometer an hour': 1, 'kilometre an hour': 1, knot: 1.852 };
const METRES_PER: Record<string, number> = { km: 1000, kilometer: 1000, kilometre: 1000, kms: 1000, mile: 1609.344, 'nautical mile': 1852, m: 1, meter: 1, metre: 1, foot: 0.3048, feet: 0.3048, ft: 0.3048, yard: 0.9144 };
// Verbs between a measured noun and its figure, with the bound each puts on it ("topped 100 mph" is over 100).
const REACHING: Record<string, string> = { reach: '', hit: '', top: 'more than', exceed: 'more than' };
// A figure converted from another unit is rounded by whoever converted it: 150 mph is "240 km/h".
const CONVERSION_SLACK = 0.02;

/** The unit after a figure at `at` for a kind of measure: its key, per-unit factor and last index. */
function measureUnit(tokens: Token[], at: number, table: Record<string, number>): { factor: number; last: number } | null {
  const word = (k: number): string => {
    const t = tokens[k];
    // wink keeps a sentence's full stop on a unit's abbreviation: "km/h." ends in "h.".
    const lower = t?.lower.replace(/(?<=.)\.$/, '') ?? '';
    return t ? (t.pos === 'NOUN' ? (baseForm(lower, 'n') ?? lower) : lower) : '';
  };
  // Three words ("miles per hour", "km / h"), then two ("nautical miles"), then one.
  for (const length of [3, 2, 1]) {
    const key = Array.from({ length }, (_, i) => word(at + i)).join(length === 3 && tokens[at + 1]?.text === '/' ? '' : ' ');
    const factor = table[key];
    if (factor !== undefined) return { factor, last: at + length - 1 };
  }
  return null;
}

/**
 * A measure of a thing as news gives it: "maximum sustained winds of up to 150 mph", "gusts of 240
 * km/h", "struck at a depth of 10 kilometres". Speeds are compared in km/h and lengths in metres, so
 * "150 mph" and "240 km/h" are one answer; the noun measured is the question ("winds", "depth").
 */
/** The amount of a unit the words before it give: "half a mile" 0.5, "a mile and a half" 1.5, "two miles" 2. */
function amountOfUnit(clause: Token[], unitAt: number, afterUnit: number): { value: number; first: number; last: number } | null {
  const word = (k: number): string => clause[k]?.lower ?? '';
  // "a mile and a half", "one and a half miles" ("and a half" after the unit, or before it).
  const halfAfter = word(afterUnit) === 'and' && word(afterUnit + 1) === 'a' && word(afterUnit + 2) === 'half';
  let k = unitAt - 1;
  let half = halfAfter ? 0.5 : 0;
  if (!halfAfter && word(k) === 'half' && word(k - 1) === 'a' && word(k - 2) === 'and') {
    half = 0.5;
    k -= 3;
  }
  // "half a mile"
  if (!halfAfter && half === 0 && word(k) === 'a' && word(k - 1) === 'half') return { value: 0.5, first: k - 1, last: halfAfter ? afterUnit + 2 : unitAt };
  const last = halfAfter ? afterUnit + 2 : unitAt;
  if (word(k) === 'a' || word(k) === 'an') return { value: 1 + half, first: k, last };
  if (clause[k]?.pos !== 'NUM' && clause[k]?.entityType !== 'CARDINAL') return null;
  let first = k;
  // ("about 2 miles": wink's number may take in its bound; the bound is no part of the number.)
  while (first > 0 && (clause[first - 1]?.pos === 'NUM' || clause[first - 1]?.entityType === 'CARDINAL') && clause[first - 1]?.entityIndex === clause[k]?.entityIndex && !BOUND_WORDS.has(clause[first - 1]?.lower ?? '')) first--;
  const value = parseNumber(lowerWords(clause, first, k + 1));
  return value === null ? null : { value: value + half, first, last };
}

/**
 * "Chohan, who lived half a mile away", "She had moved about a mile and a half away": how far away its
 * subject was, a question of that subject's whatever the verb. With no place after "away" the distance
 * is from where the event happened; with one ("away from Aden") the distance reader has it already.
 */
function awayDistanceClaims(clause: Token[], ctx: ClauseContext, used: Set<number>, previous: Token[] | null): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (let a = 2; a < clause.length; a++) {
    if (clause[a]?.lower !== 'away' || ['from', 'of', 'off'].includes(clause[a + 1]?.lower ?? '')) continue;
    // The unit right before "away", or before "and a half away".
    const unitAt = clause[a - 1]?.lower === 'half' && clause[a - 3]?.lower === 'and' ? a - 4 : a - 1;
    const unitWord = clause[unitAt]?.lower ?? '';
    const unit = baseForm(unitWord, 'n') ?? unitWord;
    const isNautical = clause[unitAt - 1]?.lower === 'nautical';
    const perUnit = KILOMETRES_PER[isNautical ? 'nautical mile' : unit];
    if (perUnit === undefined) continue;
    const amount = amountOfUnit(clause, isNautical ? unitAt - 1 : unitAt, unitAt + 1);
    if (!amount || used.has(clause[amount.first]?.start ?? -1)) continue;
    let boundFirst = amount.first;
    while (boundFirst > 0 && BOUND_WORDS.has(clause[boundFirst - 1]?.lower ?? '') && clause[boundFirst - 1]?.lower !== 'a') boundFirst--;
    // Whose distance: the subject of the verb the amount follows.
    // Right after the verb, but for auxiliaries and adverbs: "The blast shattered windows two miles
    // away" is the windows' distance, "heard by residents five miles away" the residents', and "seen
    // from 30 miles away" no one's.
    if (clause[boundFirst - 1]?.lower === 'from') continue;
    let verb = boundFirst - 1;
    while (verb >= 0 && (clause[verb]?.pos === 'ADV' || clause[verb]?.pos === 'AUX' || clause[verb]?.pos === 'PART')) verb--;
    if (verb < 0 || clause[verb]?.pos !== 'VERB') continue;
    let first = verb;
    while (first > 0 && (clause[first - 1]?.pos === 'AUX' || clause[first - 1]?.pos === 'ADV')) first--;
    // ("Chohan, who lived half a mile away": a relative clause's subject ends the clause before it.)
    const isRelative = first === 1 && /^(who|which|that)$/.test(clause[0]?.lower ?? '');
    const subject = isRelative && previous ? subjectBefore(previous, previous[previous.length - 1]?.text === ',' ? previous.length - 1 : previous.length, findNames(previous).names, ctx.source.text) : subjectBefore(clause, first, ctx.names, ctx.source.text);
    if (!subject) continue;
    for (let k = amount.first; k <= amount.last; k++) used.add((clause[k] as Token).start);
    const kilometres = roundTo3(amount.value * perUnit);
    claims.push(makeDraft(ctx.base, {
      kind: 'QUANTITY',
      subject,
      predicate: `${DISTANCE_PREDICATE}here`,
      predicateText: 'away',
      object: 'km',
      objectKind: null,
      objectText: textOf(clause.slice(boundFirst, a), ctx.source.text),
      isNegated: false,
      value: { kind: 'QUANTITY', value: kilometres, min: null, max: null, unit: 'km', unitText: textOf(clause.slice(isNautical ? unitAt - 1 : unitAt, unitAt + 1), ctx.source.text) },
      certainty: 0.85,
      episode: ctx.episode,
    }));
  }
  return claims;
}

function measureClaims(clause: Token[], ctx: ClauseContext, used: Set<number>): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const text = ctx.source.text;
  for (let i = 0; i < clause.length; i++) {
    const noun = clause[i] as Token;
    // Every noun of every clause comes here: a set of the words' forms turns almost all away at once.
    if (!(noun.pos === 'NOUN' || noun.pos === 'PROPN') || !MEASURED_FORMS.has(noun.lower)) continue;
    const lemma = baseForm(noun.lower, 'n') ?? noun.lower;
    const isSpeed = SPEED_NOUNS.has(lemma);
    if (!isSpeed && !LENGTH_NOUNS.has(lemma)) continue;
    // "winds of 150 mph", "speeds up to 120 mph", "speeds reached 120 mph", "winds topped 100 mph".
    const verb = clause[i + 1]?.pos === 'VERB' ? (clause[i + 1] as Token) : null;
    const reaching = verb ? REACHING[baseForm(verb.lower, 'v') ?? verb.lemma] : undefined;
    if (!(clause[i + 1]?.lower === 'of' || BOUND_WORDS.has(clause[i + 1]?.lower ?? '') || reaching !== undefined)) continue;
    let first = i + 2;
    while (BOUND_WORDS.has(clause[first]?.lower ?? '') && clause[first]?.entityType !== 'CARDINAL') first++;
    let last = first;
    while (clause[last]?.entityType === 'CARDINAL' && clause[last + 1]?.entityType === 'CARDINAL' && clause[last + 1]?.entityIndex === clause[last]?.entityIndex) last++;
    if (clause[first]?.entityType !== 'CARDINAL' || used.has(clause[first]?.start ?? -1)) continue;
    let numberFirst = first;
    while (numberFirst < last && BOUND_WORDS.has(clause[numberFirst]?.lower ?? '')) numberFirst++;
    const value = parseNumber(lowerWords(clause, numberFirst, last + 1));
    const unit = value === null ? null : measureUnit(clause, last + 1, isSpeed ? KMH_PER : METRES_PER);
    if (value === null || !unit) continue;
    for (let k = first; k <= unit.last; k++) used.add((clause[k] as Token).start);
    const boundWords = reaching !== undefined ? [reaching, ...lowerWords(clause, i + 2, numberFirst)] : lowerWords(clause, i + 1, numberFirst);
    const bounds = boundsFor(value, boundWords.filter((w) => w !== 'of' && w !== ''));
    const converted = roundTo3(value * unit.factor);
    const isExactFigure = bounds.min === value && bounds.max === value;
    // "sustained winds", "maximum winds": the adjectives before the noun are part of what is measured as written.
    let from = i;
    while (from > 0 && (clause[from - 1]?.pos === 'ADJ' || (clause[from - 1]?.pos === 'VERB' && /ed$/.test(clause[from - 1]?.lower ?? '')) || clause[from - 1]?.lower === 'maximum')) from--;
    claims.push(makeDraft(ctx.base, {
      kind: 'QUANTITY',
      subject: null,
      predicate: `${MEASURE_PREDICATE}${lemma}`,
      predicateText: textOf(clause.slice(from, i + 1), text).toLowerCase(),
      object: isSpeed ? 'km/h' : 'm',
      objectKind: null,
      objectText: textOf(clause.slice(reaching === undefined && clause[i + 1]?.lower === 'of' ? i + 2 : i + 1, unit.last + 1), text),
      isNegated: false,
      value: {
        kind: 'QUANTITY',
        value: converted,
        // ("more than 100 mph" is above 100 mph: a count's "more than" adds one, a measure's does not.)
        min: bounds.min === null ? null : isExactFigure ? roundTo3(converted * (1 - CONVERSION_SLACK)) : roundTo3(Math.min(bounds.min, value) * unit.factor),
        max: bounds.max === null ? null : isExactFigure ? roundTo3(converted * (1 + CONVERSION_SLACK)) : roundTo3(Math.max(bounds.max, value) * unit.factor),
        unit: isSpeed ? 'km/h' : 'm',
        unitText: textOf(clause.slice(last + 1, unit.last + 1), text),
      },
      certainty: 0.9,
      episode: ctx.episode,
    }));
  }
  return claims;
}

/**
 * How long something lasted (wink's DURATION entities), in seconds: "the tremor lasted 30 seconds",
 * "sensing a definite tremor for one minute". Only after "last" (its subject) or "for" after a verb
 * with a noun object (that object): "sentenced to 10 years" or "waited for hours" say how long of no thing.
 */
function durationClaims(clause: Token[], ctx: ClauseContext, used: Set<number>): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const text = ctx.source.text;
  for (const { first, last } of entitySpans(clause, 'DURATION')) {
    const span = clause.slice(first, last + 1);
    const unitToken = span[span.length - 1] as Token;
    const unit = baseForm(unitToken.lower, 'n') ?? unitToken.lemma;
    const perUnit = SECONDS_IN[unit];
    // "a minute", "one minute", "30 seconds": the words before the unit that are a number.
    const numberWords: string[] = [];
    for (const k of span.slice(0, -1)) if (k.pos === 'NUM' || k.lower === 'a' || k.lower === 'an') numberWords.push(k.lower === 'a' || k.lower === 'an' ? 'one' : k.lower);
    const count = numberWords.length > 0 ? parseNumber(numberWords) : clause[first - 1]?.lower === 'a' || clause[first - 1]?.lower === 'an' ? 1 : null;
    if (!perUnit || count === null || span.some((k) => used.has(k.start))) continue;
    let k = first - 1;
    const leading: string[] = [];
    while (k >= 0 && (clause[k]?.pos === 'ADP' || clause[k]?.pos === 'ADV' || clause[k]?.pos === 'DET' || BOUND_WORDS.has(clause[k]?.lower ?? ''))) leading.unshift(clause[k--]?.lower ?? '');
    let subject: SubjectRef | null = null;
    const verb = clause[k];
    if (verb?.pos === 'VERB' && verb.lemma === 'last') {
      subject = subjectBefore(clause, k, ctx.names, text);
      // "It lasted around 30 seconds": what lasted is the event the article last named.
      const event = ctx.measured.lastEvent;
      if ((!subject || (subject.kind === 'pronoun' && subject.text.toLowerCase() === 'it') || clause[k - 1]?.lower === 'it') && event) subject = { kind: 'noun', text: event, lemma: event, words: [event] };
    }
    else if (leading.includes('for')) {
      // "sensing a definite tremor for one minute": back over the object to its verb.
      let v = k;
      while (v >= 0 && (clause[v]?.pos === 'NOUN' || clause[v]?.pos === 'ADJ' || clause[v]?.pos === 'DET')) v--;
      // Only an event: "attended the trial most days for 12 weeks" says how long of no thing.
      const object = clause[v]?.pos === 'VERB' && clause[k]?.pos === 'NOUN' && isEventNoun(baseForm(clause[k]?.lower ?? '', 'n') ?? clause[k]?.lemma ?? '') ? (clause[k] as Token) : null;
      if (object) {
        const lemma = baseForm(object.lower, 'n') ?? object.lemma;
        subject = { kind: 'noun', text: object.text, lemma, words: [lemma] };
      }
    }
    if (!subject) continue;
    for (const x of span) used.add(x.start);
    // The bound before the number, inside the entity or before it: "around 30 seconds", "just over 10 seconds".
    const numberAt = span.findIndex((x) => x.pos === 'NUM' || x.lower === 'a' || x.lower === 'an');
    const bounds = boundsFor(count * perUnit, [...leading, ...lowerWords(span, 0, Math.max(0, numberAt))].filter((w) => w !== 'for'));
    claims.push(makeDraft(ctx.base, {
      kind: 'QUANTITY',
      subject,
      predicate: DURATION_PREDICATE,
      predicateText: 'lasted',
      object: 'second',
      objectKind: null,
      objectText: textOf(span.filter((x) => !BOUND_WORDS.has(x.lower) && x.pos !== 'ADV' && x.pos !== 'ADP'), text),
      isNegated: false,
      value: { kind: 'QUANTITY', value: count * perUnit, min: bounds.min, max: bounds.max, unit: 'second', unitText: 'seconds' },
      certainty: 0.8,
      episode: ctx.episode,
    }));
  }
  return claims;
}

// Words that take part of a total after "of the": "some of the 40 passengers" counts not 40 ("all of the" does).
const PART_QUANTIFIERS = new Set(['some', 'most', 'none', 'many', 'few', 'several', 'half', 'each', 'any', 'both', 'majority', 'rest', 'remainder', 'dozens', 'hundreds', 'scores']);

/** Whether nothing but a noun phrase's words come from `from` to a comma: "30 boats," but not "23 pirates arrested,". */
function isNounPhraseToComma(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 6; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') return k > from;
    if (!(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') || isCasualtyWord(t)) return false;
  }
  return false;
}

/** Nouns that count the dead: "five deaths", "12 fatalities". */
function isDeathNoun(lemma: string): boolean {
  return lemma === 'fatality' || (eventTypeOf(lemma) === 'Life.Die' && isWord(lemma, 'n') && lemma !== 'dead');
}

// Event types whose passive has people as its subject: "6 were killed", "six were arrested", "12 were rescued".
const PEOPLE_UNDERGO = new Set(['Life.Die', 'Life.Injure', 'Justice.Arrest-Jail', 'Justice.Charge-Indict', 'Justice.Convict', 'Justice.Sentence', 'Justice.Release', 'Rescue']);
// Attacks whose passive is said of people: "two were shot", "one was stabbed" ("three were hit" may be buildings).
const PEOPLE_ATTACKS = new Set(['shoot', 'stab']);

/** Whether a passive starts at `from` ("were killed", "have been arrested") of what befalls people. */
/** Whether a counted noun is people: "people", "persons", or a kind of person ("guards", "villagers"). */
function isPeopleNoun(head: Token): boolean {
  const lemma = baseForm(head.lower, 'n') ?? head.lemma;
  return GENERIC_PEOPLE.has(lemma) || isPersonFirst(lemma);
}

function passiveOfPeople(tokens: Token[], from: number, isGapped = false): boolean {
  let k = from;
  let isBe = false;
  while (tokens[k]?.pos === 'AUX' || (k > from && tokens[k]?.pos === 'ADV')) {
    if (tokens[k]?.lemma === 'be') isBe = true;
    k++;
  }
  const verb = tokens[k];
  // "18 people were injured and 12 arrested": after "and", the passive's "were" may be left out.
  const isGappedParticiple = isGapped && k === from && !!verb && /(ed|en)$/.test(verb.lower);
  if ((!isBe && !isGappedParticiple) || !verb || verb.pos !== 'VERB') return false;
  const lemma = baseForm(verb.lower, 'v') ?? verb.lemma;
  const type = eventTypeOf(lemma);
  return (type !== null && PEOPLE_UNDERGO.has(type)) || PEOPLE_ATTACKS.has(lemma);
}

// How many words a verb's first object may take before "and" and a count: "killed his wife and two children".
const COORDINATED_OBJECT_MAX = 5;

/**
 * The verb whose object a count joined by "and" shares ("killed his wife and two children"), from the
 * "and" at `andAt`: a noun phrase of a few words back to a verb that reports nothing. -1 if none.
 */
function coordinatedVerb(tokens: Token[], andAt: number): number {
  if (tokens[andAt]?.lower !== 'and') return -1;
  let k = andAt - 1;
  let words = 0;
  while (k >= 0 && words < COORDINATED_OBJECT_MAX && (NP_POS.has(tokens[k]?.pos ?? '') && tokens[k]?.entityType !== 'CARDINAL')) {
    k--;
    words++;
  }
  const verb = tokens[k];
  const isObject = words > 0 && (tokens[k + 1]?.pos === 'DET' || tokens[k + 1]?.pos === 'PRON' || tokens[k + 1]?.pos === 'PROPN' || tokens[k + 1]?.pos === 'NOUN');
  return isObject && verb?.pos === 'VERB' && !isReportingVerb(verb) && !COPULAS.has(verb.lemma) && !PREPOSITIONAL_PARTICIPLES.has(verb.lower) ? k : -1;
}

function quantityClaims(clause: Token[], ctx: ClauseContext, used: Set<number>, previous: Token[] | null = null): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  // Each count's draft with where it starts and ends, for a total of a list of them (listedTotal).
  const listedCounts: ListedCount[] = [];
  // Only a count is claimed, so a clause without one (most) is not joined up to be searched.
  const joined = clause.some((k) => k.entityType === 'CARDINAL') ? lowerWords(clause).join(' ') : '';
  const isCumulative = CUMULATIVE.test(joined);
  const isOverAPeriod = OVER_A_PERIOD.test(joined);
  let previousCounted: ReturnType<typeof countedNoun> = null;
  let previousWasPeople = false;
  let listed: { verb: Token; end: number } | null = null;
  const text = ctx.source.text;
  const isUnusedCount = (t: Token): boolean => t.entityType === 'CARDINAL' && !used.has(t.start);
  for (let i = nextWhere(clause, 0, isUnusedCount); i < clause.length; i = nextWhere(clause, i + 1, isUnusedCount)) {
    const t = clause[i] as Token;
    let last = i;
    // "Two dozen", "three hundred": wink may make the scale a number of its own.
    while (clause[last + 1]?.entityType === 'CARDINAL' && (clause[last + 1]?.entityIndex === t.entityIndex || isScaleWord(clause[last + 1]?.lower ?? ''))) last++;
    // wink may take a bound into the number ("about 50" as one cardinal): the bound stays a bound.
    let first = i;
    while (first < last && BOUND_WORDS.has(clause[first]?.lower ?? '') && !(clause[first]?.lower === 'a' && isScaleWord(clause[first + 1]?.lower ?? ''))) first++;
    // "between 20 and 30 people": a range, read at its second number with both as bounds.
    const rangeHigh = clause[first - 1]?.lower === 'between' && clause[last + 1]?.lower === 'and' && clause[last + 2]?.entityType === 'CARDINAL' ? last + 2 : -1;
    let rangeLow: number | null = null;
    if (rangeHigh >= 0) {
      rangeLow = parseNumber(lowerWords(clause, first, last + 1));
      first = rangeHigh;
      last = rangeHigh;
      while (clause[last + 1]?.entityType === 'CARDINAL' && clause[last + 1]?.entityIndex === clause[rangeHigh]?.entityIndex) last++;
    }
    const words = lowerWords(clause, first, last + 1);
    const value = parseNumber(words);
    i = last;
    // Years and clock times are not counts.
    if (value === null || (words.length === 1 && /^(1[89]|20)\d\d$/.test(words[0] ?? ''))) continue;
    // A model designation is not a count: "AK 47 rifles", "F 16 jets", "B 52".
    const designator = clause[first - 1];
    if (designator && /^[A-Z]{1,4}$/.test(designator.text) && t.start - designator.end <= 1) continue;
    // "two of the three victims died": the three is the total the two are counted from.
    // But "30 of the 80 wounded" also counts the wounded: a total of casualties is a count of them.
    // So is "some of the 40 passengers", "none of the 150 people on board": only "all of the" counts them all.
    // So is "one of the 12 worst-hit villages": what befell them all, inside the phrase, counts them.
    if (clause[first - 1]?.lower === 'the' && clause[first - 2]?.lower === 'of' && (clause[first - 3]?.entityType === 'CARDINAL' || PART_QUANTIFIERS.has(clause[first - 3]?.lower ?? '')) && !isCasualtyWord(clause[last + 1])) {
      const total = countedNoun(clause, last + 1);
      if (!total || !clause.slice(last + 1, total.last).some(isBefallingParticiple)) continue;
    }
    // "Of the 30 boats, 6 were sunk": a total a sentence opens with is what the next count is counted from.
    // ("Of the 23 pirates arrested, 12 are Somali" still counts the arrested.)
    if (first === 2 && clause[0]?.lower === 'of' && clause[1]?.lower === 'the' && isNounPhraseToComma(clause, last + 1)) continue;
    // "a three-game losing streak", "a one-year contract": the number modifies, it does not count.
    if (clause[last + 1]?.text === '-' && clause[last + 1]?.start === clause[last]?.end) continue;
    // "three other automatic rifles" (besides the AK-47s): a count of others is a question of its own,
    // "How many other rifles", not a rival of the count of all rifles.
    const isOthers = clause[last + 1]?.lower === 'other' && clause[last + 2]?.pos !== 'PUNCT';
    let counted = countedNoun(clause, last + (isOthers ? 2 : 1));
    // "12 Somali and 11 Yemeni nationals": a kind whose noun the next count of the list gives.
    // (A demonym: "5 dead and 10 wounded people" are not a kind of people before an elided noun.)
    if (!counted && (clause[last + 1]?.pos === 'PROPN' || clause[last + 1]?.pos === 'ADJ') && placeOfDemonym(clause[last + 1]?.text ?? '') !== null && clause[last + 2]?.lower === 'and' && clause[last + 3]?.entityType === 'CARDINAL') {
      const shared = countedNoun(clause, last + 4);
      if (shared && shared.first > last + 3) counted = { head: shared.head, first: last + 1, last: last + 1 };
    }
    // "about 50 hurt", "the 80 wounded": a participle wink takes for a noun is what happened to them.
    if (counted && counted.first === last + 1 && counted.last === last + 1 && counted.head.pos === 'NOUN' && isCasualtyWord(counted.head)) counted = null;
    // "killing at least seven people and injuring 40": the second count's noun is the first's, elided.
    // "killing 10 persons and wounding another 70": "another" sets the wounded apart from the dead;
    // 70 is still all the wounded.
    let verbBefore = first - 1;
    while (verbBefore >= 0 && (BOUND_WORDS.has(clause[verbBefore]?.lower ?? '') || SUBSET_WORDS.has(clause[verbBefore]?.lower ?? ''))) verbBefore--;
    // wink tags some gerunds as nouns ("and wounding other 70"): the -ing form of a verb still governs.
    const isVerbLike = (k: Token | undefined): boolean => !!k && (k.pos === 'VERB' || (k.pos === 'NOUN' && /ing$/.test(k.lower) && baseForm(k.lower, 'v') !== null));
    // "Office shooting kills 1, injures 2": a bare number as a casualty verb's object counts people,
    // unless it leaves out the noun of a count before it ("killing seven guards and injuring 40").
    const isBareObject: boolean = !counted && (previousCounted === null || previousWasPeople) && clause[verbBefore]?.pos === 'VERB' && isCasualtyWord(clause[verbBefore]) && isPhraseEnd(clause[last + 1]) && !(clause[first - 1]?.lower === 'of');
    const isElided = !counted && !isBareObject && previousCounted !== null && isVerbLike(clause[verbBefore]) && !isReportingVerb(clause[verbBefore] as Token) && (last + 1 >= clause.length || ['PUNCT', 'CCONJ'].includes(clause[last + 1]?.pos ?? ''));
    if (isElided) counted = previousCounted;
    // "Three killed as rioters bomb bank", "3 dead": a count of casualties names no noun; it counts people.
    // "A mother of two died": a number after "of" and a noun describes that noun; it counts no one.
    const describesNoun = clause[first - 1]?.lower === 'of' && (clause[first - 2]?.pos === 'NOUN' || clause[first - 2]?.pos === 'PROPN');
    // "took 23 (pirates) into custody": a light verb's count, whose event is the noun after it.
    const afterCount = counted ? counted.last + 1 : last + 1;
    const eventAfter = !describesNoun && clause[verbBefore]?.pos === 'VERB' && isLightVerb(clause[verbBefore]?.lemma ?? '') && clause[afterCount]?.pos === 'ADP' ? typedEventNoun(clause, afterCount + 1) : null;
    // "was attended by an approximate 200,000": the agent of taking part in something is people.
    let byAt = first - 1;
    while (byAt > 0 && (BOUND_WORDS.has(clause[byAt]?.lower ?? '') || clause[byAt]?.pos === 'ADJ')) byAt--;
    const isParticipants = clause[byAt]?.lower === 'by' && clause[byAt - 1]?.pos === 'VERB' && PARTICIPATION_VERBS.has(clause[byAt - 1]?.lemma ?? '');
    // "Police said 6 were killed", "six were arrested": a bare number before a passive of what befalls
    // people counts people, unless it leaves out the noun of a count before it ("Of the 30 boats, 6 were sunk").
    // ("No-one was injured" is no one: a number joined to a word before it is part of that word.)
    const previousIsPeople: boolean = previousCounted !== null && (previousWasPeople || isPeopleNoun(previousCounted.head));
    const isPassiveOfPeople: boolean = !counted && (previousCounted === null || previousIsPeople) && clause[first - 1]?.text !== '-' && !NEGATORS.has(clause[first - 1]?.lower ?? '') && passiveOfPeople(clause, last + 1, previousIsPeople && clause[boundStart(clause, first) - 1]?.lower === 'and');
    const isImplicitPeople: boolean = !counted && !describesNoun && (isCasualtyWord(clause[last + 1]) || isBareObject || eventAfter !== null || isParticipants || isPassiveOfPeople);
    if (isImplicitPeople) counted = { head: clause[last] as Token, first: last + 1, last };
    // "with a population of 120,000": a figure of a population counts its people, with no noun.
    const isPopulationFigure = !counted && clause[boundStart(clause, first) - 1]?.lower === 'of' && clause[boundStart(clause, first) - 2]?.lower === 'population';
    if (isPopulationFigure) {
      const holder = populationHolder(clause, first, false, ctx, previous);
      if (holder) {
        const bounds = boundsFor(value, lowerWords(clause, Math.max(0, first - 3), first));
        claims.push(makeDraft(ctx.base, { kind: 'QUANTITY', subject: holder, predicate: POPULATION_PREDICATE, predicateText: 'has a population of', object: 'people', objectKind: null, objectText: 'people', isNegated: false, value: { kind: 'QUANTITY', value, min: bounds.min, max: bounds.max, unit: 'people', unitText: 'people' }, certainty: 0.85, episode: ctx.episode }));
      }
      continue;
    }
    if (!counted) continue;
    // "30bn euros" that wink takes for a count: sums of money are moneyClaims', and this one has lost its scale.
    if (CURRENCIES[counted.head.lower]) continue;
    // "Five deaths have been confirmed", "blamed for 12 deaths", "12 fatalities": a count of deaths is a
    // count of the dead, whatever verb reports it.
    if (!isImplicitPeople && !isOthers && !describesNoun && counted.head.pos === 'NOUN' && isDeathNoun(baseForm(counted.head.lower, 'n') ?? counted.head.lemma)) {
      const isAdded = INCREMENT_WORDS.has(clause[boundStart(clause, first) - 1]?.lower ?? '') || clause[boundStart(clause, first)]?.lower === 'another';
      claims.push(Object.assign(peopleCount(ctx, 'die', 'dead', value, boundsFor(value, lowerWords(clause, Math.max(0, first - 3), first))), {
        certainty: 0.9,
        episode: ctx.episode ?? (isAdded ? 'addition' : isOverAPeriod ? 'cumulative' : null),
      }, countScope(clause, ctx.names, previous, first, counted.last)));
      previousCounted = counted;
      previousWasPeople = true;
      listed = null;
      continue;
    }
    // "150 nautical miles west of Aden": wink may take the direction for the counted noun's head.
    const unitBefore: Token | undefined = clause[counted.last - 1];
    if (COMPASS.test(counted.head.lower) && counted.last > counted.first && unitBefore && DISTANCE_UNITS.has(unitBefore.lower)) counted = { ...counted, head: unitBefore, last: counted.last - 1 };
    const before = lowerWords(clause, Math.max(0, first - 3), first);
    const bounds = rangeLow !== null && rangeLow < value ? { min: rangeLow, max: value, isApproximate: false } : boundsFor(value, before);
    // "the pirates in two boats", "The pirates, in three boats, were", "protesters on 30 buses": how
    // many vehicles a group came in, whatever the clause goes on to say they did ("homes in five
    // villages" are where the homes are: no vehicle).
    const carrierAt = boundStart(clause, first) - 1;
    const carrier = clause[carrierAt];
    const groupAt = clause[carrierAt - 1]?.text === ',' ? carrierAt - 2 : carrierAt - 1;
    const group = clause[groupAt];
    const countedLemma = baseForm(counted.head.lower, 'n') ?? counted.head.lemma;
    const countedText = textOf(clause.slice(counted.first, counted.last + 1), text);
    // A count of an attribute the pipeline names (what a group came in, how many live in a place).
    const attributeCount = (subject: SubjectRef, predicate: string, predicateText: string, unit: string, unitText: string): ClaimDraft => makeDraft(ctx.base, {
      kind: 'QUANTITY',
      subject,
      predicate,
      predicateText,
      object: unit,
      objectKind: null,
      objectText: countedText,
      isNegated: false,
      value: { kind: 'QUANTITY', value, min: bounds.min, max: bounds.max, unit, unitText },
      certainty: 0.85,
      episode: ctx.episode,
    });
    if (carrier && CARRIER_PREPOSITIONS.has(carrier.lower) && group && group.pos === 'NOUN' && !isImplicitPeople && group.lower !== baseForm(group.lower, 'n') && isVehicleNoun(countedLemma)) {
      const holder = subjectBefore(clause, groupAt + 1, ctx.names, text);
      if (holder?.kind === 'noun') {
        claims.push(attributeCount(holder, CARRIER_PREDICATE, carrier.lower, countedLemma, countedText));
        continue;
      }
    }
    // "Qeshm island, home to 120,000 people", "The island, which has about 200,000 residents": how many
    // live in a place, a question of its own whatever the clause goes on to say.
    const populated = !isImplicitPeople && (GENERIC_PEOPLE.has(countedLemma) || DWELLERS.has(countedLemma)) ? populationHolder(clause, first, DWELLERS.has(countedLemma), ctx, previous) : null;
    if (populated) {
      claims.push(attributeCount(populated, POPULATION_PREDICATE, 'has a population of', 'people', 'people'));
      continue;
    }
    // "1,500 kilometers south of Tehran", "150 nautical miles off Aden": how far from a named place.
    const distance = DISTANCE_UNITS.has(counted.head.lower) ? distanceFrom(clause, counted.last + 1) : null;
    if (distance) {
      const unit = baseForm(counted.head.lower, 'n') ?? counted.head.lower;
      const kind = lowerWords(clause.slice(counted.first, counted.last).filter((k) => k.pos === 'ADJ'));
      const written = kind.length > 0 ? `${kind.join(' ')} ${unit}` : unit;
      // "940 miles" and "1,500 km" from one place are one answer: distances are compared in kilometres.
      const perUnit = KILOMETRES_PER[written] ?? null;
      const measured = perUnit !== null ? 'km' : written;
      const distanceValue = perUnit !== null ? roundTo3(value * perUnit) : value;
      // "a motorist 50 miles north of Detroit": a distance right after a noun is that thing's, and
      // another thing's distance from the same place answers another question.
      const from = boundStart(clause, first);
      const holder = clause[from - 1];
      // "sailing 150 nautical miles west of Aden": a gerund wink tags as a noun holds nothing, nor a
      // bare noun of a verb's idiom ("took place about 150 nautical miles off Aden").
      // A vehicle the event was told in holds nothing of its own: "attacked by a pirate dhow and a
      // speedboat around 150 nautical miles east of Aden" is where the attack was.
      const isHeld = !!holder && (holder.pos === 'NOUN' || holder.pos === 'PROPN') && holder.entityType !== 'DATE' && holder.entityType !== 'TIME' && !isVerbLike(holder) && clause[from - 2]?.pos !== 'VERB' && !(holder.pos === 'NOUN' && isVehicleNoun(baseForm(holder.lower, 'n') ?? holder.lemma) && clause.some((k) => k.pos === 'VERB' && eventTypeOf(k.lemma) !== null));
      claims.push(makeDraft(ctx.base, {
        kind: 'QUANTITY',
        subject: isHeld ? subjectBefore(clause, from, ctx.names, text) : null,
        predicate: `${DISTANCE_PREDICATE}${distance.place.toLowerCase()}`,
        predicateText: `from ${distance.place}`,
        object: measured,
        objectKind: null,
        // As written, with its bound: statements read "about 940 miles from Tehran", not converted.
        objectText: textOf(clause.slice(boundStart(clause, first), counted.last + 1), text),
        isNegated: false,
        // A distance is a round figure: 35 and 36 miles are one answer (an approximate count, within 10%).
        value: { kind: 'QUANTITY', value: distanceValue, min: null, max: null, unit: measured, unitText: textOf(clause.slice(counted.first, counted.last + 1), text) },
        certainty: 0.9,
        episode: ctx.episode,
      }));
      // "150 nautical miles west of Aden": the side of the place the event was on is a claim of its
      // own, about the place, so that "east of Aden" meets it as a rival whatever the distances.
      const place = ctx.names.find((n) => n.first === distance.placeAt);
      if (distance.direction && !isHeld && place) {
        claims.push(makeDraft(ctx.base, {
          kind: 'ASSERTION',
          subject: { kind: 'name', text: place.text, mention: place },
          predicate: DIRECTION_PREDICATE,
          predicateText: 'of',
          object: distance.direction,
          objectText: distance.direction,
          isNegated: false,
          value: { kind: 'ASSERTION', isPositive: true },
          certainty: 0.85,
          episode: ctx.episode,
        }));
      }
      continue;
    }
    // Where the count's predicate stands, most specific first: an object complement right after it
    // ("left two bodyguards injured"); the verb whose object the count is ("wounded two men", "killing
    // at least one"); a predicate after it with its auxiliaries ("seven guards were injured"); a verb a
    // few words before it. A participle inside the phrase is left alone: "two armed men attacked" is
    // about attacking, though "two wounded men" would be about wounds.
    const isParticiple = (k: Token | undefined): boolean =>
      !!k && (k.pos === 'VERB' || (k.pos === 'ADJ' && /(ed|en)$/.test(k.lower) && baseForm(k.lower, 'v') !== null) || isCasualtyWord(k)) && !isReportingVerb(k) && !PREPOSITIONAL_PARTICIPLES.has(k.lower);
    const governing = isElided ? verbBefore : (() => {
      let k = first - 1;
      while (k >= 0 && BOUND_WORDS.has(clause[k]?.lower ?? '')) k--;
      // "shot to death one person": the verb before "to death" governs the count (wink may tag it a noun).
      if (clause[k]?.lower === 'death' && clause[k - 1]?.lower === 'to' && k >= 2) return k - 2;
      // "Gunmen shot dead three soldiers": so does the verb before "dead".
      if (clause[k]?.lower === 'dead' && clause[k - 1]?.pos === 'VERB' && k >= 1) return k - 1;
      return k;
    })();
    const isToDeath = clause[governing + 1]?.lower === 'to' && clause[governing + 2]?.lower === 'death';
    // "the families of the two wounded men requested privacy", "the four hardest-hit villages were
    // Tonban, ...": a participle of an event inside the phrase says what befell those counted,
    // whatever the clause goes on to say.
    // ("Two of the three wounded men died": what befell the three is not what the two did.)
    const befell = clause[last + 1]?.lower === 'of' ? undefined : clause.slice(Math.max(counted.first, last + 1), counted.last).find(isBefallingParticiple);
    const complement = befell ?? (!isElided && isParticiple(clause[counted.last + 1]) && clause[counted.last + 1]?.pos !== 'AUX' ? clause[counted.last + 1] : undefined);
    const governor = clause[governing];
    let object = governor && (isToDeath || governor.pos === 'VERB' ? isToDeath || isParticiple(governor) : isVerbLike(governor) && isCasualtyWord(copyToken(governor, { pos: 'VERB' }))) && !COPULAS.has(governor.lemma) ? governor : undefined;
    if (isElided && !object) continue;
    // "recovered 12 AK 47 guns, three rifles, two grenades": a count listed after another verb's object
    // is that verb's object too.
    // So is one after uncounted items of the list: "recovered seven AK-47s, RPG launchers, three speedboats".
    const between = clause.slice(listed ? listed.end + 1 : first, first);
    const isListSeparator = (k: Token): boolean => k.text === ',' || k.pos === 'CCONJ' || BOUND_WORDS.has(k.lower);
    if (!object && !complement && listed && (between.every(isListSeparator) || (between[0]?.text === ',' && between.every((k) => isListSeparator(k) || k.pos === 'NOUN' || k.pos === 'PROPN' || k.pos === 'ADJ' || k.text === '-')))) object = listed.verb;
    const predicate = complement || object ? null : (predicateAfter(clause, counted.last + 1) ?? listPredicate(clause, counted.last + 1));
    let predicateToken: Token | undefined = complement ?? object ?? (predicate ? clause[predicate.index] : undefined);
    let predicateFirst = predicateToken && !predicate ? clause.indexOf(predicateToken) : predicate ? predicate.first : -1;
    // "there have been at least four aftershocks": an existential says the counted things happened.
    let existential: Token | undefined;
    if (!predicateToken) {
      let k = first - 1;
      while (k >= 0 && BOUND_WORDS.has(clause[k]?.lower ?? '')) k--;
      const be = clause[k];
      let back = k - 1;
      while (back >= 0 && clause[back]?.pos === 'AUX') back--;
      if (be && be.pos === 'AUX' && be.lemma === 'be' && clause[back]?.lower === 'there') {
        existential = be;
        predicateToken = be;
        predicateFirst = back;
      }
    }
    // "The gunman killed his wife and two children": a count joined by "and" to a verb's object is its object too.
    if (!predicateToken && previousCounted === null) {
      const verbAt = coordinatedVerb(clause, verbBefore);
      if (verbAt >= 0) {
        predicateToken = clause[verbAt];
        predicateFirst = verbAt;
      }
    }
    // "destroyed or damaged 1,500 houses in about 15 villages": the places a damaged thing stood in
    // were damaged.
    let isDamagedPlace = false;
    if (!predicateToken && !isImplicitPeople) {
      const verbAt = damageVerbBefore(clause, boundStart(clause, first));
      if (verbAt >= 0) {
        predicateToken = clause[verbAt];
        predicateFirst = verbAt;
        isDamagedPlace = true;
      }
    }
    // Only the last resort, a verb a few words back, is a guess.
    const isGuessed: boolean = !predicateToken;
    // ("killed 10 people in three villages": what is done in places is not done to them.)
    if (!predicateToken && !CONTAINING.has(clause[boundStart(clause, first) - 1]?.lower ?? '')) {
      for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
        const candidate = clause[k];
        // "A receptionist died and two men underwent surgery": a verb across "and" has its own subject.
        if (candidate?.pos === 'CCONJ') break;
        // ("Fanning said at least a dozen people were at the party": a word before "said" is its speaker.)
        if (candidate?.pos === 'VERB' && !isReportingVerb(candidate) && !isReportingVerb(clause[k + 1])) {
          predicateToken = candidate;
          predicateFirst = k;
          break;
        }
      }
    }
    if (!predicateToken) continue;
    if (predicate && clause.slice(predicate.first, predicate.index).some((a) => MODALS.has(a.lower))) continue;
    const read = existential ? 'occur' : eventAfter && predicateToken === clause[verbBefore] ? eventAfter.lemma : (toDeath(clause, clause.indexOf(predicateToken)) ?? predicateLemma(predicateToken, clause[clause.indexOf(predicateToken) + 1]).lemma);
    // "two guards sustained injuries" counts the injured.
    const harmAt = clause.indexOf(predicateToken) + 1 + clause.slice(clause.indexOf(predicateToken) + 1).findIndex((k) => k.pos !== 'ADJ' && k.pos !== 'DET');
    const harm = clause.indexOf(predicateToken) > counted.last ? undergoneHarm(read, clause[harmAt]) : null;
    let lemma = isDamagedPlace ? 'damage' : harm ?? read;
    // "where another 20,000 people marched", "two more bodies were found": with no count before it in
    // the clause to set it beside ("killing 10 and wounding another 70"), a count of more or other
    // ones adds to a figure told elsewhere; it is no rival of the total.
    let beforeCount = first - 1;
    while (beforeCount >= 0 && BOUND_WORDS.has(clause[beforeCount]?.lower ?? '') && !INCREMENT_WORDS.has(clause[beforeCount]?.lower ?? '')) beforeCount--;
    const isIncrement = !isElided && previousCounted === null && (INCREMENT_WORDS.has(clause[beforeCount]?.lower ?? '') || (clause[last + 1]?.lower === 'more' && counted.first > last + 1));
    // "three people died", "two gunmen attacked the bank": the count is the subject of an active verb
    // after it; a verb right after the count with no object is a headline's passive ("2 guards injured").
    const afterComplement = complement ? clause[clause.indexOf(complement) + 1] : undefined;
    const countsSubject = !object && !existential && (predicate ? !clause.slice(predicate.first, predicate.index).some((a) => a.pos === 'AUX' && a.lemma === 'be') : !!complement && complement.pos === 'VERB' && !befell && ['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(afterComplement?.pos ?? ''));
    // "the 12 worst-hit villages", "two buildings were struck": a blow landed on things, not people, is damage.
    // Only what was hit: a participle in the phrase or a passive's subject ("two bullets struck him"
    // tells what the bullets did).
    // (Not an active verb's object: "the storm hit 3 records".)
    const wasHit = befell !== undefined || (!!predicate && clause.slice(predicate.first, predicate.index).some((a) => a.pos === 'AUX' && a.lemma === 'be'));
    if (LANDED_BLOWS.has(lemma) && wasHit && !isImplicitPeople && !GENERIC_PEOPLE.has(countedLemma) && !isPersonNoun(countedLemma) && !isEventNoun(countedLemma)) lemma = 'damage';
    // "One bullet entered his left shoulder" beside "seven bullets entered his body": what the counted
    // did something to narrows what is counted, as a kind does.
    const verbObject = countsSubject ? objectAfter(clause, clause.indexOf(predicateToken)) : null;
    const verbObjectKind = verbObject && verbObject.pos === 'NOUN' ? [`${baseForm(verbObject.lower, 'n') ?? verbObject.lemma}:object`] : [];
    const unitTokens = clause.slice(counted.first, counted.last + 1);
    // wink's lemma first: WordNet lists some irregular plurals ("men") as words of their own.
    const nounLemma = isWord(counted.head.lemma, 'n') ? counted.head.lemma : (baseForm(counted.head.lower, 'n') ?? counted.head.lemma);
    // "Seven AK-47s", "12 AK 47 guns", "two AK-47 rifles": a model designation is what is counted,
    // whatever noun follows it.
    const model = designationIn(clause.slice(last + 1, counted.last + 1));
    // "7.62 mm rifles", ".357 caliber revolver": the number measures the thing; how many is another question.
    const glued = /^[\d.,]+([a-z]+)$/.exec(clause[last]?.lower ?? '')?.[1];
    const measure = glued && MEASURE_UNITS.has(glued) ? glued : counted.head !== clause[last + 1] && MEASURE_UNITS.has(clause[last + 1]?.lower ?? '') ? clause[last + 1]?.lower : null;
    // ("the 12 worst-hit villages": "12 villages hit", not "12 hit villages hit".)
    const shownUnit = model || measure || isOthers ? clause.slice(last + 1, counted.last + 1) : befell ? clause.slice(clause.indexOf(befell) + 1, counted.last + 1) : unitTokens;
    const thingLemma = model ?? (measure ? `${measure} ${nounLemma}` : isImplicitPeople || GENERIC_PEOPLE.has(nounLemma) ? 'people' : nounLemma);
    // "Seven AK-47s, three other automatic rifles" / "seven AK-47 rifles, one grenade launcher and
    // three other rifles": the others of a list are others than the list's first count, whatever
    // their noun.
    const otherThan = isOthers ? listedCounts.find((c) => c.draft.predicate === lemma)?.draft.object : undefined;
    const headLemma = isOthers ? (otherThan && !otherThan.startsWith('other') ? `other than ${otherThan}` : `other ${thingLemma}`) : thingLemma;
    // Names and their adjectives before the counted noun pick out a kind: "Somali pirates" and "Yemeni
    // pirates" are two counts, not rival answers to one; "major" or "strong" aftershocks are aftershocks.
    const kind = lowerWords(unitTokens.filter((k) => (k.pos === 'ADJ' || k.pos === 'PROPN') && /^\p{Lu}/u.test(k.text) && k !== counted.head && !DESIGNATION.test(k.text))).sort();
    // "20,000 people took to the streets", "100 people set fire to cars": a light verb after the count
    // means what follows it, which is part of the predicate and of the question.
    const idiom = clause.indexOf(predicateToken) > counted.last && isLightVerb(lemma) ? lightVerbComplement(clause, clause.indexOf(predicateToken)) : null;
    // A phrasal verb's particle is part of it as written: "200 people set off", not "set".
    const particleAfter = lemma.includes('_') && PARTICLES.has(clause[clause.indexOf(predicateToken) + 1]?.lower ?? '') ? 1 : 0;
    const predicateEnd = idiom ? idiom.end : harm ? harmAt : clause.indexOf(predicateToken) + particleAfter;
    const predicateTokens = predicateFirst <= (clause.indexOf(predicateToken)) ? clause.slice(Math.max(predicateFirst, counted.last + 1), predicateEnd + 1) : [predicateToken];
    claims.push(makeDraft(ctx.base, {
      kind: 'QUANTITY',
      subject: !isElided && predicateToken === object ? countOwner(clause, clause.indexOf(object), lemma, ctx) : null,
      // How many aftershocks, explosions, blasts there were, however the outlet saw them happen.
      predicate: isEventNoun(nounLemma) && OCCURRENCE.has(lemma) ? 'occur' : (participationPredicate(clause, clause.indexOf(predicateToken), idiom ? `${lemma}_${idiom.words.join('_')}` : lemma, last) ?? (idiom ? `${lemma}_${idiom.words.join('_')}` : lemma)),
      predicateText: existential ? 'occurred' : eventAfter && predicateToken === clause[verbBefore] ? `${predicateToken.text} ${clause[afterCount]?.lower ?? ''} ${eventAfter.text}` : textOf(predicateTokens.length > 0 ? predicateTokens : [predicateToken], text),
      object: headLemma,
      objectKind: [...kind, ...verbObjectKind].length > 0 ? [...kind, ...verbObjectKind].join(' ') : null,
      objectText: isImplicitPeople ? 'people' : textOf(shownUnit, text),
      isNegated: predicate?.isNegated ?? false,
      value: { kind: 'QUANTITY', value, min: bounds.min, max: bounds.max, unit: headLemma, unitText: isImplicitPeople ? 'people' : textOf(shownUnit, text) },
      certainty: isGuessed ? 0.7 : 0.9,
      episode: ctx.episode ?? roleScope(clause, counted.last + 1) ?? (isIncrement ? 'addition' : (isCasualtyLemma(lemma) ? isOverAPeriod : isCumulative) ? 'cumulative' : null),
      ...countScope(clause, ctx.names, previous, first, counted.last),
      ...(countsSubject ? { countsSubject: true } : {}),
    }));
    listedCounts.push({ draft: claims[claims.length - 1] as ClaimDraft, first: boundStart(clause, first), last: counted.last, isElided });
    if (!isElided) {
      previousCounted = counted;
      previousWasPeople = isImplicitPeople;
    }
    // ("Among the seized items were seven AK-47 rifles, three other weapons and 13 magazines": a
    // verb found a few words back is the list's too, when a "were" lists the items after it.)
    const isListedByBe = clause[boundStart(clause, first) - 1]?.pos === 'AUX' && clause[boundStart(clause, first) - 1]?.lemma === 'be';
    listed = object ? { verb: object, end: counted.last } : isGuessed && isListedByBe && predicateToken.pos === 'VERB' && clause.indexOf(predicateToken) < first ? { verb: predicateToken, end: counted.last } : null;
  }
  // "two women and a man died": one more person after the last count of a list is one more part of it
  // (oneCasualtyClaims counts the person alone).
  const lastCount = listedCounts[listedCounts.length - 1];
  if (lastCount && !lastCount.isElided && clause[lastCount.last + 1]?.lower === 'and' && /^an?$/.test(clause[lastCount.last + 2]?.lower ?? '')) {
    const headAt = nounPhraseHead(clause, lastCount.last + 3);
    const person = headAt >= 0 ? singularPersonLemma(clause[headAt] as Token) : null;
    if (person) {
      const unitText = (clause[headAt] as Token).text.toLowerCase();
      listedCounts.push({ draft: Object.assign({}, lastCount.draft, { object: person, objectKind: null, objectText: unitText, value: { kind: 'QUANTITY' as const, value: 1, min: 1, max: 1, unit: person, unitText } }), first: lastCount.last + 2, last: headAt, isElided: false });
    }
  }
  const total = listedTotal(clause, listedCounts);
  if (total) claims.push(total);
  const composition = compositionOf(clause, listedCounts, ctx);
  if (composition) claims.push(composition);
  return claims;
}

export const COMPOSITION_PREDICATE = 'made_up_of';

/**
 * What a counted part of a group is: its country, for people of a demonym ("12 Somali nationals",
 * "11 Yemenis"), or a kind of person ("two women"); null for anything else ("a dozen Greek cities",
 * "three Somali clans").
 */
function partOf(count: ListedCount): { part: string; isCountry: boolean } | null {
  const { draft } = count;
  if (count.isElided || draft.isNegated || !draft.object || draft.value.kind !== 'QUANTITY' || draft.value.min !== draft.value.value || draft.value.max !== draft.value.value) return null;
  const capital = (word: string): string => `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`;
  const kinds = (draft.objectKind ?? '').split(' ').filter((k) => k && !k.endsWith(':object'));
  // "11 Yemenis": the noun is the demonym.
  const ownCountry = kinds.length === 0 ? placeOfDemonym(capital(draft.object)) : null;
  if (ownCountry) return { part: ownCountry, isCountry: true };
  if (!isPersonFirst(draft.object)) return null;
  const country = kinds.length === 1 ? placeOfDemonym(capital(kinds[0] as string)) : null;
  if (country) return { part: country, isCountry: true };
  return kinds.length === 0 ? { part: draft.object, isCountry: false } : null;
}

/**
 * What a counted group is made of, as one outlet breaks it down: "12 Somali and 11 Yemeni nationals",
 * "two women and one man", or all of one country ("23 Somalian pirates"). Another breakdown of the
 * same number is a rival answer ("What were the 23 made of?"); a breakdown of another number is
 * another question. Parts are kinds of people or countries, joined by commas and a last "and".
 */
function compositionOf(clause: Token[], counts: ListedCount[], ctx: ClauseContext): ClaimDraft | null {
  const countries = counts.length === 1 ? countriesOfCount(counts[0] as ListedCount, clause) : null;
  if (countries) {
    const [only] = counts as [ListedCount];
    const total = only.draft.value.kind === 'QUANTITY' ? only.draft.value.value : 0;
    return compositionDraft(ctx, only.draft, total, countries.map((c) => c.toLowerCase()).sort().join(' + '), textOf(clause.slice(only.first, only.last + 1), ctx.source.text));
  }
  // "arrested 23 pirates, 12 Somalis and 11 Yemenis": a count the rest add up to, set off by a comma,
  // is the group they break down, not one of its parts.
  const rest = counts.slice(1);
  const valueOf = (c: ListedCount): number => (c.draft.value.kind === 'QUANTITY' ? c.draft.value.value : 0);
  if (counts.length >= 3 && clause[(counts[0] as ListedCount).last + 1]?.text === ',' && valueOf(counts[0] as ListedCount) === rest.reduce((sum, c) => sum + valueOf(c), 0)) return compositionOf(clause, rest, ctx);
  const found = counts.map(partOf);
  if (counts.length === 0 || found.some((p) => p === null)) return null;
  const parts = found as Array<{ part: string; isCountry: boolean }>;
  // Countries or kinds of people, not both: "23 pirates, 12 Somalis" are not two parts of one group.
  if (parts.some((p) => p.isCountry !== parts[0]?.isCountry)) return null;
  for (let k = 1; k < counts.length; k++) {
    const between = clause.slice((counts[k - 1] as ListedCount).last + 1, (counts[k] as ListedCount).first);
    if (between.length === 0 || between.some((t) => t.text !== ',' && t.lower !== 'and') || (k === counts.length - 1 && between[between.length - 1]?.lower !== 'and')) return null;
  }
  // One count is a breakdown only when it names a country: "23 Somali pirates", not "three women".
  const [head] = counts;
  if (!head || (counts.length === 1 && !parts[0]?.isCountry)) return null;
  if (counts.some((c) => c.draft.predicate !== head.draft.predicate)) return null;
  const total = counts.reduce((sum, c) => sum + (c.draft.value.kind === 'QUANTITY' ? c.draft.value.value : 0), 0);
  const key = counts.map((c, k) => `${c.draft.value.kind === 'QUANTITY' ? c.draft.value.value : 0} ${parts[k]?.part.toLowerCase() ?? ''}`).sort().join(' + ');
  const written = textOf(clause.slice(head.first, (counts[counts.length - 1] as ListedCount).last + 1), ctx.source.text);
  return compositionDraft(ctx, head.draft, total, key, written);
}

/**
 * A breakdown set apart after the group it breaks down: in parentheses ("the 23 pirates (12 Somali
 * and 11 Yemeni)", "Twenty-three personnel (12 Somali and 11 Yemeni) surrendered"), between commas
 * ("at least three people, a man and two women, were killed") or dashes ("The three bank workers -
 * two women and a man - were killed"). Each part is a count of a country's people ("12 Somali", "11
 * Yemenis") or of a kind of person ("two women", "a man"), joined by commas and a last "and"; what
 * befell them is the verb the group is the object of, or the first verb after the breakdown. The
 * parts must add up to the group's count, which commas and dashes need ("killed two soldiers, a man
 * and two women" lists five people). `known` are the breakdowns the count readers made already.
 */
function appositiveBreakdownClaims(clause: Token[], ctx: ClauseContext, known: readonly ClaimDraft[]): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const isOpener = (t: Token): boolean => t.text === '(' || t.text === ',' || DASHES.has(t.text);
  for (let open = nextWhere(clause, 1, isOpener); open < clause.length; open = nextWhere(clause, open + 1, isOpener)) {
    const opener = (clause[open] as Token).text;
    const closer = opener === '(' ? ')' : opener;
    const close = nextWhere(clause, open + 1, (t) => t.text === closer || (closer !== ',' && isOpener(t)));
    if (clause[close]?.text !== closer) continue;
    const parts = breakdownParts(clause.slice(open + 1, close));
    if (!parts) continue;
    const total = parts.reduce((sum, p) => sum + p.count, 0);
    // The group: its count, then at most three words of its noun ("three bank workers").
    let groupFirst = open;
    while (groupFirst > open - 3 && (clause[groupFirst - 1]?.pos === 'NOUN' || clause[groupFirst - 1]?.pos === 'ADJ')) groupFirst--;
    const nounFirst = groupFirst;
    while (groupFirst > 0 && clause[groupFirst - 1]?.entityType === 'CARDINAL') groupFirst--;
    const hasCount = groupFirst < nounFirst && nounFirst < open;
    if (hasCount ? parseNumber(lowerWords(clause, groupFirst, nounFirst)) !== total : opener !== '(') continue;
    // What befell them: the verb the group is the object of ("arrested 23 pirates (...)"), or the
    // verb after it ("Three people (...) were killed").
    const verbBefore = clause[boundStart(clause, groupFirst) - 1]?.pos === 'VERB' ? clause[boundStart(clause, groupFirst) - 1] : undefined;
    const verb = verbBefore ?? clause.slice(close + 1).find((t) => t.pos === 'VERB');
    const verbAt = verb ? clause.indexOf(verb) : -1;
    const shown = verb ? clause.slice(clause[verbAt - 1]?.pos === 'AUX' ? verbAt - 1 : verbAt, verbAt + 1) : clause.slice(open - 1, open);
    const key = parts.map((p) => `${p.count} ${p.part.toLowerCase()}`).sort().join(' + ');
    if (known.some((c) => c.predicate === COMPOSITION_PREDICATE && c.object === key && c.subject?.kind === 'noun' && c.subject.lemma === `${total}`)) continue;
    claims.push(compositionDraft(ctx, { predicateText: textOf(shown, ctx.source.text), episode: ctx.episode }, total, key, textOf(clause.slice(open + 1, close), ctx.source.text)));
  }
  return claims;
}

/** "12 Somali and 11 Yemeni", "two women and a man": each part's count and what it is, or null. */
function breakdownParts(tokens: Token[]): Array<{ count: number; part: string; isCountry: boolean }> | null {
  const parts: Array<{ count: number; part: string; isCountry: boolean }> = [];
  let i = 0;
  while (i < tokens.length) {
    const first = i;
    while (tokens[i]?.entityType === 'CARDINAL' || (i === first && /^an?$/.test(tokens[i]?.lower ?? ''))) i++;
    const count = i > first ? (/^an?$/.test(tokens[first]?.lower ?? '') ? 1 : parseNumber(lowerWords(tokens, first, i))) : null;
    const word = tokens[i];
    if (count === null || !word || !/^\p{L}/u.test(word.text)) return null;
    const lemma = baseForm(word.lower, 'n') ?? word.lemma;
    const capital = `${lemma[0]?.toUpperCase() ?? ''}${lemma.slice(1)}`;
    // "12 Somali", "11 Yemenis", "12 Somali nationals": a demonym, and maybe a noun of people after it.
    const country = /^\p{Lu}/u.test(word.text) ? (placeOfDemonym(word.text) ?? placeOfDemonym(capital)) : null;
    if (country) {
      i++;
      if (tokens[i]?.pos === 'NOUN' && isPersonFirst(baseForm(tokens[i]?.lower ?? '', 'n') ?? tokens[i]?.lemma ?? '')) i++;
      parts.push({ count, part: country, isCountry: true });
    } else if (word.pos === 'NOUN' && isPersonFirst(lemma)) {
      i++;
      parts.push({ count, part: singularPersonLemma(word) ?? lemma, isCountry: false });
    } else return null;
    if (i >= tokens.length) break;
    // Commas between the parts, and an "and" before the last.
    if (tokens[i]?.text === ',') i++;
    if (tokens[i]?.lower === 'and') {
      i++;
      if (tokens.slice(i).some((t) => t.lower === 'and' || t.text === ',')) return null;
    } else if (tokens[i - 1]?.text !== ',') return null;
  }
  const isLastJoined = tokens.some((t) => t.lower === 'and');
  return parts.length >= 2 && isLastJoined && parts.every((p) => p.isCountry === parts[0]?.isCountry) ? parts : null;
}

/** The country (or place) a word names a people of: "Somali" and "Somalia" -> "Somalia"; else null. */
function countryWord(token: Token | undefined): string | null {
  if (!token || !/^\p{Lu}/u.test(token.text) || (token.pos !== 'PROPN' && token.pos !== 'ADJ' && token.pos !== 'NOUN')) return null;
  const singular = baseForm(token.lower, 'n') ?? token.lemma;
  return placeOfDemonym(token.text) ?? placeOfDemonym(`${singular[0]?.toUpperCase() ?? ''}${singular.slice(1)}`) ?? (token.pos === 'PROPN' && isPlaceName(token.text) ? token.text : null);
}

// Words between a part's count and its country that only report it: "12 are reportedly from
// Somalia", "12 are reported to be Somali".
const PART_FILLERS = new Set(['are', 'were', 'is', 'was', 'be', 'to', 'from', 'reportedly', 'reported', 'said', 'believed', 'thought', 'all']);

/**
 * "Of the 23 pirates arrested, 12 are reported to be Somali and 11 Yemeni", "Out of 23 arrested
 * pirates, 12 are reportedly from Somalia and 11 from Yemen": a total the sentence opens with, broken
 * down by country after the comma; the parts must add up to it.
 */
function partitiveBreakdownClaims(clause: Token[], ctx: ClauseContext): ClaimDraft[] {
  let at = clause[0]?.lower === 'out' && clause[1]?.lower === 'of' ? 2 : clause[0]?.lower === 'of' ? 1 : -1;
  if (at < 0) return [];
  if (clause[at]?.lower === 'the') at++;
  const countFirst = at;
  while (clause[at]?.entityType === 'CARDINAL') at++;
  const total = at > countFirst ? parseNumber(lowerWords(clause, countFirst, at)) : null;
  const comma = nextWhere(clause, at, (t) => t.text === ',');
  if (total === null || comma >= clause.length || comma - at > 4) return [];
  const parts: Array<{ count: number; country: string }> = [];
  let i = comma + 1;
  while (i < clause.length) {
    const first = i;
    while (clause[i]?.entityType === 'CARDINAL') i++;
    const count = i > first ? parseNumber(lowerWords(clause, first, i)) : null;
    while (PART_FILLERS.has(clause[i]?.lower ?? '')) i++;
    const country = countryWord(clause[i]);
    if (count === null || !country) return [];
    parts.push({ count, country });
    i++;
    if (clause[i]?.lower === 'and' || clause[i]?.text === ',') i++;
    else break;
  }
  if (parts.length < 2 || parts.reduce((sum, p) => sum + p.count, 0) !== total) return [];
  const key = parts.map((p) => `${p.count} ${p.country.toLowerCase()}`).sort().join(' + ');
  const verb = clause.slice(at, comma).find((t) => t.pos === 'VERB');
  return [compositionDraft(ctx, { predicateText: verb?.text ?? 'of', episode: ctx.episode }, total, key, textOf(clause.slice(comma + 1, i), ctx.source.text))];
}

/**
 * "The pirates were from Somalia and Yemen", "The pirates were Somali and Yemeni": the countries of a
 * group the article counted before ("captured 23 pirates"), read as the breakdown of that count into
 * those countries, not how many of each (`counted`: the article's last count of each kind of person).
 */
function originClaims(clause: Token[], ctx: ClauseContext, counted: ReadonlyMap<string, number>): ClaimDraft[] {
  const be = clause.findIndex((t) => t.pos === 'AUX' && t.lemma === 'be');
  const head = clause[be - 1];
  if (be < 2 || clause[be - 2]?.lower !== 'the' || head?.pos !== 'NOUN') return [];
  const total = counted.get(baseForm(head.lower, 'n') ?? head.lemma);
  if (total === undefined) return [];
  let i = be + 1;
  if (clause[i]?.lower === 'all') i++;
  const isFrom = clause[i]?.lower === 'from';
  if (isFrom) i++;
  const countries: string[] = [];
  for (;;) {
    const country = countryWord(clause[i]);
    if (!country) return [];
    countries.push(country);
    i++;
    if (clause[i]?.lower === 'and' || (clause[i]?.text === ',' && countryWord(clause[i + 1]))) i++;
    else break;
  }
  // The list ends the clause or a phrase: "from Somalia and Yemen, two countries on the Gulf".
  if (i < clause.length && clause[i]?.pos !== 'PUNCT') return [];
  const key = [...new Set(countries.map((c) => c.toLowerCase()))].sort().join(' + ');
  return [compositionDraft(ctx, { predicateText: `${(clause[be] as Token).text}${isFrom ? ' from' : ''}`, episode: ctx.episode }, total, key, textOf(clause.slice(isFrom ? be + 2 : be + 1, i), ctx.source.text))];
}

/** Remembers each exact count of a kind of person a clause's drafts give, as the article's last. */
function rememberCounts(drafts: readonly ClaimDraft[], counted: Map<string, number>): void {
  for (const d of drafts) {
    if (d.kind !== 'QUANTITY' || d.isNegated || !d.object || d.value.kind !== 'QUANTITY' || d.value.min !== d.value.value || d.value.max !== d.value.value) continue;
    if (isPersonFirst(d.object)) counted.set(d.object, d.value.value);
  }
}

// Dashes that set a phrase apart ("The three bank workers - two women and a man - were killed").
const DASHES = new Set(['-', '–', '—', '--']);

// The longest aside in parentheses a clause is read past (longer ones are not asides).
const ASIDE_MAX_TOKENS = 12;

/**
 * The clause without its asides in parentheses: "Three people (two women and a man) were killed" is
 * read as "Three people were killed". The same clause when it has none. The tokens keep their
 * places in the text, so every quote and span is as before.
 */
function withoutAsides(clause: Clause): Clause {
  if (!clause.tokens.some((t) => t.text === '(')) return clause;
  const kept: Token[] = [];
  const { tokens } = clause;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text === '(' && i > 0) {
      const close = nextWhere(tokens, i + 1, (k) => k.text === ')' || k.text === '(');
      // An aside with a verb says something of its own ("killed 12 soldiers (and wounded five)",
      // "(including three children)"): it stays for the readers.
      if (tokens[close]?.text === ')' && close - i - 1 <= ASIDE_MAX_TOKENS && !tokens.slice(i + 1, close).some((k) => k.pos === 'VERB')) {
        i = close;
        continue;
      }
    }
    kept.push(t);
  }
  return kept.length === tokens.length ? clause : makeClause(kept, clause.isRelative, clause.attribution, clause.isAnonymous);
}

/** The breakdown of `total` as `key` gives it ("11 yemen + 12 somalia", or "somalia + yemen"). */
function compositionDraft(ctx: ClauseContext, head: Pick<ClaimDraft, 'predicateText' | 'episode'>, total: number, key: string, written: string): ClaimDraft {
  return makeDraft(ctx.base, {
    kind: 'ASSERTION',
    subject: { kind: 'noun', text: `the ${total}`, lemma: `${total}`, words: [`${total}`] },
    predicate: COMPOSITION_PREDICATE,
    predicateText: head.predicateText,
    object: key,
    objectText: written,
    isNegated: false,
    value: { kind: 'ASSERTION', isPositive: true },
    certainty: 0.8,
    episode: head.episode,
  });
}

/**
 * "23 Somali and Yemeni pirates": one count of people of two or more countries, their demonyms joined
 * by "and", tells which countries the group is of but not how many of each (cluster.ts holds it
 * against the breakdowns of the same number). Null for anything else: one demonym is partOf's.
 */
function countriesOfCount(count: ListedCount, clause: Token[]): string[] | null {
  const { draft } = count;
  if (count.isElided || draft.isNegated || !draft.object || !isPersonFirst(draft.object) || draft.value.kind !== 'QUANTITY' || draft.value.min !== draft.value.value || draft.value.max !== draft.value.value) return null;
  const phrase = clause.slice(count.first, count.last + 1);
  const demonyms = phrase.filter((t) => (t.pos === 'ADJ' || t.pos === 'PROPN') && /^\p{Lu}/u.test(t.text));
  if (demonyms.length < 2 || !phrase.some((t) => t.lower === 'and')) return null;
  const countries = demonyms.map((t) => placeOfDemonym(t.text));
  return countries.every((c): c is string => c !== null) && new Set(countries).size === countries.length ? countries : null;
}

/** A count as quantityClaims read it, with where its phrase starts and ends in the clause. */
interface ListedCount {
  draft: ClaimDraft;
  first: number;
  last: number;
  isElided: boolean;
}

/** Whether a count counts one kind of people ("women", "soldiers"), exactly, as written. */
function isKindOfPeople({ draft, isElided }: ListedCount): boolean {
  const { object, value } = draft;
  return !isElided && !draft.isNegated && object !== null && object !== 'people' && !object.startsWith('other ') && value.kind === 'QUANTITY' && value.min === value.value && value.max === value.value && isPersonFirst(object);
}

/**
 * "Seven soldiers and two civilians were among the dead", "two women and one man died", "arrested two
 * men and three women": counts of kinds of people listed with "and", of one predicate, also count the
 * people, 9, 3 and 5. Not when the clause gives the total itself ("three people, two women and a man,
 * died"), nor across a dash or a parenthesis, which set a list apart as a total's parts.
 */
function listedTotal(clause: Token[], counts: ListedCount[]): ClaimDraft | null {
  const [head] = counts;
  if (!head || counts.length < 2 || !counts.every((c) => isKindOfPeople(c) && c.draft.predicate === head.draft.predicate && c.draft.episode === head.draft.episode)) return null;
  for (let k = 1; k < counts.length; k++) {
    // Only commas and "and" between the counts, the last join an "and".
    const between = clause.slice((counts[k - 1] as ListedCount).last + 1, (counts[k] as ListedCount).first);
    const joiner = between[between.length - 1];
    if (!joiner || between.some((t) => t.text !== ',' && t.lower !== 'and') || (k === counts.length - 1 && joiner.lower !== 'and')) return null;
  }
  // Nothing counted or set apart before the list.
  if (clause.slice(0, head.first).some((t) => t.entityType === 'CARDINAL' || /^[-–—(]$/.test(t.text))) return null;
  const sum = counts.reduce((total, c) => total + (c.draft.value.kind === 'QUANTITY' ? c.draft.value.value : 0), 0);
  return Object.assign({}, head.draft, {
    object: 'people',
    objectKind: null,
    objectText: 'people',
    value: { kind: 'QUANTITY' as const, value: sum, min: sum, max: sum, unit: 'people', unitText: 'people' },
    certainty: 0.8,
  });
}

// Verbs that report a state in the infinitive after them: "is thought to have been", "is believed to be".
const RAISING = new Set(['think', 'believe', 'say', 'report', 'understand', 'know', 'fear', 'expect', 'feel', 'seem', 'appear', 'presume', 'confirm']);

/** The words a count of none opens on (noneClaims reads what follows them). */
function isNoneWord(t: Token): boolean {
  return t.lower === 'nobody' || t.lower === 'no-one' || t.lower === 'no' || t.lower === 'none';
}

/**
 * "No-one was injured", "Nobody was hurt", "None of the guards was killed": a count of none, so that
 * "no one was hurt" answers "how many were hurt" with 0 and meets "five people injured" as a rival.
 */
function noneClaims(clause: Token[], ctx: ClauseContext): ClaimDraft[] {
  for (let i = nextWhere(clause, 0, isNoneWord); i < clause.length; i = nextWhere(clause, i + 1, isNoneWord)) {
    const t = clause[i] as Token;
    let end = -1;
    if (t.lower === 'nobody' || t.lower === 'no-one') end = i;
    else if (t.lower === 'no' && clause[i + 1]?.lower === 'one') end = i + 1;
    else if (t.lower === 'no' && clause[i + 1]?.text === '-' && clause[i + 2]?.lower === 'one') end = i + 2;
    // A bare "none" points back ("fired at officers, but none were hit"): only "none of the X" counts.
    else if (t.lower === 'none' && clause[i + 1]?.lower === 'of') end = i;
    if (end < 0) continue;
    let unit = 'people';
    let unitText = 'people';
    // "None of the guards": the guards are who is counted.
    if (t.lower === 'none' && clause[i + 1]?.lower === 'of') {
      const counted = countedNoun(clause, i + 1);
      if (!counted) continue;
      end = counted.last;
      const lemma = isWord(counted.head.lemma, 'n') ? counted.head.lemma : (baseForm(counted.head.lower, 'n') ?? counted.head.lemma);
      unit = GENERIC_PEOPLE.has(lemma) ? 'people' : lemma;
      unitText = counted.head.text;
    }
    // "No one else was hit" counts none beyond those already counted: no answer to how many.
    if (clause[end + 1]?.lower === 'else') continue;
    let predicate = predicateAfter(clause, end + 1);
    // "Nobody is thought to have been injured": the state is in the infinitive.
    // A raising verb that reports ("believed") is stepped over by predicateAfter, which then stops at
    // the infinitive's "have": the same infinitive.
    const raising = predicate ? clause.slice(end + 1, predicate.index + 1).findIndex((k, at) => RAISING.has(k.lemma) && clause[end + 1 + at + 1]?.lower === 'to') : -1;
    if (predicate && raising >= 0) {
      let from = end + 1 + raising + 2;
      while (['have', 'be', 'been'].includes(clause[from]?.lower ?? '')) from++;
      predicate = predicateAfter(clause, from);
    }
    const verb = predicate ? clause[predicate.index] : undefined;
    if (!predicate || !verb || predicate.isNegated || clause.slice(predicate.first, predicate.index).some((a) => MODALS.has(a.lower))) continue;
    const lemma = toDeath(clause, predicate.index) ?? predicateLemma(verb, clause[predicate.index + 1]).lemma;
    return [makeDraft(ctx.base, {
      kind: 'QUANTITY',
      subject: null,
      predicate: lemma,
      predicateText: textOf(clause.slice(predicate.first, predicate.index + 1), ctx.source.text),
      object: unit,
      objectKind: null,
      objectText: unitText,
      isNegated: false,
      value: { kind: 'QUANTITY', value: 0, min: 0, max: 0, unit, unitText },
      certainty: 0.9,
      episode: ctx.episode,
    })];
  }
  return [];
}

/** The head of the noun phrase from `from` ("a 63-year-old receptionist" -> "receptionist"), with its index. */
function nounPhraseHead(tokens: Token[], from: number): number {
  let head = -1;
  for (let i = from; i < tokens.length && i < from + 6; i++) {
    const t = tokens[i] as Token;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = i;
    else if (!(t.pos === 'ADJ' || t.pos === 'NUM' || t.text === '-' || (t.pos === 'VERB' && isModifyingParticiple(t, tokens[i + 1])))) break;
  }
  return head;
}

/** A singular noun whose first sense is a person: "woman", "receptionist", "policeman". */
function singularPersonLemma(token: Token): string | null {
  const lemma = isWord(token.lower, 'n') ? token.lower : null;
  if (!lemma || baseForm(token.lower, 'n') !== token.lower) return null;
  return isPersonFirst(lemma) ? lemma : null;
}

// The most items of a list counted one by one ("a man, a woman and a child", "a dhow and a skiff").
const LISTED_ITEMS_MAX = 6;
const SINGULAR_AUXILIARIES = new Set(['was', 'is', 'has']);

/**
 * One person a death or injury befell, named by an indefinite noun: "shot and killed a woman", "a
 * policeman was wounded", "a man died", "left a receptionist dead", a headline's "Leaves Woman Dead".
 * Each is a count of one, the same question as "one person was killed". The killer is not counted:
 * "a man killed his wife" has an object after the verb, and "a man was arrested" no casualty.
 */
function oneCasualtyClaims(clause: Token[], ctx: ClauseContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const isHeadline = isTitleCase(clause);
  // The tokens the tests below take (isIndefinite, isBare), found in the loop's head (nextWhere).
  const mayOpen = (t: Token, i: number): boolean => t.lower === 'a' || t.lower === 'an' || (isHeadline && clause[i - 1]?.lemma === 'leave' && (t.pos === 'NOUN' || t.pos === 'PROPN'));
  for (let i = nextWhere(clause, 0, mayOpen); i < clause.length; i = nextWhere(clause, i + 1, mayOpen)) {
    const t = clause[i] as Token;
    const isIndefinite = t.lower === 'a' || t.lower === 'an';
    const before = clause[i - 1];
    // A headline drops its articles: "Leaves Woman Dead" after a verb of leaving.
    const isBare = isHeadline && !isIndefinite && before?.lemma === 'leave' && (t.pos === 'NOUN' || t.pos === 'PROPN');
    if (!isIndefinite && !isBare) continue;
    const firstHeadAt = isBare ? i : nounPhraseHead(clause, i + 1);
    if (!clause[firstHeadAt]) continue;
    // "A man and a woman were killed", "killed a guard and a cleaner": each person of a list of them,
    // and (below) all of them together. The predicate is read after the last; the list ends in "and"
    // ("a man, a woman and a child").
    const heads = [firstHeadAt];
    let lastJoiner = '';
    for (let k = firstHeadAt + 1; heads.length < LISTED_ITEMS_MAX; ) {
      const joiner = clause[k]?.text === ',' && clause[k + 1]?.lower === 'and' ? k + 1 : k;
      if (!(clause[joiner]?.text === ',' || clause[joiner]?.lower === 'and') || !/^an?$/.test(clause[joiner + 1]?.lower ?? '')) break;
      const nextHead = nounPhraseHead(clause, joiner + 2);
      if (nextHead < 0) break;
      heads.push(nextHead);
      lastJoiner = clause[joiner]?.lower ?? '';
      k = nextHead + 1;
    }
    if (lastJoiner !== 'and') heads.splice(1);
    const headAt = heads[heads.length - 1] as number;
    // A list is read once, as a whole: its later people are not read again on their own.
    const opensAt = i;
    if (heads.length > 1) i = headAt;
    const head = clause[headAt] as Token;
    let verbAt = -1;
    let predicateFirst = -1;
    let isNegated = false;
    // A headline's capitals make wink read "Dead" as a name.
    const next = clause[headAt + 1];
    const after = next && isHeadline && next.pos === 'PROPN' ? copyToken(next, { pos: 'ADJ' }) : next;
    const verbBefore = isBare ? undefined : before;
    if ((before?.lemma === 'leave' || before?.lower === 'leaves') && isCasualtyWord(after)) {
      // "left a receptionist dead": the state after the person is what befell them.
      verbAt = headAt + 1;
      predicateFirst = headAt + 1;
    } else if (verbBefore && verbBefore.pos === 'VERB' && isCasualtyWord(verbBefore)) {
      // "shot and killed a woman", "wounding a policeman".
      verbAt = opensAt - 1;
      predicateFirst = opensAt - 1;
      isNegated = clause.slice(Math.max(0, opensAt - 4), opensAt - 1).some((k) => NEGATORS.has(k.lower));
    } else {
      // "a deputy interviewing a woman and a man was fatally shot": the object of another verb is not
      // the subject of the predicate after it (a reporting verb's is: "said a man was killed").
      if (verbBefore?.pos === 'VERB' && !isReportingVerb(verbBefore)) continue;
      const predicate = predicateAfter(clause, headAt + 1);
      const verb = predicate ? clause[predicate.index] : undefined;
      if (!predicate || !verb || !(isCasualtyWord(verb) || toDeath(clause, predicate.index) !== null)) continue;
      // A list of people takes a plural verb: "a woman and a man were shot".
      if (heads.length > 1 && clause.slice(predicate.first, predicate.index).some((k) => SINGULAR_AUXILIARIES.has(k.lower))) continue;
      const isPassive = clause.slice(predicate.first, predicate.index).some((k) => k.pos === 'AUX');
      // "a woman died" has no object; "a man killed a woman" has one, and the man is the killer.
      const next = clause[predicate.index + 1];
      if (!isPassive && !isPhraseEnd(next) && next?.pos !== 'ADV') continue;
      if (clause.slice(predicate.first, predicate.index).some((a) => MODALS.has(a.lower))) continue;
      verbAt = predicate.index;
      predicateFirst = predicate.first;
      isNegated = predicate.isNegated;
    }
    // "A woman was not hurt" counts no one. The person is looked up last: most "a ..." are no casualty.
    // A list is totalled only if each of it is a person: "killed a guard and a cleaner" counts the guard.
    const lemmas = isNegated ? [] : heads.map((at) => singularPersonLemma(clause[at] as Token));
    if (lemmas.every((l) => l === null)) continue;
    const verb = clause[verbAt] as Token;
    const predicate = toDeath(clause, verbAt) ?? predicateLemma(verb, clause[verbAt + 1]).lemma;
    // The predicate as written: its auxiliaries when it follows the person ("was wounded"), else the verb.
    const textFrom = Math.max(predicateFirst, headAt + 1) <= verbAt ? Math.max(predicateFirst, headAt + 1) : verbAt;
    const predicateText = textOf(clause.slice(textFrom, verbAt + 1), ctx.source.text);
    const count = (value: number, unit: string, unitText: string): ClaimDraft => countDraft(ctx, null, predicate, predicateText, unit, unitText, unitText, { value, min: value, max: value }, 0.9);
    heads.forEach((at, k) => {
      if (lemmas[k]) claims.push(count(1, lemmas[k] as string, (clause[at] as Token).text.toLowerCase()));
    });
    if (heads.length > 1 && lemmas.every((l) => l !== null)) claims.push(count(heads.length, 'people', 'people'));
  }
  return claims;
}

// Words of an offence's phrase that say nothing of which offence it is.
const OFFENCE_FILLER = new Set(['while', 'under', 'the', 'of', 'a', 'an', 'in', 'with', 'without', 'and']);
const OFFENCE_WORDS_MAX = 8;

/**
 * Offences a charge lists that are told by a verb's phrase ("driving while intoxicated", "drunk
 * driving", "leaving the scene of an accident"), each with a key its wordings share: its content
 * words, a verb's -ing form as the verb, an adjective as its first sense ("drunk" and "intoxicated"
 * are one), in order of the words. Items are read after "with" up to a comma or "and".
 */
function offencesCharged(tokens: Token[], verbAt: number): Array<{ key: string; first: number; last: number }> {
  if (tokens[verbAt + 1]?.lower !== 'with') return [];
  const found: Array<{ key: string; first: number; last: number }> = [];
  let from = verbAt + 2;
  while (from < tokens.length) {
    // An item ends at a comma or "and", or at a preposition after its first noun: "leaving the scene
    // (of an accident resulting in death)", "killing two young women (in an ice cream shop)".
    let to = from;
    let hasNoun = false;
    while (to < tokens.length && to - from < OFFENCE_WORDS_MAX && tokens[to]?.text !== ',' && tokens[to]?.lower !== 'and' && (tokens[to]?.pos !== 'PUNCT' || tokens[to]?.text === '-')) {
      if (hasNoun && tokens[to]?.pos === 'ADP') break;
      hasNoun ||= tokens[to]?.pos === 'NOUN';
      to++;
    }
    const item = tokens.slice(from, to);
    // The item opens with its verb, or an adjective of it: "driving while intoxicated", "drunk
    // driving"; not "voluntary homicide over the killing of a teenager".
    const verbalAt = item.findIndex((k) => /ing$/.test(k.lower) && baseForm(k.lower, 'v') !== null && (k.pos === 'VERB' || k.pos === 'NOUN'));
    const isVerbal = verbalAt >= 0 && item.slice(0, verbalAt).every((k) => k.pos === 'ADJ' || k.pos === 'ADV');
    if (isVerbal && item.length > 1) {
      const words = item.filter((k) => !OFFENCE_FILLER.has(k.lower) && k.pos !== 'NUM' && /^[a-z]/.test(k.lower)).map((k) => {
        if (/ing$/.test(k.lower) && baseForm(k.lower, 'v')) return baseForm(k.lower, 'v') as string;
        // ("drunk" may be tagged a participle of "drink": its sense as an adjective is the one meant.)
        if (k.pos !== 'NOUN') return senseKeys(k.lower, 'a', 1)[0] ?? k.lower;
        return baseForm(k.lower, 'n') ?? k.lemma;
      });
      found.push({ key: `offence:${[...new Set(words)].sort().join('+')}`, first: from, last: to - 1 });
    }
    // Past a cut preposition, to the item's end.
    while (to < tokens.length && tokens[to]?.text !== ',' && tokens[to]?.lower !== 'and' && (tokens[to]?.pos !== 'PUNCT' || tokens[to]?.text === '-')) to++;
    if (to >= tokens.length || (tokens[to]?.pos === 'PUNCT' && tokens[to]?.text !== ',')) break;
    from = to + 1;
    if (tokens[from]?.lower === 'and') from++;
  }
  return found;
}

/** The head of an indefinite noun phrase from `from`, quoted words included ("a pirate "mother dhow""), or -1. */
function quotedPhraseHead(tokens: Token[], from: number): number {
  let head = -1;
  for (let i = from; i < tokens.length && i < from + 6; i++) {
    const t = tokens[i] as Token;
    if (t.pos === 'NOUN') head = i;
    else if (!(t.pos === 'ADJ' || t.pos === 'PROPN' || t.text === '-' || isQuoteMark(t))) break;
  }
  return head;
}

/**
 * Vehicles listed one by one, counted: "Pirates on a dhow and a smaller boat attacked" is how many
 * vehicles the pirates came in; "attacked by a pirate "mother dhow" and a speedboat" how many attacked.
 * Each of the list is a kind of vehicle (WordNet), and it ends in "and"; the count's unit is its last.
 */
/**
 * The count of a list of `items` things (listedVehicleClaims). A function of the module, not a closure
 * in that reader's loop: a closure over the loop's variables made V8 allocate their scope for every
 * token of every clause, a list or not (70 of the 1,740 MB extraction allocates for the 1,683 FNC-1 bodies).
 */
function listCount(ctx: ClauseContext, subject: SubjectRef | null, predicate: string, predicateText: string, unit: string, listText: string, items: number): ClaimDraft {
  return countDraft(ctx, subject, predicate, predicateText, unit, listText, listText, { value: items, min: items, max: items }, 0.8);
}

// Made once: a regular expression literal makes a new object each time it is evaluated, and the loop of
// listedVehicleClaims evaluates it on every token.
const ARTICLE_A = /^an?$/;

function listedVehicleClaims(clause: Token[], ctx: ClauseContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (let i = 1; i < clause.length; i++) {
    if (!ARTICLE_A.test(clause[i]?.lower ?? '')) continue;
    const heads: number[] = [];
    for (let at = i; heads.length < LISTED_ITEMS_MAX; ) {
      const head = quotedPhraseHead(clause, at + 1);
      if (head < 0) break;
      heads.push(head);
      let joiner = head + 1;
      while (isQuoteMark(clause[joiner])) joiner++;
      if (clause[joiner]?.text === ',' && clause[joiner + 1]?.lower === 'and') joiner++;
      if (!(clause[joiner]?.text === ',' || clause[joiner]?.lower === 'and') || !/^an?$/.test(clause[joiner + 1]?.lower ?? '')) break;
      at = joiner + 1;
    }
    if (heads.length < 2) continue;
    const lastHead = heads[heads.length - 1] as number;
    const opensAt = i;
    i = lastHead;
    // ("and" closes the list only if the last item was reached through it)
    const lemmas = heads.map((at) => baseForm((clause[at] as Token).lower, 'n') ?? (clause[at] as Token).lemma);
    const closesWithAnd = clause.slice(heads[heads.length - 2] as number, lastHead).some((k) => k.lower === 'and');
    if (!closesWithAnd || !lemmas.every(isVehicleNoun)) continue;
    const before = clause[opensAt - 1] as Token;
    const group = clause[opensAt - 2];
    const listText = textOf(clause.slice(opensAt, lastHead + 1), ctx.source.text);
    const unit = lemmas[lemmas.length - 1] as string;
    // "Pirates on a dhow and ...": a plural noun (a sentence's first may be tagged a name) before.
    const groupLemma = group && (group.pos === 'NOUN' || group.pos === 'PROPN') ? baseForm(group.lower, 'n') : null;
    if (CARRIER_PREPOSITIONS.has(before.lower) && group && groupLemma && groupLemma !== group.lower) {
      const found = subjectBefore(clause, opensAt - 1, ctx.names, ctx.source.text);
      const holder: SubjectRef | null = found?.kind === 'noun' ? found : group.pos === 'PROPN' ? { kind: 'noun', text: group.text, lemma: groupLemma, words: [groupLemma] } : null;
      if (holder) claims.push(listCount(ctx, holder, CARRIER_PREDICATE, before.lower, unit, listText, heads.length));
    } else if (before.lower === 'by' && clause[opensAt - 2]?.pos === 'VERB') {
      const verb = clause[opensAt - 2] as Token;
      claims.push(listCount(ctx, null, predicateLemma(verb, clause[opensAt - 1]).lemma, verb.text, unit, listText, heads.length));
    }
  }
  return claims;
}

/** A count of people with no subject, read from a phrase that names no counted noun (a toll, a crowd's size). */
function peopleCount(ctx: ClauseContext, predicate: string, predicateText: string, value: number, bounds: Bounds): ClaimDraft {
  return countDraft(ctx, null, predicate, predicateText, 'people', 'people', 'people', { value, min: bounds.min, max: bounds.max }, 0.8);
}

/** A count's draft with no kind of its own: how many of `unit`, as the outlet wrote them. */
function countDraft(ctx: ClauseContext, subject: SubjectRef | null, predicate: string, predicateText: string, unit: string, objectText: string, unitText: string, count: { value: number; min: number | null; max: number | null }, certainty: number): ClaimDraft {
  return makeDraft(ctx.base, {
    kind: 'QUANTITY',
    subject,
    predicate,
    predicateText,
    object: unit,
    objectKind: null,
    objectText,
    isNegated: false,
    value: { kind: 'QUANTITY', value: count.value, min: count.min, max: count.max, unit, unitText },
    certainty,
    episode: ctx.episode,
  });
}

// Words that make a toll a forecast or a fear rather than a count: "the toll is expected to rise to 20".
const FORECAST_LEMMAS = new Set(['expect', 'fear', 'feared', 'likely', 'could', 'may', 'might', 'would', 'will', 'predict', 'warn']);

/**
 * "Death toll rises to 10", "raising the death toll to 10", "a death toll of 10", "the death toll stood
 * at 10": a toll is a count of the people its modifier says befell something (a death toll counts the
 * dead, an injury toll the injured), however the sentence gets to its number. A forecast ("is expected
 * to rise to 20") counts no one. The number is the first one after the toll, within its phrase.
 */
function tollClaims(clause: Token[], ctx: ClauseContext, used: Set<number>): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (let i = 1; i < clause.length; i++) {
    const toll = clause[i] as Token;
    if (toll.pos !== 'NOUN') continue;
    // "the death toll", "the injury toll"; "the number of dead", "the number of deaths".
    const isToll = toll.lemma === 'toll';
    // "the number of people killed": the casualty word after the people.
    const ofPeople = !isToll && clause[i + 1]?.lower === 'of' && GENERIC_PEOPLE.has(clause[i + 2]?.lower ?? '') ? 1 : 0;
    const modifier = (isToll ? clause[i - 1] : clause[i + 1]?.lower === 'of' ? clause[i + 2 + ofPeople] : undefined) as Token | undefined;
    if (!modifier || !(isToll || toll.lower === 'number')) continue;
    const modifierLemma = baseForm(modifier.lower, 'n') ?? modifier.lower;
    const type = eventTypeOf(modifier.lower) ?? eventTypeOf(modifierLemma) ?? eventTypeOf(verbOfNoun(modifier.lower) ?? '') ?? (isDeathNoun(modifierLemma) ? 'Life.Die' : isToll ? null : eventTypeOf(modifier.lemma));
    // wink tags "the number of dead" ADV and "of injured" VERB: after "number of" the word names the counted.
    if ((isToll && modifier.pos !== 'NOUN') || !isCasualtyType(type)) continue;
    for (let k = isToll ? i + 1 : i + 3 + ofPeople; k < clause.length && k <= i + 12; k++) {
      const t = clause[k] as Token;
      if ((t.pos === 'PUNCT' && t.text !== '-') || t.pos === 'CCONJ' || FORECAST_LEMMAS.has(t.lemma)) break;
      if (t.entityType !== 'CARDINAL') continue;
      let last = k;
      while (clause[last + 1]?.entityType === 'CARDINAL' && clause[last + 1]?.entityIndex === t.entityIndex) last++;
      let first = k;
      while (first < last && BOUND_WORDS.has(clause[first]?.lower ?? '')) first++;
      const value = parseNumber(lowerWords(clause, first, last + 1));
      // "rose to 10", "stood at 10", "a toll of 10", "the toll was 10", "reached 10": the toll's number,
      // not one of a phrase inside it ("the toll from the 2005 quake").
      const lead = clause[first - 1];
      const isTollNumber = !!lead && (['to', 'at', 'of'].includes(lead.lower) || lead.pos === 'VERB' || lead.pos === 'AUX' || BOUND_WORDS.has(lead.lower));
      if (value === null || !isTollNumber || used.has(t.start)) break;
      for (let w = first; w <= last; w++) used.add((clause[w] as Token).start);
      const bounds = boundsFor(value, lowerWords(clause, Math.max(0, first - 3), first));
      const isDeath = type === 'Life.Die';
      claims.push(peopleCount(ctx, isDeath ? 'die' : 'injure', isDeath ? 'dead' : 'injured', value, bounds));
      break;
    }
  }
  return claims;
}

// Prepositions that put a count in a place: "in Patras", "the streets of Athens", "marched through Salonika".
const SCOPE_PREPOSITIONS = new Set(['in', 'of', 'through', 'across', 'throughout']);
// How many words after a count its place may come: "20,000 people took to the streets of Athens".
const MAX_SCOPE_DISTANCE = 6;

/**
 * The named place a count is of: a place WordNet knows, after one of SCOPE_PREPOSITIONS in the count's
 * clause, or the place a relative "where" clause is about ("in the city of Thessaloniki, where 20,000
 * people marched").
 */
function countScope(clause: Token[], names: NameMention[], previous: Token[] | null, countFirst: number, countLast: number): { scope?: string } {
  // Right after the count ("took to the streets of Athens"), or opening the clause ("In Patras, 20,000").
  const place = names.find((n) => SCOPE_PREPOSITIONS.has(clause[n.first - 1]?.lower ?? '') && ((n.first > countLast && n.first - countLast <= MAX_SCOPE_DISTANCE) || n.first === 1) && isPlaceName(n.text));
  if (place) return { scope: place.text };
  // "in Thessaloniki, where 20,000 people marched", "in Salonika where 50,000 marched".
  let where = boundStart(clause, countFirst) - 1;
  while (INCREMENT_WORDS.has(clause[where]?.lower ?? '')) where = boundStart(clause, where) - 1;
  if (clause[where]?.lower !== 'where') return {};
  const before = where > 0 ? names.filter((n) => n.last === where - 1 || (n.last === where - 2 && clause[where - 1]?.text === ',')) : previous ? findNames(previous).names.filter((n) => n.last >= previous.length - 2) : [];
  const last = before[before.length - 1];
  return last && isPlaceName(last.text) ? { scope: last.text } : {};
}

/**
 * "spent four seasons as the Sixers' director of player personnel", "served two terms as governor": a
 * count in a role is a question of that role, not a rival of the count for all ("19 seasons with
 * the 76ers"). The role is the first person noun of the phrase after "as".
 */
function roleScope(clause: Token[], at: number): string | null {
  if (clause[at]?.lower !== 'as') return null;
  for (let k = at + 1; k < clause.length && k <= at + 5; k++) {
    const t = clause[k] as Token;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return null;
    const lemma = baseForm(t.lower, 'n') ?? t.lower;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && isPersonNoun(lemma)) return `as ${lemma}`;
  }
  return null;
}

// Verbs that give a figure for something: "police put the march at 30,000", "the crowd was estimated at".
const ESTIMATE_VERBS = new Set(['put', 'place', 'estimate']);
// Verbs that make their subject one of a gathering's people: "200,000 attended the march", "joined the rally".
const PARTICIPATION_VERBS = new Set(['attend', 'join', 'take_part']);

/**
 * The predicate a count of a gathering's people answers to, if the noun at `at` names a gathering:
 * "march", "protest", "rally", "demonstration" (nouns of the demonstrating type) -> "march",
 * "protest", ... which is one question with "took to the streets" whatever word an outlet used.
 */
function gatheringPredicate(tokens: Token[], at: number): string | null {
  const noun = tokens[at];
  if (!noun || noun.pos !== 'NOUN') return null;
  const lemma = baseForm(noun.lower, 'n') ?? noun.lemma;
  if (eventTypeOf(lemma) === 'Conflict.Demonstrate') return lemma;
  const verb = verbOfNoun(lemma);
  return verb && eventTypeOf(verb) === 'Conflict.Demonstrate' ? verb : null;
}

/**
 * "200,000 attended the march", "the march was attended by 200,000", "thousands joined the protest",
 * "took part in the rally": a count of those who took part in a gathering answers what the gathering's
 * own verb asks ("march"), so every outlet's way of telling its size is one question.
 */
function participationPredicate(clause: Token[], verbAt: number, lemma: string, countAt: number): string | null {
  if (!PARTICIPATION_VERBS.has(lemma)) return null;
  // Passive, the count is the agent after the verb ("attended by 200,000"); active, its subject before.
  const isPassive = clause[verbAt - 1]?.pos === 'AUX';
  if (isPassive !== countAt > verbAt) return null;
  if (isPassive) {
    let k = verbAt - 1;
    while (clause[k]?.pos === 'AUX') k--;
    // "The Athens protest march marking the zenith of the strike was attended by": the subject's head
    // may stand before a phrase that qualifies it, at the end of the clause's first noun phrase.
    let head = 0;
    while (clause[head] && clause[head]?.pos !== 'NOUN') head++;
    while (clause[head + 1]?.pos === 'NOUN') head++;
    return gatheringPredicate(clause, k) ?? (head < k ? gatheringPredicate(clause, head) : null);
  }
  let k = verbAt + 1;
  if (lemma === 'take_part') k += clause[k + 1]?.lower === 'in' ? 2 : 1;
  while (clause[k]?.pos === 'DET' || clause[k]?.pos === 'ADJ') k++;
  while (clause[k + 1]?.pos === 'NOUN' && clause[k]?.pos === 'NOUN') k++;
  return gatheringPredicate(clause, k);
}

function isEstimateVerb(t: Token): boolean {
  return t.pos === 'VERB' && ESTIMATE_VERBS.has(t.lemma);
}

/**
 * "Police put the march, to mark a 24-hour strike, at roughly 30,000 people", "the rally was estimated
 * at 20,000": a figure put on a gathering counts the people in it. The gathering is the verb's object
 * (the last noun of its phrase: "the protest march"), or its subject when the verb is passive; the
 * figure is the number after "at", past a parenthesis between commas. A figure of something else ("at
 * 30 buses") is not one of people.
 */
function estimateClaims(clause: Token[], ctx: ClauseContext, used: Set<number>): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (let v = nextWhere(clause, 1, isEstimateVerb); v < clause.length; v = nextWhere(clause, v + 1, isEstimateVerb)) {
    const verb = clause[v] as Token;
    let nounAt = -1;
    if (clause[v - 1]?.pos === 'AUX') {
      let k = v - 1;
      while (clause[k]?.pos === 'AUX') k--;
      nounAt = k;
    } else {
      let k = v + 1;
      while (clause[k]?.pos === 'DET' || clause[k]?.pos === 'ADJ') k++;
      while (clause[k + 1]?.pos === 'NOUN' && clause[k]?.pos === 'NOUN') k++;
      nounAt = k;
    }
    const predicate = gatheringPredicate(clause, nounAt);
    if (!predicate) continue;
    // The figure: "at" after the verb and its object, skipping one parenthesis between commas.
    let at = Math.max(v, nounAt) + 1;
    if (clause[at]?.text === ',') {
      const close = clause.findIndex((k, i) => i > at && k.text === ',');
      at = close > 0 ? close + 1 : at;
    }
    if (clause[at]?.lower !== 'at') continue;
    let first = at + 1;
    while (BOUND_WORDS.has(clause[first]?.lower ?? '') || clause[first]?.lower === 'approximate') first++;
    const number = clause[first];
    if (!number || number.entityType !== 'CARDINAL' || used.has(number.start)) continue;
    let last = first;
    while (clause[last + 1]?.entityType === 'CARDINAL' && clause[last + 1]?.entityIndex === number.entityIndex) last++;
    const value = parseNumber(lowerWords(clause, first, last + 1));
    const counted = clause[last + 1];
    const countsPeople = !counted || counted.pos !== 'NOUN' || GENERIC_PEOPLE.has(baseForm(counted.lower, 'n') ?? counted.lemma) || isPersonNoun(baseForm(counted.lower, 'n') ?? counted.lemma);
    if (value === null || !countsPeople) continue;
    for (let w = first; w <= last; w++) used.add((clause[w] as Token).start);
    const bounds = boundsFor(value, lowerWords(clause, at + 1, first));
    claims.push(peopleCount(ctx, predicate, `in the ${(clause[nounAt] as Token).text}`, value, bounds));
  }
  return claims;
}

/** The predicate of an age claim ("Raj Chohan, 59,", "23-year-old Vishwanand Subryan"). */
export const AGE_PREDICATE = 'has_age';

/** Whether "N-year-old" starts at `k`, written as wink splits it: N, -, year, -, old. */
function isYearsOld(clause: Token[], k: number): boolean {
  return clause[k + 1]?.text === '-' && clause[k + 2]?.lower === 'year' && clause[k + 3]?.text === '-' && clause[k + 4]?.lower === 'old';
}

/**
 * Ages given to named people: "NAME, 59," and "59-year-old [words] NAME". In a dated article an age is
 * a birth year (59 in 2013: 1953 or 1954), widened by a year each way because page dates are often a
 * crawl's or a later edit's, so that "38" in 2007 and "39" a year later, or "27" at an arrest and "29"
 * at the verdict two years on, agree. Undated, two ages a year apart agree ([age, age + 1]). The age as
 * written is kept as the claim's object text, for the statement.
 */
function ageClaims(clause: Token[], ctx: ClauseContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const year = ctx.source.publishedAt ? Number(ctx.source.publishedAt.slice(0, 4)) : null;
  const ageAt = (k: number): number | null => {
    const t = clause[k];
    if (!t || t.entityType !== 'CARDINAL' || !/^\d{1,3}$/.test(t.text)) return null;
    const age = Number(t.text);
    return age >= 1 && age <= 115 ? age : null;
  };
  const push = (name: NameMention, age: number, k: number): void => {
    const value = year ? { kind: 'QUANTITY' as const, value: year - age, min: year - age - 2, max: year - age + 1, unit: 'birth year', unitText: 'years old' } : { kind: 'QUANTITY' as const, value: age, min: age, max: age + 1, unit: 'age', unitText: 'years old' };
    const token = clause[k] as Token;
    claims.push(makeDraft(ctx.base, { kind: 'QUANTITY', subject: { kind: 'name', text: name.text, mention: name }, predicate: AGE_PREDICATE, predicateText: 'aged', object: value.unit, objectKind: null, objectText: token.text, isNegated: false, value, certainty: 0.9, episode: ctx.episode }));
  };
  for (const name of ctx.names) {
    // "Raj Chohan, 59, was killed"; "Subryan, 23, of Schenectady". A one-word name without a title
    // may be a place ("Troy, 15"): two words, a title, or a word WordNet knows as no place nor common
    // word ("Kafoury, 63, of Warren") make it a person's.
    // The age first: most names have none, and WordNet is asked only for those that do.
    // "John Miller, aged 45,"; "Miller, a 45-year-old father of two,": the age in an apposition's first words.
    const opensAged = clause[name.last + 1]?.text === ',' && clause[name.last + 2]?.lower === 'aged';
    const opensYearOld = clause[name.last + 1]?.text === ',' && /^(a|an)$/.test(clause[name.last + 2]?.lower ?? '') && isYearsOld(clause, name.last + 3);
    const at = opensAged || opensYearOld ? name.last + 3 : name.last + 2;
    const age = clause[name.last + 1]?.text === ',' ? ageAt(at) : null;
    // ("has died in Los Angeles, aged 85": a place's name is never a person's.)
    if (age === null || isPlaceName(name.text) || (name.first === name.last && !name.title && isCommonWord(name.text.toLowerCase()))) continue;
    const after = clause[at + 1];
    if (opensYearOld || !after || after.text === ',' || after.text === '.' || after.text === ')' || ['of', 'from', 'and', 'who'].includes(after.lower)) push(name, age, at);
  }
  // "59-year-old Raj Chohan", "39-year-old Troy resident Anthony LaCalamita": the next name within
  // four words, if only words of a description come between.
  const isAgeYearsOld = (_t: Token, k: number): boolean => ageAt(k) !== null && isYearsOld(clause, k);
  for (let k = nextWhere(clause, 0, isAgeYearsOld); k + 4 < clause.length; k = nextWhere(clause, k + 1, isAgeYearsOld)) {
    const age = ageAt(k) as number;
    const name = ctx.names.filter((n) => n.first > k + 4 && n.first <= k + 8 && (n.first !== n.last || n.title)).find((n) => clause.slice(k + 5, n.first).every((t) => t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN'));
    if (name) push(name, age, k);
  }
  return claims;
}

/** The predicate of a colour claim: not a WordNet word, so no class takes it in. */
export const COLOUR_PREDICATE = 'has_colour';

/**
 * A positive claim that a thing has an attribute the pipeline names (a country, a way of dying, a
 * kind of gun, what it is said to be): one shape for all of them.
 */
function attributeDraft(ctx: ClauseContext, subject: SubjectRef, predicate: string, predicateText: string, object: string, objectText: string, certainty: number): ClaimDraft {
  return makeDraft(ctx.base, { kind: 'ASSERTION', subject, predicate, predicateText, object, objectText, isNegated: false, value: { kind: 'ASSERTION', isPositive: true }, certainty, episode: ctx.episode });
}

export const IS_A_PREDICATE = 'is_a';
// Verbs that say what their object is, with "as": "described the building as a total loss".
const CALLING = new Set(['describe', 'characterize', 'characterise', 'label', 'brand', 'term', 'dub', 'call']);

/**
 * What a thing is said to be: "the building is a total loss", "the shooter was a former employee". A
 * form of "be" as the clause's verb, then an article and a noun phrase that ends there; the subject a
 * noun or a name ("it was a tragedy" says nothing of a thing), not "there" ("there was a blast").
 */
function predicateNominalClaims(clause: Token[], ctx: ClauseContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (let i = 1; i + 2 < clause.length; i++) {
    const be = clause[i] as Token;
    // ("would be a hit", "to be a star": what may be, or is wanted, is not said to be.)
    if (be.pos !== 'AUX' || be.lemma !== 'be' || clause[i + 1]?.pos === 'AUX' || MODALS.has(clause[i - 1]?.lower ?? '') || clause[i - 1]?.lower === 'to') continue;
    let at = i + 1;
    const isNegated = NEGATORS.has(clause[at]?.lower ?? '');
    if (isNegated) at++;
    while (isQuoteMark(clause[at])) at++;
    if (!/^(a|an)$/.test(clause[at]?.lower ?? '')) continue;
    let end = at + 1;
    while (clause[end] && (clause[end]?.pos === 'ADJ' || clause[end]?.pos === 'NOUN' || isQuoteMark(clause[end]) || clause[end]?.text === '-')) end++;
    const head = [...clause.slice(at + 1, end)].reverse().find((k) => k.pos === 'NOUN');
    if (!head || !(isPhraseEnd(clause[end]) || /^(who|which|that)$/.test(clause[end]?.lower ?? '')) || clause.slice(0, i).some((k) => k.pos === 'VERB' && !isReportingVerb(k))) continue;
    const found = subjectBefore(clause, i, ctx.names, ctx.source.text);
    if (!found || found.kind === 'pronoun' || clause[i - 1]?.lower === 'there') continue;
    // A common noun's subject as its own phrase: "the building", not "I'm afraid the building".
    let from = i - 1;
    while (from > 0 && clause[from]?.pos === 'ADV') from--;
    const headAt = from;
    // ("I'm afraid the building": an adjective after an auxiliary is a predicate of its own.)
    while (from > 0 && (clause[from - 1]?.pos === 'NOUN' || (clause[from - 1]?.pos === 'ADJ' && clause[from - 2]?.pos !== 'AUX') || clause[from - 1]?.pos === 'DET')) from--;
    const subject: SubjectRef = found.kind === 'noun' && clause[headAt]?.pos === 'NOUN' ? { ...found, text: textOf(clause.slice(from, headAt + 1), ctx.source.text) } : found;
    const words = clause.slice(at + 1, end).filter((k) => !isQuoteMark(k));
    claims.push(makeDraft(ctx.base, {
      kind: 'ASSERTION',
      subject,
      predicate: IS_A_PREDICATE,
      predicateText: be.text,
      object: baseForm(head.lower, 'n') ?? head.lemma,
      objectText: `a ${textOf(words, ctx.source.text)}`,
      isNegated,
      value: { kind: 'ASSERTION', isPositive: !isNegated },
      certainty: 0.75,
      episode: ctx.episode,
    }));
  }
  return claims;
}

export const NATIONALITY_PREDICATE = 'is_of';
const FLAG_VERBS = new Set(['fly', 'sail', 'carry', 'bear']);
const NATIONALITY_GAP = 4;

/**
 * The country a named thing is of, as a demonym tells it (lexicon placeOfDemonym): "the
 * Ethiopian-flagged MV Gibe", "Ethiopian merchant vessel Gibe", "a merchant vessel flying an
 * Ethiopian flag". Only of a name the demonym comes before, with nouns and adjectives between, or of
 * what flies the flag; not a demonym inside a name ("Indian Navy") nor one of a common noun ("Somali
 * pirates", "Ethiopian immigrants": a group, not one thing).
 */
function nationalityClaims(clause: Token[], ctx: ClauseContext, previous: Token[] | null): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  // (A demonym alone may be taken for a name of its own: only a longer name holds it.)
  const inName = (k: number): boolean => ctx.names.some((n) => n.first <= k && n.last >= k && n.last > n.first);
  for (let i = 0; i < clause.length; i++) {
    const t = clause[i] as Token;
    if ((t.pos !== 'ADJ' && t.pos !== 'PROPN') || inName(i)) continue;
    const place = placeOfDemonym(t.text);
    if (!place) continue;
    let subject: SubjectRef | null = null;
    // "flying an Ethiopian flag", "which flies the Ethiopian flag": what flies it.
    // ("sailing under an Ethiopian flag", "flying under the Ethiopian flag")
    // ("the Ethiopian flag-bearing vessel MV Gibe" is the compound's: below.)
    const flagAt = clause[i + 1]?.lower === 'flag' && clause[i + 2]?.text !== '-' ? i + 1 : -1;
    const underAt = clause[i - 2]?.lower === 'under' ? i - 3 : i - 2;
    const verbAt = flagAt > 0 && /^(a|an|the)$/.test(clause[i - 1]?.lower ?? '') ? underAt : -1;
    if (verbAt >= 0 && FLAG_VERBS.has(baseForm(clause[verbAt]?.lower ?? '', 'v') ?? '')) {
      // "a mayday call from MV Gibe, flying under the Ethiopian flag": a name right before flies it.
      const flyer = ctx.names.find((n) => n.last === verbAt - 1 || (n.last === verbAt - 2 && clause[verbAt - 1]?.text === ','));
      subject = flyer ? { kind: 'name', text: flyer.text, mention: flyer } : subjectBefore(clause, verbAt, ctx.names, ctx.source.text);
      // "merchant vessel Gibe, which flies an Ethiopian flag": the relative's antecedent.
      if (!subject && previous && verbAt === 1 && /^(which|that)$/.test(clause[0]?.lower ?? '')) {
        const names = findNames(previous).names;
        const ending = names.find((n) => n.last === previous.length - 1);
        subject = ending ? { kind: 'name', text: ending.text, mention: ending } : subjectBefore(previous, previous.length, names, ctx.source.text);
      }
      // "a merchant vessel flying an Ethiopian flag": the participle's noun.
      if (!subject && clause[verbAt - 1]?.pos === 'NOUN') {
        const noun = clause[verbAt - 1] as Token;
        const lemma = baseForm(noun.lower, 'n') ?? noun.lemma;
        subject = { kind: 'noun', text: noun.text, lemma, words: [lemma] };
      }
    } else {
      // "Ethiopian-flagged MV Gibe", "Ethiopian merchant vessel Gibe", "the Ethiopian vessel, MV Gibe".
      let k = i + 1;
      if (clause[k]?.text === '-' && /^(flagged|registered|owned)$/.test(clause[k + 1]?.lower ?? '')) k += 2;
      // ("the Ethiopian flag-bearing vessel MV Gibe")
      while (k < clause.length && k - i <= NATIONALITY_GAP + 2 && !inName(k) && (clause[k]?.pos === 'NOUN' || clause[k]?.pos === 'ADJ' || (clause[k]?.text === '-' && (clause[k + 1]?.pos === 'VERB' || clause[k + 1]?.pos === 'NOUN') && /ing$|ed$/.test(clause[k + 1]?.lower ?? '') && clause[k]?.start === clause[k - 1]?.end) || (clause[k - 1]?.text === '-' && clause[k]?.pos === 'VERB') || (clause[k]?.text === ',' && clause[k - 1]?.pos === 'NOUN'))) k++;
      // Not a place ("Iranian earthquake tremor hits Dubai" is a headline's verb, not Dubai's country),
      // unless a vehicle is named after it ("Indian naval ship Mysore").
      const name = ctx.names.find((n) => n.first === k);
      const before = clause[k - 1]?.text === ',' ? clause[k - 2] : clause[k - 1];
      const namesVehicle = before?.pos === 'NOUN' && isVehicleNoun(baseForm(before.lower, 'n') ?? before.lemma);
      if (name && k > i + 1 && (namesVehicle || !isPlaceName(name.text))) subject = { kind: 'name', text: name.text, mention: name };
    }
    if (!subject || subject.kind === 'pronoun') continue;
    claims.push(attributeDraft(ctx, subject, NATIONALITY_PREDICATE, 'is', place.toLowerCase(), t.text, 0.75));
  }
  return claims;
}

export const MANNER_PREDICATE = 'died_by';

/**
 * How the dead died, as "to death" tells it: "three people have suffocated to death", "were burnt to
 * death", "stabbed to death". The verb is done to a body or is an attack ("scared to death" is a
 * figure of speech, "sentenced to death" a punishment); not denied or only possible.
 */
function mannerClaims(clause: Token[], ctx: ClauseContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (let i = 0; i + 2 < clause.length; i++) {
    if (clause[i + 1]?.lower !== 'to' || clause[i + 2]?.lower !== 'death') continue;
    const verb = clause[i] as Token;
    // A verb or its participle: not "close to death", "from birth to death".
    const irregular = verbOfParticiple(verb.lower);
    if (!(verb.pos === 'VERB' || (verb.pos === 'ADJ' && (/(ed|en)$/.test(verb.lower) || irregular !== null)))) continue;
    // ("burnt" is no form WordNet lists; "put to death" is an execution, a punishment.)
    const lemma = baseForm(verb.lower, 'v') ?? irregular;
    if (!lemma || lemma === 'put' || !(isBodilyVerb(lemma) || eventTypeOf(lemma) === 'Conflict.Attack')) continue;
    if (clause.slice(Math.max(0, i - 4), i).some((k) => NEGATORS.has(k.lower) || MODALS.has(k.lower))) continue;
    // Of a person the passive names ("Deputy Ortiz was shot to death"; his brother-in-law, "stabbed
    // to death" months before, is another question), else of the story's dead, however each outlet
    // counted them: one subject for every outlet's answer.
    const isPassive = clause[i - 1]?.pos === 'AUX' || (clause[i - 1]?.pos === 'ADV' && clause[i - 2]?.pos === 'AUX');
    const named = isPassive ? subjectBefore(clause, i, ctx.names, ctx.source.text) : null;
    const dead: SubjectRef = named?.kind === 'name' ? named : { kind: 'noun', text: 'the dead', lemma: 'dead', words: ['dead'] };
    claims.push(attributeDraft(ctx, dead, MANNER_PREDICATE, textOf(clause.slice(i, i + 3), ctx.source.text), lemma, verb.lower, 0.75));
  }
  return claims;
}

export const WEAPON_PREDICATE = 'had_weapon';

/**
 * The kind of gun a clause says was had, carried, used or found: "brought a rifle into the
 * building", "police seized a shotgun", "armed with a 12-gauge shotgun". A kind of firearm in
 * WordNet (not a cannon), one, named as a head noun; not "firearm" itself, which every kind is; not one
 * of alternatives ("a shotgun or a rifle": the outlet does not know), nor one denied or only possible.
 * Every gun of a story is the story's: a rifle a deputy fired would be a rival of the gunman's shotgun
 * (a known limit).
 */
function weaponClaims(clause: Token[], ctx: ClauseContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  if (clause.some((k) => NEGATORS.has(k.lower) || MODALS.has(k.lower) || k.lower === 'either')) return claims;
  for (let i = 0; i < clause.length; i++) {
    const t = clause[i] as Token;
    // The head of its phrase ("a handgun permit" is no gun), or the weapon of an attack it names
    // ("the shotgun slaying of Madeline Kafoury").
    // (Whether the next word names an event is asked of a noun's next word only: WordNet is asked
    // nothing about the words after the clause's other tokens.)
    const next = clause[i + 1];
    if (t.pos !== 'NOUN') continue;
    const modifiesEvent = next?.pos === 'NOUN' && isEventNoun(baseForm(next.lower, 'n') ?? next.lemma);
    if (['NOUN', 'PROPN', 'VERB'].includes(next?.pos ?? '') && !modifiesEvent) continue;
    // One gun: "seized seven AK-47 rifles" is an arsenal, and "deputies with rifles" are others'.
    const lemma = baseForm(t.lower, 'n') ?? t.lemma;
    if (lemma !== t.lower || !isKindOfGun(lemma)) continue;
    // Alternatives: an "or" next to the phrase, before or after it.
    let from = i;
    while (from > 0 && ['ADJ', 'NOUN', 'DET', 'NUM', 'PUNCT'].includes(clause[from - 1]?.pos ?? '') && clause[from - 1]?.text !== ',') from--;
    if (clause[from - 1]?.lower === 'or' || clause[i + 1]?.lower === 'or') continue;
    // Of the story's gun, whoever had it: one subject for every outlet's answer.
    claims.push(attributeDraft(ctx, { kind: 'noun', text: 'gun', lemma: 'gun', words: ['gun'] }, WEAPON_PREDICATE, 'was', lemma, t.lower, 0.7));
  }
  return claims;
}

/**
 * "a silver Toyota Camry", "a gray 2013 Camry": the colour an outlet gives a thing, as a claim about
 * that thing, so that outlets giving it two colours meet as a dispute. A colour inside a name ("the
 * White House", "Red Cross") is part of the name.
 */
function colourClaims(clause: Token[], ctx: ClauseContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const inName = (k: number): NameMention | undefined => ctx.names.find((n) => n.first <= k && n.last >= k);
  for (let i = 0; i < clause.length; i++) {
    const t = clause[i] as Token;
    // wink tags "silver" before a noun as a noun: a lower-case colour word before a noun is read as one.
    if (!(t.pos === 'ADJ' || (t.pos === 'NOUN' && (t.text === t.lower || i === 0)))) continue;
    // The colour first (cached per word, and answered at once for most words), the scan of the
    // clause's names only for a colour word.
    const colour = colourOf(t.lower);
    if (!colour) continue;
    // A noun with no adjective sense is the noun, not a colour: "a navy ship", "cream cakes".
    if ((t.pos === 'NOUN' && !isWord(t.lower, 'a')) || inName(i)) continue;
    let j = i + 1;
    while (clause[j] && (clause[j]?.pos === 'ADJ' || clause[j]?.pos === 'NUM' || clause[j]?.text === '-')) j++;
    const head = clause[j];
    if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) continue;
    const name = inName(j);
    let subject: SubjectRef;
    if (name) subject = { kind: 'name', text: name.text, mention: name };
    else {
      let end = j;
      while (clause[end + 1]?.pos === 'NOUN') end++;
      const noun = clause[end] as Token;
      const lemma = baseForm(noun.lower, 'n') ?? noun.lemma;
      subject = { kind: 'noun', text: noun.text, lemma, words: [lemma] };
    }
    claims.push(makeDraft(ctx.base, { kind: 'ASSERTION', subject, predicate: COLOUR_PREDICATE, predicateText: 'was', object: colour, objectText: t.lower, isNegated: false, value: { kind: 'ASSERTION', isPositive: true }, certainty: 0.7, episode: ctx.episode }));
  }
  return claims;
}

function isLive(t: Token): boolean {
  // A form WordNet takes to "live" is "live" with an ending ("lives", "lived", "living"): other verbs
  // are not looked up, unless wink's lemma says "live" (which counts when WordNet knows no form).
  return t.pos === 'VERB' && (t.lower.startsWith('liv') || t.lemma === 'live') && (baseForm(t.lower, 'v') ?? t.lemma) === 'live';
}

/** The predicate of a residence claim ("Raj Chohan, 59, of College Point", "who lived in South Ozone Park"). */
export const RESIDENCE_PREDICATE = 'lives_in';

// How many words may stand between "lived" and the "in" of its place: "lived half a mile away in".
const RESIDENCE_GAP = 6;

/**
 * Where a named person lives, as news writes it: "NAME, AGE, of PLACE" and "AGE-year-old NAME of
 * PLACE" (the age makes the "of" a home, by the convention of news copy), "NAME of PLACE" when WordNet
 * knows the place as one ("Subryan of Schenectady"; "Smith of Reuters", "Sinha of the Navy" are
 * employers, not homes), and "NAME (, who) lived/lives ... in PLACE". The place must be a name with no
 * determiner: "of the NYPD" is a body. Its written container ("Schenectady, N.Y.") is left out.
 */
function residenceClaims(clause: Token[], ctx: ClauseContext, previous: Token[] | null): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const text = ctx.source.text;
  const nameAt = (k: number): NameMention | undefined => ctx.names.find((n) => n.first === k);
  const push = (person: NameMention, place: NameMention, predicateText: string, certainty: number): void => {
    claims.push(makeDraft(ctx.base, { kind: 'ASSERTION', subject: { kind: 'name', text: person.text, mention: person }, predicate: RESIDENCE_PREDICATE, predicateText, object: place.text.toLowerCase(), objectText: place.text, objectPreposition: 'in', isNegated: false, value: { kind: 'ASSERTION', isPositive: true }, certainty, episode: ctx.episode }));
  };
  const isAge = (t: Token | undefined): boolean => !!t && t.entityType === 'CARDINAL' && /^\d{1,3}$/.test(t.text);
  for (const person of ctx.names) {
    // A one-word name without a title may itself be a place ("Troy, 39, of ..." does not occur).
    if (person.first === person.last && !person.title) continue;
    let k = person.last + 1;
    const hasAgeAfter = clause[k]?.text === ',' && isAge(clause[k + 1]) && clause[k + 2]?.text === ',';
    if (hasAgeAfter) k += 3;
    // "23-year-old Vishwanand Subryan of Schenectady" ("23-year old" too).
    const hasAgeBefore = clause[person.first - 1]?.lower === 'old' && clause.slice(Math.max(0, person.first - 5), person.first).some((t) => t.lower === 'year') && clause.slice(Math.max(0, person.first - 5), person.first).some(isAge);
    if (clause[k]?.lower !== 'of') continue;
    const place = nameAt(k + 1);
    if (!place || place.title || !(hasAgeAfter || hasAgeBefore || isPlaceName(place.text))) continue;
    push(person, place, 'of', 0.8);
  }
  for (let v = nextWhere(clause, 0, isLive); v < clause.length; v = nextWhere(clause, v + 1, isLive)) {
    const verb = clause[v] as Token;
    // The person: "Chohan, who lived", "Raj Chohan lived", "Chohan had lived".
    let s = v - 1;
    while (clause[s]?.pos === 'AUX' || clause[s]?.pos === 'ADV') s--;
    if (clause[s]?.lower === 'who') s -= clause[s - 1]?.text === ',' ? 2 : 1;
    // "Chohan, who lived ...": the clause opened at ", who", and the person ends the clause before.
    const before = s < 0 && previous ? findNames(previous).names.find((n) => n.last === previous.length - 1) : undefined;
    const person = before ?? ctx.names.find((n) => n.last === s);
    if (!person) continue;
    for (let k = v + 1; k < clause.length && k <= v + 1 + RESIDENCE_GAP; k++) {
      const t = clause[k] as Token;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || (t.pos === 'PUNCT' && t.text !== '-')) break;
      if (t.lower !== 'in') continue;
      const place = nameAt(k + 1);
      if (place && !place.title) push(person, place, textOf(clause.slice(v, k + 1), text), 0.8);
      break;
    }
  }
  return claims;
}

function eventNear(clause: Token[], first: number, last: number): { index: number; token: Token } | null {
  // A capitalised word inside a clause is a name ("the Boston Herald reported"), not something that happened.
  const isEvent = (t: Token | undefined): boolean =>
    !!t && (t === clause[0] || !/^\p{Lu}/u.test(t.text)) &&
    ((t.pos === 'VERB' && !isReportingVerb(t) && !COPULAS.has(t.lemma) && !PREPOSITIONAL_PARTICIPLES.has(t.lower)) || (t.pos === 'NOUN' && isEventNoun(baseForm(t.lower, 'n') ?? t.lemma)));
  // "Sunday's attack": a possessive time belongs to the noun after it.
  if (clause[last + 1]?.pos === 'PART' && /^['’]s$/.test(clause[last + 1]?.text ?? '')) {
    for (let k = last + 2; k < clause.length && k <= last + 4; k++) if (isEvent(clause[k])) return { index: k, token: clause[k] as Token };
  }
  // "jolted Qeshm island off Iran's southern coast on Sunday": a time after its verb's object phrase.
  for (let k = first - 1; k >= 0 && k >= first - 12; k--) {
    if (clause[k]?.pos === 'PUNCT') break;
    if (isEvent(clause[k])) return { index: k, token: clause[k] as Token };
  }
  for (let k = last + 1; k < clause.length && k <= last + 6; k++) {
    if (clause[k]?.pos === 'PUNCT' && clause[k]?.text !== ',') break;
    if (isEvent(clause[k])) return { index: k, token: clause[k] as Token };
  }
  return null;
}

// Earthquakes are measured, not counted: "a 5.6 magnitude earthquake", "a magnitude-5.9 quake",
// "a magnitude of at least 5.9", "measuring 5.6 on the Richter scale", "put the magnitude at 6.1".
const MAGNITUDE_WORD = /^(magnitude|richter|strength)(-\d+(\.\d+)?)?$/;
// Nouns that carry a measure rather than name what is measured: "a force of 6.0 on the Richter scale".
const MEASURE_NOUNS = new Set(['force', 'scale', 'strength', 'intensity', 'reading']);
// Magnitudes are given to a tenth: "about 6.0" is 6.0 within rounding, not 6 within 10%.
const MAGNITUDE_ROUNDING = 0.05;

/** The magnitude a clause gives an event, as a measure of the event it names, or nothing. */
function magnitudeClaims(clause: Token[], ctx: ClauseContext, used: Set<number>): ClaimDraft[] {
  // "a 5.6 quake": a fraction of an event is its magnitude, not a count of events.
  const decimalBeforeEvent = clause.findIndex((t, k) => t.entityType === 'CARDINAL' && /^\d+\.\d+$/.test(t.text) && clause[k + 1]?.pos === 'NOUN' && isEventNoun(baseForm(clause[k + 1]?.lower ?? '', 'n') ?? ''));
  const at = decimalBeforeEvent >= 0 ? decimalBeforeEvent + 1 : clause.findIndex((t) => MAGNITUDE_WORD.test(t.lower));
  if (at < 0) return [];
  // "A magnitude-6.0 quake can cause severe damage" is about quakes in general; "ranging from 3.6 to 4.3" is no one value.
  if (clause.some((t) => MODALS.has(t.lower)) || clause.some((t, k) => t.lower === 'from' && clause[k + 2]?.lower === 'to')) return [];
  const glued = /-(\d+(?:\.\d+)?)$/.exec(clause[at]?.lower ?? '');
  let numberAt = glued ? at : -1;
  if (numberAt < 0) {
    // The nearest number a magnitude can be, before or after, within four words: in "registering 6.1
    // on the Richter scale 60km south-west of" the 60 is nearer but is a distance.
    const isMagnitude = (t: Token | undefined): boolean => t?.entityType === 'CARDINAL' && /^\d+(\.\d+)?$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 10;
    for (let d = 1; d <= 4 && numberAt < 0; d++) {
      for (const k of [at - d, at + d]) if (numberAt < 0 && isMagnitude(clause[k])) numberAt = k;
    }
  }
  const numberToken = clause[numberAt];
  if (!numberToken) return [];
  const value = Number(glued?.[1] ?? numberToken.text);
  if (!(value >= 1 && value <= 10)) return [];
  used.add(numberToken.start);
  // The bound stands before the number: "about 6.0 on the Richter scale", "a magnitude of at least 5.9".
  const bounds = boundsFor(value, lowerWords(clause, Math.max(0, numberAt - 3), numberAt));
  const min = bounds.isApproximate ? value - MAGNITUDE_ROUNDING : bounds.min;
  const max = bounds.isApproximate ? value + MAGNITUDE_ROUNDING : bounds.max;
  // What is measured, for the statement: the event noun nearest the magnitude ("quake", "temblor"),
  // over the whole sentence ("the quake, which struck with a force of about 6.0"). Its word does not
  // make the question: "quake", "tremor" and "temblor" name one event, and an aftershock an article
  // also measures is set apart as that article's second answer (see cluster.ts).
  const words = ctx.sentence.tokens;
  const from = words.indexOf(clause[at] as Token);
  let event: Token | undefined;
  for (let d = 0; d <= 20 && !event; d++) {
    for (const k of [from + d, from - d]) {
      const t = words[k];
      if (!event && t?.pos === 'NOUN' && !MAGNITUDE_WORD.test(t.lower) && !MEASURE_NOUNS.has(t.lower) && isEventNoun(baseForm(t.lower, 'n') ?? t.lemma)) event = t;
    }
  }
  // With no event named in the sentence ("the USGS puts the magnitude at 6.1"), the article's last
  // measured event is meant.
  const eventLemma = event ? (baseForm(event.lower, 'n') ?? event.lemma) : (ctx.measured.last ?? ctx.measured.lastEvent ?? 'event');
  ctx.measured.last = eventLemma;
  return [
    makeDraft(ctx.base, {
      kind: 'QUANTITY',
      subject: null,
      predicate: 'measure',
      predicateText: event?.text ?? eventLemma,
      object: 'magnitude',
      objectText: 'magnitude',
      isNegated: false,
      value: { kind: 'QUANTITY', value, min, max, unit: 'magnitude', unitText: 'magnitude' },
      certainty: 0.85,
      episode: ctx.episode,
    }),
  ];
}

// Verbs whose time is that of something still to come: "planned for Monday", "scheduled for Friday".
const INTENDING = new Set(['plan', 'schedule', 'intend', 'expect', 'slate']);

/** Whether the noun phrase from `at` is a thing a year before it dates, not an event it times. */
function isModelYear(clause: Token[], at: number): boolean {
  let k = at;
  while (clause[k] && (clause[k]?.pos === 'ADJ' || clause[k]?.pos === 'NOUN' || clause[k]?.pos === 'PROPN') && k - at < 4) k++;
  const head = clause[k - 1];
  if (k === at || !head) return false;
  return head.pos === 'PROPN' || !isEventNoun(baseForm(head.lower, 'n') ?? head.lemma);
}

// Verbs of putting a page out: their day is the page's, not the event's.
const PUBLISHING = new Set(['post', 'publish', 'update', 'write', 'file']);

function timeClaims(clause: Token[], ctx: ClauseContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const mentions = findTimes(clause, ctx.source.publishedAt, ctx.episode ? null : ctx.measured.day);
  // "At about 7 p.m., the woman was walking", after "killed on the night of Sept. 13": the report's day
  // is the first single day the article gives in a clause that tells of an event (a verb of a known
  // type or an event noun), outside an earlier episode; not the day a page was "posted".
  // Not the day of what followed the event: "was charged with murder Saturday after opening fire" (a
  // Friday party) gives no day, nor do arrests, trials and releases.
  if (!ctx.measured.day && !ctx.episode && mentions.length > 0 && !clause.some((t) => PUBLISHING.has(t.lemma))) {
    const tellsEvent = clause.some((t) => (t.pos === 'VERB' && eventTypeOf(t.lemma) !== null) || (t.pos === 'NOUN' && isEventNoun(baseForm(t.lower, 'n') ?? t.lemma)));
    const dayMention = tellsEvent ? mentions.find((m) => dayOf(m.value) !== null) : undefined;
    // The verb nearest before the day is what the day is of.
    let told = dayMention ? dayMention.first - 1 : -1;
    while (told >= 0 && clause[told]?.pos !== 'VERB') told--;
    const toldType = told >= 0 ? eventTypeOf(clause[told]?.lemma ?? '') : null;
    if (dayMention && !toldType?.startsWith('Justice.')) ctx.measured.day = dayOf(dayMention.value);
  }
  for (const mention of mentions) {
    // "a 2013 gray Camry": a lone year before a noun phrase of no event is the thing's model year.
    if (mention.first === mention.last && /^\d{4}$/.test(clause[mention.first]?.text ?? '') && isModelYear(clause, mention.last + 1)) continue;
    const event = eventNear(clause, mention.first, mention.last);
    if (!event) continue;
    let isVerb = event.token.pos === 'VERB';
    let lemma = isVerb ? predicateLemma(event.token, clause[event.index + 1]).lemma : (baseForm(event.token.lower, 'n') ?? event.token.lemma);
    let subject = isVerb ? (subjectAcrossAnd(clause, event.index, ctx.names, ctx.source.text) ?? subjectBefore(clause, event.index, ctx.names, ctx.source.text) ?? itBefore(clause, event.index)) : null;
    let predicateText = event.token.text;
    // "The attack happened on Saturday night": a verb of occurring dates its subject, the event.
    if (isVerb && OCCURRING.has(lemma) && subject?.kind === 'noun' && isEventNoun(subject.lemma)) {
      lemma = subject.lemma;
      predicateText = subject.text;
      subject = null;
      isVerb = false;
    }
    // "Kadhimi on Sunday survived an assassination attempt": one survives an event when it happens, so
    // the time is the event's. (Not so for reactions: "condemned the attack on Monday".)
    if (isVerb && eventTypeOf(lemma) === 'Survive') {
      const object = objectAfter(clause, event.index);
      const objectLemma = object && object.pos === 'NOUN' ? (baseForm(object.lower, 'n') ?? object.lemma) : null;
      if (objectLemma && isEventNoun(objectLemma)) {
        lemma = objectLemma;
        predicateText = object?.text ?? objectLemma;
        subject = null;
        isVerb = false;
      }
    }
    // "A vigil is planned for Sunday": the time is of something intended, which has not happened.
    if (isVerb && INTENDING.has(lemma)) continue;
    claims.push(makeDraft(ctx.base, {
      kind: 'TIME',
      subject,
      predicate: lemma,
      predicateText,
      object: null,
      objectText: null,
      isNegated: false,
      value: mention.value,
      certainty: 0.75,
      episode: null,
    }));
    // "She was walking along parked cars at about 7 p.m. when she was struck": what a "when" clause
    // after the time tells happened at that time too, if it is an event of a known type.
    // Only the time nearest before "when", of an event that is not a report ("told reporters on
    // Wednesday that the teen was carrying a gun when he was shot").
    // The "when" comes right after the time ("at about 7 p.m. when", "on Friday, when"), and its
    // subject is no one new ("on June 20, when a man was shot" is another shooting).
    const when = clause.findIndex((t, k) => k > Math.max(mention.last, event.index) && t.lower === 'when');
    const isRightAfter = when > 0 && clause.slice(mention.last + 1, when).every((t) => t.text === ',' || t.entityType === 'TIME' || t.entityType === 'DATE');
    const struck = isRightAfter && !isReportingVerb(event.token) ? clause.slice(when + 1, when + 1 + MAX_WHEN_VERB_DISTANCE).find((t) => t.pos === 'VERB') : undefined;
    const struckLemma = struck ? predicateLemma(struck, clause[clause.indexOf(struck) + 1]).lemma : null;
    const struckSubject = struck ? subjectBefore(clause, clause.indexOf(struck), ctx.names, ctx.source.text) : null;
    if (struck && struckLemma && struckLemma !== lemma && eventTypeOf(struckLemma) !== null && !(struckSubject?.kind === 'noun' && struckSubject.isIndefinite)) {
      claims.push(makeDraft(ctx.base, {
        kind: 'TIME',
        subject: struckSubject,
        predicate: struckLemma,
        predicateText: struck.text,
        object: null,
        objectText: null,
        isNegated: false,
        value: mention.value,
        certainty: 0.7,
        episode: null,
      }));
    }
  }
  return claims;
}

// How many words after "when" its clause's verb may come: "when 23-year-old Vishwanand Subryan struck".
const MAX_WHEN_VERB_DISTANCE = 8;

// Verbs followed by an infinitive that is their real content. Aspect and success leave the
// infinitive's claim as it is ("began to flee" fled, "managed to escape" escaped); failure and refusal
// deny it ("failed to stop" did not stop); trying, wanting and planning say neither, so they stay part
// of the predicate, one word for each way of saying them ("tried to"/"attempted to"/"sought to").
const CATENATIVE_KEEPS = new Set(['begin', 'start', 'continue', 'manage', 'proceed', 'go_on', 'keep_on']);
const CATENATIVE_DENIES = new Set(['fail', 'refuse', 'decline', 'neglect']);
const CATENATIVE_GROUPS: Record<string, string> = { try: 'try', attempt: 'try', seek: 'try', endeavor: 'try', endeavour: 'try', strive: 'try', want: 'want', wish: 'want', hope: 'want', plan: 'plan', intend: 'plan', threaten: 'threaten', vow: 'vow', promise: 'vow', pledge: 'vow', agree: 'agree', decide: 'decide', prepare: 'prepare' };

/**
 * The infinitive a verb at `i` governs ("attempted to escape": escape) with the predicate the pair
 * makes, or null when none follows right after "to" ("tried to" at a clause's end; "to be elected"
 * is a passive left alone).
 */
function catenativeInfinitive(tokens: Token[], i: number, lemma: string): { at: number; lemma: string; predicate: string; isDenied: boolean } | null {
  // The infinitive first: it rules out most verbs without looking the lemma up.
  if (tokens[i + 1]?.lower !== 'to' || tokens[i + 2]?.pos !== 'VERB' || tokens[i + 2]?.lemma === 'be') return null;
  const group = CATENATIVE_GROUPS[lemma];
  if (!group && !CATENATIVE_KEEPS.has(lemma) && !CATENATIVE_DENIES.has(lemma)) return null;
  const inner = predicateLemma(tokens[i + 2] as Token, tokens[i + 3]).lemma;
  return { at: i + 2, lemma: inner, predicate: group ? `${group}_to_${inner}` : inner, isDenied: CATENATIVE_DENIES.has(lemma) };
}

// Words that place what a clause tells inside an event, which they take as having happened.
const WITHIN_EVENT = new Set(['during', 'amid', 'amidst']);

/**
 * "demonstrators tried to storm parliament during the general strike", "The marches came amid a 24-hour
 * nationwide general strike": an event a clause is said to happen during took place. The event is the
 * noun phrase after the word, headed by an event noun; the claim is the one "the strike took place"
 * makes, so outlets that tell the event only as the time of something else support it too.
 */
function withinEventClaims(clause: Token[], ctx: ClauseContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (let i = 0; i + 1 < clause.length; i++) {
    if (!WITHIN_EVENT.has(clause[i]?.lower ?? '')) continue;
    let k = i + 1;
    while (k < clause.length && k - i <= APPOSITION_MAX && (clause[k]?.pos === 'DET' || clause[k]?.pos === 'ADJ' || clause[k]?.pos === 'NUM' || clause[k]?.pos === 'NOUN' || (clause[k]?.pos === 'PROPN' && clause[k]?.entityType !== 'DATE') || (clause[k]?.text === '-' && clause[k]?.start === clause[k - 1]?.end) || (clause[k]?.pos === 'ADV' && clause[k + 1]?.pos === 'ADJ'))) k++;
    const head = clause[k - 1];
    if (!head || head.pos !== 'NOUN' || k - 1 === i) continue;
    const lemma = baseForm(head.lower, 'n') ?? head.lemma;
    // (A plural is many events, or none in particular: "amid protests". "24-hour": a duration is no event.)
    // Nor a span of time ("during that time", "during that impressive stretch"), nor one pointed back at
    // ("during that visit" is an event told before, whose own claims say it happened).
    if (!isEventNoun(lemma) || head.lower !== lemma || head.entityType === 'DURATION' || head.entityType === 'DATE' || isTimeSpanNoun(lemma) || /^(that|this|those|these)$/.test(clause[i + 1]?.lower ?? '')) continue;
    // (Counted events are several: "during the five operations".)
    if (clause.slice(i + 1, k).some((t) => t.pos === 'NUM' && t.entityType !== 'DURATION')) continue;
    const phrase = clause.slice(i + 1, k).filter((t, n) => !(n === 0 && t.pos === 'DET'));
    const words = lowerWords(phrase.filter((t) => t.pos !== 'DET' && t.pos !== 'NUM' && t.text !== '-'));
    claims.push(makeDraft(ctx.base, {
      kind: 'ASSERTION',
      subject: { kind: 'noun', text: textOf(phrase, ctx.source.text), lemma, words: words.length > 0 ? words : [lemma] },
      predicate: 'happen',
      predicateText: 'took place',
      object: null,
      objectText: null,
      isNegated: false,
      value: { kind: 'ASSERTION', isPositive: true },
      certainty: 0.7,
      episode: ctx.episode,
    }));
  }
  return claims;
}

/**
 * What an event noun says when a doer stands before it and its target after it: "a drone attack on his
 * residence" says a drone attacked the residence, "a police raid on the house" that police raided it.
 * The doer is a made thing, a person or a group ("suicide attack" names no doer); the target follows
 * "on" or "against".
 */
function nominalEventClaims(clause: Token[], ctx: ClauseContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const isNounAfterNoun = (t: Token, k: number): boolean => t.pos === 'NOUN' && clause[k - 1]?.pos === 'NOUN';
  for (let k = nextWhere(clause, 1, isNounAfterNoun); k + 2 < clause.length; k = nextWhere(clause, k + 1, isNounAfterNoun)) {
    const event = clause[k] as Token;
    const doer = clause[k - 1] as Token;
    if (doer.text !== doer.lower || !/^(on|against)$/.test(clause[k + 1]?.lower ?? '')) continue;
    const eventLemma = baseForm(event.lower, 'n') ?? event.lemma;
    const doerLemma = baseForm(doer.lower, 'n') ?? doer.lemma;
    const verb = isEventNoun(eventLemma) ? verbOfNoun(eventLemma) : null;
    if (!verb || !isAgentNoun(doerLemma) || isEventNoun(doerLemma)) continue;
    let end = k + 2;
    while (end < clause.length && NP_POS.has(clause[end]?.pos ?? '') && clause[end]?.entityType !== 'DATE' && clause[end]?.entityType !== 'TIME') end++;
    const head = [...clause.slice(k + 2, end)].reverse().find((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
    if (!head) continue;
    const headAt = clause.indexOf(head);
    const isName = ctx.names.some((n) => n.first <= headAt && n.last >= headAt);
    claims.push(makeDraft(ctx.base, {
      kind: 'ASSERTION',
      subject: { kind: 'noun', text: doer.text, lemma: doerLemma, words: [doerLemma] },
      predicate: verb,
      predicateText: pastParticiple(verb),
      object: isName ? head.lower : (baseForm(head.lower, 'n') ?? head.lemma),
      objectText: head.text,
      ...(clause[k + 1]?.lower === 'against' ? { objectPreposition: 'against' } : {}),
      isNegated: false,
      value: { kind: 'ASSERTION', isPositive: true },
      certainty: 0.7,
      episode: ctx.episode,
    }));
  }
  return claims;
}

function isVerbOrAdjective(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'ADJ';
}

function assertionClaims(clause: Clause, previous: Clause | null, ctx: ClauseContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const tokens = clause.tokens;
  const text = ctx.source.text;
  // "Although unhurt, al-Kadhimi was moved": a fronted state adjective describes the next subject.
  const lead = tokens[0]?.pos === 'SCONJ' ? 1 : 0;
  if (tokens[lead]?.pos === 'ADJ' && tokens[lead + 1]?.text === ',') {
    const after = tokens.slice(lead + 2);
    const verbAt = after.findIndex((t) => t.pos === 'AUX' || t.pos === 'VERB');
    const subject = verbAt > 0 ? subjectBefore(after, verbAt, findNames(after).names, text) : null;
    const adjective = tokens[lead] as Token;
    const { lemma, isReversed } = predicateLemma(adjective);
    if (subject) {
      claims.push(makeDraft(ctx.base, { kind: 'ASSERTION', subject, predicate: lemma, predicateText: adjective.text, object: null, objectText: null, isNegated: isReversed, value: { kind: 'ASSERTION', isPositive: !isReversed }, certainty: 0.7, episode: ctx.episode }));
    }
  }
  // Where the clause first denies a belief ("don't think"): computed once, not rescanned per predicate,
  // which was quadratic in a clause's length (82 s for a 1 MB line with no sentence break).
  const denialAt = tokens.findIndex((a, k) => NEGATORS.has(a.lower) && (tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX'));
  let lastSubject: SubjectRef | null = null;
  // Where the last predicate was a verb with no auxiliary ("forced"), which a series may go on from.
  let lastBareVerbAt = -1;
  // Whether the last predicate was a participle describing the noun before its comma.
  let lastWasDescribing = false;
  // ... and the noun it describes ("the body, wrapped in a blanket and dumped in a ditch").
  let lastDescribed: SubjectRef | null = null;
  // The auxiliaries of the last passive predicate ("was"), which a participle after "and" shares:
  // "was arrested and charged with murder" says "was charged".
  let lastPassiveAux: string | null = null;
  // "Driver Charged With DWI, Vehicular Manslaughter": in a title-case headline a capitalised dictionary
  // noun is a noun, not a name.
  const isTitled = isTitleCase(tokens);
  const isHeadlineWord = (k: Token): boolean => isTitled && k.pos === 'PROPN' && isWord(baseForm(k.lower, 'n') ?? k.lower, 'n');
  // Only a verb or an adjective can be a predicate below: the others are passed over in the loop's head (nextWhere).
  for (let i = nextWhere(tokens, 0, isVerbOrAdjective); i < tokens.length; i = nextWhere(tokens, i + 1, isVerbOrAdjective)) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    let isPredicate = false;
    let isState = false;
    if (t.pos === 'VERB' && !isReportingVerb(t) && !COPULAS.has(t.lemma) && !PREPOSITIONAL_PARTICIPLES.has(t.lower)) {
      // A participle before its noun is a modifier, not a predicate: "armed drones". And "has style,
      // elegance": a base form after "has", ending a phrase, is the noun "has" governs, not a perfect.
      const isHadNoun = prev?.pos === 'AUX' && prev.lemma === 'have' && t.lower === t.lemma && isWord(t.lower, 'n') && (!tokens[i + 1] || tokens[i + 1]?.pos === 'PUNCT' || tokens[i + 1]?.pos === 'CCONJ');
      // "the day of the shooting": an -ing form after a determiner is a noun.
      isPredicate = !isHadNoun && !(tokens[i + 1]?.pos === 'NOUN' && (prev?.pos === 'DET' || prev?.pos === 'ADJ' || prev?.pos === 'ADP')) && !(prev?.pos === 'DET' && /ing$/.test(t.lower));
    } else if (t.pos === 'ADJ' && prev && (prev.pos === 'AUX' || NEGATORS.has(prev.lower) || (prev.pos === 'VERB' && DEPICTIVE.has(prev.lemma)) || (prev.pos === 'ADV' && tokens[i - 2]?.pos === 'AUX'))) {
      isPredicate = tokens[i + 1]?.pos !== 'NOUN';
      isState = true;
    }
    // "Hit-And-Run", "a stand-off": a word joined by a hyphen to the next is part of a compound noun.
    if (tokens[i + 1]?.text === '-' && tokens[i + 1]?.start === t.end && tokens[i + 2]?.start === tokens[i + 1]?.end) continue;
    if (!isPredicate) continue;
    // "tried to flee": the infinitive is claimed with the verb that governs it (catenativeInfinitive).
    const governing = tokens[i - 2];
    if (prev?.lower === 'to' && governing?.pos === 'VERB' && catenativeInfinitive(tokens, i - 2, predicateLemma(governing, prev).lemma)) continue;
    // Auxiliaries, negation and a depictive verb belong to the predicate's surface.
    let first = i;
    let isNegated = false;
    while (first > 0) {
      const before = tokens[first - 1];
      if (!before) break;
      if (before.pos === 'AUX' || NEGATORS.has(before.lower) || before.pos === 'ADV' || (isState && before.pos === 'VERB' && DEPICTIVE.has(before.lemma))) {
        // "not only repulsed the attack but also ...", "not just": a negator of "only" adds, it does not deny.
        if (NEGATORS.has(before.lower) && !/^(only|just|merely|simply)$/.test(tokens[first]?.lower ?? '')) isNegated = true;
        first--;
      } else break;
    }
    // Adverbs count as part of the predicate only inside an auxiliary chain ("was not immediately known").
    while (first < i && tokens[first]?.pos === 'ADV' && !NEGATORS.has(tokens[first]?.lower ?? '')) first++;
    // "who escapes unharmed": the depictive verb itself is not a claim of its own.
    if (t.pos === 'VERB' && DEPICTIVE.has(t.lemma) && tokens[i + 1]?.pos === 'ADJ') continue;
    // Possibilities ("could pay"), conditions ("if people don't react") and denied beliefs ("I don't
    // think he won") assert nothing about the world: no claim.
    if (tokens.slice(first, i).some((a) => MODALS.has(a.lower))) continue;
    // "The warehouse used to be used for produce": a former habit, not a fact of the event's time.
    if (isUsedTo(tokens, i) || isUsedTo(tokens, first - 2)) continue;
    if (CONDITIONALS.has(tokens[0]?.lower ?? '')) continue;
    if (denialAt !== -1 && denialAt < first) continue;
    // "Subryan was charged with homicide, manslaughter, leaving the scene": an -ing form after a comma
    // or "and", with no auxiliary, is a participle clause whose subject is the last predicate's, not
    // the noun before the comma.
    const isParticipleClause = t.pos === 'VERB' && /ing$/.test(t.lower) && first === i && (prev?.text === ',' || prev?.pos === 'CCONJ');
    // "after receiving a distress call, INS Mysore launched", "sent commandos after getting a call":
    // an -ing form after a preposition of time or means has the main clause's subject.
    // wink tags "while" and "when" as conjunctions: "was hit while walking along parked cars".
    const isAdverbialGerund = t.pos === 'VERB' && /ing$/.test(t.lower) && first === i && (prev?.pos === 'ADP' || prev?.pos === 'SCONJ') && GERUND_PREPOSITIONS.has(prev.lower);
    // "The Indians responded to a distress call from the MV Gibe and caught the pirates": a verb right
    // after "and" has no subject of its own; it shares the last predicate's, not the noun before "and".
    // So does a verb after a comma in a series that "and" closes: "she forced her way through security,
    // walked into the lounge ... and shot two of them" ("Police found the car, abandoned near the
    // river" has no "and" closing a series).
    // "an area near the university, known as the Polytechnic, and set fire to three banks": a participle
    // after a comma, before "as" or "by", describes the noun before the comma; it is no verb of the
    // series and leaves the series its subject.
    // So does a past participle of a verb that always takes an object, with none after it ("Police found
    // the body, wrapped in a blanket and dumped in a ditch"), and one of naming before a name ("a nurse,
    // named Sarah Cole,").
    const hasNoObject = objectAfter(tokens, i) === null && !OBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '');
    const isDescribingForm = isPastForm(t) && ((isOnlyTransitiveVerb(t.lemma) && hasNoObject) || (NAMING_VERBS.has(t.lemma) && tokens[i + 1]?.pos === 'PROPN'));
    // (... and the participle joined to one by "and": "wrapped in a blanket and dumped in a ditch".)
    const isDescribingParticiple: boolean = t.pos === 'VERB' && first === i && !/ing$/.test(t.lower) && ((prev?.text === ',' && (PARTICIPLE_PREPOSITIONS.has(tokens[i + 1]?.lower ?? '') || isDescribingForm)) || (prev?.lower === 'and' && lastWasDescribing && isDescribingForm));
    lastWasDescribing = isDescribingParticiple;
    // The verb before the comma is one of the series too: a bare verb with nothing that opens another
    // clause after it ("was loading a car seat ... when his wife, Celeste, heard gun shots and saw").
    // ("and also sunk a pirate mother ship", "and then fled": adverbs between are stepped over.)
    let andAt = first - 1;
    while (andAt > 0 && tokens[andAt]?.pos === 'ADV' && !NEGATORS.has(tokens[andAt]?.lower ?? '')) andAt--;
    const isSharedSubject: boolean = t.pos === 'VERB' && lastSubject !== null && !isDescribingParticiple && (tokens[andAt]?.lower === 'and' || (tokens[first - 1]?.text === ',' && first === i && !/ing$/.test(t.lower) && !isDescribingParticiple && lastBareVerbAt >= 0 && first - lastBareVerbAt <= SERIES_REACH && !tokens.slice(lastBareVerbAt + 1, first).some(opensClause) && closesSeries(tokens, i)));
    // "Police responded to the crash ... at 7:01 p.m. on Friday to find ...", "pushing hard to bring
    // Teixeira back": an infinitive after something other than its verb tells a purpose or an
    // intention, not what happened, and its subject is not the noun before "to": no claim.
    if (t.pos === 'VERB' && prev?.lower === 'to' && first === i && tokens[i - 2]?.pos !== 'VERB' && tokens[i - 2]?.pos !== 'AUX') continue;
    let subject: SubjectRef | null = isDescribingParticiple && prev?.lower === 'and' ? lastDescribed : isParticipleClause || isSharedSubject ? lastSubject : isAdverbialGerund ? (lastSubject ?? subjectAhead(tokens, i, ctx.names, text)) : (mainSubjectAfterRelative(tokens, first, ctx.names, text) ?? subjectBefore(tokens, first, ctx.names, text));
    const read = predicateLemma(t, tokens[i + 1]);
    // A verb of onset with no object ("broke out on the roof"): said only of events.
    const isOnset = ONSET_VERBS.has(read.lemma) && !objectAfter(tokens, i + (read.lemma.includes('_') ? 1 : 0));
    if (!subject && clause.isRelative && previous) {
      subject = subjectBefore(previous.tokens, previous.tokens.length, findNames(previous.tokens).names, text);
      // "the blaze at the store in High Street, Banstead, which broke out on the roof": what breaks
      // out, erupts or begins with no object is an event, the last event noun before the relative,
      // not the place or thing nearest to it.
      if (isOnset && !(subject?.kind === 'noun' && isEventNoun(subject.lemma))) {
        const event = [...previous.tokens].reverse().find((k) => k.pos === 'NOUN' && isEventNoun(baseForm(k.lower, 'n') ?? k.lemma));
        if (event) subject = { kind: 'noun', text: event.text, lemma: baseForm(event.lower, 'n') ?? event.lemma, words: [baseForm(event.lower, 'n') ?? event.lemma] };
      }
    }
    // "INS Mysore was patrolling the waters when it received a distress call": "it" or "they" opening a
    // subordinate clause is the subject of the clause it depends on, when that subject is no pronoun.
    // Only with a number that agrees, and (below) with an object of its own: "police arrived before it
    // exploded" is about something else.
    const pronounBefore = tokens[first - 1]?.lower ?? '';
    // The clause depended on is the one the subordinator ends: "INS Mysore was about 13 nautical miles
    // away when it picked up", after "The attack took place ...", is INS Mysore's, though "was" makes
    // no claim of its own.
    let dependedOn: SubjectRef | null = lastSubject;
    if (!subject && /^(it|they)$/.test(pronounBefore) && SUBORDINATORS.has(tokens[first - 2]?.lower ?? '')) {
      let verbAt = first - 3;
      while (verbAt >= 0 && tokens[verbAt]?.pos !== 'VERB' && tokens[verbAt]?.pos !== 'AUX') verbAt--;
      while (verbAt > 0 && (tokens[verbAt - 1]?.pos === 'AUX' || tokens[verbAt - 1]?.pos === 'ADV')) verbAt--;
      const own = verbAt > 0 ? subjectBefore(tokens, verbAt, ctx.names, text) : null;
      if (own && own.kind !== 'pronoun') dependedOn = own;
    }
    const isCarriedSubject = !subject && !!dependedOn && dependedOn.kind !== 'pronoun' && /^(it|they)$/.test(pronounBefore) && SUBORDINATORS.has(tokens[first - 2]?.lower ?? '') && isPluralRef(dependedOn) === (pronounBefore === 'they');
    if (isCarriedSubject) subject = dependedOn;
    // "It broke out in the roof at around 9pm": an "it" that breaks out or begins, with no object, is
    // the event the article last named ("... fought the blaze which virtually destroyed the store").
    // The "it" opens its clause or follows a conjunction ("when it happened"), and is no object
    // ("prevent it spreading", "watched it happen"); "it started to debate" is another verb's.
    const opensItsClause = first - 1 === 0 || SUBORDINATORS.has(tokens[first - 2]?.lower ?? '') || tokens[first - 2]?.pos === 'CCONJ' || tokens[first - 2]?.pos === 'PUNCT';
    if (!subject && pronounBefore === 'it' && opensItsClause && tokens[i + 1]?.lower !== 'to' && ctx.measured.lastEvent && isOnset) {
      subject = { kind: 'noun', text: ctx.measured.lastEvent, lemma: ctx.measured.lastEvent, words: [ctx.measured.lastEvent] };
    }
    // "Then, on November 18, it had sunk a Thai trawler", "it was hit": an "it" opening its clause that
    // acts on something or is acted on (never a state, "it is unclear", nor a verb with nothing after
    // it, "it rained") is read by buildClaims as what the sentence before is about, if one thing.
    // (Only an "it" that opens a main clause: "The pirates fled when it reached the ship" is about
    // something the sentence before need not have opened on.)
    if (!subject && pronounBefore === 'it' && opensItsClause && !SUBORDINATORS.has(tokens[first - 2]?.lower ?? '') && t.pos === 'VERB' && !isExpletiveIt(tokens, first, i) && (objectAfter(tokens, i) !== null || tokens.slice(first, i).some((a) => a.pos === 'AUX' && a.lemma === 'be'))) subject = itPronoun(tokens[first - 1] as Token);
    if (!subject) continue;
    // (A bare -ing form is no verb a later "and" goes on from: "stopped him in front of the shop for
    // sidewalk riding, and then arrested him" is the officer's arrest.)
    if (!isAdverbialGerund && !isDescribingParticiple && !(first === i && /ing$/.test(t.lower))) lastSubject = subject;
    if (isDescribingParticiple) lastDescribed = subject;
    if (!isDescribingParticiple) lastBareVerbAt = t.pos === 'VERB' && first === i && !/ing$/.test(t.lower) && prev?.lower !== 'to' ? i : -1;
    const death = toDeath(tokens, i);
    const lemma = death ?? read.lemma;
    const isReversed = read.isReversed;
    // A passive ("was injured") has no object; a perfect ("has condemned the attack") does.
    // "are treating the fire" is progressive, not passive: it keeps its object.
    const ownPassive = !isState && !/ing$/.test(t.lower) && tokens.slice(first, i).some((a) => a.pos === 'AUX' && (a.lemma === 'be' || a.lemma === 'get'));
    // ("was arrested and charged with murder"; not "was taken to hospital and died", "was arrested and
    // admitted killing his wife": only a past participle of a verb that takes an object, with none after it.)
    const sharedAux: string | null = isSharedSubject && !ownPassive && first === i && lastPassiveAux !== null && t.lower !== t.lemma && pastParticiple(t.lemma) === t.lower && isTransitiveVerb(t.lemma) && !objectAfter(tokens, i) ? lastPassiveAux : null;
    const isPassive = ownPassive || sharedAux !== null;
    lastPassiveAux = ownPassive ? lowerWords(tokens.slice(first, i).filter((a) => a.pos === 'AUX')).join(' ') : sharedAux;
    const shownPredicate = (end: number): string => `${sharedAux ? `${sharedAux} ` : ''}${textOf(tokens.slice(first, end + 1), text)}`;
    // "picked up a distress call": a phrasal verb's object follows its particle.
    const verbEnd = lemma.includes('_') && PARTICLES.has(tokens[i + 1]?.lower ?? '') ? i + 1 : i;
    let object = !isState && !isPassive ? (objectAfter(tokens, verbEnd) ?? onlyOnTarget(prepositionalObject(tokens, verbEnd), lemma, tokens, verbEnd)) : !isState ? prepositionalObject(tokens, verbEnd, PASSIVE_OBJECT_PREPOSITIONS) : null;
    let predicate = lemma;
    // "was pronounced dead", "burnt to death": the complement is part of what is said.
    let predicateEnd = tokens[i + 1]?.lower === 'dead' && death ? i + 1 : tokens[i + 1]?.lower === 'to' && death ? i + 2 : verbEnd;
    // "held a telephone conversation with Kadhimi" says "conversed with Kadhimi": a light verb's
    // event noun is the predicate, and what follows the noun is its object.
    const objectAt = object ? tokens.indexOf(object) : -1;
    // Not a person: "took the suspect" is no act of suspecting.
    const eventVerb = object && LIGHT_VERBS.has(lemma) && object.pos === 'NOUN' && !isPersonNoun(baseForm(object.lower, 'n') ?? object.lemma) ? verbOfNoun(baseForm(object.lower, 'n') ?? object.lemma) : null;
    if (eventVerb && objectAt > i) {
      predicate = eventVerb;
      predicateEnd = objectAt;
      object = prepositionalObject(tokens, objectAt);
    }
    // "the airport received minor damage", "suffered injuries": the subject underwent the harm, as in
    // "the airport was damaged". Only harms (injury, damage): "received a call" is no passive.
    // "the driver is facing manslaughter charges", "faces charges of murder": charged with it.
    const charge = lemma === 'face' && object && objectAt > i && (baseForm(object.lower, 'n') ?? object.lemma) === 'charge' ? chargeFaced(tokens, objectAt) : null;
    if (charge) {
      predicate = 'charge';
      predicateEnd = objectAt;
      object = charge;
    }
    const harm = object && objectAt > i ? undergoneHarm(lemma, object) : null;
    if (harm) {
      predicate = harm;
      predicateEnd = objectAt;
      object = null;
    }
    // "the pirates attempted to escape", "refused to comment", "continued to battle the blaze": a
    // verb that takes an infinitive says little without it; the infinitive and its object are what is
    // claimed (catenative, below).
    let isDenied = false;
    const infinitive = catenativeInfinitive(tokens, i, lemma);
    if (infinitive) {
      const innerEnd = infinitive.lemma.includes('_') && PARTICLES.has(tokens[infinitive.at + 1]?.lower ?? '') ? infinitive.at + 1 : infinitive.at;
      predicate = infinitive.predicate;
      predicateEnd = innerEnd;
      object = objectAfter(tokens, innerEnd) ?? prepositionalObject(tokens, innerEnd);
      isDenied = infinitive.isDenied;
    }
    if (isCarriedSubject && !object) continue;
    // "closed down 3.9 percent", "totalled 13.6 percent": a measure is what a count says, not a thing done.
    // ... though where it was still holds: "spent two weeks in the hospital".
    const isMeasureOnly = !!object && isCountedMeasure(tokens, object);
    const negated = isNegated !== isReversed !== isDenied;
    // The preposition that introduced the object, for the statement: "spoke with Kadhimi".
    const objectIndex = object ? tokens.indexOf(object) : -1;
    const preposition = object ? tokens.slice(predicateEnd + 1, objectIndex).find((k) => k.pos === 'ADP' && OBJECT_PREPOSITIONS.has(k.lower))?.lower : undefined;
    // What follows the predicate and its object: "as potentially suspicious", "at Jamaica Hospital".
    const afterPredicate = (objectIndex > predicateEnd ? objectIndex : predicateEnd) + 1;
    const complement = asComplement(tokens, afterPredicate, text);
    // "Peter Guest described the building as a total loss": Guest says the building is a total loss,
    // as "Guest says the building is 'a total loss'" does.
    // (The complement ends on a noun that is no adjective: not "as a common-sense streamlining".)
    const called = complement && CALLING.has(lemma) && object?.pos === 'NOUN' && !negated ? /^as (an? )?(.*)$/.exec(complement)?.[2] : undefined;
    const calledHead = called?.split(' ').pop()?.toLowerCase() ?? '';
    const calledLemma = baseForm(calledHead, 'n') ?? calledHead;
    if (called && object && subject.kind === 'name' && isWord(calledLemma, 'n') && !isWord(calledHead, 'a')) {
      const objectLemma = baseForm(object.lower, 'n') ?? object.lemma;
      claims.push(makeDraft(ctx.base, {
        kind: 'ASSERTION',
        subject: { kind: 'noun', text: object.text, lemma: objectLemma, words: [objectLemma] },
        predicate: IS_A_PREDICATE,
        predicateText: 'is',
        object: calledLemma,
        objectText: `a ${called}`,
        isNegated: false,
        value: { kind: 'ASSERTION', isPositive: true },
        certainty: 0.75,
        episode: ctx.episode,
        attribution: { text: subject.text, start: subject.mention.start, end: subject.mention.end },
        speaker: subject,
      }));
    }
    // "charged with manslaughter, homicide and DWI": one claim per object listed.
    // A fronted gerund phrase ends at its comma: "After fleeing the scene, Subryan" lists nothing.
    // "Police Capt. Tom Tennant and Senior Trooper William Hakim, both 51, died": each name joined to
    // the subject by "and" is a subject too.
    const subjects: SubjectRef[] = [subject, ...(subject.kind === 'name' && !isParticipleClause && !isAdverbialGerund ? coordinatedNames(tokens, subject.mention, ctx.names) : [])];
    // "charged with vehicular manslaughter, driving while intoxicated and leaving the scene": an
    // offence told by a verb's phrase is an object of its own, in a form that "drunk driving" and
    // "driving drunk" share (offencesCharged), written as the outlet wrote it.
    const offences = eventTypeOf(lemma) === 'Justice.Charge-Indict' ? offencesCharged(tokens, predicateEnd) : [];
    for (const offence of offences) {
      for (const who of subjects) claims.push(makeDraft(ctx.base, {
        kind: 'ASSERTION',
        subject: who,
        predicate,
        predicateText: shownPredicate(predicateEnd),
        object: offence.key,
        objectText: textOf(tokens.slice(offence.first, offence.last + 1), text),
        objectPreposition: 'with',
        isNegated: negated,
        value: { kind: 'ASSERTION', isPositive: !negated },
        certainty: subject.kind === 'pronoun' || isCarriedSubject ? 0.65 : 0.8,
        episode: ctx.episode,
      }));
    }
    const isInOffence = (k: Token): boolean => offences.some((o) => tokens.indexOf(k) >= o.first && tokens.indexOf(k) <= o.last);
    for (const each of isMeasureOnly ? [] : object ? [object, ...(isAdverbialGerund ? [] : listedObjects(tokens, objectIndex).filter((o) => !isCountedMeasure(tokens, o)))].filter((o) => !isInOffence(o)) : [null]) {
      for (const who of subjects) claims.push(makeDraft(ctx.base, {
        kind: 'ASSERTION',
        subject: who,
        predicate,
        predicateText: shownPredicate(predicateEnd),
        object: each ? (each.pos === 'PROPN' && !isHeadlineWord(each) ? each.lower : (baseForm(each.lower, 'n') ?? each.lemma)) : null,
        objectText: each ? (isHeadlineWord(each) ? each.lower : each.pos === 'NOUN' ? nounCompound(tokens, each, text) : each.text) : null,
        ...(preposition ? { objectPreposition: preposition } : {}),
        ...(complement ? { complement } : {}),
        isNegated: negated,
        value: { kind: 'ASSERTION', isPositive: !negated },
        certainty: subject.kind === 'pronoun' || isCarriedSubject ? 0.65 : isParticipleClause || isAdverbialGerund ? 0.7 : 0.8,
        episode: ctx.episode,
      }));
    }
    // "died at Jamaica Hospital", "broke out on the roof", "hit near Qeshm island": where it happened.
    // After an event noun the place is the event's: "condemned the attack on the residence".
    const isEventObject = !!object && object.pos === 'NOUN' && isEventNoun(baseForm(object.lower, 'n') ?? object.lemma);
    // A denied act puts no one anywhere: "never recovered from a right hand near the end of the round".
    // "EMS crews rushed Chohan to Jamaica Hospital", "she was taken to Jamaica Hospital": a verb of
    // carrying puts the one carried where it goes, not its subject. Carrying something unnamed ("took
    // it to the lab") places no one.
    const isCarrying = TRANSFER_VERBS.has(lemma);
    const carried = !isPassive && isCarrying && object ? carriedRef(object, tokens, ctx.names, text) : undefined;
    // "Police took it to the lab": without someone carried, "to" names no one's place.
    const towards = isCarrying && (isPassive || carried) ? CARRIED_TO : LOCATIVE;
    const places = isEventObject || negated ? [] : [...placesAfter(tokens, afterPredicate, ctx.names, text, towards), ...wherePlace(tokens, first, ctx.names, text)];
    for (const place of carried === null ? [] : places) {
      claims.push(makeDraft(ctx.base, {
        kind: 'ASSERTION',
        subject: carried ?? subject,
        predicate: PLACE_PREDICATE,
        predicateText: shownPredicate(predicateEnd),
        object: place.object,
        objectText: place.objectText,
        // Taken "to" a place, one is then at it.
        objectPreposition: place.preposition === 'to' ? 'at' : place.preposition === 'into' ? 'in' : place.preposition,
        isNegated: negated,
        value: { kind: 'ASSERTION', isPositive: !negated },
        certainty: 0.7,
        episode: ctx.episode,
      }));
    }
    // "The fire is being treated by police as suspicious" also says "police are treating the fire":
    // the active reading, so that it meets the outlets that wrote it so.
    // "She was struck by a grey Camry": a third person's pronoun is the object too, for buildClaims to
    // resolve as it resolves a subject's.
    const agent = isPassive && !isState && (subject.kind !== 'pronoun' || (subject.person === 'third' && subject.text.toLowerCase() !== 'it')) ? agentAfter(tokens, predicateEnd, ctx.names, text) : null;
    if (agent) {
      claims.push(makeDraft(ctx.base, {
        kind: 'ASSERTION',
        subject: agent,
        predicate,
        predicateText: t.text,
        ...(complement ? { complement } : {}),
        object: subject.kind === 'noun' ? subject.lemma : subject.text.toLowerCase(),
        objectText: subject.kind === 'name' ? subject.text : subject.kind === 'noun' ? (subject.words[subject.words.length - 1] ?? subject.text) : subject.text,
        ...(subject.kind === 'pronoun' && subject.start !== undefined ? { objectAt: subject.start } : {}),
        isNegated: negated,
        value: { kind: 'ASSERTION', isPositive: !negated },
        certainty: 0.75,
        episode: ctx.episode,
      }));
    }
  }
  return claims;
}

// Prepositions after which an -ing form takes the main clause's subject: "after receiving", "upon
// arriving", "within minutes of receiving", "by firing". Not "without" (a denial) nor "for" (a reason
// or a charge: "arrested for stealing" is what others say he did).
// How many words of a title may stand between "and" and the name they title: "and Senior Trooper William Hakim".
const COORDINATED_TITLE_MAX = 3;

/**
 * The names joined by "and" (and commas) before a subject's name, nearest first: in "Capt. Tom Tennant
 * and Senior Trooper William Hakim died", Tennant for Hakim. Only names, each with at most a short title.
 */
function coordinatedNames(tokens: Token[], mention: NameMention, names: NameMention[]): SubjectRef[] {
  const found: SubjectRef[] = [];
  let at = mention.first - 1;
  for (let joined = 0; joined < 4; joined++) {
    let k = at;
    while (k >= 0 && at - k < COORDINATED_TITLE_MAX && (tokens[k]?.pos === 'PROPN' || tokens[k]?.pos === 'NOUN' || tokens[k]?.text === '.') && tokens[k]?.lower !== 'and') k--;
    // The subject is joined by "and" ("A and B died"); names before that one by commas ("A, B and C").
    const joiner = tokens[k]?.lower;
    if (!(joiner === 'and' ? joined === 0 : joiner === ',' && joined > 0)) break;
    const before = names.find((n) => n.last === k - 1);
    if (!before) break;
    // Bodies have "and" inside their names ("Central Election and Referendum Commission", "Palmer Fire
    // and Rescue Chief John McNutt"): the name before "and" must end in a word that is no common word,
    // as most surnames and places do ("Capt. Tom Tennant and Senior Trooper William Hakim").
    if (isCommonWord((tokens[before.last] as Token).lower)) break;
    // The first name must open the phrase: in "met with Obama and Biden spoke", Obama is met.
    let open = before.first - 1;
    while (open >= 0 && before.first - 1 - open < COORDINATED_TITLE_MAX && (tokens[open]?.pos === 'PROPN' || tokens[open]?.pos === 'NOUN' || tokens[open]?.text === '.')) open--;
    const opener = tokens[open];
    const opens = !opener || opener.pos === 'PUNCT' || opener.pos === 'DET' || opener.pos === 'CCONJ' || opener.pos === 'SCONJ' || opener.lower === 'that' || isReportingVerb(opener);
    if (!opens && tokens[before.first - 1]?.text !== ',') break;
    found.push({ kind: 'name', text: before.text, mention: before });
    at = before.first - 1;
    if (opens && tokens[at]?.text !== ',') break;
  }
  return found;
}

/** Whether a subject names more than one: a plural noun ("pirates", "police"); a name is one. */
function isPluralRef(ref: SubjectRef): boolean {
  if (ref.kind !== 'noun') return false;
  const head = ref.words[ref.words.length - 1] ?? '';
  return head !== ref.lemma || head === 'police';
}

// Words that open a clause depending on the one before: its pronoun subject is usually that clause's.
const SUBORDINATORS = new Set(['when', 'after', 'before', 'as', 'while', 'until', 'since', 'because', 'once', 'whereupon']);
const GERUND_PREPOSITIONS = new Set(['after', 'before', 'upon', 'on', 'since', 'while', 'when', 'of', 'by']);

/** The subject of the first predicate after the phrase that starts at `from`, past a comma. */
function subjectAhead(tokens: Token[], from: number, names: NameMention[], text: string): SubjectRef | null {
  const comma = tokens.findIndex((k, at) => at > from && k.text === ',');
  if (comma < 0) return null;
  for (let k = comma + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX') return isReportingVerb(t) ? null : subjectBefore(tokens, k, names, text);
    if (t.pos === 'SCONJ' || (t.pos === 'PRON' && /^(who|which|that)$/.test(t.lower))) return null;
  }
  return null;
}

/** "used to" before a verb at `at`: "used to be", "used to live". */
function isUsedTo(tokens: Token[], at: number): boolean {
  return tokens[at]?.lower === 'used' && tokens[at + 1]?.lower === 'to' && (tokens[at + 2]?.pos === 'VERB' || tokens[at + 2]?.pos === 'AUX');
}

/**
 * "as" and what follows it up to the end of its phrase, after a predicate or its object, stepping over
 * a passive's agent and quotation marks: "(treated by police) as "potentially suspicious"" -> "as
 * potentially suspicious". Null when no such phrase follows before the next clause.
 */
function asComplement(tokens: Token[], from: number, text: string): string | null {
  let k = from;
  if (tokens[k]?.lower === 'by') {
    k++;
    while (k < tokens.length && NP_POS.has(tokens[k]?.pos ?? '') && tokens[k]?.lower !== 'as') k++;
  }
  while (isQuoteMark(tokens[k])) k++;
  if (tokens[k]?.lower !== 'as') return null;
  const words: Token[] = [];
  for (let i = k + 1; i < tokens.length && words.length < 6; i++) {
    const t = tokens[i] as Token;
    if (isQuoteMark(t)) continue;
    if (t.pos === 'ADV' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NOUN' || (t.pos === 'VERB' && /(ed|en)$/.test(t.lower))) words.push(t);
    else break;
  }
  const last = words[words.length - 1];
  if (!last || (last.pos !== 'ADJ' && last.pos !== 'NOUN' && last.pos !== 'VERB')) return null;
  return `as ${words.map((w) => text.slice(w.start, w.end)).join(' ')}`;
}

// Prepositions that place what happened: "died at the hospital", "broke out on the roof".
const LOCATIVE = new Set(['at', 'in', 'on', 'near', 'outside', 'inside', 'off', 'alongside']);
// After a verb of carrying, where to: "rushed to Jamaica Hospital".
const CARRIED_TO = new Set([...LOCATIVE, 'to', 'into']);
/** Where a predicate says its subject was: one question per subject and place, whatever the verb. */
export const PLACE_PREDICATE = 'at_place';

/**
 * The first place a predicate puts its subject at, before the next clause: a name (both streets of
 * a corner), or a place noun ("the roof", "the scene": in WordNet a location, an artifact or an
 * object) after a locative preposition. Times ("on Friday", "at 7 p.m.") and events ("in the
 * crash") are no places.
 */
function placesAfter(tokens: Token[], from: number, names: NameMention[], text: string, prepositions: ReadonlySet<string> = LOCATIVE): Array<{ object: string; objectText: string; preposition: string }> {
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || (t.pos === 'VERB' && !isModifyingParticiple(t, tokens[k + 1])) || (t.pos === 'PUNCT' && t.text !== '-')) return [];
    if (t.pos !== 'ADP' || !prepositions.has(t.lower)) continue;
    // "after the drone attack on the latter's residence": a place after an event noun is the event's.
    const before = tokens[k - 1];
    if (before?.pos === 'NOUN' && k - 1 >= from && isEventNoun(baseForm(before.lower, 'n') ?? before.lemma)) return [];
    let end = k + 1;
    // "on 117th Street": wink may tag an ordinal as a pronoun.
    const isPhraseWord = (x: Token | undefined): boolean => !!x && (x.entityType === 'ORDINAL' || ((NP_POS.has(x.pos) || x.text === '-') && !(x.pos === 'PRON' && !/^(his|her|its|their)$/.test(x.lower))));
    while (end < tokens.length && isPhraseWord(tokens[end])) end++;
    const phrase = tokens.slice(k + 1, end);
    const head = phrase[phrase.length - 1];
    if (!head || phrase.some((x) => x.entityType === 'DATE' || x.entityType === 'TIME')) {
      k = Math.max(k, end - 1);
      continue;
    }
    // A name, capitals and all: "Jamaica Hospital", "117th Street".
    const shown = phrase.slice(Math.max(0, phrase.findIndex((x) => x.pos !== 'DET' && !(x.pos === 'PRON' && x.entityType !== 'ORDINAL'))));
    const isNamed = names.some((n) => n.first > k && n.last < end) || head.pos === 'PROPN';
    if (isNamed && shown.every((x) => /^[\p{Lu}\d]/u.test(x.text) || x.text === '-')) {
      const place = { object: placeKey(textOf(shown, text)), objectText: textOf(shown, text), preposition: t.lower };
      // "at 97th Avenue and 117th Street": a corner is at both of its streets.
      let next = end + 1;
      while (next < tokens.length && next < end + 6 && /^[\p{Lu}\d]/u.test(tokens[next]?.text ?? '') && (tokens[next]?.pos === 'PROPN' || tokens[next]?.entityType === 'ORDINAL' || tokens[next]?.pos === 'NOUN')) next++;
      const second = tokens.slice(end + 1, next);
      return tokens[end]?.lower === 'and' && second.length > 0 ? [place, { ...place, object: placeKey(textOf(second, text)), objectText: textOf(second, text) }] : [place];
    }
    const lemma = baseForm(head.lower, 'n') ?? head.lemma;
    // "near the intersection of 117th Street and 97th Avenue", "at the corner of ...": a point where
    // two named places meet is at both of them.
    if (head.pos === 'NOUN' && tokens[end]?.lower === 'of' && isMeetingPoint(lemma)) {
      const meeting = placesAfter([copyToken(t, { lower: 'at' }), ...tokens.slice(end + 1)], 0, names.filter((n) => n.first > end).map((n) => ({ ...n, first: n.first - end, last: n.last - end })), text, LOCATIVE);
      // (Not people: "the home of John and Mary Smith".)
      if (meeting.length === 2 && meeting.every((p) => /^[\p{Lu}\d]/u.test(p.objectText) && !isGivenNameFirst(p.objectText.split(' ')[0] ?? ''))) return meeting.map((p) => ({ ...p, preposition: t.lower }));
    }
    if (head.pos === 'NOUN' && isPlaceNoun(lemma) && !isEventNoun(lemma)) {
      const place = { object: lemma, objectText: textOf(phrase, text), preposition: t.lower };
      // "walking alongside the parked cars on 117th Street": at the cars and on the street the cars are
      // on, the name that places the subject for outlets that leave the cars out.
      const further = tokens[end]?.pos === 'ADP' && prepositions.has(tokens[end]?.lower ?? '') ? placesAfter(tokens, end, names, text, prepositions) : [];
      return [place, ...further.filter((p) => /^[\p{Lu}\d]/u.test(p.objectText))];
    }
    // "unharmed in the attack on his home": a place after another phrase is that phrase's.
    return [];
  }
  return [];
}

/**
 * The place a relative "where" before a predicate stands for: "was rushed to Jamaica Hospital, where
 * she later died" puts her death at Jamaica Hospital. Only when "where" follows a comma and the
 * place, after "to", "at", "in" or "into", and only the subject and adverbs stand between "where"
 * and the predicate's first word.
 */
function wherePlace(tokens: Token[], first: number, names: NameMention[], text: string): Array<{ object: string; objectText: string; preposition: string }> {
  let w = first - 1;
  while (w > 0 && tokens[w]?.lower !== 'where' && first - w <= 4 && (tokens[w]?.pos === 'PRON' || tokens[w]?.pos === 'ADV' || tokens[w]?.pos === 'NOUN' || tokens[w]?.pos === 'PROPN' || tokens[w]?.pos === 'DET')) w--;
  if (tokens[w]?.lower !== 'where' || tokens[w - 1]?.text !== ',') return [];
  let k = w - 2;
  while (k > 0 && (NP_POS.has(tokens[k]?.pos ?? '') || tokens[k]?.text === '-') && w - k <= 8) k--;
  const preposition = tokens[k];
  if (!preposition || preposition.pos !== 'ADP' || !(LOCATIVE.has(preposition.lower) || preposition.lower === 'to' || preposition.lower === 'into')) return [];
  // Read as "at" the place: where the predicate happened, whatever brought the subject there.
  const at = copyToken(preposition, { lower: 'at' });
  return placesAfter([at, ...tokens.slice(k + 1, w - 1)], 0, names.filter((n) => n.first > k && n.last < w - 1).map((n) => ({ ...n, first: n.first - k, last: n.last - k })), text);
}

/** A noun with the nouns that modify it, for a statement: "distress call", "security guards". */
function nounCompound(tokens: Token[], head: Token, text: string): string {
  const at = tokens.indexOf(head);
  let first = at;
  while (first > 0 && tokens[first - 1]?.pos === 'NOUN' && !tokens[first - 1]?.entityType && at - first < 3) first--;
  return textOf(tokens.slice(first, at + 1), text);
}

/**
 * "The man who killed the woman fled", "a man who was fired last week walked in": after a relative
 * clause with its own verb, the next verb is the main clause's, and its subject is the noun phrase
 * before "who", not the relative clause's last noun.
 */
function mainSubjectAfterRelative(tokens: Token[], at: number, names: NameMention[], text: string): SubjectRef | null {
  for (let r = at - 1; r > 0; r--) {
    const t = tokens[r] as Token;
    if (t.pos === 'SCONJ' || t.pos === 'CCONJ' || (t.pos === 'PUNCT' && t.text !== '-')) return null;
    if (t.pos !== 'PRON' || !/^(who|which|that)$/.test(t.lower)) continue;
    const before = tokens[r - 1];
    if (before?.pos !== 'NOUN' && before?.pos !== 'PROPN') return null;
    if (!tokens.slice(r + 1, at).some((k) => k.pos === 'VERB')) return null;
    return subjectBefore(tokens, r, names, text);
  }
  return null;
}

/** The agent of a passive: the noun phrase after "by" ("treated by police", "struck by a grey Camry"). */
function agentAfter(tokens: Token[], verbAt: number, names: NameMention[], text: string): SubjectRef | null {
  let k = verbAt + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  if (tokens[k]?.lower !== 'by') return null;
  let end = k + 1;
  // A model year inside the phrase is part of it: "by a 2013 gray Camry".
  const isModelYear = (at: number): boolean => /^(19|20)\d\d$/.test(tokens[at]?.text ?? '') && NP_POS.has(tokens[at + 1]?.pos ?? '');
  while (end < tokens.length && NP_POS.has(tokens[end]?.pos ?? '') && ((tokens[end]?.entityType !== 'DATE' && tokens[end]?.entityType !== 'TIME') || isModelYear(end))) end++;
  if (end === k + 1) return null;
  const agent = subjectBefore(tokens, end, names, text);
  return agent && agent.kind !== 'pronoun' ? agent : null;
}

const SPEAKER_PLACE_PREPOSITIONS = new Set(['in', 'from', 'at', 'near', 'outside', 'inside', 'of']);

function speakerRef(tokens: Token[] | undefined, names: NameMention[], text: string): SubjectRef | null {
  if (!tokens || tokens.length === 0) return null;
  // A speaker that ends in a name is that name, whatever title comes before it: "US Secretary of State
  // Antony Blinken" is Blinken, not the secretary the subject rule for "the house of X" would give.
  const last = names.find((n) => n.last === tokens.length - 1);
  // "one woman in Qeshm", "a resident of Bandar Abbas": a name after a preposition of place is where
  // the speaker is; the speaker is the noun before it. ("A spokesman for Waitrose" speaks for it: "we"
  // is Waitrose.)
  const before = last ? tokens[last.first - 1] : undefined;
  if (last && before && SPEAKER_PLACE_PREPOSITIONS.has(before.lower) && last.first >= 2) return subjectBefore(tokens, last.first - 1, names, text);
  if (last) return { kind: 'name', text: last.text, mention: last };
  return subjectBefore(tokens, tokens.length, names, text);
}

/** The predicate of a rank claim ("Commander Nirad Sinha"). */
export const RANK_PREDICATE = 'has_rank';

/**
 * The rank an outlet gives a named person by the title before the name ("navy spokesman Commander
 * Nirad Sinha", "Commodore Nirad Sinha, a navy spokesman, told CNN"), as a claim of the outlet's own
 * wherever the name stands, a speaker's too: the outlet chose the title. Only grades of a service in
 * WordNet (isRankTitle): a role ("spokesman") or an office ("senator") is no rank. The span is the
 * title and the name.
 */
function rankClaims(tokens: Token[], names: NameMention[], base: ClauseContext['base']): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (const name of names) {
    if (!name.title || !isRankTitle(name.title)) continue;
    const words = name.title.split(' ').length;
    const first = tokens[name.first - words];
    if (!first || lowerWords(tokens, name.first - words, name.first).join(' ') !== name.title) continue;
    const written = tokens.slice(name.first - words, name.first).map((t) => t.text).join(' ');
    claims.push(makeDraft(base, { start: first.start, end: name.end, attribution: null, speaker: null, isAnonymous: false, isHedged: false, kind: 'ASSERTION', subject: { kind: 'name', text: name.text, mention: name }, predicate: RANK_PREDICATE, predicateText: written, object: name.title, objectText: null, isNegated: false, value: { kind: 'ASSERTION', isPositive: true }, certainty: 0.8, episode: null }));
  }
  return claims;
}

/** Claims and name mentions of one source's sentences. */
/**
 * `clusterDay` is the publication day most of the cluster's articles share: a later article (a trial
 * a year on) that dates the cluster's event ("the April 2007 shooting") speaks of the present of the
 * cluster, not of an earlier episode. Episodes are times well before both days.
 */
export function extractClaims(source: Source, sentences: SourceSentence[], clusterDay: string | null = null): { claims: ClaimDraft[]; names: SentenceNames[] } {
  const episodeReference = clusterDay && (!source.publishedAt || clusterDay < source.publishedAt.slice(0, 10)) ? clusterDay : source.publishedAt;
  const claims: ClaimDraft[] = [];
  const allNames: SentenceNames[] = [];
  let lastEpisode: string | null = null;
  // The last event noun of the article is asked for by few clauses ("It lasted 30 seconds", "it broke
  // out"): it is looked for when asked, newest sentence first among those read since the last time,
  // not at the end of every sentence (which asked WordNet about most nouns of a build: about 3% of
  // extraction's CPU). The answer is the one the end of each sentence would have left.
  let lastEvent: string | null = null;
  const unread: Token[][] = [];
  const measured = {
    last: null as string | null,
    get lastEvent(): string | null {
      for (let k = unread.length - 1; k >= 0; k--) {
        const eventNoun = [...(unread[k] as Token[])].reverse().find((t) => t.pos === 'NOUN' && !MEASURE_NOUNS.has(t.lower) && !MAGNITUDE_WORD.test(t.lower) && isEventNoun(baseForm(t.lower, 'n') ?? t.lemma));
        if (eventNoun) {
          lastEvent = baseForm(eventNoun.lower, 'n') ?? eventNoun.lemma;
          break;
        }
      }
      unread.length = 0;
      return lastEvent;
    },
    day: null as TimeValue | null,
  };
  // The article's last exact count of each kind of person ("captured 23 pirates"), for "the pirates"
  // of a later sentence (originClaims).
  const countedPeople = new Map<string, number>();
  for (const sentence of sentences) {
    const { names } = findNames(sentence.tokens);
    allNames.push({ sourceKey: source.key, sentenceIndex: sentence.index, names });
    // A question asks; it does not claim.
    if (sentence.tokens[sentence.tokens.length - 1]?.text === '?') continue;
    const reading = readSentence(sentence.tokens, source.text);
    if (reading.isSuperseded) continue;
    const head = reading.content[0];
    const tail = reading.content[reading.content.length - 1];
    if (!head || !tail) continue;
    // Indices below are relative to the clause's own token list, so names are re-found per token list.
    const localNames = (tokens: Token[]): NameMention[] => findNames(tokens).names;
    const speakerTokens = reading.attribution?.tokens;
    const base = {
      sourceKey: source.key,
      sentenceIndex: sentence.index,
      start: head.start,
      end: tail.end,
      attribution: reading.attribution ? { text: reading.attribution.text, start: reading.attribution.start, end: reading.attribution.end } : null,
      speaker: speakerTokens ? speakerRef(speakerTokens, localNames(speakerTokens), source.text) : null,
      isAnonymous: reading.isAnonymous,
      isHedged: reading.isHedged,
    };
    pushAll(claims, rankClaims(sentence.tokens, names, base));
    const usedNumbers = new Set<number>();
    let previous: Clause | null = null;
    // "The same island was hit by a 6.1 quake in September. That temblor killed at least six people":
    // a sentence that opens on a pronoun or a demonstrative stays in the previous sentence's episode.
    const isAnaphoric = /^(it|that|this|those|these|they)$/.test(reading.content[0]?.lower ?? '');
    let sentenceEpisode: string | null = null;
    for (const clause of reading.clauses) {
      const episode: string | null = pastEpisode(clause.tokens, episodeReference) ?? (isAnaphoric ? lastEpisode : null);
      sentenceEpisode ??= episode;
      const clauseBase = clause.attribution
        ? { ...base, attribution: { text: clause.attribution.text, start: clause.attribution.start, end: clause.attribution.end }, speaker: speakerRef(clause.attribution.tokens, localNames(clause.attribution.tokens), source.text), isAnonymous: clause.isAnonymous ?? false }
        : base;
      const ctx: ClauseContext = { source, sentence, names: localNames(clause.tokens), base: clauseBase, episode, measured };
      // "Three people (two women and a man) were killed": the readers of who did what read past an
      // aside in parentheses, as a reader does; the readers of figures and times keep it ("at 17:06
      // (13:36 GMT)", "150 nautical miles (280 km) east of Aden").
      const plain = withoutAsides(clause);
      pushAll(claims, magnitudeClaims(clause.tokens, ctx, usedNumbers));
      pushAll(claims, tollClaims(clause.tokens, ctx, usedNumbers));
      pushAll(claims, estimateClaims(clause.tokens, ctx, usedNumbers));
      pushAll(claims, changeClaims(clause.tokens, ctx, usedNumbers));
      pushAll(claims, moneyClaims(clause.tokens, ctx, usedNumbers));
      pushAll(claims, durationClaims(clause.tokens, ctx, usedNumbers));
      pushAll(claims, measureClaims(clause.tokens, ctx, usedNumbers));
      pushAll(claims, awayDistanceClaims(clause.tokens, ctx, usedNumbers, clause.isRelative ? (previous?.tokens ?? null) : null));
      const plainCtx: ClauseContext = plain === clause ? ctx : { ...ctx, names: localNames(plain.tokens) };
      const counts = quantityClaims(plain.tokens, plainCtx, usedNumbers, clause.isRelative ? (previous?.tokens ?? null) : null);
      pushAll(claims, counts);
      pushAll(claims, appositiveBreakdownClaims(clause.tokens, ctx, counts));
      pushAll(claims, partitiveBreakdownClaims(plain.tokens, plainCtx));
      pushAll(claims, originClaims(plain.tokens, plainCtx, countedPeople));
      rememberCounts(counts, countedPeople);
      pushAll(claims, noneClaims(plain.tokens, plainCtx));
      pushAll(claims, oneCasualtyClaims(plain.tokens, plainCtx));
      pushAll(claims, listedVehicleClaims(plain.tokens, plainCtx));
      pushAll(claims, colourClaims(clause.tokens, ctx));
      pushAll(claims, weaponClaims(clause.tokens, ctx));
      pushAll(claims, mannerClaims(plain.tokens, plainCtx));
      pushAll(claims, nationalityClaims(clause.tokens, ctx, clause.isRelative ? (previous?.tokens ?? null) : null));
      pushAll(claims, predicateNominalClaims(plain.tokens, plainCtx));
      pushAll(claims, ageClaims(clause.tokens, ctx));
      pushAll(claims, residenceClaims(clause.tokens, ctx, previous?.tokens ?? null));
      pushAll(claims, timeClaims(clause.tokens, ctx));
      pushAll(claims, assertionClaims(plain, previous, plainCtx));
      pushAll(claims, nominalEventClaims(plain.tokens, plainCtx));
      pushAll(claims, withinEventClaims(plain.tokens, plainCtx));
      previous = clause;
    }
    lastEpisode = sentenceEpisode;
    unread.push(sentence.tokens);
  }
  return { claims, names: allNames };
}
