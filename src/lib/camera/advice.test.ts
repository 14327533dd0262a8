import { describe, expect, it } from 'vitest';
import type { Body, LensSet } from './types';
import { frameFov } from './fov';
import { FIGURE_HEIGHTS_M, requiredDistance } from './shotSize';
import { RIG_CLEARANCE_M, adviseShot, availableFrom, cameraForShot } from './advice';
import { figureShot, makeFigureShot } from '../framing/frameShot';
import { poseFromDeg } from '../motion/pose';

const ff: Body = {
  id: 'sony-venice-2',
  name: 'VENICE 2',
  maker: 'Sony',
  kind: 'cinema',
  sensor: { width: 36, height: 24, mode: 'FF' },
  recording: [{ id: 'x', label: 'x', width: 8640, height: 5760 }],
  source: 'test',
} as Body;
const primes: LensSet = { id: 'primes', name: 'Primes', maker: 'X', kind: 'prime', focalLengths: [18, 21, 25, 28, 35, 50, 85], source: 'test' };
const figure = { kind: 'adult-175' as const, pose: 'standing' as const };

const need = (f: number, o: 'portrait' | 'crop') => requiredDistance('medium', FIGURE_HEIGHTS_M['adult-175'], frameFov(ff, f, o).vfovDeg).distanceM;

describe('adviseShot', () => {
  it('fits when the free distance is enough', () => {
    const a = adviseShot({ shot: 'medium', figure, body: ff, focalMm: 35, orient: 'portrait', obstacleM: null, lenses: [primes] });
    expect(a.verdict).toBe('fits');
    expect(a.requiredM).toBeCloseTo(need(35, 'portrait'), 12);
    expect(a.availableM).toBe(60 - RIG_CLEARANCE_M);
    expect(a.options).toEqual([]);
  });

  it('a wall too close: a shorter lens first, then the camera turned', () => {
    // Medium on 35 mm crop needs need(35, crop); the wall leaves a little less.
    const crop35 = need(35, 'crop');
    const a = adviseShot({ shot: 'medium', figure, body: ff, focalMm: 35, orient: 'crop', obstacleM: crop35 + RIG_CLEARANCE_M - 0.05, lenses: [primes] });
    expect(a.verdict).toBe('alternatives');
    expect(a.options[0]).toMatchObject({ kind: 'lens', focalMm: 28, orient: 'crop' });
    // 35 mm on its side is 1.5× wider: fits.
    expect(a.options[1]).toMatchObject({ kind: 'turn', focalMm: 35, orient: 'portrait' });
    expect(a.options[2]).toMatchObject({ kind: 'turnLens', focalMm: 50, orient: 'portrait' });
    for (const o of a.options) expect(o.requiredM).toBeLessThanOrEqual(a.availableM);
  });

  it('already on its side: only shorter lenses help', () => {
    const p35 = need(35, 'portrait');
    const a = adviseShot({ shot: 'medium', figure, body: ff, focalMm: 35, orient: 'portrait', obstacleM: p35 * 0.7 + RIG_CLEARANCE_M, lenses: [primes] });
    expect(a.verdict).toBe('alternatives');
    // 0.7 × 35 = 24.5 mm or shorter on its side (21 mm); cropped it would take 16.3 mm, below the set's 18 mm.
    expect(a.options.map((o) => o.kind)).toEqual(['lens']);
    expect(a.options[0]!.focalMm).toBe(21);
  });

  it('none when even the widest lens does not fit', () => {
    const a = adviseShot({ shot: 'full', figure, body: ff, focalMm: 35, orient: 'portrait', obstacleM: 0.8, lenses: [primes] });
    expect(a.verdict).toBe('none');
    expect(a.availableM).toBeCloseTo(0.3, 12);
  });

  it('availableFrom keeps room for the rig and never goes negative', () => {
    expect(availableFrom(3)).toBeCloseTo(3 - RIG_CLEARANCE_M, 12);
    expect(availableFrom(0.2)).toBe(0);
  });
});

describe('cameraForShot', () => {
  it('places a level camera that frames the intended shot size', () => {
    for (const shot of ['close-up', 'medium-close-up', 'medium', 'medium-long', 'full'] as const) {
      const fig = { position: [2, 0.45, -3] as [number, number, number], kind: 'adult-162' as const, pose: 'standing' as const };
      const cam = cameraForShot(shot, fig, ff, 50, 'portrait', 30);
      expect(cam.yawDeg).toBe(30);
      const r = figureShot(poseFromDeg({ ...cam, rollDeg: 0 }), frameFov(ff, 50, 'portrait').vfovDeg, fig, makeFigureShot());
      expect(r.shot).toBe(shot);
    }
  });
});
