// Wires a browser context to the handler table: window.wardbook gets one function per channel (the
// preload's own channel map), each calling through exposeBinding into the very table that
// Electron's main process registers — there is no second implementation.
// Like Electron's contextBridge and IPC, every payload is copied with the structured-clone algorithm
// in both directions: a Vue reactive Proxy (or a function, a class instance) fails here as it would
// in the real app, instead of slipping through Playwright's JSON serialisation.
import type { BrowserContext } from '@playwright/test';
import { API_CHANNEL, type Channel } from '../../electron/common/contract.ts';
import { dispatch, type HandlerTable } from '../../electron/node/ipc/handlers.ts';

export async function attachWardbook(context: BrowserContext, table: HandlerTable): Promise<void> {
  await context.exposeBinding('__wardbookInvoke', (_source, channel: Channel, payload: unknown) =>
    structuredClone(dispatch(table, channel, structuredClone(payload))),
  );
  await context.addInitScript((channels: Record<string, string>) => {
    const page = globalThis as unknown as { __wardbookInvoke: (c: string, p: unknown) => Promise<unknown> };
    const invoke = page.__wardbookInvoke;
    const api = Object.fromEntries(
      Object.entries(channels).map(([fn, channel]) => [
        fn,
        // structuredClone throws a DataCloneError on a Proxy, as contextBridge refuses one.
        async (request?: unknown) => structuredClone(await invoke(channel, structuredClone(request ?? null))),
      ]),
    );
    Object.defineProperty(page, 'wardbook', { value: Object.freeze(api) });
  }, API_CHANNEL);
}
