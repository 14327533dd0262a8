/**
 * Sampling a camera move at any time, without allocating (the render loop and the video
 * exporter call `sampleMove` once per frame).
 *
 * - Every channel (x, y, z, yaw, pitch, roll, focal length, focus distance) is a cubic Hermite
 *   spline through the keyframes, with tangents from the neighbouring keyframes in time
 *   (the parabola through each keyframe and its neighbours), so the path passes through every keyframe exactly and its velocity is
 *   continuous wherever segments are linear. Two keyframes give a straight line.
 * - Angles are unwrapped before interpolation: each keyframe's yaw and roll are taken as the
 *   shortest arc from the previous one, so a move from 170° to −170° turns 20°, not 340°.
 * - Each segment's ease warps its time before the spline is evaluated: the path stays the same,
 *   only the speed along it changes.
 * - The spline is linear in the data, so a relation that is linear between channels holds all
 *   along the move: a dolly zoom's focal length stays proportional to its subject distance.
 * - Hand-held shake is a sum of seeded sines per channel, faded to zero at each keyframe
 *   (sin² over the segment) so the camera still hits its marks exactly.
 */
import { clamp } from '../motion/angles';
import { PITCH_LIMIT, wrapAngle } from '../motion/pose';
import type { Ease, Move, MoveSample } from './types';
import { FOCAL_MAX_MM, FOCAL_MIN_MM, FOCUS_MAX_M, FOCUS_MIN_M } from './types';

const CHANNELS = 8; // x y z yaw pitch roll focal focus
const SHAKE_CHANNELS = 6; // x y z yaw pitch roll
const SINES = 3;

/** A move prepared for sampling: flat arrays of values and tangents per keyframe and channel. */
export interface CompiledMove {
  readonly count: number;
  readonly times: Float64Array;
  /** values[k * CHANNELS + c] */
  readonly values: Float64Array;
  /** Tangents in units per second, same layout. */
  readonly tangents: Float64Array;
  readonly eases: readonly Ease[];
  /** Shake: per channel and sine, amplitude, angular frequency (rad/s) and phase. */
  readonly shake: Float64Array | null;
}

/** A small deterministic PRNG (mulberry32): the same seed always gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shake amplitude at amount 1, per channel: metres for x y z, radians for yaw pitch roll. */
export const SHAKE_AT_FULL = [0.015, 0.01, 0.015, 0.0105, 0.0105, 0.007] as const;

/** Prepares a move for sampling. Keyframes must be sorted by time (normaliseMove does that). */
export function compileMove(move: Move): CompiledMove {
  const k = move.keyframes;
  const n = k.length;
  const times = new Float64Array(n);
  const values = new Float64Array(n * CHANNELS);
  for (let i = 0; i < n; i++) {
    const f = k[i]!;
    times[i] = f.t;
    const o = i * CHANNELS;
    values[o] = f.pose.x;
    values[o + 1] = f.pose.y;
    values[o + 2] = f.pose.z;
    values[o + 4] = f.pose.pitch;
    values[o + 6] = f.focalMm;
    values[o + 7] = f.focusM;
    if (i === 0) {
      values[o + 3] = f.pose.yaw;
      values[o + 5] = f.pose.roll;
    } else {
      // Shortest arc from the previous keyframe's (already unwrapped) angle.
      const p = o - CHANNELS;
      values[o + 3] = values[p + 3]! + wrapAngle(f.pose.yaw - values[p + 3]!);
      values[o + 5] = values[p + 5]! + wrapAngle(f.pose.roll - values[p + 5]!);
    }
  }
  const tangents = new Float64Array(n * CHANNELS);
  const eases = k.map((f) => f.ease);
  for (let c = 0; c < CHANNELS; c++) fillTangents(times, values, c, tangents);
  limitTangents(times, values, eases, tangents);
  let shake: Float64Array | null = null;
  const hh = move.handheld;
  if (hh && hh.amount > 0 && n > 1) {
    const rnd = seededRandom(hh.seed);
    shake = new Float64Array(SHAKE_CHANNELS * SINES * 3);
    for (let c = 0; c < SHAKE_CHANNELS; c++) {
      for (let s = 0; s < SINES; s++) {
        const o = (c * SINES + s) * 3;
        // Breathing and footwork sit around 0.3–2 Hz; higher sines are weaker.
        const hz = 0.3 * (s + 1) + rnd() * 0.6 * (s + 1);
        shake[o] = (SHAKE_AT_FULL[c]! * clamp(hh.amount, 0, 1)) / (s + 1.4);
        shake[o + 1] = hz * 2 * Math.PI;
        shake[o + 2] = rnd() * 2 * Math.PI;
      }
    }
  }
  return { count: n, times, values, tangents, eases, shake };
}

