// Full-text search over every drug's sections. Each group of the question is "(word OR other form
// OR synonym)", groups joined by AND, as an FTS4 query would read it, but combined here from each
// word's and phrase's stored sections (term_hits): FTS4 loads the position list of every
// alternative of an OR group. When no section holds every group, the largest subsets that match are
// searched instead (rarest words kept first), so a question never comes back empty while any of its
// words is in the pack.
import type { Database } from 'sql.js';
import { isSectionKey, type SectionKey } from '../../common/sections.ts';
import { sectionIndex } from '../queries/searchData.ts';
import { matches, type MatchRow } from '../queries/sections.ts';
import { termHits, wordsStartingHits } from '../queries/termHits.ts';
import { decodeHits, type Hits } from '../../../shared/pack/termHits.ts';
import { countKey, scoreCounts, type Bm25Context, type Scored } from './matching.ts';
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

const NO_HITS: Hits = { docs: new Int32Array(0), counts: new Int32Array(0) };

/**
 * An alternative's stored lists of sections and hits: its word or phrase, or for a one-word prefix
 * every index word it starts (FTS4's prefix query is the OR of those words and counts their hits
 * together). A phrase not stored (a drug name of several words, a quoted phrase) is asked of FTS4 alone.
 */
function hitsOf(db: Database, a: Alternative): Hits[] {
  const phrase = a.tokens.join(' ');
  if (a.prefix && a.tokens.length === 1) return wordsStartingHits(db, phrase).map(decodeHits);
  const stored = termHits(db, phrase);
  if (stored) return [decodeHits(stored)];
  let rows: MatchRow[];
  try {
    rows = matches(db, `"${phrase}${a.prefix ? '*' : ''}"`, -1);
  } catch {
    return [NO_HITS];
  }
  const docs = new Int32Array(rows.length);
  const counts = new Int32Array(rows.length);
  rows.forEach((r, i) => {
    docs[i] = r.id;
    counts[i] = new Uint32Array(r.info.buffer, r.info.byteOffset, 1)[0]!;
  });
  return [{ docs, counts }];
}

/** Hits read once per search: the subsets of groups tried share their alternatives. */
export type HitsCache = Map<string, Hits[]>;

function cachedHits(db: Database, cache: HitsCache, a: Alternative): Hits[] {
  const key = `${a.tokens.join(' ')}${a.prefix ? '*' : ''}`;
  let hits = cache.get(key);
  if (!hits) {
    hits = hitsOf(db, a);
    cache.set(key, hits);
  }
  return hits;
}

/** Per pack, a mark and a slot per section id: sections are matched without sorting or maps. */
interface Scratch {
  mark: Uint32Array;
  slot: Int32Array;
  round: number;
}
const scratchOf = perPack((db): Scratch => {
  const ids = sectionsOf(db).key.length;
  return { mark: new Uint32Array(ids), slot: new Int32Array(ids), round: 0 };
});

/**
 * The sections holding every one of these groups (the first RANK_WINDOW by section id, as FTS4 gives
 * them), with each alternative's hits: what FTS4 finds for "(a OR b) (c OR d)" and counts with
 * matchinfo 'y', combined from each phrase's stored sections. The smallest group's sections are
 * marked, and each other group keeps those of them its phrases hold.
 */
export function matchingSections(
  db: Database,
  groups: Group[],
  indices: number[],
  cache: HitsCache = new Map(),
): { id: number; counts: Map<string, number> }[] {
  const scratch = scratchOf(db);
  const { mark, slot } = scratch;
  const lists = indices.map((gi) =>
    groups[gi]!.alts.flatMap((a, ai) => cachedHits(db, cache, a).map((hits) => ({ key: countKey(gi, ai), hits }))),
  );
  if (lists.length === 0) return [];
  const size = (list: { hits: Hits }[]) => list.reduce((n, l) => n + l.hits.docs.length, 0);
  const order = lists.map((_, k) => k).sort((x, y) => size(lists[x]!) - size(lists[y]!));
  const first = lists[order[0]!]!;
  let candidates: Int32Array;
  if (first.length === 1) candidates = first[0]!.hits.docs;
  else {
    const all = new Int32Array(size(first));
    let n = 0;
    for (const l of first) {
      all.set(l.hits.docs, n);
      n += l.hits.docs.length;
    }
    all.sort();
    let unique = 0;
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i]!;
    candidates = all.subarray(0, unique);
  }
  let round = ++scratch.round;
  for (const d of candidates) mark[d] = round;
  for (const k of order.slice(1)) {
    round = ++scratch.round;
    for (const l of lists[k]!) for (const d of l.hits.docs) if (mark[d] === round - 1) mark[d] = round;
  }
  const rows: { id: number; counts: Map<string, number> }[] = [];
  for (let i = 0; i < candidates.length && rows.length < RANK_WINDOW; i++) {
    const d = candidates[i]!;
    if (mark[d] !== round) continue;
    rows.push({ id: d, counts: new Map() });
    slot[d] = rows.length;
  }
  // Counted in the order of FTS4's phrases (group, alternative, word of a prefix).
  for (const list of lists)
    for (const { key, hits } of list)
      for (let i = 0; i < hits.docs.length; i++) {
        const s = slot[hits.docs[i]!]!;
        if (s === 0 || hits.counts[i] === 0) continue;
        const counts = rows[s - 1]!.counts;
        counts.set(key, (counts.get(key) ?? 0) + hits.counts[i]!);
      }
  for (const r of rows) slot[r.id] = 0;
  return rows;
}

export interface FtsResult {
  rows: FtsRow[];
  /** The groups the best rows hold together (all of them unless the search fell back to fewer). */
  used: number[];
}

/** Sections holding the most groups, each scored by weighted BM25 over the groups it holds. */
export function searchSections(db: Database, groups: Group[], ctx: Bm25Context): FtsResult {
  const sections = sectionsOf(db);
  const cache: HitsCache = new Map();
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
      const rows = matchingSections(db, groups, s, cache);
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
