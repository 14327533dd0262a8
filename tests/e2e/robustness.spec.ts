/**
 * A hostile or broken catalog in the browser (files swapped with page.route, the way a
 * base edits its JSON on its host): markup in every kind of text field is shown as text,
 * never run or parsed (no element injected, no dialog, no script); broken files show
 * precise problems (file, JSON path, expected, found) as text; and the rest of the site
 * keeps working: other sets list and open, the 3D viewer still reaches data-ready.
 *
 * The loader's messages themselves are pinned in tests/unit/robustness-catalog.test.ts.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const COURT = 'scenes/quzhou/sets/courtroom.json';
const BANQUET = 'scenes/quzhou/sets/banquet-hall.json';
const QUZHOU = 'scenes/quzhou/base.json';
const INDEX = 'scenes/index.json';

/** Markup that would run or show up as an element if it were ever parsed as HTML. */
const IMG = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1;alert(1)" data-injected="1">';
const SCRIPT = '<script>window.__pwned=(window.__pwned||0)+1</script>';
const SVG = '<svg onload="window.__pwned=1;alert(2)" data-injected="1"></svg>';
const LINK = '<a href="javascript:alert(3)" data-injected="1">click</a>';
const PAYLOADS = [IMG, SCRIPT, SVG, LINK];
/** How a problem quotes a long value (src/data/validate.ts describeValue): the start, JSON-quoted, and its length. */
const quoted = (v: string) => (v.length > 60 ? `${JSON.stringify(`${v.slice(0, 57)}…`)} (text of ${v.length} characters)` : `${JSON.stringify(v)} (text)`);

type Json = Record<string, unknown>;
const readJson = (rel: string) => JSON.parse(readFileSync(`${REPO}${rel}`, 'utf8')) as Json;
const text = (zh: string, en: string) => ({ zh, en });

interface Watch {
  dialogs: string[];
  errors: string[];
}

/** Serves `files` (relative to the site root) in place of the real ones, and watches for dialogs and uncaught errors. */
async function serve(page: Page, files: Record<string, string>): Promise<Watch> {
  const w: Watch = { dialogs: [], errors: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  for (const [rel, body] of Object.entries(files)) {
    await page.route(`**/${rel}`, (route) => route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body }));
  }
  return w;
}

