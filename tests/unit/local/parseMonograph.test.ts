import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseMonograph,
  parseMonographFile,
  readLocalMonographDir,
  type ParsedMonograph,
} from '../../../shared/markdownMonograph/parseMonograph.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/local-monographs');
const fixture = (file: string): ParsedMonograph => parseMonographFile(join(FIXTURES, file));
const section = (parsed: ParsedMonograph, key: string): string | undefined =>
  parsed.sections.find((s) => s.key === key)?.text;

describe('warfarin (complete layout)', () => {
  const parsed = fixture('warfarin.md');

  it('reads name, route and brands', () => {
    expect(parsed.drug).toEqual({ name: 'Warfarin', route: 'oral', brands: ['Coumadin', 'Jantoven'] });
  });

  it('reads the dosage forms list at the end of the description', () => {
    expect(parsed.dosageForms).toEqual(['Tablet', 'Powder for Solution']);
    expect(section(parsed, 'description')).toMatch(/^Warfarin is an oral anticoagulant\./);
  });

  it('grades each interaction list by the meaning of its intro sentence', () => {
    const by = (severity: string): string[] =>
      parsed.interactions.filter((i) => i.severity === severity).map((i) => i.name);
    expect(by('contraindicated')).toEqual(['Defibrotide', 'Mifepristone', 'Apixaban']);
    expect(by('major')).toEqual(['Amiodarone', 'Fluconazole', 'Clopidogrel', 'Ibuprofen']);
    expect(by('moderate')).toEqual(['Paracetamol', 'Omeprazole', 'Levothyroxine']);
    // General advice before the lists mentions "should never be combined" but grades nothing.
    expect(parsed.interactions).toHaveLength(10);
    expect(section(parsed, 'drug_interactions')).toContain('- Amiodarone');
  });

  it('gives each side effect its urgency group and frequency band', () => {
    expect(parsed.sideEffects).toContainEqual({
      name: 'Bleeding gums',
      urgency: 'immediate',
      frequency: 'more common',
    });
    expect(parsed.sideEffects).toContainEqual({
      name: 'Black, tarry stools',
      urgency: 'immediate',
      frequency: 'less common',
    });
    expect(parsed.sideEffects).toContainEqual({ name: 'Purple toes', urgency: 'immediate', frequency: 'rare' });
    expect(parsed.sideEffects).toContainEqual({
      name: 'Hair loss',
      urgency: 'if-bothersome',
      frequency: 'incidence not known',
    });
    expect(parsed.sideEffects).toHaveLength(10);
  });

  it('shares a trailing note with the conditions listed before it', () => {
    const bleeding = 'May increase the risk of serious bleeding.';
    expect(parsed.conditions.slice(0, 3)).toEqual([
      { name: 'Bleeding problems', note: bleeding },
      { name: 'Recent surgery or trauma', note: bleeding },
      { name: 'Stomach or bowel ulcers', note: bleeding },
    ]);
    expect(parsed.conditions[3]).toEqual({
      name: 'Liver disease',
      note: 'Warfarin effect is stronger; check the INR more often.',
    });
  });

  it('maps every heading to its canonical section, Proper Use sub-parts included', () => {
    expect(parsed.sections.map((s) => s.key)).toEqual([
      'description',
      'allergies',
      'pregnancy',
      'lactation',
      'pediatric',
      'geriatric',
      'other_conditions',
      'drug_interactions',
      'other_interactions',
      'dosage_administration',
      'storage',
      'warnings_precautions',
      'adverse_reactions',
    ]);
    const dosing = section(parsed, 'dosage_administration') ?? '';
    expect(dosing).toMatch(/^Give warfarin at the same time every day/);
    expect(dosing).toContain('\n\nMissed Dose\n\nIf a dose is missed');
    expect(dosing).not.toContain('Store at room temperature');
    expect(section(parsed, 'storage')).toMatch(/^Store at room temperature/);
    expect(parsed.sections.find((s) => s.key === 'lactation')?.title).toBe('Breastfeeding');
  });

  it('keeps paragraphs and bullets as plain text, joining hard-wrapped lines', () => {
    expect(section(parsed, 'pediatric')).toBe(
      'Children need more frequent INR checks because diet and illness change their response quickly. Dosing in children should be led by the paediatric haematology team.',
    );
    expect(section(parsed, 'adverse_reactions')).toContain('More common\n\n- Bleeding gums\n- Unusual bruising');
  });

  it('reports the Before Using preamble instead of dropping it', () => {
    expect(parsed.unplaced).toEqual([
      expect.objectContaining({ heading: 'Before Using', text: expect.stringMatching(/^Before starting warfarin/) }),
    ]);
  });
});