/**
 * Tangents (units per second) for channel `c`: the slope at each keyframe of the parabola
 * through it and its two neighbours (one-sided at the ends), which is second-order accurate for
 * uneven keyframe times and makes an arc of keyframes follow its circle closely. Two keyframes
 * give the chord's slope at both ends: a straight line.
 */
function fillTangents(times: Float64Array, values: Float64Array, c: number, out: Float64Array): void {
  const n = times.length;
  const v = (i: number) => values[i * CHANNELS + c]!;
  if (n < 2) return;
  if (n === 2) {
    const m = (v(1) - v(0)) / (times[1]! - times[0]!);
    out[c] = m;
    out[CHANNELS + c] = m;
    return;
  }
  for (let i = 0; i < n; i++) {
    let m: number;
    if (i === 0) {
      const a = times[1]! - times[0]!;
      const b = times[2]! - times[1]!;
      m = (-(2 * a + b) / (a * (a + b))) * v(0) + ((a + b) / (a * b)) * v(1) - (a / (b * (a + b))) * v(2);
    } else if (i === n - 1) {
      const a = times[n - 1]! - times[n - 2]!;
      const b = times[n - 2]! - times[n - 3]!;
      m = ((2 * a + b) / (a * (a + b))) * v(n - 1) - ((a + b) / (a * b)) * v(n - 2) + (a / (b * (a + b))) * v(n - 3);
    } else {
      const a = times[i]! - times[i - 1]!;
      const b = times[i + 1]! - times[i]!;
      m = (-b / (a * (a + b))) * v(i - 1) + ((b - a) / (a * b)) * v(i) + (a / (b * (a + b))) * v(i + 1);
    }
    out[i * CHANNELS + c] = m;
  }
}

/** Below this a channel's change over a segment counts as none (1 µm, 0.00006°, 0.001 µm of focal). */
const HOLD_EPS = 1e-6;

/**
 * Stops the parabolic tangents from making the camera wander where it should not:
 * - a channel that does not change over a segment stays exactly put along it (both its ends get
 *   a zero tangent), so a pan appended to a push-in turns in place instead of drifting forward
 *   and back, and the push-in does not turn;
 * - at the ends, and where the camera comes to rest at a keyframe (the segments on both sides
 *   ease into and out of it), each neighbouring segment stays monotone in every channel, so a
 *   push-in followed by a pull-out does not overshoot its mark. Keyframes the camera glides
 *   through (linear segments, the inner marks of an arc) keep their smooth tangents.
 */
function limitTangents(times: Float64Array, values: Float64Array, eases: readonly Ease[], out: Float64Array): void {
  const n = eases.length;
  if (n < 2) return;
  for (let i = 0; i < n; i++) {
    const arrivesAtRest = i === 0 || eases[i - 1] === 'smooth' || eases[i - 1] === 'out';
    const leavesFromRest = i === n - 1 || eases[i] === 'smooth' || eases[i] === 'in';
    // Ends and resting marks keep each neighbouring segment monotone (Fritsch–Carlson: the
    // tangent has the sign of the segment's chord and at most three times its slope).
    const limit = arrivesAtRest && leavesFromRest;
    for (let c = 0; c < CHANNELS; c++) {
      const o = i * CHANNELS + c;
      const v = values[o]!;
      const before = i > 0 ? v - values[o - CHANNELS]! : null;
      const after = i < n - 1 ? values[o + CHANNELS]! - v : null;
      if ((before !== null && Math.abs(before) < HOLD_EPS) || (after !== null && Math.abs(after) < HOLD_EPS)) {
        out[o] = 0;
        continue;
      }
      if (!limit) continue;
      let m = out[o]!;
      for (const [d, dt] of [
        [before, i > 0 ? times[i]! - times[i - 1]! : 0],
        [after, i < n - 1 ? times[i + 1]! - times[i]! : 0],
      ] as const) {
        if (d === null || !(dt > 0)) continue;
        const secant = d / dt;
        if (m * secant <= 0) m = 0;
        else if (Math.abs(m) > 3 * Math.abs(secant)) m = 3 * secant;
      }
      out[o] = m;
    }
  }
}

