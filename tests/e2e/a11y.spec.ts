/**
 * axe-core finds no serious or critical accessibility violation on the catalog,
 * a set viewer, frame mode and tour mode (in both languages for the catalog).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

for (const lang of ['zh', 'en'] as const) {
  test(`catalog (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByTestId('set-card').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('catalog detail panel and shortlist', async ({ page }) => {
  await page.goto('/?lang=en&set=courtroom');
  await expect(page.getByTestId('set-detail')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

const VIEWS: [string, string][] = [
  ['set viewer', '/sets/courtroom?lang=en'],
  ['walk mode', '/sets/courtroom?lang=zh&mode=walk'],
  ['frame mode', '/sets/courtroom?lang=en&mode=frame'],
  ['tour mode', '/sets/courtroom?lang=en&mode=tour'],
];

for (const [name, url] of VIEWS) {
  test(name, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('canvas[data-testid="set-canvas"]')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

// Phones first: the same checks on a phone held upright (touch, narrow layout, bottom sheets).
test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });

  test('catalog (zh)', async ({ page }) => {
    await page.goto('/?lang=zh');
    await expect(page.getByTestId('set-card').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  for (const [name, url] of [
    ['frame mode (zh)', '/sets/courtroom?lang=zh&shot=verdict-low-angle'],
    ['tour mode (en)', '/sets/palace-throne-hall?lang=en&mode=tour'],
  ] as const) {
    test(name, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('canvas[data-testid="set-canvas"]')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