describe('metformin (sections missing, no bullets)', () => {
  const parsed = fixture('metformin.md');

  it('reads one-per-line brands and forms without bullets', () => {
    expect(parsed.drug.brands).toEqual(['Glucophage', 'Glucophage XR', 'Fortamet']);
    expect(parsed.dosageForms).toEqual(['Tablet', 'Tablet, Extended Release', 'Solution']);
  });

  it('emits only the sections present', () => {
    expect(parsed.sections.map((s) => s.key)).toEqual([
      'description',
      'geriatric',
      'drug_interactions',
      'dosage_administration',
      'adverse_reactions',
    ]);
    expect(parsed.conditions).toEqual([]);
    expect(parsed.unplaced).toEqual([]);
  });

  it('reads frequency bands written as "Rare:" and "**More common:**" lines', () => {
    expect(parsed.interactions).toEqual([
      { name: 'Iodinated contrast media', severity: 'major' },
      { name: 'Topiramate', severity: 'major' },
    ]);
    expect(parsed.sideEffects).toEqual([
      { name: 'Fast, shallow breathing', urgency: 'immediate', frequency: 'rare' },
      { name: 'Muscle pain or cramping', urgency: 'immediate', frequency: 'rare' },
      { name: 'Unusual sleepiness', urgency: 'immediate', frequency: 'rare' },
      { name: 'Diarrhoea', urgency: 'if-bothersome', frequency: 'more common' },
      { name: 'Nausea', urgency: 'if-bothersome', frequency: 'more common' },
      { name: 'Metallic taste', urgency: 'if-bothersome', frequency: 'more common' },
    ]);
  });
});

describe('heparin (Windows line endings, reordered sections)', () => {
  const path = join(FIXTURES, 'heparin-crlf.md');
  const parsed = parseMonographFile(path);

  it('is really a CRLF file', () => {
    expect(readFileSync(path, 'latin1')).toContain('\r\n');
  });

  it('leaves no carriage returns in anything it reads', () => {
    expect(JSON.stringify(parsed)).not.toContain('\\r');
    expect(parsed.drug).toEqual({ name: 'Heparin', route: 'intravenous, subcutaneous', brands: ['Hep-Lock U/P'] });
    expect(parsed.dosageForms).toEqual(['Solution']);
  });

  it('places sections by name whatever their order, and lists them in canonical order', () => {
    expect(parsed.sections.map((s) => s.key)).toEqual([
      'description',
      'allergies',
      'drug_interactions',
      'dosage_administration',
      'storage',
      'adverse_reactions',
    ]);
    expect(section(parsed, 'dosage_administration')).toMatch(/^Dosing\n\nIntravenous infusions/);
    expect(parsed.interactions).toEqual([
      { name: 'Aspirin', severity: 'moderate' },
      { name: 'Warfarin', severity: 'moderate' },
      { name: 'Defibrotide', severity: 'contraindicated' },
    ]);
    expect(parsed.sideEffects.at(-1)).toEqual({
      name: 'Bruising or irritation at the injection site',
      urgency: 'if-bothersome',
      frequency: 'more common',
    });
    expect(parsed.unplaced).toEqual([]);
  });

  it('gives the same result as the LF version of the same text', () => {
    const lf = parseMonograph(readFileSync(path, 'utf8').replace(/\r\n/g, '\n'));
    expect(parsed).toEqual(lf);
  });
});

