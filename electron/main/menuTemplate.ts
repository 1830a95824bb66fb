// The application menu, as data: no Reload (it would wipe a half-typed list), DevTools only in
// development, Print and text size (carried out by the page, which also owns their shortcuts), data-pack
// import and restore, and Help → About. Unit-tested; index.ts only hands it to Menu.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../common/contract.ts';

export interface MenuActions {
  command(command: AppCommand): void;
  importPack(): void;
  restorePack(): void;
  about(): void;
}

export function menuTemplate(o: {
  isPackaged: boolean;
  isMac: boolean;
  canRestorePack: boolean;
  /** An import is verifying a pack: neither another import nor a restore may race it for the pack store. */
  importing: boolean;
  actions: MenuActions;
}): MenuItemConstructorOptions[] {
  const { actions } = o;
  // The page handles these keys itself; the menu shows them without taking them over.
  const shortcut = (accelerator: string, command: AppCommand, label: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => {
      actions.command(command);
    },
  });
  const view: MenuItemConstructorOptions[] = [
    shortcut('CmdOrCtrl+K', 'find', 'Find a drug'),
    { type: 'separator' },
    shortcut('CmdOrCtrl+=', 'zoom-in', 'Larger text'),
    shortcut('CmdOrCtrl+-', 'zoom-out', 'Smaller text'),
    shortcut('CmdOrCtrl+0', 'zoom-reset', 'Normal text size'),
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (!o.isPackaged) view.push({ type: 'separator' }, { role: 'toggleDevTools' });
  return [
    ...(o.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        shortcut('CmdOrCtrl+P', 'print', 'Print…'),
        { type: 'separator' },
        {
          label: o.importing ? 'Importing data pack…' : 'Import data pack…',
          enabled: !o.importing,
          click: () => {
            actions.importPack();
          },
        },
        {
          label: 'Restore previous pack',
          enabled: o.canRestorePack && !o.importing,
          click: () => {
            actions.restorePack();
          },
        },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: '&View', submenu: view },
    {
      label: '&Help',
      submenu: [
        {
          label: 'About Wardbook',
          click: () => {
            actions.about();
          },
        },
      ],
    },
  ];
}
