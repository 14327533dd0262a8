import { describe, expect, it } from 'vitest';
import { angleDiffDeg } from '../motion/angles';
import { DEG } from '../motion/pose';
import { compileWalk, makeWalkSample, sampleWalk } from './blocking';
import type { Mark } from './types';

const mark = (t: number, x: number, z: number, yawDeg: number | null = null): Mark => ({ t, x, y: 0, z, yaw: yawDeg === null ? null : yawDeg * DEG });
const at = (marks: Mark[], t: number, own = 0) => ({ ...sampleWalk(compileWalk(marks), t, own, makeWalkSample()) });
const yawDeg = (s: { yaw: number }) => s.yaw / DEG;

describe('blocking: a stand-in walks between its marks', () => {
  const marks = [mark(1, 0, 0), mark(3, 4, 0), mark(5, 4, -4, 45)];

  it('is exactly at each mark at its time, and stands at the ends before and after', () => {
    for (const m of marks) expect(at(marks, m.t)).toMatchObject({ x: m.x, z: m.z });
    expect(at(marks, 0)).toMatchObject({ x: 0, z: 0 });
    expect(at(marks, 9)).toMatchObject({ x: 4, z: -4 });
  });

  it('moves continuously (no jump between nearby times) and starts gently', () => {
    let prev = at(marks, 0);
    for (let t = 0.01; t <= 6; t += 0.01) {
      const s = at(marks, t);
      expect(Math.hypot(s.x - prev.x, s.z - prev.z)).toBeLessThan(0.05);
      prev = s;
    }
    // Eased: 5 % into the first segment it has covered far less than 5 % of it.
    expect(at(marks, 1.1).x).toBeLessThan(0.2 * 0.25);
  });

  it('faces the walking direction: toward +X is yaw −90°', () => {
    // It sets off straight at the next mark, then curves toward the corner it turns at.
    expect(yawDeg(at(marks, 1.001))).toBeCloseTo(-90, 3);
    expect(Math.abs(angleDiffDeg(yawDeg(at(marks, 2)), -90))).toBeLessThan(10);
    // Before the first mark it already faces where it will set off.
    expect(yawDeg(at(marks, 0))).toBeCloseTo(-90, 6);
  });

  it("turns to a mark's facing as it arrives, and keeps it there", () => {
    expect(yawDeg(at(marks, 5))).toBeCloseTo(45, 6);
    expect(yawDeg(at(marks, 8))).toBeCloseTo(45, 6);
    // Halfway along the last leg (walking toward −Z, yaw 0 … after the corner) it faces its way, not 45°.
    expect(Math.abs(angleDiffDeg(yawDeg(at(marks, 4)), 0))).toBeLessThan(30);
  });

  it('holds: two marks at one place keep it standing, turning the short way to the next facing', () => {
    const hold = [mark(0, 0, 0, 170), mark(2, 0, 0, -170)];
    const mid = at(hold, 1);
    expect(mid).toMatchObject({ x: 0, z: 0 });
    expect(Math.abs(angleDiffDeg(yawDeg(mid), 180))).toBeLessThan(1e-6);
  });

  it('one mark: stands there with its facing, or its own', () => {
    expect(yawDeg(at([mark(0, 1, 2, 30)], 5))).toBeCloseTo(30, 9);
    expect(at([mark(0, 1, 2)], 5, 0.5).yaw).toBe(0.5);
  });

  it('passes through an interior mark without turning sharply (Catmull-Rom tangent)', () => {
    const zig = [mark(0, 0, 0), mark(2, 2, 0), mark(4, 4, 0)];
    expect(yawDeg(at(zig, 1.999))).toBeCloseTo(-90, 3);
    expect(yawDeg(at(zig, 2.001))).toBeCloseTo(-90, 3);
  });
});
