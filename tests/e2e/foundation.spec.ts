import { test, expect } from './fixtures.ts';

test('search → open a drug → switch its section tabs → check three drugs with an unknown one', async ({ app }) => {
  await app.keyboard.press('Control+k');
  await expect(app.locator('#search-input')).toBeFocused();
  await app.keyboard.type('warfarin');
  await app.locator('.name-hit button.result', { hasText: 'warfarin' }).first().click();

  const view = app.locator('.tab-panel.active .drug-view');
  await expect(view.getByRole('heading', { level: 1 })).toHaveText(/warfarin/i);
  const sectionTabs = view.getByRole('tablist', { name: 'Monograph sections' });
  await expect(sectionTabs.getByRole('tab')).toHaveCount(7);
  await sectionTabs.getByRole('tab', { name: 'Side effects' }).click();
  await expect(sectionTabs.getByRole('tab', { name: 'Side effects' })).toHaveAttribute('aria-selected', 'true');
  await expect(view.locator('.section').first()).toContainText(/Hemorrhage/);
  await sectionTabs.getByRole('tab', { name: 'Before using' }).click();
  await expect(view.getByRole('heading', { name: 'Contraindications' })).toBeVisible();

  await app.getByRole('tab', { name: 'Medication list' }).click();
  const list = app.locator('.tab-panel.active');
  await list.getByTestId('list-input').fill('Warfarin 5 mg daily\nAspirin 81 mg\nAmiodarone 200 mg\nZorblax 10 mg');
  await list.getByTestId('check-button').click();
  await expect(list.getByTestId('entries').locator('li')).toHaveCount(4);
  await expect(list.locator('.entry.not-checked')).toContainText('Zorblax 10 mg');
  await expect(list.locator('.entry.not-checked')).toContainText('NOT CHECKED');
  const interactions = list.getByTestId('interaction');
  await expect(
    interactions.filter({ hasText: 'warfarin + aspirin' }).or(interactions.filter({ hasText: 'aspirin + warfarin' })),
  ).toHaveCount(1);
  await expect(interactions.first().locator('.severity').first()).toHaveText(/Contraindicated|Major|Moderate|Minor/);
  await expect(app.getByTestId('pack-version')).toContainText(/Data pack \d{4}\.\d+\.\d+ · built \d{4}-\d{2}-\d{2}/);
});
