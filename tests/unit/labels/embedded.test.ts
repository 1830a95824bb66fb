import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackContent } from '../../../shared/pack/content.ts';
import { readDrugsAtFda } from '../../../data/compiler/vocabulary.ts';
import { DRUGSATFDA, DRUGSATFDA_2022 } from '../../../data/compiler/sources.ts';
import { chooseSections, LABEL_SOURCES, readEmbeddedLabelsWithReport } from '../../../data/compiler/labels/index.ts';

const dataDir = join(import.meta.dirname, '../../../data');
const vocabulary = await readDrugsAtFda(new PackContent(), [
  { dir: join(dataDir, 'sources/drugsatfda-2022'), source: DRUGSATFDA_2022 },
  { dir: join(dataDir, 'sources/drugsatfda-2019'), source: DRUGSATFDA },
]);
const { docs, report } = readEmbeddedLabelsWithReport(dataDir, vocabulary.brandToIngredients);
const chosen = chooseSections(docs);

describe('shipped label corpora', () => {
  it('reads every shipped source', () => {
    expect(Object.keys(report.docs).sort()).toEqual(LABEL_SOURCES.map((s) => s.id).sort());
    expect(report.docs).toMatchObject({ 'dailymed-spl-xml-21': 21, 'openfda-spl-fixtures-extra': 2 });
    expect(report.docs['openfda-medguard-875']).toBeGreaterThanOrEqual(860);
    expect(report.docs['tac2017-adr-200']).toBeGreaterThanOrEqual(180);
    expect(report.docs['ddi-sections-zietzm-1468']).toBeGreaterThanOrEqual(1000);
    expect(report.docs['nlm-ddi-corpus-cv-labels-2014']).toBeGreaterThanOrEqual(170);
  });

  it('reports, rather than hides, records without a recognisable ingredient', () => {
    expect(report.unresolved['ddi-sections-zietzm-1468']!.length).toBeGreaterThan(0);
    expect(report.unresolved['ddi-sections-zietzm-1468']!.length).toBeLessThan(80);
  });

  it('covers about 1,400 drugs', () => {
    expect(chosen.size).toBeGreaterThanOrEqual(1200);
  });

  it('gives warfarin the complete DailyMed label', () => {
    const warfarin = chosen.get('warfarin')!;
    expect(warfarin.find((s) => s.key === 'adverse_reactions')).toMatchObject({
      sourceId: 'dailymed-spl-xml-21',
      setId: '1244c338-9140-425a-bf2a-9da6b4ac0287',
      versionDate: '2026-01-02',
    });
    expect(warfarin.map((s) => s.key)).toEqual(
      expect.arrayContaining(['boxed_warning', 'pregnancy', 'lactation', 'drug_interactions']),
    );
  });

  it('takes adverse reactions from TAC-2017 (by brand) where no full label has them', () => {
    const ar = chosen.get('rivaroxaban')?.find((s) => s.key === 'adverse_reactions');
    expect(ar).toMatchObject({ sourceId: 'tac2017-adr-200', setId: 'tac2017:Xarelto' });
    expect(ar!.text).not.toContain('EXCERPT:');
  });

  it('keeps amoxicillin/clavulanate on its combination key', () => {
    expect(
      chosen.get('amoxicillin / clavulanate')?.some((s) => s.setId === 'e83f43dd-f79e-4166-9bee-9427e235c876'),
    ).toBe(true);
    expect(chosen.get('amoxicillin')?.some((s) => s.setId === 'e83f43dd-f79e-4166-9bee-9427e235c876') ?? false).toBe(
      false,
    );
  });

  it('reads the NLM corpus sections (clopidogrel from its Plavix file)', () => {
    const plavix = docs.find((d) => d.setId === '01b14603-8f29-4fa3-8d7e-9d523f802e0b')!;
    expect(plavix.ingredients).toEqual(['clopidogrel bisulfate']);
    expect(plavix.sections.map((s) => s.key)).toEqual([
      'contraindications',
      'warnings_precautions',
      'drug_interactions',
    ]);
  });
});
