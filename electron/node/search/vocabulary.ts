// In-memory word lists for spelling correction, built once per open pack.
import type { Database } from 'sql.js';
import { allNorms } from '../queries/drugs.ts';
import { all } from '../queries/rows.ts';
import { allowedEdits, editDistance } from './editDistance.ts';

export interface Vocab {
  /** Every folded drug name. */
  names: string[];
  /** Full-text index terms that occur in at least two documents. */
  terms: string[];
}

const vocabs = new WeakMap<Database, Vocab>();

export function vocabFor(db: Database): Vocab {
  let vocab = vocabs.get(db);
  if (!vocab) {
    const names = [...new Set(allNorms(db).map((r) => r.norm))];
    const terms = all<{ term: string }>(db, "SELECT term FROM section_terms WHERE col = '*' AND documents > 1 AND length(term) > 3")
      .map((r) => r.term);
    vocab = { names, terms };
    vocabs.set(db, vocab);
  }
  return vocab;
}

/** Closest words within the allowed edits, nearest first, then alphabetically. */
export function closest(word: string, words: string[], limit: number, maxEdits = allowedEdits(word.length)): string[] {
  if (maxEdits === 0) return [];
  const scored: [string, number][] = [];
  for (const candidate of words) {
    if (candidate === word) continue;
    const d = editDistance(word, candidate, maxEdits);
    if (d <= maxEdits) scored.push([candidate, d]);
  }
  scored.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1));
  return scored.slice(0, limit).map(([w]) => w);
}
