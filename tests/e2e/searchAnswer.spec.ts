import { test, expect } from './fixtures.ts';
import { searchFor } from './helpers.ts';

test('a drug + topic question shows an answer card; Enter opens the drug on that section, words highlighted', async ({
  app,
}) => {
  await searchFor(app, 'oxycodone black box');
  const card = app.getByTestId('answer-card');
  await expect(card).toBeVisible();
  await expect(card.locator('.answer-drug')).toHaveText(/oxycodone/i);
  await expect(card.locator('.answer-section')).toHaveText('Boxed warning');
  await expect(card.locator('li').first()).not.toBeEmpty();
  await expect(app.getByTestId('also-searched')).toContainText('boxed warning');
  await app.locator('#search-input').press('Enter');
  const view = app.locator('.tab-panel.active .drug-view');
  await expect(view.getByRole('heading', { level: 1 })).toHaveText(/oxycodone/i);
  await expect(view.getByRole('tab', { selected: true })).toHaveText('Overview');
  // The question named the section, not words in it: that section opens, with nothing to highlight.
  const section = view.getByTestId('search-hit-section');
  await expect(section).toBeVisible();
  await expect(section).toHaveAttribute('data-section-key', 'boxed_warning');
});

test('words that never meet in one section still give results, and say so; the named drug leads', async ({ app }) => {
  await searchFor(app, 'ibuprofen maximum dose');
  await expect(app.getByTestId('answer-card').locator('.answer-drug')).toHaveText(/ibuprofen/i);
  await expect(app.locator('#search-results .text-group h3').first()).toHaveText(/ibuprofen/i);
  await expect(app.locator('#search-results .hit-why').first()).toContainText('drug named: ibuprofen');

  await searchFor(app, 'lorazepam IV push');
  await expect(app.getByTestId('partial')).toContainText('iv push');
  await expect(app.locator('#search-results .text-group').first()).toBeVisible();
  await expect(app.locator('#search-results .nothing')).toHaveCount(0);
});

test('a section the pack lacks for the named drug is named, not hidden', async ({ app }) => {
  await searchFor(app, 'amiodarone pregnancy');
  await expect(app.getByTestId('missing-section')).toContainText('Pregnancy is not in this data pack for amiodarone');
  await expect(app.getByTestId('drugs-named')).toContainText('amiodarone');
});

test('a named drug with no label text in the pack is said, not left to look unrelated', async ({ app }) => {
  await searchFor(app, 'magnesium sulfate toxicity reflexes');
  await expect(app.getByTestId('without-label')).toContainText('magnesium sulfate: no label text is in this data pack');
});
