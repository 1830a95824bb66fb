import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { checkList, openFromSearch, stubPrint } from './helpers.ts';

const panel = (app: Page) => app.locator('.tab-panel.active');
const stripTab = (app: Page, name: string | RegExp) =>
  app.getByRole('tablist', { name: 'Open items' }).getByRole('tab', { name });
const focusedTestId = (app: Page) =>
  app.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? null);

test('focus never drops to the page body: search Enter, Ctrl+W, Ctrl+1…9, dialogs', async ({ app }) => {
  await stubPrint(app);
  await openFromSearch(app, 'warfarin');
  // A drug opened from search: focus is on its selected section tab.
  const overview = panel(app).getByRole('tab', { name: 'Overview' });
  await expect(overview).toBeFocused();
  await openFromSearch(app, 'digoxin');
  await expect(panel(app).getByRole('tab', { name: 'Overview' })).toBeFocused();

  await app.keyboard.press('Control+2');
  await expect(stripTab(app, /warfarin/i)).toBeFocused();
  await app.keyboard.press('Control+9');
  await expect(stripTab(app, /digoxin/i)).toBeFocused();
  await app.keyboard.press('Control+w');
  await expect(stripTab(app, /warfarin/i)).toBeFocused();
  await expect(stripTab(app, /digoxin/i)).toHaveCount(0);
  await app.keyboard.press('Control+Tab');
  await expect(stripTab(app, 'Medication list')).toBeFocused();

  // Closing a dialog (Esc or Cancel) returns focus to the button that opened it.
  await app.keyboard.press('Control+2');
  await panel(app).getByTestId('print-drug').click();
  await app.keyboard.press('Escape');
  await expect(panel(app).getByTestId('print-drug')).toBeFocused();
  await app.keyboard.press('Control+1');
  await checkList(app, ['Warfarin 5 mg', 'Aspirin 81 mg']);
  await panel(app).getByTestId('print-list').click();
  await app.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(panel(app).getByTestId('print-list')).toBeFocused();

  // The shortcuts overlay: F1 or ?, lists the shortcuts, Esc returns focus where it was.
  await app.keyboard.press('F1');
  const overlay = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('close other tabs');
  await expect(overlay).toContainText('Ctrl+Enter');
  await app.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  await expect(panel(app).getByTestId('print-list')).toBeFocused();
  await stripTab(app, 'Medication list').focus();
  await app.keyboard.press('?');
  await expect(overlay).toBeVisible();
  await overlay.getByTestId('shortcuts-close').click();
  await expect(stripTab(app, 'Medication list')).toBeFocused();
  expect(await focusedTestId(app)).not.toBeNull();
});

test('the tabs menu switches tabs and closes others or all, never a list that holds medicines', async ({ app }) => {
  await checkList(app, ['Warfarin 5 mg']);
  for (const drug of ['warfarin', 'amiodarone', 'metformin']) {
    await openFromSearch(app, drug);
    await expect(panel(app).locator('.drug-view h1')).toBeVisible();
  }
  await app.getByTestId('new-list').click(); // an empty second list
  await expect(app.getByRole('tablist', { name: 'Open items' }).getByRole('tab')).toHaveCount(5);

  await app.keyboard.press('Control+Shift+A');
  const menu = app.getByTestId('tabs-menu');
  await expect(menu).toBeVisible();
  await menu.getByRole('button', { name: 'amiodarone', exact: true }).click();
  await expect(stripTab(app, /amiodarone/i)).toHaveAttribute('aria-selected', 'true');
  await expect(stripTab(app, /amiodarone/i)).toBeFocused();

  await app.getByTestId('tabs-menu-button').click();
  await app.getByTestId('close-others').click();
  // The active drug and the list with medicines stay; the empty list and other drugs go.
  await expect(app.getByRole('tablist', { name: 'Open items' }).getByRole('tab')).toHaveCount(2);
  await expect(app.getByTestId('bulk-close-message')).toContainText('1 medication list holding medicines');

  await app.getByTestId('tabs-menu-button').click();
  await app.getByTestId('close-all').click();
  await expect(app.getByRole('tablist', { name: 'Open items' }).getByRole('tab')).toHaveCount(1);
  await expect(stripTab(app, 'Medication list')).toBeFocused();
  await expect(panel(app).getByTestId('list-input')).toHaveValue('Warfarin 5 mg');
});

