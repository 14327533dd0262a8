/**
 * Frame mode against the built site: the 9:16 frame is exactly 9:16 on a phone and on a
 * laptop, its readouts and window.__scout.camera() give the chosen body's, lens's and
 * orientation's field of view (computed here with the same camera math), and a preset shot
 * link reopens the preset. Few tests on purpose: software WebGL is slow.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { CameraCatalog, SetEntry } from '../../src/data/schema';
import { frameFov } from '../../src/lib/camera/fov';
import type { Orientation } from '../../src/lib/camera/types';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const cameras = readJson<CameraCatalog>('../../scenes/cameras.json');
const courtroom = readJson<SetEntry>('../../scenes/quzhou/sets/courtroom.json');

const bodyById = (id: string) => {
  const b = cameras.bodies.find((x) => x.id === id);
  if (!b) throw new Error(`no body ${id} in scenes/cameras.json`);
  return b;
};

async function openReady(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('canvas[data-ready="true"]')).toBeVisible({ timeout: 90_000 });
}

async function frameBox(page: Page) {
  const frame = page.getByTestId('shot-frame');
  await expect(frame).toBeVisible();
  const box = await frame.boundingBox();
  if (!box) throw new Error('no box for shot-frame');
  return box;
}

/** Exactly 9:16, to within a pixel of rounding. */
function expect916(box: { width: number; height: number }) {
  expect(box.width).toBeGreaterThan(100);
  expect(Math.abs(box.width / box.height - 9 / 16)).toBeLessThanOrEqual(1 / box.height);
}

/** The readouts agree with the camera math for a body, focal length and orientation, and so does window.__scout. */
async function expectReadouts(page: Page, bodyId: string, focalMm: number, orient: Orientation) {
  const fov = frameFov(bodyById(bodyId), focalMm, orient);
  await expect(page.getByTestId('readout-hfov')).toHaveText(`${fov.hfovDeg.toFixed(1)}°`);
  await expect(page.getByTestId('readout-vfov')).toHaveText(`${fov.vfovDeg.toFixed(1)}°`);
  await expect(page.getByTestId('readout-focal')).toHaveText(`${focalMm} mm`);
  await expect(page.getByTestId('readout-height')).toHaveText(/^\d+\.\d\d m$/);
  await expect(page.getByTestId('readout-shot-size')).not.toBeEmpty();
  await expect
    .poll(() => page.evaluate(() => window.__scout?.camera()))
    .toMatchObject({ focalMm, vfovDeg: expect.closeTo(fov.vfovDeg, 6) as unknown as number, hfovDeg: expect.closeTo(fov.hfovDeg, 6) as unknown as number });
}

