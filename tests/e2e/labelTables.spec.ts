import { test, expect } from './fixtures.ts';
import { finishPrint, printCalls, renderPrint, searchFor, stubPrint } from './helpers.ts';

// Warfarin's label gives its genotype dosing table with row and column spans (DailyMed SPL).
test('a label table shows as a table on screen and in print, spans kept', async ({ app }) => {
  await stubPrint(app);
  await searchFor(app, 'warfarin');
  await app.locator('#search-results .name-hit button.result').first().click();
  const panel = app.locator('.tab-panel.active');
  await panel.getByRole('tab', { name: 'Proper use' }).click();
  const table = panel.getByTestId('label-table').filter({ hasText: 'Three Ranges of Expected Maintenance' });
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toContainText('Table 1: Three Ranges');
  await expect(table.locator('td[rowspan="2"]', { hasText: 'VKORC1' })).toHaveCount(1);
  await expect(table.locator('td[colspan="6"]', { hasText: 'CYP2C9' })).toHaveCount(1);
  await expect(table.locator('tr').nth(1).locator('td').first()).toHaveText('*1/*1');
  // The text around it is still text, and no cell arrives as a line of pipes.
  await expect(panel.locator('.section-text', { hasText: '|' })).toHaveCount(0);

  await app.keyboard.press('Control+p');
  const dialog = app.getByRole('dialog', { name: /Print summary of warfarin/ });
  await dialog.getByLabel('Dosage and administration').check();
  await dialog.getByRole('button', { name: 'Print' }).click();
  await expect.poll(() => printCalls(app)).toBe(1);
  const printed = app.getByTestId('print-area').getByTestId('label-table').filter({ hasText: 'VKORC1' });
  await expect(printed.locator('td[colspan="6"]', { hasText: 'CYP2C9' })).toHaveCount(1);
  const { text } = await renderPrint(app);
  expect(text).toMatch(/VKORC1\s+CYP2C9/);
  await finishPrint(app);
});
