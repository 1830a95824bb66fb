// The shape and limits of every call's request, as valibot schemas beside the contract's types
// (each schema is checked against `Request<C>` at compile time). Main validates every payload with
// them, the CLI applies the same limits to its arguments, and the saved-list reader reuses them.
import * as v from 'valibot';
import { CHANNEL, SEVERITIES, type Call, type Request } from './contract.ts';

/** One typed line, a condition, an allergy, a search: longer than this is refused, never cut. */
export const MAX_TEXT = 2_000;
/** Lines of one list, and conditions or allergies on one list. */
export const MAX_LINES = 500;
export const MAX_ID = 200;
export const MAX_SEARCH_LIMIT = 200;

const text = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max));
/** One typed name or list line, wherever it comes from (IPC, a saved file, a CLI argument). */
export const LineSchema = text();
const texts = () => v.optional(v.pipe(v.array(text()), v.maxLength(MAX_LINES)), () => []);
/** valibot's objects accept arrays; a list is never a request. */
const record = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(
    v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x)),
    v.strictObject(entries),
  );
const none = v.pipe(
  v.nullish(v.null()),
  v.transform(() => null),
);

export const CheckRequestSchema = record({
  lines: texts(),
  conditions: texts(),
  allergies: texts(),
  minSeverity: v.optional(v.picklist(SEVERITIES)),
});

export const REQUEST_SCHEMAS: { [C in Call]: v.GenericSchema<unknown, Request<C>> } = {
  packInfo: none,
  patientFactors: none,
  search: record({
    query: text(),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_SEARCH_LIMIT))),
  }),
  monograph: record({ drugId: text(MAX_ID), product: v.optional(text()) }),
  drugInteractions: record({ drugId: text(MAX_ID) }),
  checkList: CheckRequestSchema,
  compareLists: record({ before: CheckRequestSchema, after: CheckRequestSchema }),
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Where in the payload an issue sits, as a reader would write it: `before.lines[3]`. */
function where(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** One sentence per issue, naming the field: what was wrong and what is allowed. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const field = where(issue);
  const subject = field || 'the request';
  switch (issue.type) {
    case 'strict_object':
      if (issue.expected === 'never') return `unknown field "${field}"`;
      if (issue.expected?.startsWith('"')) return `${field} is missing`;
    // falls through
    case 'custom':
      return field ? `${field}: expected an object` : 'expected an object';
    case 'string':
      return `${subject} must be text`;
    case 'array':
      return `${subject} must be a list of text`;
    case 'max_length':
      return typeof issue.input === 'string'
        ? `${subject} is longer than ${String(issue.requirement)} characters`
        : `${subject} has more than ${String(issue.requirement)} entries`;
    case 'picklist':
      return `${subject} must be one of ${String(issue.expected).replace(/"/g, '').split(' | ').join(', ')}`;
    case 'number':
    case 'integer':
    case 'min_value':
    case 'max_value':
      return `${subject} must be a whole number from 1 to ${MAX_SEARCH_LIMIT}`;
    case 'null':
      return 'takes no arguments';
    default:
      return `${subject}: ${issue.message}`;
  }
}

/** Validates a value against a schema; the first problem comes back as a sentence, never a throw. */
export function parseWith<T>(schema: v.GenericSchema<unknown, T>, value: unknown, what: string): Parsed<T> {
  const r = v.safeParse(schema, value, { abortEarly: true });
  if (r.success) return { ok: true, value: r.output };
  const issue = r.issues[0];
  return { ok: false, error: `${what}: ${describeIssue(issue)}` };
}

export function parseRequest<C extends Call>(call: C, payload: unknown): Parsed<Request<C>> {
  return parseWith(REQUEST_SCHEMAS[call], payload, CHANNEL[call]);
}