/** Nothing of the payloads became DOM or ran. */
async function expectInert(page: Page, w: Watch) {
  expect(await page.locator('[data-injected]').count(), 'elements injected from catalog text').toBe(0);
  expect(await page.locator('img[src="x"], svg[onload], a[href^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0), 'payload code ran').toBe(0);
  expect(w.dialogs, 'dialogs opened').toEqual([]);
}

function courtWithMarkup(): string {
  const j = readJson(COURT);
  j.name = text(`法庭${IMG}`, `Courtroom ${IMG}`);
  j.summary = text(`${SCRIPT}摘要`, `${SCRIPT} summary`);
  j.description = text(PAYLOADS.join(' '), PAYLOADS.join(' '));
  j.tags = { zh: [SVG.slice(0, 40)], en: [IMG.slice(0, 40)] };
  const hotspots = j.hotspots as Json[];
  hotspots[0]!.title = text(`被告席${IMG}`, `Dock ${IMG}`);
  hotspots[0]!.description = text(SVG, LINK);
  const tour = j.tour as Json[];
  if (tour[0]) tour[0].narration = text(IMG, SCRIPT);
  const shots = j.shots as Json[];
  if (shots[0]) shots[0].name = text(`近景${SVG}`, `Close ${SVG}`);
  return JSON.stringify(j);
}

test.describe('catalog text is text', () => {
  test('markup in set names, summaries, tags and descriptions shows literally in the catalog', async ({ page }) => {
    const w = await serve(page, { [COURT]: courtWithMarkup() });
    await page.goto('/?lang=en');
    const card = page.locator('[data-testid="set-card"][data-set-id="courtroom"]');
    await expect(card).toBeVisible();
    await expect(card.getByRole('heading')).toHaveText(`Courtroom ${IMG}`);
    await expect(card).toContainText(`${SCRIPT} summary`);
    // The other sets are all there.
    expect(await page.getByTestId('set-card').count()).toBeGreaterThan(10);
    await page.waitForLoadState('networkidle');
    await expectInert(page, w);
    expect(w.errors).toEqual([]);
  });

  test('markup in the viewer (title, hotspot labels and cards) shows literally, and the 3D view still renders', async ({ page }) => {
    const w = await serve(page, { [COURT]: courtWithMarkup() });
    await page.goto('/sets/courtroom?lang=en&mode=orbit');
    await expect(page.getByTestId('viewer-title')).toHaveText(`Courtroom ${IMG}`);
    await expect(page.locator('canvas[data-testid="set-canvas"][data-set-id="courtroom"][data-ready="true"]')).toBeVisible({ timeout: 60_000 });
    // Hotspot markers carry the title as their accessible name, as text.
    const labels = await page.locator('[data-testid="hotspot-marker"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(labels.some((l) => l.includes(`Dock ${IMG}`)), labels.join(' | ')).toBe(true);
    // The hotspot card, opened from the list in the info panel (a toggle on narrow screens).
    const toggle = page.getByTestId('panel-toggle');
    if (await toggle.isVisible()) await toggle.click();
    const item = page.getByTestId('hotspot-item').filter({ hasText: `Dock ${IMG}` });
    await expect(item).toHaveCount(1);
    await item.click();
    const card = page.getByTestId('hotspot-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText(`Dock ${IMG}`);
    await expect(card).toContainText(LINK);
    await page.waitForTimeout(500);
    await expectInert(page, w);
    expect(w.errors).toEqual([]);
  });
});

test.describe('broken catalog files', () => {
  test('a set with wrong types, an unknown id, markup in its id and a 100,000-character name is left out with precise problems; the rest works', async ({ page }) => {
    const bad = readJson(BANQUET);
    bad.id = IMG;
    (bad.dimensions as Json).width = 'wide';
    bad.category = 'spaceship';
    bad.name = text('x'.repeat(100_000), 'y'.repeat(100_000));
    delete bad.summary;
    const w = await serve(page, { [BANQUET]: JSON.stringify(bad) });
    await page.goto('/?lang=en');
    const problems = page.getByTestId('set-problems');
    await expect(problems).toBeVisible();
    // The problem list's code loads when there is a problem to show: wait for the list itself.
    await expect(problems.getByTestId('catalog-problems')).toContainText(BANQUET);
    const t = (await problems.textContent()) ?? '';
    // File, JSON path, expected and found, for each fault.
    expect(t).toContain(BANQUET);
    for (const path of ['$.id', '$.dimensions.width', '$.name.zh', '$.summary']) expect(t).toContain(path);
    expect(t).toContain('"wide" (text)');
    expect(t).toContain('text of 100000 characters');
    expect(t).toContain(quoted(IMG));
    expect(t.length, 'a huge value is not echoed in full').toBeLessThan(20_000);
    // The set is gone, the others stay, and one of them opens in 3D.
    await expect(page.locator('[data-testid="set-card"][data-set-id="banquet-hall"]')).toHaveCount(0);
    await expect(page.locator('[data-testid="set-card"][data-set-id="courtroom"]')).toBeVisible();
    await expectInert(page, w);
    await page.goto('/sets/courtroom?lang=en&mode=orbit');
    await expect(page.locator('canvas[data-testid="set-canvas"][data-ready="true"]')).toBeVisible({ timeout: 60_000 });
    expect(w.errors).toEqual([]);
  });

  test('a base file that is not JSON fails that base only, saying where', async ({ page }) => {
    const w = await serve(page, { [QUZHOU]: `{"id": "quzhou", "name": ${JSON.stringify(IMG)} ,,, }` });
    await page.goto('/?lang=en&base=quzhou');
    const panel = page.getByTestId('base-error');
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(QUZHOU);
    await expect(panel).toContainText('well-formed JSON');
    await expect(panel).toContainText(/line 1, column \d+/);
    // The other base still works.
    await page.locator('[data-testid="base-tab"][data-base-id="chongqing"]').click();
    await expect(page.getByTestId('set-card').first()).toBeVisible();
    await expectInert(page, w);
    expect(w.errors).toEqual([]);
  });

  test('a broken index stops the catalog with its problems as text and a retry, and recovers', async ({ page }) => {
    const index = readJson(INDEX);
    index.version = 2;
    index.bases = IMG;
    let broken = true;
    const w: Watch = { dialogs: [], errors: [] };
    page.on('dialog', (d) => {
      w.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => w.errors.push(e.message));
    await page.route(`**/${INDEX}`, (route) =>
      broken ? route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(index) }) : route.continue(),
    );
    await page.goto('/?lang=en');
    const err = page.getByTestId('catalog-error');
    await expect(err).toBeVisible();
    await expect(err).toContainText(INDEX);
    await expect(err).toContainText('$.version');
    await expect(err).toContainText('$.bases');
    await expect(err).toContainText(quoted(IMG));
    await expectInert(page, w);
    // Fixed on the host: retry loads the catalog without a reload.
    broken = false;
    await err.getByRole('button').click();
    await expect(page.getByTestId('set-card').first()).toBeVisible();
    expect(w.errors).toEqual([]);
  });

  test('a set whose model file is missing shows a model error, and the viewer stays usable', async ({ page }) => {
    const w = await serve(page, {});
    await page.route('**/models/courtroom.glb', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'gone' }));
    await page.goto('/sets/courtroom?lang=en&mode=orbit');
    await expect(page.getByTestId('viewer-page')).toBeVisible();
    await expect(page.locator('[data-testid="model-error"], [role="alert"]').first()).toBeVisible({ timeout: 30_000 });
    // The switcher still takes you to a set that works.
    const switcher = page.locator('select[data-testid="set-switcher"]');
    await switcher.selectOption('subway-platform');
    await expect(page.locator('canvas[data-testid="set-canvas"][data-set-id="subway-platform"][data-ready="true"]')).toBeVisible({ timeout: 60_000 });
    expect(w.errors).toEqual([]);
  });
});
