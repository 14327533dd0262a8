/**
 * Camera moves for frame mode: a move is a list of keyframes that the camera passes through
 * exactly, with a smooth path between them. Poses follow src/lib/pose.ts (metres, Y up,
 * radians; yaw 0 looks toward −Z and positive yaw turns left).
 */
import type { Pose } from '../pose';
import { FOCAL_RANGE_MM } from '../camera/fov';

/**
 * How a segment (from one keyframe to the next) is timed:
 * - `linear`: constant speed along the segment's parameter;
 * - `smooth`: ease in and out (starts and stops gently);
 * - `in`: eases in (starts gently, arrives at speed);
 * - `out`: eases out (leaves at speed, arrives gently).
 */
export const EASES = ['linear', 'smooth', 'in', 'out'] as const;
export type Ease = (typeof EASES)[number];

export interface Keyframe {
  /** Seconds from the start of the move, ≥ 0. */
  t: number;
  pose: Pose;
  /** Focal length in mm, within [FOCAL_MIN_MM, FOCAL_MAX_MM]. */
  focalMm: number;
  /** Focus distance in metres from the sensor plane, > 0. */
  focusM: number;
  /** Timing of the segment that starts at this keyframe (ignored on the last one). */
  ease: Ease;
}

/** Seeded, repeatable hand-held shake laid over the keyframed path. */
export interface Handheld {
  /** Any integer; the same seed always gives the same shake. */
  seed: number;
  /** 0 … 1: 1 is a loose shoulder rig (about ±1.5 cm and ±0.6°), 0.3 a steady operator. */
  amount: number;
}

export interface Move {
  /** Sorted by `t`, strictly increasing; at least one. */
  keyframes: Keyframe[];
  handheld: Handheld | null;
}

/** The pose and lens at one instant of a move. */
export interface MoveSample {
  pose: Pose;
  focalMm: number;
  focusM: number;
}

/** The focal range every control and codec accepts, in mm (FOCAL_RANGE_MM, one constant for the whole app). */
export const FOCAL_MIN_MM = FOCAL_RANGE_MM.min;
export const FOCAL_MAX_MM = FOCAL_RANGE_MM.max;
/** Focus distances the codec accepts, in metres (closer than 2 cm no cine lens focuses; 10 km is infinity for any lens). */
export const FOCUS_MIN_M = 0.02;
export const FOCUS_MAX_M = 10_000;
/** At most this many keyframes in one move (an arc of 360° at 15° steps needs 25). */
export const MAX_KEYFRAMES = 64;
/** The longest move, in seconds. */
export const MAX_DURATION_S = 600;

/** The move's length in seconds (the last keyframe's time). */
export function moveDuration(move: Move): number {
  const k = move.keyframes;
  return k.length ? k[k.length - 1]!.t : 0;
}
