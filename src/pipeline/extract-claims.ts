// Reads claims out of analysed sentences: counts ("seven guards were injured"), times of events
// ("attack ... early Sunday") and assertions with polarity ("the prime minister was not hurt").
// Subjects are kept as references (a name, a title, a pronoun, a noun); resolve-entities binds them.

import type { Source, FactKind, ClaimValue } from '../model.js';
import type { Token } from './nlp.js';
import type { SourceSentence } from './segment.js';
import { readSentence, isReportingVerb, type Clause } from './attribution.js';
import { findNames, type NameMention } from './mentions.js';
import { parseNumber, boundsFor } from './numbers.js';
import { findTimes } from './times.js';
import { baseForm, isEventNoun, isWord } from './lexicon.js';

export type SubjectRef =
  | { kind: 'name'; text: string; mention: NameMention }
  | { kind: 'pronoun'; text: string; person: 'first' | 'third' }
  /** A common noun phrase; `words` (lower case, no determiners) may still turn out to be a title. */
  | { kind: 'noun'; text: string; lemma: string; words: string[] };

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
  value: ClaimValue;
  certainty: number;
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
// Words between a verb and the count it governs: "killed at least seven", "injuring more than 20".
const BOUND_WORDS = new Set(['at', 'least', 'most', 'more', 'less', 'fewer', 'than', 'about', 'around', 'some', 'nearly', 'almost', 'up', 'to', 'over', 'roughly', 'approximately', 'an', 'estimated', 'the', 'a', 'all']);
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART', 'PRON']);

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
  return { lemma: baseForm(lower, 'v') ?? token.lemma, isReversed: false };
}

/** The subject noun phrase that ends just before index `at` (exclusive), as a reference. */
function subjectBefore(tokens: Token[], at: number, names: NameMention[], text: string): SubjectRef | null {
  let end = at - 1;
  while (end >= 0) {
    const t = tokens[end];
    if (!t) break;
    if (t.pos === 'AUX' || t.pos === 'ADV' || NEGATORS.has(t.lower) || /sel(f|ves)$/.test(t.lower)) end--;
    else if ((t.entityType === 'DATE' || t.entityType === 'TIME') && end > 0) {
      // "Blinken on Tuesday condemned": step over the time phrase to reach the subject.
      while (end >= 0 && (tokens[end]?.entityType === 'DATE' || tokens[end]?.entityType === 'TIME')) end--;
      if (tokens[end]?.pos === 'ADP') end--;
    } else break;
  }
  const last = tokens[end];
  if (!last) return null;
  if (last.pos === 'PRON') {
    if (PERSONAL_FIRST.has(last.lower)) return { kind: 'pronoun', text: last.text, person: 'first' };
    if (PERSONAL_THIRD.has(last.lower)) return { kind: 'pronoun', text: last.text, person: 'third' };
    return null;
  }
  let begin = end;
  while (begin > 0 && NP_POS.has(tokens[begin - 1]?.pos ?? '') && !(tokens[begin - 1]?.pos === 'PRON' && !/^(his|her|its|their|my|our)$/.test(tokens[begin - 1]?.lower ?? ''))) begin--;
  // "the house of Prime Minister Kadhimi came under attack": the subject is the house, not the name.
  while (begin >= 2 && tokens[begin - 1]?.lower === 'of' && (tokens[begin - 2]?.pos === 'NOUN' || tokens[begin - 2]?.pos === 'PROPN')) {
    end = begin - 2;
    begin = end;
    while (begin > 0 && NP_POS.has(tokens[begin - 1]?.pos ?? '') && tokens[begin - 1]?.pos !== 'PRON') begin--;
  }
  const phrase = tokens.slice(begin, end + 1);
  const nameHere = names.filter((n) => n.last <= end && n.last >= begin).pop();
  if (nameHere && nameHere.last === end) return { kind: 'name', text: nameHere.text, mention: nameHere };
  const head = phrase[phrase.length - 1];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return null;
  // Without determiners and possessors: "the Iraqi prime minister" -> "iraqi prime minister".
  const bare = phrase.filter((t) => t.pos !== 'DET' && t.pos !== 'PART' && t.pos !== 'PRON' && t.pos !== 'NUM');
  const words = bare.map((t) => t.lower);
  // Displayed without counts and determiners: "seven of the guards" is about "guards".
  const shown = phrase.slice(phrase.findIndex((t) => t.pos !== 'DET' && t.pos !== 'NUM' && t.lower !== 'of' && t.entityType !== 'CARDINAL'));
  return { kind: 'noun', text: textOf(shown.length > 0 ? shown : phrase, text), lemma: baseForm(head.lower, 'n') ?? head.lemma, words };
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
  for (let steps = 0; i < tokens.length && steps < 10; i++, steps++) {
    const t = tokens[i];
    if (!t) break;
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && head === null && tokens[i + 1]?.pos === 'NOUN')) {
      if (runStart < 0) runStart = i;
      head = { head: t, first: runStart, last: i };
    } else if (t.pos === 'PART' || t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.text === '-' || (t.pos === 'PRON' && /^(his|her|its|their)$/.test(t.lower))) {
      if (t.pos === 'PART' || t.pos === 'PROPN') head = null;
      runStart = t.pos === 'ADJ' ? (runStart < 0 ? i : runStart) : -1;
    } else break;
  }
  return head;
}

