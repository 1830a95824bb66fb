// Spelling correction's distance, directly: optimal string alignment with an early give-up bound.
import { describe, expect, it } from 'vitest';
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
