import { test, expect } from './fixtures.ts';
import {
  TEN_LINES,
  checkList,
  expectEveryPageMarked,
  finishPrint,
  printCalls,
  renderPrint,
  searchFor,
  stubPrint,
} from './helpers.ts';

const PACK_LINE = /Wardbook data pack \d{4}\.\d+\.\d+ \(built \d{4}-\d{2}-\d{2}\)/;

test('Ctrl+P on a list: clinician report with patient fields typed at print time, NOT CHECKED lines and alerts by severity', async ({
  app,
}) => {
  await stubPrint(app);
  await checkList(app, TEN_LINES);
  await app.keyboard.press('Control+p');
  const dialog = app.getByRole('dialog', { name: 'Print medication list report' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name').fill('Test Patient');
  await dialog.getByLabel('Ward').fill('7B');
  await dialog.getByTestId('print-now').click();
  await expect.poll(() => printCalls(app)).toBe(1);
  await expect(dialog).toBeHidden();

  // Read before rendering: printing to PDF fires afterprint, which empties the print area.
  const rows = await app
    .getByTestId('print-alert-table')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.textContent));
  const { text, pages, pdfPages } = await renderPrint(app);
  expectEveryPageMarked(pdfPages);
  expect(text).toContain('interaction report (clinician)');
  expect(text).toContain('Patient: Test Patient · Ward: 7B');
  expect(text).toMatch(/Printed .+ · Wardbook data pack/);
  expect(text).toMatch(PACK_LINE);
  expect(text).toMatch(/Zorblax 10 mg\s+NOT CHECKED/);
  expect(text).toMatch(/Eliquis 5mg\s+apixaban/);
  // Page 1 holds what was not checked and the alert table, one row per alert, most severe first.
  expect(pdfPages[0]).toMatch(/Zorblax 10 mg NOT CHECKED/);
  expect(pdfPages[0]).toContain('What to do');
  expect(rows.length).toBeGreaterThan(3);
  const rank = (row: string | null) =>
    ['contraindicated', 'major', 'moderate', 'minor'].findIndex((s) => (row ?? '').toLowerCase().includes(s));
  const ranks = rows.map(rank);
  expect(ranks.every((r) => r >= 0)).toBe(true);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(pdfPages[0]).toMatch(/clarithromycin[\s\S]*simvastatin/);
  // The detail of each alert follows the table.
  expect(text).toMatch(/Alert details[\s\S]*clarithromycin \+ simvastatin[\s\S]*?What to do:/);
  expect(pages).toBeGreaterThanOrEqual(1);

  // The dialog closed: what was typed for the printout is gone.
  await finishPrint(app);
  await app.keyboard.press('Control+p');
  await expect(dialog.getByLabel('Name')).toHaveValue('');
});

test('clinician report for 14 medicines stays short: alerts in a table, detail below', async ({ app }) => {
  await stubPrint(app);
  await checkList(app, [
    ...TEN_LINES,
    'Furosemide 40 mg daily',
    'Omeprazole 20 mg daily',
    'Ciprofloxacin 500 mg BID',
    'Prednisone 10 mg daily',
  ]);
  await app.locator('.tab-panel.active').getByTestId('print-list').click();
  await app.getByRole('dialog', { name: 'Print medication list report' }).getByTestId('print-now').click();
  await expect.poll(() => printCalls(app)).toBe(1);
  const { pages, pdfPages } = await renderPrint(app);
  expectEveryPageMarked(pdfPages);
  expect(pdfPages[0]).toContain('NOT CHECKED');
  // 11 pages before the redesign; the list now raises 36 alerts and 9 counselling items, each alert's detail
  // saying what happens, what to do, why and its sources.
  expect(pages).toBeLessThanOrEqual(8);
  await finishPrint(app);
});

