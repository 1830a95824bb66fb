import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSplXml, readSplDir } from '../../../data/compiler/labels/index.ts';

const fixtures = join(import.meta.dirname, '../../fixtures');
const read = (path: string): string => readFileSync(join(fixtures, path), 'utf8');
const section = (doc: ReturnType<typeof parseSplXml>, key: string) => doc.sections.find((s) => s.key === key);

describe('parseSplXml on a hand-made PLR label', () => {
  const doc = parseSplXml(read('labels/spl/tinyrx.xml'), 'test');

  it('reads the header: set id, date, title, ingredients, brand, Rx', () => {
    expect(doc.setId).toBe('11111111-2222-3333-4444-555555555555');
    expect(doc.versionDate).toBe('2023-04-15');
    expect(doc.title).toBe('TINYSTAT® (tinystatin calcium) tablets, for oral use');
    expect(doc.ingredients).toEqual(['TINYSTATIN CALCIUM']);
    expect(doc.brandNames).toEqual(['Tinystat']);
    expect(doc.productType).toBe('rx');
  });

  it('maps LOINC codes, pulls specific-population subsections out and drops clinical studies', () => {
    expect(doc.sections.map((s) => s.key)).toEqual([
      'boxed_warning',
      'indications',
      'adverse_reactions',
      'pregnancy',
      'lactation',
      'other_conditions',
    ]);
    expect(section(doc, 'pregnancy')).toMatchObject({
      title: '8.1 Pregnancy',
      text: 'Discontinue when pregnancy is recognized.',
    });
    expect(section(doc, 'other_conditions')?.title).toBe('8.6 Renal Impairment');
    expect(JSON.stringify(doc)).not.toContain('Trial text');
  });

  it('skips the highlights excerpt, decodes entities, folds no-break spaces', () => {
    expect(section(doc, 'boxed_warning')?.text).toBe('Tinystat can cause rhabdomyolysis & myopathy.');
    expect(section(doc, 'indications')?.text).toBe(
      'Tinystat is indicated:\n\n• to reduce LDL\u2011C\n• to lower risk of MI\n\nLimitations of use: none known.',
    );
  });

  it('keeps subsection headings and reads tables as table data (caption, header cells, rows)', () => {
    const adverse = section(doc, 'adverse_reactions')!;
    expect(adverse.text).toBe(
      '6.1 Clinical Trials Experience\n\n\uFFFCTable 1: Adverse Reactions ≥2%\nReaction\tTinystat N=100\tPlacebo N=100\nMyalgia\t5%\t2%\nNausea\t3%\t1%',
    );
    expect(adverse.tables).toEqual([
      {
        caption: 'Table 1: Adverse Reactions ≥2%',
        rows: [
          [
            { text: 'Reaction', header: true },
            { text: 'Tinystat\nN=100', header: true },
            { text: 'Placebo N=100', header: true },
          ],
          [{ text: 'Myalgia' }, { text: '5%' }, { text: '2%' }],
          [{ text: 'Nausea' }, { text: '3%' }, { text: '1%' }],
        ],
      },
    ]);
  });
});

describe('parseSplXml on old-format and OTC labels', () => {
  it('joins WARNINGS and PRECAUTIONS, extracts coded subsections, reads pre-2009 activeIngredient', () => {
    const doc = parseSplXml(read('labels/spl/old-format-otc.xml'), 'test');
    expect(doc.productType).toBe('otc');
    expect(doc.ingredients).toEqual(['Tinystatin Calcium']);
    expect(section(doc, 'warnings_precautions')).toMatchObject({
      title: 'WARNINGS',
      text: 'Stop if muscle pain.\n\nPRECAUTIONS\n\nGeneral care.',
    });
    expect(section(doc, 'drug_interactions')?.text).toBe('Avoid grapefruit.');
    expect(section(doc, 'lactation')?.title).toBe('Nursing Mothers');
  });

  it('reads the openFDA Lipitor fixture (PLR, pregnancy inside contraindications stays there too)', () => {
    const doc = parseSplXml(read('spl/lipitor-orig.xml'), 'test');
    expect(doc).toMatchObject({
      setId: 'c6e131fe-e7df-4876-83f7-9156fc4e8228',
      versionDate: '2014-01-13',
      productType: 'rx',
      brandNames: ['Lipitor'],
    });
    expect(doc.ingredients).toEqual(['ATORVASTATIN CALCIUM TRIHYDRATE']);
    expect(section(doc, 'contraindications')?.text).toContain('4.3 Pregnancy');
    expect(section(doc, 'pregnancy')?.text).toContain('LIPITOR may cause fetal harm');
    for (const key of [
      'indications',
      'dosage_administration',
      'warnings_precautions',
      'adverse_reactions',
      'drug_interactions',
      'pediatric',
      'geriatric',
      'storage',
    ]) {
      expect(section(doc, key), key).toBeDefined();
    }
    expect(section(doc, 'warnings_precautions')?.text).not.toMatch(/<|&[a-z]+;/);
  });

  it('reads the Humira fixture with its Medication Guide', () => {
    const doc = parseSplXml(read('spl/humira.xml'), 'test');
    expect(doc.ingredients).toEqual(['ADALIMUMAB']);
    expect(section(doc, 'boxed_warning')?.title).toBe('WARNING: SERIOUS INFECTIONS AND MALIGNANCY');
    expect(section(doc, 'medication_guide')?.text.length).toBeGreaterThan(10_000);
    expect(section(doc, 'lactation')?.title).toBe('8.3 Nursing Mothers');
  });

  it('reads the OTC cough fixture as OTC with both active ingredients', () => {
    const doc = parseSplXml(read('spl/cough.xml'), 'test');
    expect(doc.productType).toBe('otc');
    expect(doc.ingredients).toEqual(['DIPHENHYDRAMINE HYDROCHLORIDE', 'PHENYLEPHRINE HYDROCHLORIDE']);
    expect(doc.brandNames[0]).toBe('TRIAMINIC Childrens Night Time Cold and Cough');
    expect(section(doc, 'dosage_administration')).toBeDefined();
  });
});

describe('readSplDir', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wardbook-spl-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads loose XML and XML inside (nested) zips, in path order', () => {
    copyFileSync(join(fixtures, 'labels/spl/tinyrx.xml'), join(dir, 'a-tinyrx.xml'));
    const inner = zipSync({
      'old.xml': readFileSync(join(fixtures, 'labels/spl/old-format-otc.xml')),
      'image.jpg': new Uint8Array([1, 2]),
    });
    writeFileSync(
      join(dir, 'b-release.zip'),
      zipSync({ 'otc/old.zip': inner, 'readme.txt': new TextEncoder().encode('x') }),
    );
    const docs = readSplDir(dir, 'dailymed-spl');
    expect(docs.map((d) => d.setId)).toEqual([
      '11111111-2222-3333-4444-555555555555',
      '22222222-0000-0000-0000-000000000000',
    ]);
    expect(docs.every((d) => d.sourceId === 'dailymed-spl')).toBe(true);
  });
});
