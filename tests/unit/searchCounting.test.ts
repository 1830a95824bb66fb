// A named drug's sections are ranked by how often each alternative occurs in their tokens, counted
// without listing every occurrence: the counts (and their order) must be those of the occurrences.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Database } from 'sql.js';
import { all } from '../../electron/node/queries/rows.ts';
import { occurrenceCounter, occurrences } from '../../electron/node/search/matching.ts';
import type { Alternative, Group } from '../../electron/node/search/question.ts';
import { tokens } from '../../electron/node/search/sentences.ts';
import { realPack } from '../support/pack.ts';

let db: Database;
let texts: string[];
let words: string[];
beforeAll(async () => {
  db = (await realPack()).db;
  texts = all<{ text: string }>(db, 'SELECT text FROM section WHERE id % 50 = 0').map((r) => r.text);
  words = all<{ term: string }>(
    db,
    'SELECT term FROM term_df WHERE documents > 30 ORDER BY documents DESC LIMIT 400',
  ).map((r) => r.term);
});

describe('counting occurrences in a section', () => {
  it('gives the counts of the occurrences found, in the order they are first found', () => {
    const alternative = fc
      .tuple(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([tokens, prefix]): Alternative => ({
        tokens: prefix ? [tokens[0]!.slice(0, Math.max(2, tokens[0]!.length - 2))] : tokens,
        weight: 1,
        kind: 'exact',
        prefix,
        documents: 1,
      }));
    const groups = fc.array(
      fc
        .array(alternative, { minLength: 1, maxLength: 4 })
        .map((alts): Group => ({ label: 'w', alts, drugId: null, sections: [] })),
      { minLength: 1, maxLength: 4 },
    );
    let counted = 0;
    fc.assert(
      fc.property(groups, fc.nat(), (gs, pick) => {
        const t = tokens(texts[pick % texts.length]!);
        const expected = new Map<string, number>();
        for (const o of occurrences(t, gs))
          expected.set(`${o.group}:${o.alt}`, (expected.get(`${o.group}:${o.alt}`) ?? 0) + 1);
        const counts = occurrenceCounter(gs)(t);
        if (counts.size > 0) counted++;
        expect([...counts]).toEqual([...expected]);
      }),
      { numRuns: 300, seed: 17 },
    );
    expect(counted).toBeGreaterThan(100);
  });
});