/** First predicate after index `from`: auxiliaries, negation and the verb or state adjective. */
function predicateAfter(tokens: Token[], from: number): { index: number; first: number; isNegated: boolean } | null {
  let isNegated = false;
  for (let i = from, steps = 0; i < tokens.length && steps < 8; i++, steps++) {
    const t = tokens[i];
    if (!t) break;
    if (NEGATORS.has(t.lower)) isNegated = true;
    else if (t.pos === 'VERB' && !isReportingVerb(t)) return { index: i, first: from, isNegated };
    else if (t.pos === 'ADJ' && i > from && tokens.slice(from, i).some((a) => a.pos === 'AUX')) return { index: i, first: from, isNegated };
    else if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'PRON' || t.pos === 'DET') continue;
    else if (t.pos === 'ADP' && tokens.slice(from, i).every((a) => a.pos !== 'AUX')) {
      // "guards of the prime minister were injured": step over the prepositional phrase.
      while (NP_POS.has(tokens[i + 1]?.pos ?? '') || tokens[i + 1]?.text === '-') i++;
    } else if (t.pos === 'ADP' || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return null;
  }
  return null;
}

function objectAfter(tokens: Token[], verbAt: number): Token | null {
  for (let i = verbAt + 1; i < tokens.length && i < verbAt + 6; i++) {
    const t = tokens[i];
    if (!t || t.pos === 'ADP' || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.lower === 'that') return null;
    // A time is when, not what: "qualified Sunday's attempt" has the attempt as object.
    if (t.entityType === 'DATE' || t.entityType === 'TIME') continue;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && tokens[i + 1]?.pos !== 'NOUN' && tokens[i + 1]?.pos !== 'PROPN') return t;
  }
  return null;
}

interface ClauseContext {
  source: Source;
  sentence: SourceSentence;
  names: NameMention[];
  base: Omit<ClaimDraft, 'kind' | 'subject' | 'predicate' | 'predicateText' | 'object' | 'objectText' | 'value' | 'certainty' | 'isNegated'>;
}

