import { beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../electron/node/pack/openPack.ts';
import { isMatched, lookupKeys, matchLine } from '../../electron/node/checker/matchDrug.ts';
import { parseLine } from '../../electron/node/checker/parseLine.ts';
import { nameIndex } from '../../electron/node/search/nameIndex.ts';
import { realPack } from '../support/pack.ts';

let pack: Pack;
beforeAll(async () => {
  pack = await realPack();
});

const sentence = (words: number) =>
  Array.from({ length: words }, (_, i) => ['patient', 'should', 'follow', 'up', 'with', 'the', 'clinic'][i % 7]).join(
    ' ',
  );

describe('matching is linear in the words of a line', () => {
  it('tries a bounded number of keys however long the line', () => {
    const index = nameIndex(pack.db);
    const sixty = lookupKeys(index, sentence(60)).length;
    expect(sixty).toBeGreaterThan(0);
    expect(sixty).toBeLessThanOrEqual(24);
    expect(lookupKeys(index, sentence(40)).length).toBe(sixty);
    expect(lookupKeys(index, `warfarin ${sentence(59)}`).length).toBeLessThanOrEqual(
      2 * (index.wordsAfter.get('warfarin') ?? 0),
    );
  });

  it('answers a 60-word line, and still finds the drug at its start', () => {
    const long = matchLine(pack.db, parseLine(sentence(60)));
    expect(long.input).toBe(sentence(60));
    const drug = matchLine(pack.db, parseLine(`Metoprolol succinate ER ${sentence(60)}`));
    expect(isMatched(drug) && drug.drugId).toBe('metoprolol');
  });
});
