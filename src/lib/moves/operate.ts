/**
 * The frame camera operator's moves on one axis: pan, tilt, roll, dolly, truck and pedestal.
 * Dolly and truck keep the lens's height above the floor and stop at walls (the set's
 * collision, as the walker uses it); pedestal stays within the rig's height range. Pure: each
 * function changes only the pose and the operator scratch it is given (no allocation, so the
 * canvas can call them every frame).
 */
import { clamp } from '../motion/angles';
import type { Pose } from '../motion/pose';
import { DEG, PITCH_LIMIT, wrapAngle } from '../motion/pose';
import type { Feet, ObstacleHit, WalkWorld } from '../motion/walk';
import { DEFAULT_WALK, stepWalk } from '../motion/walk';
import { RIG_HEIGHT_MAX, RIG_HEIGHT_MIN } from './rig';

export type OperatorAxis = 'pan' | 'tilt' | 'roll' | 'dolly' | 'truck' | 'pedestal';

/** The camera can roll this far either way (a dutch angle past 90° is upside down). */
export const ROLL_LIMIT = 90 * DEG;
/** Keep the lens this far from walls (a camera body's half depth and a little air), metres. */
export const CAMERA_RADIUS = 0.25;
const WALK = { ...DEFAULT_WALK, radius: CAMERA_RADIUS };

/**
 * The world the operator moves in, with its scratch. `lensWorld` is a walk world that also
 * stops the camera at lens height: stepWalk casts at knee and chest height above the floor,
 * and a camera on a high stand must not push its lens through a beam.
 */
export interface Operator {
  world: WalkWorld | null;
  lensWorld: WalkWorld & { lensY: number };
  feet: Feet;
  hit: ObstacleHit;
}

/** An operator for `world` (null: no set loaded, dolly and truck do nothing). */
export function makeOperator(world: WalkWorld | null = null): Operator {
  const hit: ObstacleHit = { distance: 0, nx: 0, nz: 0 };
  const op: Operator = {
    world,
    feet: { x: 0, y: 0, z: 0 },
    hit,
    lensWorld: {
      lensY: 0,
      floorAt: (x, z, fromY) => op.world!.floorAt(x, z, fromY),
      castObstacle(x, y, z, dx, dz, maxDist, out) {
        const w = op.world!;
        const a = w.castObstacle(x, y, z, dx, dz, maxDist, out);
        const b = w.castObstacle(x, this.lensY, z, dx, dz, maxDist, hit);
        if (b && (!a || b.distance < out.distance)) {
          out.distance = b.distance;
          out.nx = b.nx;
          out.nz = b.nz;
          return out;
        }
        return a;
      },
    },
  };
  return op;
}

/** One move on one axis, in radians (pan, tilt, roll) or metres (dolly, truck, pedestal). */
export function applyAxis(op: Operator, pose: Pose, axis: OperatorAxis, amount: number): void {
  switch (axis) {
    case 'pan':
      pose.yaw = wrapAngle(pose.yaw + amount);
      break;
    case 'tilt':
      pose.pitch = clamp(pose.pitch + amount, -PITCH_LIMIT, PITCH_LIMIT);
      break;
    case 'roll':
      pose.roll = clamp(pose.roll + amount, -ROLL_LIMIT, ROLL_LIMIT);
      break;
    case 'dolly':
      moveFlat(op, pose, amount, 0);
      break;
    case 'truck':
      moveFlat(op, pose, 0, amount);
      break;
    case 'pedestal': {
      const floor = op.world ? op.world.floorAt(pose.x, pose.z, pose.y + 0.05) : null;
      if (floor === null) pose.y += amount;
      else pose.y = floor + clamp(pose.y - floor + amount, RIG_HEIGHT_MIN, RIG_HEIGHT_MAX);
      break;
    }
  }
}

/** Dolly (forward) and truck (right) on the floor, keeping the height above it, stopped by walls. */
export function moveFlat(op: Operator, pose: Pose, forward: number, right: number): void {
  const sy = Math.sin(pose.yaw);
  const cy = Math.cos(pose.yaw);
  const mx = -sy * forward + cy * right;
  const mz = -cy * forward - sy * right;
  const w = op.world;
  if (!w) return;
  const floor = w.floorAt(pose.x, pose.z, pose.y + 0.05);
  if (floor === null) {
    // Off every floor (a link into the air): move freely, but not through walls at lens height.
    const len = Math.hypot(mx, mz);
    if (len < 1e-9) return;
    const hit = w.castObstacle(pose.x, pose.y, pose.z, mx / len, mz / len, len + CAMERA_RADIUS, op.hit);
    const allowed = hit ? Math.max(0, hit.distance - CAMERA_RADIUS) : len;
    pose.x += (mx / len) * Math.min(len, allowed);
    pose.z += (mz / len) * Math.min(len, allowed);
    return;
  }
  const height = pose.y - floor;
  const feet = op.feet;
  feet.x = pose.x;
  feet.y = floor;
  feet.z = pose.z;
  op.lensWorld.lensY = pose.y;
  stepWalk(op.lensWorld, feet, mx, mz, WALK);
  pose.x = feet.x;
  pose.z = feet.z;
  pose.y = feet.y + height;
}

/**
 * Where a figure ends up when moved `right` and `away` metres as seen from a camera with this
 * yaw, on the floor there (stepping up at most a stair's height), or null off every floor.
 */
export function figureNudge(world: WalkWorld, yaw: number, position: readonly [number, number, number], right: number, away: number): [number, number, number] | null {
  const sy = Math.sin(yaw);
  const cy = Math.cos(yaw);
  // Right of the camera (cos yaw, −sin yaw); away from it (−sin yaw, −cos yaw).
  const x = position[0] + cy * right - sy * away;
  const z = position[2] - sy * right - cy * away;
  const y = world.floorAt(x, z, position[1] + DEFAULT_WALK.stepUp);
  return y === null ? null : [x, y, z];
}

/** A new figure faces the camera: the yaw opposite the camera's, degrees in [−180, 180). */
export function facingCameraDeg(cameraYaw: number): number {
  return ((cameraYaw / DEG + 180 + 540) % 360) - 180;
}
