// Settings and open tabs are kept in local storage; a damaged copy must never stop the app.
import { test, expect } from './fixtures.ts';

const SETTINGS = 'wardbook.settings.v1';
const TABS = 'wardbook.tabs.v1';
const strip = (app: import('@playwright/test').Page) => app.getByRole('tablist', { name: 'Open items' });

for (const [what, settings, tabs] of [
  ['not JSON', '{"theme": "dark", "zoom": 1', '{"tabs": [{"id": "list-1", "kind": "medl'],
  [
    'JSON of another shape',
    '{"theme": "purple", "zoom": "huge"}',
    JSON.stringify({ tabs: [{ id: 'drug-x', kind: 'drug', title: 'warfarin' }, { kind: 'medlist' }], active: 7 }),
  ],
] as const)
  test(`a damaged settings and tabs store (${what}) falls back to defaults, is kept aside, and is reported once`, async ({
    app,
  }) => {
    await app.evaluate(
      (entries) => {
        for (const [key, value] of entries) localStorage.setItem(key, value);
      },
      [
        [SETTINGS, settings],
        [TABS, tabs],
      ] as [string, string][],
    );
    await app.reload();
    await expect(app.getByTestId('pack-version')).toBeVisible();
    const notices = app.getByTestId('storage-notice');
    await expect(notices).toHaveCount(2);
    await expect(notices.filter({ hasText: 'display settings could not be read' })).toHaveCount(1);
    await expect(notices.filter({ hasText: 'open tabs could not be read' })).toHaveCount(1);
    // Defaults: the light theme at 100 %, and one empty medication list.
    await expect(app.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(app.getByTestId('zoom-level')).toHaveText('100%');
    await expect(strip(app).getByRole('tab')).toHaveCount(1);
    await expect(strip(app).getByRole('tab', { name: 'Medication list' })).toHaveAttribute('aria-selected', 'true');
    const stored = await app.evaluate(
      ([k1, k2]) => [localStorage.getItem(`${k1}:corrupt`), localStorage.getItem(`${k2}:corrupt`)],
      [SETTINGS, TABS],
    );
    expect(stored).toEqual([settings, tabs]);

    // The app works, and the next start says nothing more.
    await app.getByRole('button', { name: 'OK' }).first().click();
    await expect(notices).toHaveCount(1);
    await app.reload();
    await expect(app.getByTestId('pack-version')).toBeVisible();
    await expect(strip(app).getByRole('tab', { name: 'Medication list' })).toBeVisible();
    await expect(app.getByTestId('storage-notice')).toHaveCount(0);
  });
