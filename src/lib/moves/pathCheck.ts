/**
 * Checks a camera move against the set: where the path passes through a wall, a column or a
 * prop (the set's collision, as the walker and the frame camera use it), through the ceiling,
 * where it leaves every floor, and where the camera's height above the floor is outside the
 * rig's range (one constant, src/lib/moves/rig.ts).
 */
import type { ObstacleHit, WalkWorld } from '../motion/walk';
import type { CeilingLookup } from './ceiling';
import type { CompiledMove } from './interpolate';
import { makeSample, sampleMove } from './interpolate';

import { RIG_HEIGHT_MAX, RIG_HEIGHT_MIN } from './rig';

export { RIG_HEIGHT_MAX, RIG_HEIGHT_MIN };

export type PathIssueKind = 'collision' | 'ceiling' | 'height' | 'floor';

/** The lens must stay this far below a ceiling (the top of a camera body above its lens axis), metres. */
export const CEILING_CLEARANCE_M = 0.1;

export interface PathIssue {
  /** Segment index (0: from the first keyframe to the second). */
  segment: number;
  kind: PathIssueKind;
  /** Seconds into the move where it first happens in the segment. */
  t: number;
  /** The height above the floor (kind 'height'), metres; else 0. */
  heightM: number;
}

/** Seconds between the samples checked (a camera at a brisk 2 m/s moves 10 cm). */
export const CHECK_STEP_S = 0.05;

/** Times along a move at which to sample it: `perSegment` + 1 per segment, keyframes included. */
export function pathTimes(m: CompiledMove, perSegment: number): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < m.count; i++) {
    const t0 = m.times[i]!;
    const t1 = m.times[i + 1]!;
    for (let k = 0; k < perSegment; k++) out.push(t0 + ((t1 - t0) * k) / perSegment);
  }
  if (m.count) out.push(m.times[m.count - 1]!);
  return out;
}

/** One issue per segment and kind, the first along the segment. `ceiling`: the set's ceiling, when it has one. */
export function checkPath(m: CompiledMove, world: WalkWorld, rig = { min: RIG_HEIGHT_MIN, max: RIG_HEIGHT_MAX }, ceiling: CeilingLookup | null = null): PathIssue[] {
  const issues: PathIssue[] = [];
  if (m.count < 1) return issues;
  const seen = new Set<string>();
  const add = (segment: number, kind: PathIssueKind, t: number, heightM = 0) => {
    const key = `${segment}:${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    issues.push({ segment, kind, t, heightM });
  };
  const a = makeSample();
  const b = makeSample();
  const hit: ObstacleHit = { distance: 0, nx: 0, nz: 0 };
  const segments = Math.max(1, m.count - 1);
  for (let i = 0; i < segments; i++) {
    const t0 = m.times[i]!;
    const t1 = m.count > 1 ? m.times[i + 1]! : t0;
    const steps = Math.max(1, Math.ceil((t1 - t0) / CHECK_STEP_S));
    sampleMove(m, t0, a);
    for (let k = 0; k <= steps; k++) {
      const t = t0 + ((t1 - t0) * k) / steps;
      sampleMove(m, t, b);
      const p = b.pose;
      const floor = world.floorAt(p.x, p.z, p.y);
      if (floor === null) add(i, 'floor', t);
      else {
        const h = p.y - floor;
        if (h < rig.min - 1e-6 || h > rig.max + 1e-6) add(i, 'height', t, h);
        const top = ceiling ? ceiling.ceilingAt(p.x, p.z, floor + 0.05) : null;
        if (top !== null && p.y > top - CEILING_CLEARANCE_M) add(i, 'ceiling', t, h);
      }
      if (k > 0) {
        const dx = p.x - a.pose.x;
        const dz = p.z - a.pose.z;
        const len = Math.hypot(dx, dz);
        // The lens's own height: a camera on a tall stand must not pass through a beam either.
        if (len > 1e-6 && world.castObstacle(a.pose.x, a.pose.y, a.pose.z, dx / len, dz / len, len, hit)) add(i, 'collision', t);
      }
      a.pose.x = p.x;
      a.pose.y = p.y;
      a.pose.z = p.z;
    }
  }
  return issues;
}
