/**
 * The selected stand-in's visible joints for the live readouts, throttled: sight lines are cast
 * at most every THROTTLE_MS while the camera or the figure moves, and once more when they
 * settle (a trailing run through notifyFrameLive), never every frame. Between runs the last
 * mask stands; the frame edges themselves are judged every frame.
 */
import type { FigureInput } from '../../lib/framing/frameShot';
import { ALL_VISIBLE, visibleJoints } from '../../lib/framing/figureVisibility';
import type { SightWorld } from '../../lib/framing/figureVisibility';
import type { Pose } from '../../lib/motion/pose';
import { notifyFrameLive } from '../../state/frame';
import { useSight } from '../../state/sight';

export const THROTTLE_MS = 150;

const key = new Float64Array(6);
const last = { world: null as SightWorld | null, kind: '', pose: '', mask: ALL_VISIBLE, at: -Infinity, timer: 0 };

function sameKey(pose: Pose, f: FigureInput, world: SightWorld): boolean {
  return (
    last.world === world &&
    last.kind === f.kind &&
    last.pose === f.pose &&
    key[0] === pose.x &&
    key[1] === pose.y &&
    key[2] === pose.z &&
    key[3] === f.position[0] &&
    key[4] === f.position[1] &&
    key[5] === f.position[2]
  );
}

/** Bit mask of the joints of `figure` the camera at `pose` sees past the bound set (all when none is bound). */
export function figureSight(pose: Pose, figure: FigureInput | null, now = performance.now()): number {
  const world = useSight.getState().world;
  if (!world || !figure) return ALL_VISIBLE;
  if (sameKey(pose, figure, world)) return last.mask;
  const wait = THROTTLE_MS - (now - last.at);
  if (wait > 0) {
    if (!last.timer) {
      last.timer = window.setTimeout(() => {
        last.timer = 0;
        notifyFrameLive();
      }, wait);
    }
    return last.mask;
  }
  last.at = now;
  last.world = world;
  last.kind = figure.kind;
  last.pose = figure.pose;
  key[0] = pose.x;
  key[1] = pose.y;
  key[2] = pose.z;
  key[3] = figure.position[0];
  key[4] = figure.position[1];
  key[5] = figure.position[2];
  last.mask = visibleJoints(pose.x, pose.y, pose.z, figure, world);
  return last.mask;
}
