import { describe, expect, it } from 'vitest';
import { DEG } from '../motion/pose';
import { addKeyframe, commit, historyOf, keyframeAt, normaliseMove, redo, removeKeyframe, retimeKeyframe, setDuration, undo } from './edit';
import { compileMove, makeSample, sampleMove } from './interpolate';
import { appendPreset, buildPreset, dollyZoomDistance, PRESET_IDS, withHandheld } from './presets';
import type { MoveSample } from './types';

const start: MoveSample = { pose: { x: 0, y: 1.6, z: 5, yaw: 0, pitch: 0, roll: 0 }, focalMm: 35, focusM: 3 };
const end = (id: (typeof PRESET_IDS)[number], amount: number, extra: object = {}) => {
  const m = buildPreset(id, { start, amount, duration: 4, ...extra });
  return { m, last: m.keyframes[m.keyframes.length - 1]! };
};

describe('presets', () => {
  it('every preset starts at the current camera and lasts the duration', () => {
    for (const id of PRESET_IDS) {
      const m = buildPreset(id, { start, amount: 10, duration: 4 });
      expect(m.keyframes[0]!.t).toBe(0);
      expect(m.keyframes[0]!.pose).toEqual(start.pose);
      expect(m.keyframes[m.keyframes.length - 1]!.t).toBeCloseTo(4, 9);
    }
  });

  it('push in and pull out move along the view; truck moves sideways; crane moves up', () => {
    expect(end('push-in', 2).last.pose.z).toBeCloseTo(3, 9);
    expect(end('push-in', 2).last.focusM).toBeCloseTo(1, 9);
    expect(end('pull-out', 2).last.pose.z).toBeCloseTo(7, 9);
    // Looking toward −Z, the right-hand side is +X.
    expect(end('truck-right', 1.5).last.pose.x).toBeCloseTo(1.5, 9);
    expect(end('truck-left', 1.5).last.pose.x).toBeCloseTo(-1.5, 9);
    expect(end('crane-up', 1).last.pose.y).toBeCloseTo(2.6, 9);
    expect(end('crane-down', 0.5).last.pose.y).toBeCloseTo(1.1, 9);
  });

  it('pan and tilt turn the camera in place; positive yaw is to the left', () => {
    const pan = end('pan-left', 30).last;
    expect(pan.pose.yaw / DEG).toBeCloseTo(30, 9);
    expect([pan.pose.x, pan.pose.z]).toEqual([0, 5]);
    expect(end('pan-right', 30).last.pose.yaw / DEG).toBeCloseTo(-30, 9);
    expect(end('tilt-up', 15).last.pose.pitch / DEG).toBeCloseTo(15, 9);
  });

  it('an arc keeps its distance to the subject and looks at it all the way', () => {
    const subject = [0, 1.6, 2] as const;
    const { m, last } = end('arc-left', 90, { subject });
    expect(m.keyframes.length).toBe(7); // 90° in 15° steps
    expect(Math.hypot(last.pose.x - subject[0], last.pose.z - subject[2])).toBeCloseTo(3, 9);
    const c = compileMove(m);
    const s = makeSample();
    for (let t = 0; t <= 4; t += 0.1) {
      sampleMove(c, t, s);
      const r = Math.hypot(s.pose.x - subject[0], s.pose.z - subject[2]);
      expect(Math.abs(r - 3)).toBeLessThan(0.002); // within 2 mm of the circle between marks
      // Looking at the subject: the forward vector points at it.
      const fx = -Math.sin(s.pose.yaw);
      const fz = -Math.cos(s.pose.yaw);
      const toX = (subject[0] - s.pose.x) / r;
      const toZ = (subject[2] - s.pose.z) / r;
      expect(fx * toX + fz * toZ).toBeGreaterThan(Math.cos(1 * DEG));
    }
    // A quarter turn counter-clockwise seen from above takes the camera from +Z of the subject
    // to +X of it, where yaw +90° (toward −X) looks back at the subject.
    expect(last.pose.yaw / DEG).toBeCloseTo(90, 6);
    expect(last.pose.x).toBeCloseTo(3, 6);
  });

  it('dolly zoom: the subject keeps its size (focal ÷ distance constant) all along the move', () => {
    const subject = [0, 1.6, 2] as const; // 3 m ahead
    const { m, last } = end('dolly-zoom', 70, { subject });
    expect(dollyZoomDistance(3, 35, 70)).toBe(6);
    expect(last.focalMm).toBe(70);
    expect(last.pose.z).toBeCloseTo(8, 9); // 6 m from the subject
    const c = compileMove(m);
    const s = makeSample();
    for (let t = 0; t <= 4; t += 0.25) {
      sampleMove(c, t, s);
      const d = Math.hypot(s.pose.x - subject[0], s.pose.y - subject[1], s.pose.z - subject[2]);
      expect(s.focalMm / d).toBeCloseTo(35 / 3, 9);
    }
  });

  it('appending a preset continues from the last keyframe', () => {
    const first = buildPreset('push-in', { start, amount: 2, duration: 3 });
    const both = appendPreset(first, 'pan-left', { start, amount: 45, duration: 2 });
    expect(both.keyframes.map((k) => k.t)).toEqual([0, 3, 5]);
    expect(both.keyframes[2]!.pose.z).toBeCloseTo(3, 9);
    expect(both.keyframes[2]!.pose.yaw / DEG).toBeCloseTo(45, 9);
  });

  it('hand-held is switched on and off on a move', () => {
    const m = withHandheld(buildPreset('push-in', { start, amount: 1, duration: 2 }), 5, 0.4);
    expect(m.handheld).toEqual({ seed: 5, amount: 0.4 });
    expect(withHandheld(m, 5, 0).handheld).toBeNull();
  });
});

