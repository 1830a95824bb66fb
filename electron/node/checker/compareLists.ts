// Home medicines against current orders: what is new, stopped or changed (dose, frequency, route,
// release, salt), which interactions the current orders bring, and what each stop ends.
import type { Database } from 'sql.js';
import type {
  Alert,
  CheckRequest,
  CheckResult,
  ListComparison,
  MatchedEntry,
  PackMeta,
  StoppedEffect,
} from '../../common/contract.ts';
import { regimenChanges } from '../../common/regimen.ts';
import { checkList } from './check.ts';

const pairKey = (x: { a: { id: string }; b: { id: string } }) => `${x.a.id}|${x.b.id}`;
/** A line's own drug and, for a combination, its components: the ids interactions are keyed by. */
const idsOf = (e: MatchedEntry) => [e.drugId, ...e.components.map((c) => c.id)];

function stoppedEffect(stop: MatchedEntry, before: CheckResult, after: CheckResult): StoppedEffect {
  const gone = new Set(idsOf(stop));
  const remaining = new Set(after.recognized.flatMap(idsOf));
  const ends = before.interactions.flatMap((i) => {
    const other = gone.has(i.a.id) ? i.b : gone.has(i.b.id) ? i.a : null;
    return other && remaining.has(other.id) && !gone.has(other.id)
      ? [{ with: other, severity: i.severity, effect: i.effect }]
      : [];
  });
  const stillThere = (a: Alert) => after.alerts.find((x) => x.id === a.id && x.subject === a.subject);
  const alerts = before.alerts
    .filter((a) => a.drugs.some((d) => gone.has(d.id)))
    .map((a) => {
      const now = stillThere(a);
      return {
        severity: a.severity,
        message: a.message,
        outcome: now ? ('continues' as const) : ('ends' as const),
        remaining: now?.drugs ?? [],
      };
    });
  return { drug: { id: stop.drugId, name: stop.name }, ends, alerts };
}

export function compareLists(db: Database, meta: PackMeta, before: CheckRequest, after: CheckRequest): ListComparison {
  const a = checkList(db, meta, before);
  const b = checkList(db, meta, after);
  const home = new Map(a.recognized.map((e) => [e.drugId, e]));
  const now = new Set(b.recognized.map((e) => e.drugId));
  const known = new Set(a.interactions.map(pairKey));
  const paired = b.recognized.flatMap((e) => {
    const old = home.get(e.drugId);
    return old ? [{ before: old, after: e, changes: regimenChanges(old, e) }] : [];
  });
  const stopped = a.recognized.filter((e) => !now.has(e.drugId));
  return {
    before: a,
    after: b,
    added: b.recognized.filter((e) => !home.has(e.drugId)),
    stopped,
    changed: paired.filter((p) => p.changes.length > 0),
    unchanged: paired.filter((p) => p.changes.length === 0).map((p) => p.after),
    newInteractions: b.interactions.filter((i) => !known.has(pairKey(i))),
    stoppedEffects: stopped.map((s) => stoppedEffect(s, a, b)),
  };
}
