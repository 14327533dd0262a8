/**
 * Any valid glTF opens (issue 15): models a base might drop into models/ that SetScout's
 * generator did not make, served in place of the courtroom's file with page.route, the
 * catalog unchanged. Each file is generated here (tests/e2e/gltfFixtures.ts).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { etc1Exact, uastcSolidKtx2 } from '../fixtures/uastc';
import { emptyGlb, ktx2WallGlb, morphGlb, rgbaKtx2, skinnedGlb, terrainGlb } from './gltfFixtures';
import { READY_TIMEOUT, lumaStats, scoutCamera, scoutStats, setCanvas, waitForReady, watchPageErrors } from './helpers';

async function serveModel(page: Page, glb: Uint8Array): Promise<void> {
  await page.route('**/models/courtroom.glb', (route) => route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: Buffer.from(glb) }));
}

/** 255, 132, 33: an orange the courtroom's plain background never shows. */
const ORANGE = [etc1Exact(31), etc1Exact(16), etc1Exact(4), 255] as const;

/** The mean colour of the central tenth (each way) of a screenshot of `target`. */
async function centreColour(target: Locator): Promise<[number, number, number]> {
  const { data, width, height } = PNG.sync.read(await target.screenshot({ animations: 'disabled' }));
  const sum = [0, 0, 0];
  let n = 0;
  for (let y = Math.floor(height * 0.45); y < Math.ceil(height * 0.55); y++) {
    for (let x = Math.floor(width * 0.45); x < Math.ceil(width * 0.55); x++, n++) {
      for (let c = 0; c < 3; c++) sum[c]! += data[(y * width + x) * 4 + c]!;
    }
  }
  return sum.map((v) => Math.round(v / n)) as [number, number, number];
}

/** Requests for the self-hosted Basis transcoder (vite.config.ts serves it under decoders/basis/). */
function transcoderRequests(requests: URL[]): URL[] {
  return requests.filter((u) => /\/decoders\/basis\/(basis_transcoder\.(js|wasm)|ktx2-worker\.js)$/.test(u.pathname));
}

async function expectFiniteCamera(page: Page): Promise<void> {
  const cam = await scoutCamera(page);
  expect(cam.position.every(Number.isFinite), `camera ${JSON.stringify(cam)}`).toBe(true);
  expect([cam.yawDeg, cam.pitchDeg, cam.vfovDeg].every(Number.isFinite)).toBe(true);
}

