// Electron main process: one instance, checks and opens the data pack, serves the renderer, answers
// IPC. Every failure ends in a plain dialog (what happened, what to do), never a hidden window.
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  type MessageBoxOptions,
  type MessageBoxReturnValue,
  type OpenDialogOptions,
} from 'electron';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { COMMAND_CHANNEL, type AppCommand, type PackSignature } from '../common/contract.ts';
import { aboutDialog, aboutUnavailableDialog } from '../node/app/about.ts';
import { failureDialog, shortError } from '../node/app/failures.ts';
import { packCandidates, type PackOrigin } from '../node/app/packChoice.ts';
import { installedPackPath, packStoreDir, readPointer, restorePreviousPack } from '../node/pack/packStore.ts';
import { PACK_PUBLIC_KEY } from '../node/pack/publicKey.ts';
import { checkPackFileAt, manifestMismatch, PackMissingError, PackRefusedError } from '../node/pack/startCheck.ts';
import type { InstallAnswer, InstallJob } from '../node/worker/installWorker.ts';
import { PackWorkerHost } from '../node/worker/packWorkerHost.ts';
import { registerIpc, registerSaveList } from './ipc.ts';
import { saveListWithDialog } from './saveDialog.ts';
import { menuTemplate } from './menuTemplate.ts';
import { registerSchemeAsPrivileged, serveRenderer } from './protocol.ts';
import { createWindow, lockDownSession, showFailure } from './window.ts';

// build/out/app/main.cjs → build/out/{renderer,pack}; packaged, the pack sits in resources/pack.
const outDir = join(__dirname, '..');

let mainWindow: BrowserWindow | null = null;
interface OpenedPack {
  origin: PackOrigin;
  signature: PackSignature;
  engine: PackWorkerHost;
}
let opened: OpenedPack | null = null;

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

const store = () => packStoreDir(app.getPath('userData'));

/** The first pack that passes the start-up check, asking the user before falling back; null = quit. */
async function openFirstSoundPack(): Promise<OpenedPack | null> {
  const candidates = packCandidates({
    isPackaged: app.isPackaged,
    envPack: process.env.WARDBOOK_PACK,
    resourcesPath: process.resourcesPath,
    outDir,
    installed: installedPackPath(store()),
  });
  for (const [i, candidate] of candidates.entries()) {
    const last = i === candidates.length - 1;
    try {
      // The file is checked here (no SQLite engine in main), then opened by the data engine's thread,
      // which must find the version and content hash the manifest names.
      const { manifest, signature } = checkPackFileAt(candidate.path, PACK_PUBLIC_KEY);
      const engine = await PackWorkerHost.start({
        packPath: candidate.path,
        spawn: (workerData) =>
          new Worker(join(__dirname, 'packWorker.cjs'), { workerData: { ...workerData, signature } }),
      }).catch((error: unknown) => {
        throw new PackRefusedError(candidate.path, [shortError(error)]);
      });
      const mismatch = engine.meta
        ? manifestMismatch(engine.meta, manifest)
        : ['the data engine did not report the pack'];
      if (mismatch.length) {
        await engine.close();
        throw new PackRefusedError(candidate.path, mismatch);
      }
      return { origin: candidate.origin, signature, engine };
    } catch (error) {
      const installed = candidate.origin === 'installed' && !last;
      const failure =
        error instanceof PackMissingError
          ? ({ kind: 'pack-missing', path: candidate.path } as const)
          : ({
              kind: 'pack-refused',
              path: candidate.path,
              problems: error instanceof PackRefusedError ? error.problems : [shortError(error)],
              installed,
            } as const);
      if (installed && error instanceof PackMissingError) continue;
      const button = await showFailure(failure);
      if (!(installed && button === 0)) return null;
    }
  }
  return null;
}

function sendCommand(command: AppCommand): void {
  mainWindow?.webContents.send(COMMAND_CHANNEL, command);
}

function installOffThread(job: InstallJob): Promise<InstallAnswer> {
  return new Promise((resolve) => {
    const worker = new Worker(join(__dirname, 'installWorker.cjs'), { workerData: job });
    worker.once('message', (answer: InstallAnswer) => {
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      resolve({ ok: false, problems: [shortError(error)] });
    });
    // A thread that ends without answering must not leave the import waiting for ever.
    worker.once('exit', (code) => {
      resolve({ ok: false, problems: [`the import stopped unexpectedly (exit code ${code})`] });
    });
  });
}

