// Display preferences only (never patient data), kept in local storage.
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';

export type Theme = 'light' | 'dark' | 'contrast';
const KEY = 'wardbook.settings.v1';

export const useSettingsStore = defineStore('settings', () => {
  let saved: { theme?: Theme; zoom?: number } = {};
  try {
    saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as typeof saved;
  } catch {
    /* defaults */
  }
  const theme = ref<Theme>(saved.theme ?? 'light');
  const zoom = ref<number>(saved.zoom ?? 100);

  watch(
    [theme, zoom],
    () => {
      document.documentElement.dataset.theme = theme.value;
      document.documentElement.style.fontSize = `${zoom.value}%`;
      localStorage.setItem(KEY, JSON.stringify({ theme: theme.value, zoom: zoom.value }));
    },
    { immediate: true },
  );

  const setZoom = (value: number) => {
    zoom.value = Math.min(200, Math.max(80, Math.round(value / 10) * 10));
  };
  return { theme, zoom, setZoom };
});
