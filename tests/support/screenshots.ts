// npm run screenshots: the README's pictures of the main views, taken in Debian's Chromium.
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { createHandlers } from '../../electron/node/ipc/handlers.ts';
import { openPack } from '../../electron/node/pack/openPack.ts';
import { CHROMIUM_FLAGS } from '../playwright.config.ts';
import { attachWardbook } from './harness.ts';
import { PACK, RENDERER, ROOT } from './paths.ts';
import { serveDir } from './staticServer.ts';

const out = (name: string) => resolve(ROOT, 'build/screenshots', `${name}.png`);
const pack = await openPack(PACK);
const server = await serveDir(RENDERER);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
await attachWardbook(context, createHandlers(pack));
const page = await context.newPage();
await page.goto(server.url);
await page.getByTestId('pack-version').waitFor();

await page.getByTestId('list-input').fill(['Warfarin 5 mg PO daily', 'Amiodarone 200 mg daily', 'Simvastatin 40 mg nightly', 'Clarithromycin 500 mg BID', 'Sertraline 50mg', 'Tramadol 50 mg q6h PRN', 'Zorblax 10 mg'].join('\n'));
await page.getByTestId('check-button').click();
await page.getByTestId('interaction').first().click();
await page.screenshot({ path: out('medication-list'), fullPage: false });

await page.locator('#search-input').fill('eliquis');
await page.locator('.name-hit button.result').first().waitFor();
await page.screenshot({ path: out('search') });
await page.locator('.name-hit button.result').first().click();
await page.getByRole('tab', { name: 'Before using' }).click();
await page.screenshot({ path: out('drug') });

await browser.close();
await server.close();
console.log('screenshots written to build/screenshots/');
