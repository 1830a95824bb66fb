// A question's window of sections is cut to the rows shown without sorting it all: the first k must
// be those a stable sort gives, ties included.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstSorted } from '../../../electron/common/order.ts';

describe('firstSorted', () => {
  it('gives the first k of a stable sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.nat())),
        fc.integer({ min: -1, max: 40 }),
        (items, k) => {
          // Only the first member compared: equal items keep their order.
          const compare = (x: [number, number], y: [number, number]) => y[0] - x[0];
          expect(firstSorted(items, k, compare)).toEqual([...items].sort(compare).slice(0, Math.max(k, 0)));
        },
      ),
      { numRuns: 500, seed: 17 },
    );
  });
});
