/**
 * Any valid glTF opens (issue 15): models a base might drop into models/ that SetScout's
 * generator did not make, served in place of the courtroom's file with page.route, the
 * catalog unchanged. Each file is generated here (tests/e2e/gltfFixtures.ts).
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { emptyGlb, ktx2WallGlb, morphGlb, rgbaKtx2, skinnedGlb, terrainGlb } from './gltfFixtures';
import { READY_TIMEOUT, lumaStats, scoutCamera, scoutStats, setCanvas, waitForReady, watchPageErrors } from './helpers';

async function serveModel(page: Page, glb: Uint8Array): Promise<void> {
  await page.route('**/models/courtroom.glb', (route) => route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: Buffer.from(glb) }));
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

  test('a KTX2-textured model opens, its loader fetched only for it', async ({ page }) => {
    const errors = watchPageErrors(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await serveModel(page, await ktx2WallGlb(await rgbaKtx2([200, 40, 30, 255])));
    await page.goto('/sets/courtroom?mode=orbit&lang=en');
    await waitForReady(page, 'courtroom');
    const stats = await scoutStats(page);
    expect(stats.textures, 'the KTX2 texture reached the GPU').toBeGreaterThanOrEqual(1);
    expect(requests.some((p) => /KTX2Loader/i.test(p)), `chunks: ${requests.filter((p) => p.endsWith('.js')).join(', ')}`).toBe(true);
    await expect(page.getByTestId('model-error')).toHaveCount(0);
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
