// A slow check shows progress and can be cancelled; a check that fails or is cancelled leaves no
// stale result on screen or in print, and print waits for a fresh result. The data engine answers
// list checks 4 s late here (a slow ward PC); everything else is the real app on the real pack.
import { CHANNEL } from '../../electron/common/contract.ts';
import { test, expect } from './fixtures.ts';
import { checkList } from './helpers.ts';

test.use({ harness: { delayMs: { checkList: 4_000 } } });

test('a slow check shows progress and Cancel; cancelling clears the old result and print waits for a fresh one', async ({
  app,
}) => {
  const panel = app.locator('.tab-panel.active');
  await checkList(app, ['Warfarin 5 mg', 'Aspirin 81 mg']);
  await expect(panel.getByTestId('print-list')).toBeEnabled();

  // Editing the list makes the result stale: print is disabled until it is checked again.
  await panel.getByTestId('list-input').fill('Warfarin 5 mg\nAspirin 81 mg\nAmiodarone 200 mg');
  await expect(panel.getByTestId('print-list')).toBeDisabled();
  await expect(panel.getByTestId('stale-note')).toContainText('The list has changed since it was checked');

  await panel.getByTestId('check-button').click();
  const progress = panel.getByTestId('check-progress');
  await expect(progress).toContainText(/Checking 3 lines… \d+\.\d s/);
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await progress.getByTestId('cancel-check').click();

  await expect(progress).toBeHidden();
  await expect(panel.getByTestId('check-error')).toHaveText('Check cancelled: this list has not been checked.');
  await expect(panel.getByTestId('entries')).toHaveCount(0);
  await expect(panel.getByTestId('print-list')).toBeDisabled();
  // Ctrl+P does not print the old result either: it checks first.
  await app.keyboard.press('Control+p');
  await expect(progress).toBeVisible();
  await expect(panel.getByTestId('entries').getByTestId('entry')).toHaveCount(3, { timeout: 15_000 });
  await expect(app.getByRole('dialog', { name: 'Print medication list report' })).toBeVisible();
});

test('a check that fails clears the previous result, says why, and disables print', async ({ app }) => {
  const panel = app.locator('.tab-panel.active');
  await checkList(app, ['Warfarin 5 mg', 'Aspirin 81 mg']);
  await expect(panel.getByTestId('print-list')).toBeEnabled();

  await panel.getByTestId('list-input').fill(`Warfarin 5 mg\n${'x'.repeat(2_001)}`);
  await panel.getByTestId('check-button').click();
  await expect(panel.getByTestId('check-error')).toHaveText(
    `This list could not be checked: ${CHANNEL.checkList}: lines[1] is longer than 2000 characters`,
    { timeout: 15_000 },
  );
  await expect(panel.getByTestId('entries')).toHaveCount(0);
  await expect(panel.getByTestId('print-list')).toBeDisabled();
  await app.keyboard.press('Control+p');
  await expect(app.getByRole('dialog', { name: 'Print medication list report' })).toHaveCount(0);

  // The next good check works and print is back.
  await panel.getByTestId('list-input').fill('Warfarin 5 mg\nAspirin 81 mg');
  await panel.getByTestId('check-button').click();
  await expect(panel.getByTestId('entries').getByTestId('entry')).toHaveCount(2, { timeout: 15_000 });
  await expect(panel.getByTestId('check-error')).toHaveCount(0);
  await expect(panel.getByTestId('print-list')).toBeEnabled();
});
