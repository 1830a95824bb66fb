// What the question-answering search reads besides the full-text index: the synonym table, the
// index vocabulary with document frequencies, and the sections of a drug the question names.
import type { Database } from 'sql.js';
import { all, one } from './rows.ts';

export interface SearchTermRow {
  typed: string;
  search: string;
  sections: string;
  only_with: string;
  reason: string;
}

export const searchTermRows = (db: Database) =>
  all<SearchTermRow>(db, 'SELECT typed, search, sections, only_with, reason FROM search_term');

export const drugsWithText = (db: Database) =>
  new Set(all<{ drug_id: string }>(db, 'SELECT DISTINCT drug_id FROM section').map((r) => r.drug_id));

export const sectionCount = (db: Database) => one<{ n: number }>(db, 'SELECT count(*) AS n FROM section')?.n ?? 0;

/** The index's average section length in tokens, from FTS4's own statistics (matchinfo 'a'). */
export function averageLength(db: Database): number {
  const rare = one<{ term: string }>(db, 'SELECT term FROM term_df WHERE documents = 1 LIMIT 1');
  if (!rare) return 1;
  const info = one<{ a: Uint8Array }>(
    db,
    "SELECT matchinfo(section_fts, 'a') AS a FROM section_fts WHERE section_fts MATCH ? LIMIT 1",
    [`"${rare.term}"`],
  )?.a;
  return info ? Math.max(new Uint32Array(info.buffer, info.byteOffset, 1)[0] ?? 1, 1) : 1;
}

export interface TextRow {
  id: number;
  drug_id: string;
  key: string;
  title: string;
  text: string;
}

export const sectionsWithText = (db: Database, drugId: string) =>
  all<TextRow>(db, 'SELECT id, drug_id, key, title, text FROM section WHERE drug_id = ? ORDER BY ord', [drugId]);

export const sectionTexts = (db: Database, ids: number[]) =>
  ids.length === 0
    ? []
    : all<TextRow & { name: string }>(
        db,
        `SELECT s.id, s.drug_id, s.key, s.title, s.text, d.name FROM section s JOIN drug d ON d.id = s.drug_id
        WHERE s.id IN (${ids.map(() => '?').join(',')})`,
        ids,
      );
