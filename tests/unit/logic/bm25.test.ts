// Question search's ranking, directly: BM25 per word, and a group's alternatives weighted so that the
// word as typed outranks its other forms and synonyms.
import { describe, expect, it } from 'vitest';
import {
  idf,
  occurrenceCounter,
  occurrences,
  scoreCounts,
  termScore,
  type Bm25Context,
} from '../../../electron/node/search/matching.ts';
import type { Alternative, Group } from '../../../electron/node/search/question.ts';
import { tokens } from '../../../electron/node/search/sentences.ts';

const ctx: Bm25Context = { sections: 10_000, averageLength: 300 };
const alt = (word: string, kind: Alternative['kind'], documents = 50, prefix = false): Alternative => ({
  tokens: word.split(' '),
  weight: kind === 'exact' ? 1 : kind === 'form' ? 0.7 : 0.6,
  kind,
  prefix,
  documents,
});
const group = (label: string, alts: Alternative[]): Group => ({ label, alts, drugId: null, sections: [] });

describe('BM25 term score', () => {
  it('rates a rarer word higher', () => {
    expect(idf(ctx, 5)).toBeGreaterThan(idf(ctx, 500));
    expect(termScore(ctx, 1, 5, 300)).toBeGreaterThan(termScore(ctx, 1, 500, 300));
  });

  it('grows with the count but saturates, and is zero for a word not there', () => {
    const s = [0, 1, 2, 4, 8].map((tf) => termScore(ctx, tf, 50, 300));
    expect(s[0]).toBe(0);
    for (let i = 1; i < s.length - 1; i++) {
      expect(s[i + 1]!).toBeGreaterThan(s[i]!);
      expect(s[i + 1]! - s[i]!).toBeLessThan(s[i]! - s[i - 1]!);
    }
    // k1 = 1.2: the score never reaches (k1 + 1) × idf
    expect(termScore(ctx, 1000, 50, 300)).toBeLessThan(2.2 * idf(ctx, 50));
  });

  it('rates the same count lower in a longer section', () => {
    expect(termScore(ctx, 2, 50, 100)).toBeGreaterThan(termScore(ctx, 2, 50, 1000));
  });
});

describe('scoring a section', () => {
  const groups = [group('crushing', [alt('crushing', 'exact'), alt('crush', 'form'), alt('chew', 'synonym')])];

  it('ranks the word as typed above another form, and that above a synonym', () => {
    const score = (key: string) => scoreCounts(ctx, groups, new Map([[key, 2]]), 300).score;
    expect(score('0:0')).toBeGreaterThan(score('0:1'));
    expect(score('0:1')).toBeGreaterThan(score('0:2'));
  });

  it('counts the best alternative fully and the others a quarter', () => {
    const counts = new Map([
      ['0:0', 1],
      ['0:2', 3],
    ]);
    const typed = termScore(ctx, 1, 50, 300);
    const synonym = 0.6 * termScore(ctx, 3, 50, 300);
    const best = Math.max(typed, synonym);
    const scored = scoreCounts(ctx, groups, counts, 300);
    expect(scored.score).toBeCloseTo(best + 0.25 * (typed + synonym - best), 10);
    expect(scored.exact).toBe(1);
    expect([...scored.matched]).toEqual([0]);
  });

  it('finds words, phrases and prefixes in the tokens, and counts them per alternative', () => {
    const question = [
      group('black box', [alt('black box', 'exact'), alt('boxed', 'synonym')]),
      group('hepat', [alt('hepat', 'exact', 50, true)]),
    ];
    const found = occurrences(tokens('Boxed warning: a black box for hepatotoxicity and hepatic failure.'), question);
    expect(
      occurrenceCounter(question)(tokens('Boxed warning: a black box for hepatotoxicity and hepatic failure.')),
    ).toEqual(
      new Map([
        ['0:1', 1],
        ['0:0', 1],
        ['1:0', 2],
      ]),
    );
    expect(found.find((o) => o.group === 0 && o.alt === 0)?.length).toBe(2);
  });
});
