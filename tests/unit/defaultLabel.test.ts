// Issue 14: a drug asked for without product detail opens the original packager's label (the application holder
// or its manufacturer), not a repackager's copy, even a newer or more complete one; on the real pack.
import { beforeAll, describe, expect, it } from 'vitest';
import { readOpenFdaRecord } from '../../data/compiler/labels/openFda.ts';
import { monograph } from '../../electron/node/monograph/monograph.ts';
import type { Pack } from '../../electron/node/pack/openPack.ts';
import { realPack } from '../support/pack.ts';

let pack: Pack;
beforeAll(async () => {
  pack = await realPack();
});

const record = (openfda: Record<string, unknown>) =>
  readOpenFdaRecord({ openfda: { generic_name: ['WARFARIN SODIUM'], ...openfda }, indications_and_usage: ['x'] }, 't');

describe('the default label is the original packager’s', () => {
  it('reads openFDA’s packager fields', () => {
    expect(record({ is_original_packager: [true] }).repackaged).toBe(false);
    expect(record({ original_packager_product_ndc: ['0093-1713'] }).repackaged).toBe(true);
    expect(record({}).repackaged).toBeUndefined();
  });

  it.each([
    ['warfarin', /Teva/],
    ['atorvastatin', /Parke-Davis/],
  ])('%s opens %s’s label, not a repackager’s', (drug, maker) => {
    const m = monograph(pack.db, pack.meta, drug);
    expect(m.label?.manufacturer).toMatch(maker);
  });
});
