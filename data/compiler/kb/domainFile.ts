// The schema of a knowledge-base domain file (data/kb/*.json other than the special files), as
// documented in data/kb/FORMAT.md: its properties and its rules, one shape per rule kind. The compiler
// validates every file with it, so a bad file stops the build naming the file and the record.
import * as v from 'valibot';
import { SEVERITIES } from '../../../electron/common/contract.ts';

/** Picks drugs by a property (any or some of its values), by name, or both (union). */
export const SelectorSchema = v.pipe(
  v.strictObject({
    property: v.optional(v.string()),
    values: v.optional(v.array(v.string())),
    drugs: v.optional(v.array(v.string())),
    /** What the named drugs have in common, in words ("5-HT3 antagonist"); the alert's "why" says it. */
    label: v.optional(v.string()),
  }),
  v.check(
    (s) => !s.drugs?.length || Boolean(s.label?.trim()),
    (issue) => `a selector naming ${(issue.input.drugs ?? []).join(', ')} has no "label"`,
  ),
);
export type Selector = v.InferOutput<typeof SelectorSchema>;

/** A label sentence that supports a rule: quoted in the alert's "why" for the drug whose label it is. */
const LabelQuoteSchema = v.strictObject({ drug: v.string(), quote: v.string() });

export const PropertyEntrySchema = v.strictObject({
  property: v.string(),
  value: v.string(),
  drugs: v.array(v.string()),
  cite: v.array(v.string()),
  note: v.optional(v.string()),
  /** The label sentence a mined tag rests on (its label is in `cite` as label:<id>#<section>). */
  quote: v.optional(v.string()),
});
export type PropertyEntry = v.InferOutput<typeof PropertyEntrySchema>;

const texts = v.array(v.string());
const ruleBase = { id: v.string(), severity: v.picklist(SEVERITIES), sources: texts };
const KB_EVIDENCE = ['established', 'probable', 'theoretical'] as const;

const pair = {
  ...ruleBase,
  a: SelectorSchema,
  b: SelectorSchema,
  evidence: v.picklist(KB_EVIDENCE),
  onset: v.optional(v.picklist(['rapid', 'delayed', 'unspecified'])),
  effect: v.string(),
  mechanism: v.string(),
  management: v.string(),
  exclude: v.optional(v.array(v.tuple([v.string(), v.string()]))),
};

const list = {
  ...ruleBase,
  message: v.string(),
  management: v.string(),
  evidence: v.optional(v.picklist(KB_EVIDENCE)),
};

export const RuleSchema = v.variant('kind', [
  v.strictObject({ ...pair, kind: v.picklist(['pair', 'specific']), label: v.optional(LabelQuoteSchema) }),
  /** Mined from label text (data/compiler/kb/mineLabels.ts): the label's own sentence is required. */
  v.strictObject({ ...pair, kind: v.literal('label'), label: LabelQuoteSchema }),
  v.strictObject({
    ...list,
    kind: v.literal('cumulative'),
    select: v.optional(SelectorSchema),
    minCount: v.optional(v.number()),
    scoreProperty: v.optional(v.string()),
    minScore: v.optional(v.number()),
  }),
  v.strictObject({
    ...list,
    kind: v.literal('duplicate'),
    property: v.optional(v.string()),
    a: v.optional(SelectorSchema),
    b: v.optional(SelectorSchema),
  }),
  v.strictObject({ ...list, kind: v.literal('combination'), all: v.array(SelectorSchema) }),
  v.strictObject({ ...list, kind: v.literal('condition'), condition: v.string(), select: SelectorSchema }),
  v.strictObject({ ...list, kind: v.literal('allergy'), allergy: v.string(), select: SelectorSchema }),
  v.strictObject({ ...list, kind: v.literal('food'), item: v.string(), select: SelectorSchema }),
]);
export type Rule = v.InferOutput<typeof RuleSchema>;
export type PairRule = Extract<Rule, { kind: 'pair' | 'specific' | 'label' }>;
export type ListRule = Exclude<Rule, PairRule>;

export const DomainFileSchema = v.strictObject({
  domain: v.string(),
  title: v.string(),
  properties: v.optional(v.array(PropertyEntrySchema)),
  rules: v.optional(v.array(RuleSchema)),
});
export type DomainFile = v.InferOutput<typeof DomainFileSchema>;

/** A domain file's content as its typed shape, or an error naming the file, the record and the field. */
export function parseDomainFile(file: string, json: unknown): DomainFile {
  const r = v.safeParse(DomainFileSchema, json, { abortEarly: true });
  if (r.success) return r.output;
  const issue = r.issues[0];
  const keys = (issue.path ?? []).map((p) => (p as { key: unknown }).key);
  const [list, index] = keys;
  const inRecord = (list === 'rules' || list === 'properties') && typeof index === 'number';
  const record = inRecord
    ? `${list}[${index}] ${recordName((json as Record<string, unknown[]>)[list]?.[index])}: `
    : '';
  const field = (inRecord ? keys.slice(2) : keys)
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i > 0 ? `.${String(k)}` : String(k)))
    .join('');
  throw new Error(`knowledge base: ${file}: ${record}${field || 'file'}: ${issue.message}`);
}

function recordName(record: unknown): string {
  const r = (record ?? {}) as { id?: unknown; property?: unknown; value?: unknown };
  return typeof r.id === 'string' ? `"${r.id}"` : `(${String(r.property)} ${String(r.value)})`;
}
