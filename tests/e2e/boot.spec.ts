/**
 * The set first (docs/ARCHITECTURE.md §2): on a plain set link the still is up at once, the
 * first 3D frame is drawn before the app has started, from the set's own file alone, and the
 * app adopts that canvas (one WebGL context, same size, same camera) instead of drawing again.
 * A view the app must work out (frame mode) is drawn by the app as before, with the poster
 * under it; and when the catalog turns out to be broken, the early frame goes and the
 * precise problem is shown.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { READY_TIMEOUT, scoutCamera, waitForReady } from './helpers';

declare global {
  interface Window {
    __bootLog?: { contexts: number; events: [string, number][]; first?: { inStage: boolean; size: [number, number]; camera: unknown } };
  }
}

/** Records WebGL contexts made and when the start-up pieces appear, before any page script. */
async function watchStart(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: NonNullable<Window['__bootLog']> = { contexts: 0, events: [] };
    window.__bootLog = log;
    const get = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      if (/webgl/.test(kind) && !(this as unknown as { __counted?: boolean }).__counted) {
        (this as unknown as { __counted?: boolean }).__counted = true;
        log.contexts++;
      }
      return (get as (...a: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
    } as typeof get;
    const seen = new Set<string>();
    const note = (name: string, on: boolean) => {
      if (on && !seen.has(name)) {
        seen.add(name);
        log.events.push([name, performance.now()]);
      }
    };
    new MutationObserver(() => {
      note('poster', !!document.querySelector('.boot-poster'));
      const c = document.querySelector<HTMLCanvasElement>('canvas[data-testid="set-canvas"]');
      // The moment of the first frame: where the canvas is, its size and the camera then.
      if (c?.getAttribute('data-ready') === 'true' && !log.first)
        log.first = { inStage: !!c.closest('.boot-stage'), size: [c.width, c.height], camera: window.__scout?.camera() };
      note('ready', c?.getAttribute('data-ready') === 'true');
      note('viewer', !!document.querySelector('[data-testid="viewer-page"]'));
      note('stage-poster', !!document.querySelector('[data-testid="stage-poster"]'));
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

const at = (log: { events: [string, number][] }, name: string) => log.events.find(([n]) => n === name)?.[1];

test('a plain set link: poster first, the first frame before the app, then the app adopts that canvas', async ({ page }) => {
  await watchStart(page);
  const catalogFiles: string[] = [];
  page.on('request', (req) => {
    if (/\/scenes\/.*\.json$/.test(new URL(req.url()).pathname)) catalogFiles.push(new URL(req.url()).pathname);
  });
  await page.goto('/sets/courtroom?lang=en');
  await waitForReady(page, 'courtroom');
  const log = (await page.evaluate(() => window.__bootLog))!;
  expect(log.first?.inStage, 'the first frame is drawn in the start-up stage').toBe(true);
  const before = log.first!.camera as Awaited<ReturnType<typeof scoutCamera>>;
  const size = log.first!.size;
  // Before the first frame the page has read only the index and this set's file.
  const readyAt = at(log, 'ready')!;
  const firstFiles = await page.evaluate(
    (t) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.startTime < t && /\/scenes\/.*\.json$/.test(new URL(r.name).pathname))
        .map((r) => new URL(r.name).pathname),
    readyAt,
  );
  expect(catalogFiles.length, 'the rest of the catalog follows').toBeGreaterThan(firstFiles.length);
  expect(at(log, 'poster'), 'the poster shows').toBeDefined();
  expect(at(log, 'poster')!).toBeLessThan(at(log, 'ready')!);
  expect(at(log, 'ready')!, 'the first frame comes before the app').toBeLessThan(at(log, 'viewer')!);
  expect(firstFiles.every((f) => /\/scenes\/(index\.json|quzhou\/sets\/courtroom\.json)$/.test(f)), firstFiles.join(', ')).toBe(true);
  // One canvas, one context, the same size and the same camera after the app took over.
  const canvas = page.locator('canvas[data-testid="set-canvas"]');
  await expect(canvas).toHaveCount(1);
  await expect(page.locator('.boot-stage')).toHaveCount(0);
  expect(await canvas.evaluate((c) => [(c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height])).toEqual(size);
  expect(log.contexts).toBe(1);
  const after = await scoutCamera(page);
  for (let i = 0; i < 3; i++) expect(after.position[i]!).toBeCloseTo(before.position[i]!, 4);
  expect(after.yawDeg).toBeCloseTo(before.yawDeg, 4);
  expect(after.pitchDeg).toBeCloseTo(before.pitchDeg, 4);
  expect(after.vfovDeg).toBeCloseTo(before.vfovDeg, 4);
  // The rest of the catalog follows once the app runs (the set switcher lists the base).
  await expect(page.locator('.set-switcher option')).not.toHaveCount(0);
});

test('a shared cam= link is drawn from its pose by the start-up frame', async ({ page }) => {
  await watchStart(page);
  await page.goto('/sets/courtroom?cam=1,1.6,4,20,-5');
  await waitForReady(page, 'courtroom');
  const first = (await page.evaluate(() => window.__bootLog?.first))!;
  expect(first.inStage).toBe(true);
  const cam = first.camera as Awaited<ReturnType<typeof scoutCamera>>;
  expect(cam.position).toEqual([1, 1.6, 4]);
  expect(cam.yawDeg).toBeCloseTo(20, 6);
  expect((await scoutCamera(page)).position).toEqual([1, 1.6, 4]);
});

test('a frame-mode link is drawn by the app, over the set’s still', async ({ page }) => {
  await watchStart(page);
  await page.goto('/sets/courtroom?mode=frame&lang=en');
  await waitForReady(page, 'courtroom');
  await expect(page.getByTestId('stage-poster')).toHaveCount(0);
  await expect(page.locator('.boot-stage')).toHaveCount(0);
  const log = (await page.evaluate(() => window.__bootLog))!;
  expect(at(log, 'stage-poster'), 'the still showed under the canvas while it loaded').toBeDefined();
  expect(at(log, 'stage-poster')!).toBeLessThan(at(log, 'ready')!);
  expect(log.first?.inStage).toBe(false);
  expect(at(log, 'viewer')!).toBeLessThan(at(log, 'ready')!);
  expect(log.contexts).toBe(1);
});

test('a set file the app rejects: the early frame is discarded and the problem is shown', async ({ page }) => {
  // Valid enough for the start-up frame (it reads only the model block), not for the app.
  await page.route('**/scenes/quzhou/sets/courtroom.json', async (route) => {
    const res = await route.fetch();
    const set = (await res.json()) as Record<string, unknown>;
    await route.fulfill({ response: res, body: JSON.stringify({ ...set, maxCrew: 'many' }) });
  });
  await watchStart(page);
  await page.goto('/sets/courtroom?lang=en');
  // The set is dropped from the catalog: the not-found page names it, and no canvas is left.
  await expect(page.getByTestId('not-found')).toBeVisible({ timeout: READY_TIMEOUT });
  expect((await page.evaluate(() => window.__bootLog?.first))?.inStage, 'the start-up frame was drawn first').toBe(true);
  await expect(page.locator('canvas[data-testid="set-canvas"]')).toHaveCount(0);
  await expect(page.locator('.boot-stage')).toHaveCount(0);
  expect(await page.evaluate(() => window.__scout === undefined)).toBe(true);
});
