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

  const { text, pages, pdfPages } = await renderPrint(app);
  expectEveryPageMarked(pdfPages);
  expect(text).toContain('interaction report (clinician)');
  expect(text).toContain('Patient: Test Patient · Ward: 7B');
  expect(text).toMatch(/Printed .+ · Wardbook data pack/);
  expect(text).toMatch(PACK_LINE);
  expect(text).toMatch(/Zorblax 10 mg\s+NOT CHECKED/);
  expect(text).toMatch(/Eliquis 5mg\s+apixaban/);
  // Alerts by severity, most severe first, each with what to do.
  const order = ['Contraindicated (', 'Major (', 'Moderate ('].map((h) => text.indexOf(h));
  expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
  expect(text).toMatch(/clarithromycin \+ simvastatin[\s\S]*?What to do:/);
  expect(pages).toBeGreaterThanOrEqual(2);

  // The dialog closed: what was typed for the printout is gone.
  await finishPrint(app);
  await app.keyboard.press('Control+p');
  await expect(dialog.getByLabel('Name')).toHaveValue('');
});

test('patient handout: patient-facing sections, and a plain word where the pack has none', async ({ app }) => {
  await stubPrint(app);
  await checkList(app, ['Warfarin 5 mg', 'Metformin 500 mg', 'Zorblax 1 mg']);
  await app.locator('.tab-panel.active').getByTestId('print-list').click();
  const dialog = app.getByRole('dialog', { name: 'Print medication list report' });
  await dialog.getByLabel('Patient handout').check();
  await dialog.getByTestId('print-now').click();
  await expect.poll(() => printCalls(app)).toBe(1);

  const { text, pages, pdfPages } = await renderPrint(app);
  expectEveryPageMarked(pdfPages);
  expect(text).toContain('Your medicines — information for you');
  expect(text).toMatch(/Medication Guide|Patient counselling information|has no information written for patients/);
  expect(text).toContain('Zorblax 1 mg — NOT CHECKED');
  expect(text).toMatch(PACK_LINE);
  expect(pages).toBeGreaterThanOrEqual(1);
  await finishPrint(app);
});

test('drug summary: chosen sections on one to two pages, with sources and the pack version', async ({ app }) => {
  await stubPrint(app);
  await searchFor(app, 'warfarin');
  await app.locator('#search-results .name-hit button.result').first().click();
  await app.keyboard.press('Control+p');
  const dialog = app.getByRole('dialog', { name: /Print summary of warfarin/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Boxed warning')).toBeChecked();
  await dialog.getByRole('button', { name: 'Print' }).click();
  await expect.poll(() => printCalls(app)).toBe(1);

  const { text, pages, pdfPages } = await renderPrint(app);
  expectEveryPageMarked(pdfPages);
  expect(text).toContain('warfarin — drug summary');
  expect(text).toMatch(/BOXED WARNING|Boxed warning/i);
  expect(text).toContain('Source:');
  expect(text).toMatch(PACK_LINE);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  await finishPrint(app);
});
