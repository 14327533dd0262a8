/**
 * The camera rig: one mutable pose that every mode (orbit, walk, frame, tour) and
 * every flight writes, and the canvas copies to the camera each frame. It is not
 * React state: per-frame values never go through React (docs/ARCHITECTURE.md §5).
 * Readouts poll `version` or subscribe to the throttled `onChange`.
 */
import type { Flight } from '../lib/motion/flight';
import { startFlight } from '../lib/motion/flight';
import type { Pose } from '../lib/motion/pose';
import { copyPose, makePose } from '../lib/motion/pose';
import type { Orbit } from '../lib/motion/orbit';

export interface Rig {
  pose: Pose;
  flight: Flight | null;
  /** The orbit view's parameters (the point orbited around, distance and angles). */
  orbit: Orbit;
  /** Increments whenever the pose changes. */
  version: number;
  /** Vertical and horizontal field of view of what the person sees (degrees). */
  vfovDeg: number;
  hfovDeg: number;
  /** The camera's focal length in mm when a real lens is chosen (frame mode), else the full-frame equivalent of the view. */
  focalMm: number;
  /** Asks the canvas for a frame (set by the canvas; a no-op before it exists). */
  invalidate: () => void;
}

export const rig: Rig = {
  pose: makePose(0, 1.6, 0),
  flight: null,
  orbit: { tx: 0, ty: 0, tz: 0, radius: 20, azimuth: 0, elevation: 0.8 },
  version: 0,
  vfovDeg: 50,
  hfovDeg: 50,
  focalMm: 25.7,
  invalidate: () => {},
};

const listeners = new Set<() => void>();

/** Calls `fn` after every pose or field-of-view change (at most once per frame while moving). */
export function onPoseChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Records that the pose (or field of view) changed and tells the listeners. */
export function bumpPose(): void {
  rig.version++;
  for (const fn of listeners) fn();
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Places the camera at once. */
export function jumpTo(pose: Pose): void {
  rig.flight = null;
  copyPose(pose, rig.pose);
  bumpPose();
  rig.invalidate();
}

/** Flies the camera to a pose (a cut for reduced motion). A later flight or any input replaces it. */
export function flyTo(pose: Pose, duration?: number): void {
  rig.flight = startFlight(rig.pose, pose, prefersReducedMotion(), duration);
  rig.invalidate();
}

export function cancelFlight(): void {
  rig.flight = null;
}

/** Call after writing rig.pose directly. */
export function touchPose(): void {
  bumpPose();
  rig.invalidate();
}
