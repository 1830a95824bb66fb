// The list-wide alert rules, directly on compiled rule bodies (the shape the pack stores, checked by
// its schema): cumulative load, duplicate therapy, combinations, conditions, allergies and food.
import { describe, expect, it } from 'vitest';
import { alertsFromRules, type ListContext } from '../../../electron/node/checker/listRules.ts';
import { ListRuleBodySchema, type ListRuleBody } from '../../../shared/pack/listRule.ts';
import * as v from 'valibot';

const base = {
  severity: 'major',
  message: 'Additive risk.',
  management: 'Review the need for both.',
  sources: ['kb'],
  evidence: 'probable',
} as const;
const rule = (body: Record<string, unknown>): ListRuleBody => v.parse(ListRuleBodySchema, { ...base, ...body });
const simple = (kind: 'cumulative' | 'condition' | 'food' | 'allergy', drugs: Record<string, string>, extra = {}) =>
  rule({ id: kind, kind, drugs, minCount: 0, condition: null, allergy: null, item: null, ...extra });
const list = (names: Record<string, string>, more: Partial<ListContext> = {}): ListContext => ({
  drugs: new Map(Object.entries(names)),
  conditions: new Set(),
  allergies: new Set(),
  ...more,
});

describe('list-wide alert rules', () => {
  it('cumulative: two or more selected drugs on the list, the count said', () => {
    const r = simple('cumulative', { a: 'a: sedating', b: 'b: sedating', c: 'c: sedating' });
    expect(alertsFromRules([r], list({ a: 'A' }))).toEqual([]);
    const [alert] = alertsFromRules([r], list({ b: 'B', a: 'A', x: 'X' }));
    expect(alert).toMatchObject({
      kind: 'cumulative',
      drugs: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
      message: 'Additive risk. (2 drugs on this list)',
      why: ['a: sedating', 'b: sedating'],
      subject: null,
    });
  });

  it('cumulative with a minimum count waits for it', () => {
    const r = simple('cumulative', { a: 'a: x', b: 'b: x', c: 'c: x' }, { minCount: 3 });
    expect(alertsFromRules([r], list({ a: 'A', b: 'B' }))).toEqual([]);
    expect(alertsFromRules([r], list({ a: 'A', b: 'B', c: 'C' }))).toHaveLength(1);
  });

  it('cumulative by score: the total must reach the minimum, and is shown', () => {
    const r = rule({ id: 'acb', kind: 'cumulative', scores: { a: 3, b: 1, c: 1 }, minScore: 3 });
    expect(alertsFromRules([r], list({ b: 'B', c: 'C' }))).toEqual([]);
    const [alert] = alertsFromRules([r], list({ a: 'A', b: 'B' }));
    expect(alert?.message).toBe('Additive risk. (total score 4: A 3, B 1)');
    expect(alert?.why).toEqual(['A: anticholinergic burden score 3', 'B: anticholinergic burden score 1']);
  });

  it('duplicate by group: two drugs of one group, the group named', () => {
    const r = rule({ id: 'dup', kind: 'duplicate', groups: { proton_pump: ['a', 'b'], statin: ['c', 'd'] } });
    const alerts = alertsFromRules([r], list({ a: 'A', b: 'B', c: 'C' }));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      kind: 'duplicate-therapy',
      subject: 'proton pump',
      why: ['A: proton pump', 'B: proton pump'],
    });
  });

  it('duplicate by two selectors: needs two different drugs, one from each side', () => {
    const r = rule({ id: 'ab', kind: 'duplicate', a: { x: 'x: one' }, b: { x: 'x: one', y: 'y: two' } });
    expect(alertsFromRules([r], list({ x: 'X' }))).toEqual([]);
    expect(alertsFromRules([r], list({ x: 'X', y: 'Y' }))[0]?.drugs.map((d) => d.id)).toEqual(['x', 'y']);
  });

  it('combination: one distinct drug for every group, found by backtracking', () => {
    const r = rule({ id: 'triple', kind: 'combination', all: [{ x: 'x: a', y: 'y: a' }, { x: 'x: b' }] });
    expect(alertsFromRules([r], list({ x: 'X' }))).toEqual([]);
    const [alert] = alertsFromRules([r], list({ x: 'X', y: 'Y' }));
    expect(alert?.kind).toBe('cumulative');
    expect(alert?.drugs.map((d) => d.id)).toEqual(['x', 'y']);
  });

  it('condition, allergy and food rules fire only for what the list says, naming it', () => {
    const condition = simple('condition', { a: 'a: QT risk' }, { condition: 'long-qt' });
    const allergy = simple('allergy', { a: 'a: penicillin' }, { allergy: 'penicillin' });
    const food = simple('food', { a: 'a: CYP3A4 substrate' }, { item: 'Grapefruit' });
    expect(alertsFromRules([condition, allergy], list({ a: 'A' })).map((a) => a.kind)).toEqual([]);
    const alerts = alertsFromRules(
      [condition, allergy, food],
      list({ a: 'A' }, { conditions: new Set(['long-qt']), allergies: new Set(['penicillin']) }),
    );
    expect(alerts.map((a) => [a.kind, a.subject, a.headline])).toEqual([
      ['condition', 'long-qt', 'long qt: A'],
      ['allergy', 'penicillin', 'penicillin: A'],
      ['food', 'Grapefruit', 'Grapefruit: A'],
    ]);
  });
});
