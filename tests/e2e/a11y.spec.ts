import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { TEN_LINES, checkList, expectAccessible, openFromSearch, searchFor, stubPrint } from './helpers.ts';

const THEMES = ['light', 'dark', 'contrast'] as const;
// These walks are the slowest tests (axe on every view): let both workers share them, with room to run.
test.describe.configure({ mode: 'parallel', timeout: 180_000 });

async function setTheme(app: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await app.getByTestId('display-menu-button').click();
  await app.getByTestId('theme-select').selectOption(theme);
  await expect(app.locator('html')).toHaveAttribute('data-theme', theme);
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('display-menu')).toBeHidden();
}

// The ward screens the app must suit: a 1366×768 PC, and the same PC with text at 200 % (Ctrl+=).
const SIZES = [
  { name: '1366×768', zoom: 100 },
  { name: '1366×768 at 200 % text', zoom: 200 },
] as const;

async function setSize(app: Page, zoom: number): Promise<void> {
  await app.setViewportSize({ width: 1366, height: 768 });
  for (let z = 100; z < zoom; z += 10) await app.keyboard.press('Control+=');
  await expect(app.locator('html')).toHaveAttribute('style', new RegExp(`font-size: ${zoom}%`));
}

async function openWarfarin(app: Page): Promise<void> {
  await searchFor(app, 'warfarin');
  await app.locator('#search-results .name-hit button.result').first().click();
  await expect(app.locator('.tab-panel.active .drug-view h1')).toBeVisible();
}

/** The tabs menu holds every tab action, at any size (the strip's own buttons hide on small screens). */
async function openFromTabsMenu(app: Page, item: 'menu-new-list' | 'menu-compare'): Promise<void> {
  await app.getByTestId('tabs-menu-button').click();
  await app.getByTestId('tabs-menu').getByTestId(item).click();
}

/** The main views in one theme: axe must find no serious or critical violation anywhere. */
async function walkViews(app: Page, theme: (typeof THEMES)[number], full: boolean): Promise<void> {
  // At 200 % the colours are the same as at 100 %: the walk checks the views whose layout changes.
  const check = (view: string) => (full ? expectAccessible(app, `${theme}: ${view}`) : Promise.resolve());
  await setTheme(app, theme);
  await app.keyboard.press('Control+1');
  await check('medication list, empty');
  await checkList(app, TEN_LINES);
  await app.getByTestId('interaction').first().locator('summary').click();
  await app.getByTestId('alert').first().locator('summary').click();
  await expectAccessible(app, `${theme}: medication list with alerts expanded`);

  await searchFor(app, 'metforman');
  await check('search open (misspelling)');
  await searchFor(app, 'zzqqxx');
  await expect(app.locator('#search-results .nothing')).toBeVisible();
  await check('search, nothing found');
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
    await (name === 'Overview' ? check(`drug view, ${name}`) : expectAccessible(app, `${theme}: drug view, ${name}`));
  }

  await openFromTabsMenu(app, 'menu-compare');
  await check('compare, before comparing');
  await openFromTabsMenu(app, 'menu-new-list');
  await checkList(app, ['Warfarin 5 mg', 'Fluconazole 200 mg', 'Zorblax 1 mg']);
  await openFromTabsMenu(app, 'menu-compare');
  await app.locator('.tab-panel.active').getByTestId('compare-button').click();
  await expect(app.getByTestId('compare-result')).toBeVisible();
  await app.locator('.tab-panel.active details.interaction').first().locator('summary').click();
  await expectAccessible(app, `${theme}: compare with results`);

  await app.getByRole('button', { name: 'Sources & licences' }).click();
  await expect(app.getByTestId('about-pack')).toBeVisible();
  await expectAccessible(app, `${theme}: about and sources`);
}

for (const theme of THEMES)
  for (const size of SIZES)
    test(`axe: every view, ${theme} theme, ${size.name}`, async ({ app }) => {
      await setSize(app, size.zoom);
      await walkViews(app, theme, size.zoom === 100);
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

test('1366×768 at 200 % text: nothing scrolls sideways, the strip stays one row, content starts high', async ({
  app,
}) => {
  await setSize(app, 200);
  const noHorizontalScroll = async (view: string) => {
    const widths = await app.evaluate(() =>
      [document.documentElement, document.querySelector('main')!].map((e) => [e.scrollWidth, e.clientWidth]),
    );
    for (const [scroll, client] of widths)
      expect(scroll, `horizontal overflow on ${view}`).toBeLessThanOrEqual(client!);
  };
  await noHorizontalScroll('empty list');
  await checkList(app, TEN_LINES);
  await app.getByTestId('interaction').first().locator('summary').click();
  await noHorizontalScroll('list with alerts');
  // The list and its results stack at this size instead of squeezing side by side.
  const [input, output] = await Promise.all(
    ['.med-input', '.med-output'].map((c) => app.locator(`.tab-panel.active ${c}`).boundingBox()),
  );
  expect(output!.y).toBeGreaterThanOrEqual(input!.y + input!.height);
  await searchFor(app, 'amoxicilin');
  await noHorizontalScroll('search');
  await app.keyboard.press('Escape');
  for (const drug of ['warfarin', 'amiodarone', 'simvastatin', 'metoprolol', 'sertraline', 'tramadol', 'digoxin']) {
    await openFromSearch(app, drug);
    await expect(app.locator('.tab-panel.active .drug-view h1')).toContainText(new RegExp(drug, 'i'));
  }
  for (const name of ['Overview', 'Interactions', 'Sources']) {
    await app.locator('.tab-panel.active').getByRole('tab', { name }).click();
    await noHorizontalScroll(`drug ${name}`);
  }
  await openFromTabsMenu(app, 'menu-compare');
  await noHorizontalScroll('compare');
  await expect(app.getByRole('tablist', { name: 'Open items' }).getByRole('tab')).toHaveCount(9);
  // Nine tabs: one row of tabs, and the header, strip and list buttons leave most of the screen to content.
  const tabBoxes = await app
    .getByRole('tablist', { name: 'Open items' })
    .getByRole('tab')
    .evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect().top));
  expect(new Set(tabBoxes.map(Math.round)).size).toBe(1);
  const contentTop = await app.locator('main').evaluate((m) => m.getBoundingClientRect().top);
  expect(contentTop).toBeLessThan(768 / 3);
  await app.getByRole('button', { name: 'Sources & licences' }).click();
  await noHorizontalScroll('sources');
  await expect(app.getByTestId('pack-version')).toBeInViewport();
});
