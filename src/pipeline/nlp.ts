// Runs wink-nlp over a span of text and returns tokens with exact character offsets into that text.
// Offsets are UTF-16 code units, rebuilt from wink's preceding-space counts (wink keeps every character).

import winkNLP from 'wink-nlp';
import type { Model } from 'wink-eng-lite-web-model';
import { baseForm, isWord } from './lexicon.js';
import { englishModel } from './wink-model.js';

export interface Token {
  text: string;
  /** Lower-cased surface. */
  lower: string;
  lemma: string;
  /** Universal POS tag from wink (NOUN, PROPN, VERB, AUX, ADJ, NUM, ...). */
  pos: string;
  start: number;
  end: number;
  /** Type of the wink entity (CARDINAL, DATE, TIME, ...) this token belongs to, if any. */
  entityType: string | null;
  /** Index of that entity within the analysed span; tokens of one entity share it. */
  entityIndex: number;
}

/**
 * A token as analyseSpan makes it: the fields of Token, in its order. Made by a constructor rather
 * than an object literal because V8 decides, for each literal in the code, whether to make its
 * objects in the old generation from how many of them outlive a young collection; tokens live while
 * their article is read, and in some runs tipped the decision, after which each took about 4 us to
 * make (analyseSpan's own time went from 0.2 to 1.4 s of extraction). Objects made by a constructor
 * are not pretenured so. Copies are made by copyToken, so that every token has this one shape: with
 * spread copies ({ ...t, pos }, plain objects) beside them, the code that reads tokens saw two shapes
 * or more, and V8 threw away its optimised code for it again and again ("wrong map").
 */
class WinkToken implements Token {
  constructor(
    public text: string,
    public lower: string,
    public lemma: string,
    public pos: string,
    public start: number,
    public end: number,
    public entityType: string | null,
    public entityIndex: number,
  ) {}
}

/** A copy of a token with some fields changed, of the one shape every token has (WinkToken). */
export function copyToken(token: Token, changes: Partial<Token>): Token {
  const t = { ...token, ...changes };
  return new WinkToken(t.text, t.lower, t.lemma, t.pos, t.start, t.end, t.entityType, t.entityIndex);
}

/**
 * The lower-case words of tokens[from, to), the indices read as slice() reads them. Built by push, not
 * by tokens.slice(from, to).map(...): V8's map() makes an array of one kind when its caller runs
 * unoptimised and of another (holey) once the caller is optimised, and every use of such an array
 * then deoptimised the code that had only seen the first kind, one use at a time (findNames was
 * compiled eleven times in a build, quantityClaims six, at 100-400 ms of a compiler thread each).
 */
export function lowerWords(tokens: readonly Token[], from = 0, to = tokens.length): string[] {
  const length = tokens.length;
  const first = from < 0 ? Math.max(length + from, 0) : Math.min(from, length);
  const end = to < 0 ? Math.max(length + to, 0) : Math.min(to, length);
  const words: string[] = [];
  for (let k = first; k < end; k++) words.push((tokens[k] as Token).lower);
  return words;
}

