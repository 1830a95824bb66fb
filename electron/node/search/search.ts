// One search box: drug names first (exact, prefix, word, then a corrected spelling), then
// full-text hits in monograph sections. Any input is turned into a safe FTS query or nothing.
import type { Database } from 'sql.js';
import type { NameHit, SearchResponse, TextHit } from '../../common/contract.ts';
import { SECTIONS, SECTION_KEYS, isSectionKey } from '../../common/sections.ts';
import { foldName, moietyKey } from '../../common/normalize.ts';
import { drugById, namesByNorm, namesByPrefix, tallmanFor, type NameRow } from '../queries/drugs.ts';
import { matches, snippetOf } from '../queries/sections.ts';
import { closest, vocabFor } from './vocabulary.ts';

const MAX_QUERY = 200;
const MAX_WORDS = 8;
const KIND_RANK: Record<NameRow['kind'], number> = { generic: 0, brand: 1, synonym: 2, abbreviation: 3, salt: 4 };
const SECTION_RANK = new Map<string, number>(SECTION_KEYS.map((k, i) => [k, i]));

export function words(text: string): string[] {
  return (foldName(text).match(/[a-z0-9]+/g) ?? []).slice(0, MAX_WORDS);
}

function toHits(db: Database, rows: NameRow[], limit: number): NameHit[] {
  const best = new Map<string, NameRow>();
  for (const row of rows) {
    const prior = best.get(row.drug_id);
    if (!prior || KIND_RANK[row.kind] < KIND_RANK[prior.kind]) best.set(row.drug_id, row);
  }
  return [...best.values()].slice(0, limit).map((row) => {
    const name = drugById(db, row.drug_id)?.name ?? row.drug_id;
    const tall = tallmanFor(db, name);
    return {
      drugId: row.drug_id, name, matched: row.name, kind: row.kind,
      tallman: tall ? { display: tall.display, confusable: JSON.parse(tall.confusable) as string[] } : null,
    };
  });
}

/** Names for a folded query: exact, then the salt-stripped moiety, then prefix, then word-start matches. */
function nameRows(db: Database, q: string, limit: number): NameRow[] {
  const rows = [...namesByNorm(db, q)];
  const moiety = moietyKey(q);
  if (moiety && moiety !== q) rows.push(...namesByNorm(db, moiety));
  rows.push(...namesByPrefix(db, q, limit * 3));
  if (rows.length < limit && q.length >= 3) {
    const inside = vocabFor(db).names.filter((n) => n.includes(` ${q}`) || n.includes(`/${q}`)).slice(0, limit);
    for (const norm of inside) rows.push(...namesByNorm(db, norm));
  }
  return rows;
}

export function ftsQuery(raw: string, tokens: string[]): string | null {
  if (tokens.length === 0) return null;
  const phrase = /^\s*"[^"]+"\s*$/.test(raw);
  if (phrase) return `"${tokens.join(' ')}"`;
  const last = tokens.length - 1;
  // Every token is quoted, so no input can reach FTS operator syntax; the last one is a prefix.
  return tokens.map((t, i) => (i === last && !/\s$/.test(raw) && t.length >= 3 ? `"${t}"*` : `"${t}"`)).join(' ');
}

/** BM25 from an FTS4 'pcnalx' matchinfo blob (k1 1.2, b 0.75). */
export function bm25(info: Uint8Array): number {
  const v = new Uint32Array(info.buffer, info.byteOffset, info.byteLength / 4);
  const [phrases = 0, columns = 0, rows = 1, avg = 1] = v;
  let score = 0;
  for (let c = 0; c < columns; c++) {
    const length = v[4 + c] ?? 0;
    for (let p = 0; p < phrases; p++) {
      const base = 4 + columns + 3 * (p * columns + c);
      const tf = v[base] ?? 0;
      const docs = v[base + 2] ?? 0;
      if (tf === 0) continue;
      const idf = Math.log(1 + (rows - docs + 0.5) / (docs + 0.5));
      score += (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * length) / Math.max(avg, 1)));
    }
  }
  return score;
}

// Ranking looks at this many matching sections at most: enough for every drug a word names, and a
// bound on the cost of a very common word.
export const RANK_WINDOW = 5000;

function textHits(db: Database, match: string, preferDrugs: Set<string>, limit: number): TextHit[] {
  let rows;
  try {
    rows = matches(db, match, RANK_WINDOW);
  } catch {
    return [];
  }
  const scored = rows.map((r) => ({ r, score: bm25(r.info) + (preferDrugs.has(r.drug_id) ? 100 : 0) }));
  scored.sort((x, y) => y.score - x.score || (SECTION_RANK.get(x.r.key) ?? 99) - (SECTION_RANK.get(y.r.key) ?? 99) || x.r.id - y.r.id);
  const hits: TextHit[] = [];
  for (const { r } of scored) {
    if (hits.length >= limit) break;
    if (!isSectionKey(r.key)) continue;
    const s = snippetOf(db, r.id, match);
    if (s) hits.push({ drugId: r.drug_id, name: s.name, section: r.key, tab: SECTIONS[r.key].tab, title: s.title, snippet: s.snippet.replace(/\s+/g, ' '), sectionId: r.id });
  }
  return hits;
}

/** Drug names for the typeahead: exact, salt-stripped, prefix and word matches, else a corrected spelling. */
export function searchNames(db: Database, q: string, limit: number): { names: NameHit[]; correctedTo: string | null } {
  const names = toHits(db, nameRows(db, q, limit), limit);
  if (names.length > 0) return { names, correctedTo: null };
  const near = closest(q, vocabFor(db).names, 5);
  if (!near[0]) return { names, correctedTo: null };
  return { names: toHits(db, near.flatMap((n) => namesByNorm(db, n)), limit), correctedTo: near[0] };
}

/** Full-text hits, with drugs already found by name ranked first; a misspelled word is corrected once. */
export function searchText(db: Database, raw: string, preferDrugs: Set<string>, limit: number): { results: TextHit[]; correctedTo: string | null } {
  const tokens = words(raw);
  const results = textHits(db, ftsQuery(raw, tokens) ?? '', preferDrugs, limit);
  if (results.length > 0 || tokens.length === 0) return { results, correctedTo: null };
  const terms = vocabFor(db).terms;
  const fixed = tokens.map((t) => (terms.includes(t) ? t : closest(t, terms, 1)[0] ?? t));
  if (fixed.join(' ') === tokens.join(' ')) return { results, correctedTo: null };
  const retry = textHits(db, ftsQuery(`${fixed.join(' ')} `, fixed) ?? '', preferDrugs, limit);
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
    query: rawQuery, correctedTo: byName.correctedTo ?? byText.correctedTo,
    suggestions: nothing ? closest(q, vocabFor(db).names, 5, 3) : [],
    names: byName.names, results: byText.results,
  };
}
