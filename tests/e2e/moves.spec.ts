/**
 * Camera moves (issue 12) against the built site: a move built from two presets plays, its
 * share link reopens the same move at the same time (window.__scout.camera() equals the
 * keyframe there), and a one-second move exports as a 1080 × 1920 H.264 MP4 with every frame,
 * checked here by reading the file's boxes. One spec on purpose: software WebGL is slow.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseMove } from '../../src/lib/moves/codec';
import type { Keyframe, Move } from '../../src/lib/moves/types';
import { angleDiff, scoutCamera } from './helpers';

async function openReady(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('canvas[data-ready="true"]')).toBeVisible({ timeout: 90_000 });
}

async function expectAtKeyframe(page: Page, k: Keyframe) {
  // The playhead applies a moment after the frame code loads.
  await expect
    .poll(async () => {
      const c = await scoutCamera(page);
      return Math.hypot(c.position[0] - k.pose.x, c.position[1] - k.pose.y, c.position[2] - k.pose.z);
    }, { timeout: 20_000 })
    .toBeLessThan(0.01);
  const c = await scoutCamera(page);
  const deg = 180 / Math.PI;
  expect(angleDiff(c.yawDeg, k.pose.yaw * deg)).toBeLessThan(0.1);
  expect(Math.abs(c.pitchDeg - k.pose.pitch * deg)).toBeLessThan(0.1);
  expect(angleDiff(c.rollDeg, k.pose.roll * deg)).toBeLessThan(0.1);
  expect(c.focalMm).toBeCloseTo(k.focalMm, 1);
}

async function shared(page: Page): Promise<URL> {
  // Close the last link first, so the one read is this view's.
  const result = page.getByTestId('share-result');
  if (await result.isVisible()) await result.getByRole('button').click();
  await expect(page.getByTestId('share-url')).toHaveCount(0);
  await page.getByTestId('share-button').click();
  return new URL(await page.getByTestId('share-url').inputValue());
}

function moveOf(url: URL): Move {
  const m = parseMove(url.searchParams.get('move') ?? '');
  if (typeof m === 'string') throw new Error(`bad move= in ${url.href}: ${m}`);
  return m;
}

// ------------------------------------------------------------------------------------------
// A minimal MP4 reader: the boxes the check needs (ISO/IEC 14496-12).

interface Box {
  type: string;
  start: number;
  end: number;
  body: number;
}

function boxes(buf: Buffer, start: number, end: number): Box[] {
  const out: Box[] = [];
  let p = start;
  while (p + 8 <= end) {
    let size = buf.readUInt32BE(p);
    const type = buf.toString('latin1', p + 4, p + 8);
    let body = p + 8;
    if (size === 1) {
      size = Number(buf.readBigUInt64BE(p + 8));
      body = p + 16;
    } else if (size === 0) size = end - p;
    out.push({ type, start: p, end: p + size, body });
    p += size;
  }
  return out;
}

function find(buf: Buffer, path: string[], start = 0, end = buf.length): Box {
  const [head, ...rest] = path;
  const b = boxes(buf, start, end).find((x) => x.type === head);
  if (!b) throw new Error(`no ${head} box`);
  return rest.length ? find(buf, rest, b.body, b.end) : b;
}

function readMp4(buf: Buffer) {
  const tkhd = find(buf, ['moov', 'trak', 'tkhd']);
  const v = buf.readUInt8(tkhd.body);
  // version 0: 4+4+4+4+4 (flags, created, modified, track id, reserved) + duration 4; version 1: 64-bit times.
  const afterDuration = tkhd.body + (v === 1 ? 4 + 8 + 8 + 4 + 4 + 8 : 4 + 4 + 4 + 4 + 4 + 4);
  // reserved 8, layer 2, alternate group 2, volume 2, reserved 2, matrix 36, then width and height (16.16).
  const wh = afterDuration + 8 + 2 + 2 + 2 + 2 + 36;
  const width = buf.readUInt32BE(wh) / 65536;
  const height = buf.readUInt32BE(wh + 4) / 65536;
  const mdhd = find(buf, ['moov', 'trak', 'mdia', 'mdhd']);
  const mv = buf.readUInt8(mdhd.body);
  const timescale = mv === 1 ? buf.readUInt32BE(mdhd.body + 4 + 16) : buf.readUInt32BE(mdhd.body + 4 + 8);
  const duration = mv === 1 ? Number(buf.readBigUInt64BE(mdhd.body + 4 + 20)) : buf.readUInt32BE(mdhd.body + 4 + 12);
  const stsz = find(buf, ['moov', 'trak', 'mdia', 'minf', 'stbl', 'stsz']);
  const frames = buf.readUInt32BE(stsz.body + 8);
  const avc1 = find(buf, ['moov', 'trak', 'mdia', 'minf', 'stbl', 'stsd']);
  const codec = buf.toString('latin1', avc1.body + 8 + 4, avc1.body + 8 + 8);
  return { width, height, seconds: duration / timescale, frames, codec };
}

// ------------------------------------------------------------------------------------------

test.describe('camera moves', () => {
  test.describe.configure({ timeout: 300_000 });

  test('two presets make a move that plays, reopens from its link at t=, and exports as a 1080 × 1920 MP4', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openReady(page, '/sets/courtroom?mode=frame&lang=en');
    await expect(page.getByTestId('move-timeline')).toBeVisible();

    // A push-in of 1 m over 1 s, then a pan left of 20° over 1 s.
    await page.getByTestId('move-preset').selectOption('push-in');
    await page.getByTestId('move-amount').fill('1');
    await page.getByTestId('move-duration').fill('1');
    await page.getByTestId('move-append').click();
    await page.getByTestId('move-preset').selectOption('pan-left');
    await page.getByTestId('move-amount').fill('20');
    await page.getByTestId('move-duration').fill('1');
    await page.getByTestId('move-append').click();
    await expect(page.getByTestId('move-key-2')).toBeVisible();
    await expect(page.getByTestId('move-time')).toHaveText('0.00 / 2.00 s');
    const move = moveOf(await shared(page));
    expect(move.keyframes.map((k) => k.t)).toEqual([0, 1, 2]);
    const [k0, k1, k2] = move.keyframes as [Keyframe, Keyframe, Keyframe];
    expect(Math.hypot(k1.pose.x - k0.pose.x, k1.pose.z - k0.pose.z)).toBeCloseTo(1, 2);
    expect(angleDiff(k2.pose.yaw * (180 / Math.PI), k1.pose.yaw * (180 / Math.PI) + 20)).toBeLessThan(0.02);
    await expectAtKeyframe(page, k0);
    await expect(page.getByTestId('move-path-status')).toBeVisible();

    // Play: the camera moves and comes to rest on the last keyframe.
    await page.getByTestId('move-play').click();
    await expect(page.getByTestId('move-play')).toHaveAttribute('aria-pressed', 'false', { timeout: 30_000 });
    await expectAtKeyframe(page, k2);
    await expect(page.getByTestId('move-time')).toHaveText('2.00 / 2.00 s');

    // Scrub to the middle keyframe and share: the link reopens there.
    await page.getByTestId('move-key-1').click();
    await expectAtKeyframe(page, k1);
    const link = await shared(page);
    expect(link.searchParams.get('t')).toBe('1');
    await openReady(page, link.pathname + link.search);
    await expectAtKeyframe(page, k1);
    await expect(page.getByTestId('move-key-2')).toBeVisible();
    // Half-way through the push-in, as a link says it.
    const half = new URL(link.href);
    half.searchParams.set('t', '0.5');
    await openReady(page, half.pathname + half.search);
    await expect.poll(async () => (await scoutCamera(page)).position[2], { timeout: 20_000 }).not.toBeCloseTo(k0.pose.z, 3);
    const mid = await scoutCamera(page);
    // Between the two marks, on the line of the push-in (two keyframes eased: a straight line).
    const along = ((mid.position[0] - k0.pose.x) * (k1.pose.x - k0.pose.x) + (mid.position[2] - k0.pose.z) * (k1.pose.z - k0.pose.z)) / 1;
    expect(along).toBeGreaterThan(0.05);
    expect(along).toBeLessThan(0.95);

    // Export the first second (the push-in) at 24 fps.
    const oneSecond = new URL(link.href);
    oneSecond.searchParams.set('move', link.searchParams.get('move')!.split(';').slice(0, 3).join(';'));
    oneSecond.searchParams.set('t', '0');
    await openReady(page, oneSecond.pathname + oneSecond.search);
    await expect(page.getByTestId('move-time')).toHaveText('0.00 / 1.00 s', { timeout: 20_000 });
    await page.getByTestId('export-video').click();
    await page.getByTestId('export-fps').selectOption('24');
    await page.getByTestId('export-shot-name').fill('push');
    const download = page.waitForEvent('download', { timeout: 240_000 });
    await page.getByTestId('export-start').click();
    await expect(page.getByTestId('export-progress')).toBeVisible();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^courtroom-push\.mp4$/);
    const mp4 = readMp4(readFileSync((await file.path())!));
    expect(mp4).toMatchObject({ width: 1080, height: 1920, frames: 24, codec: 'avc1' });
    expect(mp4.seconds).toBeCloseTo(1, 2);
    await expect(page.getByTestId('export-status')).toContainText('24');
  });

  test('blocking: a stand-in with two marks is at the second at its time, at the first at 0, and the shot size follows', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // The camera at the back of the aisle looking down it; the stand-in walks away from it, from z = 5 to z = 2 in 2 s, turning to 90° at the end.
    const move = '2;b0:0,0,0,5:2,0,0,2,90';
    await openReady(page, `/sets/courtroom?mode=frame&lang=en&cam=0,1.5,7,0,0&lens=35&fig=adult-175,standing,0,0,5,0&move=${encodeURIComponent(move)}&t=2`);
    const figure = () => page.evaluate(() => window.__scout!.figures()[0]!);
    await expect.poll(async () => (await figure()).position[2], { timeout: 20_000 }).toBeCloseTo(2, 2);
    const at2 = await figure();
    expect(at2.position[0]).toBeCloseTo(0, 2);
    expect(angleDiff(at2.yawDeg, 90)).toBeLessThan(0.1);
    // 5 m from the lens (35 mm, 9:16 on its side: about 4 m of picture height) the whole figure is in: a full shot or wider.
    const shot = page.getByTestId('readout-shot-size');
    await expect(shot).toHaveAttribute('data-shot', /^(full|long|extreme-long)$/, { timeout: 15_000 });
    await page.getByTestId('move-scrub').fill('0');
    await expect.poll(async () => (await figure()).position[2], { timeout: 10_000 }).toBeCloseTo(5, 2);
    // 2 m from the lens its feet are out of the picture: tighter, as the readout follows the playhead.
    await expect(shot).toHaveAttribute('data-shot', /^(medium-long|medium|medium-close-up|close-up)$/, { timeout: 15_000 });
  });
});
