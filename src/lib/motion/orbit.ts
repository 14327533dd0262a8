/**
 * The orbit (dollhouse) view: a camera on a sphere around a target, looking at it.
 * Pure conversions between orbit parameters and poses, so switching between orbit
 * and walking never jumps.
 */
import type { Pose } from './pose';
import { clamp, forward, wrapAngle } from './pose';

export interface Orbit {
  tx: number;
  ty: number;
  tz: number;
  radius: number;
  /** Radians around Y; equals the camera's yaw (0: camera on +Z looking toward −Z). */
  azimuth: number;
  /** Radians above the horizon. */
  elevation: number;
}

export interface OrbitLimits {
  minRadius: number;
  maxRadius: number;
  minElevation: number;
  maxElevation: number;
  /** The target stays inside this box (the set), so you can't drift away from it. */
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

export function orbitToPose(o: Orbit, out: Pose): Pose {
  const c = Math.cos(o.elevation);
  out.x = o.tx + o.radius * Math.sin(o.azimuth) * c;
  out.y = o.ty + o.radius * Math.sin(o.elevation);
  out.z = o.tz + o.radius * Math.cos(o.azimuth) * c;
  out.yaw = wrapAngle(o.azimuth);
  out.pitch = -o.elevation;
  out.roll = 0;
  return out;
}

const f = { x: 0, y: 0, z: 0 };

/**
 * The orbit that reproduces a pose: the target is where the view meets the ground
 * plane y = groundY when looking down, else a point `fallbackDistance` ahead.
 */
export function poseToOrbit(p: Pose, groundY: number, fallbackDistance: number, out: Orbit): Orbit {
  forward(p.yaw, p.pitch, f);
  let dist = fallbackDistance;
  if (f.y < -0.08 && p.y > groundY) dist = (p.y - groundY) / -f.y;
  out.tx = p.x + f.x * dist;
  out.ty = p.y + f.y * dist;
  out.tz = p.z + f.z * dist;
  out.radius = dist;
  out.azimuth = wrapAngle(p.yaw);
  out.elevation = -p.pitch;
  return out;
}

export function clampOrbit(o: Orbit, l: OrbitLimits): Orbit {
  o.radius = clamp(o.radius, l.minRadius, l.maxRadius);
  o.elevation = clamp(o.elevation, l.minElevation, l.maxElevation);
  o.tx = clamp(o.tx, l.minX, l.maxX);
  o.tz = clamp(o.tz, l.minZ, l.maxZ);
  return o;
}

/** Limits for a set of the given bounds: the target inside the set, zoom between 1.5 m and 1.6× its size. */
export function orbitLimitsFor(min: { x: number; y: number; z: number }, max: { x: number; y: number; z: number }): OrbitLimits {
  const size = Math.max(max.x - min.x, max.z - min.z, max.y - min.y);
  return {
    minRadius: 1.5,
    maxRadius: Math.max(6, size * 1.6),
    minElevation: (5 * Math.PI) / 180,
    maxElevation: (89 * Math.PI) / 180,
    minX: min.x,
    maxX: max.x,
    minZ: min.z,
    maxZ: max.z,
  };
}

/** The opening overview: the whole set from above at a three-quarter angle. */
export function overviewOrbit(min: { x: number; y: number; z: number }, max: { x: number; y: number; z: number }, vfovRad: number, aspect: number): Orbit {
  const w = max.x - min.x;
  const d = max.z - min.z;
  const h = max.y - min.y;
  // A set taller than it is wide (a stairwell) is framed whole, from above its walls, aimed at
  // its middle height; otherwise the fit is by the floor plan, aimed at the floor.
  const tall = h > Math.max(w, d);
  const radiusXZ = tall ? Math.hypot(w, d, h) / 2 : Math.hypot(w, d) / 2;
  const halfV = vfovRad / 2;
  const halfH = Math.atan(Math.tan(halfV) * aspect);
  const fit = radiusXZ / Math.sin(Math.min(halfV, halfH));
  // A long set is seen from its side, so its length runs across a wide screen (or
  // down a tall one) instead of away from the camera.
  const long = d > w * 1.3 === aspect >= 1 ? 70 : 20;
  const stretch = Math.max(w, d) / Math.max(1e-6, Math.min(w, d));
  return {
    tx: (min.x + max.x) / 2,
    ty: tall ? min.y + h / 2 : min.y,
    tz: (min.z + max.z) / 2,
    radius: fit * (tall ? 1 : stretch > 2 ? 0.8 : 0.95),
    azimuth: (long * Math.PI) / 180,
    elevation: (55 * Math.PI) / 180,
  };
}
