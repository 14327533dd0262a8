import { describe, expect, it } from 'vitest';
import { THIRDS, centredRect, coveredBands, insetRect, protectionRect, toPixels } from './frameGuides';

describe('frame guides', () => {
  it('thirds split each side in three', () => {
    expect(THIRDS.map((t) => t * 1920)).toEqual([640, 1280]);
  });

  it('action and title safe are centred 93 % and 90 % rectangles', () => {
    const action = toPixels(centredRect(0.93), 1080, 1920);
    expect(action.x).toBeCloseTo(37.8, 9);
    expect(action.y).toBeCloseTo(67.2, 9);
    expect(action.width).toBeCloseTo(1004.4, 9);
    expect(action.height).toBeCloseTo(1785.6, 9);
    const title = centredRect(0.9);
    expect(title.x).toBeCloseTo(0.05, 12);
    expect(title.width).toBeCloseTo(0.9, 12);
  });

  it('the 16:9 protection area is the largest 16:9 rectangle inside 9:16, centred', () => {
    const r = protectionRect();
    const px = toPixels(r, 1080, 1920);
    expect(px.x).toBeCloseTo(0, 12);
    expect(px.width).toBeCloseTo(1080, 9);
    expect(px.height).toBeCloseTo(607.5, 9);
    expect(px.y).toBeCloseTo((1920 - 607.5) / 2, 9);
    expect(px.width / px.height).toBeCloseTo(16 / 9, 12);
    expect(r.height).toBeCloseTo(81 / 256, 12);
  });

  it('a taller inner aspect inside a wider frame is height-limited', () => {
    // 9:16 inside 16:9: full height, 81/256 of the width.
    const r = protectionRect(9 / 16, 16 / 9);
    expect(r.height).toBeCloseTo(1, 12);
    expect(r.width).toBeCloseTo(81 / 256, 12);
    expect(r.x).toBeCloseTo((1 - 81 / 256) / 2, 12);
  });

  it('safe-zone insets: the uncovered rectangle and the covered bands', () => {
    // Instagram Reels: top 14 %, bottom 35 %, sides 6 %.
    const reels = { top: 0.14, bottom: 0.35, left: 0.06, right: 0.06 };
    const safe = insetRect(reels);
    expect(safe.x).toBeCloseTo(0.06, 12);
    expect(safe.y).toBeCloseTo(0.14, 12);
    expect(safe.width).toBeCloseTo(0.88, 12);
    expect(safe.height).toBeCloseTo(0.51, 12);
    const bands = coveredBands(reels);
    expect(bands).toHaveLength(4);
    const area = bands.reduce((a, b) => a + b.width * b.height, 0);
    expect(area + safe.width * safe.height).toBeCloseTo(1, 12);
    // Douyin in px on 1080 × 1920: 150 top, 480 bottom.
    const douyin = coveredBands({ top: 0.0781, bottom: 0.25, left: 0.0556, right: 0.1389 }).map((b) => toPixels(b, 1080, 1920));
    expect(douyin[0]!.height).toBeCloseTo(149.952, 6);
    expect(douyin[1]!.height).toBeCloseTo(480, 9);
    expect(coveredBands({ top: 0, bottom: 0.2, left: 0, right: 0 })).toHaveLength(1);
  });
});
