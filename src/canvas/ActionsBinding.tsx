import { useEffect } from 'react';
import { lookAngles, makePose } from '../lib/motion/pose';
import { clampOrbit, orbitLimitsFor, orbitToPose } from '../lib/motion/orbit';
import { flyTo, rig } from '../state/rig';
import { useViewer } from '../state/viewer';
import { bindViewerActions } from '../state/viewerActions';
import { useModel } from './ModelContext';

const target = makePose();

/** Binds the DOM's "go there" commands to this model's floors and bounds. */
export function ActionsBinding() {
  const model = useModel();
  useEffect(
    () =>
      bindViewerActions({
        goTo(x, z) {
          const { mode, eyeHeight } = useViewer.getState();
          if (mode === 'orbit') {
            const o = { ...rig.orbit, tx: x, tz: z, ty: model.bounds.min.y };
            clampOrbit(o, orbitLimitsFor(model.bounds.min, model.bounds.max));
            Object.assign(rig.orbit, o);
            flyTo(orbitToPose(o, target));
            return;
          }
          const floor = model.world.floorAt(x, z, model.bounds.max.y);
          if (floor === null) return;
          // A framed camera keeps the height above the floor it was given (the height slider).
          const here = mode === 'frame' ? model.world.floorAt(rig.pose.x, rig.pose.z, rig.pose.y) : null;
          const height = here === null ? eyeHeight : rig.pose.y - here;
          flyTo({ ...rig.pose, x, z, y: floor + height });
        },
        lookAt(x, y, z) {
          // Stand back 3 m from the point along the current view line, at eye height where possible.
          const { eyeHeight, mode } = useViewer.getState();
          const dx = rig.pose.x - x;
          const dz = rig.pose.z - z;
          const d = Math.hypot(dx, dz) || 1;
          const reach = mode === 'orbit' ? 6 : 3;
          const px = x + (dx / d) * reach;
          const pz = z + (dz / d) * reach;
          const floor = model.world.floorAt(px, pz, model.bounds.max.y);
          const py = mode === 'orbit' || floor === null ? y + reach * 0.6 : floor + eyeHeight;
          const { yaw, pitch } = lookAngles(px, py, pz, x, y, z);
          flyTo({ x: px, y: py, z: pz, yaw, pitch, roll: 0 });
        },
      }),
    [model],
  );
  return null;
}
