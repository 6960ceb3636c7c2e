-- Corroborate store. One file per build; open it with `sqlite3 store.db` to read it directly.
-- Offsets (start, end) are half-open UTF-16 code-unit offsets into sources.text:
-- substr() in SQLite counts characters, so for text outside the Basic Multilingual Plane prefer
-- the API's quote field, which is exact.

-- One row per article. key is the file name stem (or JSON record id): stable across builds.
CREATE TABLE sources (
  key TEXT PRIMARY KEY,
  title TEXT,
  outlet TEXT,
  url TEXT,
  published_at TEXT,            -- ISO date or date-time from the article; NULL when it had none
  dateline TEXT,                -- "Washington, Nov 8" when the text opens with one
  text TEXT NOT NULL,           -- the article text as stored; every offset points into it
  noise TEXT NOT NULL,          -- JSON [{kind, start, end}]: captions, comment forms, embeds, boilerplate
  origin_path TEXT NOT NULL,
  origin_record INTEGER,        -- record number inside a .json/.jsonl file
  reliability REAL NOT NULL     -- in [0, 1]: how well the facts this source supports stand up
) STRICT;

-- Spans of articles that assert something, as the extractor read them.
CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  source_key TEXT NOT NULL REFERENCES sources(key),
  sentence_index INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  attribution TEXT,             -- JSON {text, start, end}: who the article says said it
  is_hedged INTEGER NOT NULL,
  is_negated INTEGER NOT NULL,
  signature TEXT NOT NULL,      -- JSON {kind, subject, predicate, object}: the question it answers
  value TEXT NOT NULL,          -- JSON: the answer (count with bounds, time interval, polarity)
  entity_ids TEXT NOT NULL,     -- JSON [entity id]
  extraction_certainty REAL NOT NULL
) STRICT;
CREATE INDEX claims_by_source ON claims(source_key);

-- People, organisations and places, with every spelling met.
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  mentions INTEGER NOT NULL
) STRICT;
CREATE TABLE entity_aliases (
  entity_id TEXT NOT NULL REFERENCES entities(id),
  alias TEXT NOT NULL,
  PRIMARY KEY (entity_id, alias)
) STRICT;

-- Canonical propositions: clusters of claims that say the same thing.
CREATE TABLE facts (
  id TEXT PRIMARY KEY,
  statement TEXT NOT NULL,
  kind TEXT NOT NULL,           -- QUANTITY | TIME | ASSERTION
  confidence REAL NOT NULL,     -- probability in [0, 1]; see explanation
  status TEXT NOT NULL,         -- CONSENSUS | SINGLE_SOURCE | DISPUTED
  signature TEXT NOT NULL,
  value TEXT NOT NULL,
  dispute_id TEXT,
  explanation TEXT NOT NULL,    -- JSON {independentSupporters, supportingMass, contradictingMass, hedgedSupporters, summary}
  supporter_count INTEGER NOT NULL,
  ordinal INTEGER NOT NULL      -- position in confidence order, for stable paging
) STRICT;
CREATE INDEX facts_by_confidence ON facts(confidence DESC, id);
CREATE INDEX facts_by_supporters ON facts(supporter_count DESC, confidence DESC, id);
CREATE INDEX facts_by_dispute ON facts(dispute_id);
CREATE TABLE fact_claims (
  fact_id TEXT NOT NULL REFERENCES facts(id),
  claim_id TEXT NOT NULL REFERENCES claims(id),
  PRIMARY KEY (fact_id, claim_id)
) STRICT;

-- A source's stance on a fact, with the exact quote: sources.text[start:end] = quote.
CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  fact_id TEXT NOT NULL REFERENCES facts(id),
  source_key TEXT NOT NULL REFERENCES sources(key),
  claim_id TEXT NOT NULL REFERENCES claims(id),
  stance TEXT NOT NULL,         -- SUPPORTS | CONTRADICTS
  quote TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  attribution TEXT,
  is_hedged INTEGER NOT NULL,
  weight REAL NOT NULL
) STRICT;
CREATE INDEX evidence_by_fact ON evidence(fact_id, stance);
CREATE INDEX evidence_by_source ON evidence(source_key, fact_id);

-- Questions with several incompatible answers; dispute_facts.rank 0 is the most confident answer.
CREATE TABLE disputes (
  id TEXT PRIMARY KEY,
  question TEXT NOT NULL,
  kind TEXT NOT NULL,           -- NUMERIC | TEMPORAL | NEGATION | ANTONYM | ENTITY
  ordinal INTEGER NOT NULL
) STRICT;
CREATE TABLE dispute_facts (
  dispute_id TEXT NOT NULL REFERENCES disputes(id),
  fact_id TEXT NOT NULL REFERENCES facts(id),
  rank INTEGER NOT NULL,
  PRIMARY KEY (dispute_id, fact_id)
) STRICT;

-- The build that wrote this file: pipeline version, parameters, and every input with its sha256.
CREATE TABLE builds (
  pipeline_version TEXT NOT NULL,
  parameters TEXT NOT NULL,     -- JSON
  inputs TEXT NOT NULL,         -- JSON [{path, sha256}]
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL
) STRICT;
