// A drug's own Interactions tab: every partner, merged across sources, grouped by severity.
import type { Database } from 'sql.js';
import type { DrugInteractions, Partner } from '../../common/contract.ts';
import { compareText } from '../../common/order.ts';
import { bySeverity, severityCounts } from '../../common/severity.ts';
import { componentsOf, drugById, drugsByIds } from '../queries/drugs.ts';
import { interactionsOf } from '../queries/interactions.ts';
import { NotFoundError } from '../monograph/monograph.ts';
import { groupByPair, mergeGroups } from './mergeRows.ts';

export function drugInteractions(db: Database, drugId: string): DrugInteractions {
  const drug = drugById(db, drugId);
  if (!drug) throw new NotFoundError(`No drug with id "${drugId}" in this data pack.`);
  // A combination product interacts through each of its components.
  const selves = [drugId, ...componentsOf(db, drugId).map((c) => c.id)];
  const rows = selves.flatMap((id) => interactionsOf(db, id));
  const partnerOf = (a: string, b: string) => (selves.includes(a) ? b : a);
  const byPartner = new Map<string, typeof rows>();
  for (const [, group] of groupByPair(rows)) {
    const partner = partnerOf(group[0]!.drug_a, group[0]!.drug_b);
    if (selves.includes(partner)) continue;
    byPartner.set(partner, [...(byPartner.get(partner) ?? []), ...group]);
  }
  const names = new Map(drugsByIds(db, [...byPartner.keys()]).map((d) => [d.id, d.name]));
  const entries = [...byPartner];
  const merged = mergeGroups(
    db,
    entries.map(([, group]) => group),
  );
  const partners: Partner[] = entries
    .map(([id], i) => ({ drugId: id, name: names.get(id) ?? id, ...omitOnset(merged[i]!) }))
    .sort((x, y) => bySeverity(x, y) || compareText(x.name, y.name));
  const counts = severityCounts(partners);
  return { drug: { id: drug.id, name: drug.name }, counts, partners };
}

function omitOnset<T extends { onset: string }>(merged: T): Omit<T, 'onset'> {
  const { onset, ...rest } = merged;
  return rest;
}
