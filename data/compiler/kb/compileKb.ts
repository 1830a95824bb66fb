// Compiles data/kb/ into the pack: properties as rows, pair rules expanded into interaction rows
// (so a drug's Interactions tab and the checker read one table), list-wide rules stored with
// their selectors already resolved to drug ids.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InteractionRow, PackContent } from '../../../shared/pack/content.ts';
import { foldName, moietyKey } from '../../../electron/common/normalize.ts';
import { KNOWLEDGE_BASE } from '../sources.ts';
import { compileSearchTerms, type SearchSynonyms } from './searchTerms.ts';
import { FDA_CYP_TABLE, readFdaCypTable } from './fdaCypTable.ts';
import { labelCitation } from './labelCitations.ts';
import { describeProperty } from './propertyWords.ts';
import type { ListRuleBody } from '../../../shared/pack/listRule.ts';
import { writeListRuleBody } from '../../../shared/pack/listRule.ts';
import {
  parseDomainFile,
  recordName,
  type DomainFile,
  type ListRule,
  type PairRule,
  type PropertyEntry,
  type Rule,
  type Selector,
} from './domainFile.ts';
import type { Citation, Synonyms, TallmanEntry, PatientFactorEntry } from './types.ts';
import { SPECIAL_FILES } from './specialFiles.ts';
import { byText } from '../../../electron/common/order.ts';

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the file's documented shape
function readJson<T>(path: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`knowledge base: cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const before = at ? text.slice(0, Number(at[1])).split('\n') : null;
    const where = before ? ` (line ${before.length}, column ${before.at(-1)!.length + 1})` : '';
    throw new Error(`knowledge base: ${path}${where} is not valid JSON: ${message}`, { cause: error });
  }
}

function readOptional<T>(dir: string, file: string, fallback: T): T {
  return readdirSync(dir).includes(file) ? readJson<T>(join(dir, file)) : fallback;
}

/** Runs the work for one record; whatever goes wrong is reported with the file and the record. */
function inRecord<T>(where: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof KbRecordError) throw error;
    const message = (error as Error).message.replace(/^knowledge base: /, '');
    throw new KbRecordError(`knowledge base: ${where}: ${message}`, { cause: error });
  }
}

export class KbRecordError extends Error {}

/**
 * The knowledge base's synonyms (INN and British names, not ward abbreviations, which are too short
 * to trust in source data) as aliases, read before any other source so that a name in DrugCentral,
 * NDF-RT or a label lands on the US drug ("rifampicin" on rifampin).
 */
export function readAliases(dir: string, content: PackContent): void {
  for (const [word, generic] of Object.entries(readOptional<Synonyms>(dir, 'synonyms.json', {}).synonyms ?? {})) {
    const from = moietyKey(word);
    const to = moietyKey(generic);
    if (from && to && from !== to) content.aliases.set(from, to);
  }
}

export function compileKnowledgeBase(dir: string, content: PackContent, sourcesDir: string): void {
  const src = KNOWLEDGE_BASE.id;
  content.addSource(KNOWLEDGE_BASE);
  content.addSource(FDA_CYP_TABLE);
  for (const c of readOptional<Citation[]>(dir, 'citations.json', [])) {
    content.citations.set(c.id, { id: c.id, title: c.title, url: c.url ?? '', year: String(c.year ?? '') });
  }
  for (const [kind, file] of [
    ['condition', 'conditions.json'],
    ['allergy', 'allergies.json'],
  ] as const) {
    for (const t of readOptional<PatientFactorEntry[]>(dir, file, [])) {
      content.patientFactors.push({
        kind,
        id: t.id,
        label: t.label,
        synonyms: JSON.stringify(t.synonyms.map(foldName)),
        sourceId: src,
      });
    }
  }
  const synonyms = readOptional<Synonyms>(dir, 'synonyms.json', {});
  for (const [kind, map] of [
    ['abbreviation', synonyms.abbreviations ?? {}],
    ['synonym', synonyms.synonyms ?? {}],
  ] as const) {
    for (const [word, generic] of Object.entries(map)) {
      const key = moietyKey(generic);
      if (key) content.addName(content.ensureDrug(key, src), word, kind, src);
    }
  }
  compileSearchTerms(readOptional<SearchSynonyms>(dir, 'search-synonyms.json', { entries: [] }), content, src);
  for (const entry of readOptional<TallmanEntry[]>(dir, 'tallman.json', [])) {
    for (const display of entry.names) {
      const others = entry.names.filter((n) => n !== display);
      const norm = foldName(display);
      const prior = content.tallman.get(norm);
      const confusable = [...new Set([...(prior ? (JSON.parse(prior.confusable) as string[]) : []), ...others])];
      content.tallman.set(norm, {
        norm,
        display,
        confusable: JSON.stringify(confusable),
        list: prior && prior.list !== entry.list ? `${prior.list}, ${entry.list}` : entry.list,
      });
    }
  }

  const domains = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !SPECIAL_FILES.has(f))
    .sort()
    .map((f) => ({ file: f, body: parseDomainFile(f, readJson<unknown>(join(dir, f))) }));
  // The schema has checked each record's shape; what still goes wrong while compiling one names it too.
  const records = <R>(list: 'properties' | 'rules', of: (body: DomainFile) => R[]) =>
    domains.flatMap(({ file, body }) =>
      of(body).map((record, i) => ({ record, where: `${file}: ${list}[${i}] ${recordName(record)}` })),
    );

  // Properties from every file first: a rule in one domain may select by a property of another.
  // FDA's CYP table then adds the class of every drug it lists that no file grades for that property.
  const writtenRecords = records('properties', (body) => body.properties ?? []);
  const graded = new Set(
    writtenRecords.flatMap(({ record: p, where }) =>
      inRecord(where, () => p.drugs.map((d) => `${moietyKey(d)}|${p.property}`)),
    ),
  );
  const fromTable = readFdaCypTable(sourcesDir)
    .map((p) => ({ ...p, drugs: p.drugs.filter((d) => !graded.has(`${moietyKey(d)}|${p.property}`)) }))
    .filter((p) => p.drugs.length > 0);
  const byProperty = new Map<string, Map<string, Set<string>>>();
  const labels = new Map<string, string>();
  // Properties that sources set before the KB (a vaccine's type) are selectable too.
  for (const p of content.properties.values()) {
    const values = byProperty.get(p.property) ?? new Map<string, Set<string>>();
    values.set(p.value, (values.get(p.value) ?? new Set<string>()).add(p.drugId));
    byProperty.set(p.property, values);
  }
  // A tag mined from a label carries the label's own sentence; the alert's "why" quotes it.
  const quotes = new Map<string, string>();
  const propertyRecords = [
    ...writtenRecords,
    ...fromTable.map((p) => ({ record: p, where: `FDA CYP table: ${p.property}` })),
  ];
  for (const { record: p, where } of propertyRecords) inRecord(where, () => addProperty(p));
  function addProperty(p: PropertyEntry): void {
    for (const name of p.drugs) {
      const key = moietyKey(name);
      if (!key) continue;
      const drugId = content.ensureDrug(key, src);
      content.addProperty({
        drugId,
        property: p.property,
        value: p.value,
        note: p.quote ? `Label: "${p.quote}"` : (p.note ?? ''),
        cite: p.cite.join(','),
        sourceId: src,
      });
      const values = byProperty.get(p.property) ?? new Map<string, Set<string>>();
      const ids = values.get(p.value) ?? new Set<string>();
      ids.add(drugId);
      values.set(p.value, ids);
      byProperty.set(p.property, values);
      labels.set(`${drugId}|${p.property}`, [labels.get(`${drugId}|${p.property}`), p.value].filter(Boolean).join('/'));
      if (p.quote) quotes.set(`${drugId}|${p.property}`, `its label says "${p.quote}"`);
      for (const cite of p.cite) labelCitation(content, cite);
    }
  }

  /**
   * Drug ids a selector picks, each with the reason in words: the property ("amiodarone: QT risk
   * (known)"), or, for a drug the rule names itself, the selector's label ("colchicine: CYP3A4 and
   * P-gp substrate with a narrow toxic margin"). check-kb and the schema refuse a selector naming drugs without one.
   */
  const select = (s: Selector | undefined): Map<string, string> => {
    const out = new Map<string, string>();
    // The schema refuses a selector naming drugs without a label.
    for (const name of s?.drugs ?? []) {
      const key = moietyKey(name);
      if (key) out.set(content.ensureDrug(key, src), `${content.canonical(key)}: ${s?.label ?? ''}`);
    }
    if (s?.property) {
      for (const [value, ids] of byProperty.get(s.property) ?? []) {
        if (s.values && !s.values.includes(value)) continue;
        for (const id of ids) {
          const quote = quotes.get(`${id}|${s.property}`);
          out.set(
            id,
            `${content.drugs.get(id)?.name ?? id}: ${describeProperty(s.property, labels.get(`${id}|${s.property}`) ?? value)}${quote ? `; ${quote}` : ''}`,
          );
        }
      }
    }
    return out;
  };

  const specificPairs = new Set<string>();
  const pairRows: InteractionRow[] = [];
  for (const { record: rule, where } of records('rules', (body) => body.rules ?? []))
    inRecord(where, () => addRule(rule));
  function addRule(rule: Rule): void {
    for (const cite of rule.sources) labelCitation(content, cite);
    if (isPairRule(rule)) {
      const quoted = rule.label ? content.ensureDrug(moietyKey(rule.label.drug), src) : null;
      const withQuote = (sel: Selector | undefined) => {
        const out = select(sel);
        const why = quoted ? out.get(quoted) : undefined;
        if (quoted && why) out.set(quoted, `${why}; its label says "${rule.label?.quote ?? ''}"`);
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

function expandPair(rule: PairRule, select: (s: Selector | undefined) => Map<string, string>): InteractionRow[] {
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

function resolveListRule(
  rule: ListRule,
  select: (s: Selector | undefined) => Map<string, string>,
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
