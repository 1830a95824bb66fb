// Open tabs. Drug, search and Sources tabs survive a restart; a medication list tab comes back
// empty, because a patient's list is never written to disk unless the user saves it.
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { TabKey } from '../../../electron/common/sections.ts';
import { SavedTabsSchema, type StoredTab } from '../../../electron/common/storedState.ts';
import { readStored, writeStored } from './stored.ts';

/** A tab as kept across restarts: the shape its schema checks when it is read back. */
export type Tab = StoredTab;

export const TABS_KEY = 'wardbook.tabs.v1';
const FIRST_LIST: Tab = { id: 'list-1', kind: 'medlist', title: 'Medication list' };

function restore(): { tabs: Tab[]; active: string } {
  const saved = readStored(TABS_KEY, SavedTabsSchema, 'open tabs');
  if (!saved) return { tabs: [FIRST_LIST], active: FIRST_LIST.id };
  return { tabs: saved.tabs, active: saved.tabs.some((t) => t.id === saved.active) ? saved.active : saved.tabs[0]!.id };
}

export const useTabsStore = defineStore('tabs', () => {
  const initial = restore();
  const tabs = ref<Tab[]>(initial.tabs);
  const activeId = ref(initial.active);
  // The tab whose view should take focus once it has drawn: a drug or search opened by the user
  // lands on its own controls, never on the page body. Restored tabs do not ask for focus.
  const focusRequest = ref<string | null>(null);
  const active = computed(() => tabs.value.find((t) => t.id === activeId.value) ?? tabs.value[0]!);

  watch(
    [tabs, activeId],
    () => {
      writeStored(TABS_KEY, { tabs: tabs.value, active: activeId.value });
    },
    { deep: true },
  );

  function add(tab: Tab): void {
    tabs.value.push(tab);
    activeId.value = tab.id;
  }

  /** Opening a drug (for the same product) that is already open focuses its tab (and moves it to the section asked for). */
  function openDrug(
    drugId: string,
    title: string,
    section: TabKey = 'overview',
    highlight: string | null = null,
    sectionId: number | null = null,
    product?: string,
  ): void {
    const open = tabs.value.find(
      (t) => t.kind === 'drug' && t.drugId === drugId && (t.product ?? '') === (product ?? ''),
    );
    if (open && open.kind === 'drug') {
      Object.assign(open, { section, highlight, sectionId });
      activeId.value = open.id;
    } else {
      add({
        id: `drug-${drugId}-${Date.now()}`,
        kind: 'drug',
        drugId,
        title: product && product.toLowerCase() !== title.toLowerCase() ? `${title} (${product})` : title,
        section,
        highlight,
        sectionId,
        ...(product ? { product } : {}),
      });
    }
    focusRequest.value = activeId.value;
  }

  /** A drug tab's chosen section lives here, so that it survives a restart. */
  function showSection(id: string, section: TabKey): void {
    const tab = tabs.value.find((t) => t.id === id);
    if (tab?.kind === 'drug') Object.assign(tab, { section, highlight: null, sectionId: null });
  }

  /** Switches a drug tab to another product's label. */
  function setProduct(id: string, product: string): void {
    const tab = tabs.value.find((t) => t.id === id);
    if (tab?.kind === 'drug') tab.product = product;
  }

  function openSingleton(kind: 'sources' | 'compare', title: string): void {
    const open = tabs.value.find((t) => t.kind === kind);
    if (open) activeId.value = open.id;
    else add({ id: `${kind}-${Date.now()}`, kind, title });
  }

  function openSearch(query: string): void {
    const open = tabs.value.find((t) => t.kind === 'search' && t.query === query);
    if (open) activeId.value = open.id;
    else add({ id: `search-${Date.now()}`, kind: 'search', title: `Search: ${query.slice(0, 24)}`, query });
    focusRequest.value = activeId.value;
  }

  function newList(): string {
    const n = tabs.value.filter((t) => t.kind === 'medlist').length + 1;
    const id = `list-${Date.now()}`;
    add({ id, kind: 'medlist', title: `Medication list ${n}` });
    return id;
  }

  function close(id: string): void {
    const index = tabs.value.findIndex((t) => t.id === id);
    if (index < 0) return;
    // The last medication list stays: there is always somewhere to paste a list.
    const tab = tabs.value[index]!;
    if (tab.kind === 'medlist' && tabs.value.filter((t) => t.kind === 'medlist').length === 1) return;
    tabs.value.splice(index, 1);
    if (activeId.value === id) activeId.value = (tabs.value[index] ?? tabs.value[index - 1] ?? tabs.value[0]!).id;
  }

  /**
   * Closes every tab but the ones `keep` protects and (for "close others") the given one. A list
   * that holds medicines is never closed in bulk: its text exists nowhere else.
   */
  function closeMany(keep: (tab: Tab) => boolean, except: string | null = null): number {
    const kept = tabs.value.filter((t) => t.id === except || keep(t));
    if (!kept.some((t) => t.kind === 'medlist')) {
      const firstList = tabs.value.find((t) => t.kind === 'medlist');
      if (firstList) kept.unshift(firstList);
    }
    const closed = tabs.value.length - kept.length;
    tabs.value = kept;
    if (!kept.some((t) => t.id === activeId.value)) activeId.value = (kept.find((t) => t.id === except) ?? kept[0]!).id;
    return closed;
  }

  function cycle(step: 1 | -1): void {
    const index = tabs.value.findIndex((t) => t.id === activeId.value);
    activeId.value = tabs.value[(index + step + tabs.value.length) % tabs.value.length]!.id;
  }

  function jump(n: number): void {
    const tab = n === 9 ? tabs.value[tabs.value.length - 1] : tabs.value[n - 1];
    if (tab) activeId.value = tab.id;
  }

  return {
    tabs,
    activeId,
    active,
    focusRequest,
    openDrug,
    showSection,
    setProduct,
    openSingleton,
    openSearch,
    newList,
    close,
    closeMany,
    cycle,
    jump,
  };
});
