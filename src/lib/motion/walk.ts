/**
 * First-person walking with collision, as pure functions over an abstract world so
 * the rules are unit-tested without WebGL: you slide along walls, climb steps up to
 * a knee-high rise, follow floors down small drops, and never walk off a ledge.
 */

export interface ObstacleHit {
  distance: number;
  /** Horizontal unit normal of the surface hit, pointing back toward the walker. */
  nx: number;
  nz: number;
}

export interface WalkWorld {
  /**
   * Height of the highest walkable surface under (x, z) that is at or below `fromY`,
   * or null when there is none (a hole, a track pit, outside the set).
   */
  floorAt(x: number, z: number, fromY: number): number | null;
  /**
   * The nearest obstacle along a horizontal ray from (x, y, z) in unit direction
   * (dx, dz) within maxDist, written into `out`; null when the way is clear.
   */
  castObstacle(x: number, y: number, z: number, dx: number, dz: number, maxDist: number, out: ObstacleHit): ObstacleHit | null;
}

export interface WalkConfig {
  /** Body radius: how close the eye may come to a wall (m). Default 0.3. */
  radius: number;
  /** Highest rise walked up without a jump: a stair riser or a low dais step (m). Default 0.45. */
  stepUp: number;
  /** Deepest drop walked down; deeper edges stop you (m). Default 0.6. */
  stepDown: number;
}

export const DEFAULT_WALK: WalkConfig = { radius: 0.3, stepUp: 0.45, stepDown: 0.6 };

/** Feet position of the walker (y is the floor it stands on). */
export interface Feet {
  x: number;
  y: number;
  z: number;
}

// Scratch results: the walker runs every frame and must not allocate.
const hit: ObstacleHit = { distance: 0, nx: 0, nz: 0 };
const best: ObstacleHit = { distance: 0, nx: 0, nz: 0 };
const blocked: ObstacleHit = { distance: 0, nx: 0, nz: 0 };
const CHEST = 1.1;

/** The nearest obstacle at knee (just above a climbable step) and chest height, into `best`. */
function nearest(world: WalkWorld, feet: Feet, dx: number, dz: number, maxDist: number, cfg: WalkConfig): boolean {
  best.distance = Infinity;
  for (let i = 0; i < 2; i++) {
    const h = i === 0 ? cfg.stepUp + 0.05 : CHEST;
    const r = world.castObstacle(feet.x, feet.y + h, feet.z, dx, dz, maxDist, hit);
    if (r && r.distance < best.distance) {
      best.distance = r.distance;
      best.nx = r.nx;
      best.nz = r.nz;
    }
  }
  return best.distance !== Infinity;
}

/**
 * Moves along (mx, mz) as far as walls allow, keeping `radius` from them. Returns
 * the distance moved; when something stopped the move, `blocked` holds its normal.
 */
function moveStraight(world: WalkWorld, feet: Feet, mx: number, mz: number, cfg: WalkConfig): { moved: number; stopped: boolean } {
  const len = Math.hypot(mx, mz);
  if (len < 1e-9) return NOT_MOVED;
  const dx = mx / len;
  const dz = mz / len;
  const isHit = nearest(world, feet, dx, dz, len + cfg.radius * 4, cfg);
  // Keep `radius` from the wall measured square to it, not along a slanting ray.
  const cos = isHit ? Math.max(0.25, Math.abs(dx * best.nx + dz * best.nz)) : 1;
  const allowed = isHit ? Math.max(0, Math.min(len, best.distance - cfg.radius / cos)) : len;
  const nx = feet.x + dx * allowed;
  const nz = feet.z + dz * allowed;
  const floor = world.floorAt(nx, nz, feet.y + cfg.stepUp);
  if (floor === null || floor < feet.y - cfg.stepDown) {
    // A ledge or a hole: stay put rather than fall; slide along the edge.
    blocked.distance = 0;
    blocked.nx = isHit ? best.nx : -dx;
    blocked.nz = isHit ? best.nz : -dz;
    result.moved = 0;
    result.stopped = true;
    return result;
  }
  feet.x = nx;
  feet.z = nz;
  feet.y = floor;
  result.moved = allowed;
  result.stopped = isHit && allowed < len;
  if (result.stopped) {
    blocked.distance = best.distance;
    blocked.nx = best.nx;
    blocked.nz = best.nz;
  }
  return result;
}

const NOT_MOVED = Object.freeze({ moved: 0, stopped: false });
const result = { moved: 0, stopped: false };

/**
 * Moves the walker by a desired horizontal displacement, in sub-steps no longer
 * than half the body radius (no tunnelling through thin walls), sliding along
 * whatever it meets. Mutates and returns `feet`.
 */
export function stepWalk(world: WalkWorld, feet: Feet, mx: number, mz: number, cfg: WalkConfig = DEFAULT_WALK): Feet {
  const len = Math.hypot(mx, mz);
  if (len < 1e-9) return feet;
  const steps = Math.max(1, Math.ceil(len / (cfg.radius * 0.5)));
  const sx = mx / steps;
  const sz = mz / steps;
  const slen = len / steps;
  const ux = sx / slen;
  const uz = sz / slen;
  for (let i = 0; i < steps; i++) {
    const { moved, stopped } = moveStraight(world, feet, sx, sz, cfg);
    if (!stopped) continue;
    // Slide: what is left of this sub-step, minus its part into the wall.
    const rest = slen - moved;
    if (rest <= 1e-6) continue;
    const into = ux * blocked.nx + uz * blocked.nz;
    const tx = (ux - blocked.nx * into) * rest;
    const tz = (uz - blocked.nz * into) * rest;
    if (Math.hypot(tx, tz) > 1e-6) moveStraight(world, feet, tx, tz, cfg);
  }
  return feet;
}

/** Snaps a point to the floor beneath it (for spawns and click-to-walk targets); null if there is none. */
export function settle(world: WalkWorld, x: number, z: number, fromY: number): Feet | null {
  const y = world.floorAt(x, z, fromY);
  return y === null ? null : { x, y, z };
}

/** Eye height a visit starts with, metres (the viewer's default; the start-up first frame's too). */
export const DEFAULT_EYE_HEIGHT = 1.6;