/** Message boxes for the menu's actions: modal on the window when there is one. */
function tell(options: MessageBoxOptions): Promise<MessageBoxReturnValue> {
  return mainWindow && !mainWindow.isDestroyed()
    ? dialog.showMessageBox(mainWindow, options)
    : dialog.showMessageBox(options);
}

let importing = false;
async function importPack(): Promise<void> {
  if (importing) return;
  const options: OpenDialogOptions = {
    title: 'Import data pack',
    properties: ['openFile'],
    filters: [{ name: 'Wardbook data pack', extensions: ['sqlite'] }],
  };
  const choice =
    mainWindow && !mainWindow.isDestroyed()
      ? await dialog.showOpenDialog(mainWindow, options)
      : await dialog.showOpenDialog(options);
  const source = choice.filePaths[0];
  if (choice.canceled || !source) return;
  importing = true;
  setMenu();
  let result: InstallAnswer;
  try {
    result = await installOffThread({ source, store: store(), publicKeyPem: PACK_PUBLIC_KEY });
  } finally {
    importing = false;
    setMenu();
  }
  if (result.ok) {
    await tell({
      type: 'info',
      title: 'Data pack imported',
      message: `Data pack ${result.version} (built ${result.builtAt}) is installed${result.signature === 'signed' ? '' : ' (unsigned)'}.`,
      detail:
        'Wardbook uses it from the next start. Save any medication list you need, then quit and start Wardbook again. File → Restore previous pack goes back to the pack in use now.',
    });
  } else {
    await tell({
      type: 'error',
      title: 'Data pack not imported',
      message: 'This file was not imported. Nothing was changed: Wardbook keeps using its current data pack.',
      detail: result.problems.map((p) => `• ${p}`).join('\n'),
    });
  }
}

async function restorePack(): Promise<void> {
  if (importing) return;
  try {
    restorePreviousPack(store());
    setMenu();
    await tell({
      type: 'info',
      title: 'Previous data pack restored',
      message: 'The previous data pack is restored.',
      detail: 'Wardbook uses it from the next start: quit and start Wardbook again.',
    });
  } catch (error) {
    dialog.showErrorBox('Previous data pack not restored', shortError(error));
  }
}

async function showAbout(): Promise<void> {
  if (!opened) return;
  const info = await opened.engine.call('packInfo', null);
  const about = info.ok
    ? aboutDialog(app.getVersion(), info.value, opened.signature, opened.origin)
    : aboutUnavailableDialog(app.getVersion(), info.error);
  await tell({ type: 'info', ...about });
}

function setMenu(): void {
  const template = menuTemplate({
    isPackaged: app.isPackaged,
    isMac: process.platform === 'darwin',
    canRestorePack: readPointer(store()).previous !== null,
    importing,
    actions: {
      command: sendCommand,
      importPack: () => void importPack(),
      restorePack: () => void restorePack(),
      about: () => void showAbout(),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  await app.whenReady();
  lockDownSession();
  setMenu();
  opened = await openFirstSoundPack();
  if (!opened) {
    app.exit(1);
    return;
  }
  // The pack is queried on a worker thread: a slow call never freezes the window.
  const host = opened.engine;
  app.on('will-quit', () => void host.close());
  serveRenderer(join(outDir, 'renderer'));
  registerIpc(
    (call, payload, abort) => host.call(call, payload, abort),
    () => mainWindow?.webContents ?? null,
  );
  registerSaveList(
    (payload) => saveListWithDialog(mainWindow, payload),
    () => mainWindow?.webContents ?? null,
  );
  mainWindow = createWindow(join(__dirname, 'preload.cjs'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  started = true;
}

let started = false;
async function startFailed(error: unknown): Promise<void> {
  const options = failureDialog({ kind: 'start-exception', error, started });
  try {
    if (app.isReady()) await dialog.showMessageBox(options);
    else dialog.showErrorBox(options.message, options.detail);
  } finally {
    // Even when no dialog could be shown: never a process left running without a window.
    app.exit(1);
  }
}

// One Wardbook per user session: a second start focuses the first window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  registerSchemeAsPrivileged();
  app.enableSandbox();
  app.on('window-all-closed', () => {
    app.quit();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  process.on('uncaughtException', (error) => {
    void startFailed(error);
  });
  start().catch(startFailed);
}