describe('editing', () => {
  const k = (t: number, x = t) => ({ t, pose: { ...start.pose, x }, focalMm: 35, focusM: 3, ease: 'smooth' as const });

  it('a keyframe looking straight up is kept at the pitch the camera can take (89°), so sampling it gives the keyframe', () => {
    const m = normaliseMove({ keyframes: [{ t: 0, pose: { x: 0, y: 1.6, z: 0, yaw: 0, pitch: Math.PI / 2, roll: 0 }, focalMm: 35, focusM: 3, ease: 'linear' }], handheld: null });
    expect(m.keyframes[0]!.pose.pitch / DEG).toBeCloseTo(89, 9);
  });

  it('normalises: sorted, same instants merged (the later one wins), starts at 0, values clamped', () => {
    const m = normaliseMove({ keyframes: [k(3), k(1), k(2, 9), k(2.0004, 7)], handheld: null });
    // 2 and 2.0004 are one instant: the later-listed keyframe (x = 7, t = 2.0004) replaces the other.
    expect(m.keyframes.map((f) => f.t)).toEqual([0, 2.0004 - 1, 2]);
    expect(m.keyframes[1]!.pose.x).toBe(7);
    const clamped = normaliseMove({ keyframes: [{ ...k(0), focalMm: 5000, focusM: -1 }], handheld: null });
    expect(clamped.keyframes[0]!.focalMm).toBe(1200);
    expect(clamped.keyframes[0]!.focusM).toBe(0.02);
  });

  it('adds, retimes and removes keyframes, and undo/redo walk the history', () => {
    let h = historyOf({ keyframes: [], handheld: null });
    h = commit(h, addKeyframe(h.present, k(0)));
    h = commit(h, addKeyframe(h.present, k(2)));
    h = commit(h, addKeyframe(h.present, k(1, 5)));
    expect(h.present.keyframes.map((f) => f.t)).toEqual([0, 1, 2]);
    h = commit(h, retimeKeyframe(h.present, 1, 1.5));
    expect(h.present.keyframes[1]!.t).toBe(1.5);
    // Retiming onto another keyframe's instant is refused rather than merging them.
    expect(retimeKeyframe(h.present, 1, 2)).toBe(h.present);
    h = commit(h, removeKeyframe(h.present, 1));
    expect(h.present.keyframes.map((f) => f.t)).toEqual([0, 2]);
    h = undo(h);
    expect(h.present.keyframes.map((f) => f.t)).toEqual([0, 1.5, 2]);
    h = undo(h);
    expect(h.present.keyframes[1]!.t).toBe(1);
    h = redo(h);
    expect(h.present.keyframes[1]!.t).toBe(1.5);
    expect(keyframeAt(h.present, 1.5)).toBe(1);
    expect(setDuration(h.present, 4).keyframes.map((f) => f.t)).toEqual([0, 3, 4]);
  });
});
