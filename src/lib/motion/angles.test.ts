import { describe, expect, it } from 'vitest';
import { angleDiffDeg, clamp, degToRad, forwardXZ, radToDeg, wrapDeg180, yawToward } from './angles';

describe('wrapDeg180', () => {
  it('keeps (−180, 180] and maps −180 to 180', () => {
    expect(wrapDeg180(180)).toBe(180);
    expect(wrapDeg180(-180)).toBe(180);
    expect(wrapDeg180(540)).toBe(180);
    expect(wrapDeg180(-190)).toBe(170);
    expect(wrapDeg180(190)).toBe(-170);
    expect(wrapDeg180(359.5)).toBeCloseTo(-0.5, 12);
    expect(wrapDeg180(-720.25)).toBeCloseTo(-0.25, 12);
  });
  it('turns −0 into 0 and rejects non-finite input', () => {
    expect(Object.is(wrapDeg180(-0), 0)).toBe(true);
    expect(Object.is(wrapDeg180(-360), 0)).toBe(true);
    expect(wrapDeg180(Number.POSITIVE_INFINITY)).toBeNaN();
    expect(wrapDeg180(Number.NaN)).toBeNaN();
  });
});

describe('yaw convention (0 looks toward −Z, positive turns left)', () => {
  it('forward vectors', () => {
    const f0 = forwardXZ(0);
    expect(f0[0]).toBeCloseTo(0, 12);
    expect(f0[1]).toBeCloseTo(-1, 12);
    const f90 = forwardXZ(90);
    expect(f90[0]).toBeCloseTo(-1, 12);
    expect(f90[1]).toBeCloseTo(0, 12);
  });
  it('yawToward is the inverse of forwardXZ', () => {
    expect(yawToward([0, 0], [0, -5])).toBeCloseTo(0, 12);
    expect(yawToward([0, 0], [-2, 0])).toBeCloseTo(90, 12);
    expect(yawToward([0, 0], [3, 0])).toBeCloseTo(-90, 12);
    expect(yawToward([0, 0], [0, 1])).toBe(180);
    expect(yawToward([1, 1], [0, 0])).toBeCloseTo(45, 12);
  });
});

describe('small helpers', () => {
  it('convert and clamp', () => {
    expect(degToRad(180)).toBeCloseTo(Math.PI, 15);
    expect(radToDeg(Math.PI / 2)).toBeCloseTo(90, 12);
    expect(clamp(5, 0, 3)).toBe(3);
    expect(clamp(-1, 0, 3)).toBe(0);
    expect(angleDiffDeg(170, -170)).toBeCloseTo(-20, 12);
  });
});
