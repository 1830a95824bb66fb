// `npm run eval:formulations [-- --json]`: salt, release, route and brand queries a nurse types, each opened as
// `show` opens it. A query counts as opened when the label shown is that product's (every trait the query names:
// salt, release, route); where the pack has no label of that product, it counts as said when the monograph says
// which words no label has, and as silent otherwise. Our own list, written before measuring.
import type { Release } from '../../electron/common/productTraits.ts';
import { isMatched, matchLine } from '../../electron/node/checker/matchDrug.ts';
import { parseLine } from '../../electron/node/checker/parseLine.ts';
import { monograph } from '../../electron/node/monograph/monograph.ts';
import { traitsOf } from '../../electron/node/monograph/product.ts';
import { openPack, type Pack } from '../../electron/node/pack/openPack.ts';
import { labelsOf } from '../../electron/node/queries/sections.ts';
import { PACK } from '../support/paths.ts';

interface Wanted {
  salts?: string[];
  release?: Release;
  route?: string;
}

const ER = 'extended-release' as const;
const DR = 'delayed-release' as const;
const IR = 'immediate-release' as const;

export const FORMULATION_QUERIES: [string, string, Wanted][] = [
  ['metoprolol succinate', 'metoprolol', { salts: ['succinate'] }],
  ['metoprolol tartrate', 'metoprolol', { salts: ['tartrate'] }],
  ['Toprol XL', 'metoprolol', { salts: ['succinate'], release: ER }],
  ['Lopressor', 'metoprolol', { salts: ['tartrate'] }],
  ['metoprolol IV', 'metoprolol', { route: 'injection' }],
  ['diltiazem ER', 'diltiazem', { release: ER }],
  ['Cardizem CD', 'diltiazem', { release: ER }],
  ['diltiazem injection', 'diltiazem', { route: 'injection' }],
  ['nifedipine ER', 'nifedipine', { release: ER }],
  ['Procardia XL', 'nifedipine', { release: ER }],
  ['metformin ER', 'metformin', { release: ER }],
  ['Glucophage XR', 'metformin', { release: ER }],
  ['bupropion XL', 'bupropion', { release: ER }],
  ['Wellbutrin SR', 'bupropion', { release: ER }],
  ['venlafaxine XR', 'venlafaxine', { release: ER }],
  ['Effexor XR', 'venlafaxine', { release: ER }],
  ['quetiapine ER', 'quetiapine', { release: ER }],
  ['Seroquel XR', 'quetiapine', { release: ER }],
  ['oxycodone ER', 'oxycodone', { release: ER }],
  ['OxyContin', 'oxycodone', { release: ER }],
  ['morphine sulfate ER', 'morphine', { salts: ['sulfate'], release: ER }],
  ['MS Contin', 'morphine', { release: ER }],
  ['morphine injection', 'morphine', { route: 'injection' }],
  ['divalproex ER', 'divalproex', { release: ER }],
  ['Depakote', 'divalproex', { release: DR }],
  ['levetiracetam injection', 'levetiracetam', { route: 'injection' }],
  ['pantoprazole IV', 'pantoprazole', { route: 'injection' }],
  ['Protonix IV', 'pantoprazole', { route: 'injection' }],
  ['methylprednisolone sodium succinate', 'methylprednisolone', { salts: ['sodium', 'succinate'] }],
  ['hydrocortisone sodium succinate', 'hydrocortisone', { salts: ['sodium', 'succinate'] }],
  ['potassium chloride ER', 'potassium chloride', { release: ER }],
  ['Klor-Con M20', 'potassium chloride', { release: ER }],
  ['carbamazepine XR', 'carbamazepine', { release: ER }],
  ['Tegretol XR', 'carbamazepine', { release: ER }],
  ['lithium carbonate ER', 'lithium', { salts: ['carbonate'], release: ER }],
  ['glipizide XL', 'glipizide', { release: ER }],
  ['Glucotrol XL', 'glipizide', { release: ER }],
  ['carvedilol CR', 'carvedilol', { release: ER }],
  ['zolpidem ER', 'zolpidem', { release: ER }],
  ['methylphenidate ER', 'methylphenidate', { release: ER }],
  ['alprazolam ER', 'alprazolam', { release: ER }],
  ['furosemide injection', 'furosemide', { route: 'injection' }],
  ['ondansetron injection', 'ondansetron', { route: 'injection' }],
  ['acetaminophen IV', 'acetaminophen', { route: 'injection' }],
  ['omeprazole delayed-release', 'omeprazole', { release: DR }],
  ['amoxicillin clavulanate ER', 'amoxicillin / clavulanate', { release: ER }],
  ['nitroglycerin patch', 'nitroglycerin', { route: 'topical' }],
  ['metformin immediate release', 'metformin', { release: IR }],
];

