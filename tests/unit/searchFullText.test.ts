// The question search combines each word's and phrase's stored sections (term_hits) instead of
// asking FTS4: it must find the same sections with the same hit counts as the plain FTS4 query
// "(a OR b) (c OR d*)" on the real pack, and term_hits must hold what the FTS4 index holds.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Database } from 'sql.js';
import { all } from '../../electron/node/queries/rows.ts';
import { FULLTEXT_SQL, prefixFrequency } from '../../electron/node/queries/sections.ts';
import { termHits } from '../../electron/node/queries/termHits.ts';
import { matchingSections, RANK_WINDOW } from '../../electron/node/search/fullText.ts';
import type { Alternative, Group } from '../../electron/node/search/question.ts';
import { decodeHits, encodeHits } from '../../shared/pack/termHits.ts';
import { realPack } from '../support/pack.ts';

let db: Database;
let rare: Alternative[];
let common: Alternative[];
let prefixes: Alternative[];
let stored: Alternative[];
let unstored: Alternative[];
const word = (tokens: string[], documents: number, prefix = false): Alternative => ({
  tokens,
  weight: 1,
  kind: 'exact',
  prefix,
  documents,
});
beforeAll(async () => {
  db = (await realPack()).db;
  const terms = (sql: string) => all<{ term: string; documents: number }>(db, sql);
  rare = terms(
    `SELECT term, documents FROM term_df WHERE documents BETWEEN 40 AND 3000 AND term GLOB '[a-z]*' ORDER BY documents DESC LIMIT 300`,
  ).map((r) => word([r.term], r.documents));
  common = terms(
    `SELECT term, documents FROM term_df WHERE documents > 800 AND term GLOB '[a-z]*' ORDER BY documents DESC LIMIT 200`,
  ).map((r) => word([r.term], r.documents));
  // Prefixes starting a few words (read as those words) and many (FTS4's own prefix query).
  prefixes = [
    'dos',
    'dose',
    'renal',
    'hepatotox',
    'infus',
    'day',
    'stor',
    'refrig',
    'pregnan',
    'crush',
    'inj',
    'co',
  ].map((p) => word([p], prefixFrequency(db, p), true));
  // Phrases of the synonym table (stored) and two-word runs of drug names (not stored: FTS4 alone).
  stored = all<{ phrase: string }>(db, "SELECT phrase FROM term_hits WHERE phrase LIKE '% %'").map((r) =>
    word(r.phrase.split(' '), 1),
  );
  unstored = ['potassium chloride', 'insulin glargine', 'sodium bicarbonate', 'fentanyl patch', 'of the'].map((p) =>
    word(p.split(' '), 1),
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
const sorted = (rows: { id: number; counts: Map<string, number> }[]) => rows.map((r) => [r.id, [...r.counts].sort()]);

describe('the full-text query combined from stored sections', () => {
  it('finds the sections and counts of the plain FTS4 query', () => {
    const alternative = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...common) },
      { weight: 3, arbitrary: fc.constantFrom(...rare) },
      { weight: 2, arbitrary: fc.constantFrom(...prefixes) },
      { weight: 2, arbitrary: fc.constantFrom(...stored) },
      { weight: 1, arbitrary: fc.constantFrom(...unstored) },
    );
    const groups = fc.array(
      fc.uniqueArray(alternative, { minLength: 1, maxLength: 5, selector: (a) => a.tokens.join(' ') }).map(group),
      { minLength: 1, maxLength: 4 },
    );
    let full = 0;
    fc.assert(
      fc.property(groups, (gs) => {
        const indices = gs.map((_, i) => i);
        const expected = plain(gs);
        if (expected.length === RANK_WINDOW) full++;
        expect(sorted(matchingSections(db, gs, indices))).toEqual(sorted(expected));
      }),
      { numRuns: 200, seed: 17 },
    );
    // The window cut (the first RANK_WINDOW sections by id) is exercised too.
    expect(full).toBeGreaterThan(2);
  });

  it('keeps a prefix inside a group of alternatives a prefix', () => {
    const storage = word(['storag'], prefixFrequency(db, 'storag'), true);
    const gs = [group([word(['warfarin'], 1)]), group([storage, word(['refrigerate'], 1)])];
    const rows = matchingSections(db, gs, [0, 1]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => (r.counts.get('1:0') ?? 0) > 0)).toBe(true);
    expect(sorted(rows)).toEqual(sorted(plain(gs)));
  });
});

describe('term_hits', () => {
  it('holds every index word with the sections and hits FTS4 finds for it', () => {
    const words = all<{ term: string; documents: number }>(db, 'SELECT term, documents FROM term_df');
    for (const { term, documents } of words)
      expect([term, decodeHits(termHits(db, term)!).docs.length]).toEqual([term, documents]);
    // Hits per section for a spread of words, and for every stored phrase.
    const sample = [
      ...words.filter((_, i) => i % 97 === 0).map((w) => w.term),
      ...stored.map((a) => a.tokens.join(' ')),
    ];
    for (const phrase of sample) {
      const fts = all<{ id: number; info: Uint8Array }>(db, FULLTEXT_SQL, [`"${phrase}"`, -1]).map((r) => [
        r.id,
        new Uint32Array(r.info.buffer, r.info.byteOffset, 1)[0],
      ]);
      const hits = decodeHits(termHits(db, phrase)!);
      expect([phrase, [...hits.docs].map((d, i) => [d, hits.counts[i]])]).toEqual([phrase, fts]);
    }
    expect(sample.length).toBeGreaterThan(300);
  });

  it('encodes and decodes any ascending sections with their hits', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 31 - 1 })), fc.nat(), (ids, seed) => {
        const docs = [...ids].sort((a, b) => a - b);
        const counts = docs.map((d) => ((d + seed) % 300) + 1);
        const back = decodeHits(encodeHits(docs, counts));
        expect([[...back.docs], [...back.counts]]).toEqual([docs, counts]);
      }),
    );
  });
});
