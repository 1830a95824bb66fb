// The data pack's schema: written by data/compiler, read by the logic. Bump SCHEMA_VERSION on any
// change a reader would notice; the app refuses a pack whose PRAGMA user_version differs.

export const SCHEMA_VERSION = 4;

export const SCHEMA_SQL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE source (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  origin TEXT NOT NULL,
  licence TEXT NOT NULL,
  attribution TEXT NOT NULL,
  retrieved TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE drug (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('ingredient', 'combination')),
  rx_status TEXT,
  source_id TEXT NOT NULL REFERENCES source(id)
) WITHOUT ROWID;

CREATE TABLE drug_component (
  drug_id TEXT NOT NULL REFERENCES drug(id),
  component_id TEXT NOT NULL REFERENCES drug(id),
  source_id TEXT NOT NULL REFERENCES source(id),
  PRIMARY KEY (drug_id, component_id)
) WITHOUT ROWID;

CREATE TABLE drug_name (
  norm TEXT NOT NULL,
  drug_id TEXT NOT NULL REFERENCES drug(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('generic', 'brand', 'synonym', 'salt', 'abbreviation')),
  source_id TEXT NOT NULL REFERENCES source(id),
  PRIMARY KEY (norm, drug_id, kind)
) WITHOUT ROWID;
CREATE INDEX drug_name_by_drug ON drug_name(drug_id);

CREATE TABLE product (
  id INTEGER PRIMARY KEY,
  drug_id TEXT NOT NULL REFERENCES drug(id),
  brand TEXT NOT NULL,
  ingredients TEXT NOT NULL,
  form TEXT NOT NULL,
  route TEXT NOT NULL,
  strength TEXT NOT NULL,
  status TEXT NOT NULL,
  application TEXT NOT NULL,
  source_id TEXT NOT NULL REFERENCES source(id)
);
CREATE INDEX product_by_drug ON product(drug_id);

CREATE TABLE drug_class (
  drug_id TEXT NOT NULL REFERENCES drug(id),
  type TEXT NOT NULL,
  class TEXT NOT NULL,
  code TEXT NOT NULL,
  source_id TEXT NOT NULL REFERENCES source(id),
  PRIMARY KEY (drug_id, type, class)
) WITHOUT ROWID;

