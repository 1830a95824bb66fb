// The browser tests' stand-in for the preload: window.wardbook gets one function per channel (the
// preload's own channel map), each calling through context.exposeBinding into the very handler
// table that Electron's main process registers — there is no second implementation.
import { test as base, expect, type Page } from '@playwright/test';
import { API_CHANNEL, type Channel } from '../../electron/common/contract.ts';
import { createHandlers, dispatch, type HandlerTable } from '../../electron/node/ipc/handlers.ts';
import { openPack } from '../../electron/node/pack/openPack.ts';
import { PACK, RENDERER } from '../support/paths.ts';
import { serveDir } from '../support/staticServer.ts';

interface Worker { table: HandlerTable; appUrl: string }

export const test = base.extend<{ app: Page }, { worker: Worker }>({
  worker: [async ({}, use) => {
    const pack = await openPack(PACK);
    const server = await serveDir(RENDERER);
    await use({ table: createHandlers(pack), appUrl: server.url });
    await server.close();
    pack.db.close();
  }, { scope: 'worker' }],
  app: async ({ page, context, worker }, use) => {
    const requests: string[] = [];
    context.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1')) requests.push(r.url()); });
    await context.exposeBinding('__wardbookInvoke', (_source, channel: Channel, payload: unknown) => dispatch(worker.table, channel, payload));
    await context.addInitScript((channels: Record<string, string>) => {
      const page = globalThis as unknown as { __wardbookInvoke: (c: string, p: unknown) => Promise<unknown> };
      const invoke = page.__wardbookInvoke;
      const api = Object.fromEntries(Object.entries(channels).map(([fn, channel]) => [fn, (request?: unknown) => invoke(channel, request ?? null)]));
      Object.defineProperty(page, 'wardbook', { value: Object.freeze(api) });
    }, API_CHANNEL);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(worker.appUrl);
    await expect(page.getByTestId('pack-version')).toBeVisible();
    await use(page);
    // No page may reach the network, and no script may fail (a CSP violation logs an error too).
    expect(requests, 'requests that left the machine').toEqual([]);
    expect(errors, 'errors in the page').toEqual([]);
  },
});

export { expect };
