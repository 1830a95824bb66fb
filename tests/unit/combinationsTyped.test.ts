// Issue 14: a combination typed with spaces or "and" ("piperacillin tazobactam") is the combination, in
// `show`, in the search box and in a medication list; never its first component with the rest dropped.
import { beforeAll, describe, expect, it } from 'vitest';
import { isMatched, matchLine } from '../../electron/node/checker/matchDrug.ts';
import { parseLine } from '../../electron/node/checker/parseLine.ts';
import { monograph } from '../../electron/node/monograph/monograph.ts';
import type { Pack } from '../../electron/node/pack/openPack.ts';
import { search } from '../../electron/node/search/search.ts';
import { realPack } from '../support/pack.ts';

let pack: Pack;
beforeAll(async () => {
  pack = await realPack();
});

const COMBINATIONS: [string, string][] = [
  ['piperacillin tazobactam', 'piperacillin+tazobactam'],
  ['piperacillin and tazobactam', 'piperacillin+tazobactam'],
  ['pip-tazo', 'piperacillin+tazobactam'],
  ['Zosyn', 'piperacillin+tazobactam'],
  ['trimethoprim sulfamethoxazole', 'sulfamethoxazole+trimethoprim'],
  ['sulfamethoxazole trimethoprim', 'sulfamethoxazole+trimethoprim'],
  ['Bactrim', 'sulfamethoxazole+trimethoprim'],
  ['amoxicillin clavulanate', 'amoxicillin+clavulanate'],
  ['sacubitril valsartan', 'sacubitril+valsartan'],
  ['Entresto', 'sacubitril+valsartan'],
  ['oxycodone acetaminophen', 'acetaminophen+oxycodone'],
  ['Percocet', 'acetaminophen+oxycodone'],
];

describe('a combination typed with spaces or "and" is the combination', () => {
  it.each(COMBINATIONS)('show "%s" opens %s', (typed, id) => {
    const match = matchLine(pack.db, parseLine(typed));
    expect(isMatched(match) && match.matchedBy !== 'fuzzy' ? match.drugId : null).toBe(id);
    expect(monograph(pack.db, pack.meta, id, typed).drug.components.length).toBe(2);
  });

  it.each(COMBINATIONS)('the search box offers %s first as the combination', (typed, id) => {
    const r = search(pack.db, typed);
    expect(r.names[0]?.drugId).toBe(id);
    // Enter opens the combination: no answer card for a component when nothing else was asked.
    expect(r.answer).toBeNull();
  });

  it('the search box names the combination once, not its parts as two drugs to interact', () => {
    const r = search(pack.db, 'piperacillin tazobactam');
    expect(r.drugsNamed.map((d) => d.drugId)).toEqual(['piperacillin+tazobactam']);
    expect(search(pack.db, 'piperacillin taz').names[0]?.drugId).toBe('piperacillin+tazobactam');
  });

  it.each([
    ['piperacillin tazobactam 4.5 g IV q6h', 'piperacillin+tazobactam'],
    ['trimethoprim sulfamethoxazole DS 1 tab BID', 'sulfamethoxazole+trimethoprim'],
    ['amoxicillin clavulanate potassium 875 mg BID', 'amoxicillin+clavulanate'],
    ['sacubitril valsartan 24/26 mg BID', 'sacubitril+valsartan'],
  ])('the list line "%s" is checked as the combination', (line, id) => {
    const match = matchLine(pack.db, parseLine(line));
    expect(isMatched(match) ? [match.drugId, match.matchedBy] : null).toEqual([id, 'combination']);
  });

  it('two drugs side by side that are no combination in the pack stay what they were', () => {
    const match = matchLine(pack.db, parseLine('warfarin aspirin'));
    expect(isMatched(match) ? match.drugId : null).toBe('warfarin');
    expect(search(pack.db, 'warfarin aspirin').drugsNamed.map((d) => d.drugId)).toEqual(['warfarin', 'aspirin']);
  });
});