-- One row per label document. A drug's labels are ranked (0 = the default product's label); salts, release
-- and route tell its product, so a query naming a product opens that product's label.
CREATE TABLE label (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  version_date TEXT NOT NULL,
  source_id TEXT NOT NULL REFERENCES source(id),
  drug_id TEXT REFERENCES drug(id),
  rank INTEGER NOT NULL,
  manufacturer TEXT NOT NULL,
  salts TEXT NOT NULL,
  release TEXT NOT NULL,
  route TEXT NOT NULL,
  brands TEXT NOT NULL,
  -- 1 when the source gives every boxed warning its label has: no boxed warning then means none.
  boxed_stated INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX label_by_drug ON label(drug_id, rank);

CREATE TABLE section (
  id INTEGER PRIMARY KEY,
  drug_id TEXT NOT NULL REFERENCES drug(id),
  key TEXT NOT NULL,
  ord INTEGER NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  -- JSON array of the tables (electron/common/sectionTable.ts) whose marked paragraphs stand in text; NULL for none.
  tables TEXT,
  -- The label's Highlights for this section (its key points), or ''.
  summary TEXT NOT NULL,
  label_id TEXT REFERENCES label(id),
  source_id TEXT NOT NULL REFERENCES source(id)
);
CREATE INDEX section_by_drug ON section(drug_id, ord);

-- External-content FTS4 (sql.js is built with FTS3/4, not FTS5): the text lives once, in section.
CREATE VIRTUAL TABLE section_fts USING fts4(content="section", text, tokenize=unicode61 "remove_diacritics=2");
-- Each indexed word and how many sections hold it: BM25's document frequencies, read by key, and
-- the spelling corrector's vocabulary (fts4aux computes the same by scanning the whole index). The
-- stem groups word forms for search ("suicidal", "suicidality"); a drug-name word is "=word", alone.
CREATE TABLE term_df (term TEXT PRIMARY KEY, documents INTEGER NOT NULL, stem TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX term_df_by_stem ON term_df(stem, documents);
-- Each index word's sections with its hits in each (no positions), and the same for the synonym
-- table's phrases: the question search combines a group's words and forms from these, where FTS4
-- would load the position list of every alternative (blob: varint pairs of section id delta, hits).
CREATE TABLE term_hits (phrase TEXT PRIMARY KEY, hits BLOB NOT NULL) WITHOUT ROWID;
-- How ward staff word a question ("black box", "IV push", "afib"), folded: the phrases also searched
-- (JSON array), the sections the question is about (JSON array of section keys), the words one of
-- which must also be typed for an ambiguous abbreviation to expand (JSON array), and why.
CREATE TABLE search_term (
  typed TEXT PRIMARY KEY,
  search TEXT NOT NULL,
  sections TEXT NOT NULL,
  only_with TEXT NOT NULL,
  reason TEXT NOT NULL,
  source_id TEXT NOT NULL REFERENCES source(id)
) WITHOUT ROWID;

CREATE TABLE property (
  drug_id TEXT NOT NULL REFERENCES drug(id),
  property TEXT NOT NULL,
  value TEXT NOT NULL,
  note TEXT NOT NULL,
  cite TEXT NOT NULL,
  source_id TEXT NOT NULL REFERENCES source(id),
  PRIMARY KEY (drug_id, property, value)
) WITHOUT ROWID;
CREATE INDEX property_by_name ON property(property, value);

-- Every interaction assertion, one row per (pair, source or rule); the checker merges rows of a pair.
CREATE TABLE interaction (
  id INTEGER PRIMARY KEY,
  drug_a TEXT NOT NULL REFERENCES drug(id),
  drug_b TEXT NOT NULL REFERENCES drug(id),
  severity TEXT NOT NULL CHECK (severity IN ('contraindicated', 'major', 'moderate', 'minor')),
  evidence TEXT NOT NULL CHECK (evidence IN ('established', 'probable', 'theoretical', 'unspecified')),
  onset TEXT NOT NULL,
  effect TEXT NOT NULL,
  mechanism TEXT NOT NULL,
  management TEXT NOT NULL,
  why_a TEXT NOT NULL,
  why_b TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  cites TEXT NOT NULL,
  source_id TEXT NOT NULL REFERENCES source(id),
  CHECK (drug_a < drug_b)
);
CREATE INDEX interaction_by_a ON interaction(drug_a, drug_b);
CREATE INDEX interaction_by_b ON interaction(drug_b, drug_a);

-- Rules evaluated over a whole list at check time (cumulative, duplicate, condition, food, allergy).
CREATE TABLE list_rule (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  source_id TEXT NOT NULL REFERENCES source(id)
) WITHOUT ROWID;

-- Words that name a condition or allergy a user can enter.
CREATE TABLE term (
  kind TEXT NOT NULL CHECK (kind IN ('condition', 'allergy')),
  id TEXT NOT NULL,
  label TEXT NOT NULL,
  synonyms TEXT NOT NULL,
  source_id TEXT NOT NULL REFERENCES source(id),
  PRIMARY KEY (kind, id)
) WITHOUT ROWID;

CREATE TABLE citation (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  year TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE tallman (
  norm TEXT PRIMARY KEY,
  display TEXT NOT NULL,
  confusable TEXT NOT NULL,
  list TEXT NOT NULL
) WITHOUT ROWID;

-- Structured rows from local (hospital) monographs.
CREATE TABLE local_row (
  drug_id TEXT NOT NULL REFERENCES drug(id),
  kind TEXT NOT NULL CHECK (kind IN ('interaction', 'side-effect', 'condition')),
  name TEXT NOT NULL,
  detail TEXT NOT NULL,
  source_id TEXT NOT NULL REFERENCES source(id)
);
CREATE INDEX local_row_by_drug ON local_row(drug_id);
`;

/** Tables whose every row must name a source (checked by verify). */
export const SOURCED_TABLES = [
  'drug',
  'drug_component',
  'drug_name',
  'product',
  'drug_class',
  'label',
  'section',
  'property',
  'interaction',
  'list_rule',
  'term',
  'search_term',
  'local_row',
] as const;
