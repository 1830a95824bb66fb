// The one window, locked down per Electron's security checklist, remembering its size.
import { BrowserWindow, app, session, shell } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ENTRY } from '../node/app/appProtocol.ts';
import { isRequestAllowed } from '../node/app/requestFilter.ts';

interface Bounds {
  width: number;
  height: number;
  x?: number;
  y?: number;
}

const stateFile = () => join(app.getPath('userData'), 'window-state.json');

function savedBounds(): Bounds {
  try {
    const b = JSON.parse(readFileSync(stateFile(), 'utf8')) as Bounds;
    if (b.width >= 600 && b.height >= 400) return b;
  } catch {
    /* first start, or an unreadable file: use the default size */
  }
  return { width: 1280, height: 860 };
}

export function lockDownSession(): void {
  // No network at run time: anything but our own scheme is cancelled before it leaves the machine.
  const devTools = !app.isPackaged;
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, { devTools }) });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => {
    callback(false);
  });
}

export function createWindow(preload: string): BrowserWindow {
  const win = new BrowserWindow({
    ...savedBounds(),
    minWidth: 600,
    minHeight: 400,
    show: false,
    title: 'Wardbook',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.webContents.on('will-navigate', (event) => {
    event.preventDefault();
  });
  win.webContents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Links in label text open nowhere inside the app; an https link may go to the system browser.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.on('close', () => {
    try {
      writeFileSync(stateFile(), JSON.stringify(win.getNormalBounds()));
    } catch {
      /* size is a convenience */
    }
  });
  win.once('ready-to-show', () => {
    win.show();
  });
  void win.loadURL(APP_ENTRY);
  return win;
}