export type Outcome = 'opened' | 'wrong' | 'absent-said' | 'absent-silent' | 'not-recognised';

export interface FormulationRow {
  query: string;
  outcome: Outcome;
  drug: string | null;
  shown: string | null;
  unmatched: string[];
}

const fits = (t: { salts: string[]; release: string; route: string }, w: Wanted) =>
  (!w.salts || w.salts.every((s) => t.salts.includes(s))) &&
  (!w.release || t.release === w.release) &&
  (!w.route || t.route === w.route);

export function formulationRows(pack: Pack): FormulationRow[] {
  return FORMULATION_QUERIES.map(([query, drugName, wanted]) => {
    const match = matchLine(pack.db, parseLine(query));
    if (!isMatched(match) || match.matchedBy === 'fuzzy' || match.name !== drugName)
      return {
        query,
        outcome: 'not-recognised',
        drug: isMatched(match) ? match.name : null,
        shown: null,
        unmatched: [],
      };
    const m = monograph(pack.db, pack.meta, match.drugId, query);
    const labels = labelsOf(pack.db, match.drugId);
    const shown = labels.find((l) => l.id === m.label?.labelId);
    const exists = labels.some((l) => fits(traitsOf(l), wanted));
    const outcome: Outcome =
      shown && fits(traitsOf(shown), wanted)
        ? 'opened'
        : exists
          ? 'wrong'
          : m.unmatched.length > 0 || labels.length === 0
            ? 'absent-said'
            : 'absent-silent';
    const label = m.label ? `${m.label.title} (${m.label.product || 'product not stated'})` : null;
    return { query, outcome, drug: m.drug.name, shown: label, unmatched: m.unmatched };
  });
}

async function main(): Promise<void> {
  const pack = await openPack(PACK);
  const rows = formulationRows(pack);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  const count = (o: Outcome) => rows.filter((r) => r.outcome === o).length;
  const inPack = rows.length - count('absent-said') - count('absent-silent') - count('not-recognised');
  console.log(`Formulation queries: ${rows.length} (tests/eval/formulations.ts)`);
  console.log(`opened that product's label: ${count('opened')} of ${inPack} whose product has a label in the pack`);
  console.log(`no label of that product in the pack: ${count('absent-said') + count('absent-silent')}`);
  console.log(`  said which words no label has: ${count('absent-said')}; not said: ${count('absent-silent')}`);
  console.log(`another product's label opened although the pack has this one: ${count('wrong')}`);
  console.log(`not recognised as the drug: ${count('not-recognised')}`);
  for (const r of rows.filter((r) => r.outcome !== 'opened'))
    console.log(
      `  ${r.outcome.padEnd(14)} ${r.query.padEnd(36)} → ${r.drug ?? '—'}: ${r.shown ?? 'no label'} ${r.unmatched.length ? `[not in pack: ${r.unmatched.join(', ')}]` : ''}`,
    );
}

if (process.argv[1]?.endsWith('formulations.ts')) void main();
