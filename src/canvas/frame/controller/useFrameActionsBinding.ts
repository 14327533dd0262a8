import { useEffect } from 'react';
import type { ObstacleHit } from '../../../lib/motion/walk';
import { applyAxis, figureNudge } from '../../../lib/moves/operate';
import { RIG_HEIGHT_MAX, RIG_HEIGHT_MIN } from '../../../lib/moves/rig';
import { clamp, DEG } from '../../../lib/motion/pose';
import type { FrameAxis } from '../../../state/frame';
import { bindFrameActions, useFrameStore } from '../../../state/frame';
import { cancelFlight, rig, touchPose } from '../../../state/rig';
import { useModel } from '../../ModelContext';
import { operator } from './operator';

/** Keyboard activation of a move-pad button: one step per axis (radians, metres). */
const NUDGE: Record<FrameAxis, number> = { pan: 1 * DEG, tilt: 1 * DEG, roll: 1 * DEG, dolly: 0.1, truck: 0.1, pedestal: 0.05 };
const scratchHit: ObstacleHit = { distance: 0, nx: 0, nz: 0 };

/** Binds frame mode's commands for the DOM (src/ui has no three.js) to the loaded set. */
export function useFrameActionsBinding(): void {
  const world = useModel().world;
  useEffect(() => {
    const floorUnder = () => world.floorAt(rig.pose.x, rig.pose.z, rig.pose.y + 0.05);
    return bindFrameActions({
      floorAt: (x, z, fromY) => world.floorAt(x, z, fromY),
      obstacleDistance: (x, y, z, dx, dz, maxDist) => world.castObstacle(x, y, z, dx, dz, maxDist, scratchHit)?.distance ?? null,
      setHeight(m) {
        const f = floorUnder();
        if (f === null) return;
        cancelFlight();
        rig.pose.y = f + clamp(m, RIG_HEIGHT_MIN, RIG_HEIGHT_MAX);
        touchPose();
      },
      nudge(axis, sign) {
        cancelFlight();
        applyAxis(operator, rig.pose, axis, NUDGE[axis] * (Math.sign(sign) || 1));
        touchPose();
      },
      level() {
        cancelFlight();
        rig.pose.roll = 0;
        touchPose();
      },
      moveFigure(id, right, away) {
        const f = useFrameStore.getState().figures.find((x) => x.id === id);
        if (!f) return;
        const p = figureNudge(world, rig.pose.yaw, f.position, right, away);
        if (p) useFrameStore.getState().updateFigure(id, { position: p });
      },
    });
  }, [world]);
}
