// Every keyboard path in the app, as the "Keyboard shortcuts" overlay lists it. The handlers live in
// useShortcuts (window-wide) and in the views (list, tab strip, section tabs); this list is what
// users read, so each entry says where it works.
export interface ShortcutGroup {
  title: string;
  items: { keys: string[]; action: string }[];
}

export const SHORTCUTS: ShortcutGroup[] = [
  {
    title: 'Anywhere',
    items: [
      { keys: ['Ctrl+K', '/'], action: 'Search a drug, brand or word' },
      { keys: ['F1', '?'], action: 'Show this list of shortcuts' },
      { keys: ['Ctrl+P'], action: 'Print the open medication list or drug' },
      { keys: ['Ctrl+=', 'Ctrl+−', 'Ctrl+0'], action: 'Larger, smaller, normal text size' },
      { keys: ['Ctrl+Shift+L'], action: 'New medication list' },
    ],
  },
  {
    title: 'Tabs',
    items: [
      { keys: ['Ctrl+Tab', 'Ctrl+Shift+Tab'], action: 'Next or previous tab' },
      { keys: ['Ctrl+1…8'], action: 'Go to tab 1 to 8' },
      { keys: ['Ctrl+9'], action: 'Go to the last tab' },
      { keys: ['Ctrl+W', 'Delete (on a tab)'], action: 'Close the tab' },
      { keys: ['← →', 'Home', 'End'], action: 'Move between tabs when a tab has focus' },
      { keys: ['Ctrl+Shift+A'], action: 'All tabs menu: switch, close other tabs, close all tabs' },
    ],
  },
  {
    title: 'Search',
    items: [
      { keys: ['↓ ↑'], action: 'Move through the results' },
      { keys: ['Enter'], action: 'Open the first (or chosen) result' },
      { keys: ['Esc'], action: 'Close the results' },
    ],
  },
  {
    title: 'Medication list',
    items: [
      { keys: ['Ctrl+Enter'], action: 'Check the list' },
      { keys: ['Tab', 'Shift+Tab'], action: 'Move between the list, its buttons, conditions and allergies' },
    ],
  },
  {
    title: 'Drug',
    items: [{ keys: ['← →', 'Home', 'End'], action: 'Move between section tabs when one has focus' }],
  },
  {
    title: 'Dialogs and menus',
    items: [{ keys: ['Esc'], action: 'Close; focus goes back to where you were' }],
  },
];
