// Issue 14: a salt, release, route or brand query opens that product's label, or says which words no label in
// the pack has (tests/eval/formulations.ts, `npm run eval:formulations`), on the real pack.
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMULATION_QUERIES, formulationRows, type FormulationRow } from '../eval/formulations.ts';
import { realPack } from '../support/pack.ts';

let rows: FormulationRow[];
beforeAll(async () => {
  rows = formulationRows(await realPack());
});

describe('formulation-specific queries (npm run eval:formulations)', () => {
  it('has at least 30 queries, each recognised as its drug', () => {
    expect(FORMULATION_QUERIES.length).toBeGreaterThanOrEqual(30);
    expect(rows.filter((r) => r.outcome === 'not-recognised')).toEqual([]);
  });
  it('opens the product’s own label whenever the pack has one', () => {
    expect(rows.filter((r) => r.outcome === 'wrong')).toEqual([]);
  });
  it('says which words no label has when the pack has no label of that product, never silently', () => {
    expect(rows.filter((r) => r.outcome === 'absent-silent')).toEqual([]);
  });
  it('opens "Procardia XL" on an extended-release label, not the immediate-release Procardia label', () => {
    expect(rows.find((r) => r.query === 'Procardia XL')?.shown).toMatch(/extended-release/);
  });
});
