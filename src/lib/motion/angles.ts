/**
 * Angle helpers shared by the camera math and the URL codec.
 *
 * Set coordinates are Y up. A camera's yaw follows docs/ARCHITECTURE.md §3: 0 looks toward −Z and a
 * positive yaw turns left (counter-clockwise seen from above), which is three.js'
 * rotation about +Y, so the forward direction on the floor is (−sin yaw, −cos yaw).
 */

/** Degrees to radians. */
export const degToRad = (deg: number): number => (deg * Math.PI) / 180;

/** Radians to degrees. */
export const radToDeg = (rad: number): number => (rad * 180) / Math.PI;

/** Clamps `v` into [min, max]. */
export const clamp = (v: number, min: number, max: number): number => Math.min(max, Math.max(min, v));

/**
 * Wraps an angle in degrees into (−180, 180]. −180 becomes 180 so that every direction has
 * exactly one written form (the URL codec relies on this to round-trip). Returns NaN for
 * non-finite input.
 */
export function wrapDeg180(deg: number): number {
  if (!Number.isFinite(deg)) return Number.NaN;
  let r = deg % 360; // in (−360, 360)
  if (r > 180) r -= 360;
  else if (r <= -180) r += 360;
  // −0 prints as "0" but compares unequal under Object.is; normalise it away.
  return r === 0 ? 0 : r;
}

/** The signed smallest difference a − b between two angles in degrees, in (−180, 180]. */
export function angleDiffDeg(a: number, b: number): number {
  return wrapDeg180(a - b);
}

/** Unit forward vector on the floor plane, as [x, z], for a yaw in degrees. */
export function forwardXZ(yawDeg: number): [number, number] {
  const t = degToRad(yawDeg);
  return [-Math.sin(t), -Math.cos(t)];
}

/** The yaw in degrees, in (−180, 180], of a camera at `from` looking at `to` (both [x, z]). */
export function yawToward(from: readonly [number, number], to: readonly [number, number]): number {
  const dx = to[0] - from[0];
  const dz = to[1] - from[1];
  return wrapDeg180(radToDeg(Math.atan2(-dx, -dz)));
}
