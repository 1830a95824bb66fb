// Window-wide keyboard shortcuts (the overlay in ShortcutsDialog lists them all, from shortcutList.ts).
// After a shortcut that changes the tab, focus goes to that tab, never to the page body.
import { nextTick, onBeforeUnmount, onMounted } from 'vue';
import { useTabsStore } from '../stores/tabs.ts';
import { useSettingsStore } from '../stores/settings.ts';

export interface ShortcutActions {
  focusSearch: () => void;
  print: () => void;
  showShortcuts: () => void;
  openTabsMenu: () => void;
}

export function useShortcuts(actions: ShortcutActions): void {
  const tabs = useTabsStore();
  const settings = useSettingsStore();
  const typing = (t: EventTarget | null) =>
    t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
  const focusActiveTab = () => void nextTick(() => document.getElementById(`tab-${tabs.activeId}`)?.focus());
  const onTab = (change: () => void) => {
    change();
    focusActiveTab();
  };

  function handle(e: KeyboardEvent): boolean {
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (e.key === 'F1' || (!ctrl && e.key === '?' && !typing(e.target))) return (actions.showShortcuts(), true);
    if (ctrl && key === 'k') return (actions.focusSearch(), true);
    if (!ctrl && e.key === '/' && !typing(e.target)) return (actions.focusSearch(), true);
    if (ctrl && e.shiftKey && key === 'l') return (onTab(() => tabs.newList()), true);
    if (ctrl && e.shiftKey && key === 'a') return (actions.openTabsMenu(), true);
    if (ctrl && key === 'w') return (onTab(() => tabs.close(tabs.activeId)), true);
    if (ctrl && e.key === 'Tab') return (onTab(() => tabs.cycle(e.shiftKey ? -1 : 1)), true);
    if (ctrl && /^[1-9]$/.test(e.key)) return (onTab(() => tabs.jump(Number(e.key))), true);
    if (ctrl && key === 'p') return (actions.print(), true);
    if (ctrl && (e.key === '=' || e.key === '+')) return (settings.setZoom(settings.zoom + 10), true);
    if (ctrl && e.key === '-') return (settings.setZoom(settings.zoom - 10), true);
    if (ctrl && e.key === '0') return (settings.setZoom(100), true);
    return false;
  }

  function onKey(e: KeyboardEvent): void {
    if (handle(e)) e.preventDefault();
  }

  onMounted(() => window.addEventListener('keydown', onKey));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey));
}
