// Imports a data pack off the main process's event loop: full verification of a 60 MB pack takes
// seconds, and the window must stay responsive meanwhile. Answers once, then ends.
import { parentPort, workerData } from 'node:worker_threads';
import { installPack } from '../pack/packStore.ts';
import { PackRefusedError } from '../pack/startCheck.ts';

export interface InstallJob {
  source: string;
  store: string;
  publicKeyPem: string;
}

export type InstallAnswer =
  { ok: true; version: string; builtAt: string; signature: string } | { ok: false; problems: string[] };

const job = workerData as InstallJob;
const answer = (message: InstallAnswer) => {
  parentPort?.postMessage(message);
};
installPack(job.source, job.store, job.publicKeyPem).then(
  (r) => {
    answer({ ok: true, version: r.manifest.version, builtAt: r.manifest.builtAt, signature: r.signature });
  },
  (error: unknown) => {
    answer({
      ok: false,
      problems:
        error instanceof PackRefusedError ? error.problems : [error instanceof Error ? error.message : String(error)],
    });
  },
);
