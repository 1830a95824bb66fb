// Issue 14: the patient handout reads at about grade 6–7 in what we write, and quotes only the first sentences of
// the label's patient text, pointing to the full leaflet; on the real pack, as the app builds it.
import { beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_CHARS, MORE_IN_LEAFLET, firstSentences, handoutMedicines } from '../../electron/common/handout.ts';
import { readingGrade, syllables } from '../../electron/common/readingGrade.ts';
import { checkList } from '../../electron/node/checker/check.ts';
import { monograph } from '../../electron/node/monograph/monograph.ts';
import type { Pack } from '../../electron/node/pack/openPack.ts';
import { handoutReadings } from '../eval/handoutReading.ts';
import { realPack } from '../support/pack.ts';

let pack: Pack;
beforeAll(async () => {
  pack = await realPack();
});

const handout = (lines: string[]) => {
  const result = checkList(pack.db, pack.meta, { lines, conditions: [], allergies: [] });
  return handoutMedicines(
    result,
    result.recognized.map((e) => monograph(pack.db, pack.meta, e.drugId, e.input)),
  );
};

describe('reading grade', () => {
  it('counts syllables as a reader would for common words', () => {
    expect(['take', 'medicine', 'doctor', 'bleeding', 'pharmacist', 'once', 'water', 'the'].map(syllables)).toEqual([
      1, 3, 2, 2, 3, 1, 2, 1,
    ]);
  });
  it('grades a plain sentence low and label prose high', () => {
    expect(readingGrade('Take one tablet by mouth each day. Ask your nurse if you are not sure.').grade).toBeLessThan(
      4,
    );
    expect(
      readingGrade(
        'Angioedema, including laryngeal edema, may occur at any time during treatment with angiotensin converting enzyme inhibitors.',
      ).grade,
    ).toBeGreaterThan(12);
  });
});

describe('patient handout', () => {
  it('writes its own lines at grade 7 or below for 30 common ward medicines', () => {
    const rows = handoutReadings(pack);
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const grades = rows.map((r) => r.ours).sort((a, b) => a - b);
    expect(grades[grades.length >> 1]).toBeLessThanOrEqual(7);
    // Label text is quoted, never rewritten: it is bounded instead.
    expect(Math.max(...rows.map((r) => r.chars))).toBeLessThan(4000);
  });

  it('quotes the first sentences of a Medication Guide and points to the full leaflet', () => {
    const [warfarin] = handout(['Warfarin 5 mg PO daily']);
    expect(warfarin!.forWhat).toMatch(/blood clots/);
    expect(warfarin!.warning.join(' ')).toMatch(/bleeding/i);
    for (const block of [warfarin!.forWhat, ...warfarin!.how.slice(1), ...warfarin!.warning])
      expect(block.length).toBeLessThanOrEqual(BLOCK_CHARS + 200);
    expect(warfarin!.more).toBe(true);
    expect(MORE_IN_LEAFLET).toMatch(/full leaflet/);
  });

  it('cuts at whole sentences and never leaves a list opener without its items', () => {
    const cut = firstSentences('First one. Second one. Call your doctor if you:\n• bleed\n• faint', 30);
    expect(cut).toEqual({ text: 'First one. Second one.', cut: true });
    expect(firstSentences('Only one.').cut).toBe(false);
    // A pointer to another part of the leaflet is not quoted.
    expect(firstSentences('• See “What is the most important information I should know?” It can happen soon.')).toEqual(
      {
        text: 'It can happen soon.',
        cut: false,
      },
    );
  });

  it('lists what the leaflet says to avoid without a doubled bullet', () => {
    for (const m of handout(['Warfarin 5 mg PO daily', 'Sertraline 50 mg', 'Oxycodone 5 mg']))
      for (const a of m.labelAvoid) expect(a, m.name).not.toMatch(/^\s*•/);
  });

  it('says what to avoid from the list’s alerts in short sentences', () => {
    const medicines = handout(['Warfarin 5 mg daily', 'Aspirin 81 mg daily', 'Acetaminophen 500 mg', 'Tylenol 325 mg']);
    const avoid = medicines.flatMap((m) => m.avoid);
    expect(avoid).toContain('Warfarin and aspirin can affect each other. Ask before you start, stop or change one.');
    expect(avoid).toContain('Do not take other medicines that contain acetaminophen.');
    // Graded together (one short sentence is too few words for the formula); the drug names alone weigh a grade.
    expect(readingGrade(avoid.filter((l) => !l.startsWith('Avoid ')).join(' ')).grade).toBeLessThanOrEqual(7.5);
  });
});