function quantityClaims(clause: Token[], ctx: ClauseContext, used: Set<number>): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const text = ctx.source.text;
  for (let i = 0; i < clause.length; i++) {
    const t = clause[i];
    if (!t || t.entityType !== 'CARDINAL' || used.has(t.start)) continue;
    let last = i;
    while (clause[last + 1]?.entityType === 'CARDINAL' && clause[last + 1]?.entityIndex === t.entityIndex) last++;
    const words = clause.slice(i, last + 1).map((k) => k.lower);
    const value = parseNumber(words);
    const first = i;
    i = last;
    // Years and clock times are not counts.
    if (value === null || (words.length === 1 && /^(1[89]|20)\d\d$/.test(words[0] ?? ''))) continue;
    // "two of the three victims died": the three is the total the two are counted from.
    if (clause[first - 1]?.lower === 'the' && clause[first - 2]?.lower === 'of' && clause[first - 3]?.entityType === 'CARDINAL') continue;
    // "a three-game losing streak", "a one-year contract": the number modifies, it does not count.
    if (clause[last + 1]?.text === '-' && clause[last + 1]?.start === clause[last]?.end) continue;
    const counted = countedNoun(clause, last + 1);
    if (!counted) continue;
    const before = clause.slice(Math.max(0, first - 3), first).map((k) => k.lower);
    const bounds = boundsFor(value, before);
    // Where the count's predicate stands, most specific first: an object complement right after it
    // ("left two bodyguards injured"); the verb whose object the count is ("wounded two men", "killing
    // at least one"); a predicate after it with its auxiliaries ("seven guards were injured"); a verb a
    // few words before it. A participle inside the phrase is left alone: "two armed men attacked" is
    // about attacking, though "two wounded men" would be about wounds.
    const isParticiple = (k: Token | undefined): boolean =>
      !!k && (k.pos === 'VERB' || (k.pos === 'ADJ' && /(ed|en)$/.test(k.lower) && baseForm(k.lower, 'v') !== null)) && !isReportingVerb(k) && !PREPOSITIONAL_PARTICIPLES.has(k.lower);
    let governing = first - 1;
    while (governing >= 0 && BOUND_WORDS.has(clause[governing]?.lower ?? '')) governing--;
    const complement = isParticiple(clause[counted.last + 1]) && clause[counted.last + 1]?.pos !== 'AUX' ? clause[counted.last + 1] : undefined;
    const object = clause[governing]?.pos === 'VERB' && isParticiple(clause[governing]) && !COPULAS.has(clause[governing]?.lemma ?? '') ? clause[governing] : undefined;
    const predicate = complement || object ? null : predicateAfter(clause, counted.last + 1);
    let predicateToken = complement ?? object ?? (predicate ? clause[predicate.index] : undefined);
    let predicateFirst = predicateToken && !predicate ? clause.indexOf(predicateToken) : predicate ? predicate.first : -1;
    // Only the last resort, a verb a few words back, is a guess.
    const isGuessed = !predicateToken;
    if (!predicateToken) {
      for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
        const candidate = clause[k];
        if (candidate?.pos === 'VERB' && !isReportingVerb(candidate)) {
          predicateToken = candidate;
          predicateFirst = k;
          break;
        }
      }
    }
    if (!predicateToken) continue;
    if (predicate && clause.slice(predicate.first, predicate.index).some((a) => MODALS.has(a.lower))) continue;
    const { lemma } = predicateLemma(predicateToken, clause[clause.indexOf(predicateToken) + 1]);
    const unitTokens = clause.slice(counted.first, counted.last + 1);
    // wink's lemma first: WordNet lists some irregular plurals ("men") as words of their own.
    const headLemma = isWord(counted.head.lemma, 'n') ? counted.head.lemma : (baseForm(counted.head.lower, 'n') ?? counted.head.lemma);
    // Adjectives and names before the counted noun pick out a kind: "Somali pirates" and "Yemeni
    // pirates" are two counts, not rival answers to one.
    const kind = unitTokens.filter((k) => (k.pos === 'ADJ' || k.pos === 'PROPN') && k !== counted.head).map((k) => k.lower).sort();
    const predicateTokens = predicateFirst <= (clause.indexOf(predicateToken)) ? clause.slice(Math.max(predicateFirst, counted.last + 1), clause.indexOf(predicateToken) + 1) : [predicateToken];
    claims.push({
      ...ctx.base,
      kind: 'QUANTITY',
      subject: null,
      predicate: lemma,
      predicateText: textOf(predicateTokens.length > 0 ? predicateTokens : [predicateToken], text),
      object: headLemma,
      objectKind: kind.length > 0 ? kind.join(' ') : null,
      objectText: textOf(unitTokens, text),
      isNegated: predicate?.isNegated ?? false,
      value: { kind: 'QUANTITY', value, min: bounds.min, max: bounds.max, unit: headLemma, unitText: textOf(unitTokens, text) },
      certainty: isGuessed ? 0.7 : 0.9,
    });
  }
  return claims;
}

function eventNear(clause: Token[], first: number, last: number): { index: number; token: Token } | null {
  const isEvent = (t: Token | undefined): boolean =>
    !!t && ((t.pos === 'VERB' && !isReportingVerb(t) && !COPULAS.has(t.lemma) && !PREPOSITIONAL_PARTICIPLES.has(t.lower)) || (t.pos === 'NOUN' && isEventNoun(baseForm(t.lower, 'n') ?? t.lemma)));
  // "Sunday's attack": a possessive time belongs to the noun after it.
  if (clause[last + 1]?.pos === 'PART' && /^['’]s$/.test(clause[last + 1]?.text ?? '')) {
    for (let k = last + 2; k < clause.length && k <= last + 4; k++) if (isEvent(clause[k])) return { index: k, token: clause[k] as Token };
  }
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    if (clause[k]?.pos === 'PUNCT') break;
    if (isEvent(clause[k])) return { index: k, token: clause[k] as Token };
  }
  for (let k = last + 1; k < clause.length && k <= last + 6; k++) {
    if (clause[k]?.pos === 'PUNCT' && clause[k]?.text !== ',') break;
    if (isEvent(clause[k])) return { index: k, token: clause[k] as Token };
  }
  return null;
}

