/**
 * The shot size recorded with a shot. Which figure is judged is the shot list's choice: the
 * selected stand-in when it is in the frame, else the one filling the most of the frame's
 * height (the nearest subject). The judging itself is frame mode's (src/lib/framing/frameShot.ts), so
 * the list records exactly what the frame readout showed.
 */
import type { ShotSizeId } from '../camera/shotSize';
import type { FigureInput } from '../framing/frameShot';
import { figureShot, makeFigureShot } from '../framing/frameShot';
import type { SightWorld } from '../framing/figureVisibility';
import { ALL_VISIBLE, visibleJoints } from '../framing/figureVisibility';
import type { Pose } from '../motion/pose';

/** The judged figure and its shot size. */
export interface PoseShot {
  /** Index into the figures given. */
  index: number;
  shotSize: ShotSizeId;
  /** Figure height over the frame's height at the figure. */
  fill: number;
}

const scratch = makeFigureShot();

/**
 * The shot size a camera at `pose` with the lens's vertical field of view gives (frame aspect
 * 9:16), or null when no figure is in the frame. With `world`, judged from what the set lets
 * the camera see of each figure, as the frame readout does.
 */
export function shotSizeOfPose(pose: Pose, lensVfovDeg: number, figures: readonly FigureInput[], selected: number | null = null, world: SightWorld | null = null): PoseShot | null {
  const judge = (f: FigureInput) => figureShot(pose, lensVfovDeg, f, scratch, 9 / 16, world ? visibleJoints(pose.x, pose.y, pose.z, f, world) : ALL_VISIBLE);
  const sel = selected !== null ? figures[selected] : undefined;
  if (sel && judge(sel).shot && scratch.view) {
    return { index: selected!, shotSize: scratch.shot!, fill: scratch.view.fill };
  }
  let best: PoseShot | null = null;
  for (let i = 0; i < figures.length; i++) {
    judge(figures[i]!);
    if (scratch.shot && scratch.view && (!best || scratch.view.fill > best.fill)) best = { index: i, shotSize: scratch.shot, fill: scratch.view.fill };
  }
  return best;
}
