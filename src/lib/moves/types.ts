/**
 * Camera moves for frame mode: a move is a list of keyframes that the camera passes through
 * exactly, with a smooth path between them. Poses follow src/lib/motion/pose.ts (metres, Y up,
 * radians; yaw 0 looks toward −Z and positive yaw turns left).
 */
import type { Pose } from '../motion/pose';
import { FOCAL_RANGE_MM } from '../camera/focalRange';

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

/**
 * A stand-in's mark (blocking): where its feet are at a time, and optionally which way it faces
 * there. Between marks the figure walks (src/lib/moves/blocking.ts).
 */
export interface Mark {
  /** Seconds from the start of the move, ≥ 0. */
  t: number;
  /** Feet position, set coordinates (m). */
  x: number;
  y: number;
  z: number;
  /** Facing at the mark, radians (camera yaw convention); null: face the walking direction. */
  yaw: number | null;
}

/** The marks of one stand-in. */
export interface FigureBlocking {
  /** The figure's index in the shot's stand-in list (the order of `fig=`). */
  figure: number;
  /** Sorted by `t`, strictly increasing; at least one. */
  marks: Mark[];
}

export interface Move {
  /** Sorted by `t`, strictly increasing; at least one while the move has a camera path (none for blocking alone). */
  keyframes: Keyframe[];
  handheld: Handheld | null;
  /** Stand-ins that walk, sorted by figure index (absent or empty: nobody moves). */
  blocking?: FigureBlocking[];
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

/** At most this many marks per stand-in, and stand-ins with marks (the `fig=` limit). */
export const MAX_MARKS = 32;
export const MAX_BLOCKED_FIGURES = 12;

/** The move's length in seconds: the last keyframe's or mark's time. */
export function moveDuration(move: Move): number {
  const k = move.keyframes;
  let d = k.length ? k[k.length - 1]!.t : 0;
  for (const b of move.blocking ?? []) if (b.marks.length) d = Math.max(d, b.marks[b.marks.length - 1]!.t);
  return d;
}

/** True when the move has anything to play or save: camera keyframes or stand-in marks. */
export function moveHasContent(move: Move): boolean {
  return move.keyframes.length > 0 || (move.blocking ?? []).some((b) => b.marks.length > 0);
}
