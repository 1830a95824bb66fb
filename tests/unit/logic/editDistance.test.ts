// Spelling correction's distance, directly: optimal string alignment with an early give-up bound.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allowedEdits, editDistance } from '../../../electron/node/search/editDistance.ts';

describe('editDistance', () => {
  it.each([
    ['amoxicilin', 'amoxicillin', 2, 1], // a letter left out
    ['metoprolol', 'metorpolol', 2, 1], // two letters swapped count once
    ['warfarin', 'warfarin', 1, 0],
    ['kitten', 'sitting', 5, 3],
    // optimal string alignment, not unrestricted Damerau–Levenshtein: no edit inside a transposition
    ['ca', 'abc', 3, 3],
  ])('%s → %s (at most %i): %i', (a, b, max, distance) => {
    expect(editDistance(a, b, max)).toBe(distance);
  });

  it('gives up past the bound with max + 1, from the lengths alone or row by row', () => {
    expect(editDistance('abc', 'abcdef', 2)).toBe(3);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('is the full table’s optimal string alignment distance when within the bound, and over it otherwise', () => {
    const osa = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + +(a[i - 1] !== b[j - 1]));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      return d[a.length]![b.length]!;
    };
    const word = fc.stringMatching(/^[abcd]{0,12}$/);
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 6 }), (a, b, max) => {
        expect(Math.min(editDistance(a, b, max), max + 1)).toBe(Math.min(osa(a, b), max + 1));
      }),
      { numRuns: 2000, seed: 17 },
    );
    // Words longer than any compared so far (the reused rows grow).
    expect(editDistance('a'.repeat(200), `${'a'.repeat(199)}b`, 3)).toBe(1);
  });

  it('is symmetric', () => {
    for (const [a, b] of [
      ['amoxicilin', 'amoxicillin'],
      ['metoprolol', 'metorpolol'],
      ['hydroxyzine', 'hydralazine'],
    ] as const)
      expect(editDistance(a, b, 5)).toBe(editDistance(b, a, 5));
  });
});

describe('allowedEdits', () => {
  it('allows none under four letters, then one, two, three as words grow', () => {
    expect([1, 3, 4, 6, 7, 10, 11, 20].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});
