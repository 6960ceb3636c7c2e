// Separates who is said to say something from what is said ("Two Iraqi officials said | seven guards
// were injured"), marks hedges ("reportedly", "alleged"), and splits the content into clauses.

import { lowerWords, type Token } from './nlp.js';

// Reporting verbs of English news prose: the verb that introduces a source's words.
const REPORTING = new Set([
  'say', 'tell', 'report', 'state', 'claim', 'announce', 'add', 'confirm', 'allege', 'insist', 'note',
  'explain', 'warn', 'write', 'tweet', 'quote', 'cite', 'accord', 'believe', 'estimate', 'suggest',
]);
// Words that weaken what they touch: the writer does not vouch for it.
const HEDGES = new Set([
  'reportedly', 'allegedly', 'alleged', 'apparently', 'purportedly', 'possibly', 'probably', 'likely',
  'may', 'might', 'could', 'unconfirmed', 'suspected', 'seemingly', 'rumoured', 'rumored', 'presumably',
  'perhaps', 'unverified', 'believed', 'thought', 'appears', 'appeared', 'seems', 'seemed', 'purported',
]);
// Speakers that name no one: their word weighs less than a named source's.
const ANONYMOUS = /\b(sources?|officials?|media|reports?|witness(es)?|residents?|people familiar|insiders?|observers?|activists?)\b/i;
// A report its own article marks as overtaken: "news originally reported that two victims died",
// "earlier reports said". The article no longer asserts it.
const SUPERSEDED = new Set(['originally', 'initially', 'earlier', 'previously', 'first', 'early']);
// Words that open a new clause after a comma or on their own.
const CLAUSE_OPENERS = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet', 'however']);

export interface Clause {
  tokens: Token[];
  /** Token that opened the clause ("who", "which") when it continues the previous clause's subject. */
  isRelative: boolean;
  /** A speaker of its own: "X said A, but Y said B" gives B to Y. */
  attribution?: { text: string; start: number; end: number; tokens: Token[] };
  isAnonymous?: boolean;
}

/**
 * A clause with every field of Clause, in one order: clauses made by spread copies ({ ...c, tokens }
 * beside { ...clause, tokens, attribution, isAnonymous }) had two hidden classes, and each reader of
 * `clause.tokens` or `previous.tokens` was compiled again the first time it met the second one.
 */
export function makeClause(tokens: Token[], isRelative: boolean, attribution?: Clause['attribution'], isAnonymous?: boolean): Clause {
  return { tokens, isRelative, attribution, isAnonymous };
}

export interface SentenceReading {
  /** Content tokens, without the attribution and the final punctuation. */
  content: Token[];
  clauses: Clause[];
  attribution: { text: string; start: number; end: number; tokens: Token[] } | null;
  isAnonymous: boolean;
  isHedged: boolean;
  /** The speaker is said to have reported it earlier ("originally reported"): superseded. */
  isSuperseded: boolean;
}

export function isReportingVerb(token: Token | undefined): boolean {
  return !!token && (token.pos === 'VERB' || token.pos === 'AUX') && REPORTING.has(token.lemma);
}

function isSpeaker(tokens: Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 10) return false;
  const hasHead = tokens.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
  // "said it was a magnitude-6.1 temblor": words with a verb or an auxiliary are what is said, not who.
  const hasVerb = tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return hasHead && !hasVerb;
}

