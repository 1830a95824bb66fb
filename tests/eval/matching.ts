// `npm run eval:matching [-- --json]`: how list lines are matched (tests/eval/matching/lines.tsv).
import { openPack } from '../../electron/node/pack/openPack.ts';
import { PACK } from '../support/paths.ts';
import { evaluateMatching } from './matching/evaluateMatching.ts';

const pack = await openPack(process.env.WARDBOOK_PACK ?? PACK);
const r = evaluateMatching(pack.db, pack.meta);
const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)} %`;
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ pack: pack.meta, ...r }, null, 2)}\n`);
else {
  const out = [
    `Data pack ${pack.meta.version}: ${r.lines} lines (${r.medicineLines} medicines, ${r.nonMedicineLines} not medicines)`,
    `exact ingredient set: ${pct(r.exactRecall)} (${pct(r.recallWithConfirmed)} counting spelling corrections to confirm) · confident wrong: ${r.confidentWrong} (${pct(r.confidentWrongRate)}) · non-medicine lines matched: ${r.nonMedicineMatched}`,
    '',
    ...Object.entries(r.byKind).map(([k, v]) => `  ${k.padEnd(10)} ${String(v.right).padStart(4)} / ${v.n}`),
    '',
    ...r.outcomes
      .filter(
        (o) => o.verdict !== 'right' && o.verdict !== 'note' && !(o.expected?.length === 0 && o.how === 'not checked'),
      )
      .map(
        (o) =>
          `  ${o.verdict.padEnd(11)} ${o.line}  →  ${o.got?.join(' + ') ?? o.how}  (expected ${o.expected?.join(' + ') ?? 'a note'})`,
      ),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}
