import { describe, expect, it } from 'vitest';
import { DEG } from '../motion/pose';
import { boxWorld } from '../../../tests/fixtures/testWorld';
import { compileMove } from './interpolate';
import { ceilingLookup } from './ceiling';
import { CEILING_CLEARANCE_M, checkPath, pathTimes, RIG_HEIGHT_MAX } from './pathCheck';
import type { Keyframe, Move } from './types';

// A 20 × 20 m floor at y = 0 with a wall across x = 4…4.2 (z −10…10), 3 m high.
const world = boxWorld([{ min: [-10, -1, -10], max: [10, 0, 10] }], [{ min: [4, 0, -10], max: [4.2, 3, 10] }]);
const kf = (t: number, x: number, y: number, z: number): Keyframe => ({ t, pose: { x, y, z, yaw: 90 * DEG, pitch: 0, roll: 0 }, focalMm: 35, focusM: 3, ease: 'linear' });
const move = (...keyframes: Keyframe[]): Move => ({ keyframes, handheld: null });

describe('checkPath', () => {
  it('finds nothing on a clear path within the rig range', () => {
    expect(checkPath(compileMove(move(kf(0, 0, 1.5, 0), kf(2, 3, 1.5, 0))), world)).toEqual([]);
  });

  it('flags the segment that passes through the wall, at about the time it does', () => {
    const issues = checkPath(compileMove(move(kf(0, 0, 1.5, 0), kf(2, 3, 1.5, 0), kf(4, 6, 1.5, 0))), world);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ segment: 1, kind: 'collision' });
    expect(issues[0]!.t).toBeGreaterThan(2.6);
    expect(issues[0]!.t).toBeLessThan(3.0);
  });

  it('flags a camera height outside the rig and a path off the floor', () => {
    const issues = checkPath(compileMove(move(kf(0, 0, 1.5, 0), kf(2, 0, RIG_HEIGHT_MAX + 1, 0), kf(4, 0, 1.5, 15))), world);
    expect(issues.map((i) => [i.segment, i.kind])).toEqual([
      [0, 'height'],
      [1, 'height'],
      [1, 'floor'],
    ]);
    expect(issues[0]!.heightM).toBeGreaterThan(RIG_HEIGHT_MAX);
  });

  it('samples every segment end to end', () => {
    const c = compileMove(move(kf(0, 0, 1.5, 0), kf(1, 1, 1.5, 0), kf(3, 2, 1.5, 0)));
    expect(pathTimes(c, 4)).toEqual([0, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3]);
  });

  it('flags the segment where a crane up passes through the ceiling, and not one that stays under it', () => {
    // A 2.5 m ceiling over x < 0 only (one quad, facing down), open sky beyond.
    const ceiling = ceilingLookup(new Float32Array([-10, 2.5, -10, -10, 2.5, 10, 0, 2.5, 10, -10, 2.5, -10, 0, 2.5, 10, 0, 2.5, -10]));
    expect(ceiling.ceilingAt(-3, 0, 0)).toBeCloseTo(2.5, 5);
    expect(ceiling.ceilingAt(-3, 0, 2.6)).toBeNull();
    expect(ceiling.ceilingAt(3, 0, 0)).toBeNull();
    const up = move(kf(0, -3, 1.5, 0), kf(2, -3, 1.8, 0), kf(4, -3, 2.9, 0));
    const issues = checkPath(compileMove(up), world, undefined, ceiling);
    expect(issues.filter((i) => i.kind === 'ceiling').map((i) => i.segment)).toEqual([1]);
    const t = issues.find((i) => i.kind === 'ceiling')!.t;
    expect(t).toBeGreaterThan(2);
    // The same crane in the open: no ceiling issue; without a ceiling lookup: none either.
    const open = move(kf(0, 3, 1.5, 0), kf(2, 3, 1.8, 0), kf(4, 3, 2.9, 0));
    expect(checkPath(compileMove(open), world, undefined, ceiling).some((i) => i.kind === 'ceiling')).toBe(false);
    expect(checkPath(compileMove(up), world).some((i) => i.kind === 'ceiling')).toBe(false);
    expect(CEILING_CLEARANCE_M).toBeGreaterThan(0);
  });
});
