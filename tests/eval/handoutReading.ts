// `npm run eval:handout [-- --json]`: the Flesch–Kincaid grade of the patient handout for common ward medicines,
// built as the app builds it (three ward lists through the real checker, each line's own product monograph).
// "Our text" is what Wardbook writes (intro, headings, how to take it, the avoid lines from alerts and
// counselling); "label text" is what it quotes from Medication Guides and patient counselling sections.
import {
  HANDOUT_INTRO,
  MORE_IN_LEAFLET,
  handoutMedicines,
  type HandoutMedicine,
} from '../../electron/common/handout.ts';
import { readingGrade } from '../../electron/common/readingGrade.ts';
import { checkList } from '../../electron/node/checker/check.ts';
import { monograph } from '../../electron/node/monograph/monograph.ts';
import { openPack, type Pack } from '../../electron/node/pack/openPack.ts';
import { PACK } from '../support/paths.ts';

export const HANDOUT_LISTS: string[][] = [
  [
    'Warfarin 5 mg PO daily',
    'Metoprolol tartrate 25 mg PO BID',
    'Amlodipine 5 mg daily',
    'Atorvastatin 40 mg qhs',
    'Lisinopril 10 mg daily',
    'Furosemide 40 mg PO daily',
    'Apixaban 5 mg BID',
    'Digoxin 125 mcg daily',
    'Clopidogrel 75 mg daily',
    'Aspirin 81 mg daily',
  ],
  [
    'Metformin 500 mg BID',
    'Insulin glargine 20 units SC qhs',
    'Levothyroxine 50 mcg daily',
    'Omeprazole 20 mg daily',
    'Prednisone 10 mg daily',
    'Sertraline 50 mg daily',
    'Alprazolam 0.25 mg PRN',
    'Gabapentin 300 mg TID',
    'Oxycodone 5 mg q4h PRN',
    'Acetaminophen 500 mg q6h PRN',
  ],
  [
    'Amoxicillin clavulanate 875 mg BID',
    'Ciprofloxacin 500 mg BID',
    'Azithromycin 250 mg daily',
    'Fluoxetine 20 mg daily',
    'Lithium 300 mg BID',
    'Phenytoin 100 mg TID',
    'Naproxen 500 mg BID',
    'Tramadol 50 mg q6h PRN',
    'Paroxetine 20 mg daily',
    'Spironolactone 25 mg daily',
  ],
];

export interface HandoutReading {
  medicine: string;
  ours: number;
  label: number | null;
  whole: number;
  chars: number;
}

/** Our own words for one medicine: how to take it and the avoid lines from the list's alerts and counselling. */
function ourText(m: HandoutMedicine): string {
  return [m.how[0] ?? '', ...m.avoid].filter(Boolean).join(' ');
}

export function handoutReadings(pack: Pack): HandoutReading[] {
  const rows: HandoutReading[] = [];
  for (const lines of HANDOUT_LISTS) {
    const result = checkList(pack.db, pack.meta, { lines, conditions: [], allergies: [] });
    const monographs = result.recognized.map((e) => monograph(pack.db, pack.meta, e.drugId, e.input));
    for (const m of handoutMedicines(result, monographs)) {
      const labelParts = [m.forWhat, ...m.how.slice(1), ...m.warning, ...m.labelAvoid];
      const label = labelParts.filter(Boolean).join('\n');
      const ours = [ourText(m), HANDOUT_INTRO, m.more ? MORE_IN_LEAFLET : ''].join(' ');
      const whole = [ours, label].join('\n');
      rows.push({
        medicine: m.input,
        ours: readingGrade(ours).grade,
        label: label ? readingGrade(label).grade : null,
        whole: readingGrade(whole).grade,
        chars: whole.length,
      });
    }
  }
  return rows;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};

async function main(): Promise<void> {
  const rows = handoutReadings(await openPack(PACK));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  const withLabel = rows.filter((r) => r.label !== null);
  console.log(
    `Patient handout, ${rows.length} medicines (tests/eval/handoutReading.ts), Flesch–Kincaid grade, median:`,
  );
  console.log(`  our text (intro, how to take it, avoid lines): ${median(rows.map((r) => r.ours)).toFixed(1)}`);
  console.log(
    `  label text quoted (${withLabel.length} medicines with a leaflet): ${median(withLabel.map((r) => r.label!)).toFixed(1)}`,
  );
  console.log(`  whole handout per medicine: ${median(rows.map((r) => r.whole)).toFixed(1)}`);
  console.log(
    `  characters per medicine: median ${median(rows.map((r) => r.chars))}, most ${Math.max(...rows.map((r) => r.chars))}`,
  );
  for (const r of rows)
    console.log(
      `  ${r.medicine.padEnd(38)} ours ${r.ours.toFixed(1).padStart(5)}  label ${r.label === null ? '    —' : r.label.toFixed(1).padStart(5)}  ${r.chars} chars`,
    );
}

if (process.argv[1]?.endsWith('handoutReading.ts')) void main();