describe('amoxicillin (odd whitespace, bullets and case)', () => {
  const parsed = fixture('amoxicillin-odd-format.md');

  it('reads a Setext title, uppercase route and headings with closing #s or no space', () => {
    expect(parsed.drug).toEqual({ name: 'Amoxicillin', route: 'oral', brands: ['Amoxil', 'Moxatag'] });
    expect(parsed.dosageForms).toEqual(['Capsule', 'Tablet, Chewable', 'Powder for Suspension']);
  });

  it('strips emphasis, tabs and non-breaking spaces from section text', () => {
    expect(section(parsed, 'description')).toContain(
      'a penicillin antibiotic used for ear, chest, urinary and dental infections and as part of Helicobacter pylori eradication.',
    );
    expect(section(parsed, 'allergies')).toBe(
      'Do not give to anyone with a history of penicillin allergy. Ask about reactions to cephalosporins as well.',
    );
    expect(section(parsed, 'description')).toContain('1. Capsule\n2. Tablet, Chewable');
  });

  it('reads tab-indented, "•" and "*" bullets and a wrapped intro sentence', () => {
    expect(parsed.interactions).toEqual([
      { name: 'Methotrexate', severity: 'major' },
      { name: 'Warfarin', severity: 'major' },
    ]);
    expect(parsed.sideEffects.map((e) => `${e.name}|${e.urgency}|${e.frequency}`)).toEqual([
      'Rash|immediate|less common',
      'Hives or itching|immediate|less common',
      'Severe watery or bloody diarrhoea|immediate|rare',
      'Swelling of the face, lips or tongue|immediate|rare',
      'Mild diarrhoea|if-bothersome|more common',
      'Nausea|if-bothersome|more common',
    ]);
  });

  it('splits condition notes on spaced em and en dashes', () => {
    expect(parsed.conditions).toEqual([
      { name: 'Mononucleosis (glandular fever)', note: 'A rash is very likely; avoid.' },
      { name: 'Kidney disease', note: 'Doses may need to be reduced.' },
    ]);
    expect(section(parsed, 'dosage_administration')).toContain('MISSED DOSE\n\nGive it as soon as possible.');
  });
});

describe('gentamicin (unknown heading, stray text, ungraded lists)', () => {
  const parsed = fixture('gentamicin-unplaced.md');
  const reasons = parsed.unplaced.map((u) => u.reason);

  it('reports text before the first heading and an unknown section', () => {
    expect(parsed.unplaced).toContainEqual({
      heading: '(start of file)',
      text: 'Reviewed by the antimicrobial pharmacy team, March 2024. Supersedes the 2021 ward sheet.',
      reason: 'text before the first heading',
    });
    expect(parsed.unplaced).toContainEqual({
      heading: 'Ward Audit Codes',
      text: expect.stringContaining('GEN-01'),
      reason: 'unknown heading',
    });
    expect(parsed.drug.name).toBe('Gentamicin');
  });

  it('reports an interaction list with no recognisable intro but still grades the next one', () => {
    expect(parsed.unplaced).toContainEqual({
      heading: 'Drug Interactions',
      text: 'Furosemide\nVancomycin',
      reason: expect.stringContaining('no recognisable intro'),
    });
    expect(parsed.interactions).toEqual([{ name: 'Cidofovir', severity: 'contraindicated' }]);
  });

  it('reports side-effect items that come before any urgency sentence', () => {
    expect(parsed.unplaced).toContainEqual({
      heading: 'Side Effects',
      text: 'Ringing in the ears\nDizziness',
      reason: expect.stringContaining('outside any urgency group'),
    });
    expect(parsed.sideEffects).toEqual([
      { name: 'Passing less urine', urgency: 'immediate', frequency: 'less common' },
      { name: 'Hearing loss', urgency: 'immediate', frequency: 'less common' },
    ]);
    expect(reasons).toHaveLength(4);
  });

  it('keeps a condition without a note and the unplaced lists in the section text', () => {
    expect(parsed.conditions).toEqual([
      { name: 'Myasthenia gravis', note: 'May worsen muscle weakness.' },
      { name: 'Hearing problems', note: null },
    ]);
    expect(section(parsed, 'drug_interactions')).toContain('- Furosemide');
    expect(section(parsed, 'adverse_reactions')).toMatch(/^- Ringing in the ears/);
  });
});