function trimPunctuation(tokens: Token[]): Token[] {
  let first = 0;
  let last = tokens.length - 1;
  const isEdge = (t: Token | undefined): boolean => !!t && t.pos === 'PUNCT' && !/^[“"‘']$/.test(t.text);
  while (first <= last && (isEdge(tokens[first]) || tokens[first]?.lower === 'that')) first++;
  while (last >= first && isEdge(tokens[last])) last--;
  return tokens.slice(first, last + 1);
}

function spanOf(tokens: Token[], text: string): { text: string; start: number; end: number; tokens: Token[] } | null {
  const head = tokens[0];
  const tail = tokens[tokens.length - 1];
  return head && tail ? { text: text.slice(head.start, tail.end), start: head.start, end: tail.end, tokens } : null;
}

/** Finds the speaker and the content of a sentence. `text` is the stored article text. */
function splitAttribution(tokens: Token[]): { content: Token[]; speaker: Token[] | null } {
  const n = tokens.length;
  // "..., according to a security source."
  for (let i = n - 1; i > 1; i--) {
    if (tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to' && tokens[i - 1]?.text === ',') {
      const speaker = trimPunctuation(tokens.slice(i + 2));
      if (isSpeaker(speaker)) return { content: tokens.slice(0, i - 1), speaker };
    }
  }
  // "According to Iraqi security forces, the prime minister was not hurt."
  if (tokens[0]?.lower === 'according' && tokens[1]?.lower === 'to') {
    const comma = tokens.findIndex((t, k) => k > 1 && t.text === ',');
    if (comma > 2 && isSpeaker(tokens.slice(2, comma))) return { content: tokens.slice(comma + 1), speaker: tokens.slice(2, comma) };
  }
  // "..., Biden said in a statement." / "..., said Biden." / "“...,” he said."
  for (let i = n - 1; i > 1; i--) {
    const token = tokens[i];
    if (!isReportingVerb(token)) continue;
    let boundary = i - 1;
    while (boundary > 0 && tokens[boundary]?.pos !== 'PUNCT') boundary--;
    const separator = tokens[boundary];
    if (!separator || !/^[,”"’]$/.test(separator.text) || boundary < 2) break;
    const before = tokens.slice(boundary + 1, i);
    const after = trimPunctuation(tokens.slice(i + 1));
    // The speaker stands before the verb ("Biden said") or right after it ("said Biden").
    const firstPreposition = after.findIndex((t) => t.pos === 'ADP');
    const speaker = before.length > 0 ? before : after.slice(0, firstPreposition > 0 ? firstPreposition : after.length);
    // "a distress call from seamen, who said they were being fired on": what a relative clause's
    // speaker says follows the verb; the clause is read with its own speaker (withOwnSpeaker).
    if (speaker.length === 1 && /^(who|which)$/.test(speaker[0]?.lower ?? '')) break;
    // "The initial tremor lasted just over 10 seconds, she says, and there have been at least four
    // aftershocks": what follows a speaker set off mid-sentence is said too.
    const goesOn = before.length > 0 && tokens[i + 1]?.text === ',' && after.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    if (isSpeaker(speaker)) return { content: goesOn ? [...tokens.slice(0, boundary), ...tokens.slice(i + 1)] : tokens.slice(0, boundary), speaker };
    break;
  }
  // "Two Iraqi officials said (that) seven guards were injured."
  for (let i = 1; i < Math.min(n - 2, 12); i++) {
    if (!isReportingVerb(tokens[i])) continue;
    const speaker = withoutAsides(tokens.slice(0, i));
    const rest = tokens.slice(i + 1);
    const restHasVerb = rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADJ');
    if (isSpeaker(speaker) && !hasClauseComma(speaker) && restHasVerb) {
      // Skip "on Twitter", "in a statement" between the verb and its clause: start at "that" if present.
      const that = rest.findIndex((t) => t.lower === 'that');
      return { content: that >= 0 && that < 6 ? rest.slice(that + 1) : rest, speaker };
    }
    break;
  }
  return { content: tokens, speaker: null };
}

/** A speaker without an adverb set off by commas: "Blinken, meanwhile," is Blinken. */
function withoutAsides(tokens: Token[]): Token[] {
  const kept: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    let j = k + 1;
    while (tokens[k]?.text === ',' && tokens[j]?.pos === 'ADV') j++;
    if (j > k + 1 && (tokens[j]?.text === ',' || j === tokens.length)) {
      k = tokens[j]?.text === ',' ? j : j - 1;
      continue;
    }
    kept.push(tokens[k] as Token);
  }
  return kept;
}

/** A comma that sets off a clause, not one inside a place name ("the USGS in Golden, Colo., said"). */
function hasClauseComma(tokens: Token[]): boolean {
  return tokens.some((t, k) => t.text === ',' && !(tokens.slice(k + 1).every((u) => u.pos === 'PROPN' || u.pos === 'PUNCT') && tokens[k - 1]?.pos === 'PROPN'));
}

/** The clause's own speaker when it opens on one ("but the U.S. Geological Survey said it was 6.1"). */
function withOwnSpeaker(clause: Clause, text: string): Clause {
  const verbAt = clause.tokens.findIndex((t, k) => k > 0 && k < 12 && isReportingVerb(t));
  if (verbAt < 0) return clause;
  const speaker = trimPunctuation(clause.tokens.slice(0, verbAt));
  const rest = clause.tokens.slice(verbAt + 1);
  if (!isSpeaker(speaker) || hasClauseComma(speaker) || !rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return clause;
  const that = rest.findIndex((t) => t.lower === 'that');
  const attribution = spanOf(speaker, text);
  if (!attribution) return clause;
  // What "who said" says has subjects of its own: it no longer continues the antecedent's clause.
  return makeClause(trimPunctuation(that >= 0 && that < 6 ? rest.slice(that + 1) : rest), false, attribution, isAnonymousSpeaker(speaker));
}

/** A speaker whose head noun names no one: "two Iraqi officials", "a security source", "Iraqi media". */
function isAnonymousSpeaker(tokens: Token[]): boolean {
  const head = [...tokens].reverse().find((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  return !!head && ANONYMOUS.test(head.lower);
}

function splitClauses(content: Token[]): Clause[] {
  const clauses: Clause[] = [];
  let current: Token[] = [];
  let isRelative = false;
  for (let i = 0; i < content.length; i++) {
    const token = content[i];
    if (!token) continue;
    const next = content[i + 1];
    const opensAfterComma = token.text === ',' && next && (CLAUSE_OPENERS.has(next.lower) || next.lower === 'who' || next.lower === 'which');
    if (token.text === ';' || opensAfterComma || (CLAUSE_OPENERS.has(token.lower) && token.lower === 'but')) {
      if (current.length > 0) clauses.push({ tokens: current, isRelative });
      current = [];
      isRelative = !!opensAfterComma && (next?.lower === 'who' || next?.lower === 'which');
      continue;
    }
    current.push(token);
  }
  if (current.length > 0) clauses.push({ tokens: current, isRelative });
  // Arrays built by push here and in readSentence, not by map() (lowerWords in nlp.ts says why).
  const opened: Clause[] = [];
  // The opener dropped by a slice when there is one; else the clause keeps its own list (made here, and
  // read by nothing else), rather than a copy of every clause's tokens by filter().
  for (const c of clauses) {
    const opener = c.tokens[0];
    opened.push(makeClause(opener && CLAUSE_OPENERS.has(opener.lower) ? c.tokens.slice(1) : c.tokens, c.isRelative));
  }
  return opened;
}

/** Reads one sentence: its speaker, its content clauses, and whether it is hedged. */
export function readSentence(tokens: Token[], text: string): SentenceReading {
  const { content, speaker } = splitAttribution(tokens);
  const trimmed = trimPunctuation(content);
  const speakerTokens = speaker ? trimPunctuation(speaker) : null;
  const attribution = speakerTokens ? spanOf(speakerTokens, text) : null;
  // The words are joined to be searched only when one of them ends in "there" (a match needs one).
  const isHedged =
    tokens.some((t) => HEDGES.has(t.lower)) ||
    (trimmed.some((t) => t.lower.endsWith('there')) && /\b(there (were|was) (multiple |several )?(media )?reports?)\b/i.test(lowerWords(trimmed).join(' ')));
  const clauses: Clause[] = [];
  for (const clause of splitClauses(trimmed)) clauses.push(clauses.length === 0 ? clause : withOwnSpeaker(clause, text));
  return {
    content: trimmed,
    clauses,
    attribution,
    isAnonymous: attribution !== null && isAnonymousSpeaker(attribution.tokens),
    isHedged,
    isSuperseded: attribution !== null && attribution.tokens.some((t) => SUPERSEDED.has(t.lower) && (t.pos === 'ADV' || t.pos === 'ADJ')),
  };
}
