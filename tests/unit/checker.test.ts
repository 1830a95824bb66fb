import { beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../electron/node/pack/openPack.ts';
import { checkList } from '../../electron/node/checker/check.ts';
import { parseLine } from '../../electron/node/checker/parseLine.ts';
import { drugInteractions } from '../../electron/node/checker/drugInteractions.ts';
import { compareLists } from '../../electron/node/checker/compareLists.ts';
import { SEVERITIES } from '../../electron/common/contract.ts';
import { realPack } from '../support/pack.ts';

let pack: Pack;
beforeAll(async () => {
  pack = await realPack();
});
const check = (lines: string[], extra: { conditions?: string[]; allergies?: string[]; minSeverity?: 'major' } = {}) =>
  checkList(pack.db, pack.meta, {
    lines,
    conditions: extra.conditions ?? [],
    allergies: extra.allergies ?? [],
    ...(extra.minSeverity ? { minSeverity: extra.minSeverity } : {}),
  });
const pair = (r: ReturnType<typeof check>, a: string, b: string) =>
  r.interactions.find((i) => [i.a.id, i.b.id].sort().join() === [a, b].sort().join());

describe('parsing a list line', () => {
  it.each([
    ['Metoprolol tartrate 25 mg PO BID', { name: 'Metoprolol tartrate', dose: '25 mg', route: 'PO', frequency: 'BID' }],
    ['Eliquis 5mg', { name: 'Eliquis', dose: '5mg', route: null, frequency: null }],
    ['1. Warfarin 3 mg daily (INR 2-3)', { name: 'Warfarin', dose: '3 mg', route: null, frequency: 'daily' }],
    ['atorvastatin 40mg tablet nightly', { name: 'atorvastatin', dose: '40mg', frequency: 'tablet nightly' }],
    [
      '- insulin glargine 20 units SC at bedtime',
      { name: 'insulin glargine', dose: '20 units', route: 'SC', frequency: 'at bedtime' },
    ],
  ])('%s', (input, expected) => {
    expect(parseLine(input)).toMatchObject({ input, ...expected });
  });
});

describe('checking a medication list', () => {
  it('flags the classic pairs with severity, effect, management, why and sources', () => {
    const r = check([
      'Warfarin 5 mg daily',
      'Amiodarone 200 mg daily',
      'Simvastatin 40 mg',
      'Clarithromycin 500 mg BID',
    ]);
    expect(r.unrecognized).toEqual([]);
    const sc = pair(r, 'simvastatin', 'clarithromycin');
    expect(sc && ['contraindicated', 'major']).toContain(sc?.severity);
    for (const i of r.interactions) {
      expect(SEVERITIES).toContain(i.severity);
      expect(i.effect.length).toBeGreaterThan(10);
      expect(i.management.length).toBeGreaterThan(10);
      expect(i.why.length).toBeGreaterThanOrEqual(2);
      expect(i.sources.length).toBeGreaterThan(0);
    }
    expect(pair(r, 'warfarin', 'amiodarone')).toBeDefined();
  });

  it("keeps an unknown entry visible as not checked, with suggestions, and every line's position", () => {
    const r = check(['warfarin', '', 'Zorblax 10 mg', 'aspirin']);
    expect(r.unrecognized.map((u) => [u.input, u.lineIndex])).toEqual([['Zorblax 10 mg', 2]]);
    expect(r.recognized.map((e) => e.lineIndex)).toEqual([0, 3]);
    expect(r.recognized.map((e) => e.drugId).sort()).toEqual(['aspirin', 'warfarin']);
    expect(pair(r, 'warfarin', 'aspirin')).toBeDefined();
  });

  it('matches brands, salts and abbreviations', () => {
    const r = check(['Eliquis 5mg', 'Metoprolol succinate ER 50 mg', 'HCTZ 25 mg', 'ASA 81 mg']);
    expect(r.recognized.map((e) => [e.input, e.drugId])).toEqual([
      ['Eliquis 5mg', 'apixaban'],
      ['Metoprolol succinate ER 50 mg', 'metoprolol'],
      ['HCTZ 25 mg', 'hydrochlorothiazide'],
      ['ASA 81 mg', 'aspirin'],
    ]);
    expect(r.recognized[0]?.line.dose).toBe('5mg');
  });

  it('checks a misspelling only with a request to confirm, never silently', () => {
    const r = check(['warfarine 5 mg']);
    const e = r.recognized[0];
    expect(e?.drugId).toBe('warfarin');
    expect(e?.matchedBy).toBe('fuzzy');
    expect(e?.confirm).toMatch(/Confirm/);
  });

  it('checks a combination product as its components', () => {
    const r = check(['hydrocodone/acetaminophen 5/325 mg', 'alprazolam 0.5 mg']);
    expect(r.recognized[0]?.components.map((c) => c.id).sort()).toEqual(['acetaminophen', 'hydrocodone']);
    const hit = pair(r, 'hydrocodone', 'alprazolam');
    expect(hit?.severity).toBe('major');
    expect(hit?.via.join()).toMatch(/component/);
  });

  it('raises a cumulative alert for three QT-prolonging drugs', () => {
    const r = check(['amiodarone', 'levofloxacin', 'ondansetron', 'haloperidol']);
    const qt = r.alerts.find((a) => a.kind === 'cumulative' && a.drugs.length >= 3 && /QT/i.test(a.message));
    expect(qt).toBeDefined();
    // Each drug's own reason, not just its name.
    expect(qt!.why).toContain('amiodarone: prolongs the QT interval (known torsades risk)');
  });

  it('raises condition and allergy alerts and reports unknown conditions as not checked', () => {
    const r = check(['amoxicillin 500 mg TID', 'citalopram 20 mg'], {
      conditions: ['long QT syndrome', 'unicorn disease'],
      allergies: ['penicillin'],
    });
    expect(r.alerts.some((a) => a.kind === 'allergy' && a.drugs.some((d) => d.id === 'amoxicillin'))).toBe(true);
    expect(r.alerts.some((a) => a.kind === 'condition' && a.drugs.some((d) => d.id === 'citalopram'))).toBe(true);
    expect(r.conditions.find((c) => c.input === 'unicorn disease')?.id).toBeNull();
  });

  it('needs one drug of each class for the ACE inhibitor + diuretic + NSAID alert', () => {
    const triple = (lines: string[]) => check(lines).alerts.filter((a) => a.id === 'triple-whammy');
    expect(triple(['lisinopril 10 mg', 'furosemide 40 mg', 'ibuprofen 400 mg'])).toHaveLength(1);
    expect(triple(['lisinopril 10 mg', 'furosemide 40 mg', 'hydrochlorothiazide 25 mg'])).toHaveLength(0);
  });

  it('treats one tablet as one medicine, and the same line typed twice as a duplicate', () => {
    const r = check(['lisinopril/hydrochlorothiazide 20/12.5 mg', 'warfarin 5 mg', 'warfarin 5 mg']);
    expect(pair(r, 'lisinopril', 'hydrochlorothiazide')).toBeUndefined();
    expect(r.alerts.some((a) => a.id === 'same-drug:warfarin')).toBe(true);
    const split = check(['lisinopril 20 mg', 'hydrochlorothiazide 12.5 mg']);
    expect(split.recognized).toHaveLength(2);
  });

  it('flags duplicate therapy', () => {
    const r = check(['ibuprofen 400 mg', 'naproxen 500 mg', 'Coumadin 5 mg', 'warfarin 5 mg']);
    expect(r.alerts.filter((a) => a.kind === 'duplicate-therapy').length).toBeGreaterThanOrEqual(2);
  });

  it('filters below a threshold and counts what it hides', () => {
    const all = check(['warfarin', 'aspirin', 'omeprazole', 'simvastatin', 'amlodipine', 'metformin', 'lisinopril']);
    const major = check(['warfarin', 'aspirin', 'omeprazole', 'simvastatin', 'amlodipine', 'metformin', 'lisinopril'], {
      minSeverity: 'major',
    });
    const total = (r: typeof all) =>
      Object.values(r.counts).reduce((a, b) => a + b, 0) + Object.values(r.hidden).reduce((a, b) => a + b, 0);
    expect(total(major)).toBe(total(all));
    expect(major.interactions.every((i) => ['major', 'contraindicated'].includes(i.severity))).toBe(true);
    expect(major.hidden.moderate + major.hidden.minor).toBeGreaterThan(0);
  });

  it("lists a drug's own partners grouped by severity", () => {
    const w = drugInteractions(pack.db, 'warfarin');
    expect(w.partners.length).toBeGreaterThan(20);
    expect(w.counts.major).toBeGreaterThan(0);
    expect(w.partners.map((p) => p.drugId)).toContain('amiodarone');
  });

  it('compares home medicines with current orders', () => {
    const c = compareLists(
      pack.db,
      pack.meta,
      { lines: ['warfarin 5 mg daily', 'metoprolol 25 mg BID'], conditions: [], allergies: [] },
      {
        lines: ['warfarin 2 mg daily', 'metoprolol 25 mg BID', 'clarithromycin 500 mg BID'],
        conditions: [],
        allergies: [],
      },
    );
    expect(c.added.map((e) => e.drugId)).toEqual(['clarithromycin']);
    expect(c.changed.map((x) => x.after.drugId)).toEqual(['warfarin']);
    expect(c.unchanged.map((e) => e.drugId)).toEqual(['metoprolol']);
    expect(c.newInteractions.some((i) => [i.a.id, i.b.id].includes('clarithromycin'))).toBe(true);
  });
});
