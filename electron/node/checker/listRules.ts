// Alerts that look at the whole list rather than one pair: cumulative load, duplicate therapy,
// the patient's conditions and allergies, and food/alcohol/tobacco.
import type { Database } from 'sql.js';
import type { Alert, DrugRef } from '../../common/contract.ts';
import { parseListRuleBody, type ListRuleBody } from '../../../shared/pack/listRule.ts';
import { listRules } from '../queries/knowledgeBase.ts';
import { headline } from './present.ts';
import { perPack } from '../pack/perPack.ts';

const rulesOf = perPack((db): ListRuleBody[] => listRules(db).map((r) => parseListRuleBody(r.id, r.body)));

export interface ListContext {
  /** Drugs being checked (combinations already expanded to components), id → display name. */
  drugs: Map<string, string>;
  conditions: Set<string>;
  allergies: Set<string>;
}

const KIND: Record<ListRuleBody['kind'], Alert['kind']> = {
  cumulative: 'cumulative',
  duplicate: 'duplicate-therapy',
  condition: 'condition',
  food: 'food',
  allergy: 'allergy',
  combination: 'cumulative',
};

/** One distinct list drug for every group, found by backtracking (groups are few and small). */
function oneEach(groups: string[][], taken: string[] = []): string[] | null {
  if (taken.length === groups.length) return taken;
  for (const id of groups[taken.length]!) {
    if (taken.includes(id)) continue;
    const found = oneEach(groups, [...taken, id]);
    if (found) return found;
  }
  return null;
}

// A therapeutic group as a clinician says it; any other group reads as its words ("loop diuretic").
const GROUP_WORDS: Record<string, string> = {
  nsaid: 'NSAID',
  ssri: 'SSRI',
  snri: 'SNRI',
  ppi: 'proton pump inhibitor',
  arb: 'angiotensin receptor blocker',
  ace_inhibitor: 'ACE inhibitor',
  dpp4_inhibitor: 'DPP-4 inhibitor',
  glp1_agonist: 'GLP-1 agonist',
  sglt2_inhibitor: 'SGLT2 inhibitor',
  p2y12_inhibitor: 'P2Y12 inhibitor',
  pde5_inhibitor: 'PDE5 inhibitor',
  jak_inhibitor: 'JAK inhibitor',
  tnf_inhibitor: 'TNF inhibitor',
  h2_blocker: 'H2 blocker',
  antiemetic_5ht3: '5-HT3 antiemetic',
  dihydropyridine_ccb: 'dihydropyridine calcium channel blocker',
  nondihydropyridine_ccb: 'non-dihydropyridine calcium channel blocker',
  z_drug: 'Z-drug sleeping tablet',
};
const groupWords = (group: string) => GROUP_WORDS[group] ?? group.replace(/_/g, ' ');

export const listAlerts = (db: Database, ctx: ListContext): Alert[] => alertsFromRules(rulesOf(db), ctx);

/** The alerts a list raises under these rules (pure: the rules come compiled from the pack). */
export function alertsFromRules(rules: readonly ListRuleBody[], ctx: ListContext): Alert[] {
  const alerts: Alert[] = [];
  const refs = (ids: Iterable<string>): DrugRef[] =>
    [...new Set(ids)].sort().map((id) => ({ id, name: ctx.drugs.get(id) ?? id }));
  const onList = (set: Record<string, unknown> | undefined) => Object.keys(set ?? {}).filter((id) => ctx.drugs.has(id));
  // The compiled rule holds, per drug, the property that selected it; that is the alert's "why".
  const reasons = (rule: ListRuleBody, ids: string[]): string[] =>
    ids.map((id) => {
      const name = ctx.drugs.get(id) ?? id;
      if ('scores' in rule && rule.scores[id] !== undefined)
        return `${name}: anticholinergic burden score ${rule.scores[id]}`;
      if ('groups' in rule) {
        const group = Object.entries(rule.groups).find(([, members]) => members.includes(id))?.[0];
        return group ? `${name}: ${groupWords(group)}` : name;
      }
      const own =
        'drugs' in rule
          ? rule.drugs[id]
          : 'a' in rule
            ? (rule.a[id] ?? rule.b[id])
            : 'all' in rule
              ? rule.all.find((g) => g[id])?.[id]
              : undefined;
      return own && own !== name && own.includes(':') ? own : name;
    });
  const push = (rule: ListRuleBody, ids: string[], subject: string | null, extra = '') => {
    const unique = [...new Set(ids)].sort();
    const names = unique.map((id) => ctx.drugs.get(id) ?? id);
    alerts.push({
      headline:
        rule.kind === 'food'
          ? `${rule.item ?? 'Food'}: ${names.join(', ')}`
          : rule.kind === 'condition' || rule.kind === 'allergy'
            ? `${subject ? `${subject.replace(/-/g, ' ')}: ` : ''}${names.join(', ')}`
            : rule.kind === 'duplicate' && subject
              ? `Two of one class (${subject}): ${names.join(' + ')}`
              : headline(rule.message, names),
      references: [],
      kind: KIND[rule.kind],
      id: rule.id,
      severity: rule.severity,
      drugs: refs(unique),
      message: rule.message + extra,
      management: rule.management,
      sources: rule.sources,
      subject,
      why: reasons(rule, unique),
      evidence: rule.evidence,
    });
  };

  for (const rule of rules) {
    if ('scores' in rule) {
      const hits = onList(rule.scores);
      const total = hits.reduce((sum, id) => sum + (rule.scores[id] ?? 0), 0);
      if (total >= rule.minScore && hits.length >= 2)
        push(
          rule,
          hits,
          null,
          ` (total score ${total}: ${hits.map((id) => `${ctx.drugs.get(id)} ${rule.scores[id]}`).join(', ')})`,
        );
    } else if ('groups' in rule) {
      for (const [group, members] of Object.entries(rule.groups)) {
        const hits = members.filter((id) => ctx.drugs.has(id));
        if (hits.length >= 2) push(rule, hits, groupWords(group));
      }
    } else if ('a' in rule) {
      // Two different drugs, one from each group.
      const a = onList(rule.a);
      const b = onList(rule.b);
      if (a.some((x) => b.some((y) => y !== x))) push(rule, [...a, ...b], null);
    } else if ('all' in rule) {
      const found = oneEach(rule.all.map(onList));
      if (found) push(rule, found, null);
    } else if (rule.kind === 'cumulative') {
      const hits = onList(rule.drugs);
      if (hits.length >= Math.max(2, rule.minCount)) push(rule, hits, null, ` (${hits.length} drugs on this list)`);
    } else if (rule.kind === 'condition' && rule.condition && ctx.conditions.has(rule.condition)) {
      const hits = onList(rule.drugs);
      if (hits.length > 0) push(rule, hits, rule.condition);
    } else if (rule.kind === 'allergy' && rule.allergy && ctx.allergies.has(rule.allergy)) {
      const hits = onList(rule.drugs);
      if (hits.length > 0) push(rule, hits, rule.allergy);
    } else if (rule.kind === 'food') {
      const hits = onList(rule.drugs);
      if (hits.length > 0) push(rule, hits, rule.item);
    }
  }
  return alerts;
}
