/**
 * The shot list in frame mode, on the built site: a captured still is exactly 1080 × 1920 and
 * really shows the set; the JSON export imports back to the same list; a captured shot's link
 * reopens the same camera.
 *
 * Captures render 1080 × 1920 in software WebGL here (SwiftShader on 2 cores): several
 * seconds each, hence the longer timeouts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const FRAME_URL = '/sets/courtroom?lang=en&mode=frame';
const STORAGE_KEY = 'setscout.shots.v1';

interface Cam {
  position: [number, number, number];
  yawDeg: number;
  pitchDeg: number;
  rollDeg: number;
}
interface StoredShot {
  id: string;
  name: string;
  note: string;
  camera: Cam;
  body: string;
  lens: number;
  orient: string;
  still: unknown;
  [k: string]: unknown;
}

test.describe.configure({ timeout: 240_000 });

async function openFrame(page: Page, url = FRAME_URL): Promise<void> {
  await page.goto(url);
  await expect(page.locator('canvas[data-testid="set-canvas"]')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await expect(page.getByTestId('shot-list')).toBeVisible();
}

async function capture(page: Page): Promise<void> {
  const before = await page.getByTestId('shot-item').count();
  await page.getByTestId('shot-capture').click();
  await expect(page.getByTestId('shot-item')).toHaveCount(before + 1, { timeout: 90_000 });
  await expect(page.getByTestId('shot-capture')).toBeEnabled({ timeout: 90_000 });
}

async function storedShots(page: Page): Promise<StoredShot[]> {
  return page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{"shots":[]}') as { shots: StoredShot[] }).shots, STORAGE_KEY);
}

async function download(page: Page, testId: string): Promise<Download> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByTestId(testId).click()]);
  return d;
}

async function bytesOf(d: Download): Promise<Buffer> {
  return readFileSync(await d.path());
}

async function unfoldPresets(page: Page): Promise<void> {
  const presets = page.getByTestId('shot-presets');
  if (!(await presets.evaluate((d) => (d as HTMLDetailsElement).open))) await presets.locator('summary').click();
}

/** Waits until the camera holds still (a flight has landed). */
async function settledCamera(page: Page): Promise<Cam & { focalMm: number }> {
  let last = '';
  for (let i = 0; i < 120; i++) {
    const cam = await page.evaluate(() => window.__scout!.camera());
    const key = JSON.stringify([cam.position, cam.yawDeg, cam.pitchDeg, cam.rollDeg]);
    if (key === last) return cam;
    last = key;
    await page.waitForTimeout(250);
  }
  throw new Error('the camera did not settle');
}

test('a captured still is exactly 1080 × 1920 and shows the set', async ({ page }) => {
  await openFrame(page);
  await capture(page);
  await expect(page.getByTestId('shot-name').first()).toHaveValue('Shot 1');

  const zip = unzipSync(new Uint8Array(await bytesOf(await download(page, 'shots-export-zip'))));
  const names = Object.keys(zip);
  const pngName = names.find((n) => n.endsWith('.png'));
  expect(pngName).toBe('01-courtroom-Shot 1.png');
  expect(names.some((n) => n.endsWith('.csv'))).toBe(true);
  const bytes = zip[pngName!]!;
  // IHDR: width and height, big-endian, at bytes 16 and 20.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(String.fromCharCode(...bytes.subarray(12, 16))).toBe('IHDR');
  expect([view.getUint32(16), view.getUint32(20)]).toEqual([1080, 1920]);

  // A real picture: opaque and not one flat colour.
  const png = PNG.sync.read(Buffer.from(bytes));
  const lum = new Set<number>();
  let transparent = 0;
  for (let i = 0; i < png.data.length; i += 4 * 997) {
    lum.add((png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) >> 4);
    if (png.data[i + 3] !== 255) transparent++;
  }
  expect(transparent).toBe(0);
  expect(lum.size).toBeGreaterThan(10);

  // The same still decodes in the page at its full size.
  const size = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, Buffer.from(bytes).toString('base64'));
  expect(size).toEqual([1080, 1920]);
});

