import { beforeAll, describe, expect, it } from 'vitest';
import { labelQuote } from '../../data/compiler/kb/labelQuote.ts';
import { all } from '../../electron/node/queries/rows.ts';
import type { Pack } from '../../electron/node/pack/openPack.ts';
import { realPack } from '../support/pack.ts';

describe("a label sentence quoted under Why reads as the label's words", () => {
  it('drops the section number and subsection heading that flattened label text runs into the sentence', () => {
    expect(
      labelQuote(
        '7.1 CYP3A4 Inhibitors Alfuzosin hydrochloride extended-release tablets are contraindicated for use with potent CYP3A4 inhibitors.',
      ),
    ).toBe(
      'Alfuzosin hydrochloride extended-release tablets are contraindicated for use with potent CYP3A4 inhibitors.',
    );
    expect(
      labelQuote(
        '7.1 Drugs that Prolong QT Avoid use of anagrelide in patients taking medications that may prolong QT interval.',
      ),
    ).toBe('Avoid use of anagrelide in patients taking medications that may prolong QT interval.');
    // A heading that alone names the partner stays as the sentence's context.
    expect(
      labelQuote(
        '4.5 Lomitapide, Lovastatin, and Simvastatin Concomitant administration of clarithromycin tablets with lomitapide is contraindicated.',
        ['simvastatin'],
      ),
    ).toBe(
      'Lomitapide, Lovastatin, and Simvastatin: Concomitant administration of clarithromycin tablets with lomitapide is contraindicated.',
    );
    // A numbered sentence with no heading keeps every word.
    expect(labelQuote('7.2 Concomitant use of warfarin is not recommended.')).toBe(
      'Concomitant use of warfarin is not recommended.',
    );
  });

  it('reads a table row as its comment when that names the partner, else as the drugs and the verdict', () => {
    const row =
      'Antiarrhythmics: amiodarone, quinidine | ↑ amiodarone, quinidine | Concomitant use of REYATAZ with ritonavir and either quinidine or amiodarone is contraindicated [see Contraindications (4)].';
    expect(labelQuote(row, ['amiodarone'])).toBe(
      'Concomitant use of REYATAZ with ritonavir and either quinidine or amiodarone is contraindicated (see Contraindications).',
    );
    expect(
      labelQuote(
        'Disopyramide Quinidine Dofetilide Amiodarone Sotalol Procainamide | Not Recommended | Disopyramide, Quinidine: There have been postmarketing reports of torsades de pointes.',
        ['amiodarone'],
      ),
    ).toBe('Disopyramide Quinidine Dofetilide Amiodarone Sotalol Procainamide: Not Recommended');
  });
});

describe('in the built pack', () => {
  let pack: Pack;
  beforeAll(async () => {
    pack = await realPack();
  });

  it('quoted label sentences carry no table pipes and no section-numbered heading', () => {
    const quotes = all<{ why: string }>(
      pack.db,
      "SELECT why_a AS why FROM interaction WHERE why_a LIKE '%label says \"%' UNION ALL SELECT why_b FROM interaction WHERE why_b LIKE '%label says \"%'",
    ).map((r) => r.why.slice(r.why.indexOf('label says "')));
    expect(quotes.length).toBeGreaterThan(1000);
    const piped = quotes.filter((q) => q.includes(' | '));
    const numbered = quotes.filter((q) => /^label says "\d{1,2}\.\d/.test(q));
    // Single odd rows may remain (a header cell with no words); never the hundreds there were.
    expect(piped.length, piped.slice(0, 3).join('\n')).toBeLessThan(quotes.length / 500);
    expect(numbered.length, numbered.slice(0, 3).join('\n')).toBeLessThan(quotes.length / 500);
  });
});
