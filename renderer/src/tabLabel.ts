// What a tab is called on screen: a medication list shows the name the user gave it (patient
// initials or bed), which lives only in memory with the list itself.
import type { Tab } from './stores/tabs.ts';
import type { MedList } from './stores/medList.ts';

export function tabLabel(tab: Tab, lists: ReadonlyMap<string, MedList>): string {
  const name = tab.kind === 'medlist' ? lists.get(tab.id)?.name.trim() : '';
  return name ? `${name} · list` : tab.title;
}
