/**
 * The built site, served the way a static host serves it: the app shell loads
 * at / and on any route (SPA fallback), data and decoders come with the right
 * types, nothing leaves this machine, and the same build works under a sub-path.
 *
 * Assertions are on things that stay true as the UI grows (the app rendered into
 * #root, no errors, no failed assets), never on particular text or layout.
 */
import type { Page, Response } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { StaticServer } from '../tools/static-server';
import { startStaticServer } from '../tools/static-server';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

interface PageWatch {
  consoleErrors: string[];
  badResponses: string[];
  failedRequests: string[];
  foreignRequests: string[];
  scripts: string[];
}

/**
 * Records what would make a user's visit go wrong. `prefix` is where the site is
 * mounted: a request outside it would be a broken relative URL on a sub-path host.
 */
function watch(page: Page, origin: string, prefix = '/'): PageWatch {
  const w: PageWatch = { consoleErrors: [], badResponses: [], failedRequests: [], foreignRequests: [], scripts: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') w.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => w.consoleErrors.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => {
    // The viewer's "Save for offline" asks sizes with HEAD; a size probe cut short is not a failed
    // download (the save itself uses GET and is checked in offline.spec.ts).
    if (req.method() === 'HEAD') return;
    const type = req.resourceType();
    if (type === 'script' || type === 'stylesheet' || type === 'document' || type === 'fetch') {
      w.failedRequests.push(`${type} ${req.url()}: ${req.failure()?.errorText ?? 'failed'}`);
    }
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    // The site self-hosts everything (no CDN): any other origin is a bug.
    if (url.origin !== origin) w.foreignRequests.push(req.url());
    else if (!url.pathname.startsWith(prefix)) w.foreignRequests.push(`${req.url()} (outside ${prefix})`);
  });
  page.on('response', (res: Response) => {
    const type = res.request().resourceType();
    if (type === 'script') w.scripts.push(res.url());
    // Data the app fetches (the catalog, models) must exist too: a 404 there is a broken catalog.
    if (res.status() >= 400 && ['script', 'stylesheet', 'document', 'fetch', 'xhr'].includes(type)) {
      w.badResponses.push(`${res.status()} ${type} ${res.url()}`);
    }
  });
  return w;
}

/** The app booted: its module script was fetched and it rendered something into #root. */
async function expectAppRendered(page: Page, w: PageWatch) {
  await expect(page.locator('#root')).not.toBeEmpty();
  await expect(page.locator('#root')).toBeVisible();
  expect(w.scripts.some((u) => /\/assets\/[^/]+\.js$/.test(new URL(u).pathname)), `the app's script was loaded: ${w.scripts.join(', ')}`).toBe(true);
  const lang = await page.locator('html').getAttribute('lang');
  expect(['zh-CN', 'en']).toContain(lang);
}

