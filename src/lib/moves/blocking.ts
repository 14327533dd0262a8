/**
 * Where a stand-in is at any time of a move, walking between its marks (blocking), without
 * allocating (the render loop samples every walking figure once per frame).
 *
 * - The path is a Catmull-Rom curve through the marks (tangents from the neighbouring marks,
 *   one-sided at the ends and at holds), so the figure passes through every mark exactly.
 * - Each segment is eased in and out: the figure starts walking at one mark's time and stands at
 *   the next mark at that mark's time, the way an actor hits a mark. Two marks at the same place
 *   are a hold: the figure stands there between their times.
 * - The figure faces the way it walks (the curve's direction). A mark with a facing turns it,
 *   over the first and last quarter of the segments beside the mark, to that facing; a hold turns
 *   it from its arrival facing to the next mark's (or the next segment's departure).
 * - Before the first mark and after the last the figure stands at that mark.
 */
import type { Mark } from './types';

/** Two marks closer than this are the same place: a hold. */
export const HOLD_M = 0.01;
/** The fraction of a segment over which a figure turns from or to a mark's facing. */
export const TURN_FRACTION = 0.25;

/** A figure's marks prepared for sampling. */
export interface CompiledWalk {
  readonly count: number;
  readonly times: Float64Array;
  /** xyz per mark. */
  readonly points: Float64Array;
  /** xyz per segment: tangent (per unit segment parameter) at its start, and at its end. */
  readonly outTangents: Float64Array;
  readonly inTangents: Float64Array;
  /** Per segment: 1 for a hold (same place). */
  readonly holds: Uint8Array;
  /** Per mark: the facing the figure stands with there, radians (NaN: none known, use the figure's own). */
  readonly restYaw: Float64Array;
  /** Per mark: 1 when the mark sets the facing. */
  readonly fixedYaw: Uint8Array;
}

/** A figure's feet and facing at one instant. */
export interface WalkSample {
  x: number;
  y: number;
  z: number;
  /** Radians, camera yaw convention (0 faces −Z, positive turns left). */
  yaw: number;
}

export function makeWalkSample(): WalkSample {
  return { x: 0, y: 0, z: 0, yaw: 0 };
}

const TWO_PI = Math.PI * 2;
const wrap = (a: number) => {
  let r = ((a % TWO_PI) + TWO_PI) % TWO_PI;
  if (r > Math.PI) r -= TWO_PI;
  return r;
};
/** From a to b the short way round, by f ∈ [0, 1]. */
const lerpAngle = (a: number, b: number, f: number) => wrap(a + wrap(b - a) * f);
const smooth = (u: number) => u * u * (3 - 2 * u);
/** The facing of a horizontal direction: yaw 0 faces −Z, so yaw = atan2(−dx, −dz). */
const yawOf = (dx: number, dz: number) => Math.atan2(-dx, -dz);

/** Prepares a figure's marks (sorted by time, as normaliseMove leaves them). */
export function compileWalk(marks: readonly Mark[]): CompiledWalk {
  const n = marks.length;
  const segs = Math.max(0, n - 1);
  const times = new Float64Array(n);
  const points = new Float64Array(n * 3);
  marks.forEach((m, i) => {
    times[i] = m.t;
    points[i * 3] = m.x;
    points[i * 3 + 1] = m.y;
    points[i * 3 + 2] = m.z;
  });
  const p = (i: number, c: number) => points[i * 3 + c]!;
  const holds = new Uint8Array(segs);
  for (let i = 0; i < segs; i++) holds[i] = Math.hypot(p(i + 1, 0) - p(i, 0), p(i + 1, 1) - p(i, 1), p(i + 1, 2) - p(i, 2)) < HOLD_M ? 1 : 0;
  // A mark the figure walks through (segments on both sides, neither a hold) gets the Catmull-Rom
  // tangent; at the ends and beside a hold the tangent is the segment's own chord.
  const through = (i: number) => i > 0 && i < n - 1 && !holds[i - 1] && !holds[i];
  const outTangents = new Float64Array(segs * 3);
  const inTangents = new Float64Array(segs * 3);
  for (let i = 0; i < segs; i++) {
    for (let c = 0; c < 3; c++) {
      const chord = p(i + 1, c) - p(i, c);
      outTangents[i * 3 + c] = holds[i] ? 0 : through(i) ? (p(i + 1, c) - p(i - 1, c)) / 2 : chord;
      inTangents[i * 3 + c] = holds[i] ? 0 : through(i + 1) ? (p(i + 2, c) - p(i, c)) / 2 : chord;
    }
  }
  const fixedYaw = new Uint8Array(n);
  const restYaw = new Float64Array(n).fill(NaN);
  const departure = (i: number) => (i < segs && !holds[i] ? yawOf(outTangents[i * 3]!, outTangents[i * 3 + 2]!) : NaN);
  const arrival = (i: number) => (i > 0 && !holds[i - 1] ? yawOf(inTangents[(i - 1) * 3]!, inTangents[(i - 1) * 3 + 2]!) : NaN);
  for (let i = 0; i < n; i++) {
    const y = marks[i]!.yaw;
    if (y !== null) {
      fixedYaw[i] = 1;
      restYaw[i] = wrap(y);
      continue;
    }
    // The first mark faces where the figure sets off; the others where it arrived from, else where it goes next.
    const a = i === 0 ? departure(0) : arrival(i);
    const b = Number.isNaN(a) ? departure(i) : a;
    restYaw[i] = Number.isNaN(b) && i > 0 ? restYaw[i - 1]! : b;
  }
  return { count: n, times, points, outTangents, inTangents, holds, restYaw, fixedYaw };
}

