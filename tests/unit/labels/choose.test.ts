import { describe, expect, it } from 'vitest';
import type { SectionKey } from '../../../electron/common/sections.ts';
import type { LabelDoc } from '../../../data/compiler/model.ts';
import { chooseLabels, chooseSections } from '../../../data/compiler/labels/index.ts';

function doc(setId: string, over: Partial<LabelDoc>, keys: SectionKey[]): LabelDoc {
  return {
    sourceId: 'test',
    setId,
    versionDate: '2020-01-01',
    title: setId,
    ingredients: ['WARFARIN SODIUM'],
    brandNames: [],
    productType: 'rx',
    boxedStated: true,
    sections: keys.map((key) => ({ key, title: key, text: `${key} from ${setId}` })),
    ...over,
  };
}

const from = (
  map: Map<string, ReturnType<typeof chooseSections> extends Map<string, infer V> ? V : never>,
  key: string,
) => Object.fromEntries((map.get(key) ?? []).map((s) => [s.key, s.setId]));

describe('chooseSections', () => {
  it('prefers prescription over OTC, even when the OTC label is newer', () => {
    const chosen = chooseSections([
      doc('otc', { productType: 'otc', versionDate: '2025-01-01', ingredients: ['ACETAMINOPHEN'] }, ['indications']),
      doc('rx', { ingredients: ['ACETAMINOPHEN'] }, ['indications']),
    ]);
    expect(from(chosen, 'acetaminophen')).toEqual({ indications: 'rx' });
  });

  it('prefers the newer of equally complete labels, and fills missing sections from the others with their set ids', () => {
    const chosen = chooseSections([
      doc('old', { versionDate: '2011-08-01' }, ['indications', 'pregnancy', 'adverse_reactions']),
      doc('new', { versionDate: '2020-01-15' }, ['indications', 'drug_interactions', 'overdosage']),
    ]);
    expect(from(chosen, 'warfarin')).toEqual({
      indications: 'new',
      drug_interactions: 'new',
      overdosage: 'new',
      pregnancy: 'old',
      adverse_reactions: 'old',
    });
    const pregnancy = chosen.get('warfarin')!.find((s) => s.key === 'pregnancy')!;
    expect(pregnancy).toMatchObject({
      sourceId: 'test',
      setId: 'old',
      versionDate: '2011-08-01',
      text: 'pregnancy from old',
    });
  });

  it('keeps combination labels on their combination key only', () => {
    const chosen = chooseSections([
      doc('single', { ingredients: ['ACETAMINOPHEN'] }, ['indications']),
      doc('combo', { ingredients: ['ACETAMINOPHEN', 'HYDROCODONE BITARTRATE'] }, ['indications', 'boxed_warning']),
    ]);
    expect([...chosen.keys()]).toEqual(['acetaminophen', 'acetaminophen / hydrocodone']);
    expect(from(chosen, 'acetaminophen')).toEqual({ indications: 'single' });
    expect(from(chosen, 'acetaminophen / hydrocodone')).toEqual({ indications: 'combo', boxed_warning: 'combo' });
  });

  it('prefers completeness, then the reference brand, then a branded label', () => {
    const docs = [
      doc('generic', { brandNames: ['Warfarin Sodium'] }, ['indications']),
      doc('brand', { brandNames: ['Coumadin'] }, ['indications']),
      doc('reference', { brandNames: ['Jantoven'] }, ['indications']),
    ];
    expect(from(chooseSections(docs.slice(0, 2)), 'warfarin').indications).toBe('brand');
    expect(from(chooseSections(docs, { isReferenceBrand: (b) => b === 'Jantoven' }), 'warfarin').indications).toBe(
      'reference',
    );
    const complete = doc('complete', { versionDate: '2012-01-01' }, ['indications', 'overdosage', 'storage']);
    expect(from(chooseSections([...docs, complete]), 'warfarin').indications).toBe('complete');
  });

  it('prefers the original packager’s whole label to a repackager’s, however new or complete', () => {
    const whole = ['indications', 'dosage_administration'] as SectionKey[];
    const docs = [
      doc('repackager', { versionDate: '2026-01-02', repackaged: true }, [...whole, 'adverse_reactions', 'pregnancy']),
      doc('unknown', { versionDate: '2025-01-01' }, [...whole, 'overdosage']),
      doc('holder', { versionDate: '2019-01-01', repackaged: false }, whole),
      doc('extract', { versionDate: '2026-06-01', repackaged: false }, ['drug_interactions']),
      // A corpus of a few sections of each label (its boxed warning may be elsewhere): not a whole label.
      doc('corpus', { boxedStated: false }, [...whole, 'warnings_precautions', 'overdosage', 'storage']),
    ];
    const order = (list: LabelDoc[]) =>
      chooseLabels(list)
        .get('warfarin')!
        .labels.map((l) => l.doc.setId);
    // Not known to be the original packager's: the more complete first.
    expect(order(docs)).toEqual(['holder', 'repackager', 'unknown', 'extract', 'corpus']);
    expect(from(chooseSections(docs), 'warfarin').indications).toBe('holder');
    // A whole label, even a repackager's, says what the drug is for: it comes before an extract of a few sections.
    expect(order([docs[3]!, docs[0]!])).toEqual(['repackager', 'extract']);
  });

  it('gives the same output for the same labels in any input order', () => {
    const docs = [
      doc('a', {}, ['indications', 'storage']),
      doc('b', {}, ['indications', 'overdosage']),
      doc('c', { ingredients: ['APIXABAN'] }, ['boxed_warning']),
    ];
    const once = JSON.stringify([...chooseSections(docs)]);
    expect(JSON.stringify([...chooseSections([...docs].reverse())])).toBe(once);
    expect(
      chooseSections(docs)
        .get('warfarin')!
        .map((s) => s.key),
    ).toEqual(['indications', 'overdosage', 'storage']);
  });
});
