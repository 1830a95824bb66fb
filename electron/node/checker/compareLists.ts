// Home medicines against current orders: what is new, stopped or changed, and which interactions
// the current orders bring that the home list did not have.
import type { Database } from 'sql.js';
import type { CheckRequest, ListComparison, MatchedEntry, PackMeta } from '../../common/contract.ts';
import { checkList } from './check.ts';

const regimen = (e: MatchedEntry) =>
  [e.line.dose, e.line.route, e.line.frequency].filter(Boolean).join(' ').toLowerCase();

export function compareLists(db: Database, meta: PackMeta, before: CheckRequest, after: CheckRequest): ListComparison {
  const a = checkList(db, meta, before);
  const b = checkList(db, meta, after);
  const byDrug = (entries: MatchedEntry[]) => new Map(entries.map((e) => [e.drugId, e]));
  const home = byDrug(a.recognized);
  const now = byDrug(b.recognized);
  const pairKey = (x: { a: { id: string }; b: { id: string } }) => `${x.a.id}|${x.b.id}`;
  const known = new Set(a.interactions.map(pairKey));
  return {
    before: a,
    after: b,
    added: b.recognized.filter((e) => !home.has(e.drugId)),
    stopped: a.recognized.filter((e) => !now.has(e.drugId)),
    changed: b.recognized.flatMap((e) => {
      const old = home.get(e.drugId);
      return old && regimen(old) !== regimen(e) ? [{ before: old, after: e }] : [];
    }),
    unchanged: b.recognized.filter((e) => {
      const old = home.get(e.drugId);
      return old !== undefined && regimen(old) === regimen(e);
    }),
    newInteractions: b.interactions.filter((i) => !known.has(pairKey(i))),
  };
}