test.describe('frame mode', () => {
  test('the frame is exactly 9:16 on an upright phone (filling its width) and on a laptop', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openReady(page, '/sets/courtroom?mode=frame&lang=en');
    // The frame fills the width once the stage has its final size (a busy machine lays out late).
    await expect.poll(async () => (await frameBox(page)).width).toBeGreaterThanOrEqual(390 - 9);
    const phone = await frameBox(page);
    expect916(phone);
    expect(phone.width).toBeGreaterThanOrEqual(390 - 9);
    expect(phone.x).toBeGreaterThanOrEqual(0);
    expect(phone.x + phone.width).toBeLessThanOrEqual(390);
    // No stand-in, so no "partly hidden" note, in the phone's on-frame readouts either.
    await expect(page.locator('[data-testid="readout-shot-hidden"]:visible')).toHaveCount(0);

    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(async () => (await frameBox(page)).width).not.toBe(phone.width);
    const laptop = await frameBox(page);
    expect916(laptop);
    // Letterboxed left and right: the set shows (dimmed) around the frame.
    const stage = await page.getByTestId('viewer-stage').boundingBox();
    expect(laptop.x).toBeGreaterThan(stage!.x + 100);
    expect(laptop.x + laptop.width).toBeLessThan(stage!.x + stage!.width - 100);
    await expectReadouts(page, 'arri-alexa-35', 35, 'portrait');
  });

  test('body, lens and orientation from the URL give the readouts and window.__scout.camera()', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openReady(page, '/sets/courtroom?mode=frame&body=sony-fx3&lens=24&orient=crop&lang=en');
    await expectReadouts(page, 'sony-fx3', 24, 'crop');
    // UHD cropped to 9:16 is 1215 × 2160: enough for 1080 × 1920.
    await expect(page.getByTestId('readout-delivery')).toContainText('1215 × 2160');

    // Turning the camera on its side changes the field of view at once.
    await page.getByTestId('frame-orient-portrait').click();
    await expectReadouts(page, 'sony-fx3', 24, 'portrait');

    // The share link reopens the same frame.
    await page.getByTestId('share-button').click();
    const url = new URL(await page.getByTestId('share-url').inputValue());
    expect(url.searchParams.get('mode')).toBe('frame');
    expect(url.searchParams.get('body')).toBe('sony-fx3');
    expect(url.searchParams.get('lens')).toBe('24');
    expect(url.searchParams.get('orient')).toBe('portrait');
    expect(url.searchParams.get('cam')).toMatch(/^-?[\d.]+,/);
  });

  test('a preset shot link reopens the preset: pose, body, lens, orientation and stand-in', async ({ page }) => {
    const preset = courtroom.shots.find((s) => s.id === 'dock-reversal');
    if (!preset) throw new Error('the courtroom has no dock-reversal preset');
    await page.setViewportSize({ width: 1280, height: 800 });
    await openReady(page, `/sets/courtroom?mode=frame&shot=${preset.id}&lang=en`);
    await expectReadouts(page, preset.body, preset.lens, preset.orient as Orientation);
    const cam = await page.evaluate(() => window.__scout!.camera());
    expect(cam.position[0]).toBeCloseTo(preset.camera.position[0]!, 6);
    expect(cam.position[1]).toBeCloseTo(preset.camera.position[1]!, 6);
    expect(cam.position[2]).toBeCloseTo(preset.camera.position[2]!, 6);
    expect(cam.yawDeg).toBeCloseTo(preset.camera.yawDeg, 6);
    expect(cam.pitchDeg).toBeCloseTo(preset.camera.pitchDeg, 6);
    // The preset's stand-in is placed and selected: the shot size is named.
    await expect(page.getByTestId('standin-list').locator('li')).toHaveCount(preset.figures.length);
    await expect(page.getByTestId('readout-shot-size')).not.toHaveText('—');
    await expect(page.getByTestId('readout-distance')).toHaveText(/^\d+\.\d\d m$/);

    // Clicking the plan moves the camera there, keeping its height above the floor, heading and lens.
    const svg = page.getByTestId('frame-plan-svg');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    // About x = 0, z = −2.3 in set coordinates: the well between the tables, level floor.
    await svg.click({ position: { x: box.width / 2, y: box.height * 0.35 } });
    await expect
      .poll(async () => {
        const c = await page.evaluate(() => window.__scout!.camera());
        return Math.hypot(c.position[0] - cam.position[0], c.position[2] - cam.position[2]);
      }, { timeout: 30_000 })
      .toBeGreaterThan(0.5);
    const moved = await page.evaluate(() => window.__scout!.camera());
    // The courtroom's floor is flat between the bar and the bench: the height above it is kept.
    expect(moved.position[1]).toBeCloseTo(cam.position[1], 2);
    expect(moved.yawDeg).toBeCloseTo(cam.yawDeg, 1);
    expect(moved.focalMm).toBeCloseTo(cam.focalMm, 3);
  });

  test('the verdict preset judges the shot from what the bench lets the camera see of the judge', async ({ page }) => {
    const preset = courtroom.shots.find((s) => s.id === 'verdict-low-angle');
    if (!preset) throw new Error('the courtroom has no verdict-low-angle preset');
    await page.setViewportSize({ width: 1280, height: 800 });
    await openReady(page, `/sets/courtroom?mode=frame&shot=${preset.id}&lang=en`);
    const size = page.getByTestId('readout-shot-size');
    // The frame reaches the judge's knees, but the bench front hides everything below the shoulders.
    await expect(page.getByTestId('readout-shot-hidden')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('readout-shot-hidden')).toHaveText('Partly hidden by the set');
    await expect(size).toHaveAttribute('data-shot', 'close-up');
    await expect(size).not.toHaveText(/Medium long/);
  });
});
