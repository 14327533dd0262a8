/**
 * What of a stand-in figure the camera can actually see past the set (docs/ARCHITECTURE.md §4):
 * a sight line from the lens to each body landmark of the shot-size model, tested against the
 * set's collision proxies. A figure behind a bench front reads by the part above the bench,
 * and the judgement says the set covers the rest.
 *
 * Pure and allocation-free: the world is anything that answers "is this segment blocked"
 * (src/lib/world/triangleWorld.ts does, without allocating), the answer is a bit mask.
 */
import type { FigureView } from '../camera/shotSize';
import { FIGURE_HEIGHTS_M, LANDMARKS, SEATED_HEIGHT_RATIO, posedHeight } from '../camera/shotSize';
import type { FigurePose } from '../camera/types';
import type { FigureInput } from './frameShot';

/** Anything that can say whether something solid stands between two points. */
export interface SightWorld {
  segmentBlocked(ax: number, ay: number, az: number, bx: number, by: number, bz: number, tolerance?: number): boolean;
}

/** Joints from the feet up, as standing-height fractions (the shot-size model's landmarks). */
export const JOINTS: readonly number[] = [
  LANDMARKS.feet,
  LANDMARKS.ankles,
  LANDMARKS.knees,
  LANDMARKS.midThigh,
  LANDMARKS.hips,
  LANDMARKS.waist,
  LANDMARKS.chest,
  LANDMARKS.shoulders,
  LANDMARKS.chin,
  LANDMARKS.eyes,
  LANDMARKS.headTop,
];

/** Every joint visible: bit i is joint i. */
export const ALL_VISIBLE = (1 << JOINTS.length) - 1;

/** A ray to the very sole would graze the floor the figure stands on. */
const FEET_LIFT_M = 0.03;
/**
 * Hits this close to a joint are ignored: collision proxies are coarse boxes, and a seat's box
 * wraps the person sitting in it, while a bench front that hides a body stands well in front.
 */
export const NEAR_JOINT_M = 0.4;

/**
 * Joint i's height above the feet as a fraction of the posed height. Seated, the upper body
 * keeps its distance below the head top and the folded legs end at the floor.
 */
export function jointFraction(i: number, pose: FigurePose = 'standing'): number {
  const f = JOINTS[i]!;
  return pose === 'seated' ? Math.max(0, 1 - (1 - f) / SEATED_HEIGHT_RATIO) : f;
}

/** The joints of `figure` a lens at (ex, ey, ez) sees past `world`, as a bit mask (bit i: joint i). */
export function visibleJoints(ex: number, ey: number, ez: number, figure: FigureInput, world: SightWorld): number {
  const [x, y, z] = figure.position;
  const h = posedHeight(FIGURE_HEIGHTS_M[figure.kind], figure.pose);
  let mask = 0;
  for (let i = 0; i < JOINTS.length; i++) {
    const jy = y + Math.max(FEET_LIFT_M, jointFraction(i, figure.pose) * h);
    if (!world.segmentBlocked(ex, ey, ez, x, jy, z, NEAR_JOINT_M)) mask |= 1 << i;
  }
  return mask;
}

/**
 * Narrows a frame's view of a figure (`view`, from the frame edges alone) to what `mask` says
 * is visible, in place: when the lowest joints in the frame are hidden, the view ends at the
 * lowest visible joint (as if the frame cut there); the same at the top. Returns whether the
 * set hides any joint in the frame. When it hides all of them, top = bottom (nothing to judge).
 */
export function narrowToVisible(view: FigureView, mask: number): boolean {
  const pose = view.pose ?? 'standing';
  let lowIn = -1;
  let highIn = -1;
  let lowVis = -1;
  let highVis = -1;
  for (let i = 0; i < JOINTS.length; i++) {
    const p = jointFraction(i, pose);
    if (p < view.bottom - 1e-9 || p > view.top + 1e-9) continue;
    if (lowIn < 0) lowIn = i;
    highIn = i;
    if (mask & (1 << i)) {
      if (lowVis < 0) lowVis = i;
      highVis = i;
    }
  }
  if (lowIn < 0) return false;
  if (lowVis < 0) {
    view.top = view.bottom;
    return true;
  }
  if (lowVis !== lowIn) view.bottom = jointFraction(lowVis, pose);
  if (highVis !== highIn) view.top = jointFraction(highVis, pose);
  let hidden = false;
  for (let i = lowIn; i <= highIn; i++) if (!(mask & (1 << i))) hidden = true;
  return hidden;
}
