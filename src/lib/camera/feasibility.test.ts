import { describe, expect, it } from 'vitest';
import { checkFeasibility, lensesForBody, longestFocalUpTo, placeCamera, planShot } from './feasibility';
import type { LensSet } from './types';
import { yawToward } from '../motion/angles';

const FF = { id: 'ff', kind: 'mirrorless' as const, sensor: { width: 36, height: 24, mode: 'FF' } };
const PHONE = { id: 'phone-main', kind: 'phone' as const, sensor: { width: 9.84, height: 5.54, mode: '16:9' } };

const lens = (id: string, kind: LensSet['kind'], focalLengths: number[], forBodies?: string[]): LensSet => ({
  id,
  name: id,
  maker: 'test',
  kind,
  focalLengths,
  source: 'test',
  ...(forBodies ? { forBodies } : {}),
});
const GM = lens('gm', 'prime', [14, 24, 35, 50, 85, 135]);
const ZOOM = lens('zoom', 'zoom', [24, 70]);
const PHONE_LENS = lens('phone-lens', 'fixed', [6.9], ['phone-main']);

describe('longestFocalUpTo', () => {
  it('primes pick the longest not above the limit', () => {
    expect(longestFocalUpTo(GM, 42.9)).toBe(35);
    expect(longestFocalUpTo(GM, 50)).toBe(50);
    expect(longestFocalUpTo(GM, 13.9)).toBeNull();
  });
  it('zooms round down to 0.1 mm inside their range', () => {
    expect(longestFocalUpTo(ZOOM, 42.857)).toBe(42.8);
    expect(longestFocalUpTo(ZOOM, 500)).toBe(70);
    expect(longestFocalUpTo(ZOOM, 23.99)).toBeNull();
  });
});

describe('lensesForBody', () => {
  it('phones get only their own lens; other bodies get every unrestricted set', () => {
    expect(lensesForBody([GM, ZOOM, PHONE_LENS], PHONE).map((l) => l.id)).toEqual(['phone-lens']);
    expect(lensesForBody([GM, ZOOM, PHONE_LENS], FF).map((l) => l.id)).toEqual(['gm', 'zoom']);
  });
});

describe('checkFeasibility', () => {
  it('"a medium shot on 35 mm needs 2.4 m, the wall is at 2.0 m": use 28 mm or turn the camera', () => {
    const r = checkFeasibility({
      requiredM: 2.4,
      availableM: 2.0,
      body: FF,
      focalMm: 35,
      orient: 'crop',
      lenses: [lens('set', 'prime', [24, 28, 35, 50])],
    });
    expect(r.fits).toBe(false);
    expect(r.alternatives).toHaveLength(2);
    expect(r.alternatives[0]).toMatchObject({ focalMm: 28, orient: 'crop', lensId: 'set' });
    expect(r.alternatives[0]!.requiredM).toBeCloseTo(1.92, 12); // 2.4 · 28 / 35
    expect(r.alternatives[1]).toMatchObject({ focalMm: 35, orient: 'portrait', lensId: 'set' });
    expect(r.alternatives[1]!.requiredM).toBeCloseTo(1.6, 12); // 2.4 · 24 / 36
  });
  it('with a zoom the suggestion is the exact longest focal length that fits', () => {
    // Medium on 1.75 m is 0.84 m tall: 50 mm crop needs 0.84 · 50 / 24 = 1.75 m.
    const r = checkFeasibility({ requiredM: 1.75, availableM: 1.5, body: FF, focalMm: 50, orient: 'crop', lenses: [GM, ZOOM] });
    expect(r.alternatives.map((a) => [a.focalMm, a.orient, a.lensId])).toEqual([
      [42.8, 'crop', 'zoom'],
      [50, 'portrait', 'gm'],
      [64.2, 'portrait', 'zoom'],
    ]);
    for (const a of r.alternatives) expect(a.requiredM).toBeLessThanOrEqual(1.5);
  });
  it('fits: no alternatives; an exact fit counts', () => {
    expect(checkFeasibility({ requiredM: 1.75, availableM: 2, body: FF, focalMm: 50, orient: 'crop', lenses: [GM] })).toEqual({
      fits: true,
      requiredM: 1.75,
      availableM: 2,
      alternatives: [],
    });
    expect(checkFeasibility({ requiredM: 1.75, availableM: 1.75, body: FF, focalMm: 50, orient: 'crop' }).fits).toBe(true);
  });
  it('nothing fits in a cupboard', () => {
    const r = checkFeasibility({ requiredM: 1.75, availableM: 0.1, body: FF, focalMm: 50, orient: 'crop', lenses: [GM, ZOOM] });
    expect(r.fits).toBe(false);
    expect(r.alternatives).toEqual([]);
  });
  it('a phone can only be turned: its fixed lens is the only option', () => {
    const r = checkFeasibility({ requiredM: 2, availableM: 1.5, body: PHONE, focalMm: 6.9, orient: 'crop', lenses: [GM, ZOOM, PHONE_LENS] });
    expect(r.alternatives).toHaveLength(1);
    expect(r.alternatives[0]).toMatchObject({ focalMm: 6.9, orient: 'portrait', lensId: 'phone-lens' });
    expect(r.alternatives[0]!.requiredM).toBeCloseTo((2 * 5.54) / 9.84, 12);
  });
});

