/**
 * What the 9:16 frame holds of a stand-in figure: its head top and feet projected through the
 * camera into the frame's normalised device coordinates, then classified (shotSize.ts).
 *
 * The frame is centred on the lens's optical axis (frameBox.ts), so the frame's NDC are the
 * camera's own NDC for the lens's field of view and a 9:16 aspect: no remapping from the
 * canvas is needed. Allocation-free for per-frame use: results go into caller-owned objects.
 */
import type { FigureKind, FigurePose } from '../camera/types';
import type { FigureView, ShotSizeId } from '../camera/shotSize';
import { FIGURE_HEIGHTS_M, classifyShotSize, figureViewFromNdc, posedHeight } from '../camera/shotSize';
import { ALL_VISIBLE, narrowToVisible } from './figureVisibility';
import type { Pose } from '../motion/pose';

const DEG = Math.PI / 180;
/** Nearer than this (m) a point counts as behind the lens. */
export const NEAR_M = 0.05;

/** A projected point: NDC (x right, y up, ±1 at the frame's edges) and depth along the optical axis (m). */
export interface Projected {
  x: number;
  y: number;
  depth: number;
}

/**
 * Projects the world point (px, py, pz) through a camera at `pose` (Euler YXZ: yaw, pitch,
 * roll, as three.js) with vertical field of view `vfovDeg` and width ÷ height `aspect`.
 * Returns false, leaving NDC undefined, when the point is not in front of the camera.
 */
export function projectPoint(pose: Pose, vfovDeg: number, aspect: number, px: number, py: number, pz: number, out: Projected): boolean {
  const dx = px - pose.x;
  const dy = py - pose.y;
  const dz = pz - pose.z;
  // Camera space = Rz(−roll) · Rx(−pitch) · Ry(−yaw) · d.
  const cy = Math.cos(pose.yaw);
  const sy = Math.sin(pose.yaw);
  const x1 = cy * dx - sy * dz;
  const z1 = sy * dx + cy * dz;
  const cp = Math.cos(pose.pitch);
  const sp = Math.sin(pose.pitch);
  const y2 = cp * dy + sp * z1;
  const z2 = -sp * dy + cp * z1;
  const cr = Math.cos(pose.roll);
  const sr = Math.sin(pose.roll);
  const x3 = cr * x1 + sr * y2;
  const y3 = -sr * x1 + cr * y2;
  out.depth = -z2;
  if (!(out.depth > NEAR_M)) return false;
  const tv = Math.tan((vfovDeg * DEG) / 2);
  out.x = x3 / out.depth / (tv * aspect);
  out.y = y3 / out.depth / tv;
  return true;
}

/** A stand-in as the shot-size judge needs it. */
export interface FigureInput {
  /** Feet on the floor, set coordinates. */
  position: readonly [number, number, number];
  kind: FigureKind;
  pose: FigurePose;
}

/** The judgement: null shot when the figure is not in the frame. */
export interface FigureShot {
  shot: ShotSizeId | null;
  view: FigureView | null;
  /** Horizontal distance from the camera to the figure's feet, m. */
  distanceM: number;
  /** The set hides part of the figure in the frame (the view and shot are of the visible part). */
  hidden: boolean;
}

/** A body's half width as a fraction of standing height (shoulders ≈ 0.26 H). */
const HALF_WIDTH = 0.13;
const feet: Projected = { x: 0, y: 0, depth: 0 };
const head: Projected = { x: 0, y: 0, depth: 0 };

/**
 * The shot size of a figure in the frame of a camera at `pose` with the lens's vertical field
 * of view `lensVfovDeg` (frame aspect 9:16 unless given), judged from the joints `visible`
 * says the set does not hide (figureVisibility.ts; default all). Writes into and returns `out`.
 */
export function figureShot(pose: Pose, lensVfovDeg: number, figure: FigureInput, out: FigureShot, aspect = 9 / 16, visible = ALL_VISIBLE): FigureShot {
  const [fx, fy, fz] = figure.position;
  const standing = FIGURE_HEIGHTS_M[figure.kind];
  const h = posedHeight(standing, figure.pose);
  out.distanceM = Math.hypot(fx - pose.x, fz - pose.z);
  out.shot = null;
  out.view = null;
  out.hidden = false;
  const feetOk = projectPoint(pose, lensVfovDeg, aspect, fx, fy, fz, feet);
  const headOk = projectPoint(pose, lensVfovDeg, aspect, fx, fy + h, fz, head);
  if (!feetOk || !headOk) return out;
  // Left or right of the frame at both ends: not in the picture.
  const tanH = Math.tan((lensVfovDeg * DEG) / 2) * aspect;
  const halfFeet = (HALF_WIDTH * standing) / feet.depth / tanH;
  const halfHead = (HALF_WIDTH * standing) / head.depth / tanH;
  if ((Math.abs(feet.x) > 1 + halfFeet && Math.abs(head.x) > 1 + halfHead) || (feet.x > 1 + halfFeet && head.x < -1 - halfHead) || (feet.x < -1 - halfFeet && head.x > 1 + halfHead)) {
    return out;
  }
  const view = figureViewFromNdc(feet.y, head.y, figure.pose);
  if (!view) return out;
  out.hidden = narrowToVisible(view, visible);
  out.view = view;
  out.shot = classifyShotSize(view);
  return out;
}

/** A fresh result object (allocate once, reuse every frame). */
export function makeFigureShot(): FigureShot {
  return { shot: null, view: null, distanceM: 0, hidden: false };
}
