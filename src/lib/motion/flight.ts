/**
 * Camera flights between poses: smooth, interruptible, and instant for people who
 * prefer reduced motion. Pure functions; the canvas advances them by frame delta.
 */
import type { Pose } from './pose';
import { wrapAngle } from './pose';

export interface Flight {
  from: Pose;
  to: Pose;
  /** Seconds. 0 means a cut. */
  duration: number;
  elapsed: number;
}

/** Ease in and out (smootherstep): no jolt at either end. */
export function ease(t: number): number {
  const x = t <= 0 ? 0 : t >= 1 ? 1 : t;
  return x * x * x * (x * (x * 6 - 15) + 10);
}

/**
 * A duration that grows with distance and turn, so short hops are quick and long
 * flights don't feel rushed: 0.6–2.4 s.
 */
export function flightDuration(a: Pose, b: Pose): number {
  const dist = Math.hypot(b.x - a.x, b.y - a.y, b.z - a.z);
  const turn = Math.abs(wrapAngle(b.yaw - a.yaw)) + Math.abs(b.pitch - a.pitch);
  const d = 0.6 + Math.sqrt(dist) * 0.28 + turn * 0.25;
  return d > 2.4 ? 2.4 : d;
}

/** Writes the pose at fraction t (0..1) of the way from a to b into out; yaw takes the short way round. */
export function interpolatePose(a: Pose, b: Pose, t: number, out: Pose): Pose {
  const k = ease(t);
  out.x = a.x + (b.x - a.x) * k;
  out.y = a.y + (b.y - a.y) * k;
  out.z = a.z + (b.z - a.z) * k;
  out.yaw = wrapAngle(a.yaw + wrapAngle(b.yaw - a.yaw) * k);
  out.pitch = a.pitch + (b.pitch - a.pitch) * k;
  out.roll = wrapAngle(a.roll + wrapAngle(b.roll - a.roll) * k);
  return out;
}

export function startFlight(from: Pose, to: Pose, reducedMotion: boolean, duration?: number): Flight {
  return { from: { ...from }, to: { ...to }, duration: reducedMotion ? 0 : (duration ?? flightDuration(from, to)), elapsed: 0 };
}

/** Advances a flight by dt seconds, writing the current pose; returns true when it has landed. */
export function stepFlight(f: Flight, dt: number, out: Pose): boolean {
  f.elapsed += dt;
  const t = f.duration <= 0 ? 1 : f.elapsed / f.duration;
  interpolatePose(f.from, f.to, t, out);
  return t >= 1;
}
