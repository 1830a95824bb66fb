// Word forms for the full-text search. The pack stores each index word's Porter stem next to its
// document frequency (term_df, written at build time), so a question's word expands into the other
// index words of its group ("suicidal" → "suicidality", "suicide") with one indexed lookup, and the
// index itself stays as it is. Drug names are never stemmed or grouped: a stemmer must never turn
// one drug name into another.
import type { Database } from 'sql.js';
import { documentFrequency, formsOfStem, stemOf } from '../queries/sections.ts';
import { nameIndex } from './nameIndex.ts';
import { drugNameWords, indexStem } from '../../../shared/pack/wordStems.ts';
import { perPack } from '../pack/perPack.ts';

const drugWords = perPack((db) =>
  // Only the one-word names matter for a single query word.
  drugNameWords(
    [...nameIndex(db).byNorm]
      .filter(([norm]) => !/[^a-z0-9]/.test(norm))
      .map(([norm, rows]) => ({ norm, kinds: rows.map((r) => r.kind) })),
    (w) => documentFrequency(db, w),
  ),
);
const isDrugWord = (db: Database, word: string): boolean => drugWords(db).has(word);

/** Sections holding the word. */
export const frequency = (db: Database, word: string) => documentFrequency(db, word);

/** The group key of a typed word: as stored for an index word, else computed the same way. */
export function stemKey(db: Database, word: string): string {
  return stemOf(db, word) ?? indexStem(word, isDrugWord(db, word));
}

/** The other index words of a word's group, most frequent first (none for a drug name). */
export function otherForms(db: Database, word: string, limit = 6): string[] {
  const key = stemKey(db, word);
  if (key.startsWith('=')) return [];
  return formsOfStem(db, key)
    .filter((w) => w !== word)
    .slice(0, limit);
}
