import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readOpenFdaFiles, readOpenFdaRecord } from '../../../data/compiler/labels/index.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/labels/openfda');
const dir = mkdtempSync(join(tmpdir(), 'wardbook-openfda-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bulkFiles(): string[] {
  const first = join(dir, 'drug-label-0001-of-0002.json');
  copyFileSync(join(fixtures, 'drug-label-0001-of-0002.json'), first);
  const second = join(dir, 'drug-label-0002-of-0002.json.zip');
  writeFileSync(
    second,
    zipSync({ 'drug-label-0002-of-0002.json': readFileSync(join(fixtures, 'drug-label-0002-of-0002.json')) }),
  );
  return [first, second];
}

describe('readOpenFdaFiles', () => {
  const docs = readOpenFdaFiles(bulkFiles(), 'openfda-bulk');

  it('reads every record of plain and zipped bulk files in order', () => {
    expect(docs.map((d) => d.setId.slice(-1))).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(docs.every((d) => d.sourceId === 'openfda-bulk')).toBe(true);
  });

  it('reads header fields: date, title, ingredients, Rx/OTC', () => {
    expect(docs[0]).toMatchObject({
      versionDate: '2020-01-15',
      title: 'Coumadin (WARFARIN SODIUM)',
      ingredients: ['WARFARIN SODIUM'],
      brandNames: ['Coumadin'],
      productType: 'rx',
    });
    expect(docs[1]!.productType).toBe('otc');
    expect(docs[2]!.ingredients).toEqual(['ACETAMINOPHEN', 'HYDROCODONE BITARTRATE']);
  });

  it('splits the heading off, maps fields to keys, and puts the table, as table data, where its run-on copy stood', () => {
    const di = docs[0]!.sections.find((s) => s.key === 'drug_interactions')!;
    expect(di.title).toBe('7 DRUG INTERACTIONS');
    expect(di.text).toBe(
      'Consult labeling of all concurrently used drugs.\n\n7.1 CYP450 Interactions Examples are in Table 2 below.\n\n\uFFFCTable 2: Examples\nEnzyme\tInhibitors\tInducers\nCYP2C9\tamiodarone, fluconazole\trifampin\n\n7.2 Other Drugs Monitor INR closely.',
    );
    expect(di.tables).toEqual([
      {
        caption: 'Table 2: Examples',
        rows: [
          [
            { text: 'Enzyme', header: true },
            { text: 'Inhibitors', header: true },
            { text: 'Inducers', header: true },
          ],
          [{ text: 'CYP2C9' }, { text: 'amiodarone, fluconazole' }, { text: 'rifampin' }],
        ],
      },
    ]);
    expect(docs[0]!.sections.find((s) => s.key === 'lactation')).toMatchObject({
      title: '8.3 Nursing Mothers',
      text: 'Warfarin was not detected in human milk — use with care.',
    });
    expect(docs[0]!.sections.find((s) => s.key === 'boxed_warning')?.text).toContain('"{braces}"');
  });

  it('maps OTC Drug Facts fields', () => {
    const otc = docs[1]!;
    expect(otc.sections.map((s) => s.key)).toEqual([
      'indications',
      'dosage_administration',
      'contraindications',
      'warnings_precautions',
    ]);
    expect(otc.sections[0]).toMatchObject({
      title: 'Uses',
      text: 'temporarily relieves minor aches and pains\n\nPurpose\n\nPain reliever/fever reducer',
    });
  });
});

describe('readOpenFdaRecord', () => {
  it('reads the medguard shape {drug_name, sections, openfda_meta}', () => {
    const doc = readOpenFdaRecord(
      {
        drug_name: 'warfarin',
        drug_id: 'DDInter1',
        sections: {
          contraindications: '4 CONTRAINDICATIONS Pregnancy. Hemorrhagic tendencies.',
          warnings_and_cautions: '5 WARNINGS AND PRECAUTIONS Tissue necrosis.',
        },
        openfda_meta: {
          generic_name: ['WARFARIN SODIUM'],
          brand_name: ['Warfarin Sodium'],
          product_type: ['HUMAN PRESCRIPTION DRUG'],
          spl_set_id: ['0cbce382'],
        },
      },
      'openfda-medguard-875',
    );
    expect(doc).toMatchObject({
      setId: '0cbce382',
      versionDate: '',
      title: 'Warfarin Sodium',
      ingredients: ['WARFARIN SODIUM'],
      productType: 'rx',
    });
    expect(doc.sections).toEqual([
      { key: 'contraindications', title: '4 CONTRAINDICATIONS', text: 'Pregnancy. Hemorrhagic tendencies.' },
      { key: 'warnings_precautions', title: '5 WARNINGS AND PRECAUTIONS', text: 'Tissue necrosis.' },
    ]);
  });

  it("keeps a boxed warning's whole upper-case heading, whatever its hyphens, once", () => {
    const doc = readOpenFdaRecord(
      {
        drug_name: 'oxycodone',
        sections: {
          boxed_warning:
            'WARNING: SERIOUS AND LIFE\u2011THREATENING RISKS FROM USE OF OXYCODONE TABLETS WARNING: SERIOUS AND LIFE\u2011THREATENING RISKS FROM USE OF OXYCODONE TABLETS Addiction, Abuse, and Misuse Because the use of oxycodone exposes users to risks.',
        },
        openfda_meta: { generic_name: ['OXYCODONE HYDROCHLORIDE'], spl_set_id: ['x1'] },
      },
      'openfda-medguard-875',
    );
    expect(doc.sections[0]).toMatchObject({
      key: 'boxed_warning',
      title: 'WARNING: SERIOUS AND LIFE\u2011THREATENING RISKS FROM USE OF OXYCODONE TABLETS',
    });
    expect(doc.sections[0]!.text).toMatch(/^Addiction, Abuse, and Misuse/);
  });
});
