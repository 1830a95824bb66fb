// The full-text query as FTS4 is given it (a rare anchor repeated inside each alternative of the
// other groups, a short prefix spelt out as its words) must find the same sections with the same
// hit counts as the plain query "(a OR b) (c OR d*)" on the real pack.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Database } from 'sql.js';
import { all } from '../../electron/node/queries/rows.ts';
import { FULLTEXT_SQL, prefixFrequency } from '../../electron/node/queries/sections.ts';
import {
  ANCHOR_MAX_DOCUMENTS,
  matchExpression,
  matchingSections,
  RANK_WINDOW,
} from '../../electron/node/search/fullText.ts';
import type { Alternative, Group } from '../../electron/node/search/question.ts';
import { realPack } from '../support/pack.ts';

let db: Database;
let rare: Alternative[];
let common: Alternative[];
let prefixes: Alternative[];
beforeAll(async () => {
  db = (await realPack()).db;
  const word = (term: string, documents: number): Alternative => ({
    tokens: [term],
    weight: 1,
    kind: 'exact',
    prefix: false,
    documents,
  });
  const terms = (sql: string) => all<{ term: string; documents: number }>(db, sql);
  rare = terms(
    `SELECT term, documents FROM term_df WHERE documents BETWEEN 40 AND ${ANCHOR_MAX_DOCUMENTS} AND term GLOB '[a-z]*' ORDER BY documents DESC LIMIT 300`,
  ).map((r) => word(r.term, r.documents));
  common = terms(
    `SELECT term, documents FROM term_df WHERE documents > 800 AND term GLOB '[a-z]*' ORDER BY documents DESC LIMIT 200`,
  ).map((r) => word(r.term, r.documents));
  // Prefixes starting a few words and starting many (the plain prefix query is kept for those).
  prefixes = ['dos', 'dose', 'renal', 'hepatotox', 'infus', 'day', 'stor', 'refrig', 'pregnan', 'crush', 'inj'].map(
    (p) => ({ ...word(p, prefixFrequency(db, p)), prefix: true }),
  );
});

/** The plain query: each group's alternatives ORed, FTS4's own prefix syntax, counts per alternative. */
function plain(groups: Group[]) {
  const phrases: [number, number][] = [];
  const match = groups
    .map((g, gi) => {
      const alts = g.alts.map((a, ai) => {
        phrases.push([gi, ai]);
        return `"${a.tokens.join(' ')}${a.prefix ? '*' : ''}"`;
      });
      return alts.length > 1 ? `(${alts.join(' OR ')})` : alts[0]!;
    })
    .join(' ');
  return all<{ id: number; info: Uint8Array }>(db, FULLTEXT_SQL, [match, RANK_WINDOW]).map((r) => {
    const v = new Uint32Array(r.info.buffer, r.info.byteOffset, r.info.byteLength / 4);
    const counts = new Map<string, number>();
    phrases.forEach(([gi, ai], p) => {
      if (v[p]) counts.set(`${gi}:${ai}`, v[p]);
    });
    return { id: r.id, counts };
  });
}

const group = (alts: Alternative[]): Group => ({ label: 'w', alts, drugId: null, sections: [] });

describe('the full-text query as written for FTS4', () => {
  it('finds the sections and counts of the plain query', () => {
    const alternative = fc.oneof(fc.constantFrom(...common), fc.constantFrom(...rare), fc.constantFrom(...prefixes));
    const groups = fc.tuple(
      // A rare word alone (an anchor) and groups of alternatives, common words, prefixes.
      fc.constantFrom(...rare).map((a) => group([a])),
      fc.array(fc.uniqueArray(alternative, { minLength: 1, maxLength: 4, selector: (a) => a.tokens[0] }).map(group), {
        minLength: 1,
        maxLength: 3,
      }),
    );
    let anchored = 0;
    fc.assert(
      fc.property(groups, ([anchor, rest]) => {
        const gs = [anchor, ...rest];
        const indices = gs.map((_, i) => i);
        if (matchExpression(db, gs, indices).phrases.includes(null)) anchored++;
        const sorted = (rows: { id: number; counts: Map<string, number> }[]) =>
          rows.map((r) => [r.id, [...r.counts].sort()]);
        expect(sorted(matchingSections(db, gs, indices))).toEqual(sorted(plain(gs)));
      }),
      { numRuns: 150, seed: 17 },
    );
    expect(anchored).toBeGreaterThan(50);
  });

  it('keeps a prefix inside a group of alternatives a prefix', () => {
    // Written "storag"* FTS4 read the following OR as a required word "or": the group found nothing.
    const storage = { ...rare[0]!, tokens: ['storag'], prefix: true, documents: prefixFrequency(db, 'storag') };
    const gs = [
      group([{ ...rare[0]!, tokens: ['warfarin'] }]),
      group([storage, { ...storage, tokens: ['refrigerate'], prefix: false }]),
    ];
    const rows = matchingSections(db, gs, [0, 1]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => (r.counts.get('1:0') ?? 0) > 0)).toBe(true);
    expect(rows.map((r) => r.id)).toEqual(plain(gs).map((r) => r.id));
  });
});
