// Wires a browser context to the handler table: window.wardbook gets one function per call, sending
// on the contract's channel as the preload does, and cancel, each going through exposeBinding into
// the very table that Electron's main process registers — there is no second implementation.
// Like Electron's contextBridge and IPC, every payload is copied with the structured-clone algorithm
// in both directions: a Vue reactive Proxy (or a function, a class instance) fails here as it would
// in the real app, instead of slipping through Playwright's JSON serialisation.
import type { BrowserContext } from '@playwright/test';
import { CALLS, CANCELLED, CHANNEL, type Call } from '../../electron/common/contract.ts';
import { dispatch, type HandlerTable } from '../../electron/node/ipc/handlers.ts';

export interface HarnessOptions {
  /** Answers to these calls come this much later (cancellable): a slow machine, for progress and cancel. */
  delayMs?: Partial<Record<Call, number>>;
}

const CALL_OF = new Map<string, Call>(CALLS.map((call) => [CHANNEL[call], call]));

export async function attachWardbook(
  context: BrowserContext,
  table: HandlerTable,
  options: HarnessOptions = {},
): Promise<void> {
  const waiting = new Map<number, () => void>();
  await context.exposeBinding(
    '__wardbookInvoke',
    async (_source, channel: string, payload: unknown, callId: unknown) => {
      const call = CALL_OF.get(channel);
      if (!call) return { ok: false, error: `Unknown channel ${channel}` };
      const delay = options.delayMs?.[call] ?? 0;
      if (delay > 0) {
        const cancelled = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => {
            resolve(false);
          }, delay);
          if (typeof callId === 'number')
            waiting.set(callId, () => {
              clearTimeout(timer);
              resolve(true);
            });
        });
        if (typeof callId === 'number') waiting.delete(callId);
        if (cancelled) return { ok: false, error: CANCELLED };
      }
      return structuredClone(dispatch(table, call, structuredClone(payload)));
    },
  );
  await context.exposeBinding('__wardbookCancel', (_source, callId: unknown) => {
    if (typeof callId === 'number') waiting.get(callId)?.();
  });
  await context.addInitScript((channels: Record<string, string>) => {
    const page = globalThis as unknown as {
      __wardbookInvoke: (c: string, p: unknown, id: unknown) => Promise<unknown>;
      __wardbookCancel: (id: unknown) => Promise<void>;
    };
    const invoke = page.__wardbookInvoke;
    const cancel = page.__wardbookCancel;
    const api: Record<string, unknown> = Object.fromEntries(
      Object.entries(channels).map(([fn, channel]) => [
        fn,
        // structuredClone throws a DataCloneError on a Proxy, as contextBridge refuses one.
        async (request?: unknown, callId?: number) =>
          structuredClone(await invoke(channel, structuredClone(request ?? null), callId)),
      ]),
    );
    api.cancel = (callId: number) => {
      void cancel(callId);
    };
    Object.defineProperty(page, 'wardbook', { value: Object.freeze(api) });
  }, CHANNEL);
}
