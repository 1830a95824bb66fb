// Full-text search over every drug's sections (FTS4: sql.js has no FTS5). Each group of the
// question becomes "(word OR other form OR synonym)", groups joined by AND; when no section holds
// every group, the largest subsets that match are searched instead (rarest words kept first), so
// a question never comes back empty while any of its words is in the pack.
import type { Database } from 'sql.js';
import { isSectionKey, type SectionKey } from '../../common/sections.ts';
import { sectionIndex } from '../queries/searchData.ts';
import { matches } from '../queries/sections.ts';
import { scoreCounts, type Bm25Context, type Scored } from './matching.ts';
import type { Group } from './question.ts';
import { perPack } from '../pack/perPack.ts';

// Ranking looks at this many matching sections at most per query: enough for every drug a word
// names, and a bound on the cost of a very common word.
export const RANK_WINDOW = 5000;
/** Subsets tried per size before giving up a word more. */
const TRIES_PER_SIZE = 6;
const MAX_GROUPS = 8;

export interface FtsRow {
  id: number;
  drugId: string;
  key: SectionKey;
  scored: Scored;
}

function quoted(tokens: string[], prefix: boolean): string {
  return `"${tokens.join(' ')}"${prefix ? '*' : ''}`;
}

/** The MATCH expression for these groups and, in order, which group and alternative each phrase is. */
export function matchExpression(groups: Group[], indices: number[]): { match: string; phrases: [number, number][] } {
  const phrases: [number, number][] = [];
  const parts = indices.map((gi) => {
    const alts = groups[gi]!.alts.map((a, ai) => {
      phrases.push([gi, ai]);
      return quoted(a.tokens, a.prefix);
    });
    return alts.length > 1 ? `(${alts.join(' OR ')})` : alts[0]!;
  });
  return { match: parts.join(' '), phrases };
}

/** Counts per phrase from an FTS4 matchinfo 'y' blob (one column: a phrase's hits in this row). */
function readCounts(info: Uint8Array, phrases: [number, number][]): Map<string, number> {
  const v = new Uint32Array(info.buffer, info.byteOffset, info.byteLength / 4);
  const counts = new Map<string, number>();
  phrases.forEach(([gi, ai], p) => {
    const tf = v[p] ?? 0;
    if (tf > 0) counts.set(`${gi}:${ai}`, tf);
  });
  return counts;
}

const sectionsOf = perPack(sectionIndex);

const rarity = (g: Group) => -Math.log((Math.min(...g.alts.map((a) => a.documents)) + 1) / 1e6);

function* subsets(indices: number[], size: number, from = 0): Generator<number[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= indices.length - size; i++)
    for (const rest of subsets(indices, size - 1, i + 1)) yield [indices[i]!, ...rest];
}

export interface FtsResult {
  rows: FtsRow[];
  /** The groups the best rows hold together (all of them unless the search fell back to fewer). */
  used: number[];
}

/** Sections holding the most groups, each scored by weighted BM25 over the groups it holds. */
export function searchSections(db: Database, groups: Group[], ctx: Bm25Context): FtsResult {
  const sections = sectionsOf(db);
  const all = groups
    .map((g, i) => ({ g, i }))
    .filter(({ g }) => g.alts.length > 0)
    .sort((x, y) => rarity(y.g) - rarity(x.g))
    .slice(0, MAX_GROUPS)
    .map(({ i }) => i);
  for (let size = all.length; size >= 1; size--) {
    const tries = [...subsets(all, size)]
      .map((s) => ({ s, r: s.reduce((sum, gi) => sum + rarity(groups[gi]!), 0) }))
      .sort((x, y) => y.r - x.r)
      .slice(0, TRIES_PER_SIZE);
    const found = new Map<number, FtsRow>();
    let used: number[] = [];
    for (const { s } of tries) {
      const { match, phrases } = matchExpression(groups, s);
      let rows;
      try {
        rows = matches(db, match, RANK_WINDOW);
      } catch {
        continue;
      }
      if (rows.length > 0 && used.length === 0) used = s;
      for (const r of rows) {
        const key = sections.key[r.id];
        if (key === undefined || !isSectionKey(key) || found.has(r.id)) continue;
        const counts = readCounts(r.info, phrases);
        const scored = scoreCounts(ctx, groups, counts, sections.length[r.id]!);
        found.set(r.id, { id: r.id, drugId: sections.drugId[r.id]!, key, scored });
      }
    }
    if (found.size > 0) return { rows: [...found.values()], used };
  }
  return { rows: [], used: [] };
}
