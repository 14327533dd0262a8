/**
 * Camera poses in set coordinates (metres, Y up). Orientation follows docs/ARCHITECTURE.md §3:
 * yaw 0 looks toward −Z, positive yaw turns left (counter-clockwise seen from
 * above), positive pitch looks up, roll turns the picture clockwise for positive
 * values as seen by the camera operator (three.js rotation.z sign).
 * Internally angles are radians; the URL and catalog speak degrees.
 */

import { clamp, wrapDeg180 as wrapDeg } from './angles';

export { clamp, wrapDeg };

export interface Pose {
  x: number;
  y: number;
  z: number;
  /** Radians. */
  yaw: number;
  /** Radians, clamped to ±PITCH_LIMIT. */
  pitch: number;
  /** Radians. */
  roll: number;
}

export const DEG = Math.PI / 180;
export const PITCH_LIMIT = 89 * DEG;

/** Wraps an angle into (−π, π]. */
export function wrapAngle(a: number): number {
  const twoPi = Math.PI * 2;
  let r = ((a % twoPi) + twoPi) % twoPi;
  if (r > Math.PI) r -= twoPi;
  return r;
}

export function makePose(x = 0, y = 1.6, z = 0, yaw = 0, pitch = 0, roll = 0): Pose {
  return { x, y, z, yaw, pitch, roll };
}

export function copyPose(from: Pose, to: Pose): Pose {
  to.x = from.x;
  to.y = from.y;
  to.z = from.z;
  to.yaw = from.yaw;
  to.pitch = from.pitch;
  to.roll = from.roll;
  return to;
}

/** Unit view direction of a yaw/pitch, written into `out` (no allocation). */
export function forward(yaw: number, pitch: number, out: { x: number; y: number; z: number }): { x: number; y: number; z: number } {
  const c = Math.cos(pitch);
  out.x = -Math.sin(yaw) * c;
  out.y = Math.sin(pitch);
  out.z = -Math.cos(yaw) * c;
  return out;
}

/** Yaw and pitch that look from (x, y, z) toward (tx, ty, tz). */
export function lookAngles(x: number, y: number, z: number, tx: number, ty: number, tz: number): { yaw: number; pitch: number } {
  const dx = tx - x;
  const dy = ty - y;
  const dz = tz - z;
  const flat = Math.hypot(dx, dz);
  return { yaw: Math.atan2(-dx, -dz), pitch: Math.atan2(dy, flat) };
}

/** The pose as the URL/catalog write it: degrees. */
export interface PoseDeg {
  position: [number, number, number];
  yawDeg: number;
  pitchDeg: number;
  rollDeg: number;
}

export function poseToDeg(p: Pose): PoseDeg {
  return { position: [p.x, p.y, p.z], yawDeg: wrapDeg(p.yaw / DEG), pitchDeg: p.pitch / DEG, rollDeg: wrapDeg(p.roll / DEG) };
}

export function poseFromDeg(d: { position: readonly [number, number, number] | number[]; yawDeg: number; pitchDeg: number; rollDeg?: number | undefined }): Pose {
  return {
    x: d.position[0] ?? 0,
    y: d.position[1] ?? 0,
    z: d.position[2] ?? 0,
    yaw: wrapAngle(d.yawDeg * DEG),
    pitch: clamp(d.pitchDeg * DEG, -Math.PI / 2, Math.PI / 2),
    roll: wrapAngle((d.rollDeg ?? 0) * DEG),
  };
}
