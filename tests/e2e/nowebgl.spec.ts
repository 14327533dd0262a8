/**
 * Without WebGL (Chromium started with WebGL disabled): the set page still shows its
 * plan, facts, hotspot list and still, with a clear message; the catalog works.
 */
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';

test.use({
  launchOptions: {
    executablePath: process.env.SETSCOUT_CHROMIUM,
    // --disable-3d-apis turns off WebGL entirely, as on a machine without GPU support.
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
  },
});

test('the set page shows a clear message, the still, the plan drawn from the model, facts and hotspots', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/sets/courtroom?lang=en');
  await expect(page.getByTestId('no-webgl')).toContainText('WebGL');
  await expect(page.locator('canvas[data-testid="set-canvas"]')).toHaveCount(0);
  await expect(page.getByTestId('set-still')).toBeVisible();
  expect(await page.getByTestId('set-still').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
  // The plan comes from the model's floor and collision proxies.
  await expect(page.getByTestId('minimap')).toBeVisible();
  const painted = await page.locator('[data-testid="minimap"] canvas').evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d');
    if (!ctx) return 0;
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
    return n / (d.length / 4);
  });
  expect(painted).toBeGreaterThan(0.2);
  await expect(page.getByTestId('set-facts')).toContainText('12.0 m');
  await expect(page.getByTestId('hotspot-item').first()).toBeVisible();
  await page.getByTestId('hotspot-item').first().click();
  await expect(page.getByTestId('hotspot-item').first()).toHaveAttribute('aria-expanded', 'true');
  expect(errors).toEqual([]);
});

test('the catalog works as usual', async ({ page }) => {
  await page.goto('/?lang=zh');
  await expect(page.getByTestId('set-card').first()).toBeVisible();
});
