// The data engine's thread, on the real pack: it answers exactly as the handler table does, leaves
// the calling thread free while it works, drops or stops cancelled calls, stops a call that runs too
// long, and keeps answering afterwards.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANCELLED, CALLS, CHANNEL, type Call } from '../../electron/common/contract.ts';
import { dispatch, type HandlerTable } from '../../electron/node/ipc/handlers.ts';
import { PackError } from '../../electron/node/pack/openPack.ts';
import type { PackWorkerHost } from '../../electron/node/worker/packWorkerHost.ts';
import { realHandlers, realPack } from '../support/pack.ts';
import { startSourceHost } from '../support/packWorker.ts';

let host: PackWorkerHost;
let table: HandlerTable;
let longList: string[];

beforeAll(async () => {
  [host, table] = await Promise.all([startSourceHost({ graceMs: 0 }), realHandlers()]);
  // 500 lines of real drug names, as a long discharge list would be typed.
  const names = (await realPack()).db
    .exec('SELECT DISTINCT name FROM drug WHERE id IN (SELECT drug_a FROM interaction) ORDER BY name LIMIT 500')[0]!
    .values.map((r) => `${String(r[0])} 10 mg PO daily`);
  longList = names;
});
afterAll(async () => {
  await host.close();
});

describe('pack worker host', () => {
  it('answers every call exactly as the handler table does', async () => {
    expect(host.meta).toEqual((await realPack()).meta);
    const calls: [Call, unknown][] = [
      ['packInfo', null],
      ['search', { query: 'warfrin' }],
      ['monograph', { drugId: 'warfarin' }],
      ['drugInteractions', { drugId: 'amiodarone' }],
      ['checkList', { lines: ['Warfarin 5 mg', 'Eliquis 5mg', 'zorblax'], conditions: ['long QT'] }],
      ['patientFactors', undefined],
      ['monograph', { drugId: 'nope' }],
      ['checkList', { lines: {} }],
    ];
    for (const [call, payload] of calls)
      expect(await host.call(call, payload), call).toEqual(dispatch(table, call, payload));
  });

  it('leaves the calling thread free while a 500-line list is checked', async () => {
    expect(longList).toHaveLength(500);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const r = await host.call('checkList', { lines: longList });
    clearInterval(timer);
    expect(r.ok && r.value.recognized.length + r.value.unrecognized.length + r.value.notes.length).toBe(500);
    expect(ticks).toBeGreaterThan(0);
  });

  it('drops a cancelled call that is still waiting, and answers the one running', async () => {
    const check = host.call('checkList', { lines: longList });
    const controller = new AbortController();
    const search = host.call('search', { query: 'warfarin' }, controller.signal);
    controller.abort();
    expect(await search).toEqual({ ok: false, error: CANCELLED });
    const r = await check;
    expect(r.ok).toBe(true);
  });

  it('answers a cancelled running call at once, replaces the busy thread, and carries on', async () => {
    const restarts = host.restarts;
    const controller = new AbortController();
    const check = host.call('checkList', { lines: longList }, controller.signal);
    const next = host.call('search', { query: 'warfarin' });
    setTimeout(() => {
      controller.abort();
    }, 5);
    expect(await check).toEqual({ ok: false, error: CANCELLED });
    const r = await next;
    expect(r.ok && r.value.names[0]?.drugId).toBe('warfarin');
    expect(host.restarts).toBe(restarts + 1);
  });

  it('ends any generated payload on any call with an answer, and still answers after', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Call>(...CALLS), fc.jsonValue({ maxDepth: 3 }), async (call, payload) => {
        const r = await host.call(call, payload);
        expect(r.ok || r.error.length > 0).toBe(true);
      }),
      { numRuns: 60 },
    );
    const r = await host.call('search', { query: 'amiodarone' });
    expect(r.ok && r.value.names[0]?.drugId).toBe('amiodarone');
  });

  it('stops a call that runs past the time limit with a message', async () => {
    const impatient = await startSourceHost({ timeoutMs: 1 });
    try {
      const r = await impatient.call('checkList', { lines: longList });
      expect(r).toEqual({ ok: false, error: `${CHANNEL.checkList} took longer than 0.001 s and was stopped.` });
      expect(impatient.restarts).toBeGreaterThan(0);
    } finally {
      await impatient.close();
    }
  });

  it('refuses to start on a pack it cannot open, with the reason', async () => {
    await expect(startSourceHost({ packPath: '/nonexistent/wardbook.sqlite' })).rejects.toThrow(PackError);
    await expect(startSourceHost({ packPath: '/nonexistent/wardbook.sqlite' })).rejects.toThrow(
      /Cannot read data pack \/nonexistent\/wardbook\.sqlite: ENOENT/,
    );
  });
});
