// A list-wide rule with its selectors resolved to drug ids, as the pack stores it (shared/pack/listRule.ts).
import type { ListRuleBody } from '../../../shared/pack/listRule.ts';
import { byText } from '../../../electron/common/order.ts';
import type { ListRule } from './domainFile.ts';
import type { Select } from './selector.ts';

export function resolveListRule(
  rule: ListRule,
  select: Select,
  byProperty: Map<string, Map<string, Set<string>>>,
): ListRuleBody {
  const asObject = (m: Map<string, string>) => Object.fromEntries([...m].sort(byText(([id]) => id)));
  // Key order is the stored JSON's: the pack's content hash covers it.
  const base = <K extends ListRuleBody['kind']>(kind: K) => ({
    id: rule.id,
    kind,
    severity: rule.severity,
    message: rule.message,
    management: rule.management,
    sources: rule.sources,
    evidence: rule.evidence ?? ('unspecified' as const),
  });
  switch (rule.kind) {
    case 'duplicate': {
      if (!rule.property) return { ...base('duplicate'), a: asObject(select(rule.a)), b: asObject(select(rule.b)) };
      const groups: Record<string, string[]> = {};
      for (const [value, ids] of byProperty.get(rule.property) ?? []) groups[value] = [...ids].sort();
      return { ...base('duplicate'), groups };
    }
    case 'combination':
      return { ...base('combination'), all: rule.all.map((s) => asObject(select(s))) };
    case 'cumulative':
      if (rule.scoreProperty) {
        const scores: Record<string, number> = {};
        for (const [value, ids] of byProperty.get(rule.scoreProperty) ?? [])
          for (const id of ids) scores[id] = Math.max(scores[id] ?? 0, Number(value));
        return { ...base('cumulative'), scores, minScore: rule.minScore ?? 3 };
      }
  }
  return {
    ...base(rule.kind),
    drugs: asObject(select(rule.select)),
    minCount: (rule.kind === 'cumulative' ? rule.minCount : undefined) ?? 0,
    condition: rule.kind === 'condition' ? rule.condition : null,
    allergy: rule.kind === 'allergy' ? rule.allergy : null,
    item: rule.kind === 'food' ? rule.item : null,
  };
}