describe('lisinopril (shared trailing notes)', () => {
  const parsed = fixture('lisinopril.md');
  const noteOf = (name: string): string | null | undefined => parsed.conditions.find((c) => c.name === name)?.note;

  it('shares each note across its group, whichever dash separates it', () => {
    expect(noteOf('Angioedema, history of')).toBe('Higher risk of swelling of the face and throat; do not give.');
    expect(noteOf('Hereditary angioedema')).toBe('Higher risk of swelling of the face and throat; do not give.');
    for (const name of ['Dehydration', 'Low sodium in the blood', 'Diarrhoea or vomiting']) {
      expect(noteOf(name)).toBe('May cause low blood pressure after the first dose.');
    }
    expect(noteOf('Kidney disease')).toBe('Kidney function may get worse; check creatinine and potassium.');
    expect(noteOf('Renal artery stenosis')).toBe('Kidney function may get worse; check creatinine and potassium.');
  });

  it('ends a group at prose, so items left waiting have no note', () => {
    expect(noteOf('Diabetes')).toBeNull();
    expect(noteOf('Gout')).toBeNull();
    expect(parsed.conditions).toHaveLength(9);
  });

  it('reads plain-line frequency headings and items', () => {
    expect(parsed.sideEffects.filter((e) => e.urgency === 'if-bothersome').map((e) => e.name)).toEqual([
      'Dry, tickly cough',
      'Headache',
    ]);
    expect(parsed.sideEffects[0]).toEqual({
      name: 'Dizziness or light-headedness on standing',
      urgency: 'immediate',
      frequency: 'more common',
    });
  });
});

describe('layout tolerance (inline)', () => {
  it('uses the fallback name and says so when there is no title', () => {
    const parsed = parseMonograph('## Description\n\nA note.\n', { fallbackName: 'labetalol' });
    expect(parsed.drug).toEqual({ name: 'labetalol', route: null, brands: [] });
    expect(parsed.unplaced).toEqual([
      { heading: '(drug name)', text: '', reason: expect.stringContaining('name taken from the file name') },
    ]);
  });

  it('keeps a parenthesis that is not a route in the name', () => {
    expect(parseMonograph('# Co-amoxiclav (amoxicillin with clavulanic acid)\n').drug.name).toBe(
      'Co-amoxiclav (amoxicillin with clavulanic acid)',
    );
  });

  it('treats bold-only known names as headings and absorbs unknown sub-headings into their section', () => {
    const parsed = parseMonograph(
      '# Drug\n\n## Proper Use\n\nGive daily.\n\n### Crushing tablets\n\nMay be crushed.\n\n**Storage**\n\nKeep cool.\n',
    );
    expect(section(parsed, 'dosage_administration')).toBe('Give daily.\n\nCrushing tablets\n\nMay be crushed.');
    expect(section(parsed, 'storage')).toBe('Keep cool.');
    expect(parsed.unplaced).toEqual([]);
  });

  it('reads frequency headings written beside Side Effects rather than under it', () => {
    const parsed = parseMonograph(
      '# Drug\n\n## Side Effects\n\nCall the doctor at once if any of these occur:\n\n## Rare\n\n- Fainting\n',
    );
    expect(parsed.sideEffects).toEqual([{ name: 'Fainting', urgency: 'immediate', frequency: 'rare' }]);
  });

  it('reports text under the title and prose under the brand heading', () => {
    const parsed = parseMonograph(
      '# Drug (oral route)\nLocal formulary choice.\n\n## Brand Name\n- Brandex\nAlso sold as a generic in most trusts.\n',
    );
    expect(parsed.drug.brands).toEqual(['Brandex']);
    expect(parsed.unplaced.map((u) => u.heading)).toEqual(['Drug (oral route)', 'Brand Name']);
  });

  it('reads dosage forms given inline after the intro', () => {
    expect(
      parseMonograph(
        '# Drug\n## Description\nIt is available in the following dosage forms: Tablet, Injection and Oral Solution.\n',
      ).dosageForms,
    ).toEqual(['Tablet', 'Injection', 'Oral Solution']);
  });

  it('recognises intro sentences by meaning, not exact wording', () => {
    const parsed = parseMonograph(
      [
        '# Drug',
        '## Drug Interactions',
        'These medicines must not be given with this drug:',
        '- Alpha',
        'Combining with the medicines below is generally avoided, though it may be needed in some patients:',
        '- Beta',
        'The following raise the chance of side effects, yet the combination can still be the right treatment:',
        '- Gamma',
      ].join('\n'),
    );
    expect(parsed.interactions).toEqual([
      { name: 'Alpha', severity: 'contraindicated' },
      { name: 'Beta', severity: 'major' },
      { name: 'Gamma', severity: 'moderate' },
    ]);
  });
});

