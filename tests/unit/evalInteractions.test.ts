// The quality floor of issue 4, on the real pack: the evaluation functions of tests/eval, imported.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../electron/node/pack/openPack.ts';
import { checkList } from '../../electron/node/checker/check.ts';
import { evaluateAll, type Evaluation } from '../eval/evaluate.ts';
import { QT_CUMULATIVE_RULE } from '../eval/qt.ts';
import { realPack } from '../support/pack.ts';

let pack: Pack;
let result: Evaluation;
beforeAll(async () => {
  pack = await realPack();
  result = evaluateAll(pack.db, pack.meta);
});

describe('interaction checker quality floor (issue 4)', () => {
  it('flags every ONC high-priority pair at major or contraindicated', () => {
    expect(result.onc_high.n).toBeGreaterThan(350);
    expect(result.onc_high.unrecognised).toBe(0);
    expect(result.onc_high.misses).toEqual([]);
    expect(result.onc_high.majorPlus).toBe(result.onc_high.n);
  });

  it('flags every ONC non-interruptive pair at some level', () => {
    expect(result.onc_non_interruptive.n).toBeGreaterThan(2500);
    expect(result.onc_non_interruptive.unrecognised).toBe(0);
    expect(result.onc_non_interruptive.misses).toEqual([]);
    expect(result.onc_non_interruptive.any).toBe(result.onc_non_interruptive.n);
  });

  it('flags every pair of known-risk QT drugs, and three QT drugs raise the cumulative alert', () => {
    expect(result.qt.drugs).toBeGreaterThan(40);
    expect(result.qt.pairMisses).toEqual([]);
    expect(result.qt.cumulative.misses).toEqual([]);
    const r = checkList(pack.db, pack.meta, {
      lines: ['Citalopram 20 mg PO daily', 'Ondansetron 4 mg IV q8h PRN', 'Azithromycin 500 mg PO daily'],
      conditions: [],
      allergies: [],
    });
    expect(r.alerts.map((a) => a.id)).toContain(QT_CUMULATIVE_RULE);
  });

  it('keeps the label-contraindication recall from regressing', () => {
    // No floor is set by the issue; this guards the figure measured when the set was built.
    const l = result.label_contraindications;
    expect(l.n).toBeGreaterThan(200);
    expect(l.any / l.n).toBeGreaterThanOrEqual(0.95);
    expect(l.majorPlus / l.n).toBeGreaterThanOrEqual(0.95);
    expect(l.contraindicated / l.n).toBeGreaterThanOrEqual(0.9);
  });

  it('generalises to label statements held out of the knowledge base (issue 13)', () => {
    const h = result.held_out_labels;
    expect(h.n).toBeGreaterThan(80);
    expect(h.any / h.n).toBeGreaterThanOrEqual(0.6);
    expect(h.majorPlus / h.n).toBeGreaterThanOrEqual(0.55);
    const cyp3a = h.byMechanism.find((m) => m.mechanism === 'CYP3A');
    expect(cyp3a && cyp3a.majorPlus / cyp3a.n).toBeGreaterThanOrEqual(0.85);
  });

  it('raises a major or contraindicated alert on at most 3 % of pairs no reference lists (issue 13)', () => {
    const f = result.false_alarms;
    expect(f.n).toBeGreaterThanOrEqual(900);
    expect(f.majorPlus / f.n).toBeLessThanOrEqual(0.03);
  });

  it('keeps common regimens recognised and under their alert ceilings, with no contraindicated alert', () => {
    expect(result.regimens.length).toBeGreaterThanOrEqual(8);
    for (const r of result.regimens) {
      expect({ id: r.id, unrecognised: r.unrecognised }).toEqual({ id: r.id, unrecognised: [] });
      expect({ id: r.id, contraindicated: r.pairs.contraindicated + r.alerts.contraindicated }).toEqual({
        id: r.id,
        contraindicated: 0,
      });
      expect({ id: r.id, within: r.withinCeiling }).toEqual({ id: r.id, within: true });
    }
  });
});
