// The interaction aggregate: assertion rows, one per (pair, source or rule).
import type { Database } from 'sql.js';
import { all } from './rows.ts';

export interface InteractionRow {
  drug_a: string; drug_b: string; severity: string; evidence: string; onset: string;
  effect: string; mechanism: string; management: string; why_a: string; why_b: string;
  rule_id: string; cites: string; source_id: string; source_name: string; source_kind: string;
}

const COLUMNS = `i.drug_a, i.drug_b, i.severity, i.evidence, i.onset, i.effect, i.mechanism, i.management,
  i.why_a, i.why_b, i.rule_id, i.cites, i.source_id, src.name AS source_name, src.kind AS source_kind`;

export const interactionsOf = (db: Database, drugId: string) =>
  all<InteractionRow>(db, `SELECT ${COLUMNS} FROM interaction i JOIN source src ON src.id = i.source_id
    WHERE i.drug_a = ?1 OR i.drug_b = ?1`, [drugId]);

export const interactionsAmong = (db: Database, ids: string[]) => {
  if (ids.length < 2) return [];
  const marks = ids.map(() => '?').join(',');
  return all<InteractionRow>(db, `SELECT ${COLUMNS} FROM interaction i JOIN source src ON src.id = i.source_id
    WHERE i.drug_a IN (${marks}) AND i.drug_b IN (${marks})`, [...ids, ...ids]);
};
