import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEG, type Pose } from '../motion/pose';
import { compileMove, easeValue, makeSample, sampleMove } from './interpolate';
import type { Ease, Keyframe, Move } from './types';

const pose = (x: number, y: number, z: number, yawDeg = 0, pitchDeg = 0, rollDeg = 0): Pose => ({ x, y, z, yaw: yawDeg * DEG, pitch: pitchDeg * DEG, roll: rollDeg * DEG });
const kf = (t: number, p: Pose, focalMm = 35, focusM = 3, ease: Ease = 'linear'): Keyframe => ({ t, pose: p, focalMm, focusM, ease });
const move = (...keyframes: Keyframe[]): Move => ({ keyframes, handheld: null });
const at = (m: Move, t: number) => sampleMove(compileMove(m), t, makeSample());

describe('easeValue', () => {
  it('maps 0 → 0 and 1 → 1 for every ease, with the expected slopes at the ends', () => {
    for (const e of ['linear', 'smooth', 'in', 'out'] as const) {
      expect(easeValue(e, 0)).toBe(0);
      expect(easeValue(e, 1)).toBe(1);
    }
    const slope = (e: Ease, u: number) => (easeValue(e, u + 1e-6) - easeValue(e, u)) / 1e-6;
    expect(slope('smooth', 0)).toBeCloseTo(0, 4);
    expect(slope('smooth', 1 - 1e-6)).toBeCloseTo(0, 4);
    expect(slope('in', 0)).toBeCloseTo(0, 4);
    expect(slope('in', 1 - 1e-6)).toBeCloseTo(2, 4);
    expect(slope('out', 0)).toBeCloseTo(2, 4);
    expect(easeValue('smooth', 0.5)).toBe(0.5);
  });
});

describe('sampleMove', () => {
  const path = move(
    kf(0, pose(0, 1.6, 5, 0, -2), 35, 3, 'smooth'),
    kf(2, pose(1, 1.7, 3, 20, 0), 50, 2, 'linear'),
    kf(3.5, pose(2.5, 1.5, 2, 45, 5, 3), 40, 1.5, 'in'),
    kf(6, pose(3, 2.2, 0, 90, 10), 24, 4, 'out'),
  );

  it('passes through every keyframe exactly', () => {
    for (const k of path.keyframes) {
      const s = at(path, k.t);
      expect(s.pose.x).toBeCloseTo(k.pose.x, 9);
      expect(s.pose.y).toBeCloseTo(k.pose.y, 9);
      expect(s.pose.z).toBeCloseTo(k.pose.z, 9);
      expect(s.pose.yaw).toBeCloseTo(k.pose.yaw, 9);
      expect(s.pose.pitch).toBeCloseTo(k.pose.pitch, 9);
      expect(s.pose.roll).toBeCloseTo(k.pose.roll, 9);
      expect(s.focalMm).toBeCloseTo(k.focalMm, 9);
      expect(s.focusM).toBeCloseTo(k.focusM, 9);
    }
  });

  it('holds the first and last keyframes outside the move and ignores non-finite times', () => {
    expect(at(path, -3).pose.x).toBeCloseTo(0, 9);
    expect(at(path, 99).pose.x).toBeCloseTo(3, 9);
    expect(at(path, Number.NaN).pose.z).toBeCloseTo(5, 9);
  });

  it('is continuous: no jump anywhere along the move', () => {
    const c = compileMove(path);
    const a = makeSample();
    const b = makeSample();
    for (let t = 0; t < 6; t += 0.01) {
      sampleMove(c, t, a);
      sampleMove(c, t + 1e-4, b);
      expect(Math.hypot(a.pose.x - b.pose.x, a.pose.y - b.pose.y, a.pose.z - b.pose.z)).toBeLessThan(1e-3);
      expect(Math.abs(a.pose.yaw - b.pose.yaw)).toBeLessThan(1e-3);
      expect(Math.abs(a.focalMm - b.focalMm)).toBeLessThan(1e-2);
    }
  });

  it('keeps its velocity continuous through a keyframe between linear segments', () => {
    const m = move(kf(0, pose(0, 1.6, 0)), kf(1, pose(1, 1.6, -1)), kf(3, pose(2, 1.6, -4)));
    const c = compileMove(m);
    const s = makeSample();
    const x = (t: number) => sampleMove(c, t, s).pose.z;
    const h = 1e-5;
    const before = (x(1) - x(1 - h)) / h;
    const after = (x(1 + h) - x(1)) / h;
    expect(after).toBeCloseTo(before, 3);
  });

  it('moves in a straight line between two keyframes', () => {
    const m = move(kf(0, pose(0, 1, 0)), kf(4, pose(4, 3, -8)));
    for (const t of [0.5, 1.3, 2, 3.7]) {
      const s = at(m, t);
      expect(s.pose.x / 4).toBeCloseTo(t / 4, 9);
      expect(s.pose.z / -8).toBeCloseTo(t / 4, 9);
      expect((s.pose.y - 1) / 2).toBeCloseTo(t / 4, 9);
    }
  });

  it('turns the short way across ±180°', () => {
    const m = move(kf(0, pose(0, 1.6, 0, 170)), kf(2, pose(0, 1.6, 0, -170)));
    const mid = at(m, 1).pose.yaw / DEG;
    expect(Math.abs(Math.abs(mid) - 180)).toBeLessThan(1e-6);
    // Every sample stays within the 20° arc through 180°, never passing 0°.
    for (let t = 0; t <= 2; t += 0.05) expect(Math.abs(at(m, t).pose.yaw / DEG)).toBeGreaterThanOrEqual(170 - 1e-6);
    // And the other way round.
    const back = move(kf(0, pose(0, 1.6, 0, -175)), kf(2, pose(0, 1.6, 0, 175)));
    expect(Math.abs(at(back, 1).pose.yaw / DEG)).toBeCloseTo(180, 6);
  });

  it('zooms: focal length changes between keyframes, linearly for two', () => {
    const m = move(kf(0, pose(0, 1.6, 0), 24), kf(2, pose(0, 1.6, 0), 72));
    expect(at(m, 1).focalMm).toBeCloseTo(48, 9);
  });

  it('a channel that holds between two keyframes stays put: a pan after a push-in turns in place, the push-in does not turn', () => {
    const m = move(kf(0, pose(0, 1.6, 5, 0), 35, 3, 'smooth'), kf(2, pose(0, 1.6, 3, 0), 35, 3, 'smooth'), kf(4, pose(0, 1.6, 3, 40), 35, 3, 'smooth'));
    for (let t = 0; t <= 4; t += 0.05) {
      const s = at(m, t);
      if (t <= 2) expect(Math.abs(s.pose.yaw)).toBeLessThan(1e-12);
      else expect(Math.abs(s.pose.z - 3)).toBeLessThan(1e-12);
      expect(s.pose.z).toBeGreaterThanOrEqual(3 - 1e-12);
    }
  });

  it('a push-in then a pull-out, both eased, does not overshoot its mark', () => {
    const m = move(kf(0, pose(0, 1.6, 5), 35, 3, 'smooth'), kf(1, pose(0, 1.6, 3), 35, 3, 'smooth'), kf(4, pose(0, 1.6, 4.5), 35, 3, 'smooth'));
    for (let t = 0; t <= 4; t += 0.02) expect(at(m, t).pose.z).toBeGreaterThanOrEqual(3 - 1e-6); // 1 µm (without the limit: centimetres)
  });

  it('a single keyframe is a still camera', () => {
    const m = move(kf(0, pose(1, 2, 3, 40, 5), 85, 2.5));
    const s = at(m, 5);
    const want = pose(1, 2, 3, 40, 5);
    for (const key of ['x', 'y', 'z', 'yaw', 'pitch', 'roll'] as const) expect(s.pose[key]).toBeCloseTo(want[key], 12);
    expect(s.focalMm).toBe(85);
  });

  it('property: every keyframe is hit, for any keyframes', () => {
    const arbKf = fc.record({
      x: fc.double({ min: -50, max: 50, noNaN: true }),
      y: fc.double({ min: 0, max: 10, noNaN: true }),
      z: fc.double({ min: -50, max: 50, noNaN: true }),
      yaw: fc.double({ min: -179.99, max: 180, noNaN: true }),
      pitch: fc.double({ min: -80, max: 80, noNaN: true }),
      focal: fc.double({ min: 8, max: 300, noNaN: true }),
      dt: fc.double({ min: 0.05, max: 5, noNaN: true }),
      ease: fc.constantFrom<Ease>('linear', 'smooth', 'in', 'out'),
    });
    fc.assert(
      fc.property(fc.array(arbKf, { minLength: 1, maxLength: 8 }), (ks) => {
        let t = 0;
        const keyframes = ks.map((k) => kf((t += k.dt), pose(k.x, k.y, k.z, k.yaw, k.pitch), k.focal, 3, k.ease));
        const m = move(...keyframes);
        for (const k of keyframes) {
          const s = at(m, k.t);
          expect(Math.hypot(s.pose.x - k.pose.x, s.pose.y - k.pose.y, s.pose.z - k.pose.z)).toBeLessThan(1e-6);
          const dyaw = Math.abs(((s.pose.yaw - k.pose.yaw + 3 * Math.PI) % (2 * Math.PI)) - Math.PI);
          expect(dyaw).toBeLessThan(1e-6);
          expect(s.focalMm).toBeCloseTo(k.focalMm, 6);
        }
      }),
    );
  });
});

