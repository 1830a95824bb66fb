// Full-text search over monograph sections: any input becomes a safe FTS4 query (every token
// quoted), matching sections are ranked by BM25, and only the rows shown get a snippet.
import type { Database } from 'sql.js';
import type { TextHit } from '../../common/contract.ts';
import { SECTIONS, SECTION_KEYS, isSectionKey } from '../../common/sections.ts';
import { documentFrequency, matches, prefixFrequency, snippetsOf } from '../queries/sections.ts';

export interface Phrase {
  tokens: string[];
  prefix: boolean;
}
export interface FtsQuery {
  match: string;
  phrases: Phrase[];
}

// Ranking looks at this many matching sections at most: enough for every drug a word names, and a
// bound on the cost of a very common word.
export const RANK_WINDOW = 5000;
const SECTION_RANK = new Map<string, number>(SECTION_KEYS.map((k, i) => [k, i]));

/** A quoted input is one phrase; otherwise every word must match and the last may be a prefix. */
export function buildQuery(raw: string, tokens: string[]): FtsQuery | null {
  if (tokens.length === 0) return null;
  if (/^\s*"[^"]+"\s*$/.test(raw)) return { match: `"${tokens.join(' ')}"`, phrases: [{ tokens, prefix: false }] };
  const last = tokens.length - 1;
  const phrases = tokens.map((t, i) => ({ tokens: [t], prefix: i === last && !/\s$/.test(raw) && t.length >= 3 }));
  return { match: phrases.map((p) => `"${p.tokens[0]}"${p.prefix ? '*' : ''}`).join(' '), phrases };
}

/** BM25 (k1 1.2, b 0.75) from an FTS4 'pcnaly' matchinfo blob and each phrase's document frequency. */
export function bm25(info: Uint8Array, frequencies: number[]): number {
  const v = new Uint32Array(info.buffer, info.byteOffset, info.byteLength / 4);
  const [phrases = 0, columns = 0, rows = 1] = v;
  let score = 0;
  for (let c = 0; c < columns; c++) {
    const avg = Math.max(v[3 + c] ?? 1, 1);
    const length = v[3 + columns + c] ?? 0;
    for (let p = 0; p < phrases; p++) {
      const tf = v[3 + 2 * columns + p * columns + c] ?? 0;
      if (tf === 0) continue;
      const docs = frequencies[p] ?? 0;
      const idf = Math.log(1 + (rows - docs + 0.5) / (docs + 0.5));
      score += (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * length) / avg));
    }
  }
  return score;
}

function frequency(db: Database, phrase: Phrase): number {
  // A phrase is at most as frequent as its rarest word.
  return Math.min(
    ...phrase.tokens.map((t, i) =>
      phrase.prefix && i === phrase.tokens.length - 1 ? prefixFrequency(db, t) : documentFrequency(db, t),
    ),
  );
}

export function textHits(db: Database, query: FtsQuery, preferDrugs: Set<string>, limit: number): TextHit[] {
  let rows;
  try {
    rows = matches(db, query.match, RANK_WINDOW);
  } catch {
    return [];
  }
  const frequencies = query.phrases.map((p) => frequency(db, p));
  const ranked = rows
    .filter((r) => isSectionKey(r.key))
    .map((r) => ({ r, score: bm25(r.info, frequencies) + (preferDrugs.has(r.drug_id) ? 100 : 0) }))
    .sort(
      (x, y) =>
        y.score - x.score || (SECTION_RANK.get(x.r.key) ?? 99) - (SECTION_RANK.get(y.r.key) ?? 99) || x.r.id - y.r.id,
    )
    .slice(0, limit)
    .map(({ r }) => r);
  const terms = query.phrases.flatMap((p) => p.tokens);
  const snippets = new Map(
    snippetsOf(
      db,
      query.match,
      ranked.map((r) => r.id),
    ).map((s) => [s.id, s]),
  );
  return ranked.flatMap((r) => {
    const s = snippets.get(r.id);
    if (!s || !isSectionKey(r.key)) return [];
    return [
      {
        drugId: r.drug_id,
        name: s.name,
        section: r.key,
        tab: SECTIONS[r.key].tab,
        title: s.title,
        snippet: s.snippet.replace(/\s+/g, ' '),
        sectionId: r.id,
        terms,
      },
    ];
  });
}
