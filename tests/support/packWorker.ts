// Starts the data engine's thread from its TypeScript source (Electron runs the bundled packWorker.cjs),
// so tests exercise exactly the code main runs.
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerData } from '../../electron/node/worker/messages.ts';
import { PackWorkerHost, type PackWorkerOptions } from '../../electron/node/worker/packWorkerHost.ts';
import { PACK, ROOT } from './paths.ts';

const entry = pathToFileURL(`${ROOT}/electron/node/worker/packWorker.ts`).href;

export const spawnSourceWorker = (data: WorkerData): Worker =>
  new Worker(
    // Evaluated code resolves packages from the working directory, the repository root.
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true, workerData: data },
  );

export function startSourceHost(options: Partial<PackWorkerOptions> = {}): Promise<PackWorkerHost> {
  return PackWorkerHost.start({ packPath: PACK, spawn: spawnSourceWorker, ...options });
}
