// Issue 14: label text as a nurse should read it; each artefact the issue lists, on the cleaner itself.
import { describe, expect, it } from 'vitest';
import { cleanLabelText, cleanSection } from '../../../data/compiler/labels/cleanText.ts';
import { sectionParts, tableParagraph, type SectionTable } from '../../../electron/common/sectionTable.ts';

describe('cleanLabelText', () => {
  it('turns "[see … (5.1)]" cross-references into plain words and drops bare section numbers', () => {
    expect(cleanLabelText('Monitor INR [see Warnings and Precautions (5.1)].')).toBe(
      'Monitor INR (see Warnings and Precautions).',
    );
    expect(cleanLabelText('Avoid use [see Contraindications (4) and Drug Interactions (7)].')).toBe(
      'Avoid use (see Contraindications and Drug Interactions).',
    );
    expect(cleanLabelText('Heart failure: worsening may occur ( 5.2 ). Angle-closure glaucoma (5.11)')).toBe(
      'Heart failure: worsening may occur. Angle-closure glaucoma',
    );
  });

  it('removes revision stamps and manufacturer or repackager address lines', () => {
    const text = 'Store at 20° to 25°C.\nManufactured by: Example Pharma Ltd., Mumbai 400001, India\nRevised: 11/2023';
    expect(cleanLabelText(text)).toBe('Store at 20° to 25°C.');
  });

  it('keeps a section openFDA gives twice over only once', () => {
    const once = 'Edema Furosemide tablets are indicated in adults and pediatric patients for the treatment of edema.';
    expect(cleanLabelText(`${once} ${once}`)).toBe(once);
  });
});

describe('cleanSection with tables', () => {
  const table: SectionTable = {
    caption: 'Table 2: Dose changes [see Warnings and Precautions (5.3)]',
    rows: [
      [
        { text: 'Event', header: true },
        { text: 'Action', header: true },
      ],
      [{ text: 'Neutropenia (5.1)' }, { text: 'Manufactured by: hold the dose' }],
    ],
  };
  const text = `Adjust the dose ( 2.2 ).\n\n${tableParagraph(table)}\n\nThen resume.`;
  const clean = cleanSection({ key: 'dosage_administration', title: 'Dosage', text, tables: [table] });

  it('keeps the table with the section, its paragraph whole, and cleans its caption and cells', () => {
    expect(clean.tables).toHaveLength(1);
    expect(clean.tables![0]!.caption).toBe('Table 2: Dose changes (see Warnings and Precautions)');
    expect(clean.tables![0]!.rows[1]!.map((c) => c.text)).toEqual(['Neutropenia', 'Manufactured by: hold the dose']);
    const parts = sectionParts(clean.text, clean.tables);
    expect(parts.map((p) => p.kind)).toEqual(['text', 'table', 'text']);
    expect(clean.text).toContain('Adjust the dose.');
  });
});
