// A full-text word's or search phrase's sections and hits, as written at build time (term_hits).
import type { Database } from 'sql.js';
import { one } from './rows.ts';

export const termHits = (db: Database, phrase: string) =>
  one<{ hits: Uint8Array }>(db, 'SELECT hits FROM term_hits WHERE phrase = ?', [phrase])?.hits ?? null;
