import { describe, expect, it } from 'vitest';
import { clampOrbit, orbitLimitsFor, orbitToPose, overviewOrbit, poseToOrbit } from './orbit';
import { DEG, forward, makePose } from './pose';

describe('orbit view', () => {
  it('puts the camera on +Z looking toward −Z at azimuth 0', () => {
    const p = orbitToPose({ tx: 0, ty: 0, tz: 0, radius: 10, azimuth: 0, elevation: 0 }, makePose());
    expect(p.z).toBeCloseTo(10, 10);
    expect(p.yaw).toBeCloseTo(0, 10);
  });

  it('looks at the target from any angle', () => {
    const o = { tx: 2, ty: 0, tz: -3, radius: 12, azimuth: 130 * DEG, elevation: 40 * DEG };
    const p = orbitToPose(o, makePose());
    const f = forward(p.yaw, p.pitch, { x: 0, y: 0, z: 0 });
    expect(p.x + f.x * 12).toBeCloseTo(2, 9);
    expect(p.y + f.y * 12).toBeCloseTo(0, 9);
    expect(p.z + f.z * 12).toBeCloseTo(-3, 9);
  });

  it('pose → orbit → pose round-trips when looking down at the ground', () => {
    const p = makePose(4, 9, 7, 25 * DEG, -50 * DEG);
    const o = poseToOrbit(p, 0, 10, { tx: 0, ty: 0, tz: 0, radius: 0, azimuth: 0, elevation: 0 });
    expect(o.ty).toBeCloseTo(0, 9);
    const back = orbitToPose(o, makePose());
    expect(back.x).toBeCloseTo(4, 9);
    expect(back.y).toBeCloseTo(9, 9);
    expect(back.z).toBeCloseTo(7, 9);
  });

  it('keeps zoom and target within the set', () => {
    const l = orbitLimitsFor({ x: -8, y: 0, z: -6 }, { x: 8, y: 5, z: 6 });
    const o = clampOrbit({ tx: 50, ty: 0, tz: -50, radius: 1000, azimuth: 0, elevation: 2 }, l);
    expect(o.tx).toBe(8);
    expect(o.tz).toBe(-6);
    expect(o.radius).toBeCloseTo(16 * 1.6, 9);
    expect(o.elevation).toBeCloseTo(89 * DEG, 9);
  });

  it('frames the whole set in the overview', () => {
    const o = overviewOrbit({ x: -8, y: 0, z: -6 }, { x: 8, y: 5, z: 6 }, 50 * DEG, 16 / 9);
    expect(o.radius).toBeGreaterThan(10);
    expect(o.radius).toBeLessThan(40);
    expect(o.tx).toBe(0);
  });

  it('frames a set taller than it is wide from above its walls, aimed at its middle', () => {
    const o = overviewOrbit({ x: -2.5, y: 0, z: -3 }, { x: 2.5, y: 9, z: 3 }, 50 * DEG, 16 / 9);
    expect(o.ty).toBeCloseTo(4.5, 9);
    const camY = o.ty + o.radius * Math.sin(o.elevation);
    expect(camY).toBeGreaterThan(9);
    // The whole box fits: its bounding sphere is inside the vertical field of view.
    expect(Math.hypot(5, 6, 9) / 2 / o.radius).toBeLessThanOrEqual(Math.sin(25 * DEG) + 1e-9);
    // A low, wide set keeps the floor-plan fit aimed at the floor.
    expect(overviewOrbit({ x: -8, y: 0, z: -6 }, { x: 8, y: 5, z: 6 }, 50 * DEG, 16 / 9).ty).toBe(0);
  });
});
