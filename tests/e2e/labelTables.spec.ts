import { test, expect } from './fixtures.ts';
import { checkList, finishPrint, printCalls, renderPrint, searchFor, stubPrint } from './helpers.ts';

// Warfarin's label gives its genotype dosing table with row and column spans (DailyMed SPL).
test('a label table shows as a table on screen, spans kept', async ({ app }) => {
  await stubPrint(app);
  await searchFor(app, 'warfarin');
  await app.locator('#search-results .name-hit button.result').first().click();
  const panel = app.locator('.tab-panel.active');
  await panel.getByRole('tab', { name: 'Proper use' }).click();
  // A long section opens on its key points or its start; the table is in the full text.
  const more = panel
    .locator('[data-section-key="dosage_administration"]')
    .getByRole('button', { name: /Show the full text/ });
  if (await more.isVisible()) await more.click();
  const table = panel.getByTestId('label-table').filter({ hasText: 'Three Ranges of Expected Maintenance' });
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toContainText('Table 1: Three Ranges');
  await expect(table.locator('td[rowspan="2"]', { hasText: 'VKORC1' })).toHaveCount(1);
  await expect(table.locator('td[colspan="6"]', { hasText: 'CYP2C9' })).toHaveCount(1);
  await expect(table.locator('tr').nth(1).locator('td').first()).toHaveText('*1/*1');
  // The text around it is still text, and no cell arrives as a line of pipes.
  await expect(panel.locator('.section-text', { hasText: '|' })).toHaveCount(0);

  await finishPrint(app);
});

// Warfarin's Medication Guide is itself a two-column table in the label; the patient handout reads it as the
// plain words it holds, under the handout's own headings: no table marks, cells or pipes.
test('a Medication Guide laid out as a table prints as plain words (patient handout)', async ({ app }) => {
  await stubPrint(app);
  await checkList(app, ['Warfarin 5 mg']);
  await app.locator('.tab-panel.active').getByTestId('print-list').click();
  const dialog = app.getByRole('dialog', { name: 'Print medication list report' });
  await dialog.getByLabel('Patient handout').check();
  await dialog.getByTestId('print-now').click();
  await expect.poll(() => printCalls(app)).toBe(1);
  const area = app.getByTestId('print-area');
  await expect(area).toContainText('Warning signs: get help');
  await expect(area).toContainText('can cause bleeding which can be serious');
  const { text } = await renderPrint(app);
  expect(text).not.toContain('\uFFFC');
  expect(text).not.toContain(' | ');
  await finishPrint(app);
});
