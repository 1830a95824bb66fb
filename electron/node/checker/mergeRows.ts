// Merges the assertion rows of one pair into what a clinician reads: the highest severity, the
// clinical text of the most specific source that has it, every source with its own grading.
import type { Evidence, InteractionSource, Severity } from '../../common/contract.ts';
import { SEVERITY_RANK } from '../../common/contract.ts';
import type { InteractionRow } from '../queries/interactions.ts';

export interface Merged {
  severity: Severity; effect: string; mechanism: string; management: string; why: string[];
  evidence: Evidence; onset: string; sources: InteractionSource[]; disagreement: boolean;
}

// Knowledge-base rules carry real effect/mechanism/management text; list sources only grade.
const TEXT_RANK = (row: InteractionRow) => (row.rule_id.startsWith('kb-specific:') ? 3 : row.rule_id.startsWith('kb-') ? 2 : 1);

export function mergeRows(rows: InteractionRow[]): Merged {
  const sorted = [...rows].sort((x, y) =>
    TEXT_RANK(y) - TEXT_RANK(x) || SEVERITY_RANK[y.severity as Severity] - SEVERITY_RANK[x.severity as Severity] || (x.rule_id < y.rule_id ? -1 : 1));
  const lead = sorted[0]!;
  const severity = rows.reduce<Severity>((max, r) => (SEVERITY_RANK[r.severity as Severity] > SEVERITY_RANK[max] ? (r.severity as Severity) : max), 'minor');
  const why = [...new Set(sorted.flatMap((r) => [r.why_a, r.why_b]))];
  const sources = sorted.map((r) => ({
    sourceId: r.source_id, sourceName: r.source_name, severity: r.severity as Severity, ruleId: r.rule_id,
    cites: r.cites ? r.cites.split(',') : [],
  }));
  const evidence = (sorted.find((r) => r.evidence !== 'unspecified')?.evidence ?? 'unspecified') as Evidence;
  return {
    severity, effect: lead.effect, mechanism: lead.mechanism, management: lead.management, why, evidence,
    onset: sorted.find((r) => r.onset !== 'unspecified')?.onset ?? 'unspecified',
    sources, disagreement: new Set(rows.map((r) => r.severity)).size > 1,
  };
}

/** Rows grouped by unordered pair key "a|b". */
export function groupByPair(rows: InteractionRow[]): Map<string, InteractionRow[]> {
  const groups = new Map<string, InteractionRow[]>();
  for (const row of rows) {
    const key = `${row.drug_a}|${row.drug_b}`;
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  return groups;
}
