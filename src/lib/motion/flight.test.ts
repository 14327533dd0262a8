import { describe, expect, it } from 'vitest';
import { ease, flightDuration, interpolatePose, startFlight, stepFlight } from './flight';
import { DEG, makePose } from './pose';

describe('camera flights', () => {
  it('eases from 0 to 1 with zero slope at both ends', () => {
    expect(ease(0)).toBe(0);
    expect(ease(1)).toBe(1);
    expect(ease(0.5)).toBeCloseTo(0.5, 10);
    expect(ease(0.01)).toBeLessThan(0.001);
    expect(ease(-1)).toBe(0);
    expect(ease(2)).toBe(1);
  });

  it('turns the short way round across ±180°', () => {
    const a = makePose(0, 1.6, 0, 170 * DEG);
    const b = makePose(0, 1.6, 0, -170 * DEG);
    const out = makePose();
    interpolatePose(a, b, 0.5, out);
    expect(Math.abs(out.yaw / DEG)).toBeCloseTo(180, 6);
  });

  it('lands exactly on the target', () => {
    const a = makePose(0, 1.6, 0);
    const b = makePose(10, 2, -4, 45 * DEG, -10 * DEG);
    const f = startFlight(a, b, false);
    const out = makePose();
    let landed = false;
    for (let i = 0; i < 1000 && !landed; i++) landed = stepFlight(f, 1 / 60, out);
    expect(landed).toBe(true);
    expect(out).toEqual(expect.objectContaining({ x: 10, y: 2, z: -4 }));
    expect(out.yaw).toBeCloseTo(45 * DEG, 10);
  });

  it('cuts instantly for reduced motion', () => {
    const f = startFlight(makePose(0, 1.6, 0), makePose(5, 1.6, 5), true);
    const out = makePose();
    expect(stepFlight(f, 0, out)).toBe(true);
    expect(out.x).toBe(5);
  });

  it('takes longer for longer flights, within bounds', () => {
    const a = makePose(0, 1.6, 0);
    const near = flightDuration(a, makePose(1, 1.6, 0));
    const far = flightDuration(a, makePose(60, 1.6, 0));
    expect(near).toBeGreaterThanOrEqual(0.6);
    expect(far).toBeGreaterThan(near);
    expect(far).toBeLessThanOrEqual(2.4);
  });
});