test('lists are named on their tab, in memory only, and compare shows formulation changes and what a stop ends', async ({
  app,
}) => {
  await panel(app).getByTestId('list-name').fill('Bed 12 home');
  await expect(stripTab(app, 'Bed 12 home · list')).toBeVisible();
  await checkList(app, [
    'Metoprolol tartrate 25 mg PO BID',
    'Fluconazole 200 mg daily',
    'Simvastatin 40 mg nightly',
    'Diltiazem 30 mg TID',
    'Lisinopril 10 mg daily',
  ]);
  await app.keyboard.press('Control+Shift+L');
  await panel(app).getByTestId('list-name').fill('Bed 12 now');
  await checkList(app, [
    'Metoprolol succinate ER 25 mg PO daily',
    'Simvastatin 40 mg nightly',
    'Diltiazem ER 120 mg daily',
  ]);
  await app.getByTestId('open-compare').click();
  await expect(panel(app).getByTestId('compare-before')).toContainText('Bed 12 home · list');
  await panel(app).getByTestId('compare-before').selectOption({ label: 'Bed 12 home · list' });
  await panel(app).getByTestId('compare-after').selectOption({ label: 'Bed 12 now · list' });
  await panel(app).getByTestId('compare-button').click();
  const metoprolol = panel(app).getByTestId('changed-entry').filter({ hasText: 'metoprolol' });
  await expect(metoprolol.locator('[data-kind="salt"]')).toContainText('tartrate → succinate');
  await expect(metoprolol.locator('[data-kind="release"]')).toContainText('extended-release');
  await expect(metoprolol.locator('[data-kind="frequency"]')).toBeVisible();
  const diltiazem = panel(app).getByTestId('changed-entry').filter({ hasText: 'diltiazem' });
  await expect(diltiazem.locator('[data-kind="release"]')).toContainText(
    'immediate-release (not stated) → extended-release',
  );
  await expect(panel(app).getByTestId('stopped-effects')).toContainText(
    /Stopping fluconazole.*simvastatin interaction ends/s,
  );

  // Names are never stored: after a reload the tabs come back without them.
  await app.reload();
  await expect(app.getByTestId('pack-version')).toBeVisible();
  const stored = await app.evaluate(() => JSON.stringify(localStorage));
  expect(stored).not.toContain('Bed 12');
  await expect(app.getByText('Bed 12')).toHaveCount(0);
});

test('condition and allergy chips read as names the pack knows, with typeahead over its terms', async ({ app }) => {
  const conditions = panel(app).getByRole('combobox', { name: 'Conditions' });
  await conditions.fill('low k');
  await expect(panel(app).getByRole('option', { name: /Hypokalaemia/ })).toBeVisible();
  await conditions.press('ArrowDown');
  await conditions.press('Enter');
  await conditions.fill('long qt');
  await conditions.press('Enter');
  await conditions.fill('purple knees');
  await conditions.press('Enter');
  await checkList(app, ['Amiodarone 200 mg', 'Citalopram 20 mg', 'Furosemide 40 mg']);
  const chips = panel(app).locator('.chip-input').first().getByTestId('chip');
  await expect(chips.filter({ hasText: 'Hypokalaemia (low potassium)' })).toBeVisible();
  await expect(chips.filter({ hasText: 'QT prolongation' })).toContainText('typed “long qt”');
  await expect(chips.filter({ hasText: 'purple knees' })).toContainText('NOT CHECKED');
  // Alerts about a condition name it in words, never by its internal key.
  const results = panel(app).locator('.med-output');
  await expect(results).not.toContainText('qt-prolongation');
  await expect(results).not.toContainText('hypokalaemia:');
});

test('a drug tab shows high-alert status and look-alike names beside its title', async ({ app }) => {
  await openFromSearch(app, 'warfarin');
  await expect(panel(app).getByTestId('high-alert')).toContainText('HIGH-ALERT MEDICATION (anticoagulant)');
  await openFromSearch(app, 'hydroxyzine');
  await expect(panel(app).locator('.lasa')).toContainText('hydrALAZINE');
  await expect(panel(app).getByTestId('high-alert')).toHaveCount(0);
});
