// Name normalisation and the active moiety, directly: every lookup (search, list lines, the compiler's
// joins between sources) keys on these.
import { describe, expect, it } from 'vitest';
import {
  activeMoiety,
  drugIdFor,
  foldName,
  mayHaveOtherMoiety,
  moietyKey,
  splitIngredients,
} from '../../../electron/common/normalize.ts';

describe('foldName', () => {
  it.each([
    ['Tylenol® Extra-Strength (caplets)', 'tylenol extra-strength'],
    ['Citalopram  Hydrobromide', 'citalopram hydrobromide'],
    ['Acetaminophen\tTablets', 'acetaminophen tablets'],
    ['Crème', 'creme'],
  ])('%s → %s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});

describe('activeMoiety', () => {
  it.each([
    ['HYDROCODONE BITARTRATE', 'hydrocodone'],
    ['metoprolol succinate', 'metoprolol'],
    ['Lithium carbonate', 'lithium'],
    // leading salt words go too, but never down to a bare anion
    ['sodium valproate', 'valproate'],
    ['magnesium oxide', 'magnesium oxide'],
    ['potassium chloride', 'potassium chloride'],
    // the ion keeps its first anion
    ['sodium phosphate dibasic', 'sodium phosphate'],
    ['INSULIN GLARGINE RECOMBINANT', 'insulin glargine'],
    ['atorvastatin calcium propylene glycol solvate', 'atorvastatin'],
    ['Estrogens, conjugated', 'estrogens conjugated'],
  ])('%s → %s', (ingredient, moiety) => {
    expect(activeMoiety(ingredient)).toBe(moiety);
  });
});

describe('splitIngredients and moietyKey', () => {
  it.each([
    ['ACETAMINOPHEN; HYDROCODONE BITARTRATE', 2, 'acetaminophen / hydrocodone', 'acetaminophen+hydrocodone'],
    ['amoxicillin and clavulanate potassium', 2, 'amoxicillin / clavulanate', 'amoxicillin+clavulanate'],
    ['Sulfamethoxazole/Trimethoprim', 2, 'sulfamethoxazole / trimethoprim', 'sulfamethoxazole+trimethoprim'],
    // a part that is only a form word is not an ingredient
    ['nitrofurantoin monohydrate/macrocrystals', 2, 'nitrofurantoin', 'nitrofurantoin'],
    // a comma does not split: Drugs@FDA writes one ingredient so
    ['ESTROGENS, CONJUGATED', 1, 'estrogens conjugated', 'estrogens-conjugated'],
  ])('%s', (active, parts, key, id) => {
    expect(splitIngredients(active)).toHaveLength(parts);
    expect(moietyKey(active)).toBe(key);
    expect(drugIdFor(moietyKey(active))).toBe(id);
  });

  it('orders moieties, so that the same combination has one key however it is written', () => {
    expect(moietyKey('Trimethoprim + sulfamethoxazole')).toBe(moietyKey('Sulfamethoxazole/Trimethoprim'));
  });

  it('says when a folded name may have another moiety, and never misses one', () => {
    expect(mayHaveOtherMoiety('warfarin')).toBe(false);
    expect(mayHaveOtherMoiety('metoprolol tartrate')).toBe(true);
    expect(mayHaveOtherMoiety('a/b')).toBe(true);
    for (const name of ['warfarin', 'metoprolol tartrate', 'insulin glargine recombinant', 'lisinopril']) {
      if (!mayHaveOtherMoiety(name)) expect(moietyKey(name)).toBe(name);
    }
  });
});
