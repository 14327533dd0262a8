/**
 * Shot size of a pose from the stand-in figures, without three.js: the figures' feet and head
 * tops are projected with the same camera model as RigDriver (rotation order YXZ: yaw about Y,
 * then pitch about X, then roll about Z; the camera looks down its −Z) and judged by
 * src/lib/camera's figureViewFromNdc + classifyShotSize (DESIGN.md, "Shot size").
 *
 * Allocation-free (scratch objects at module scope, results written into `out`), so the frame
 * readout may call it every frame.
 */
import type { ShotSizeId } from '../camera/shotSize';
import { FIGURE_HEIGHTS_M, classifyShotSize, figureViewFromNdc, posedHeight } from '../camera/shotSize';
import type { FigureKind, FigurePose } from '../camera/types';
import type { Pose } from '../pose';

/** A stand-in as the shot-size judge needs it. */
export interface JudgedFigure {
  kind: FigureKind;
  pose: FigurePose;
  /** Feet position, set coordinates (m). */
  position: readonly [number, number, number] | number[];
}

/**
 * Projects a set-space point into normalised device coordinates of a camera at `pose`
 * (x, y in [−1, 1] inside the frame, +y up). Returns false, leaving `out` unchanged, when the
 * point is not in front of the camera.
 */
export function projectToNdc(pose: Pose, vfovDeg: number, aspect: number, x: number, y: number, z: number, out: { x: number; y: number }): boolean {
  let dx = x - pose.x;
  let dy = y - pose.y;
  let dz = z - pose.z;
  // Undo yaw (about Y), then pitch (about X), then roll (about Z): the inverse of R = Ry·Rx·Rz.
  let c = Math.cos(pose.yaw);
  let s = Math.sin(pose.yaw);
  const x1 = c * dx - s * dz;
  const z1 = s * dx + c * dz;
  dx = x1;
  dz = z1;
  c = Math.cos(pose.pitch);
  s = Math.sin(pose.pitch);
  const y2 = c * dy + s * dz;
  const z2 = -s * dy + c * dz;
  dy = y2;
  dz = z2;
  c = Math.cos(pose.roll);
  s = Math.sin(pose.roll);
  const x3 = c * dx + s * dy;
  const y3 = -s * dx + c * dy;
  if (!(dz < -1e-6)) return false;
  const t = Math.tan((vfovDeg * Math.PI) / 360);
  out.x = x3 / (-dz * t * aspect);
  out.y = y3 / (-dz * t);
  return true;
}

/** The judged figure and its shot size. */
export interface FigureShot {
  /** Index into the figures given. */
  index: number;
  shotSize: ShotSizeId;
  /** Figure height over the frame's height at the figure. */
  fill: number;
}

const feet = { x: 0, y: 0 };
const head = { x: 0, y: 0 };

/**
 * The shot size of one figure seen by a camera, or null when it is not in the frame (behind
 * the camera, wholly above, below or beside it). `out` receives the result.
 */
export function judgeFigure(pose: Pose, vfovDeg: number, aspect: number, f: JudgedFigure, out: { shotSize: ShotSizeId | null; fill: number }): boolean {
  out.shotSize = null;
  out.fill = 0;
  const px = f.position[0] ?? 0;
  const py = f.position[1] ?? 0;
  const pz = f.position[2] ?? 0;
  const h = posedHeight(FIGURE_HEIGHTS_M[f.kind], f.pose);
  if (!projectToNdc(pose, vfovDeg, aspect, px, py, pz, feet)) return false;
  if (!projectToNdc(pose, vfovDeg, aspect, px, py + h, pz, head)) return false;
  // The figure's axis must cross the frame sideways (a shoulder's width of slack).
  const slack = 0.15;
  if (Math.min(feet.x, head.x) > 1 + slack || Math.max(feet.x, head.x) < -1 - slack) return false;
  const view = figureViewFromNdc(feet.y, head.y, f.pose);
  if (!view) return false;
  const size = classifyShotSize(view);
  if (!size) return false;
  out.shotSize = size;
  out.fill = view.fill;
  return true;
}

const one = { shotSize: null as ShotSizeId | null, fill: 0 };

/**
 * The shot size a pose gives: judged on the selected figure when it is in the frame, else on
 * the figure that fills the most of the frame's height (the nearest subject). Null when no
 * figure is in the frame.
 */
export function shotSizeOfPose(
  pose: Pose,
  vfovDeg: number,
  aspect: number,
  figures: readonly JudgedFigure[],
  selected: number | null = null,
): FigureShot | null {
  if (selected !== null && figures[selected] && judgeFigure(pose, vfovDeg, aspect, figures[selected], one) && one.shotSize) {
    return { index: selected, shotSize: one.shotSize, fill: one.fill };
  }
  let best: FigureShot | null = null;
  for (let i = 0; i < figures.length; i++) {
    if (judgeFigure(pose, vfovDeg, aspect, figures[i]!, one) && one.shotSize && (!best || one.fill > best.fill)) {
      best = { index: i, shotSize: one.shotSize, fill: one.fill };
    }
  }
  return best;
}
