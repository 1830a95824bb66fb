import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { PackInfo } from '../../../electron/common/contract.ts';
import { api } from '../api.ts';

export const usePackStore = defineStore('pack', () => {
  const info = ref<PackInfo | null>(null);
  const error = ref<string | null>(null);
  const terms = ref<{ conditions: { id: string; label: string }[]; allergies: { id: string; label: string }[] }>({
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

  return { info, error, terms, load };
});
