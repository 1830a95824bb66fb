// What the question-answering search reads besides the full-text index: the synonym table, the
// index vocabulary with document frequencies, and the sections of a drug the question names.
import type { Database } from 'sql.js';
import type { SearchTermRow as SearchTermContent } from '../../../shared/pack/content.ts';
import type { Stored } from '../../../shared/pack/stored.ts';
import { all, one } from './rows.ts';

export type SearchTermRow = Omit<Stored<SearchTermContent>, 'source_id'>;

export const searchTermRows = (db: Database) =>
  all<SearchTermRow>(db, 'SELECT typed, search, sections, only_with, reason FROM search_term');

export const drugsWithText = (db: Database) =>
  new Set(all<{ drug_id: string }>(db, 'SELECT DISTINCT drug_id FROM section').map((r) => r.drug_id));

/** Drugs with label text: a LactMed record alone is not a label. */
export const drugsWithLabelText = (db: Database) =>
  new Set(
    all<{ drug_id: string }>(db, "SELECT DISTINCT drug_id FROM section WHERE key != 'breastfeeding_lactmed'").map(
      (r) => r.drug_id,
    ),
  );

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

export interface SectionIndex {
  /** By section id (ids are the full-text docids). */
  drugId: string[];
  key: string[];
  /** Tokens in the section, as the full-text index counted them. */
  length: Uint32Array;
}

/** One varint of FTS4's docsize blob (little-endian, seven bits a byte): the text column's token count. */
function firstVarint(blob: Uint8Array | null): number {
  let n = 0;
  for (let i = 0, shift = 0; blob && i < blob.length; i++, shift += 7) {
    n += (blob[i]! & 0x7f) * 2 ** shift;
    if (blob[i]! < 0x80) break;
  }
  return n;
}

/** Every section's drug, key and length, read once: a query then reads only docids and hit counts. */
export function sectionIndex(db: Database): SectionIndex {
  const rows = all<{ id: number; drug_id: string; key: string; size: Uint8Array | null }>(
    db,
    `SELECT s.id, s.drug_id, s.key, d.size FROM section s LEFT JOIN section_fts_docsize d ON d.docid = s.id`,
  );
  const top = rows.reduce((m, r) => Math.max(m, r.id), 0);
  const index: SectionIndex = {
    drugId: new Array<string>(top + 1),
    key: new Array<string>(top + 1),
    length: new Uint32Array(top + 1),
  };
  for (const r of rows) {
    index.drugId[r.id] = r.drug_id;
    index.key[r.id] = r.key;
    index.length[r.id] = firstVarint(r.size);
  }
  return index;
}