test.describe('models without the SetScout node contract', () => {
  test('a million-triangle model opens in the overview and reports its triangles', async ({ page }) => {
    // Software WebGL draws a million triangles in seconds per frame; on a loaded 2-core machine
    // the first frame alone has taken over a minute. The overview renders on demand, so the page
    // stays responsive once it is drawn; walking it (collision built in slices, with its
    // percentage and "approximate" note) is covered by src/lib/world/triangleWorld.test.ts and
    // src/ui/viewer/ModelNotes.test.tsx, where a software renderer does not set the pace.
    test.setTimeout(240_000);
    const errors = watchPageErrors(page);
    await serveModel(page, await terrainGlb(708)); // 1,002,528 triangles
    await page.goto('/sets/courtroom?mode=orbit&lang=en');
    await waitForReady(page, 'courtroom');
    await expectFiniteCamera(page);
    expect((await scoutStats(page)).triangles).toBeGreaterThanOrEqual(1_000_000);
    await expect(page.getByTestId('model-error')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a skinned, animated model and a morph-target model show a first frame', async ({ page }) => {
    const errors = watchPageErrors(page);
    for (const [name, make] of [['skinned', skinnedGlb], ['morph', morphGlb]] as const) {
      await page.unrouteAll();
      await serveModel(page, await make());
      await page.goto(`/sets/courtroom?mode=orbit&lang=en&n=${name}`);
      await waitForReady(page, 'courtroom');
      await expectFiniteCamera(page);
      const stats = await scoutStats(page);
      expect(stats.triangles, name).toBeGreaterThanOrEqual(12);
      // Something is drawn: the model stands out from the plain background.
      const luma = await lumaStats(setCanvas(page));
      expect(luma.variance, `${name}: the frame is not blank`).toBeGreaterThan(4);
    }
    expect(errors).toEqual([]);
  });

  test('a valid glTF with no meshes says it has nothing to show and keeps the camera finite', async ({ page }) => {
    await serveModel(page, await emptyGlb());
    await page.goto('/sets/courtroom?mode=orbit&lang=en');
    await waitForReady(page, 'courtroom');
    await expect(page.getByTestId('model-empty')).toContainText('nothing to show');
    await expectFiniteCamera(page);
    await expect(page.getByTestId('model-error')).toHaveCount(0);
  });

  test('an uncompressed KTX2-textured model opens, its loader fetched only for it and no transcoder', async ({ page }) => {
    const errors = watchPageErrors(page);
    const requests: URL[] = [];
    page.on('request', (r) => requests.push(new URL(r.url())));
    // RGBA8 KTX2: KTX2Loader reads it itself, without the Basis transcoder.
    await serveModel(page, await ktx2WallGlb(await rgbaKtx2([200, 40, 30, 255])));
    await page.goto('/sets/courtroom?mode=orbit&lang=en');
    await waitForReady(page, 'courtroom');
    expect((await scoutStats(page)).textures, 'the KTX2 texture reached the GPU').toBeGreaterThanOrEqual(1);
    expect(requests.some((u) => /KTX2Loader/i.test(u.pathname)), `chunks: ${requests.map((u) => u.pathname).filter((p) => p.endsWith('.js')).join(', ')}`).toBe(true);
    expect(transcoderRequests(requests).map((u) => u.pathname), 'no transcoder for an uncompressed KTX2').toEqual([]);
    await expect(page.getByTestId('model-error')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a Basis (UASTC) KTX2-textured model opens through the self-hosted transcoder and shows its colour', async ({ page }) => {
    // The transcoder's glue compiles functions from strings as it starts, which the page's CSP
    // (no 'unsafe-eval') forbids in three's blob: worker; SetScout starts it from its own
    // same-origin file instead (build/ktx2Worker.ts). Without that, this model never loads.
    test.setTimeout(150_000);
    const errors = watchPageErrors(page);
    const requests: URL[] = [];
    page.on('request', (r) => requests.push(new URL(r.url())));
    // Written by tests/fixtures/uastc.ts (UASTC solid-colour blocks): only the transcoder decodes it.
    await serveModel(page, await ktx2WallGlb(await uastcSolidKtx2(ORANGE)));
    await page.goto('/sets/courtroom?mode=orbit&lang=en');
    await waitForReady(page, 'courtroom');
    const fetched = transcoderRequests(requests);
    expect([...new Set(fetched.map((u) => u.pathname.replace(/^.*\//, '')))].sort(), 'the Basis transcoder and its same-origin worker were fetched').toEqual(['basis_transcoder.js', 'basis_transcoder.wasm', 'ktx2-worker.js']);
    const origin = new URL(page.url()).origin;
    expect(fetched.every((u) => u.origin === origin), `self-hosted: ${fetched.map(String).join(', ')}`).toBe(true);
    expect((await scoutStats(page)).textures, 'the transcoded texture reached the GPU').toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('model-error')).toHaveCount(0);
    // The wall in the middle of the frame shows the texture's orange (lit, so only its hue is checked).
    const [r, g, b] = await centreColour(setCanvas(page));
    expect(r - g, `centre ${r},${g},${b}: red over green`).toBeGreaterThan(20);
    expect(g - b, `centre ${r},${g},${b}: green over blue`).toBeGreaterThan(12);
    expect(errors).toEqual([]);
  });

  test('a file that is not glTF is called damaged; an unknown required extension is named', async ({ page }) => {
    await page.route('**/models/courtroom.glb', (route) => route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: Buffer.from('PK\u0003\u0004 not a model') }));
    await page.goto('/sets/courtroom?mode=orbit&lang=en');
    await expect(page.getByTestId('model-error')).toContainText('damaged or not a valid glTF', { timeout: READY_TIMEOUT });
    await page.unrouteAll();
    const json = JSON.stringify({ asset: { version: '2.0' }, extensionsUsed: ['EXT_made_up'], extensionsRequired: ['EXT_made_up'], scenes: [{ nodes: [] }] });
    await page.route('**/models/courtroom.glb', (route) => route.fulfill({ status: 200, contentType: 'model/gltf+json', body: json }));
    await page.getByTestId('model-retry').click();
    await expect(page.getByTestId('model-error')).toContainText('EXT_made_up');
    await expect(page.getByTestId('model-error')).not.toContainText('damaged');
  });
});
