// The monograph-section aggregate and its full-text index.
import type { Database } from 'sql.js';
import type { LabelRow as LabelContent, SectionRow as SectionContent } from '../../../shared/pack/content.ts';
import type { Stored } from '../../../shared/pack/stored.ts';
import { all, one } from './rows.ts';

/** A section with its source and label named. */
export type SectionRow = { id: number } & Pick<
  Stored<SectionContent>,
  'key' | 'title' | 'text' | 'summary' | 'source_id' | 'label_id'
> & {
    /** JSON of SectionTable[], or null. */
    tables: string | null;
    source_name: string;
    source_kind: string;
    label_title: string | null;
    version_date: string | null;
    manufacturer: string | null;
  };

export const sectionsOf = (db: Database, drugId: string) =>
  all<SectionRow>(
    db,
    `SELECT s.id, s.key, s.title, s.text, s.summary, s.tables, s.source_id, src.name AS source_name,
      src.kind AS source_kind, s.label_id, l.title AS label_title, l.version_date, l.manufacturer
    FROM section s JOIN source src ON src.id = s.source_id LEFT JOIN label l ON l.id = s.label_id
    WHERE s.drug_id = ? ORDER BY s.ord`,
    [drugId],
  );

/** A product label with its source named (salts space-separated, brands '|'-separated). */
export type LabelRow = Omit<Stored<LabelContent>, 'drug_id'> & { source_name: string };

/** A drug's product labels, best first (rank 0 is the default product's label). */
export const labelsOf = (db: Database, drugId: string) =>
  all<LabelRow>(
    db,
    `SELECT l.id, l.title, l.version_date, l.source_id, src.name AS source_name, l.rank, l.manufacturer, l.salts,
      l.release, l.route, l.brands, l.boxed_stated
    FROM label l JOIN source src ON src.id = l.source_id WHERE l.drug_id = ? ORDER BY l.rank`,
    [drugId],
  );

export interface MatchRow {
  id: number;
  info: Uint8Array;
}

/**
 * Every matching section with FTS4's per-row hits per phrase (matchinfo 'y'). Nothing else is read
 * per row: the section's drug, key and length come from memory (sectionIndex), the global counts
 * from term_df and the index statistics, which would otherwise be read again for every row.
 */
export const FULLTEXT_SQL = `SELECT docid AS id, matchinfo(section_fts, 'y') AS info
  FROM section_fts WHERE section_fts MATCH ? LIMIT ?`;

export const matches = (db: Database, match: string, limit: number) => all<MatchRow>(db, FULLTEXT_SQL, [match, limit]);

export const documentFrequency = (db: Database, term: string) =>
  one<{ n: number }>(db, 'SELECT documents AS n FROM term_df WHERE term = ?', [term])?.n ?? 0;

/** Sections holding the words as one phrase (each word an index word). */
export const phraseFrequency = (db: Database, words: string[]) =>
  one<{ n: number }>(db, 'SELECT count(*) AS n FROM section_fts WHERE section_fts MATCH ?', [`"${words.join(' ')}"`])
    ?.n ?? 0;

/** A prefix's frequency is bounded by the sum over the words it starts. */
export const prefixFrequency = (db: Database, prefix: string) =>
  one<{ n: number | null }>(db, 'SELECT sum(documents) AS n FROM term_df WHERE term >= ? AND term < ?', [
    prefix,
    `${prefix}\uffff`,
  ])?.n ?? 0;

/** The stored group key of an index word (its Porter stem, or "=word" for a drug name), if indexed. */
export const stemOf = (db: Database, term: string) =>
  one<{ stem: string }>(db, 'SELECT stem FROM term_df WHERE term = ?', [term])?.stem ?? null;

/** Index words of one stem group, most frequent first. */
export const formsOfStem = (db: Database, stem: string) =>
  all<{ term: string }>(db, 'SELECT term FROM term_df WHERE stem = ? ORDER BY documents DESC, term', [stem]).map(
    (r) => r.term,
  );

export const frequentTerms = (db: Database) =>
  all<{ term: string }>(db, 'SELECT term FROM term_df WHERE documents > 1 AND length(term) > 3').map((r) => r.term);
