// The print store's own logic, in Node with a real Pinia: Ctrl+P's request counter, and a list result
// that leaves the screen taking its printout with it. (Printing itself is tested in Chromium, print.spec.)
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CheckResult, Monograph } from '../../../electron/common/contract.ts';
import { usePrintStore, type PatientFields } from '../../../renderer/src/stores/print.ts';

const patient: PatientFields = { name: '', dob: '', id: '', ward: '' };
const result = (version: string) => ({ pack: { version } }) as unknown as CheckResult;

describe('print store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('counts print requests, which each view watches', () => {
    const store = usePrintStore();
    expect(store.requests).toBe(0);
    store.requestPrint();
    store.requestPrint();
    expect(store.requests).toBe(2);
  });

  it('drops the printout of a list result that is discarded, and only that one', () => {
    const store = usePrintStore();
    const shown = result('a');
    store.job = { kind: 'list-clinician', result: shown, entries: [], patient };
    store.discard(result('b'));
    expect(store.job).toMatchObject({ kind: 'list-clinician' });
    store.discard(shown);
    expect(store.job).toBeNull();
  });

  it('keeps a drug summary when a list result is discarded', () => {
    const store = usePrintStore();
    const monograph = { pack: { version: 'a' } } as unknown as Monograph;
    store.job = { kind: 'drug', monograph, sectionKeys: [] };
    store.discard(result('a'));
    expect(store.job.kind).toBe('drug');
  });

  it('is one store: every component sees the same job', () => {
    const store = usePrintStore();
    store.job = { kind: 'drug', monograph: { pack: {} } as unknown as Monograph, sectionKeys: ['boxed'] };
    expect(usePrintStore().job).toBe(store.job);
  });
});
