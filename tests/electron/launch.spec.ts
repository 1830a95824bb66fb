// Runs the real Electron app where its binary exists; elsewhere it says why it skipped.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../support/paths.ts';

function electronBinary(): string | null {
  try {
    const pathFile = resolve(ROOT, 'node_modules/electron/path.txt');
    const binary = resolve(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary)
  console.log(
    'electron launch tests skipped: the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1 or no network); `npm install` on a normal machine fetches it.',
  );

test.describe('the Electron app', () => {
  test.skip(!binary, 'Electron binary not installed here');

  test('opens one locked-down window on the pack and checks a list', async () => {
    const app = await electron.launch({ executablePath: binary!, args: [ROOT] });
    const page = await app.firstWindow();
    await expect(page.getByTestId('pack-version')).toBeVisible();
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    // Sandboxed, isolated, no Node: the page sees only the preload's functions.
    const exposed = await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>;
      return { require: typeof g.require, process: typeof g.process, api: Object.keys(g.wardbook as object).sort() };
    });
    expect(exposed).toEqual({
      require: 'undefined',
      process: 'undefined',
      api: [
        'cancel',
        'checkList',
        'compareLists',
        'drugInteractions',
        'monograph',
        'onCommand',
        'packInfo',
        'patientFactors',
        'saveList',
        'search',
      ],
    });
    await page.getByTestId('list-input').fill('warfarin\naspirin\nZorblax');
    await page.getByTestId('check-button').click();
    await expect(page.locator('.entry.not-checked')).toContainText('Zorblax');
    await page.evaluate(() => {
      (globalThis as unknown as { open: (u: string) => void }).open('https://example.org');
    });
    expect(app.windows().length).toBe(1);
    await app.close();
  });
});
