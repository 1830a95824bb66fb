import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { SearchResponse } from '../../../electron/common/contract.ts';
import { api } from '../api.ts';

export const useSearchStore = defineStore('search', () => {
  const query = ref('');
  const response = ref<SearchResponse | null>(null);
  const error = ref<string | null>(null);
  let latest = 0;

  /** Results as you type; an answer that arrives after a newer query is ignored. */
  async function run(text: string): Promise<void> {
    query.value = text;
    const ticket = ++latest;
    if (!text.trim()) {
      response.value = null;
      return;
    }
    try {
      const r = await api.search(text);
      if (ticket === latest) {
        response.value = r;
        error.value = null;
      }
    } catch (e) {
      if (ticket === latest) error.value = (e as Error).message;
    }
  }

  return { query, response, error, run };
});
