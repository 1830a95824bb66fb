// Browser tests run the built renderer in Debian's Chromium against the real handler table.
import { test as base, expect, type Page } from '@playwright/test';
import { createHandlers, type HandlerTable } from '../../electron/node/ipc/handlers.ts';
import { openPack } from '../../electron/node/pack/openPack.ts';
import { attachWardbook, type HarnessOptions } from '../support/harness.ts';
import { PACK, RENDERER } from '../support/paths.ts';
import { serveDir } from '../support/staticServer.ts';

interface Worker {
  table: HandlerTable;
  appUrl: string;
}

export const test = base.extend<{ app: Page; harness: HarnessOptions }, { worker: Worker }>({
  harness: [{}, { option: true }],
  worker: [
    async ({}, use) => {
      const pack = await openPack(PACK);
      const server = await serveDir(RENDERER);
      await use({ table: createHandlers(pack), appUrl: server.url });
      await server.close();
      pack.db.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ page, context, worker, harness }, use) => {
    const requests: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1')) requests.push(r.url());
    });
    await attachWardbook(context, worker.table, harness);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(worker.appUrl);
    await expect(page.getByTestId('pack-version')).toBeVisible();
    await use(page);
    // No page may reach the network, and no script may fail (a CSP violation logs an error too).
    expect(requests, 'requests that left the machine').toEqual([]);
    expect(errors, 'errors in the page').toEqual([]);
  },
});

export { expect };
