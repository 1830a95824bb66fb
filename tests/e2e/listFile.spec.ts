// Saving a list goes through main (its Save dialog, an atomic write); opening one reads the file's
// bytes. The harness stands in for main's dialog with the file each test names, and writes it with
// the same code main uses.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { checkList } from './helpers.ts';

const folder = mkdtempSync(join(tmpdir(), 'wardbook-lists-'));
const saved = join(folder, 'bed 12.json');

test.describe('the dialog chooses a file', () => {
  test.use({ harness: { saveListTo: saved } });

  test('save a list, open it again; a file that is not a list (null, newer, 10 MB, not UTF-8, not JSON) changes nothing', async ({
    app,
  }) => {
    const panel = app.locator('.tab-panel.active');
    await checkList(app, ['Warfarin 5 mg', 'Aspirin 81 mg']);
    await panel.getByTestId('save-list').click();
    await expect(panel.getByTestId('file-message')).toHaveText(`List saved to ${saved}.`);
    const file = JSON.parse(readFileSync(saved, 'utf8')) as { format: string; lines: string[] };
    expect(file.format).toBe('wardbook-medication-list');
    expect(file.lines).toEqual(['Warfarin 5 mg', 'Aspirin 81 mg']);

    await panel.getByTestId('list-input').fill('Metformin 500 mg');
    const [chooser] = await Promise.all([app.waitForEvent('filechooser'), panel.getByTestId('open-list').click()]);
    await chooser.setFiles(saved);
    await expect(panel.getByTestId('list-input')).toHaveValue('Warfarin 5 mg\nAspirin 81 mg');
    await expect(panel.getByTestId('entry')).toHaveCount(2);

    const newer = { format: 'wardbook-medication-list', version: 2, lines: ['Metformin'] };
    for (const [broken, why] of [
      [Buffer.from('null'), /not a Wardbook medication list\./],
      [Buffer.from(JSON.stringify(newer)), /saved by a newer version of Wardbook \(file version 2\)/],
      [Buffer.alloc(10_000_000, 0x20), /too large/],
      [Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), /not UTF-8 text/],
      [Buffer.from('{ not json'), /not JSON/],
    ] as const) {
      const [again] = await Promise.all([app.waitForEvent('filechooser'), panel.getByTestId('open-list').click()]);
      await again.setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: broken });
      await expect(panel.getByTestId('file-message')).toContainText('Could not open broken.json:');
      await expect(panel.getByTestId('file-message')).toContainText(why);
      await expect(panel.getByTestId('file-message')).toContainText('The list on screen was not changed.');
      await expect(panel.getByTestId('list-input')).toHaveValue('Warfarin 5 mg\nAspirin 81 mg');
      await expect(panel.getByTestId('entry')).toHaveCount(2);
    }
  });
});

test.describe('the write fails', () => {
  test.use({ harness: { saveListTo: join(folder, 'no such folder', 'list.json') } });

  test('says why and never "saved"', async ({ app }) => {
    const panel = app.locator('.tab-panel.active');
    await checkList(app, ['Warfarin 5 mg']);
    await panel.getByTestId('save-list').click();
    await expect(panel.getByTestId('file-message')).toContainText('Not saved.');
    await expect(panel.getByTestId('file-message')).toContainText('that folder does not exist');
    await expect(panel.getByTestId('file-message')).not.toContainText('List saved');
  });
});

test.describe('the dialog is cancelled', () => {
  test('says nothing was saved', async ({ app }) => {
    const panel = app.locator('.tab-panel.active');
    await checkList(app, ['Warfarin 5 mg']);
    await panel.getByTestId('save-list').click();
    await expect(panel.getByTestId('file-message')).toHaveText('Not saved: no file was chosen.');
  });
});
