/**
 * Fonts, icons, decoders, environment lighting and data are served by the site
 * itself: any request to another origin fails the test.
 */
import { expect, test } from '@playwright/test';

test('no request leaves the site, from the catalog to a 3D set and back', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const foreign: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await page.goto('/?lang=en');
  await expect(page.getByTestId('set-card').first()).toBeVisible();
  await page.getByTestId('set-card').filter({ has: page.getByTestId('badge-3d') }).first().getByTestId('open-3d').click();
  await expect(page.locator('canvas[data-testid="set-canvas"]')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await page.getByTestId('mode-walk').click();
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-sheet')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.goBack();
  await expect(page.getByTestId('set-card').first()).toBeVisible();
  expect(foreign).toEqual([]);
});
