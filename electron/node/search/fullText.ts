// Full-text search over every drug's sections (FTS4: sql.js has no FTS5). Each group of the
// question becomes "(word OR other form OR synonym)", groups joined by AND; when no section holds
// every group, the largest subsets that match are searched instead (rarest words kept first), so
// a question never comes back empty while any of its words is in the pack.
import type { Database } from 'sql.js';
import { isSectionKey, type SectionKey } from '../../common/sections.ts';
import { sectionIndex } from '../queries/searchData.ts';
import { matches, wordsWithPrefix } from '../queries/sections.ts';
import { scoreCounts, type Bm25Context, type Scored } from './matching.ts';
import type { Alternative, Group } from './question.ts';
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

/**
 * The phrases an alternative stands for: itself, or a one-word prefix as the index words it starts
 * when they are few (FTS4's prefix query is the OR of those words, and counts their hits together).
 * Written as words, each can be deferred under an anchor (below); a prefix query cannot.
 */
const MAX_PREFIX_WORDS = 32;
function phrasesOf(db: Database, a: Alternative): string[] {
  if (!a.prefix) return [`"${a.tokens.join(' ')}"`];
  const last = a.tokens[a.tokens.length - 1]!;
  const words = a.tokens.length === 1 ? wordsWithPrefix(db, last, MAX_PREFIX_WORDS + 1) : [];
  if (words.length === 0 || words.length > MAX_PREFIX_WORDS) return [`"${a.tokens.join(' ')}*"`];
  return words.map((w) => `"${w}"`);
}

/**
 * A group of one rare phrase that every matching section holds, repeated inside each alternative of
 * the other groups: "A (b OR c)" is written "A ((A b) OR (A c))". The rows and counts are the same, but
 * FTS4 then reads a common alternative by re-reading only the sections A is in (a deferred token)
 * instead of loading its whole posting list, which it must do for an alternative under a plain OR.
 */
export const ANCHOR_MAX_DOCUMENTS = 3000;

function anchorOf(groups: Group[], indices: number[]): number | null {
  let anchor: number | null = null;
  for (const gi of indices) {
    const alts = groups[gi]!.alts;
    if (alts.length !== 1 || alts[0]!.prefix || alts[0]!.documents > ANCHOR_MAX_DOCUMENTS) continue;
    if (anchor === null || alts[0]!.documents < groups[anchor]!.alts[0]!.documents) anchor = gi;
  }
  return anchor;
}

/**
 * The MATCH expression for these groups and, in order, which group and alternative each phrase
 * counts for (null for a repeated anchor, whose count is read once).
 */
export function matchExpression(
  db: Database,
  groups: Group[],
  indices: number[],
): { match: string; phrases: ([number, number] | null)[] } {
  const phrases: ([number, number] | null)[] = [];
  const anchor = anchorOf(groups, indices);
  const anchorPhrase = anchor === null ? '' : phrasesOf(db, groups[anchor]!.alts[0]!)[0]!;
  const parts = indices.map((gi) => {
    const group = groups[gi]!.alts.map((a, ai) => ({ ai, list: phrasesOf(db, a) }));
    const anchored = anchor !== null && gi !== anchor && group.reduce((n, g) => n + g.list.length, 0) > 1;
    const alts = group.flatMap(({ ai, list }) =>
      list.map((phrase) => {
        if (!anchored) {
          phrases.push([gi, ai]);
          return phrase;
        }
        phrases.push(null, [gi, ai]);
        return `(${anchorPhrase} ${phrase})`;
      }),
    );
    return alts.length > 1 ? `(${alts.join(' OR ')})` : alts[0]!;
  });
  return { match: parts.join(' '), phrases };
}

/** Counts per alternative from an FTS4 matchinfo 'y' blob (one column: a phrase's hits in this row). */
function readCounts(info: Uint8Array, phrases: ([number, number] | null)[]): Map<string, number> {
  const v = new Uint32Array(info.buffer, info.byteOffset, info.byteLength / 4);
  const counts = new Map<string, number>();
  phrases.forEach((phrase, p) => {
    const tf = v[p] ?? 0;
    if (!phrase || tf === 0) return;
    const key = `${phrase[0]}:${phrase[1]}`;
    counts.set(key, (counts.get(key) ?? 0) + tf);
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

/**
 * The sections holding every one of these groups (the first RANK_WINDOW by docid), with each
 * alternative's hits; none when FTS4 refuses the expression.
 */
export function matchingSections(
  db: Database,
  groups: Group[],
  indices: number[],
): { id: number; counts: Map<string, number> }[] {
  const { match, phrases } = matchExpression(db, groups, indices);
  try {
    return matches(db, match, RANK_WINDOW).map((r) => ({ id: r.id, counts: readCounts(r.info, phrases) }));
  } catch {
    return [];
  }
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
      const rows = matchingSections(db, groups, s);
      if (rows.length > 0 && used.length === 0) used = s;
      for (const r of rows) {
        const key = sections.key[r.id];
        if (key === undefined || !isSectionKey(key) || found.has(r.id)) continue;
        const scored = scoreCounts(ctx, groups, r.counts, sections.length[r.id]!);
        found.set(r.id, { id: r.id, drugId: sections.drugId[r.id]!, key, scored });
      }
    }
    if (found.size > 0) return { rows: [...found.values()], used };
  }
  return { rows: [], used: [] };
}
