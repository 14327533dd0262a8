/**
 * The 3D set viewer (/sets/:setId) on the built site, through its public hooks
 * (docs/ARCHITECTURE.md §3): the canvas's data-ready, window.__scout.camera()/stats(), the URL
 * parameters and the viewer's data-testids.
 *
 * Software WebGL is slow here (SwiftShader: a frame of a set takes 0.2–0.5 s at
 * 1024×640, a model 5–30 s to show depending on how busy the machine is), so each
 * test loads as few models as it can, waits on data-ready and on rendered frames
 * rather than on clocks, and the file's tests run in parallel.
 *
 * Two tests guard app bugs they found (now fixed), each described above it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { ScoutCamera } from './helpers';
import {
  angleDiff,
  clearCanvasPoint,
  lumaStats,
  openViewer,
  projectToPage,
  scoutCamera,
  scoutStats,
  setCanvas,
  setJson,
  sizeLine,
  topElementAt,
  waitForReady,
  watchPageErrors,
} from './helpers';

// Each test opens its own page and model: spread them over both workers. Timeouts are
// generous because a loaded 2-core machine can take 20 s or more to show a model.
test.describe.configure({ mode: 'parallel', timeout: 150_000 });
// Desktop layout (facts panel beside the canvas) with fewer pixels to shade in software.
test.use({ viewport: { width: 1024, height: 640 }, actionTimeout: 30_000 });

/** Each 3D set's base: the set switcher lists only the sets of the open set's base. */
const MODEL_SET_BASE = new Map<string, string>();

/** Every set with a model, read from the catalog on disk: a new 3D set (a kit layout) is opened here without a new test. */
function modelSetIds(): string[] {
  const read = (rel: string) => JSON.parse(readFileSync(new URL(`../../${rel}`, import.meta.url), 'utf8')) as Record<string, unknown>;
  const ids: string[] = [];
  for (const baseRel of read('scenes/index.json').bases as string[]) {
    const dir = `scenes/${baseRel.slice(0, baseRel.lastIndexOf('/') + 1)}`;
    for (const rel of read(`scenes/${baseRel}`).sets as string[]) {
      const set = read(`${dir}${rel}`) as { id: string; model: unknown };
      if (set.model) ids.push(set.id);
      if (set.model) MODEL_SET_BASE.set(set.id, baseRel);
    }
  }
  return ids;
}
const MODEL_SETS = modelSetIds();

/** Hides every overlay on the stage (markers, toolbar, minimap…) so a screenshot shows the canvas's own pixels. */
const CANVAS_ONLY_CSS =
  '[data-testid="viewer-stage"] * { visibility: hidden !important; } canvas[data-testid="set-canvas"] { visibility: visible !important; }';

/** Distance between two camera positions, in metres. */
const dist = (a: ScoutCamera, b: ScoutCamera) => Math.hypot(a.position[0] - b.position[0], a.position[1] - b.position[1], a.position[2] - b.position[2]);

/** Holds a key until `done(camera)` is true (or `timeout` ms pass), sampling the camera as it goes. */
async function holdKey(page: Page, key: string, done: (c: ScoutCamera) => boolean, timeout = 20_000): Promise<ScoutCamera[]> {
  const samples: ScoutCamera[] = [];
  const until = Date.now() + timeout;
  await page.keyboard.down(key);
  try {
    for (;;) {
      const c = await scoutCamera(page);
      samples.push(c);
      if (done(c) || Date.now() > until) break;
      await page.waitForTimeout(50);
    }
  } finally {
    await page.keyboard.up(key);
  }
  return samples;
}

/** The move from `a` to `b` went straight along a's view direction (−sin yaw, −cos yaw), level and without turning. */
function expectMovedAlongView(a: ScoutCamera, b: ScoutCamera) {
  const dx = b.position[0] - a.position[0];
  const dz = b.position[2] - a.position[2];
  const len = Math.hypot(dx, dz);
  expect(len, 'moved at least 0.3 m').toBeGreaterThan(0.3);
  const yaw = (a.yawDeg * Math.PI) / 180;
  expect((dx * -Math.sin(yaw) + dz * -Math.cos(yaw)) / len, 'cosine between the move and the view direction').toBeGreaterThan(0.999);
  expect(b.position[1], 'eye height kept').toBeCloseTo(a.position[1], 3);
  expect(angleDiff(b.yawDeg, a.yawDeg), 'no turn').toBeLessThan(0.01);
}

