// npm run screenshots: the README's pictures of the main views, taken in Debian's Chromium.
import { chromium, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
// The print dialog would block headless Chromium; the preview is the print area in print media.
await page.evaluate(() => {
  (globalThis as unknown as { print: () => void }).print = () => undefined;
});

const list = (p: Page) => p.locator('.tab-panel.active');
async function check(lines: string[]): Promise<void> {
  await list(page).getByTestId('list-input').fill(lines.join('\n'));
  await list(page).getByTestId('check-button').click();
  await list(page).getByTestId('entry').first().waitFor();
}

// The content scrolls inside <main> (header, tab strip and footer stay in view).
const scrollContentToTop = () =>
  page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { querySelector: (s: string) => { scrollTop: number } | null } })
      .document;
    const main = doc.querySelector('main');
    if (main) main.scrollTop = 0;
  });
await page.screenshot({ path: out('medication-list-empty') });
await check([
  'Warfarin 5 mg PO daily',
  'Amiodarone 200 mg daily',
  'Simvastatin 40 mg nightly',
  'Clarithromycin 500 mg BID',
  'Sertraline 50mg',
  'Tramadol 50 mg q6h PRN',
  'Eliquis 5mg',
  'Zorblax 10 mg',
]);
await list(page).getByTestId('interaction').first().locator('summary').click();
await list(page).getByTestId('interaction').nth(1).locator('summary').click();
await scrollContentToTop();
await page.screenshot({ path: out('medication-list'), fullPage: false });

await page.keyboard.press('Control+k');
await page.locator('#search-input').fill('amoxicilin');
await page.getByTestId('corrected').waitFor();
await page.screenshot({ path: out('search') });

await page.locator('#search-input').fill('ibuprofen maximum dose');
await page.getByTestId('answer-card').waitFor();
await page.screenshot({ path: out('answer-card') });

await page.locator('#search-input').fill('eliquis');
await page.locator('.name-hit button.result', { hasText: 'apixaban' }).first().click();
await list(page).getByRole('tab', { name: 'Before using' }).click();
await page.screenshot({ path: out('drug') });

await page.keyboard.press('Control+1');
await page.getByTestId('new-list').click();
await check([
  'Warfarin 2 mg daily',
  'Amiodarone 200 mg daily',
  'Simvastatin 40 mg nightly',
  'Metformin 500 mg BID',
  'Aspirin 81 mg',
]);
await page.getByTestId('open-compare').click();
await list(page).getByTestId('compare-button').click();
await page.getByTestId('compare-result').waitFor();
await page.screenshot({ path: out('compare') });

await page.keyboard.press('Control+1');
await page.keyboard.press('Control+p');
await page.getByRole('dialog').getByLabel('Ward').fill('7B');
await page.screenshot({ path: out('print-dialog') });
await page.getByTestId('print-now').click();
await page.emulateMedia({ media: 'print' });
await page.screenshot({ path: out('print-preview') });
await page.emulateMedia({ media: null });
await page.evaluate(() => (globalThis as unknown as EventTarget).dispatchEvent(new Event('afterprint')));

// The three printouts as printed: the first page of the PDF Chromium makes (margins, page numbers and the
// pack version in them), rendered by poppler. The print job is still set up when the PDF is made.
const afterPrint = () =>
  page.evaluate(() => (globalThis as unknown as EventTarget).dispatchEvent(new Event('afterprint')));
async function printedFirstPage(name: string): Promise<void> {
  await page.getByTestId('print-area').locator('h1').waitFor({ state: 'attached' });
  const dir = mkdtempSync(join(tmpdir(), 'wardbook-print-'));
  try {
    writeFileSync(join(dir, 'print.pdf'), await page.pdf({ format: 'A4' }));
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(dir, 'print.pdf'),
      join(dir, 'page'),
    ]);
    writeFileSync(out(name), readFileSync(join(dir, 'page.png')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await afterPrint();
}
await page.keyboard.press('Control+p');
await page.getByRole('dialog').getByTestId('print-now').click();
await printedFirstPage('printout-clinician-report');
await page.keyboard.press('Control+p');
await page.getByRole('dialog').getByLabel('Patient handout').check();
await page.getByRole('dialog').getByTestId('print-now').click();
await printedFirstPage('printout-patient-handout');
await page.keyboard.press('Control+k');
await page.locator('#search-input').fill('warfarin');
await page.keyboard.press('Enter');
await list(page).locator('.drug-view h1').waitFor();
await page.keyboard.press('Control+p');
await page.getByRole('dialog').getByRole('button', { name: 'Print' }).click();
await printedFirstPage('printout-drug-summary');
// Close warfarin again: the ward picture below counts its tabs.
await page.keyboard.press('Control+w');
await page.keyboard.press('Control+1');

async function theme(name: 'light' | 'dark' | 'contrast'): Promise<void> {
  await page.getByTestId('display-menu-button').click();
  await page.getByTestId('theme-select').selectOption(name);
  await page.keyboard.press('Escape');
}
await theme('dark');
await page.screenshot({ path: out('dark-theme') });
await theme('contrast');
await page.screenshot({ path: out('high-contrast') });
await theme('light');

// A ward PC: 1366×768 with nine tabs open, then the same at 200 % text (Ctrl+=).
await page.setViewportSize({ width: 1366, height: 768 });
for (const drug of ['amiodarone', 'simvastatin', 'metoprolol', 'sertraline', 'tramadol']) {
  await page.keyboard.press('Control+k');
  await page.locator('#search-input').fill(drug);
  await page.keyboard.press('Enter');
  await list(page).locator('.drug-view h1').waitFor();
}
await page.keyboard.press('Control+1');
await list(page).getByTestId('list-name').fill('Bed 12');
await scrollContentToTop();
await page.screenshot({ path: out('ward-1366x768') });
for (let i = 0; i < 10; i++) await page.keyboard.press('Control+=');
await page.keyboard.press('Control+1');
await scrollContentToTop();
await page.screenshot({ path: out('ward-1366x768-200pct') });
await page.keyboard.press('Control+Shift+A');
await page.screenshot({ path: out('ward-tabs-menu-200pct') });
await page.keyboard.press('Escape');
await page.keyboard.press('Control+0');

await browser.close();
await server.close();
pack.db.close();
console.log('screenshots written to build/screenshots/');
