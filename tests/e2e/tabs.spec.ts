import { test, expect } from './fixtures.ts';
import { checkList, searchFor } from './helpers.ts';

const strip = (app: import('@playwright/test').Page) => app.getByRole('tablist', { name: 'Open items' });

async function openDrug(app: import('@playwright/test').Page, name: string): Promise<void> {
  await searchFor(app, name);
  await app.locator('#search-results .name-hit button.result').first().click();
  await expect(app.locator('.tab-panel.active .drug-view h1')).toHaveText(new RegExp(name, 'i'));
}

test('tab shortcuts: Ctrl+Tab cycles, Ctrl+1…9 jump, Ctrl+W / Delete / middle-click close; an open drug is focused, not duplicated', async ({
  app,
}) => {
  await openDrug(app, 'warfarin');
  await openDrug(app, 'aspirin');
  await openDrug(app, 'warfarin');
  await expect(strip(app).getByRole('tab')).toHaveCount(3);
  await expect(strip(app).getByRole('tab', { name: 'warfarin' })).toHaveAttribute('aria-selected', 'true');
  // The tablist holds tabs only; closing is not a button inside it.
  await expect(strip(app).getByRole('button')).toHaveCount(0);

  await app.locator('body').click({ position: { x: 5, y: 400 } });
  await app.keyboard.press('Control+1');
  await expect(strip(app).getByRole('tab', { name: 'Medication list' })).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Control+Tab');
  await expect(strip(app).getByRole('tab', { name: 'warfarin' })).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Control+Shift+Tab');
  await expect(strip(app).getByRole('tab', { name: 'Medication list' })).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Control+9');
  await expect(strip(app).getByRole('tab', { name: 'aspirin' })).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Control+w');
  await expect(strip(app).getByRole('tab')).toHaveCount(2);

  await strip(app).getByRole('tab', { name: 'warfarin' }).click({ button: 'middle' });
  await expect(strip(app).getByRole('tab')).toHaveCount(1);
  await openDrug(app, 'aspirin');
  await strip(app).getByRole('tab', { name: 'aspirin' }).focus();
  await app.keyboard.press('Delete');
  await expect(strip(app).getByRole('tab')).toHaveCount(1);
  // The last medication list cannot be closed: there is always somewhere to paste a list.
  await app.keyboard.press('Control+w');
  await expect(strip(app).getByRole('tab', { name: 'Medication list' })).toBeVisible();
});

test('tabs survive a reload; the medication list text and results do not, and never reach local storage', async ({
  app,
}) => {
  await openDrug(app, 'warfarin');
  await app.locator('.tab-panel.active').getByRole('tab', { name: 'Side effects' }).click();
  await searchFor(app, 'bleeding');
  await app.getByTestId('search-open-tab').click();
  await app.keyboard.press('Control+1');
  await checkList(app, ['Digoxin 125 mcg daily', 'Zorblax 10 mg']);
  const stored = await app.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(localStorage))));
  expect(stored).not.toMatch(/digoxin|zorblax/i);

  await app.reload();
  await expect(app.getByTestId('pack-version')).toBeVisible();
  await expect(strip(app).locator('.tab-title')).toHaveText(['Medication list', 'warfarin', 'Search: bleeding']);
  await expect(app.getByTestId('list-input')).toHaveValue('');
  await expect(app.getByTestId('list-empty')).toBeVisible();
  await app.keyboard.press('Control+2');
  await expect(app.locator('.tab-panel.active').getByRole('tab', { name: 'Side effects' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});
