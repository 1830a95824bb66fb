// Ward keyboard shortcuts: Ctrl+K or / to search, Ctrl+W to close, Ctrl+Tab to cycle, Ctrl+1…9 to jump,
// Ctrl+P to print the medication list, Ctrl+= / Ctrl+- to zoom text.
import { onBeforeUnmount, onMounted } from 'vue';
import { useTabsStore } from '../stores/tabs.ts';
import { useSettingsStore } from '../stores/settings.ts';

export function useShortcuts(focusSearch: () => void, print: () => void): void {
  const tabs = useTabsStore();
  const settings = useSettingsStore();
  const typing = (t: EventTarget | null) =>
    t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

  function onKey(e: KeyboardEvent): void {
    const ctrl = e.ctrlKey || e.metaKey;
    const handled = (() => {
      if (ctrl && e.key.toLowerCase() === 'k') return (focusSearch(), true);
      if (!ctrl && e.key === '/' && !typing(e.target)) return (focusSearch(), true);
      if (ctrl && e.key.toLowerCase() === 'w') return (tabs.close(tabs.activeId), true);
      if (ctrl && e.key === 'Tab') return (tabs.cycle(e.shiftKey ? -1 : 1), true);
      if (ctrl && /^[1-9]$/.test(e.key)) return (tabs.jump(Number(e.key)), true);
      if (ctrl && e.key.toLowerCase() === 'p') return (print(), true);
      if (ctrl && (e.key === '=' || e.key === '+')) return (settings.setZoom(settings.zoom + 10), true);
      if (ctrl && e.key === '-') return (settings.setZoom(settings.zoom - 10), true);
      if (ctrl && e.key === '0') return (settings.setZoom(100), true);
      return false;
    })();
    if (handled) e.preventDefault();
  }

  onMounted(() => window.addEventListener('keydown', onKey));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey));
}
