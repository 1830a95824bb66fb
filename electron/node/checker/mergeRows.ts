// Merges the assertion rows of one pair into what a clinician reads: the highest severity, the
// clinical text of the most specific source that has it, every source with its own grading.
import type { Database } from 'sql.js';
import type { Evidence, InteractionFacts, Severity } from '../../common/contract.ts';
import { compareText } from '../../common/order.ts';
import { bySeverity, moreSevere } from '../../common/severity.ts';
import { interactionTexts, sourceNameMap, type InteractionRow } from '../queries/interactions.ts';
import { citationText, groupReasons } from './present.ts';

/** One pair's rows merged: what every view of an interaction says, and its onset. */
export interface Merged extends InteractionFacts {
  onset: string;
}

// Knowledge-base rules carry real effect/mechanism/management text; list sources only grade.
// A hand-written specific pair reads best, then a label's own sentence, then a class rule.
const TEXT_RANK = (row: InteractionRow) =>
  row.rule_id.startsWith('kb-specific:')
    ? 4
    : row.rule_id.startsWith('kb-label:')
      ? 3
      : row.rule_id.startsWith('kb-')
        ? 2
        : 1;

function mergeOne(
  rows: InteractionRow[],
  sourceNames: Map<string, string>,
  references: Map<string, string>,
): Omit<Merged, 'effect' | 'mechanism' | 'management'> & { leadId: number } {
  const sorted = [...rows].sort(
    (x, y) => TEXT_RANK(y) - TEXT_RANK(x) || bySeverity(x, y) || compareText(x.rule_id, y.rule_id),
  );
  const severity = rows.reduce<Severity>((max, r) => (moreSevere(r.severity, max) ? r.severity : max), 'minor');
  return {
    leadId: sorted[0]!.id,
    severity,
    why: groupReasons(
      sorted.flatMap((r) => [r.why_a, r.why_b]),
      sorted.flatMap((r) => [r.drug_a, r.drug_b]),
    ),
    evidence: (sorted.find((r) => r.evidence !== 'unspecified')?.evidence ?? 'unspecified') as Evidence,
    onset: sorted.find((r) => r.onset !== 'unspecified')?.onset ?? 'unspecified',
    sources: sorted.map((r) => ({
      sourceId: r.source_id,
      sourceName: sourceNames.get(r.source_id) ?? r.source_id,
      severity: r.severity,
      ruleId: r.rule_id,
      cites: r.cites.split(',').filter(Boolean),
      citations: r.cites
        .split(',')
        .filter(Boolean)
        .map((c) => references.get(c) ?? c),
    })),
    disagreement: new Set(rows.map((r) => r.severity)).size > 1,
  };
}

/** Each group of rows merged, with the lead row's text fetched in one query for all groups. */
export function mergeGroups(db: Database, groups: InteractionRow[][]): Merged[] {
  const names = sourceNameMap(db);
  const references = citationText(db);
  const merged = groups.map((g) => mergeOne(g, names, references));
  const texts = interactionTexts(
    db,
    merged.map((m) => m.leadId),
  );
  return merged.map(({ leadId, ...m }) => {
    const t = texts.get(leadId);
    return { ...m, effect: t?.effect ?? '', mechanism: t?.mechanism ?? '', management: t?.management ?? '' };
  });
}

/** Rows grouped by unordered pair key "a|b". */
export function groupByPair(rows: InteractionRow[]): Map<string, InteractionRow[]> {
  const groups = new Map<string, InteractionRow[]>();
  for (const row of rows) {
    const key = `${row.drug_a}|${row.drug_b}`;
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