/** Lets late work (a fetch after first render, a lazy chunk) surface its errors before we judge. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
}

function expectClean(w: PageWatch) {
  expect(w.consoleErrors, 'console errors').toEqual([]);
  expect(w.badResponses, 'documents, scripts, styles or fetches with an error status').toEqual([]);
  expect(w.failedRequests, 'requests that failed').toEqual([]);
  expect(w.foreignRequests, 'requests that left the site').toEqual([]);
}

test.describe('the built site at /', () => {
  test('serves the app at /', async ({ page, baseURL }) => {
    const w = watch(page, new URL(baseURL!).origin);
    const res = await page.goto('/');
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-type']).toMatch(/^text\/html/);
    await expectAppRendered(page, w);
    await settle(page);
    expectClean(w);
  });

  for (const path of ['/sets/no-such-set-for-smoke-test', '/no-such-page', '/?lang=en']) {
    test(`serves the app at ${path} (history routing fallback)`, async ({ page, baseURL }) => {
      const w = watch(page, new URL(baseURL!).origin);
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      expect(res?.headers()['content-type']).toMatch(/^text\/html/);
      await expectAppRendered(page, w);
      await settle(page);
      expectClean(w);
    });
  }

  test('serves the catalog and the Draco decoder with their types', async ({ request }) => {
    const index = await request.get('/scenes/index.json');
    expect(index.status()).toBe(200);
    expect(index.headers()['content-type']).toMatch(/^application\/json/);
    const parsed = (await index.json()) as { bases?: unknown };
    expect(Array.isArray(parsed.bases)).toBe(true);

    const wasm = await request.get('/decoders/draco/draco_decoder.wasm');
    expect(wasm.status()).toBe(200);
    expect(wasm.headers()['content-type']).toBe('application/wasm');
    const body = await wasm.body();
    expect(Number(wasm.headers()['content-length'])).toBe(body.length);
    // "\0asm": a real WebAssembly module, not index.html served in its place.
    expect([...body.subarray(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]);
  });

  test('answers 404 for a missing asset instead of the app shell', async ({ request }) => {
    for (const path of ['/models/no-such-model.glb', '/scenes/no-such-file.json', '/assets/no-such-chunk.js']) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
    }
  });
});

test.describe('the built site under a sub-path', () => {
  let server: StaticServer;

  test.beforeAll(async () => {
    server = await startStaticServer({ root: DIST, port: 0, base: '/sub/' });
  });
  test.afterAll(async () => {
    await server?.close();
  });

  for (const path of ['', 'sets/x', 'sets/x?lang=en']) {
    test(`works at /sub/${path}`, async ({ page }) => {
      const url = new URL(path, server.url).href;
      const w = watch(page, new URL(server.url).origin, '/sub/');
      const res = await page.goto(url);
      expect(res?.status()).toBe(200);
      await expectAppRendered(page, w);
      // Every script came from under /sub/: relative asset URLs resolved against the mount.
      expect(w.scripts.every((u) => new URL(u).pathname.startsWith('/sub/'))).toBe(true);
      await settle(page);
      expectClean(w);
    });
  }

  test('serves data and decoders under the sub-path', async ({ request }) => {
    const index = await request.get(new URL('scenes/index.json', server.url).href);
    expect(index.status()).toBe(200);
    expect(index.headers()['content-type']).toMatch(/^application\/json/);
    const wasm = await request.get(new URL('decoders/draco/draco_decoder.wasm', server.url).href);
    expect(wasm.headers()['content-type']).toBe('application/wasm');
    // Outside the mount there is nothing: a URL that escaped the base would fail here.
    const outside = await request.get(new URL('/scenes/index.json', server.url).href);
    expect(outside.status()).toBe(404);
  });
});

test.describe('the early start (index.html begins the downloads, the app takes them over)', () => {
  let server: StaticServer;

  test.beforeAll(async () => {
    server = await startStaticServer({ root: DIST, port: 0, base: '/sub/' });
  });
  test.afterAll(async () => {
    await server?.close();
  });

  for (const mount of ['/', '/sub/']) {
    test(`a set page under ${mount} preloads its route's chunks and fetches each catalog file, chunk and the model once`, async ({ page, baseURL }) => {
      const root = mount === '/' ? new URL('/', baseURL).href : server.url;
      const w = watch(page, new URL(root).origin, mount);
      const counts = new Map<string, number>();
      page.on('request', (req) => {
        // Downloads only: the viewer's "Save for offline" asks the size with HEAD, which moves no body.
        if (req.method() !== 'GET') return;
        const path = new URL(req.url()).pathname;
        if (/\/(scenes|models|assets)\//.test(path)) counts.set(path, (counts.get(path) ?? 0) + 1);
      });
      await page.goto(new URL('sets/courtroom?mode=orbit', root).href);
      await expect(page.getByTestId('set-canvas')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
      // The first frame comes before the app (docs/ARCHITECTURE.md §2): wait for the app to hold the canvas.
      await expect(page.locator('.set-canvas-wrap canvas[data-ready="true"]')).toHaveCount(1, { timeout: 90_000 });
      await settle(page);

      const preloads = await page.locator('link[rel="modulepreload"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
      expect(preloads.some((h) => /\/assets\/SetRoute-[^/]+\.js$/.test(h)), preloads.join(', ')).toBe(true);
      expect(preloads.every((h) => new URL(h).pathname.startsWith(mount))).toBe(true);

      const paths = [...counts.keys()];
      expect(paths).toContain(`${mount}scenes/index.json`);
      expect(paths).toContain(`${mount}scenes/quzhou/sets/courtroom.json`);
      expect(paths).toContain(`${mount}models/courtroom.glb`);
      const twice = [...counts].filter(([, n]) => n > 1).map(([p, n]) => `${p} ×${n}`);
      expect(twice, 'downloaded more than once').toEqual([]);
      // Handed over, not left behind: the app took every early download it needed.
      await expect.poll(() => page.evaluate(() => Object.keys(window.__early ?? {}).filter((k) => k.includes('://')))).toEqual([]);
      expectClean(w);
    });
  }

  test('the catalog page preloads the catalog route and not three.js', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('sets-count')).toBeVisible();
    const preloads = await page.locator('link[rel="modulepreload"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
    expect(preloads.some((h) => /\/assets\/CatalogRoute-[^/]+\.js$/.test(h)), preloads.join(', ')).toBe(true);
    expect(preloads.some((h) => /three|SetRoute|\/boot-/.test(h)), preloads.join(', ')).toBe(false);
  });
});

test.describe('every URL lands somewhere, at the root and under a sub-path', () => {
  let server: StaticServer;

  test.beforeAll(async () => {
    server = await startStaticServer({ root: DIST, port: 0, base: '/sub/' });
  });
  test.afterAll(async () => {
    await server?.close();
  });

  test('an unknown deep path shows not-found with a way back; /set/<id> leads to /sets/<id>', async ({ page, baseURL }) => {
    for (const root of [new URL('/', baseURL).href, server.url]) {
      const mount = new URL(root).pathname;
      await page.goto(new URL('nope/deeper?lang=en', root).href);
      await expect(page.getByTestId('not-found'), `${mount}nope/deeper`).toBeVisible();
      await expect(page.getByTestId('not-found')).toContainText('/nope/deeper');
      await page.getByTestId('back-home').click();
      await expect(page).toHaveURL((u) => u.pathname === mount);
      await expect(page.getByTestId('set-card').first()).toBeVisible();

      await page.goto(new URL('set/courtroom?lang=en&mode=orbit', root).href);
      await expect(page).toHaveURL((u) => u.pathname === `${mount}sets/courtroom` && u.searchParams.get('mode') === 'orbit');
      await expect(page.getByTestId('set-canvas')).toHaveAttribute('data-set-id', 'courtroom');
    }
  });
});