function timeClaims(clause: Token[], ctx: ClauseContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (const mention of findTimes(clause, ctx.source.publishedAt)) {
    const event = eventNear(clause, mention.first, mention.last);
    if (!event) continue;
    const isVerb = event.token.pos === 'VERB';
    const lemma = isVerb ? predicateLemma(event.token, clause[event.index + 1]).lemma : (baseForm(event.token.lower, 'n') ?? event.token.lemma);
    const subject = isVerb ? subjectBefore(clause, event.index, ctx.names, ctx.source.text) : null;
    claims.push({
      ...ctx.base,
      kind: 'TIME',
      subject,
      predicate: lemma,
      predicateText: event.token.text,
      object: null,
      objectText: null,
      isNegated: false,
      value: mention.value,
      certainty: 0.75,
    });
  }
  return claims;
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
      claims.push({ ...ctx.base, kind: 'ASSERTION', subject, predicate: lemma, predicateText: adjective.text, object: null, objectText: null, isNegated: isReversed, value: { kind: 'ASSERTION', isPositive: !isReversed }, certainty: 0.7 });
    }
  }
  // Where the clause first denies a belief ("don't think"): computed once, not rescanned per predicate,
  // which was quadratic in a clause's length (82 s for a 1 MB line with no sentence break).
  const denialAt = tokens.findIndex((a, k) => NEGATORS.has(a.lower) && (tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX'));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const prev = tokens[i - 1];
    let isPredicate = false;
    let isState = false;
    if (t.pos === 'VERB' && !isReportingVerb(t) && !COPULAS.has(t.lemma) && !PREPOSITIONAL_PARTICIPLES.has(t.lower)) {
      // A participle before its noun is a modifier, not a predicate: "armed drones".
      isPredicate = !(tokens[i + 1]?.pos === 'NOUN' && (prev?.pos === 'DET' || prev?.pos === 'ADJ' || prev?.pos === 'ADP'));
    } else if (t.pos === 'ADJ' && prev && (prev.pos === 'AUX' || NEGATORS.has(prev.lower) || (prev.pos === 'VERB' && DEPICTIVE.has(prev.lemma)) || (prev.pos === 'ADV' && tokens[i - 2]?.pos === 'AUX'))) {
      isPredicate = tokens[i + 1]?.pos !== 'NOUN';
      isState = true;
    }
    if (!isPredicate) continue;
    // Auxiliaries, negation and a depictive verb belong to the predicate's surface.
    let first = i;
    let isNegated = false;
    while (first > 0) {
      const before = tokens[first - 1];
      if (!before) break;
      if (before.pos === 'AUX' || NEGATORS.has(before.lower) || before.pos === 'ADV' || (isState && before.pos === 'VERB' && DEPICTIVE.has(before.lemma))) {
        if (NEGATORS.has(before.lower)) isNegated = true;
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
    if (CONDITIONALS.has(tokens[0]?.lower ?? '')) continue;
    if (denialAt !== -1 && denialAt < first) continue;
    let subject = subjectBefore(tokens, first, ctx.names, text);
    if (!subject && clause.isRelative && previous) {
      subject = subjectBefore(previous.tokens, previous.tokens.length, findNames(previous.tokens).names, text);
    }
    if (!subject) continue;
    const { lemma, isReversed } = predicateLemma(t, tokens[i + 1]);
    // A passive ("was injured") has no object; a perfect ("has condemned the attack") does.
    const isPassive = tokens.slice(first, i).some((a) => a.pos === 'AUX' && (a.lemma === 'be' || a.lemma === 'get'));
    const object = !isState && !isPassive ? objectAfter(tokens, i) : null;
    const negated = isNegated !== isReversed;
    claims.push({
      ...ctx.base,
      kind: 'ASSERTION',
      subject,
      predicate: lemma,
      predicateText: textOf(tokens.slice(first, i + 1), text),
      object: object ? (baseForm(object.lower, 'n') ?? object.lemma) : null,
      objectText: object ? object.text : null,
      isNegated: negated,
      value: { kind: 'ASSERTION', isPositive: !negated },
      certainty: subject.kind === 'pronoun' ? 0.65 : 0.8,
    });
  }
  return claims;
}

function speakerRef(tokens: Token[] | undefined, names: NameMention[], text: string): SubjectRef | null {
  if (!tokens || tokens.length === 0) return null;
  return subjectBefore(tokens, tokens.length, names, text);
}

/** Claims and name mentions of one source's sentences. */
export function extractClaims(source: Source, sentences: SourceSentence[]): { claims: ClaimDraft[]; names: SentenceNames[] } {
  const claims: ClaimDraft[] = [];
  const allNames: SentenceNames[] = [];
  for (const sentence of sentences) {
    const { names } = findNames(sentence.tokens);
    allNames.push({ sourceKey: source.key, sentenceIndex: sentence.index, names });
    // A question asks; it does not claim.
    if (sentence.tokens[sentence.tokens.length - 1]?.text === '?') continue;
    const reading = readSentence(sentence.tokens, source.text);
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
    const usedNumbers = new Set<number>();
    let previous: Clause | null = null;
    for (const clause of reading.clauses) {
      const ctx: ClauseContext = { source, sentence, names: localNames(clause.tokens), base };
      claims.push(...quantityClaims(clause.tokens, ctx, usedNumbers));
      claims.push(...timeClaims(clause.tokens, ctx));
      claims.push(...assertionClaims(clause, previous, ctx));
      previous = clause;
    }
  }
  return { claims, names: allNames };
}
