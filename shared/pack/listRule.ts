// The compiled body of a list-wide rule (the list_rule table's `body`): written by the knowledge-base
// compiler with every selector already resolved to drug ids, read by the checker. One schema for
// both sides: the compiler validates what it writes, the checker what it reads.
import * as v from 'valibot';
import { EVIDENCE, SEVERITIES } from '../../electron/common/contract.ts';

/** Drug id → why the rule selected it ("amiodarone: QT risk (known)"). */
const Reasons = v.record(v.string(), v.string());

const base = {
  id: v.string(),
  severity: v.picklist(SEVERITIES),
  message: v.string(),
  management: v.string(),
  sources: v.array(v.string()),
  evidence: v.picklist(EVIDENCE),
};

export const ListRuleBodySchema = v.union([
  /** Duplicate therapy by a property: two list drugs sharing one of its values. */
  v.strictObject({ ...base, kind: v.literal('duplicate'), groups: v.record(v.string(), v.array(v.string())) }),
  /** Duplicate therapy across two classes: one drug from each. */
  v.strictObject({ ...base, kind: v.literal('duplicate'), a: Reasons, b: Reasons }),
  /** One different list drug from every group. */
  v.strictObject({ ...base, kind: v.literal('combination'), all: v.array(Reasons) }),
  /** A summed score (anticholinergic burden) reaching `minScore`. */
  v.strictObject({
    ...base,
    kind: v.literal('cumulative'),
    scores: v.record(v.string(), v.number()),
    minScore: v.number(),
  }),
  /** Drugs selected by the rule: counted (cumulative), or with a condition, an allergy or a food. */
  v.strictObject({
    ...base,
    kind: v.picklist(['cumulative', 'condition', 'food', 'allergy']),
    drugs: Reasons,
    minCount: v.number(),
    condition: v.nullable(v.string()),
    allergy: v.nullable(v.string()),
    item: v.nullable(v.string()),
  }),
]);

export type ListRuleBody = v.InferOutput<typeof ListRuleBodySchema>;
export type ListRuleKind = ListRuleBody['kind'];

/** A stored body as its typed shape; a body that does not fit names the rule and the field. */
export function parseListRuleBody(id: string, body: string): ListRuleBody {
  const r = v.safeParse(ListRuleBodySchema, JSON.parse(body));
  if (r.success) return r.output;
  const issue = r.issues[0];
  throw new Error(`list rule ${id}: ${v.getDotPath(issue) ?? 'body'}: ${issue.message}`);
}

/** The stored JSON of a body, checked against the schema the checker reads it with. */
export function writeListRuleBody(body: ListRuleBody): string {
  const json = JSON.stringify(body);
  parseListRuleBody(body.id, json);
  return json;
}
