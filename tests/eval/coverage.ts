// `npm run report:coverage [-- --json | --markdown]`: which monograph sections the data pack has for common ward
// drugs, each drug opened as a user would type it (its product's label), and the gap list. A section counts as
// "own" from this product's label, "other" when it comes from another product's label (the heading says so), or
// from the components of a combination without its own label.
import { isMatched, matchLine } from '../../electron/node/checker/matchDrug.ts';
import { parseLine } from '../../electron/node/checker/parseLine.ts';
import { monograph } from '../../electron/node/monograph/monograph.ts';
import { openPack } from '../../electron/node/pack/openPack.ts';
import { SECTIONS, type SectionKey } from '../../electron/common/sections.ts';
import { PACK } from '../support/paths.ts';
import { WARD_DRUGS } from './wardDrugs.ts';

export const REPORTED: SectionKey[] = [
  'boxed_warning',
  'indications',
  'dosage_administration',
  'contraindications',
  'warnings_precautions',
  'adverse_reactions',
  'drug_interactions',
  'pregnancy',
  'lactation',
  'breastfeeding_lactmed',
  'pediatric',
  'geriatric',
  'overdosage',
  'patient_counseling',
  'medication_guide',
];

export type Cell = 'own' | 'other' | 'none-stated' | 'missing';

export interface CoverageRow {
  input: string;
  drug: string | null;
  label: string | null;
  cells: Record<string, Cell>;
}

export async function coverage(packPath = PACK): Promise<CoverageRow[]> {
  const pack = await openPack(packPath);
  return WARD_DRUGS.map((input) => {
    const match = matchLine(pack.db, parseLine(input));
    const cells: Record<string, Cell> = {};
    if (!isMatched(match) || match.matchedBy === 'fuzzy') {
      for (const key of REPORTED) cells[key] = 'missing';
      return { input, drug: null, label: null, cells };
    }
    const m = monograph(pack.db, pack.meta, match.drugId, input);
    const sections = m.tabs.flatMap((t) => t.sections);
    for (const key of REPORTED) {
      const present = sections.filter((s) => s.key === key);
      const withText = present.find((s) => s.text && !s.fromOther) ?? present.find((s) => s.text);
      cells[key] = withText
        ? withText.fromOther
          ? 'other'
          : 'own'
        : present.some((s) => s.missingNote?.startsWith('This label has no'))
          ? 'none-stated'
          : 'missing';
    }
    return { input, drug: m.drug.name, label: m.label?.title ?? null, cells };
  });
}

function pct(n: number, of: number): string {
  return `${Math.round((100 * n) / of)} %`;
}

export function markdown(rows: CoverageRow[]): string {
  const n = rows.length;
  const lines = [
    `Common ward drugs: ${n} (tests/eval/wardDrugs.ts), ${rows.filter((r) => r.drug).length} recognised.`,
    '',
    '| section | this product’s label | another product’s label or a component | none (label says so) | not in this pack |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const key of REPORTED) {
    const count = (c: Cell) => rows.filter((r) => r.cells[key] === c).length;
    lines.push(
      `| ${SECTIONS[key].title} | ${pct(count('own'), n)} | ${pct(count('other'), n)} | ${key === 'boxed_warning' ? pct(count('none-stated'), n) : ''} | ${pct(count('missing'), n)} |`,
    );
  }
  lines.push(
    '',
    'Gap list (sections not in this pack for this product; "other" sections are not gaps but are flagged):',
    '',
  );
  for (const r of rows) {
    const gaps = REPORTED.filter((k) => r.cells[k] === 'missing').map((k) => SECTIONS[k].title.toLowerCase());
    if (gaps.length > 0) lines.push(`- **${r.input}**${r.drug ? '' : ' (not in this pack)'}: ${gaps.join(', ')}`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await coverage(process.env.WARDBOOK_PACK ?? PACK);
  process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(rows, null, 2)}\n` : `${markdown(rows)}\n`);
}
