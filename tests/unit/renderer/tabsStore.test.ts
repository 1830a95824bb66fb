// The tabs store's logic in Node with a real Pinia, over an in-memory local storage: what survives a
// restart (and what is set aside when damaged), one tab per drug, and the last list never closed.
import { createPinia, setActivePinia } from 'pinia';
import { nextTick } from 'vue';
import { beforeEach, describe, expect, it } from 'vitest';
import { corruptKey, storageNotices } from '../../../renderer/src/stores/stored.ts';
import { TABS_KEY, useTabsStore } from '../../../renderer/src/stores/tabs.ts';

const storage = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => storage.set(key, value),
    removeItem: (key: string) => storage.delete(key),
  },
});

describe('tabs store', () => {
  beforeEach(() => {
    storage.clear();
    storageNotices.value = [];
    setActivePinia(createPinia());
  });

  it('starts with one medication list', () => {
    const tabs = useTabsStore();
    expect(tabs.tabs.map((t) => t.kind)).toEqual(['medlist']);
    expect(tabs.active.kind).toBe('medlist');
  });

  it('opens a drug once per product, moving the open tab to the section asked for', () => {
    const tabs = useTabsStore();
    tabs.openDrug('warfarin', 'warfarin');
    tabs.openDrug('warfarin', 'warfarin', 'interactions');
    tabs.openDrug('metoprolol', 'metoprolol', 'overview', null, null, 'Toprol XL');
    const drugs = tabs.tabs.filter((t) => t.kind === 'drug');
    expect(drugs.map((t) => t.title)).toEqual(['warfarin', 'metoprolol (Toprol XL)']);
    expect(drugs[0]).toMatchObject({ section: 'interactions' });
    expect(tabs.active.title).toBe('metoprolol (Toprol XL)');
    expect(tabs.focusRequest).toBe(tabs.activeId);
  });

  it('never closes the last medication list, alone or in bulk', () => {
    const tabs = useTabsStore();
    tabs.openDrug('warfarin', 'warfarin');
    tabs.close('list-1');
    expect(tabs.tabs.some((t) => t.id === 'list-1')).toBe(true);
    expect(tabs.closeMany(() => false)).toBe(1);
    expect(tabs.tabs.map((t) => t.id)).toEqual(['list-1']);
  });

  it('cycles and jumps, Ctrl+9 to the last tab', () => {
    const tabs = useTabsStore();
    tabs.openDrug('a', 'a');
    tabs.openDrug('b', 'b');
    tabs.jump(1);
    expect(tabs.active.kind).toBe('medlist');
    tabs.cycle(-1);
    expect(tabs.active.title).toBe('b');
    tabs.jump(9);
    expect(tabs.active.title).toBe('b');
  });

  it('keeps open tabs in storage and restores them', async () => {
    const tabs = useTabsStore();
    tabs.openDrug('warfarin', 'warfarin');
    await nextTick();
    setActivePinia(createPinia());
    expect(useTabsStore().tabs.map((t) => t.title)).toEqual(['Medication list', 'warfarin']);
  });

  it('sets a damaged value aside, starts from the defaults and says so once', () => {
    storage.set(TABS_KEY, '{"tabs": 3}');
    const tabs = useTabsStore();
    expect(tabs.tabs.map((t) => t.id)).toEqual(['list-1']);
    expect(storage.get(corruptKey(TABS_KEY))).toBe('{"tabs": 3}');
    expect(storageNotices.value).toHaveLength(1);
  });
});
