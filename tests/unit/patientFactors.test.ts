// Conditions and allergies as a user types them, read against the real pack's patient factors.
import { beforeAll, describe, expect, it } from 'vitest';
import { matchPatientFactors } from '../../electron/node/checker/patientFactors.ts';
import { patientFactors } from '../../electron/node/queries/knowledgeBase.ts';
import type { Pack } from '../../electron/node/pack/openPack.ts';
import { realPack } from '../support/pack.ts';

let pack: Pack;
beforeAll(async () => {
  pack = await realPack();
});

const read = (kind: 'condition' | 'allergy', input: string) => matchPatientFactors(pack.db, kind, [input])[0]!.label;
const labelOf = (kind: 'condition' | 'allergy', id: string) =>
  patientFactors(pack.db).find((f) => f.kind === kind && f.id === id)!.label;

describe('patient factors typed with a slip', () => {
  it.each([
    ['allergy', 'penicilin', 'penicillin'],
    ['allergy', 'sulfonamids', 'sulfonamide-antibiotic'],
    ['condition', 'pregnacy', 'pregnancy'],
    ['condition', 'renal impairmnet', 'renal-impairment'],
  ] as const)('%s "%s" reads as the one factor it misspells', (kind, input, id) => {
    expect(read(kind, input)).toBe(labelOf(kind, id));
  });

  it('a slip in the first letters never turns one factor into another ("hypokalemia" is not hyperkalaemia)', () => {
    const factors = patientFactors(pack.db).filter((f) => f.kind === 'condition');
    const hyper = factors.find((f) => /hyperkal/i.test(f.label))!;
    const hypo = factors.find((f) => /hypokal/i.test(f.label))!;
    expect(read('condition', 'hypokalemia')).toBe(hypo.label);
    expect(read('condition', 'hyperkalemia')).toBe(hyper.label);
    // One letter changed inside the first five: not read as either.
    expect(read('condition', 'hypxrkalemia')).toBeNull();
  });

  it('a slip that fits two factors, or none, stays not checked', () => {
    // "impairmnet" is a word of kidney and of liver impairment.
    expect(read('condition', 'impairmnet')).toBeNull();
    expect(read('allergy', 'zzzzzz')).toBeNull();
  });
});
