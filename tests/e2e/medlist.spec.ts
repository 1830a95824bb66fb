import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures.ts';
import { TEN_LINES, checkList } from './helpers.ts';

test('a pasted 10-line list: every line shown with its match, the unknown one NOT CHECKED, alerts counted and expandable', async ({
  app,
}) => {
  const panel = app.locator('.tab-panel.active');
  await expect(panel.getByTestId('list-empty')).toContainText('Paste a list');
  await checkList(app, TEN_LINES);

  const entries = panel.getByTestId('entries').getByTestId('entry');
  await expect(entries.nth(0)).toContainText('Warfarin 5 mg PO daily');
  await expect(entries.nth(8)).toContainText(/Eliquis 5mg\s*→\s*apixaban/);
  await expect(entries.nth(8)).toContainText('brand name');
  await expect(entries.nth(9)).toContainText('Zorblax 10 mg');
  await expect(entries.nth(9)).toContainText('NOT CHECKED');
  await expect(panel.locator('.entry.not-checked')).toHaveCount(1);
  await expect(panel.locator('.status-line')).toContainText('1 NOT CHECKED');

  // Counts by severity at the top, then alerts grouped by severity with icon, word and colour.
  const counts = panel.getByTestId('severity-counts');
  await expect(counts).toContainText('Contraindicated 1');
  await expect(counts).toContainText(/Major \d+/);
  const groups = panel.locator('.severity-group');
  await expect(groups.first()).toHaveAttribute('data-severity', 'contraindicated');
  const first = panel.getByTestId('interaction').first();
  await expect(first).toContainText(/clarithromycin \+ simvastatin|simvastatin \+ clarithromycin/);
  await expect(first.locator('.severity').first()).toHaveText(/✖\s*Contraindicated/);
  await first.locator('summary').click();
  for (const term of ['What happens', 'What to do', 'Why', 'Mechanism', 'Evidence', 'Sources'])
    await expect(first.locator('dt', { hasText: term })).toBeVisible();
  const alert = panel.getByTestId('alert').first();
  await alert.locator('summary').click();
  await expect(alert.locator('dd.management')).not.toBeEmpty();
});

test('one-click correction of a misspelt line, and unknown conditions and allergies stay NOT CHECKED', async ({
  app,
}) => {
  const panel = app.locator('.tab-panel.active');
  await checkList(app, ['Warfarin 5 mg', 'Amiodarone 200 mg', 'Simvastatinn 40 mg']);
  const third = panel.getByTestId('entry').nth(2);
  const fix = third.getByTestId('confirm-match').or(third.getByTestId('suggestion').first());
  await fix.click();
  await expect(panel.getByTestId('list-input')).toHaveValue(/simvastatin 40 mg/i);
  await expect(panel.getByTestId('entry').nth(2)).toContainText(/→\s*simvastatin/);
  await expect(panel.getByTestId('entry').nth(2).getByTestId('confirm-match')).toHaveCount(0);

  await panel.getByLabel('Conditions', { exact: true }).fill('long QT');
  await panel.getByLabel('Conditions', { exact: true }).press('Enter');
  await panel.getByLabel('Allergies', { exact: true }).fill('Blorbic acid');
  await panel.getByLabel('Allergies', { exact: true }).press('Enter');
  await expect(panel.locator('.chip', { hasText: 'long QT' })).toBeVisible();
  await expect(panel.getByTestId('term-not-checked')).toContainText('Blorbic acid');
  await expect(panel.getByTestId('term-not-checked')).toHaveCount(1);
});

test('save a list to a file and open it again; a broken file gives a message and keeps the list', async ({
  app,
}, info) => {
  const panel = app.locator('.tab-panel.active');
  await checkList(app, ['Warfarin 5 mg', 'Aspirin 81 mg']);
  const [download] = await Promise.all([app.waitForEvent('download'), panel.getByTestId('save-list').click()]);
  const saved = info.outputPath('list.wardbook.json');
  await download.saveAs(saved);
  const parsed = JSON.parse(await readFile(saved, 'utf8')) as { format: string; lines: string[] };
  expect(parsed.format).toBe('wardbook-medication-list');
  expect(parsed.lines).toEqual(['Warfarin 5 mg', 'Aspirin 81 mg']);

  await panel.getByTestId('list-input').fill('Metformin 500 mg');
  const [chooser] = await Promise.all([app.waitForEvent('filechooser'), panel.getByTestId('open-list').click()]);
  await chooser.setFiles(saved);
  await expect(panel.getByTestId('list-input')).toHaveValue('Warfarin 5 mg\nAspirin 81 mg');
  await expect(panel.getByTestId('entry')).toHaveCount(2);

  for (const broken of ['{ not json', JSON.stringify({ format: 'something-else', lines: [1, 2] })]) {
    const [again] = await Promise.all([app.waitForEvent('filechooser'), panel.getByTestId('open-list').click()]);
    await again.setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    await expect(panel.getByTestId('file-message')).toContainText(
      /Could not open broken\.json: .*not a Wardbook medication list.*not changed/,
    );
    await expect(panel.getByTestId('list-input')).toHaveValue('Warfarin 5 mg\nAspirin 81 mg');
    await expect(panel.getByTestId('entry')).toHaveCount(2);
  }
});

test('compare two lists: new, stopped, changed, and the interactions the new list introduces', async ({ app }) => {
  await checkList(app, ['Warfarin 5 mg daily', 'Metformin 500 mg BID', 'Lisinopril 10 mg daily']);
  await app.getByTestId('new-list').click();
  await expect(app.getByRole('tab', { name: 'Medication list 2' })).toHaveAttribute('aria-selected', 'true');
  await checkList(app, ['Warfarin 2 mg daily', 'Lisinopril 10 mg daily', 'Clarithromycin 500 mg BID', 'Zorblax 1 mg']);
  await app.getByTestId('open-compare').click();
  const view = app.locator('.tab-panel.active .compare');
  await expect(view.getByTestId('compare-before')).toHaveValue('list-1');
  await view.getByTestId('compare-button').click();
  const result = view.getByTestId('compare-result');
  await expect(result).toContainText('New (1)');
  await expect(result).toContainText('clarithromycin');
  await expect(result).toContainText('Stopped (1)');
  await expect(result).toContainText('metformin');
  await expect(result).toContainText(/Changed \(1\)[\s\S]*warfarin: 5 mg daily → 2 mg daily/);
  await expect(view.locator('.not-checked-term')).toContainText('Zorblax 1 mg');
  const introduced = view.locator('details.interaction');
  await expect(introduced.filter({ hasText: /clarithromycin \+ warfarin|warfarin \+ clarithromycin/ })).toHaveCount(1);
});

test('a reference an alert cites is listed in full on the Sources screen', async ({ app }) => {
  await checkList(app, ['Adalimumab 40 mg every 2 weeks', 'MMR vaccine']);
  const alert = app.locator('.tab-panel.active').getByTestId('interaction').first();
  await expect(alert.locator('.severity').first()).toHaveText(/Contraindicated/);
  await alert.locator('summary').click();
  const cited = 'General Best Practice Guidelines for Immunization: Altered Immunocompetence';
  await expect(alert).toContainText(cited);

  await app.getByRole('button', { name: 'Sources & licences' }).click();
  const references = app.getByTestId('references');
  await expect(references).toContainText(cited);
  await expect(references).toContainText('cdc-acip-immunocompetence');
});