/**
 * The figure at time t, into `out`; `ownYaw` (radians) is its facing when no mark or walk says
 * otherwise. A figure without marks stays where `out` already is.
 */
export function sampleWalk(w: CompiledWalk, t: number, ownYaw: number, out: WalkSample): WalkSample {
  const n = w.count;
  if (n === 0) return out;
  const rest = (i: number) => (Number.isNaN(w.restYaw[i]!) ? ownYaw : w.restYaw[i]!);
  const at = (i: number) => {
    out.x = w.points[i * 3]!;
    out.y = w.points[i * 3 + 1]!;
    out.z = w.points[i * 3 + 2]!;
    out.yaw = rest(i);
    return out;
  };
  if (n === 1 || !(t > w.times[0]!)) return at(0);
  if (t >= w.times[n - 1]!) return at(n - 1);
  let i = 0;
  while (i < n - 2 && t >= w.times[i + 1]!) i++;
  const t0 = w.times[i]!;
  const u = smooth(Math.min(1, Math.max(0, (t - t0) / (w.times[i + 1]! - t0))));
  if (w.holds[i]) {
    at(i);
    out.yaw = lerpAngle(rest(i), rest(i + 1), u);
    return out;
  }
  // Cubic Hermite on the segment parameter u: position and its derivative (the walking direction).
  const u2 = u * u;
  const u3 = u2 * u;
  const h00 = 2 * u3 - 3 * u2 + 1;
  const h10 = u3 - 2 * u2 + u;
  const h01 = -2 * u3 + 3 * u2;
  const h11 = u3 - u2;
  const d00 = 6 * u2 - 6 * u;
  const d10 = 3 * u2 - 4 * u + 1;
  const d01 = -d00;
  const d11 = 3 * u2 - 2 * u;
  const a = i * 3;
  const b = (i + 1) * 3;
  const o = i * 3;
  const P = w.points;
  const m0 = w.outTangents;
  const m1 = w.inTangents;
  out.x = h00 * P[a]! + h10 * m0[o]! + h01 * P[b]! + h11 * m1[o]!;
  out.y = h00 * P[a + 1]! + h10 * m0[o + 1]! + h01 * P[b + 1]! + h11 * m1[o + 1]!;
  out.z = h00 * P[a + 2]! + h10 * m0[o + 2]! + h01 * P[b + 2]! + h11 * m1[o + 2]!;
  const dx = d00 * P[a]! + d10 * m0[o]! + d01 * P[b]! + d11 * m1[o]!;
  const dz = d00 * P[a + 2]! + d10 * m0[o + 2]! + d01 * P[b + 2]! + d11 * m1[o + 2]!;
  let yaw = Math.hypot(dx, dz) > 1e-9 ? yawOf(dx, dz) : rest(u < 0.5 ? i : i + 1);
  if (w.fixedYaw[i] && u < TURN_FRACTION) yaw = lerpAngle(rest(i), yaw, smooth(u / TURN_FRACTION));
  if (w.fixedYaw[i + 1] && u > 1 - TURN_FRACTION) yaw = lerpAngle(yaw, rest(i + 1), smooth((u - (1 - TURN_FRACTION)) / TURN_FRACTION));
  out.yaw = yaw;
  return out;
}