test('export JSON → clear → import gives the same list', async ({ page }) => {
  await openFrame(page);
  // One captured shot, one catalog preset; then a rename, a note in Chinese, and a reorder.
  await capture(page);
  await unfoldPresets(page);
  await page.getByTestId('shot-preset-add').first().click();
  await expect(page.getByTestId('shot-item')).toHaveCount(2);
  const first = page.getByTestId('shot-item').first();
  await first.getByTestId('shot-name').fill('Wide, "aisle"');
  await first.getByTestId('shot-name').press('Enter');
  await first.getByTestId('shot-note').fill('逆光，注意国徽反光\nline 2');
  await first.getByTestId('shot-note').blur();
  await first.getByTestId('shot-down').click();
  await expect(page.getByTestId('shot-name').last()).toHaveValue('Wide, "aisle"');

  const before = await storedShots(page);
  expect(before).toHaveLength(2);
  expect(before[1]).toMatchObject({ name: 'Wide, "aisle"', note: '逆光，注意国徽反光\nline 2' });

  await page.getByTestId('shots-json-stills').check();
  const file = await download(page, 'shots-export-json');
  const text = (await bytesOf(file)).toString('utf8');
  const json = JSON.parse(text) as { format: string; version: number; shots: StoredShot[] };
  expect(json).toMatchObject({ format: 'setscout-shots', version: 1 });
  expect(json.shots.map((s) => s.name)).toEqual(before.map((s) => s.name));
  expect(json.shots.filter((s) => typeof s.image === 'string')).toHaveLength(1);

  await page.getByTestId('shots-clear').click();
  await page.getByTestId('shots-clear-confirm').click();
  await expect(page.getByTestId('shot-item')).toHaveCount(0);
  expect(await storedShots(page)).toEqual([]);

  await page.getByTestId('shots-import-file').setInputFiles({ name: 'shots.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('shot-item')).toHaveCount(2);
  await expect(page.getByTestId('shot-status')).toContainText('2 added');
  expect(await storedShots(page)).toEqual(before);
  expect(await page.getByTestId('shot-name').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(before.map((s) => s.name));
  // The still came back with the file: its preview shows.
  await expect(page.getByTestId('shot-item').last().locator('img')).toBeVisible({ timeout: 30_000 });

  // The filled list is accessible (axe: no serious or critical violation in the panel).
  const axe = await new AxeBuilder({ page }).include('[data-testid="shot-list"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);

  // A damaged file is refused with the path of what is wrong, and the list is untouched.
  const bad = JSON.stringify({ ...json, shots: [{ ...json.shots[0], lens: 'wide' }] });
  await page.getByTestId('shots-import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await expect(page.getByTestId('shots-import-problems')).toContainText('$.shots[0].lens');
  expect(await storedShots(page)).toEqual(before);
});

test('a captured shot’s link reopens the same camera', async ({ page }) => {
  await openFrame(page);
  // Go somewhere with a tilt and another lens: a catalog preset, opened in place.
  await unfoldPresets(page);
  await page.locator('[data-testid="shot-preset"][data-preset-id="verdict-low-angle"]').getByTestId('shot-preset-apply').click();
  // The flight lands on the preset's pose (software WebGL draws few frames a second).
  await expect.poll(async () => (await page.evaluate(() => window.__scout!.camera())).pitchDeg, { timeout: 60_000 }).toBeCloseTo(22.6, 1);
  await settledCamera(page);
  await capture(page);

  const [shot] = await storedShots(page);
  expect(shot).toMatchObject({ body: 'arri-alexa-35', lens: 32, orient: 'portrait' });
  const href = await page.getByTestId('shot-link').first().getAttribute('href');
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sets\/courtroom\?lang=en&mode=frame&cam=[^&]+&body=arri-alexa-35&lens=32&orient=portrait&fig=adult-175,standing,[^&]+$/);

  const sizeBefore = await page.getByTestId('readout-shot-size').textContent();
  expect(sizeBefore).not.toBe('—');
  await page.goto('about:blank');
  await openFrame(page, href!);
  const cam = await settledCamera(page);
  for (let i = 0; i < 3; i++) expect(Math.abs(cam.position[i]! - shot!.camera.position[i]!)).toBeLessThanOrEqual(0.01);
  const angle = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);
  expect(angle(cam.yawDeg, shot!.camera.yawDeg)).toBeLessThanOrEqual(0.1);
  expect(Math.abs(cam.pitchDeg - shot!.camera.pitchDeg)).toBeLessThanOrEqual(0.1);
  expect(angle(cam.rollDeg, shot!.camera.rollDeg)).toBeLessThanOrEqual(0.1);
  expect(cam.focalMm).toBeCloseTo(32, 1);
  await expect(page.getByTestId('readout-focal')).toContainText('32');
  // The stand-in came back too, so the shot size reads as it did.
  await expect(page.getByTestId('standin-list').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('readout-shot-size')).toHaveText(sizeBefore!);
  // The list survived the reload (kept in this browser).
  await expect(page.getByTestId('shot-item')).toHaveCount(1);
});
