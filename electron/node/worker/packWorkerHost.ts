// Runs the handler table on a worker thread so the main process's event loop never waits for a slow
// call (a 500-line list, a full-text query at full scale). Calls are answered one at a time, in
// order; a cancelled call that has not started is dropped, one that has started is answered
// "cancelled" at once and, if it is still busy after a short grace, the thread is replaced. A call
// that runs past the time limit is stopped the same way and answered with a message.
import type { Worker } from 'node:worker_threads';
import { CANCELLED, CHANNEL, type Call, type PackMeta, type Response, type Result } from '../../common/contract.ts';
import { PackError } from '../pack/openPack.ts';
import type { ToHost, ToWorker, WorkerData } from './messages.ts';

export interface PackWorkerOptions {
  packPath: string;
  /** Starts the thread: Electron's main points at the bundled packWorker.cjs, tests at the source. */
  spawn: (data: WorkerData) => Worker;
  /** How long a cancelled call may keep the thread busy before the thread is replaced. */
  graceMs?: number;
  /** A call still running after this long is stopped and answered with a message. */
  timeoutMs?: number;
}

interface Pending {
  id: number;
  call: Call;
  payload: unknown;
  settle: (result: Result<unknown>) => void;
}

export class PackWorkerHost {
  private worker: Worker | null = null;
  private ready = false;
  private broken: string | null = null;
  private closed = false;
  private queue: Pending[] = [];
  private running: Pending | null = null;
  private runTimer: NodeJS.Timeout | undefined;
  private graceTimer: NodeJS.Timeout | undefined;
  private nextId = 1;
  private readonly graceMs: number;
  private readonly timeoutMs: number;
  /** The open pack's version and date, as the thread reported it. */
  meta: PackMeta | null = null;
  /** How many times a thread was replaced to stop a call (cancelled, too slow or crashed). */
  restarts = 0;

  private constructor(private readonly options: PackWorkerOptions) {
    this.graceMs = options.graceMs ?? 150;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Resolves once the thread has the pack open; a pack it cannot open rejects with its PackError message. */
  static async start(options: PackWorkerOptions): Promise<PackWorkerHost> {
    const host = new PackWorkerHost(options);
    await host.spawn();
    return host;
  }

  call<C extends Call>(call: C, payload: unknown, signal?: AbortSignal): Promise<Result<Response<C>>> {
    if (this.closed) return Promise.resolve({ ok: false, error: 'Wardbook is closing.' });
    if (this.broken !== null) return Promise.resolve({ ok: false, error: this.broken });
    if (signal?.aborted) return Promise.resolve({ ok: false, error: CANCELLED });
    return new Promise((resolve) => {
      let settled = false;
      const onAbort = () => {
        this.cancel(pending);
      };
      const pending: Pending = {
        id: this.nextId++,
        call,
        payload,
        settle: (result) => {
          if (settled) return;
          settled = true;
          signal?.removeEventListener('abort', onAbort);
          resolve(result as Result<Response<C>>);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(pending);
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.failAll('Wardbook is closing.');
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private spawn(): Promise<void> {
    this.ready = false;
    const worker = this.options.spawn({ packPath: this.options.packPath });
    this.worker = worker;
    return new Promise((resolve, reject) => {
      const mine = () => worker === this.worker && !this.closed;
      worker.on('message', (message: ToHost) => {
        if (!mine()) return;
        if (message.type === 'ready') {
          this.meta = message.meta;
          this.ready = true;
          resolve();
          this.pump();
        } else if (message.type === 'failed') {
          this.broken = message.error;
          reject(new PackError(message.error));
          this.failAll(message.error);
          this.worker = null;
          void worker.terminate();
        } else this.answered(message.id, message.result);
      });
      const died = (why: string) => {
        if (!mine()) return;
        if (!this.ready) {
          const error = `Wardbook's data engine could not start (${why}).`;
          this.broken = error;
          reject(new PackError(error));
          this.failAll(error);
          this.worker = null;
          return;
        }
        const channel = this.running ? CHANNEL[this.running.call] : 'a request';
        this.replace(
          `Wardbook's data engine stopped unexpectedly (${why}) while answering ${channel}; it has been restarted. Try again.`,
        );
      };
      worker.on('error', (error) => {
        died(error.message);
      });
      worker.on('exit', (code) => {
        died(`exit code ${code}`);
      });
    });
  }

  private pump(): void {
    if (!this.ready || this.running || !this.worker) return;
    const next = this.queue.shift();
    if (!next) return;
    this.running = next;
    this.runTimer = setTimeout(() => {
      this.replace(`${CHANNEL[next.call]} took longer than ${this.timeoutMs / 1000} s and was stopped.`);
    }, this.timeoutMs);
    this.worker.postMessage({ id: next.id, call: next.call, payload: next.payload } satisfies ToWorker);
  }

  private answered(id: number, result: Result<unknown>): void {
    if (this.running?.id !== id) return;
    const call = this.running;
    this.running = null;
    clearTimeout(this.runTimer);
    clearTimeout(this.graceTimer);
    call.settle(result);
    this.pump();
  }

  private cancel(pending: Pending): void {
    const queued = this.queue.indexOf(pending);
    if (queued >= 0) this.queue.splice(queued, 1);
    pending.settle({ ok: false, error: CANCELLED });
    if (this.running !== pending) return;
    // Its answer will be dropped; stop it only if it is slow to come.
    clearTimeout(this.graceTimer);
    this.graceTimer = setTimeout(() => {
      if (this.running === pending) this.replace(CANCELLED);
    }, this.graceMs);
  }

  /** Ends the running call with `reason`, replaces the thread, then carries on with the queue. */
  private replace(reason: string): void {
    clearTimeout(this.runTimer);
    clearTimeout(this.graceTimer);
    const call = this.running;
    this.running = null;
    call?.settle({ ok: false, error: reason });
    this.restarts++;
    const old = this.worker;
    this.spawn().catch(() => {
      // spawn has already answered every waiting call with the reason.
    });
    void old?.terminate();
  }

  private failAll(error: string): void {
    const calls = [...(this.running ? [this.running] : []), ...this.queue];
    this.running = null;
    this.queue = [];
    clearTimeout(this.runTimer);
    clearTimeout(this.graceTimer);
    for (const call of calls) call.settle({ ok: false, error });
  }
}
