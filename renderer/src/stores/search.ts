import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { SearchResponse } from '../../../electron/common/contract.ts';
import { api, CancelledError } from '../api.ts';

export const useSearchStore = defineStore('search', () => {
  const query = ref('');
  const response = ref<SearchResponse | null>(null);
  const error = ref<string | null>(null);
  let latest: AbortController | null = null;

  /** Results as you type; a newer query cancels the one before, whose answer is dropped. */
  async function run(text: string): Promise<void> {
    query.value = text;
    latest?.abort();
    const mine = new AbortController();
    latest = mine;
    if (!text.trim()) {
      response.value = null;
      return;
    }
    try {
      const r = await api.search(text, undefined, mine.signal);
      if (latest === mine) {
        response.value = r;
        error.value = null;
      }
    } catch (e) {
      if (latest === mine && !(e instanceof CancelledError)) error.value = (e as Error).message;
    }
  }

  return { query, response, error, run };
});
