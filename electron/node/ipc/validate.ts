// Payload validation for every channel: the renderer is treated as untrusted input.
import type { Channel, CheckRequest, Request, Severity } from '../../common/contract.ts';
import { SEVERITIES } from '../../common/contract.ts';

export class ValidationError extends Error {}

const MAX_TEXT = 2_000;
const MAX_LINES = 500;

function record(payload: unknown, channel: string): Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    throw new ValidationError(`${channel}: expected an object`);
  return payload as Record<string, unknown>;
}

function text(value: unknown, field: string, max = MAX_TEXT): string {
  if (typeof value !== 'string') throw new ValidationError(`${field} must be text`);
  if (value.length > max) throw new ValidationError(`${field} is longer than ${max} characters`);
  return value;
}

function texts(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ValidationError(`${field} must be a list of text`);
  if (value.length > MAX_LINES) throw new ValidationError(`${field} has more than ${MAX_LINES} entries`);
  return value.map((v, i) => text(v, `${field}[${i}]`));
}

function none(payload: unknown, channel: string): null {
  if (payload !== null && payload !== undefined) throw new ValidationError(`${channel}: takes no arguments`);
  return null;
}

export const validators: { [C in Channel]: (payload: unknown) => Request<C> } = {
  'pack:info': (p) => none(p, 'pack:info'),
  'terms:list': (p) => none(p, 'terms:list'),
  'search:query': (p) => {
    const r = record(p, 'search:query');
    const limit = r.limit === undefined ? undefined : Number(r.limit);
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0 && limit <= 200))
      throw new ValidationError('limit must be a whole number from 1 to 200');
    // A pasted paragraph is searched by its start rather than refused.
    return { query: text(r.query, 'query', 100_000).slice(0, MAX_TEXT), ...(limit ? { limit } : {}) };
  },
  'drug:monograph': (p) => ({ drugId: text(record(p, 'drug:monograph').drugId, 'drugId', 200) }),
  'drug:interactions': (p) => ({ drugId: text(record(p, 'drug:interactions').drugId, 'drugId', 200) }),
  'list:check': (p) => checkRequest(p, 'list:check'),
  'list:compare': (p) => {
    const r = record(p, 'list:compare');
    return {
      before: checkRequest(r.before, 'list:compare before'),
      after: checkRequest(r.after, 'list:compare after'),
    };
  },
};

function checkRequest(p: unknown, what: string): CheckRequest {
  const r = record(p, what);
  const out: CheckRequest = {
    lines: texts(r.lines, 'lines'),
    conditions: texts(r.conditions, 'conditions'),
    allergies: texts(r.allergies, 'allergies'),
  };
  if (r.minSeverity !== undefined) {
    if (!SEVERITIES.includes(r.minSeverity as Severity))
      throw new ValidationError(`minSeverity must be one of ${SEVERITIES.join(', ')}`);
    out.minSeverity = r.minSeverity as Severity;
  }
  return out;
}
