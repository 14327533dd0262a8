/**
 * Offline use (docs/ARCHITECTURE.md §8), with the service worker that the other specs block
 * (tests/playwright.config.ts): save a set, go offline, reload; the catalog lists every set
 * and marks the 3D sets that need the network, without a broken image; the saved set opens in
 * walk, frame, overview and tour mode, a shot is captured and its CSV exported; back online a
 * catalog text changed on the server is picked up, and a new build of the worker shows the
 * "reload to update" notice. All along: no request leaves the origin and nothing breaks the
 * content security policy, the worker included.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../tools/static-server';
import { cardIds, waitForReady, watchPageErrors } from './helpers';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 300_000 });

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const SAVED = 'courtroom';
const OTHER_3D = ['palace-throne-hall', 'subway-platform'];

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 60_000 });
}

/** Swaps a file of the built site for the length of `fn`, as a host would on a redeploy. */
async function withFile(rel: string, change: (text: string) => string, fn: () => Promise<void>): Promise<void> {
  const file = `${DIST}${rel}`;
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, change(original));
  try {
    await fn();
  } finally {
    writeFileSync(file, original);
  }
}

test('a saved set works offline, and updates arrive once back online', async ({ page, context, baseURL }) => {
  const errors = watchPageErrors(page);
  const offOrigin: string[] = [];
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${baseURL}/`) && !/^(data|blob):/.test(url)) offOrigin.push(url);
  });
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
  });

  // The worker is plain Workbox code: nothing that would need 'unsafe-eval'.
  const sw = await (await page.request.get('/sw.js')).text();
  expect(sw).toContain('precache');
  expect(sw).not.toMatch(/\beval\(|new Function\(/);

  await page.goto('/?lang=en');
  const online = await cardIds(page);
  await controlled(page);

  // Save one set from its details: the size is shown before it starts, with the estimate.
  await page.locator(`[data-testid="set-card"][data-set-id="${SAVED}"] [data-testid="card-details"]`).click();
  const save = page.getByTestId('offline-save');
  await expect(save).toHaveText(/Save for offline \([\d.]+ kB\)/);
  await expect(page.getByTestId('offline-estimate')).toContainText(/uses .* of /);
  await save.click();
  await expect(page.getByTestId('offline-saved')).toContainText('Saved for offline', { timeout: 60_000 });
  await page.getByTestId('set-detail').press('Escape');
  await page.getByTestId('saved-toggle').click();
  await expect(page.getByTestId('saved-item')).toHaveAttribute('data-set-id', SAVED);

  await context.setOffline(true);
  await page.reload();
  expect(await cardIds(page)).toEqual(online);
  await expect(page.getByTestId('offline-banner')).toBeVisible({ timeout: 30_000 });
  for (const id of OTHER_3D) {
    await expect(page.locator(`[data-set-id="${id}"] [data-testid="needs-network"]`)).toHaveText('Needs network');
  }
  await expect(page.locator(`[data-set-id="${SAVED}"] [data-testid="needs-network"]`)).toHaveCount(0);
  // No broken picture: every image that is shown has loaded.
  await page.waitForLoadState('load');
  const broken = await page.locator('img').evaluateAll((imgs) =>
    (imgs as HTMLImageElement[]).filter((i) => i.loading !== 'lazy' || i.getBoundingClientRect().top < innerHeight).filter((i) => i.complete && i.naturalWidth === 0).map((i) => i.src),
  );
  expect(broken).toEqual([]);

  // The saved set, offline, in every mode.
  await page.goto(`/sets/${SAVED}?lang=en&mode=walk`);
  await waitForReady(page, SAVED);
  await page.getByTestId('mode-frame').click();
  await expect(page.getByTestId('shot-list')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('shot-capture').click();
  await expect(page.getByTestId('shot-item')).toHaveCount(1, { timeout: 90_000 });
  await expect(page.getByTestId('shots-export-csv')).toBeEnabled({ timeout: 90_000 });
  const [csv] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByTestId('shots-export-csv').click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  expect(readFileSync(await csv.path(), 'utf8')).toContain('Shot 1');
  for (const mode of ['orbit', 'tour']) {
    await page.getByTestId(`mode-${mode}`).click();
    await expect(page.getByTestId(`mode-${mode}`)).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(page.getByTestId('model-error')).toHaveCount(0);

  // Back online: a catalog text changed on the server shows at the next load.
  await context.setOffline(false);
  const rel = 'scenes/quzhou/sets/courtroom.json';
  await withFile(rel, (t) => t.replace(/"en":\s*"([^"]*)"/, '"en": "$1 (updated)"'), async () => {
    await page.goto('/?lang=en');
    await expect(page.locator(`#card-${SAVED}`)).toContainText('(updated)');
  });

  // A new build of the app: a quiet notice, and reloading takes it.
  await withFile('sw.js', (t) => `${t}\n// a new build\n`, async () => {
    await page.goto('/?lang=en');
    await expect(page.getByTestId('update-notice')).toContainText('A new version is ready', { timeout: 60_000 });
    const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.getByTestId('update-reload').click()]);
    await controlled(page);
    expect(before).toBeTruthy();
  });

  expect(offOrigin).toEqual([]);
  expect(csp).toEqual([]);
  expect(errors).toEqual([]);
});

test('under a sub-path the worker, its scope and its caches are that base’s own', async ({ page, context }) => {
  const server = await startStaticServer({ root: DIST, base: '/scout/' });
  try {
    await page.goto(`${server.url}?lang=en`);
    const online = await cardIds(page);
    await controlled(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(server.url);
    // Every cache of ours is named after this base (the precache's suffix is the scope too).
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toContainEqual(expect.stringContaining('precache'));
    const names = await page.evaluate(() => caches.keys());
    expect(names.filter((n) => n.startsWith('setscout')).every((n) => n.endsWith(server.url))).toBe(true);
    await context.setOffline(true);
    await page.reload();
    expect(await cardIds(page)).toEqual(online);
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});
