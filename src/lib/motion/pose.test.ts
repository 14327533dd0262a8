import { describe, expect, it } from 'vitest';
import { DEG, forward, lookAngles, poseFromDeg, poseToDeg, wrapAngle, wrapDeg } from './pose';

describe('pose conventions (docs/ARCHITECTURE.md §3)', () => {
  it('yaw 0 looks toward −Z; positive yaw turns left', () => {
    const f = forward(0, 0, { x: 0, y: 0, z: 0 });
    expect(f.z).toBeCloseTo(-1, 12);
    const left = forward(90 * DEG, 0, { x: 0, y: 0, z: 0 });
    expect(left.x).toBeCloseTo(-1, 12);
  });

  it('positive pitch looks up', () => {
    expect(forward(0, 30 * DEG, { x: 0, y: 0, z: 0 }).y).toBeCloseTo(0.5, 12);
  });

  it('lookAngles inverts forward', () => {
    const { yaw, pitch } = lookAngles(1, 1.6, 2, 1 - 3, 1.6 + 1, 2 - 4);
    const f = forward(yaw, pitch, { x: 0, y: 0, z: 0 });
    const len = Math.hypot(3, 1, 4);
    expect(f.x).toBeCloseTo(-3 / len, 10);
    expect(f.y).toBeCloseTo(1 / len, 10);
    expect(f.z).toBeCloseTo(-4 / len, 10);
  });

  it('wraps angles into (−180°, 180°]', () => {
    expect(wrapDeg(190)).toBe(-170);
    expect(wrapDeg(-180)).toBe(180);
    expect(wrapDeg(540)).toBe(180);
    expect(wrapAngle(3 * Math.PI)).toBeCloseTo(Math.PI, 12);
  });

  it('converts degrees ↔ radians both ways', () => {
    const p = poseFromDeg({ position: [1, 2, 3], yawDeg: -135.5, pitchDeg: 12.25, rollDeg: 3 });
    const d = poseToDeg(p);
    expect(d.position).toEqual([1, 2, 3]);
    expect(d.yawDeg).toBeCloseTo(-135.5, 9);
    expect(d.pitchDeg).toBeCloseTo(12.25, 9);
    expect(d.rollDeg).toBeCloseTo(3, 9);
  });
});
