// QT test set: every pair of drugs the knowledge base grades qt_risk 'known', and three-drug lists
// of QT drugs, which must raise the cumulative QT alert.
import type { Database } from 'sql.js';
import type { PackMeta } from '../../electron/common/contract.ts';
import { checkList } from '../../electron/node/checker/check.ts';
import { all } from '../../electron/node/queries/rows.ts';
import { checkPair, tally, type PairOutcome, type Tally } from './pairCheck.ts';

export interface QtResult {
  drugs: number;
  pairs: Tally;
  pairMisses: PairOutcome[];
  cumulative: { lists: number; alerted: number; misses: string[][] };
}

export const QT_CUMULATIVE_RULE = 'qt-cumulative';

export function knownQtDrugs(db: Database): string[] {
  return all<{ name: string }>(
    db,
    "SELECT d.name FROM property p JOIN drug d ON d.id = p.drug_id WHERE p.property = 'qt_risk' AND p.value = 'known' ORDER BY d.name",
  ).map((r) => r.name);
}

export function evaluateQt(db: Database, meta: PackMeta): QtResult {
  const drugs = knownQtDrugs(db);
  const outcomes: PairOutcome[] = [];
  for (let i = 0; i < drugs.length; i++)
    for (let j = i + 1; j < drugs.length; j++) outcomes.push(checkPair(db, meta, drugs[i]!, drugs[j]!));
  // Consecutive triples in name order: every known-risk drug takes part in three lists.
  const lists = drugs.map((_, i) => [drugs[i]!, drugs[(i + 1) % drugs.length]!, drugs[(i + 2) % drugs.length]!]);
  const misses = lists.filter(
    (lines) =>
      !checkList(db, meta, { lines, conditions: [], allergies: [] }).alerts.some((a) => a.id === QT_CUMULATIVE_RULE),
  );
  return {
    drugs: drugs.length,
    pairs: tally(outcomes),
    pairMisses: outcomes.filter((o) => !o.severity),
    cumulative: { lists: lists.length, alerted: lists.length - misses.length, misses },
  };
}
