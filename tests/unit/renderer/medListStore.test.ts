// The medication-list store in Node with a real Pinia, its calls answered by the real handler table
// over the real pack (the same table the app's data engine and the browser tests use): checking, a
// newer check superseding an older one, the one-click correction, and saved-list files.
import { createPinia, setActivePinia } from 'pinia';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bindCalls, CALLS, CHANNEL, type WardbookApi } from '../../../electron/common/contract.ts';
import { dispatch } from '../../../electron/node/ipc/handlers.ts';
import { useMedListStore } from '../../../renderer/src/stores/medList.ts';
import { realHandlers } from '../../support/pack.ts';

beforeAll(async () => {
  const table = await realHandlers();
  const wardbook: WardbookApi = {
    ...bindCalls((channel, payload) =>
      Promise.resolve(
        dispatch(
          table,
          CALLS.find((c) => CHANNEL[c] === channel)!,
          payload,
        ),
      ),
    ),
    saveList: () => Promise.resolve({ ok: false, error: 'not in this test' }),
    cancel: () => undefined,
  };
  Object.assign(globalThis, { window: { wardbook } });
});

describe('medication list store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('checks a list, and the result is fresh only while the list is unchanged', async () => {
    const store = useMedListStore();
    store.get('l').text = 'Warfarin 5 mg daily\nAspirin 81 mg daily\nZorblax 1 mg';
    await store.check('l');
    const list = store.get('l');
    expect(list.result?.recognized.map((e) => e.drugId).sort()).toEqual(['aspirin', 'warfarin']);
    expect(list.result?.unrecognized.map((e) => e.input)).toEqual(['Zorblax 1 mg']);
    expect(list.checking).toBe(false);
    expect(store.isFresh('l')).toBe(true);
    list.conditions = ['long QT'];
    expect(store.isFresh('l')).toBe(false);
  });

  it('drops the answer of a check a newer one superseded', async () => {
    const store = useMedListStore();
    store.get('l').text = 'warfarin';
    const first = store.check('l');
    store.get('l').text = 'aspirin';
    await Promise.all([first, store.check('l')]);
    expect(store.get('l').result?.recognized.map((e) => e.drugId)).toEqual(['aspirin']);
    expect(store.get('l').error).toBeNull();
  });

  it('corrects a typed name in one click, keeping dose and timing', async () => {
    const store = useMedListStore();
    store.get('l').text = 'Amoxicilin 500 mg TID';
    await store.replaceName('l', 'Amoxicilin 500 mg TID', 'Amoxicilin', 'amoxicillin');
    expect(store.get('l').text).toBe('amoxicillin 500 mg TID');
    expect(store.get('l').result?.recognized[0]?.drugId).toBe('amoxicillin');
  });

  it('says why a list could not be checked and shows no stale result', async () => {
    const store = useMedListStore();
    store.get('l').text = 'warfarin';
    await store.check('l');
    store.get('l').text = 'x'.repeat(2001);
    await store.check('l');
    expect(store.get('l').result).toBeNull();
    expect(store.get('l').error).toMatch(/^This list could not be checked: /);
  });

  it('writes a list to a file and reads it back; a broken file leaves the list as it was', async () => {
    const store = useMedListStore();
    Object.assign(store.get('a'), {
      text: 'warfarin\n\n  aspirin ',
      conditions: ['long QT'],
      allergies: ['penicillin'],
    });
    const bytes = new TextEncoder().encode(JSON.stringify(store.toFile('a')));
    await store.fromFile('b', bytes);
    expect(store.get('b')).toMatchObject({
      text: 'warfarin\naspirin',
      conditions: ['long QT'],
      allergies: ['penicillin'],
    });
    expect(() => store.fromFile('b', new TextEncoder().encode('not json'))).toThrow();
    expect(store.get('b').text).toBe('warfarin\naspirin');
  });
});
