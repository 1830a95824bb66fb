// One search box: drug names first (exact, prefix, word, then a corrected spelling), then
// full-text hits in monograph sections. Any input is turned into a safe FTS query or nothing.
import type { Database } from 'sql.js';
import type { NameHit, SearchResponse, TextHit } from '../../common/contract.ts';
import { foldName, moietyKey } from '../../common/normalize.ts';
import type { NameRow } from '../queries/drugs.ts';
import { buildQuery, textHits } from './fullText.ts';
import { innerWordMatches, nameIndex, type NameIndex } from './nameIndex.ts';
import { termsFor } from './vocabulary.ts';

const MAX_QUERY = 200;
const MAX_WORDS = 8;
export function words(text: string): string[] {
  return (foldName(text).match(/[a-z0-9]+/g) ?? []).slice(0, MAX_WORDS);
}

const KIND_RANK: Record<NameRow['kind'], number> = { generic: 0, brand: 1, synonym: 2, abbreviation: 3, salt: 4 };

function toHits(index: NameIndex, rows: NameRow[], limit: number): NameHit[] {
  const best = new Map<string, NameRow>();
  for (const row of rows) {
    const prior = best.get(row.drug_id);
    if (!prior || KIND_RANK[row.kind] < KIND_RANK[prior.kind]) best.set(row.drug_id, row);
  }
  return [...best.values()].slice(0, limit).map((row) => {
    const name = index.drugs.get(row.drug_id)?.name ?? row.drug_id;
    return { drugId: row.drug_id, name, matched: row.name, kind: row.kind, tallman: index.tallman.get(name) ?? null };
  });
}

/** Names for a folded query: exact, then the salt-stripped moiety, then prefix, then word-start matches. */
function nameRows(index: NameIndex, q: string, limit: number): NameRow[] {
  const norms = [q, moietyKey(q), ...index.lexicon.withPrefix(q, limit * 3)];
  // Then names with a later word that starts so ("succinate", "clavulanate").
  if (q.length >= 3) norms.push(...innerWordMatches(index, q, limit));
  return [...new Set(norms)].flatMap((n) => index.byNorm.get(n) ?? []);
}

/** Drug names for the typeahead: exact, salt-stripped, prefix and word matches, else a corrected spelling. */
export function searchNames(db: Database, q: string, limit: number): { names: NameHit[]; correctedTo: string | null } {
  const index = nameIndex(db);
  const names = toHits(index, nameRows(index, q, limit), limit);
  if (names.length > 0) return { names, correctedTo: null };
  const near = index.lexicon.closest(q, 5);
  if (!near[0]) return { names, correctedTo: null };
  return {
    names: toHits(
      index,
      near.flatMap((n) => index.byNorm.get(n) ?? []),
      limit,
    ),
    correctedTo: near[0],
  };
}

/** Full-text hits, with drugs already found by name ranked first; a misspelled word is corrected once. */
export function searchText(
  db: Database,
  raw: string,
  preferDrugs: Set<string>,
  limit: number,
): { results: TextHit[]; correctedTo: string | null } {
  const tokens = words(raw);
  const query = buildQuery(raw, tokens);
  if (!query) return { results: [], correctedTo: null };
  const results = textHits(db, query, preferDrugs, limit);
  if (results.length > 0) return { results, correctedTo: null };
  const terms = termsFor(db);
  const fixed = tokens.map((t) => (terms.has(t) ? t : (terms.closest(t, 1)[0] ?? t)));
  if (fixed.join(' ') === tokens.join(' ')) return { results, correctedTo: null };
  const retry = textHits(db, buildQuery(`${fixed.join(' ')} `, fixed)!, preferDrugs, limit);
  return { results: retry, correctedTo: retry.length > 0 ? fixed.join(' ') : null };
}

export function search(db: Database, rawQuery: string, limit = 30): SearchResponse {
  const raw = rawQuery.slice(0, MAX_QUERY);
  const q = words(raw).join(' ');
  if (!q) return { query: rawQuery, correctedTo: null, suggestions: [], names: [], results: [] };
  const byName = searchNames(db, q, limit);
  const byText = searchText(db, raw, new Set(byName.names.map((n) => n.drugId)), limit);
  const nothing = byName.names.length === 0 && byText.results.length === 0;
  return {
    query: rawQuery,
    correctedTo: byName.correctedTo ?? byText.correctedTo,
    suggestions: nothing ? nameIndex(db).lexicon.closest(q, 5, 3) : [],
    names: byName.names,
    results: byText.results,
  };
}
