/**
 * Offline use (docs/ARCHITECTURE.md §8), with the service worker that the other specs block
 * (tests/playwright.config.ts): save a set, go offline, reload; the catalog lists every set
 * and marks the 3D sets that need the network, without a broken image; the inquiry form keeps
 * its draft over a reload and offers the text to copy; the saved set opens in walk, frame,
 * overview and tour mode, a shot is captured, renamed and exported as CSV, PNG (in the ZIP),
 * storyboard PDF (its font saved with the set) and JSON; back online a catalog text changed on
 * the server is picked up, and a new build of the worker shows the "reload to update" notice.
 * All along: no request leaves the origin and nothing breaks the content security policy, the
 * worker included. The "server" is a copy of dist/ in a temporary folder, so the redeploys
 * never touch dist/ itself.
 */
import type { BrowserContext, Download, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfText } from '../tools/pdf-text';
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

/** Changes a file of the served copy, as a host would on a redeploy. */
function redeploy(root: string, rel: string, change: (text: string) => string): void {
  const file = join(root, rel);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [d]: [Download, void] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByTestId(testId).click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

test('a saved set works offline, and updates arrive once back online', async ({ page, context }) => {
  const root = mkdtempSync(join(tmpdir(), 'setscout-offline-'));
  cpSync(DIST, root, { recursive: true });
  const server = await startStaticServer({ root, base: '/' });
  try {
    await savedSetOffline(page, context, root, server.url);
  } finally {
    await context.setOffline(false);
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

async function savedSetOffline(page: Page, context: BrowserContext, root: string, site: string): Promise<void> {
  const baseURL = site.replace(/\/$/, '');
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
  const sw = await (await page.request.get(`${site}sw.js`)).text();
  expect(sw).toContain('precache');
  expect(sw).not.toMatch(/\beval\(|new Function\(/);

  await page.goto(`${site}?lang=en`);
  const online = await cardIds(page);
  await controlled(page);

  // Save one set from its details: the size is shown before it starts, with the estimate; it
  // counts the PDF font (about 11 MB), saved with the first set.
  await page.locator(`[data-testid="set-card"][data-set-id="${SAVED}"] [data-testid="card-details"]`).click();
  const save = page.getByTestId('offline-save');
  await expect(save).toHaveText(/Save for offline \(1\d(\.\d)? MB\)/);
  await expect(page.getByTestId('offline-estimate')).toContainText(/uses .* of /);
  await save.click();
  await expect(page.getByTestId('offline-saved')).toContainText('Saved for offline', { timeout: 60_000 });
  await page.getByTestId('set-detail').press('Escape');
  await page.getByTestId('saved-toggle').click();
  await expect(page.getByTestId('saved-item')).toHaveAttribute('data-set-id', SAVED);
  await page.evaluate((id) => localStorage.setItem('setscout.shortlist.v1', JSON.stringify([id])), SAVED);

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

  // The inquiry form, offline: the draft outlives a reload, and the text to copy is offered.
  const openForm = async () => {
    await page.getByTestId('shortlist-open').click();
    await page.getByTestId('inquiry-open').click();
    return page.getByTestId('inquiry-form');
  };
  const draft = { from: iso(20), to: iso(22), crew: '12', name: 'Jane Doe', company: 'Harbour Pictures', email: 'jane@harbour.example' };
  let form = await openForm();
  for (const [field, value] of Object.entries(draft)) await form.getByTestId(`inquiry-${field}`).fill(value);
  await page.reload();
  form = await openForm();
  for (const [field, value] of Object.entries(draft)) await expect(form.getByTestId(`inquiry-${field}`)).toHaveValue(value);
  await form.getByTestId('inquiry-prepare').click();
  const result = page.getByTestId('inquiry-result');
  await result.locator('details.inquiry-full summary').first().click();
  await expect(result.getByTestId('inquiry-full-text').first()).toHaveValue(/Harbour Pictures/);
  await expect(result.getByRole('button', { name: 'Copy the full email' }).first()).toBeVisible();

  // The saved set, offline, in every mode.
  await page.goto(`${site}sets/${SAVED}?lang=en&mode=walk`);
  await waitForReady(page, SAVED);
  await page.getByTestId('mode-frame').click();
  await expect(page.getByTestId('shot-list')).toBeVisible({ timeout: 60_000 });
  // Software WebGL on a busy machine can hold the main thread past the default action timeout.
  await page.getByTestId('shot-capture').click({ timeout: 60_000 });
  await expect(page.getByTestId('shot-item')).toHaveCount(1, { timeout: 90_000 });
  await expect(page.getByTestId('shots-export-csv')).toBeEnabled({ timeout: 90_000 });
  // Edited offline: renamed.
  const name = page.getByTestId('shot-name').first();
  await name.fill('Verdict wide');
  await name.press('Enter');
  await expect(name).toHaveValue('Verdict wide');
  // Exported offline, each format read back.
  const csv = await download(page, 'shots-export-csv');
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.bytes.toString('utf8')).toContain('Verdict wide');
  const zip = await download(page, 'shots-export-zip');
  expect(zip.name).toMatch(/\.zip$/);
  const pngs = Object.entries(unzipSync(new Uint8Array(zip.bytes))).filter(([n]) => n.endsWith('.png'));
  expect(pngs).toHaveLength(1);
  expect([...pngs[0]![1].subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const pdf = await download(page, 'shots-export-pdf');
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = await pdfText(new Uint8Array(pdf.bytes));
  expect(text.all).toContain('Verdict wide');
  expect(text.embeddedFonts.length).toBeGreaterThan(0);
  const json = await download(page, 'shots-export-json');
  expect(json.name).toMatch(/\.json$/);
  expect((JSON.parse(json.bytes.toString('utf8')) as { shots: { name: string; setId: string }[] }).shots).toMatchObject([{ name: 'Verdict wide', setId: SAVED }]);
  for (const mode of ['orbit', 'tour']) {
    await page.getByTestId(`mode-${mode}`).click();
    await expect(page.getByTestId(`mode-${mode}`)).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(page.getByTestId('model-error')).toHaveCount(0);

  // Back online: a catalog text changed on the server shows at the next load.
  await context.setOffline(false);
  redeploy(root, 'scenes/quzhou/sets/courtroom.json', (t) => t.replace(/"en":\s*"([^"]*)"/, '"en": "$1 (updated)"'));
  await page.goto(`${site}?lang=en`);
  await expect(page.locator(`#card-${SAVED}`)).toContainText('(updated)');

  // A new build of the app: a quiet notice, and reloading takes it.
  redeploy(root, 'sw.js', (t) => `${t}\n// a new build\n`);
  await page.goto(`${site}?lang=en`);
  await expect(page.getByTestId('update-notice')).toContainText('A new version is ready', { timeout: 60_000 });
  const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.getByTestId('update-reload').click()]);
  await controlled(page);
  expect(before).toBeTruthy();

  expect(offOrigin).toEqual([]);
  expect(csp).toEqual([]);
  expect(errors).toEqual([]);
}

const iso = (daysFromNow: number) => new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

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
