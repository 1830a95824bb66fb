// A full-text word's or search phrase's sections and hits, as written at build time (term_hits).
import type { Database } from 'sql.js';
import { all, one } from './rows.ts';

export const termHits = (db: Database, phrase: string) =>
  one<{ hits: Uint8Array }>(db, 'SELECT hits FROM term_hits WHERE phrase = ?', [phrase])?.hits ?? null;

/** The lists of every index word starting with a prefix (not the stored phrases, which hold a space). */
export const wordsStartingHits = (db: Database, prefix: string) =>
  all<{ hits: Uint8Array }>(
    db,
    "SELECT hits FROM term_hits WHERE phrase >= ? AND phrase < ? AND instr(phrase, ' ') = 0",
    [prefix, `${prefix}\uffff`],
  ).map((r) => r.hits);
