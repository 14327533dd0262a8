import { useEffect } from 'react';
import { RIG_HEIGHT_MAX, RIG_START_HEIGHT } from '../../../lib/moves/rig';
import { jumpTo, rig, touchPose } from '../../../state/rig';
import { useModel } from '../../ModelContext';
import { operator } from './operator';

/**
 * Stands the camera on a floor when frame mode opens on a set: it keeps where it is when that
 * is a plausible camera position (a preset, a shared link, the walker's eye), else it starts
 * at the spawn point. Gives the operator the set's world while mounted, and levels the camera
 * on leaving (the other modes have no roll control).
 */
export function useCameraPlacement(): void {
  const model = useModel();
  const world = model.world;
  useEffect(() => {
    operator.world = world;
    const floor = world.floorAt(rig.pose.x, rig.pose.z, rig.pose.y + 0.05);
    if (floor === null || rig.pose.y - floor > RIG_HEIGHT_MAX + 1) {
      const s = model.spawn;
      const y = world.floorAt(s.x, s.z, s.y) ?? s.y - RIG_START_HEIGHT;
      jumpTo({ ...s, y: y + RIG_START_HEIGHT, pitch: 0, roll: 0 });
    }
    return () => {
      operator.world = null;
    };
  }, [world, model]);

  useEffect(
    () => () => {
      if (rig.pose.roll !== 0) {
        rig.pose.roll = 0;
        touchPose();
      }
    },
    [],
  );
}