describe('placeCamera', () => {
  it('yaw 0 looks toward −Z, so the camera stands on the +Z side of the figure', () => {
    const p = placeCamera([1, 0, -2], 0, 3, 1.6);
    expect(p.position[0]).toBeCloseTo(1, 12);
    expect(p.position[1]).toBeCloseTo(1.6, 12);
    expect(p.position[2]).toBeCloseTo(1, 12);
    expect(p.pitchDeg).toBe(0);
  });
  it('yaw 90 looks toward −X, so the camera stands on the +X side; heights add to the figure floor', () => {
    const p = placeCamera([1, 0.5, -2], 90, 3, 1.2);
    expect(p.position[0]).toBeCloseTo(4, 12);
    expect(p.position[1]).toBeCloseTo(1.7, 12);
    expect(p.position[2]).toBeCloseTo(-2, 12);
  });
  it('the placed camera looks at the figure', () => {
    for (const yaw of [-135, -30, 10, 170, 200]) {
      const p = placeCamera([0.3, 0, 0.7], yaw, 2.5, 1.5);
      expect(yawToward([p.position[0], p.position[2]], [0.3, 0.7])).toBeCloseTo(p.yawDeg, 9);
    }
    expect(placeCamera([0, 0, 0], 200, 1, 1).yawDeg).toBeCloseTo(-160, 12);
  });
});

describe('planShot', () => {
  it('medium on a 1.75 m figure, full frame portrait 35 mm, looking toward −Z from 0.8167 m', () => {
    const plan = planShot({
      shot: 'medium',
      figureHeightM: 1.75,
      figurePosition: [2, 0, -1],
      yawDeg: 0,
      body: FF,
      focalMm: 35,
      orient: 'portrait',
      availableM: 0.5,
      lenses: [GM],
    });
    expect(plan.requiredM).toBeCloseTo(0.816667, 6); // 0.84 m · 35 / 36
    expect(plan.cameraHeightM).toBeCloseTo(1.4175, 12);
    expect(plan.camera.position[0]).toBeCloseTo(2, 12);
    expect(plan.camera.position[1]).toBeCloseTo(1.4175, 12);
    expect(plan.camera.position[2]).toBeCloseTo(-1 + 0.816667, 6);
    expect(plan.fov.vfovDeg).toBeCloseTo(54.4322, 3); // 2·atan(18/35)
    expect(plan.feasibility?.fits).toBe(false);
    // 0.5 m allows f ≤ 0.5 · 36 / 0.84 = 21.4 mm in portrait: the 14 mm.
    expect(plan.feasibility?.alternatives[0]).toMatchObject({ focalMm: 14, orient: 'portrait' });
  });
  it('skips the check without an available distance', () => {
    const plan = planShot({ shot: 'full', figureHeightM: 1.2, figurePosition: [0, 0, 0], yawDeg: 45, body: FF, focalMm: 24, orient: 'crop' });
    expect(plan.feasibility).toBeNull();
    expect(plan.camera.yawDeg).toBe(45);
  });
});