/** The eased parameter for a segment's linear parameter u in [0, 1]. */
export function easeValue(ease: Ease, u: number): number {
  switch (ease) {
    case 'smooth':
      return u * u * (3 - 2 * u);
    case 'in':
      return u * u;
    case 'out':
      return 1 - (1 - u) * (1 - u);
    default:
      return u;
  }
}

/** Makes an empty sample to reuse across calls. */
export function makeSample(): MoveSample {
  return { pose: { x: 0, y: 0, z: 0, yaw: 0, pitch: 0, roll: 0 }, focalMm: 35, focusM: 3 };
}

/** Index of the segment containing t: the last keyframe whose time is ≤ t (binary search). */
function segmentAt(times: Float64Array, t: number): number {
  let lo = 0;
  let hi = times.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (times[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// Written per call; module scope so sampling allocates nothing.
const scratch = new Float64Array(CHANNELS);

/** Writes the move's pose and lens at `t` seconds into `out` (clamped to the move's span) and returns it. */
export function sampleMove(m: CompiledMove, t: number, out: MoveSample): MoveSample {
  const n = m.count;
  if (n === 0) return out;
  const last = n - 1;
  const tt = Number.isFinite(t) ? clamp(t, m.times[0]!, m.times[last]!) : m.times[0]!;
  const i = n === 1 ? 0 : Math.min(segmentAt(m.times, tt), last - 1);
  let u = 0;
  if (n === 1) {
    for (let c = 0; c < CHANNELS; c++) scratch[c] = m.values[c]!;
  } else {
    const t0 = m.times[i]!;
    const h = m.times[i + 1]! - t0;
    u = h > 0 ? clamp((tt - t0) / h, 0, 1) : 1;
    const s = easeValue(m.eases[i]!, u);
    const s2 = s * s;
    const s3 = s2 * s;
    const h00 = 2 * s3 - 3 * s2 + 1;
    const h10 = s3 - 2 * s2 + s;
    const h01 = -2 * s3 + 3 * s2;
    const h11 = s3 - s2;
    const a = i * CHANNELS;
    const b = a + CHANNELS;
    for (let c = 0; c < CHANNELS; c++) {
      scratch[c] = h00 * m.values[a + c]! + h10 * h * m.tangents[a + c]! + h01 * m.values[b + c]! + h11 * h * m.tangents[b + c]!;
    }
    if (m.shake) {
      const env = Math.sin(Math.PI * u) ** 2;
      for (let c = 0; c < SHAKE_CHANNELS; c++) {
        let d = 0;
        for (let k = 0; k < SINES; k++) {
          const o = (c * SINES + k) * 3;
          d += m.shake[o]! * Math.sin(m.shake[o + 1]! * tt + m.shake[o + 2]!);
        }
        scratch[c] = scratch[c]! + env * d;
      }
    }
  }
  const p = out.pose;
  p.x = scratch[0]!;
  p.y = scratch[1]!;
  p.z = scratch[2]!;
  p.yaw = wrapAngle(scratch[3]!);
  p.pitch = clamp(scratch[4]!, -PITCH_LIMIT, PITCH_LIMIT);
  p.roll = wrapAngle(scratch[5]!);
  out.focalMm = clamp(scratch[6]!, FOCAL_MIN_MM, FOCAL_MAX_MM);
  out.focusM = clamp(scratch[7]!, FOCUS_MIN_M, FOCUS_MAX_M);
  return out;
}
