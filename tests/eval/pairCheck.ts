// Scores one pair the way a user meets it: the two names typed as a two-line list into checkList.
// Both the pair interaction and any list alert that names both drugs count as a flag, because the
// clinician sees either one on the screen.
import type { Database } from 'sql.js';
import type { PackMeta, Severity } from '../../electron/common/contract.ts';
import { SEVERITY_RANK } from '../../electron/common/severity.ts';
import { checkList } from '../../electron/node/checker/check.ts';

export interface PairOutcome {
  a: string;
  b: string;
  /** Drug ids the names resolved to (null = not recognised, or only by a fuzzy guess). */
  idA: string | null;
  idB: string | null;
  /** Highest severity shown for the pair, or null when nothing is shown. */
  severity: Severity | null;
  /** Rule ids behind the flag, so a miss or a downgrade can be traced to its source. */
  rules: string[];
}

export interface Tally {
  n: number;
  contraindicated: number;
  majorPlus: number;
  any: number;
  unrecognised: number;
}

export const maxSeverity = (list: Severity[]): Severity | null =>
  list.reduce<Severity | null>((m, s) => (m === null || SEVERITY_RANK[s] > SEVERITY_RANK[m] ? s : m), null);

export function checkPair(db: Database, meta: PackMeta, a: string, b: string): PairOutcome {
  const r = checkList(db, meta, { lines: [a, b], conditions: [], allergies: [] });
  // A fuzzy match is a guess the user must confirm; it does not count as recognising the name.
  const id = (input: string) => r.recognized.find((e) => e.input === input && e.matchedBy !== 'fuzzy')?.drugId ?? null;
  const idA = id(a);
  const idB = id(b);
  const severities: Severity[] = [];
  const rules: string[] = [];
  for (const i of r.interactions) {
    severities.push(i.severity);
    rules.push(...i.sources.map((s) => s.ruleId));
  }
  for (const alert of r.alerts) {
    if (alert.kind === 'food' || alert.drugs.length < 2) continue;
    severities.push(alert.severity);
    rules.push(`alert:${alert.id}`);
  }
  return { a, b, idA, idB, severity: idA && idB ? maxSeverity(severities) : null, rules: [...new Set(rules)].sort() };
}

export function tally(outcomes: PairOutcome[]): Tally {
  const at = (min: Severity) =>
    outcomes.filter((o) => o.severity && SEVERITY_RANK[o.severity] >= SEVERITY_RANK[min]).length;
  return {
    n: outcomes.length,
    contraindicated: at('contraindicated'),
    majorPlus: at('major'),
    any: at('minor'),
    unrecognised: outcomes.filter((o) => !o.idA || !o.idB).length,
  };
}

export const pct = (k: number, n: number): string => (n === 0 ? 'n/a' : `${((100 * k) / n).toFixed(1)} %`);
