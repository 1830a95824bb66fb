// The decisions the Electron main process makes, as the pure functions it calls: window state, links,
// failure dialogs, which pack to open, About, and the application menu.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { aboutDialog, aboutUnavailableDialog } from '../../electron/node/app/about.ts';
import { confirmLinkDialog, decideLink } from '../../electron/node/app/externalLinks.ts';
import { failureDialog, type Failure } from '../../electron/node/app/failures.ts';
import { packCandidates } from '../../electron/node/app/packChoice.ts';
import { DEFAULT_SIZE, MIN_SIZE, restoreWindowBounds } from '../../electron/node/app/windowState.ts';
import {
  dismissesOpenDialog,
  recoveryFor,
  rendererGoneNeedsDialog,
  type WindowFailure,
} from '../../electron/node/app/windowRecovery.ts';
import { menuTemplate } from '../../electron/main/menuTemplate.ts';
import { realPack } from '../support/pack.ts';
import { packInfo } from '../../electron/node/packInfo.ts';

const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];
const twoScreens = [...screen, { x: 1920, y: 0, width: 1280, height: 1024 }];

describe('window-state.json', () => {
  it('keeps a sound saved position and size', () => {
    expect(restoreWindowBounds('{"x":100,"y":50,"width":1200,"height":800}', screen)).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 800,
    });
  });

  it('falls back to the default size on a missing, broken or hostile file', () => {
    for (const text of [null, '', '{', 'null', '[]', '"x"', '{"width":"9e9","height":true}', '{"width":null}'])
      expect(restoreWindowBounds(text, screen), String(text)).toEqual(DEFAULT_SIZE);
  });

  it('clamps absurd sizes: never below the minimum, never beyond the largest display', () => {
    expect(restoreWindowBounds('{"width":1,"height":-5}', screen)).toEqual(MIN_SIZE);
    expect(restoreWindowBounds('{"width":1e308,"height":99999}', screen)).toEqual({ width: 1920, height: 1040 });
    expect(restoreWindowBounds('{"width":1e400,"height":800}', screen)).toEqual({ width: 1280, height: 800 });
  });

  it('drops a position on a monitor that is gone, and pulls a half-visible window onto its display', () => {
    expect(restoreWindowBounds('{"x":2500,"y":100,"width":1000,"height":700}', screen)).toEqual({
      width: 1000,
      height: 700,
    });
    expect(restoreWindowBounds('{"x":2500,"y":100,"width":1000,"height":700}', twoScreens)).toEqual({
      x: 2200,
      y: 100,
      width: 1000,
      height: 700,
    });
    expect(restoreWindowBounds('{"x":-300,"y":-200,"width":800,"height":600}', screen)).toEqual({
      x: 0,
      y: 0,
      width: 800,
      height: 600,
    });
    expect(restoreWindowBounds('{"x":10,"y":10,"width":800,"height":600}', [])).toEqual({ width: 800, height: 600 });
  });
});

describe('links in label text', () => {
  it('asks before an https link, showing the whole address', () => {
    expect(decideLink('https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=abc')).toEqual({
      action: 'confirm',
      url: 'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=abc',
    });
    const dialog = confirmLinkDialog('https://dailymed.nlm.nih.gov/x?y=1');
    expect(dialog.detail).toContain('https://dailymed.nlm.nih.gov/x?y=1');
    expect(dialog.buttons[dialog.defaultId]).toBe('Cancel');
  });

  it('never opens anything else', () => {
    for (const url of [
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'app://wardbook/index.html',
      'https://user:pw@example.org/',
      'https://trusted.example@evil.example/',
      `https://example.org/${'a'.repeat(3000)}`,
      'not a url',
    ])
      expect(decideLink(url), url).toEqual({ action: 'deny' });
  });
});

