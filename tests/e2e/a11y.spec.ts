import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { TEN_LINES, checkList, expectAccessible, searchFor, stubPrint } from './helpers.ts';

const THEMES = ['light', 'dark', 'contrast'] as const;
// These walks are the slowest tests: let both workers share them.
test.describe.configure({ mode: 'parallel' });

async function setTheme(app: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await app.getByTestId('theme-select').selectOption(theme);
  await expect(app.locator('html')).toHaveAttribute('data-theme', theme);
}

async function openWarfarin(app: Page): Promise<void> {
  await searchFor(app, 'warfarin');
  await app.locator('#search-results .name-hit button.result').first().click();
  await expect(app.locator('.tab-panel.active .drug-view h1')).toBeVisible();
}

/** The main views in one theme: axe must find no serious or critical violation anywhere. */
async function walkViews(app: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await setTheme(app, theme);
  await app.keyboard.press('Control+1');
  await expectAccessible(app, `${theme}: medication list, empty`);
  await checkList(app, TEN_LINES);
  await app.getByTestId('interaction').first().locator('summary').click();
  await app.getByTestId('alert').first().locator('summary').click();
  await expectAccessible(app, `${theme}: medication list with alerts expanded`);

  await searchFor(app, 'metforman');
  await expectAccessible(app, `${theme}: search open (misspelling)`);
  await searchFor(app, 'zzqqxx');
  await expect(app.locator('#search-results .nothing')).toBeVisible();
  await expectAccessible(app, `${theme}: search, nothing found`);
  await app.keyboard.press('Escape');

  await openWarfarin(app);
  const sections = app
    .locator('.tab-panel.active')
    .getByRole('tablist', { name: 'Monograph sections' })
    .getByRole('tab');
  for (const name of ['Overview', 'Interactions']) {
    await sections.filter({ hasText: name }).click();
    if (name === 'Interactions')
      await app.locator('.tab-panel.active details.interaction').first().locator('summary').click();
    await expectAccessible(app, `${theme}: drug view, ${name}`);
  }

  await app.getByTestId('open-compare').click();
  await expectAccessible(app, `${theme}: compare, before comparing`);
  await app.getByTestId('new-list').click();
  await checkList(app, ['Warfarin 5 mg', 'Fluconazole 200 mg', 'Zorblax 1 mg']);
  await app.getByTestId('open-compare').click();
  await app.locator('.tab-panel.active').getByTestId('compare-button').click();
  await expect(app.getByTestId('compare-result')).toBeVisible();
  await app.locator('.tab-panel.active details.interaction').first().locator('summary').click();
  await expectAccessible(app, `${theme}: compare with results`);

  await app.getByRole('button', { name: 'Sources & licences' }).click();
  await expect(app.getByTestId('about-pack')).toBeVisible();
  await expectAccessible(app, `${theme}: about and sources`);
}

test('axe: every view in the light theme', async ({ app }) => {
  await walkViews(app, 'light', false);
});

test('axe (light): the drug view on each section tab, both print dialogs and a search tab', async ({ app }) => {
  await stubPrint(app);
  await openWarfarin(app);
  const sections = app
    .locator('.tab-panel.active')
    .getByRole('tablist', { name: 'Monograph sections' })
    .getByRole('tab');
  for (const name of await sections.allInnerTexts()) {
    await sections.filter({ hasText: name }).click();
    await expectAccessible(app, `drug view, ${name}`);
  }
  await app.getByTestId('print-drug').click();
  await expect(app.getByRole('dialog', { name: /Print summary/ })).toBeVisible();
  await expectAccessible(app, 'drug print dialog');
  await app.keyboard.press('Escape');

  await app.keyboard.press('Control+1');
  await checkList(app, ['Warfarin 5 mg', 'Aspirin 81 mg']);
  await app.keyboard.press('Control+p');
  await expect(app.getByRole('dialog', { name: 'Print medication list report' })).toBeVisible();
  await expectAccessible(app, 'list print dialog');
  await app.keyboard.press('Escape');

  await searchFor(app, 'bleeding');
  await app.getByTestId('search-open-tab').click();
  await expect(app.locator('.tab-panel.active .text-group').first()).toBeVisible();
  await expectAccessible(app, 'search results tab');
});

for (const theme of ['dark', 'contrast'] as const) {
  test(`axe: the main views in the ${theme} theme`, async ({ app }) => {
    await walkViews(app, theme);
  });
}

test('text zoom 200 % on a 1280-wide window: no horizontal scrollbar on any main view', async ({ app }) => {
  await app.setViewportSize({ width: 1280, height: 900 });
  for (let i = 0; i < 10; i++) await app.getByRole('button', { name: /Larger text/ }).click();
  await expect(app.locator('.zoom')).toContainText('200%');
  await expect(app.locator('html')).toHaveAttribute('style', /font-size: 200%/);
  const noHorizontalScroll = async (view: string) => {
    const { scroll, client } = await app.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll, `horizontal overflow on ${view}`).toBeLessThanOrEqual(client);
  };
  await noHorizontalScroll('empty list');
  await checkList(app, TEN_LINES);
  await app.getByTestId('interaction').first().locator('summary').click();
  await noHorizontalScroll('list with alerts');
  await searchFor(app, 'amoxicilin');
  await noHorizontalScroll('search');
  await app.keyboard.press('Escape');
  await openWarfarin(app);
  for (const name of ['Overview', 'Interactions', 'Sources']) {
    await app.locator('.tab-panel.active').getByRole('tab', { name }).click();
    await noHorizontalScroll(`drug ${name}`);
  }
  await app.getByTestId('open-compare').click();
  await noHorizontalScroll('compare');
  await app.getByRole('button', { name: 'Sources & licences' }).click();
  await noHorizontalScroll('sources');
  for (let i = 0; i < 14; i++) await app.getByRole('button', { name: /Smaller text/ }).click();
  await expect(app.locator('.zoom')).toContainText('80%');
  await noHorizontalScroll('sources at 80 %');
});
