// The one window, locked down per Electron's security checklist, remembering its size. What it shows
// on failure and which links it lets out are decided by pure functions in electron/node/app.
import { BrowserWindow, app, dialog, screen, session, shell } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ENTRY } from '../node/app/appProtocol.ts';
import { confirmLinkDialog, decideLink, OPEN_LINK_BUTTON } from '../node/app/externalLinks.ts';
import { failureDialog, type Failure } from '../node/app/failures.ts';
import { isRequestAllowed } from '../node/app/requestFilter.ts';
import { MIN_SIZE, restoreWindowBounds, serializeWindowBounds } from '../node/app/windowState.ts';
import { atomicWrite } from '../node/files/atomicWrite.ts';

const stateFile = () => join(app.getPath('userData'), 'window-state.json');

function readState(): string | null {
  try {
    return readFileSync(stateFile(), 'utf8');
  } catch {
    return null;
  }
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
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/** Shows a failure's dialog (one at a time) and returns the chosen button. */
let dialogOpen = false;
export async function showFailure(failure: Failure, parent?: BrowserWindow): Promise<number | null> {
  if (dialogOpen) return null;
  dialogOpen = true;
  try {
    const options = failureDialog(failure);
    const { response } =
      parent && !parent.isDestroyed()
        ? await dialog.showMessageBox(parent, options)
        : await dialog.showMessageBox(options);
    return response;
  } finally {
    dialogOpen = false;
  }
}

export function createWindow(preload: string): BrowserWindow {
  const bounds = restoreWindowBounds(
    readState(),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  // electronegativity-justified: AUXCLICK_JS_CHECK. Middle-click is kept (it closes a tab); a
  // middle-clicked link only asks for a new window, which setWindowOpenHandler below always denies.
  const win = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Wardbook',
    backgroundColor: '#ffffff',
    webPreferences: {
      // electronegativity-justified: PRELOAD_JS_CHECK. The sandboxed preload exposes one typed
      // function per IPC channel and the menu's command names; main validates every payload.
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  const contents = win.webContents;
  contents.on('will-navigate', (event) => {
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    // Nothing opens inside the app. An https link may go to the system browser once the user has
    // read the whole address and agreed.
    const decision = decideLink(url);
    if (decision.action === 'confirm')
      void dialog.showMessageBox(win, { type: 'question', ...confirmLinkDialog(decision.url) }).then(({ response }) => {
        // electronegativity-justified: OPEN_EXTERNAL_JS_CHECK. Only an https: URL without
        // credentials (decideLink), shown in full and confirmed by the user, reaches openExternal.
        if (response === OPEN_LINK_BUTTON) void shell.openExternal(decision.url);
      });
    return { action: 'deny' };
  });

  const reopen = () => {
    void win.loadURL(APP_ENTRY);
  };
  contents.on('did-fail-load', (_event, code, description, _url, isMainFrame) => {
    // -3 is ERR_ABORTED: a load replaced by another one, not a failure.
    if (!isMainFrame || code === -3) return;
    if (!win.isVisible()) win.show();
    void showFailure({ kind: 'load-failed', code, description }, win).then((button) => {
      if (button === 0) reopen();
      else if (button === 1) app.quit();
    });
  });
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    void showFailure({ kind: 'renderer-gone', reason: details.reason }, win).then((button) => {
      if (button === 0) reopen();
      else if (button === 1) app.quit();
    });
  });
  win.on('unresponsive', () => {
    void showFailure({ kind: 'unresponsive' }, win).then((button) => {
      if (button === 1) reopen();
    });
  });

  win.on('close', () => {
    try {
      atomicWrite(stateFile(), serializeWindowBounds(win.getNormalBounds()));
    } catch {
      /* the size is a convenience */
    }
  });
  win.once('ready-to-show', () => {
    win.show();
  });
  void win.loadURL(APP_ENTRY);
  return win;
}
