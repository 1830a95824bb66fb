// Display preferences only (never patient data), kept in local storage.
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { MAX_ZOOM, MIN_ZOOM, SettingsSchema, type THEMES } from '../../../electron/common/storedState.ts';
import { readStored, writeStored } from './stored.ts';

export type Theme = (typeof THEMES)[number];
export const SETTINGS_KEY = 'wardbook.settings.v1';

export const useSettingsStore = defineStore('settings', () => {
  const saved = readStored(SETTINGS_KEY, SettingsSchema, 'display settings') ?? {};
  const theme = ref<Theme>(saved.theme ?? 'light');
  const zoom = ref<number>(saved.zoom ?? 100);

  watch(
    [theme, zoom],
    () => {
      document.documentElement.dataset.theme = theme.value;
      document.documentElement.style.fontSize = `${zoom.value}%`;
      writeStored(SETTINGS_KEY, { theme: theme.value, zoom: zoom.value });
    },
    { immediate: true },
  );

  const setZoom = (value: number) => {
    zoom.value = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(value / 10) * 10));
  };
  return { theme, zoom, setZoom };
});