test('patient handout: plain words per medicine from the list, its alerts and the Medication Guide; no clinician text', async ({
  app,
}) => {
  await stubPrint(app);
  await checkList(app, [
    'Warfarin 5 mg PO daily',
    'Metformin 500 mg BID',
    'Acetaminophen 500 mg',
    'Tylenol 325 mg',
    'Zorblax 1 mg',
  ]);
  await app.locator('.tab-panel.active').getByTestId('print-list').click();
  const dialog = app.getByRole('dialog', { name: 'Print medication list report' });
  await dialog.getByLabel('Patient handout').check();
  await dialog.getByTestId('print-now').click();
  await expect.poll(() => printCalls(app)).toBe(1);

  const { text, pages, pdfPages } = await renderPrint(app);
  expectEveryPageMarked(pdfPages);
  expect(text).toContain('Your medicines');
  expect(text).toContain('Take 5 mg by mouth once a day.');
  expect(text).toContain('Take 500 mg twice a day.');
  // Warfarin's Medication Guide gives the warning signs; the duplicate acetaminophen is something to avoid.
  expect(text).toMatch(/Warning signs: get help[\s\S]*bleeding/i);
  expect(text).toMatch(/Do not take other medicines that contain acetaminophen/);
  expect(text).toContain('Zorblax 1 mg — NOT CHECKED');
  expect(text).toMatch(PACK_LINE);
  // No clinician section text, no label headings or sources, no manufacturer addresses, no empty blocks.
  expect(text).not.toMatch(/INDICATIONS AND USAGE|CONTRAINDICATIONS|WARNINGS AND PRECAUTIONS|Source:/);
  expect(text).not.toMatch(/\b(Manufactured|Distributed) (for|by)\b/i);
  expect(text).not.toMatch(/\b[A-Z]{2} \d{5}\b/);
  expect((text.match(/no patient leaflet text/g) ?? []).length).toBeLessThanOrEqual(1);
  // The Medication Guide is quoted by its first sentences, with a pointer to the full leaflet, not reprinted.
  expect(text).toMatch(/What it is for[\s\S]*blood clots/);
  expect(text).toContain('There is more in the full leaflet. Ask your pharmacist for it.');
  // Warfarin's guide alone was 6,500 characters on the handout before it was cut to its first sentences.
  expect(text.length).toBeLessThan(6000);
  expect(pages).toBeLessThanOrEqual(2);
  expect((text.match(/no patient leaflet text for acetaminophen, acetaminophen/g) ?? []).length).toBe(0);
  expect(pages).toBeGreaterThanOrEqual(1);
  await finishPrint(app);

  // Large type: the same handout on more pages.
  await app.locator('.tab-panel.active').getByTestId('print-list').click();
  const again = app.getByRole('dialog', { name: 'Print medication list report' });
  await again.getByLabel('Patient handout').check();
  await again.getByLabel('Large type').check();
  await again.getByTestId('print-now').click();
  await expect.poll(() => printCalls(app)).toBe(2);
  const large = await renderPrint(app);
  expectEveryPageMarked(large.pdfPages);
  expect(large.pages).toBeGreaterThan(pages);
  await finishPrint(app);
});

test('drug summary: the whole boxed warning and contraindications, the label on every page, never shortened', async ({
  app,
}) => {
  await stubPrint(app);
  await searchFor(app, 'warfarin');
  await app.locator('#search-results .name-hit button.result').first().click();
  await app.keyboard.press('Control+p');
  const dialog = app.getByRole('dialog', { name: /Print summary of warfarin/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Boxed warning')).toBeChecked();
  await dialog.getByRole('button', { name: 'Print' }).click();
  await expect.poll(() => printCalls(app)).toBe(1);

  // Every line of the boxed warning as on screen (read before rendering: the PDF fires afterprint).
  const screen = app.locator('.tab-panel.active');
  const boxed = await screen.locator('[data-section-key="boxed_warning"] .section-content').first().innerText();
  const printed = (
    (await app.locator('.print-area [data-section-key="boxed_warning"] .section-content').textContent()) ?? ''
  ).replace(/\s+/g, ' ');
  for (const line of boxed.split('\n').filter((l) => l.trim()))
    expect(printed).toContain(line.replace(/\s+/g, ' ').trim());
  const { text, pages, pdfPages } = await renderPrint(app);
  expectEveryPageMarked(pdfPages);
  expect(text).toContain('warfarin — drug summary');
  expect(text).toMatch(/BOXED WARNING|Boxed warning/i);
  expect(text).toContain('Contraindications');
  expect(text).toContain('Source:');
  expect(text).toMatch(PACK_LINE);
  expect(text).not.toContain('Shortened');
  pdfPages.forEach((page, i) => expect(page, `page ${i + 1}`).toMatch(/warfarin · label: WARFARIN SODIUM/i));
  expect(pages).toBeGreaterThanOrEqual(1);
  await finishPrint(app);
});
