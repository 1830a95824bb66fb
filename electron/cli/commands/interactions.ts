// interactions <drug>…: every partner of each drug; a name the pack does not know exits 1.
import type { DrugInteractions } from '../../common/contract.ts';
import { need } from '../args.ts';
import { formatInteractions } from '../format.ts';
import { call, resolveDrug, type PackCommand } from './onPack.ts';

export function interactions({ args, pack, table, print }: PackCommand): number {
  need(args, 1);
  const results = args.positional.map((input) => {
    const drug = resolveDrug(pack, input);
    return { input, result: 'id' in drug ? call(table, 'drugInteractions', { drugId: drug.id }) : null };
  });
  print(formatInteractions(results), {
    results: results.map(({ input, result }: { input: string; result: DrugInteractions | null }) => ({
      input,
      drug: result ? result.drug : null,
      counts: result?.counts ?? null,
      partners: (result?.partners ?? []).map((p) => ({
        drugId: p.drugId,
        name: p.name,
        severity: p.severity,
        effect: p.effect,
        mechanism: p.mechanism,
        management: p.management,
        why: p.why,
        evidence: p.evidence,
        sources: p.sources,
        disagreement: p.disagreement,
      })),
    })),
  });
  const unknown = results.filter((r) => !r.result).map((r) => r.input);
  if (unknown.length > 0) {
    process.stderr.write(`not checked (unknown): ${unknown.join(', ')}\n`);
    return 1;
  }
  return 0;
}
