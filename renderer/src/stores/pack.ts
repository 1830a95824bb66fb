import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { KnownTerm, PackInfo } from '../../../electron/common/contract.ts';
import { api } from '../api.ts';

export const usePackStore = defineStore('pack', () => {
  const info = ref<PackInfo | null>(null);
  const error = ref<string | null>(null);
  const terms = ref<{ conditions: KnownTerm[]; allergies: KnownTerm[] }>({
    conditions: [],
    allergies: [],
  });

  async function load(): Promise<void> {
    try {
      info.value = await api.packInfo();
      terms.value = await api.terms();
    } catch (e) {
      error.value = (e as Error).message;
    }
  }

  /** The readable name of a condition or allergy id (alerts carry ids); anything else as it is. */
  const termLabel = (idOrText: string): string =>
    [...terms.value.conditions, ...terms.value.allergies].find((t) => t.id === idOrText)?.label ?? idOrText;

  return { info, error, terms, termLabel, load };
});
