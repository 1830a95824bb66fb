// What the host and the data engine's thread say to each other.
import type { Call, PackMeta, PackSignature, Result } from '../../common/contract.ts';

export interface WorkerData {
  packPath: string;
  /** What main's start-up check found about the manifest's signature (shown in the footer). */
  signature?: PackSignature;
}

export interface ToWorker {
  id: number;
  call: Call;
  payload: unknown;
}

export type ToHost =
  | { type: 'ready'; meta: PackMeta }
  | { type: 'failed'; error: string }
  | { type: 'answer'; id: number; result: Result<unknown> };
