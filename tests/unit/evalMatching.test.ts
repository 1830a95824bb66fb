// The matching floor of issue 12, on the real pack: tests/eval/matching, imported.
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateMatching, type MatchingEvaluation } from '../eval/matching/evaluateMatching.ts';
import { realPack } from '../support/pack.ts';

let result: MatchingEvaluation;
beforeAll(async () => {
  const pack = await realPack();
  result = evaluateMatching(pack.db, pack.meta);
});

describe('list-line matching quality (npm run eval:matching)', () => {
  it('has a test set of at least 300 lines, 30 of them not medicines', () => {
    expect(result.lines).toBeGreaterThanOrEqual(300);
    expect(result.nonMedicineLines).toBeGreaterThanOrEqual(30);
  });
  it('checks at least 97 % of medicine lines as exactly their ingredients', () => {
    expect(result.recallWithConfirmed).toBeGreaterThanOrEqual(0.97);
  });
  it('is confidently wrong on at most 0.5 % of lines', () => {
    expect(result.confidentWrongRate).toBeLessThanOrEqual(0.005);
  });
  it('never matches a line that is not a medicine', () => {
    expect(result.nonMedicineMatched).toBe(0);
  });
});