export interface AnalysedSentence {
  start: number;
  end: number;
  tokens: Token[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

interface WinkCache {
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
}

type FeatureFn = (config: unknown) => Record<string, (word: string, category: number, cache: WinkCache) => unknown>;

/**
 * The wink model, with tokens that do not depend on the documents read before. wink's cache keeps
 * every out-of-vocabulary word it meets, and its tokenizer takes a word found in the cache whole: once
 * an article had "McDonald’s" as one token, every later article got it as one token instead of
 * "McDonald" + "’s", so an article's claims depended on which articles came before it (and on which
 * thread read it). Here the cache's lookups answer for the model's own vocabulary only, except inside
 * the model's feature functions, which look up the word being learnt; learnt words are still kept once
 * (so memory does not grow with every occurrence) but never change how a later text is split.
 * wink-nlp 2.4 hands its cache to every feature function as it learns a word, so the cache is reached
 * there, before any word is learnt, whatever else has loaded wink-nlp.
 */
function statelessModel(model: Model): Model {
  const featureFn = (model as unknown as { featureFn: FeatureFn }).featureFn;
  const patched = new WeakSet<WinkCache>();
  let inFeature = 0;
  const hideLearnt = (cache: WinkCache): void => {
    if (patched.has(cache)) return;
    patched.add(cache);
    const vocabulary = cache.intrinsicSize();
    const lookup = cache.lookup;
    cache.lookup = (text) => {
      const found = lookup(text);
      return inFeature === 0 && found !== null && found.length === 1 && (found[0] as number) >= vocabulary ? null : found;
    };
  };
  const wrapped: FeatureFn = (config) => {
    const features = featureFn(config);
    const inside: ReturnType<FeatureFn> = Object.create(null);
    for (const [name, feature] of Object.entries(features)) {
      inside[name] = (word, category, cache) => {
        if (cache) hideLearnt(cache);
        inFeature += 1;
        try {
          return feature(word, category, cache);
        } finally {
          inFeature -= 1;
        }
      };
    }
    return inside;
  };
  return Object.create(model, { featureFn: { value: wrapped } }) as Model;
}

// What this module reads of a parse: sentences, part of speech (and the lemmas that follow from it) and
// entities. wink's default pipe also marks negation and sentiment, which only its.negationFlag and the
// sentiment outputs read (nothing here), at about a tenth of the parse's time.
const PIPE = ['sbd', 'pos', 'ner'];

function getNlp(): Nlp {
  nlp ??= winkNLP(statelessModel(englishModel()), PIPE);
  return nlp;
}

/**
 * Splits `text.slice(start, end)` into sentences of tokens. Offsets are into `text` (not the slice),
 * so callers can pass a paragraph of a stored article and keep offsets into the whole article.
 */
export function analyseSpan(text: string, start: number, end: number): AnalysedSentence[] {
  const engine = getNlp();
  const its = engine.its;
  const piece = text.slice(start, end);
  const doc = engine.readDoc(piece);
  const tokens: Token[] = [];
  // Spans and types of all entities, and spans of all sentences, each in one call: .each() makes an
  // item per entity and sentence, each an object of a dozen closures, for the two fields read here.
  const entities = doc.entities();
  const entitySpans = entities.out(its.span) as unknown as Array<[number, number]>;
  const entityTypes = entities.out(its.type) as unknown as string[];
  const entityTypeOf: Array<string | undefined> = [];
  const entityIndexOf: Array<number | undefined> = [];
  for (let index = 0; index < entitySpans.length; index++) {
    const [first, last] = entitySpans[index] as [number, number];
    for (let i = first; i <= last; i++) {
      entityTypeOf[i] = entityTypes[index];
      entityIndexOf[i] = index;
    }
  }
  // Each field of every token at once (the same its functions wink's token.out applies), rather than
  // an item object per token and four calls on it.
  const all = doc.tokens();
  const values = all.out(its.value) as unknown as string[];
  const spaces = all.out(its.precedingSpaces) as unknown as string[];
  // wink types its.lemma with a third (addons) parameter that out() supplies itself.
  const lemmas = (all.out as (f: unknown) => unknown)(its.lemma) as unknown[];
  const tags = all.out(its.pos) as unknown as string[];
  let offset = start;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    offset += (spaces[i] as string).length;
    tokens.push(new WinkToken(value, value.toLowerCase(), String(lemmas[i]).toLowerCase(), tags[i] as string, offset, offset + value.length, entityTypeOf[i] ?? null, entityIndexOf[i] ?? -1));
    offset += value.length;
  }
  retagPluralNouns(tokens);
  retagRelativeVerbs(tokens);
  const sentences: AnalysedSentence[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    const slice = tokens.slice(first, last + 1);
    const head = slice[0];
    const tail = slice[slice.length - 1];
    if (!head || !tail) continue;
    // wink ends a sentence at the point of "magnitude-6.4": a full stop with a digit right after it
    // and a digit right before it is a decimal point, so the two pieces are one sentence and one word.
    const previous = sentences[sentences.length - 1];
    const stop = previous?.tokens[previous.tokens.length - 1];
    // (Read only within the list: V8 compiles a read past an array's end as a way out of the optimised
    // code, and analyseSpan was compiled again the first time a sentence of one token came by.)
    const before = previous && previous.tokens.length >= 2 ? previous.tokens[previous.tokens.length - 2] : undefined;
    if (previous && stop?.text === '.' && stop.end === head.start && before?.end === stop.start && /\d$/.test(before.text) && /^\d/.test(head.text)) {
      const lower = text.slice(before.start, head.end).toLowerCase();
      const number = copyToken(before, { text: text.slice(before.start, head.end), lower, lemma: lower, end: head.end });
      previous.tokens.splice(previous.tokens.length - 2, 2, number, ...slice.slice(1));
      previous.end = tail.end;
      continue;
    }
    // "a .357 caliber revolver": a point after a space and right before digits starts a number.
    if (previous && stop?.text === '.' && stop.end === head.start && (!before || before.end < stop.start) && /^\d/.test(head.text) && head.entityType === 'CARDINAL') {
      const number = copyToken(head, { text: text.slice(stop.start, head.end), lower: text.slice(stop.start, head.end), lemma: text.slice(stop.start, head.end), start: stop.start });
      previous.tokens.splice(previous.tokens.length - 1, 1, number, ...slice.slice(1));
      previous.end = tail.end;
      continue;
    }
    sentences.push({ start: head.start, end: tail.end, tokens: slice });
  }
  return sentences;
}

const verbLemmas = new Map<string, string | null>();

/**
 * The base form of a word read as a past verb, as wink lemmatises it after a subject ("they shot it":
 * "shoot"; WordNet, without its exception lists, knows no "shot"), or null if wink reads no verb there.
 * Remembered: asked only of the rare word retagRelativeVerbs meets.
 */
function verbLemma(word: string): string | null {
  let lemma = verbLemmas.get(word);
  if (lemma === undefined) {
    const engine = getNlp();
    const tokens = engine.readDoc(`they ${word} it`).tokens();
    const tags = tokens.out(engine.its.pos) as unknown as string[];
    const lemmas = (tokens.out as (f: unknown) => unknown)(engine.its.lemma) as unknown[];
    lemma = tags[1] === 'VERB' ? String(lemmas[1]).toLowerCase() : (baseForm(word, 'v') ?? null);
    verbLemmas.set(word, lemma);
  }
  return lemma;
}

/**
 * "A man who shot a woman was arrested", "who lives in": wink tags some verbs right after "who" as
 * nouns ("shot", "lives"). A relative "who" is mostly followed by its clause's verb, so a word there
 * that wink reads as a verb after a subject, before the verb's object or a preposition, is that verb.
 * (Rarely it is a plural noun, the subject of the clause: "who witnesses at the scene described as
 * young" is misread.)
 */
function retagRelativeVerbs(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== 'NOUN') continue;
    const next = tokens[i + 1];
    if (!next) continue;
    const previous = tokens[i - 1] as Token;
    if (previous.lower === 'who' ? !RELATIVE_VERB_NEXT.has(next.pos) : !(OBJECT_OPENERS.has(next.pos) && isVerbSlot(tokens, i))) continue;
    const verb = verbLemma(t.lower);
    if (!verb || verb === t.lower) continue;
    tokens[i] = copyToken(t, { pos: 'VERB', lemma: verb });
  }
}