describe('readLocalMonographDir', () => {
  it('reads every fixture, sorted by file name', () => {
    const files = readLocalMonographDir(FIXTURES).map((entry) => entry.file);
    expect(files).toEqual([...files].sort());
    expect(files).toContain('warfarin.md');
    expect(files.every((file) => file.endsWith('.md'))).toBe(true);
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it('skips non-Markdown files and reports an unreadable one instead of throwing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wardbook-local-'));
    try {
      writeFileSync(join(dir, 'b-drug.md'), '# Bisoprolol (oral route)\n');
      writeFileSync(join(dir, 'notes.txt'), 'not a monograph');
      mkdirSync(join(dir, 'folder.md'));
      symlinkSync(join(dir, 'missing-target'), join(dir, 'a-broken.md'));
      const entries = readLocalMonographDir(dir);
      expect(entries.map((e) => e.file)).toEqual(['a-broken.md', 'b-drug.md']);
      expect(entries[0]?.parsed.unplaced[0]?.reason).toMatch(/^could not read the file: /);
      expect(entries[0]?.parsed.drug.name).toBe('a broken');
      expect(entries[1]?.parsed.drug).toEqual({ name: 'Bisoprolol', route: 'oral', brands: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a file that is not a Markdown monograph is refused with a message, never imported empty', () => {
  it.each([
    ['latin1.md', Buffer.from('# Warfarin\n\nDo not take with aspirin \xe9\n', 'latin1'), /is not UTF-8 text/],
    ['image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /is not UTF-8 text/],
    ['utf16.md', Buffer.from('# Warfarin\n\nDo not take with aspirin.\n', 'utf16le'), /holds NUL bytes/],
    ['huge.md', Buffer.alloc(5_000_001, 'a'), /is 5\.0 MB: a Markdown monograph is at most 5 MB/],
  ])('%s', (file, bytes, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'wardbook-local-'));
    try {
      writeFileSync(join(dir, file), bytes);
      expect(() => parseMonographFile(join(dir, file))).toThrow(message);
      // In a pack build the file is reported, and the build goes on.
      const [entry] = readLocalMonographDir(dir);
      expect(entry?.parsed.sections).toEqual([]);
      expect(entry?.parsed.unplaced[0]?.reason).toMatch(message);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// A consumer page saved as Markdown ends with the site's attribution, advertisement and navigation lines;
// they followed the last side-effect list and were read as side effects (issue 14, item 5).
describe('page furniture at the end of a saved consumer page', () => {
  const FOOTER = [
    'Drug information provided by: Merative, Micromedex®',
    'Portions of this document last updated: Oct. 01, 2025',
    'Advertisement',
    '[Reprint Permissions](https://example.org/permissions)',
    '- Print\n- Share',
    'Copyright © 2025 Example Health. All rights reserved.',
  ];
  const markdown = readFileSync(join(FIXTURES, 'warfarin.md'), 'utf8');
  const plain = parseMonograph(markdown);
  const saved = parseMonograph(`${markdown}\n\n${FOOTER.join('\n\n')}\n`);

  it('is never a side effect, section text or an unplaced part', () => {
    expect(saved.sideEffects).toEqual(plain.sideEffects);
    expect(saved.sections).toEqual(plain.sections);
    expect(saved.unplaced).toEqual(plain.unplaced);
    expect(JSON.stringify(saved.sections)).not.toMatch(/provided by|Advertisement|Reprint|Copyright/);
  });

  it('is listed apart, line by line, so the build can say what it left out', () => {
    expect(saved.furniture).toEqual([
      'Drug information provided by: Merative, Micromedex®',
      'Portions of this document last updated: Oct. 01, 2025',
      'Advertisement',
      'Reprint Permissions',
      'Print',
      'Share',
      'Copyright © 2025 Example Health. All rights reserved.',
    ]);
    expect(plain.furniture).toEqual([]);
  });

  it('leaves a trailing list alone when no attribution or furniture line ends it', () => {
    expect(plain.sideEffects.at(-1)?.name).toBe('Loss of appetite');
  });

  it('keeps what follows an attribution line when a section heading follows it', () => {
    const early = parseMonograph(
      '# Drugname (oral route)\n\n## Description\n\nA tablet.\n\nInformation provided by: the ward pharmacy\n\n' +
        '## Side Effects\n\nCheck with your doctor immediately if any of the following side effects occur:\n\n- Rash\n',
    );
    expect(early.sideEffects.map((e) => e.name)).toEqual(['Rash']);
    expect(early.furniture).toEqual([]);
  });
});
