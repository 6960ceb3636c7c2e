// The fact-provenance model shared by every layer (ingest -> pipeline -> store -> graphql).
// Plain data only: this file imports nothing. Spans are half-open [start, end) in UTF-16 code units of
// Source.text, so that `source.text.slice(start, end) === quote` always holds.

export interface Span {
  start: number;
  end: number;
}

/** Page furniture that is kept in the stored text (offsets stay exact) but never read for claims. */
export type NoiseKind = 'CAPTION' | 'COMMENT_FORM' | 'EMBED' | 'BOILERPLATE';

export interface NoiseSpan extends Span {
  kind: NoiseKind;
}

/** One article. `key` is the file name stem (or the JSON record id) and is stable across builds. */
export interface Source {
  key: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or date-time from the article's metadata; null when the article has none. */
  publishedAt: string | null;
  /** A dateline such as "Washington, Nov 8" when the text opens with one; informational only. */
  dateline: string | null;
  text: string;
  noise: NoiseSpan[];
  /** The file the article came from, and the record number inside a .json/.jsonl file (0-based). */
  origin: { path: string; record: number | null };
}

/** A source as read from disk, before the pipeline: what ingest hands on. */
export interface BuildInput {
  path: string;
  sha256: string;
}

export type FactKind = 'QUANTITY' | 'TIME' | 'ASSERTION';
export type FactStatus = 'CONSENSUS' | 'SINGLE_SOURCE' | 'DISPUTED';
export type DisputeKind = 'NUMERIC' | 'TEMPORAL' | 'NEGATION' | 'ANTONYM' | 'ENTITY';
/** DISCUSSES: the source speaks of the claim without taking a side (assessClaim's `mentioning`). */
export type Stance = 'SUPPORTS' | 'CONTRADICTS' | 'DISCUSSES';
export type EntityType = 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'OTHER';

/** A count with its bounds: "at least seven" is { value: 7, min: 7, max: null }. */
export interface QuantityValue {
  kind: 'QUANTITY';
  value: number;
  min: number | null;
  max: number | null;
  /** The counted thing, lemmatised head noun: "security guards" -> "guard". */
  unit: string;
  /** Surface of the counted phrase as written, for statements: "security guards". */
  unitText: string;
}

/** A time as an interval in UTC milliseconds, resolved against the article's date where relative. */
export interface TimeValue {
  kind: 'TIME';
  startMs: number;
  endMs: number;
  /** Human form of the interval, e.g. "2021-11-07 early morning". */
  label: string;
}

export interface AssertionValue {
  kind: 'ASSERTION';
  /** false when the claim denies the predicate ("was not hurt", "unharmed" -> harm, negated). */
  isPositive: boolean;
}

export type ClaimValue = QuantityValue | TimeValue | AssertionValue;

/**
 * What a claim is about, independent of its value: claims with equal signatures answer one question.
 * `subject` is an entity id (or a lemmatised head noun when no entity is named); `predicate` a lemma.
 */
export interface ClaimSignature {
  kind: FactKind;
  subject: string | null;
  predicate: string;
  /** For QUANTITY: the counted unit; for TIME: the event noun/verb lemma; else null. */
  object: string | null;
  /** An earlier episode the claim is about ("2005-09": "a quake in September injured 40"); absent for the present one. */
  episode?: string;
  /** On facts: every predicate lemma its claims used ("harm", "hurt", "injure"), for matching new claims. */
  predicateForms?: string[];
  /** On facts: every object lemma its claims used ("guard", "bodyguard"). */
  objectForms?: string[];
}

/** One span of one article that asserts something. */
export interface Claim extends Span {
  /** Derived from content: `${sourceKey}:${start}-${end}:${kind}` so a rebuild keeps links. */
  id: string;
  sourceKey: string;
  sentenceIndex: number;
  text: string;
  /** Who the article says is saying it ("two Iraqi officials"), with its span; null when the outlet speaks. */
  attribution: (Span & { text: string }) | null;
  isHedged: boolean;
  isNegated: boolean;
  signature: ClaimSignature;
  value: ClaimValue;
  /** Entity ids mentioned in the claim. */
  entityIds: string[];
  /** How sure the extractor is that it read the claim right, in [0, 1]. */
  extractionCertainty: number;
}