describe('failure dialogs', () => {
  const failures: Failure[] = [
    { kind: 'load-failed', code: -6, description: 'ERR_FILE_NOT_FOUND' },
    { kind: 'renderer-gone', reason: 'crashed' },
    { kind: 'unresponsive' },
    { kind: 'pack-missing', path: '/opt/Wardbook/resources/pack/wardbook.sqlite' },
    { kind: 'pack-refused', path: '/p.sqlite', problems: ['truncated'], installed: false },
    { kind: 'pack-refused', path: '/p.sqlite', problems: ['truncated'], installed: true },
    { kind: 'start-exception', error: new Error('boom\n    at start (main.cjs:1:1)'), started: false },
  ];

  it('says what happened and what to do, with a button for each choice and never a stack', () => {
    for (const f of failures) {
      const d = failureDialog(f);
      expect(d.message.length, f.kind).toBeGreaterThan(10);
      expect(d.detail, f.kind).toMatch(/Choose|choose|Reinstall|Start Wardbook again|quit/);
      expect(d.detail, f.kind).not.toMatch(/\n\s+at /);
      expect(d.buttons[d.defaultId], f.kind).toBeTruthy();
      expect(d.buttons[d.cancelId], f.kind).toBeTruthy();
    }
    expect(failureDialog(failures[6]!).detail).toContain('boom');
    expect(failureDialog(failures[4]!).detail).toContain('• truncated');
    // Only an imported pack can be set aside for the built-in one.
    expect(failureDialog(failures[5]!).buttons).toEqual(['Use the built-in pack', 'Quit']);
    expect(failureDialog(failures[4]!).buttons).toEqual(['Quit']);
    // Waiting is the default when the window hangs: reloading would lose a half-typed list.
    expect(failureDialog({ kind: 'unresponsive' }).buttons[0]).toBe('Wait');
  });
});

describe('recovering the window', () => {
  const loadFailed: WindowFailure = { kind: 'load-failed', code: -6, description: 'ERR_FILE_NOT_FOUND' };
  const gone: WindowFailure = { kind: 'renderer-gone', reason: 'oom' };
  const hung: WindowFailure = { kind: 'unresponsive' };

  it('carries out the button the user chose, by what the button says', () => {
    const answers = (f: WindowFailure) => failureDialog(f).buttons.map((_, i) => recoveryFor(f, i));
    expect(answers(loadFailed)).toEqual(['load', 'quit']);
    expect(answers(gone)).toEqual(['load', 'quit']);
    // A hung page would hold up a navigation queued behind it (Electron: forcefullyCrashRenderer, then
    // reload, "to recover from the unresponsive event"); loading the page again in it is not enough.
    expect(answers(hung)).toEqual(['wait', 'restart-renderer']);
    // Escape answers the dialog's cancel button; a dialog that was not shown changes nothing.
    expect(recoveryFor(hung, failureDialog(hung).cancelId)).toBe('wait');
    for (const f of [loadFailed, gone, hung]) expect(recoveryFor(f, null), f.kind).toBe('wait');
  });

  it('does not report as a crash the hung renderer main ended itself, nor a clean exit', () => {
    expect(rendererGoneNeedsDialog('killed', true)).toBe(false);
    expect(rendererGoneNeedsDialog('crashed', true)).toBe(false);
    expect(rendererGoneNeedsDialog('clean-exit', false)).toBe(false);
    for (const reason of ['killed', 'crashed', 'oom', 'launch-failed', 'integrity-failure', 'abnormal-exit'])
      expect(rendererGoneNeedsDialog(reason, false), reason).toBe(true);
    // Out of memory while restarting is still news.
    expect(rendererGoneNeedsDialog('oom', true)).toBe(true);
  });

  it('closes "not responding" once the window responds, crashes or fails to load; nothing else is closed', () => {
    for (const event of ['responsive', 'renderer-gone', 'load-failed'] as const)
      expect(dismissesOpenDialog('unresponsive', event), event).toBe(true);
    expect(dismissesOpenDialog('unresponsive', 'unresponsive')).toBe(false);
    for (const open of ['load-failed', 'renderer-gone', 'pack-refused', 'pack-missing'] as const)
      for (const event of ['responsive', 'renderer-gone', 'load-failed', 'unresponsive'] as const)
        expect(dismissesOpenDialog(open, event), `${open} ${event}`).toBe(false);
  });
});

