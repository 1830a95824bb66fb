import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_CHANNEL, CHANNELS } from '../../electron/common/contract.ts';
import { dispatch, type HandlerTable } from '../../electron/node/ipc/handlers.ts';
import { realHandlers } from '../support/pack.ts';
import { ROOT } from '../support/paths.ts';

let table: HandlerTable;
beforeAll(async () => {
  table = await realHandlers();
});

describe('IPC contract and handler table', () => {
  it('has one handler per channel, and the preload one function per channel', () => {
    expect(Object.keys(table).sort()).toEqual([...CHANNELS].sort());
    expect(Object.values(API_CHANNEL).sort()).toEqual([...CHANNELS].sort());
    const preload = readFileSync(resolve(ROOT, 'electron/preload/index.ts'), 'utf8');
    for (const [fn, channel] of Object.entries(API_CHANNEL)) {
      expect(preload).toContain(`${fn}: (`);
      expect(preload).toContain(`'${channel}'`);
    }
    expect(preload).not.toMatch(/invoke:\s*\(/);
  });

  it('answers a valid call', () => {
    const r = dispatch(table, 'search:query', { query: 'warfarin' });
    expect(r.ok && r.value.names[0]?.drugId).toBe('warfarin');
  });

  it.each([
    ['search:query', null, /expected an object/],
    ['search:query', { query: 42 }, /query must be text/],
    ['search:query', { query: 'x', limit: 10_000 }, /limit/],
    ['drug:monograph', { drugId: 'nope' }, /No drug with id "nope"/],
    ['list:check', { lines: 'warfarin' }, /lines must be a list/],
    ['list:check', { lines: ['a'], minSeverity: 'severe' }, /minSeverity must be one of/],
    ['pack:info', { extra: true }, /takes no arguments/],
    ['search:query', { query: 'x'.repeat(2_001) }, /^search:query: query is longer than 2000 characters$/],
    ['search:query', { query: 'warfarin', extra: 1 }, /^search:query: unknown field "extra"$/],
    ['search:query', { query: 'warfarin', limit: 2.5 }, /limit must be a whole number from 1 to 200/],
    ['drug:monograph', { drugId: 'a'.repeat(201) }, /drugId is longer than 200 characters/],
    ['drug:monograph', {}, /drugId/],
    ['list:check', { lines: {} }, /lines must be a list of text/],
    ['list:check', [], /expected an object/],
    ['list:check', { lines: ['warfarin', 7] }, /lines\[1\] must be text/],
    ['list:check', { lines: ['warfarin', 'x'.repeat(2_001)] }, /lines\[1\] is longer than 2000 characters/],
    ['list:check', { lines: Array<string>(501).fill('warfarin') }, /lines has more than 500 entries/],
    ['list:check', { lines: ['warfarin'], __proto__: null, constructor: 1 }, /unknown field "constructor"/],
    ['list:compare', { before: { lines: [] }, after: { lines: [], colour: 'red' } }, /unknown field "after.colour"/],
    ['list:compare', { before: { lines: [] } }, /after/],
  ] as const)('refuses %s with a bad payload', (channel, payload, message) => {
    const r = dispatch(table, channel, payload);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses an unknown channel', () => {
    const r = dispatch(table, 'fs:read' as never, {});
    expect(r).toEqual({ ok: false, error: 'Unknown channel fs:read' });
  });
});
