// Rules: a pair rule expands into one interaction row per pair of selected drugs (so a drug's
// Interactions tab and the checker read one table); a list-wide rule is stored with its selectors resolved.
import type { InteractionRow, PackContent } from '../../../shared/pack/content.ts';
import { writeListRuleBody } from '../../../shared/pack/listRule.ts';
import { moietyKey } from '../../../electron/common/normalize.ts';
import { KNOWLEDGE_BASE } from '../sources.ts';
import type { PairRule, Rule, Selector } from './domainFile.ts';
import { records, type DomainFileRead } from './domainRecords.ts';
import { labelCitation } from './labelCitations.ts';
import { resolveListRule } from './listRuleBody.ts';
import type { KbProperties } from './properties.ts';
import { inRecord } from './readKb.ts';
import type { Select } from './selector.ts';
import { labelQuote } from './labelQuote.ts';

export function compileRules(
  domains: DomainFileRead[],
  content: PackContent,
  select: Select,
  { byProperty }: KbProperties,
  src: string,
): void {
  const specificPairs = new Set<string>();
  const pairRows: InteractionRow[] = [];
  for (const { record: rule, where } of records(domains, 'rules', (body) => body.rules ?? []))
    inRecord(where, () => addRule(rule));
  function addRule(rule: Rule): void {
    for (const cite of rule.sources) labelCitation(content, cite);
    if (isPairRule(rule)) {
      const quotedKey = rule.label ? moietyKey(rule.label.drug) : null;
      const quoted = quotedKey ? content.ensureDrug(quotedKey, src) : null;
      const withQuote = (sel: Selector | undefined) => {
        const out = select(sel);
        const why = quoted ? out.get(quoted) : undefined;
        const partners = [...(rule.a.drugs ?? []), ...(rule.b.drugs ?? [])].filter((d) => moietyKey(d) !== quotedKey);
        if (quoted && why) out.set(quoted, `${why}; its label says "${labelQuote(rule.label?.quote ?? '', partners)}"`);
        return out;
      };
      for (const row of expandPair(rule, withQuote)) {
        if (rule.kind === 'specific') specificPairs.add(`${row.drugA}|${row.drugB}`);
        pairRows.push(row);
      }
    } else {
      content.listRules.push({
        id: rule.id,
        kind: rule.kind,
        body: writeListRuleBody(resolveListRule(rule, (sel) => select(sel), byProperty)),
        sourceId: src,
      });
    }
  }
  // A specific pair's own text replaces what the broad class rules would say about that pair.
  for (const row of pairRows) {
    if (row.ruleId.startsWith('kb-pair:') && specificPairs.has(`${row.drugA}|${row.drugB}`)) continue;
    content.interactions.push(row);
  }
}

function isPairRule(rule: Rule): rule is PairRule {
  return rule.kind === 'pair' || rule.kind === 'specific' || rule.kind === 'label';
}

function expandPair(rule: PairRule, select: Select): InteractionRow[] {
  const a = select(rule.a);
  const b = select(rule.b);
  const excluded = new Set((rule.exclude ?? []).map(([x, y]) => [moietyKey(x), moietyKey(y)].sort().join('|')));
  const seen = new Set<string>();
  const rows: InteractionRow[] = [];
  for (const [idA, whyA] of a) {
    for (const [idB, whyB] of b) {
      if (idA === idB) continue;
      const [drugA, drugB, wA, wB] = idA < idB ? [idA, idB, whyA, whyB] : [idB, idA, whyB, whyA];
      const pairKey = `${drugA}|${drugB}`;
      if (seen.has(pairKey) || excluded.has(pairKey)) continue;
      seen.add(pairKey);
      rows.push({
        drugA,
        drugB,
        severity: rule.severity,
        evidence: rule.evidence,
        onset: rule.onset ?? 'unspecified',
        effect: rule.effect,
        mechanism: rule.mechanism,
        management: rule.management,
        whyA: wA,
        whyB: wB,
        ruleId: `kb-${rule.kind}:${rule.id}`,
        cites: rule.sources.join(','),
        sourceId: KNOWLEDGE_BASE.id,
      });
    }
  }
  return rows;
}