describe('which data pack opens', () => {
  const base = { resourcesPath: '/opt/W/resources', outDir: '/src/build/out', installed: null };
  it('honours WARDBOOK_PACK in development only', () => {
    expect(packCandidates({ ...base, isPackaged: false, envPack: '/tmp/x.sqlite' })).toEqual([
      { path: '/tmp/x.sqlite', origin: 'development' },
    ]);
    expect(packCandidates({ ...base, isPackaged: false, envPack: undefined })[0]!.path).toBe(
      '/src/build/out/pack/wardbook.sqlite',
    );
    expect(packCandidates({ ...base, isPackaged: true, envPack: '/tmp/x.sqlite' })).toEqual([
      { path: '/opt/W/resources/pack/wardbook.sqlite', origin: 'built-in' },
    ]);
  });

  it('prefers a pack the user installed, with the built-in one behind it', () => {
    expect(
      packCandidates({ ...base, isPackaged: true, envPack: undefined, installed: '/u/packs/wardbook-1.sqlite' }).map(
        (c) => c.origin,
      ),
    ).toEqual(['installed', 'built-in']);
  });
});

describe('About', () => {
  it('names the pack version, its signature state, and every source with its licence', async () => {
    const info = packInfo(await realPack());
    const about = aboutDialog('0.1.0', info, 'unsigned', 'built-in');
    expect(about.detail).toContain(`Data pack ${info.pack.version}`);
    expect(about.detail).toContain('unsigned (development build)');
    for (const s of info.sources) expect(about.detail).toContain(`${s.name}: ${s.licence}`);
    expect(about.detail).toContain('CC BY');
  });

  it('says why when the data engine cannot answer, instead of showing nothing', () => {
    const about = aboutUnavailableDialog('0.1.0', 'Wardbook is closing.');
    expect(about.message).toBe('Wardbook 0.1.0');
    expect(about.detail).toContain('Wardbook is closing.');
    expect(about.detail).toMatch(/Try again/);
  });
});

describe('application menu', () => {
  const calls: string[] = [];
  const actions = {
    command: (c: string) => calls.push(c),
    importPack: () => calls.push('import'),
    restorePack: () => calls.push('restore'),
    about: () => calls.push('about'),
  };
  const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);
  const build = (isPackaged: boolean, canRestorePack = false, importing = false) =>
    flat(menuTemplate({ isPackaged, isMac: false, canRestorePack, importing, actions }));
  const click = (items: MenuItemConstructorOptions[], label: string) => {
    const item = items.find((i) => i.label === label);
    expect(item, label).toBeTruthy();
    (item!.click as () => void)();
  };

  it('has no Reload anywhere, and DevTools only in development', () => {
    for (const packaged of [true, false]) {
      const roles = build(packaged).map((i) => i.role);
      expect(roles).not.toContain('reload');
      expect(roles).not.toContain('forceReload');
      expect(build(packaged).some((i) => /reload/i.test(i.label ?? '') || i.accelerator === 'CmdOrCtrl+R')).toBe(false);
      expect(roles.includes('toggleDevTools')).toBe(!packaged);
    }
  });

  it('offers Print, text size, pack import and restore, and About', () => {
    const items = build(true, true);
    for (const label of [
      'Print…',
      'Larger text',
      'Smaller text',
      'Normal text size',
      'Import data pack…',
      'About Wardbook',
    ])
      click(items, label);
    click(items, 'Restore previous pack');
    expect(calls).toEqual(['print', 'zoom-in', 'zoom-out', 'zoom-reset', 'import', 'about', 'restore']);
    expect(build(true, false).find((i) => i.label === 'Restore previous pack')?.enabled).toBe(false);
    // While a pack is verified (seconds, off the main thread) a second import or a restore would race it
    // for the pack store's pointer, and the first import would report a pack that is not the one in use.
    const during = build(true, true, true);
    expect(during.find((i) => i.label === 'Importing data pack…')?.enabled).toBe(false);
    expect(during.find((i) => i.label === 'Restore previous pack')?.enabled).toBe(false);
    // The page owns these shortcuts (and Ctrl+W closes a tab, not the window).
    for (const i of build(true).filter((i) => i.accelerator)) expect(i.registerAccelerator, i.label).toBe(false);
    expect(build(true).map((i) => i.role)).not.toContain('close');
  });
});
