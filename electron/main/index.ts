// Electron main process: opens the data pack, serves the renderer, answers IPC.
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PackError } from '../node/pack/openPack.ts';
import { PackWorkerHost } from '../node/worker/packWorkerHost.ts';
import { registerIpc } from './ipc.ts';
import { registerSchemeAsPrivileged, serveRenderer } from './protocol.ts';
import { createWindow, lockDownSession } from './window.ts';

// build/out/app/main.cjs → build/out/{renderer,pack}; packaged, the pack sits in resources/pack.
const outDir = join(__dirname, '..');
const packPath =
  process.env.WARDBOOK_PACK ??
  (app.isPackaged ? join(process.resourcesPath, 'pack', 'wardbook.sqlite') : join(outDir, 'pack', 'wardbook.sqlite'));

registerSchemeAsPrivileged();
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  await app.whenReady();
  lockDownSession();
  // The pack is opened and queried on a worker thread: a slow call never freezes the window.
  let engine: PackWorkerHost;
  try {
    engine = await PackWorkerHost.start({
      packPath,
      spawn: (workerData) => new Worker(join(__dirname, 'packWorker.cjs'), { workerData }),
    });
  } catch (error) {
    dialog.showErrorBox(
      'Wardbook cannot open its data pack',
      error instanceof PackError ? error.message : String(error),
    );
    app.exit(1);
    return;
  }
  serveRenderer(join(outDir, 'renderer'));
  registerIpc(
    (channel, payload, signal) => engine.call(channel, payload, signal),
    () => mainWindow?.webContents ?? null,
  );
  app.on('will-quit', () => void engine.close());
  mainWindow = createWindow(join(__dirname, 'preload.cjs'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

app.on('window-all-closed', () => {
  app.quit();
});
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

void start();