test.describe('viewer', () => {
  test('every 3D set reaches data-ready and its canvas is not blank', async ({ page }) => {
    test.setTimeout(60_000 + MODEL_SETS.length * 30_000);
    const errors = watchPageErrors(page);
    // The first of each base by its URL, the others through the set switcher (cheaper than a page
    // load each; the switch test below covers switching itself), which lists only the base's sets.
    for (const [i, id] of MODEL_SETS.entries()) {
      if (i === 0 || MODEL_SET_BASE.get(id) !== MODEL_SET_BASE.get(MODEL_SETS[i - 1]!)) await openViewer(page, `/sets/${id}`);
      else {
        await page.locator('select[data-testid="set-switcher"]').selectOption(id);
        await waitForReady(page, id);
      }
      const box = (await setCanvas(page).boundingBox())!;
      expect(box.width).toBeGreaterThan(300);
      expect(box.height).toBeGreaterThan(300);
      // Pixels of the canvas alone (overlays hidden for the shot): a flat colour has variance 0.
      const { mean, variance } = await lumaStatsOfCanvas(page);
      test.info().annotations.push({ type: 'luma', description: `${id}: mean ${mean.toFixed(1)}, variance ${variance.toFixed(0)}` });
      expect(variance, `luminance variance of the ${id} canvas (mean ${mean.toFixed(1)})`).toBeGreaterThan(150);
      // The hooks speak for this set: a sane field of view, a model's worth of triangles.
      const cam = await scoutCamera(page);
      expect(cam.position.every(Number.isFinite)).toBe(true);
      expect(cam.vfovDeg).toBeGreaterThan(20);
      expect(cam.vfovDeg).toBeLessThan(100);
      expect((await scoutStats(page)).triangles, `${id}: triangles drawn`).toBeGreaterThan(1000);
    }
    expect(errors).toEqual([]);
  });

  test('W walks along the view direction and a wall stops the walker', async ({ page }) => {
    // Facing the right-hand wall: yaw −90 looks toward +X; the wall's inner face is x = 6
    // (models/generator/sets/courtroom.ts), with nothing in between at z = 0.
    await openViewer(page, '/sets/courtroom?mode=walk&cam=4,1.6,0,-90,0');
    await expect(page.getByTestId('mode-walk')).toHaveAttribute('aria-pressed', 'true');
    const c0 = await scoutCamera(page);
    expect(c0.position, 'the cam= pose was taken as given').toEqual([4, 1.6, 0]);
    expect(angleDiff(c0.yawDeg, -90)).toBeLessThan(0.01);

    // A short press: forward along the view direction.
    const first = await holdKey(page, 'w', (c) => dist(c, c0) > 0.3);
    expectMovedAlongView(c0, first[first.length - 1]!);

    // Hold W until the walker has not moved for 4 rendered frames (frames keep coming while a key is held).
    let lastX = (await scoutCamera(page)).position[0];
    let lastFrame = (await scoutStats(page)).frames;
    let still = 0;
    const samples: number[] = [];
    await page.keyboard.down('w');
    try {
      const until = Date.now() + 60_000;
      while (still < 4 && Date.now() < until) {
        await page.waitForTimeout(60);
        // Pose and frame count read together, in one turn of the page's event loop.
        const { x, frames } = await page.evaluate(() => ({ x: window.__scout!.camera().position[0], frames: window.__scout!.stats().frames }));
        samples.push(x);
        if (frames === lastFrame) continue;
        lastFrame = frames;
        still = Math.abs(x - lastX) < 1e-6 ? still + 1 : 0;
        lastX = x;
      }
    } finally {
      await page.keyboard.up('w');
    }
    expect(still, 'the walker came to rest against the wall').toBeGreaterThanOrEqual(4);
    const maxX = Math.max(...samples);
    test.info().annotations.push({ type: 'wall', description: `stopped at x = ${lastX.toFixed(3)} (wall at 6), max sampled ${maxX.toFixed(3)}, ${samples.length} samples` });
    expect(maxX, 'never closer than 0.2 m to the wall').toBeLessThan(6 - 0.2);
    expect(lastX, 'stops about 0.3 m (the body radius) before the wall').toBeGreaterThan(6 - 0.4);
    const end = await scoutCamera(page);
    expect(Math.abs(end.position[2]), 'walked straight (z unchanged)').toBeLessThan(1e-3);
    expect(end.position[1], 'eye height kept').toBeCloseTo(1.6, 3);
  });

  test('a hotspot card opens from a marker and from the list, in the current language', async ({ page }) => {
    const hotspots = setJson('courtroom').hotspots;
    await openViewer(page, '/sets/courtroom?lang=zh');
    // Occlusion is decided after a frame: wait until every marker has been judged.
    const markers = page.getByTestId('hotspot-marker');
    await expect(markers).toHaveCount(hotspots.length);

    // A marker not judged hidden whose centre is not covered by anything else.
    const candidates = await markers.evaluateAll((els) =>
      els
        .filter((e) => e.getAttribute('data-occluded') !== 'true')
        .map((e) => {
          const r = e.getBoundingClientRect();
          const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return { id: e.getAttribute('data-hotspot-id') ?? '', clear: Boolean(top && e.contains(top)) };
        })
        .filter((x) => x.clear)
        .map((x) => x.id),
    );
    expect(candidates.length, 'some hotspot marker is visible in the opening view').toBeGreaterThan(0);
    const first = hotspots.find((h) => h.id === candidates[0])!;
    await page.locator(`[data-testid="hotspot-marker"][data-hotspot-id="${first.id}"]`).click();
    const card = page.getByTestId('hotspot-card');
    await expect(card).toHaveAttribute('data-hotspot-id', first.id);
    await expect(card.locator('h2')).toHaveText(first.title.zh);

    // Switching language retitles the open card.
    await page.getByTestId('lang-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(card.locator('h2')).toHaveText(first.title.en);

    // From the list (keyboard and screen-reader path): another hotspot, in English.
    const second = hotspots.find((h) => h.id !== first.id)!;
    const item = page.getByTestId('hotspot-item').filter({ hasText: second.title.en });
    await item.click();
    await expect(card).toHaveAttribute('data-hotspot-id', second.id);
    await expect(card.locator('h2')).toHaveText(second.title.en);
    await expect(item).toHaveAttribute('aria-expanded', 'true');
    // The same item closes it again. (The card's own close button can be covered by markers:
    // see the fixme below.)
    await item.click();
    await expect(card).toHaveCount(0);
  });

  // FIXED APP BUG (src/canvas/Hotspots.tsx + src/ui/styles.css): drei's <Html> gives the markers
  // z-index 10–30 (zIndexRange={[30, 10]}) inside the canvas wrapper, which is not a stacking
  // context, so markers paint over every stage overlay: the hotspot card (z-index 7), the mode
  // switch, set switcher, toolbar and minimap (5), the load progress (8) and the model error
  // panel (9); Measure's labels (zIndexRange [40, 30]) even over the narrow-screen info drawer
  // (30). Seen in the courtroom's default view: the "Emblem wall" marker covered the open card's
  // close button, so hotspot-close could not be clicked. Fix: make `.set-canvas-wrap` a stacking
  // context below the overlays (`z-index: 0; isolation: isolate`), or give the markers and
  // labels a zIndexRange under 5.
  // This test places the camera (cam=) so that a marker lands exactly on the card's close
  // button, which makes the overlap certain rather than dependent on the default view.
  test('an open hotspot card is not covered by markers (its close button works)', async ({ page }) => {
    const dock = setJson('courtroom').hotspots.find((h) => h.id === 'defendant-dock')!;
    // 1. Where the close button sits (the card's place is fixed): open a card without moving the camera.
    await openViewer(page, '/sets/courtroom?lang=en&mode=orbit&cam=0,9,8,0,-50');
    await page.getByTestId('hotspot-item').filter({ hasText: dock.title.en }).click();
    const closeBox = (await page.getByTestId('hotspot-close').boundingBox())!;
    const target = { x: closeBox.x + closeBox.width / 2, y: closeBox.y + closeBox.height / 2 };
    // 2. A pose 9 m above the floor that puts the dock's marker on that point (a few Newton steps on yaw and pitch).
    const cam = await scoutCamera(page);
    const box = (await setCanvas(page).boundingBox())!;
    const pose = { ...cam, position: [0, 9, 8] as [number, number, number], yawDeg: 0, pitchDeg: -50, rollDeg: 0 };
    for (let i = 0; i < 20; i++) {
      const p = projectToPage(pose, box, dock.position)!;
      // Turning left (yaw up) moves the scene right on screen; tilting up moves it down.
      pose.yawDeg += ((target.x - p.x) / box.width) * cam.hfovDeg;
      pose.pitchDeg += ((target.y - p.y) / box.height) * cam.vfovDeg;
    }
    const landed = projectToPage(pose, box, dock.position)!;
    expect(Math.hypot(landed.x - target.x, landed.y - target.y)).toBeLessThan(1);
    await openViewer(page, `/sets/courtroom?lang=en&mode=orbit&cam=0,9,8,${pose.yawDeg.toFixed(2)},${pose.pitchDeg.toFixed(2)}`);
    const marker = page.locator('[data-testid="hotspot-marker"][data-hotspot-id="defendant-dock"]');
    await expect(marker).toBeVisible();
    // 3. Open the card from its marker (a marker click does not move the camera, so the marker
    //    stays where the close button appears).
    await marker.click();
    const close = page.getByTestId('hotspot-close');
    await expect(close).toBeVisible();
    expect(await topElementAt(page, target.x, target.y), 'what is on top of the close button').toBe('button[data-testid="hotspot-close"]');
    await close.click();
    await expect(page.getByTestId('hotspot-card')).toHaveCount(0);
  });

  test('hotspot labels on the subway platform in walk mode overlap neither each other nor the controls', async ({ page }) => {
    for (const viewport of [{ width: 1024, height: 640 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      await openViewer(page, '/sets/subway-platform?lang=en&mode=walk');
      const markers = page.getByTestId('hotspot-marker');
      await expect(markers).toHaveCount(setJson('subway-platform').hotspots.length);
      await expect.poll(() => markers.evaluateAll((els) => els.every((e) => e.hasAttribute('data-label')))).toBe(true);
      const { labels, controls } = await page.evaluate(() => {
        const rect = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { x: r.left, y: r.top, w: r.width, h: r.height, name: e.textContent ?? '' };
        };
        const shown = [...document.querySelectorAll('[data-testid="hotspot-marker"]')].filter((m) => {
          const label = m.querySelector('.hotspot-label');
          return label && getComputedStyle(label).display !== 'none' && m.closest<HTMLElement>('.pin')?.style.visibility === 'visible';
        });
        return { labels: shown.map(rect), controls: [...document.querySelectorAll('.stage-bottom > *, .stage-top > *')].map(rect).filter((r) => r.w > 0) };
      });
      const hit = (a: (typeof labels)[number], b: (typeof labels)[number]) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      expect(labels.length, `${viewport.width} px: labels shown`).toBeGreaterThan(0);
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) expect(hit(labels[i]!, labels[j]!), `${viewport.width} px: "${labels[i]!.name}" over "${labels[j]!.name}"`).toBe(false);
        for (const c of controls) expect(hit(labels[i]!, c), `${viewport.width} px: "${labels[i]!.name}" under "${c.name}"`).toBe(false);
      }
    }
  });

  // FIXED APP BUG (src/canvas/Hotspots.tsx): occlusion is judged only in a frame where rig.version
  // changed since the last judgement. drei's <Html> mounts each marker in its own React root,
  // which commits asynchronously, so markers that mount after the frame that consumed the
  // opening pose's version are never judged until the camera moves: they lack data-occluded
  // and stay visible even behind a wall. It is a race: reproduced in 3 of 8 loads of the
  // subway/courtroom opening views on one build and 1 of 10 on a later one (all or most
  // markers unjudged 1.5 s after data-ready, no frame pending); e.g. the subway's "escalator"
  // marker, judged hidden in the other loads, showed through. Hence several loads here.
  // Fix: in the marker's ref callback (or an effect once refs change) reset
  // last.current.version = -1 and invalidate(), so the next frame judges every mounted marker.
  test('every hotspot marker is judged for occlusion in the opening view', async ({ page }) => {
    for (let i = 0; i < 6; i++) {
      const id = i % 2 ? 'courtroom' : 'subway-platform';
      await openViewer(page, `/sets/${id}`);
      const markers = page.getByTestId('hotspot-marker');
      await expect(markers).toHaveCount(setJson(id).hotspots.length);
      await expect
        .poll(() => markers.evaluateAll((els) => els.filter((e) => !e.hasAttribute('data-occluded')).map((e) => e.getAttribute('data-hotspot-id'))), {
          message: `load ${i + 1} (${id}): markers never judged for occlusion`,
          timeout: 3_000,
        })
        .toEqual([]);
      if (id === 'subway-platform') {
        // Under the platform's roof, the escalator's marker is out of sight from the overview.
        const escalator = page.locator('[data-testid="hotspot-marker"][data-hotspot-id="escalator"]');
        await expect(escalator).toHaveAttribute('data-occluded', 'true');
        await expect(escalator).toBeHidden();
      }
    }
  });

  test('a measurement across the courtroom matches its catalog width within 2%', async ({ page }) => {
    const width = setJson('courtroom').dimensions.width;
    // Inside the room at 2.5 m, looking down its length (−Z). The side walls' inner faces are
    // x = ±width/2 (models/generator/sets/courtroom.ts); at z = −4 and y = 2.5 both are bare
    // plaster (clear of the windows, the pilasters and the wainscot), in view and unobstructed.
    await openViewer(page, '/sets/courtroom?mode=orbit&cam=0,2.5,6,0,0');
    const cam = await scoutCamera(page);
    expect(cam.position, 'the cam= pose was taken as given').toEqual([0, 2.5, 6]);
    expect(angleDiff(cam.yawDeg, 0)).toBeLessThan(0.01);
    expect(Math.abs(cam.pitchDeg)).toBeLessThan(0.01);
    const box = (await setCanvas(page).boundingBox())!;
    const targets = [
      [-width / 2, 2.5, -4],
      [width / 2, 2.5, -4],
    ] as const;
    const points = targets.map((p) => projectToPage(cam, box, p)!);
    for (const [i, p] of points.entries()) {
      expect(p, `wall point ${i} is in front of the camera`).not.toBeNull();
      expect(p.x > box.x + 2 && p.x < box.x + box.width - 2 && p.y > box.y + 2 && p.y < box.y + box.height - 2, `wall point ${i} is on the canvas`).toBe(true);
      expect(await topElementAt(page, p.x, p.y), `nothing covers wall point ${i}`).toBe('canvas[data-testid="set-canvas"]');
    }

    await page.getByTestId('measure-toggle').click();
    await expect(page.getByTestId('measure-toggle')).toHaveAttribute('aria-pressed', 'true');
    for (const p of points) await page.mouse.click(p.x, p.y);
    const label = page.getByTestId('measure-label');
    await expect(label).toHaveCount(1);
    const metres = Number(await label.getAttribute('data-metres'));
    test.info().annotations.push({ type: 'measure', description: `${metres} m across (catalog ${width} m)` });
    expect(Math.abs(metres - width) / width, `measured ${metres} m against ${width} m`).toBeLessThanOrEqual(0.02);
    // Clicking did not move the camera.
    expect(dist(await scoutCamera(page), cam)).toBeLessThan(1e-9);
  });

  test('walking from the spawn point moves along −Z, and a shared URL reopens the same camera', async ({ page, context }) => {
    // Walk mode without cam=: the catalog's spawn point at eye height, yaw 0.
    await openViewer(page, '/sets/courtroom?mode=walk');
    const spawn = setJson('courtroom').model!.spawn!;
    const start = await scoutCamera(page);
    expect(start.position[0]).toBeCloseTo(spawn.position[0], 3);
    expect(start.position[1]).toBeCloseTo(spawn.position[1] + 1.6, 3);
    expect(start.position[2]).toBeCloseTo(spawn.position[2], 3);
    expect(angleDiff(start.yawDeg, spawn.yawDeg)).toBeLessThan(0.01);

    // W: forward, which for yaw 0 is −Z.
    const walked = await holdKey(page, 'w', (c) => dist(c, start) > 0.3);
    const afterWalk = walked[walked.length - 1]!;
    expectMovedAlongView(start, afterWalk);
    expect(afterWalk.position[2]).toBeLessThan(start.position[2]);

    // Drag to look around (starting on the canvas itself, not on a marker): yaw and pitch
    // change, position does not. The canvas captures the pointer, so the path may cross overlays.
    const { x: x0, y: y0 } = await clearCanvasPoint(page);
    const beforeDrag = await scoutCamera(page);
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    await page.mouse.move(x0 + 60, y0 + 15, { steps: 4 });
    await page.mouse.move(x0 + 130, y0 + 30, { steps: 4 });
    await page.mouse.up();
    // Input writes the pose synchronously; no frame needs to be waited for.
    const moved = await scoutCamera(page);
    expect(angleDiff(moved.yawDeg, beforeDrag.yawDeg), 'the drag turned the view').toBeGreaterThan(5);
    expect(Math.abs(moved.pitchDeg - beforeDrag.pitchDeg), 'and tilted it').toBeGreaterThan(1);
    expect(dist(moved, beforeDrag), 'without moving the walker').toBeLessThan(1e-6);

    await page.getByTestId('share-button').click();
    const input = page.getByTestId('share-url');
    await expect(input).toBeVisible();
    const url = await input.inputValue();
    expect(url).toMatch(/\/sets\/courtroom\?/);
    expect(new URL(url).searchParams.get('mode')).toBe('walk');
    expect(new URL(url).searchParams.get('cam')).toBeTruthy();
    test.info().annotations.push({ type: 'share', description: url });

    const other = await context.newPage();
    await openViewer(other, url);
    const reopened = await scoutCamera(other);
    expect(dist(reopened, moved), 'position within 1 cm').toBeLessThanOrEqual(0.01);
    expect(angleDiff(reopened.yawDeg, moved.yawDeg), 'yaw within 0.1°').toBeLessThanOrEqual(0.1);
    expect(Math.abs(reopened.pitchDeg - moved.pitchDeg), 'pitch within 0.1°').toBeLessThanOrEqual(0.1);
    expect(angleDiff(reopened.rollDeg, moved.rollDeg), 'roll within 0.1°').toBeLessThanOrEqual(0.1);
    await expect(other.getByTestId('mode-walk')).toHaveAttribute('aria-pressed', 'true');
    await other.close();
  });

  test('a missing model shows the error panel, the facts still work, and retry loads it', async ({ page }) => {
    const s = setJson('courtroom');
    const errors = watchPageErrors(page);
    await page.route('**/models/courtroom.glb', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
    await page.goto('/sets/courtroom?lang=en');
    const error = page.getByTestId('model-error');
    await expect(error).toBeVisible({ timeout: 30_000 });
    await expect(error).toContainText('models/courtroom.glb');
    await expect(setCanvas(page)).not.toHaveAttribute('data-ready', 'true');

    // The facts panel does not depend on the model.
    const size = page.getByTestId('set-facts').locator('[data-fact="size"] dd').first();
    await expect(size).toHaveText(sizeLine(s, 'metric', 'en'));
    await page.getByTestId('viewer-panel').getByTestId('units-imperial').click();
    await expect(size).toHaveText(sizeLine(s, 'imperial', 'en'));
    await page.getByTestId('viewer-panel').getByTestId('units-metric').click();
    await expect(size).toHaveText(sizeLine(s, 'metric', 'en'));

    await page.unroute('**/models/courtroom.glb');
    await page.getByTestId('model-retry').click();
    await waitForReady(page, 'courtroom');
    await expect(error).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('12 set switches leave geometry and texture counts at their baseline', async ({ page }) => {
    test.setTimeout(240_000);
    const switcher = page.locator('select[data-testid="set-switcher"]');
    const go = async (id: string) => {
      await switcher.selectOption(id);
      await waitForReady(page, id);
    };
    const counts = async () => {
      const s = await scoutStats(page);
      return { geometries: s.geometries, textures: s.textures };
    };
    await openViewer(page, '/sets/courtroom?mode=orbit');
    // Measured (orbit overview at 1024×640): cold courtroom 23 geometries / 9 textures; after the
    // warm cycle 20 / 8 for the courtroom (subway 29 / 8, palace 25 / 9), unchanged by the switches
    // (twelve here, to keep CI inside its time; `npm run bench` makes twenty and reads the heap too).
    const cold = await counts();
    // Warm cycle: the first render of each model uploads a few one-off resources.
    for (const id of ['subway-platform', 'palace-throne-hall', 'courtroom']) await go(id);
    const baseline = await counts();
    // Ends on the courtroom, the set the baseline was read on.
    const route = Array.from({ length: 4 }, () => ['subway-platform', 'palace-throne-hall', 'courtroom']).flat();
    expect(route).toHaveLength(12);
    const trail: string[] = [];
    // Each set, every time it is shown, holds the same resources: a leak on any path would grow.
    const perSet = new Map<string, { geometries: number; textures: number }[]>();
    for (const id of route) {
      await go(id);
      const c = await counts();
      trail.push(`${id}:${c.geometries}/${c.textures}`);
      perSet.set(id, [...(perSet.get(id) ?? []), c]);
    }
    test.info().annotations.push({
      type: 'gpu-resources',
      description: `cold courtroom ${cold.geometries} geometries/${cold.textures} textures; warm baseline ${baseline.geometries}/${baseline.textures}; after each switch ${trail.join(' ')}`,
    });
    await expect.poll(counts, { timeout: 5_000 }).toEqual(baseline);
    for (const [id, seen] of perSet) expect(seen, `${id}: geometries/textures on every visit`).toEqual(seen.map(() => seen[0]));
  });

  test('bad URL values show a notice and the default view, without a crash', async ({ page }) => {
    const errors = watchPageErrors(page);
    await openViewer(page, '/sets/courtroom');
    const defaultView = await scoutCamera(page);

    await openViewer(page, '/sets/courtroom?lang=en&mode=fly&cam=1,2');
    const notices = page.getByTestId('notice');
    await expect(notices.filter({ hasText: 'mode=fly' })).toHaveCount(1);
    await expect(notices.filter({ hasText: 'cam=1,2' })).toHaveCount(1);
    await expect(page.getByTestId('mode-orbit')).toHaveAttribute('aria-pressed', 'true');
    const cam = await scoutCamera(page);
    expect(dist(cam, defaultView), 'the default opening view').toBeLessThan(1e-6);
    expect(angleDiff(cam.yawDeg, defaultView.yawDeg)).toBeLessThan(1e-6);
    expect(Math.abs(cam.pitchDeg - defaultView.pitchDeg)).toBeLessThan(1e-6);
    const { variance } = await lumaStatsOfCanvas(page);
    expect(variance).toBeGreaterThan(150);
    expect(errors).toEqual([]);
  });
});

/** Luminance statistics of the canvas's own pixels (overlays hidden while the screenshot is taken). */
async function lumaStatsOfCanvas(page: Page) {
  const canvas = setCanvas(page);
  return lumaStats(canvas, CANVAS_ONLY_CSS);
}
