// Shared steps for the browser tests: axe checks, a print job without the blocking dialog, PDF facts.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';

export const TEN_LINES = [
  'Warfarin 5 mg PO daily',
  'Amiodarone 200 mg daily',
  'Simvastatin 40 mg nightly',
  'Clarithromycin 500 mg BID',
  'Sertraline 50mg',
  'Tramadol 50 mg q6h PRN',
  'Metformin 500 mg BID',
  'Lisinopril 10 mg daily',
  'Eliquis 5mg',
  'Zorblax 10 mg',
];

/** Serious and critical axe violations on the page as it is now (hidden tabs are not in the tree). */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  // Only violations are read: axe then skips collecting the nodes of every rule that passed.
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  expect(bad, `axe violations on ${view}`).toEqual([]);
}

/** window.print() blocks headless Chromium: record the call instead, as the real dialog would open here. */
export async function stubPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { printCalls: number };
    w.printCalls = 0;
    window.print = () => {
      w.printCalls += 1;
    };
  });
}

export const printCalls = (page: Page) => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);

/** What a print job produces: the print area as laid out for print, and the PDF Chromium renders. */
export async function renderPrint(
  page: Page,
): Promise<{ text: string; pages: number; pdf: Buffer; pdfPages: string[] }> {
  await page.emulateMedia({ media: 'print' });
  const area = page.getByTestId('print-area');
  await expect(area).toBeVisible();
  await expect(page.locator('.app-shell')).toBeHidden();
  const text = await area.innerText();
  await page.emulateMedia({ media: null });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return { text, pages: pdfPageCount(pdf), pdf, pdfPages: pdfText(pdf) };
}

/** The PDF's own text, page by page, as poppler's pdftotext reads it (margin boxes included). */
export function pdfText(pdf: Buffer): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
  return text.split('\f').filter((pageText) => pageText.trim().length > 0);
}

/** Every printed page carries the pack version and date, and its number out of the total. */
export function expectEveryPageMarked(pdfPages: string[]): void {
  expect(pdfPages.length).toBeGreaterThan(0);
  pdfPages.forEach((pageText, i) => {
    expect(pageText, `page ${i + 1}`).toMatch(/Wardbook data pack \d{4}\.\d+\.\d+ \(built \d{4}-\d{2}-\d{2}\)/);
    expect(pageText, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pdfPages.length}`);
  });
}

/** Page objects in the PDF (Chromium writes each as "/Type /Page", the tree as "/Type /Pages"). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** The print dialog closing: Chromium and Electron fire afterprint, which clears the print area. */
export async function finishPrint(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.getByTestId('print-area')).toBeEmpty();
}

export async function checkList(page: Page, lines: string[]): Promise<void> {
  const panel = page.locator('.tab-panel.active');
  await panel.getByTestId('list-input').fill(lines.join('\n'));
  await panel.getByTestId('check-button').click();
  await expect(panel.getByTestId('entries').getByTestId('entry')).toHaveCount(lines.length);
}

export async function searchFor(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.locator('#search-input').fill(query);
  await expect(page.locator('#search-results')).toBeVisible();
}

/** Searches a drug name and opens the first result with Enter, once the results are this query's (not the last one's). */
export async function openFromSearch(page: Page, drug: string): Promise<void> {
  await searchFor(page, drug);
  await expect(page.locator('#search-results .name-hit').first()).toContainText(new RegExp(drug, 'i'));
  await page.keyboard.press('Enter');
}
