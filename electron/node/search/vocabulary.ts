// In-memory word lists for spelling correction, each read once per open pack and only when a
// search first needs it (opening the pack stays quick).
import type { Database } from 'sql.js';
import { allNorms } from '../queries/drugs.ts';
import { frequentTerms } from '../queries/sections.ts';
import { allowedEdits, editDistance } from './editDistance.ts';

const names = new WeakMap<Database, string[]>();
const terms = new WeakMap<Database, Set<string>>();

/** Every folded drug name. */
export function namesFor(db: Database): string[] {
  let list = names.get(db);
  if (!list) { list = [...new Set(allNorms(db).map((r) => r.norm))]; names.set(db, list); }
  return list;
}

/** Full-text index words found in at least two sections. */
export function termsFor(db: Database): Set<string> {
  let set = terms.get(db);
  if (!set) { set = new Set(frequentTerms(db)); terms.set(db, set); }
  return set;
}

/** Closest words within the allowed edits, nearest first, then alphabetically. */
export function closest(word: string, words: Iterable<string>, limit: number, maxEdits = allowedEdits(word.length)): string[] {
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