describe('hand-held shake', () => {
  const base = move(kf(0, pose(0, 1.6, 5)), kf(4, pose(0, 1.6, 1)), kf(8, pose(2, 1.6, 0)));
  const shaky = (seed: number, amount = 1): Move => ({ ...base, handheld: { seed, amount } });

  it('is repeatable for a seed, different for another, and zero at the keyframes', () => {
    const a = at(shaky(7), 1.3).pose.x;
    expect(at(shaky(7), 1.3).pose.x).toBe(a);
    expect(at(shaky(8), 1.3).pose.x).not.toBe(a);
    for (const k of base.keyframes) {
      const s = at(shaky(7), k.t);
      expect(s.pose.x).toBeCloseTo(k.pose.x, 9);
      expect(s.pose.yaw).toBeCloseTo(k.pose.yaw, 9);
    }
  });

  it('stays within a few centimetres and about a degree at full amount', () => {
    let maxPos = 0;
    let maxYaw = 0;
    const clean = compileMove(base);
    const rough = compileMove(shaky(3));
    const a = makeSample();
    const b = makeSample();
    let moved = 0;
    for (let t = 0; t <= 8; t += 0.02) {
      sampleMove(clean, t, a);
      sampleMove(rough, t, b);
      const d = Math.hypot(a.pose.x - b.pose.x, a.pose.y - b.pose.y, a.pose.z - b.pose.z);
      maxPos = Math.max(maxPos, d);
      maxYaw = Math.max(maxYaw, Math.abs(a.pose.yaw - b.pose.yaw) / DEG);
      moved += d;
    }
    expect(moved).toBeGreaterThan(0);
    expect(maxPos).toBeLessThan(0.05);
    expect(maxYaw).toBeLessThan(1.5);
  });
});
