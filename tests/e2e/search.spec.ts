import { test, expect } from './fixtures.ts';
import { searchFor } from './helpers.ts';

test('misspellings say "showing results for", brand names find the generic, look-alikes show tall-man lettering', async ({
  app,
}) => {
  const results = app.locator('#search-results');
  for (const [typed, meant] of [
    ['amoxicilin', 'amoxicillin'],
    ['metforman', 'metformin'],
    ['lisinipril', 'lisinopril'],
  ] as const) {
    await searchFor(app, typed);
    await expect(results.getByTestId('corrected')).toHaveText(`Showing results for ${meant}`);
    await expect(results.locator('.name-hit').first()).toContainText(new RegExp(meant, 'i'));
  }
  await searchFor(app, 'eliquis');
  await expect(results.locator('.name-hit').first()).toContainText(/apixaban — brand: eliquis/i);
  await searchFor(app, 'hydroxyzine');
  await expect(results.locator('.name-hit').first()).toContainText('hydrOXYzine');
  await expect(results.locator('.name-hit .lasa').first()).toContainText('look-alike');
});

test('any input gives results or a clear "nothing found", never an error', async ({ app }) => {
  const results = app.locator('#search-results');
  const paragraph =
    'The patient was started on warfarin 5 mg daily after the admission for atrial fibrillation; INR to be checked on Monday (target 2–3). '.repeat(
      4,
    );
  for (const q of ['"bleeding" AND (', 'NOT OR AND', '((([[[', '💊', 'zzqqxx', '*', "O'Brien's \\ / %", paragraph]) {
    await searchFor(app, q);
    await expect(results.locator('.name-hit, .text-group, .nothing').first()).toBeVisible();
    await expect(app.locator('.search .error')).toHaveCount(0);
  }
  await searchFor(app, 'zzqqxx');
  await expect(results.locator('.nothing')).toContainText('Nothing found for “zzqqxx”');
  await expect(results.locator('.nothing')).toContainText(/Did you mean|Try a generic or brand name/);
});

test('full-text hits are grouped by drug with the section name; a hit opens the drug on that section, highlighted', async ({
  app,
}) => {
  await searchFor(app, 'grapefruit juice');
  const group = app.locator('#search-results .text-group').first();
  await expect(group.locator('h3')).not.toBeEmpty();
  const hit = group.locator('button.text-hit').first();
  await expect(hit.locator('.section-name')).not.toBeEmpty();
  await expect(hit.locator('mark').first()).toBeVisible();
  const drug = (await group.locator('h3').innerText()).trim();
  await hit.click();
  const view = app.locator('.tab-panel.active .drug-view');
  await expect(view.getByRole('heading', { level: 1 })).toHaveText(new RegExp(drug.split(/\s/)[0]!, 'i'));
  const section = view.getByTestId('search-hit-section');
  await expect(section).toBeVisible();
  await expect(section.locator('mark').first()).toHaveText(/grapefruit|juice/i);
  await expect(view.getByRole('tab', { selected: true })).not.toHaveText('Overview');
});

test('the current search opens as a tab that lists names and grouped hits', async ({ app }) => {
  await searchFor(app, 'metforman');
  await app.getByTestId('search-open-tab').click();
  await expect(app.getByRole('tab', { name: 'Search: metforman' })).toHaveAttribute('aria-selected', 'true');
  const view = app.locator('.tab-panel.active .search-results-view');
  await expect(view.locator('.corrected')).toContainText('Showing results for metformin');
  await expect(view.locator('.text-group').first()).toBeVisible();
  await view.getByRole('button', { name: 'metFORMIN' }).click();
  await expect(app.locator('.tab-panel.active .drug-view h1')).toHaveText('metFORMIN');
});
