import { test, expect } from './fixtures.ts';

test('keyboard only: search, open, walk the section tabs, jump to the list, type it, check it, read an alert', async ({
  app,
}) => {
  const kb = app.keyboard;
  await kb.press('/');
  await expect(app.locator('#search-input')).toBeFocused();
  await kb.type('warfrin');
  await expect(app.getByTestId('corrected')).toContainText('warfarin');
  await kb.press('ArrowDown');
  await expect(app.locator('#search-results button.result').first()).toBeFocused();
  await kb.press('Enter');
  const view = app.locator('.tab-panel.active .drug-view');
  await expect(view.locator('h1')).toHaveText(/warfarin/i);

  // Tab reaches the selected section tab; arrows move between sections (ARIA tabs pattern).
  const overview = view.getByRole('tab', { name: 'Overview' });
  for (let i = 0; i < 20 && !(await overview.evaluate((el) => el === document.activeElement)); i++)
    await kb.press('Tab');
  await expect(overview).toBeFocused();
  await kb.press('ArrowRight');
  await expect(view.getByRole('tab', { name: 'Before using' })).toBeFocused();
  await expect(view.getByRole('tab', { name: 'Before using' })).toHaveAttribute('aria-selected', 'true');
  await kb.press('End');
  await expect(view.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
  await kb.press('ArrowRight');
  await expect(overview).toBeFocused();
  await kb.press('Tab');
  await expect(view.getByRole('tabpanel')).toBeFocused();

  await kb.press('Control+1');
  await kb.press('Control+k');
  await kb.press('Escape');
  // From the search box, Tab walks on to the list's text box.
  const input = app.locator('.tab-panel.active').getByTestId('list-input');
  for (let i = 0; i < 40 && !(await input.evaluate((el) => el === document.activeElement)); i++) await kb.press('Tab');
  await expect(input).toBeFocused();
  await kb.type('Warfarin 5 mg\nAspirin 81 mg\nZorblax 1 mg');
  await kb.press('Control+Enter');
  const panel = app.locator('.tab-panel.active');
  await expect(panel.getByTestId('entry')).toHaveCount(3);
  await expect(panel.locator('.entry.not-checked')).toContainText('NOT CHECKED');
  const summary = panel.getByTestId('interaction').first().locator('summary');
  for (let i = 0; i < 60 && !(await summary.evaluate((el) => el === document.activeElement)); i++)
    await kb.press('Tab');
  await expect(summary).toBeFocused();
  await kb.press('Enter');
  await expect(panel.getByTestId('interaction').first().locator('dd.management')).toBeVisible();
});
