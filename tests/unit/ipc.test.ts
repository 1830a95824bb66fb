import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bindCalls, CALLS, CHANNEL } from '../../electron/common/contract.ts';
import { dispatch, type HandlerTable } from '../../electron/node/ipc/handlers.ts';
import { realHandlers } from '../support/pack.ts';
import { ROOT } from '../support/paths.ts';

let table: HandlerTable;
beforeAll(async () => {
  table = await realHandlers();
});

describe('IPC contract and handler table', () => {
  it('has one handler per call, each call its own channel, and the preload one function per call', async () => {
    expect(Object.keys(table).sort()).toEqual([...CALLS].sort());
    expect(new Set(Object.values(CHANNEL)).size).toBe(CALLS.length);
    const sent: unknown[][] = [];
    const calls = bindCalls((channel, payload, callId) => {
      sent.push([channel, payload, callId]);
      return Promise.resolve({ ok: true, value: null });
    });
    expect(Object.keys(calls).sort()).toEqual([...CALLS].sort());
    await calls.packInfo();
    await calls.search({ query: 'warfarin' }, 7);
    expect(sent).toEqual([
      [CHANNEL.packInfo, null, undefined],
      [CHANNEL.search, { query: 'warfarin' }, 7],
    ]);
    // The preload exposes exactly those calls: no generic invoke, no channel written by hand.
    const preload = readFileSync(resolve(ROOT, 'electron/preload/index.ts'), 'utf8');
    expect(preload).toContain('bindCalls(');
    expect(preload).not.toMatch(/invoke:\s*\(|'[a-z]+:[a-z]+'/);
  });

  it('answers a valid call', () => {
    const r = dispatch(table, 'search', { query: 'warfarin' });
    expect(r.ok && r.value.names[0]?.drugId).toBe('warfarin');
  });

  it.each([
    ['search', null, /expected an object/],
    ['search', { query: 42 }, /query must be text/],
    ['search', { query: 'x', limit: 10_000 }, /limit/],
    ['monograph', { drugId: 'nope' }, /No drug with id "nope"/],
    ['checkList', { lines: 'warfarin' }, /lines must be a list/],
    ['checkList', { lines: ['a'], minSeverity: 'severe' }, /minSeverity must be one of/],
    ['packInfo', { extra: true }, /takes no arguments/],
    ['search', { query: 'x'.repeat(2_001) }, new RegExp(`^${CHANNEL.search}: query is longer than 2000 characters$`)],
    ['search', { query: 'warfarin', extra: 1 }, new RegExp(`^${CHANNEL.search}: unknown field "extra"$`)],
    ['search', { query: 'warfarin', limit: 2.5 }, /limit must be a whole number from 1 to 200/],
    ['monograph', { drugId: 'a'.repeat(201) }, /drugId is longer than 200 characters/],
    ['monograph', {}, /drugId/],
    ['checkList', { lines: {} }, /lines must be a list of text/],
    ['checkList', [], /expected an object/],
    ['checkList', { lines: ['warfarin', 7] }, /lines\[1\] must be text/],
    ['checkList', { lines: ['warfarin', 'x'.repeat(2_001)] }, /lines\[1\] is longer than 2000 characters/],
    ['checkList', { lines: Array<string>(501).fill('warfarin') }, /lines has more than 500 entries/],
    ['checkList', { lines: ['warfarin'], __proto__: null, constructor: 1 }, /unknown field "constructor"/],
    ['compareLists', { before: { lines: [] }, after: { lines: [], colour: 'red' } }, /unknown field "after.colour"/],
    ['compareLists', { before: { lines: [] } }, /after/],
  ] as const)('refuses %s with a bad payload', (call, payload, message) => {
    const r = dispatch(table, call, payload);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses an unknown call', () => {
    const r = dispatch(table, 'readFile' as never, {});
    expect(r).toEqual({ ok: false, error: 'Unknown call readFile' });
  });
});