export interface Entity {
  /** Derived from the canonical name: stable across builds of the same articles. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
}

export interface Evidence extends Span {
  factId: string;
  sourceKey: string;
  claimId: string;
  stance: Stance;
  quote: string;
  attribution: string | null;
  isHedged: boolean;
  /** This evidence's share in the confidence computation, in [0, 1]. */
  weight: number;
}

/** Why a fact has its confidence, as the truth-discovery engine (pipeline/truth) found it. */
export interface ConfidenceExplanation {
  /** Supporting sources after restatements of one statement are counted once. */
  independentSupporters: number;
  /** Supporters counted as copies of another's statement (one quote reprinted, one speaker relayed). */
  copiesDiscounted: number;
  /** Weight of the supporting claims after hedging, hearsay and copy discounts. */
  supportingMass: number;
  /** Weight lent by close answers (a bound it fits, a rounding). */
  closeSupport: number;
  /** Sources that give an incompatible answer, and their weight. */
  contradictingSources: number;
  contradictingMass: number;
  hedgedSupporters: number;
  /** Supporters that report someone else's words ("officials said"). */
  secondHandSupporters: number;
  /** The reliability the engine gave each supporting source, most reliable first. */
  reliabilities: Array<{ sourceKey: string; reliability: number }>;
  summary: string;
}

/** A canonical proposition: a cluster of claims from one or more sources that say the same thing. */
export interface Fact {
  /** A hash of the canonical signature and value: stable across builds. */
  id: string;
  statement: string;
  kind: FactKind;
  confidence: number;
  status: FactStatus;
  signature: ClaimSignature;
  value: ClaimValue;
  disputeId: string | null;
  claimIds: string[];
  explanation: ConfidenceExplanation;
}

/** One question with several incompatible answers; `factIds` is ordered by confidence, highest first. */
export interface Dispute {
  id: string;
  question: string;
  kind: DisputeKind;
  factIds: string[];
}

/** A source after scoring: how often its claims agree with the corpus' best-supported values, in [0, 1]. */
export interface ScoredSource extends Source {
  reliability: number;
}

export interface PipelineResult {
  sources: ScoredSource[];
  claims: Claim[];
  entities: Entity[];
  facts: Fact[];
  evidence: Evidence[];
  disputes: Dispute[];
}

export interface Build {
  pipelineVersion: string;
  parameters: Record<string, unknown>;
  inputs: BuildInput[];
  startedAt: string;
  finishedAt: string;
}

/** A source's stance towards a free-text claim, as assessClaim answers it. */
export type Verdict = 'SUPPORTED' | 'CONTRADICTED' | 'DISPUTED' | 'UNVERIFIED' | 'UNRELATED';

export interface ClaimAssessment {
  text: string;
  verdict: Verdict;
  confidence: number;
  /** Facts the claim was matched to, best first. */
  factIds: string[];
  supporting: AssessmentEvidence[];
  contradicting: AssessmentEvidence[];
  /** Sources that speak of the claim without taking a side. */
  mentioning: AssessmentEvidence[];
}

/** Evidence about a user's claim: a source may bear on it without any stored fact doing so. */
export type AssessmentEvidence = Omit<Evidence, 'factId'> & { factId: string | null };

/** What assessClaim reads from a built store: every fact with its evidence, and the resolved entities. */
export interface AssessmentIndex {
  facts: Fact[];
  entities: Entity[];
  evidence: Evidence[];
  disputes: Dispute[];
  /** The articles' texts, for the stance of whole sources towards a claim. */
  sources: Array<Pick<Source, 'key' | 'text' | 'noise' | 'publishedAt'>>;
}
