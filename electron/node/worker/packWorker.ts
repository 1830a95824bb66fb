// The data engine's thread: opens the pack and answers calls with the very handler table main would
// otherwise run (`createHandlers` + `dispatch`), one call at a time, so slow work never blocks the
// main process's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { createHandlers, dispatch } from '../ipc/handlers.ts';
import { openPack } from '../pack/openPack.ts';
import type { ToHost, ToWorker, WorkerData } from './messages.ts';

async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('packWorker runs only as a worker thread');
  const post = (message: ToHost) => {
    port.postMessage(message);
  };
  const { packPath, signature } = workerData as WorkerData;
  let table;
  try {
    const pack = await openPack(packPath);
    pack.signature = signature ?? 'not checked';
    table = createHandlers(pack);
    post({ type: 'ready', meta: pack.meta });
  } catch (error) {
    post({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
    return;
  }
  port.on('message', ({ id, call, payload }: ToWorker) => {
    post({ type: 'answer', id, result: dispatch(table, call, payload) });
  });
}

void serve();