const RELATIVE_VERB_NEXT = new Set(['DET', 'NUM', 'PRON', 'PROPN', 'ADP', 'ADJ']);
const OBJECT_OPENERS = new Set(['DET', 'NUM', 'PRON', 'PROPN']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
// Pronouns that open a verb's object: an object pronoun or a possessive ("shot his wife").
const OBJECT_OPENING_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'his', 'their', 'its', 'my', 'our', 'your']);

/**
 * "The gunman shot three people", "walked into the office and shot three people": wink tags "shot" as
 * a noun. A word at `i` stands where a clause's verb does, before its object, when it follows the
 * clause's subject and the clause has no verb yet, or follows "and" after a clause with a verb.
 */
function isVerbSlot(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1] as Token;
  const next = tokens[i + 1] as Token;
  // Its object: not a time ("cast ballots Sunday") nor a relative pronoun ("checks and balances that").
  if (next.entityType === 'DATE' || next.entityType === 'TIME' || (next.pos === 'PRON' && !OBJECT_OPENING_PRONOUNS.has(next.lower))) return false;
  const isAfterAnd = previous.lower === 'and';
  // After "and", a word in -s is mostly a plural noun joined to the one before ("concerns grew ... and
  // fears the crisis could spread"); a past form is not.
  if (isAfterAnd && ENDS_IN_S.test((tokens[i] as Token).lower)) return false;
  if (!isAfterAnd && previous.pos !== 'NOUN' && previous.pos !== 'PROPN' && !SUBJECT_PRONOUNS.has(previous.lower)) return false;
  // In a headline's capitals a word is as often a noun of a name ("Matanuska Maid Dairy Building Burns Down").
  const word = tokens[i] as Token;
  if (!isAfterAnd && /^\p{Lu}/u.test(word.text) && /^\p{Lu}/u.test(previous.text)) return false;
  // "Hospital records the newspaper obtained show ...", "Government forces the rebels had pushed back
  // retook the town": a noun phrase with its own verb right after it is a relative clause with no
  // "that", and the word before it a noun.
  let after = i + 1;
  while (after < tokens.length && after <= i + 4 && (tokens[after]?.pos === 'DET' || tokens[after]?.pos === 'ADJ' || tokens[after]?.pos === 'NUM' || tokens[after]?.pos === 'NOUN' || tokens[after]?.pos === 'PROPN')) after++;
  if (!isAfterAnd && (tokens[after]?.pos === 'VERB' || tokens[after]?.pos === 'AUX')) return false;
  // (Within a clause's reach: a line of nouns with no stop in it must not be scanned back once per noun.)
  for (let k = i - 1; k >= 0 && k >= i - VERB_SLOT_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.text === '.' || t.text === ',' || t.text === ';' || t.pos === 'SCONJ') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return isAfterAnd;
    // "In court documents the prosecution said": a noun after a preposition opening the clause is its
    // object, no subject ("A man with a rifle shot a soldier": a preposition after a noun is the subject's).
    if (t.pos === 'ADP' && !isAfterAnd && (k === 0 || tokens[k - 1]?.pos === 'PUNCT' || tokens[k - 1]?.pos === 'SCONJ' || tokens[k - 1]?.pos === 'CCONJ')) return false;
  }
  return !isAfterAnd && i - VERB_SLOT_REACH <= 0;
}

// How far back a clause's subject and verb are looked for before a word read as its verb.
const VERB_SLOT_REACH = 40;

/**
 * "23 piracy suspects who tried", "two police raids": wink tags some plural nouns after a count and a
 * noun as verbs in -s. A plural count takes no verb in -s, so such a word, taking no object of its
 * own, is the plural noun the count counts.
 */
// Made once: a regular expression literal makes a new object each time it is evaluated (here, for every verb).
const ENDS_IN_S = /[^s]s$/;

function retagPluralNouns(tokens: Token[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== 'VERB' || !ENDS_IN_S.test(t.lower) || tokens[i - 1]?.pos !== 'NOUN') continue;
    // (Not read past the end: see `before` in analyseSpan.)
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'DET' || (next.pos === 'PRON' && next.lower !== 'who' && next.lower !== 'that'))) continue;
    let k = i - 1;
    while (k > 0 && (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ')) k--;
    const count = tokens[k];
    if (count?.entityType !== 'CARDINAL' || /^(one|1|a|an)$/.test(count.lower)) continue;
    const noun = baseForm(t.lower, 'n');
    if (!noun || !isWord(noun, 'n')) continue;
    tokens[i] = copyToken(t, { pos: 'NOUN', lemma: noun });
  }
}
