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

test('a discharge summary pasted whole: headings are notes, a stopped drug says where it is listed, a misspelt allergy reads as the allergy', async ({
  app,
}) => {
  const panel = app.locator('.tab-panel.active');
  await checkList(app, [
    'CONTINUE taking these medications',
    'Continue amoxicillin 500 mg three times a day',
    'STOP taking these medications',
    'ibuprofen 200 MG tablet Commonly known as: ADVIL,MOTRIN',
  ]);
  const entries = panel.getByTestId('entries').getByTestId('entry');
  // In the order typed, the headings as notes in place.
  await expect(entries.nth(0)).toContainText('note (a heading)');
  await expect(entries.nth(1)).toContainText(/amoxicillin 500 mg three times a day\s*→\s*amoxicillin/);
  await expect(entries.nth(3)).toContainText(/→\s*ibuprofen/);
  await expect(entries.nth(3).getByTestId('stopped-under')).toContainText(
    'Listed under “STOP taking these medications”: checked as if still taken',
  );
  await expect(entries.nth(1).getByTestId('stopped-under')).toHaveCount(0);
  await expect(panel.locator('.entry.note')).toHaveCount(2);

  await panel.getByLabel('Allergies', { exact: true }).fill('penicilin');
  await panel.getByLabel('Allergies', { exact: true }).press('Enter');
  await expect(panel.locator('.chip', { hasText: 'Penicillin allergy' })).toContainText('penicilin');
  await expect(panel.getByTestId('term-not-checked')).toHaveCount(0);
  await expect(
    panel
      .getByTestId('alert')
      .filter({ hasText: /penicillin/i })
      .first(),
  ).toBeVisible();
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
