// The one window, locked down per Electron's security checklist, remembering its size. What it shows
// on failure and which links it lets out are decided by pure functions in electron/node/app.
import { BrowserWindow, app, dialog, screen, session, shell } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ENTRY } from '../node/app/appProtocol.ts';
import { confirmLinkDialog, decideLink, OPEN_LINK_BUTTON } from '../node/app/externalLinks.ts';
import { failureDialog, type Failure } from '../node/app/failures.ts';
import { isRequestAllowed } from '../node/app/requestFilter.ts';
import {
  dismissesOpenDialog,
  recoveryFor,
  rendererGoneNeedsDialog,
  type WindowFailure,
} from '../node/app/windowRecovery.ts';
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

/**
 * Shows a failure's dialog and returns the chosen button (null: not shown). One dialog at a time: a
 * failure waits for the dialog on screen, and one of a kind already open or waiting is not asked twice.
 */
const waiting = new Set<Failure['kind']>();
let onScreen: { kind: Failure['kind']; controller: AbortController } | null = null;
let queue: Promise<unknown> = Promise.resolve();
export function showFailure(failure: Failure, parent?: BrowserWindow): Promise<number | null> {
  if (waiting.has(failure.kind)) return Promise.resolve(null);
  waiting.add(failure.kind);
  const show = async (): Promise<number | null> => {
    const controller = new AbortController();
    onScreen = { kind: failure.kind, controller };
    try {
      const options = { ...failureDialog(failure), signal: controller.signal };
      if (!parent || parent.isDestroyed()) return (await dialog.showMessageBox(options)).response;
      // The dialog is attached to its window (a sheet on macOS): on a window not shown yet it would be
      // hidden too, and the app would seem never to start.
      if (!parent.isVisible()) parent.show();
      return (await dialog.showMessageBox(parent, options)).response;
    } catch {
      return null;
    } finally {
      onScreen = null;
      waiting.delete(failure.kind);
    }
  };
  const shown = queue.then(show);
  queue = shown;
  return shown;
}

/** Closes the dialog on screen when `event` makes its question moot (it then answers its cancel button). */
function dismissFailure(event: Parameters<typeof dismissesOpenDialog>[1]): void {
  if (onScreen && dismissesOpenDialog(onScreen.kind, event)) onScreen.controller.abort();
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

  // Set when main ends a hung renderer itself, so that its end is not reported as a crash.
  let restartRequested = false;
  const fail = (failure: WindowFailure) => {
    void showFailure(failure, win).then((response) => {
      if (win.isDestroyed()) return;
      switch (recoveryFor(failure, response)) {
        case 'load':
          void win.loadURL(APP_ENTRY);
          break;
        case 'restart-renderer':
          // A navigation would wait behind the hung page: end its process, then reload in a new one.
          restartRequested = true;
          contents.forcefullyCrashRenderer();
          contents.reload();
          break;
        case 'quit':
          app.quit();
          break;
        case 'wait':
          break;
      }
    });
  };
  contents.on('did-fail-load', (_event, code, description, _url, isMainFrame) => {
    // -3 is ERR_ABORTED: a load replaced by another one, not a failure.
    if (!isMainFrame || code === -3) return;
    dismissFailure('load-failed');
    fail({ kind: 'load-failed', code, description });
  });
  contents.on('render-process-gone', (_event, details) => {
    const ask = rendererGoneNeedsDialog(details.reason, restartRequested);
    restartRequested = false;
    if (!ask) return;
    dismissFailure('renderer-gone');
    fail({ kind: 'renderer-gone', reason: details.reason });
  });
  win.on('unresponsive', () => {
    fail({ kind: 'unresponsive' });
  });
  win.on('responsive', () => {
    dismissFailure('responsive');
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
