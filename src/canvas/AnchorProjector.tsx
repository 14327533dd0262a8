import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Vector3 } from 'three';
import { anchorState, anchors } from '../state/anchors';
import { rig } from '../state/rig';
import { useModel } from './ModelContext';

const v = new Vector3();

/**
 * Places the DOM anchors (src/state/anchors.ts) over the canvas: projects each 3D
 * point to the screen and hides anchors that are behind the camera or, when asked,
 * behind a wall (tested against the set's collision proxies, throttled while the
 * camera flies), then lets the DOM declutter labels (anchorState.placed). Nothing is
 * allocated per frame.
 */
export function AnchorProjector() {
  const model = useModel();
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const last = useRef({ pose: -1, anchors: -1, width: 0, height: 0, occludedAt: -1 });

  useEffect(() => {
    anchorState.invalidate = () => invalidate();
    invalidate();
    return () => {
      anchorState.invalidate = () => {};
    };
  }, [invalidate]);

  useFrame((state) => {
    const l = last.current;
    const moved = rig.version !== l.pose || size.width !== l.width || size.height !== l.height;
    if (!moved && anchorState.version === l.anchors) return;
    // Occlusion costs a ray per anchor: while the camera moves, judge it ten times a
    // second (a marker going behind a wall a few frames late is not noticed).
    const now = state.clock.elapsedTime;
    const judge = anchorState.version !== l.anchors || now - l.occludedAt > 0.1;
    l.pose = rig.version;
    l.anchors = anchorState.version;
    l.width = size.width;
    l.height = size.height;
    if (judge) l.occludedAt = now;
    const p = rig.pose;
    for (const a of anchors.values()) {
      v.set(a.x, a.y, a.z).project(camera);
      const behind = v.z > 1 || v.z < -1;
      if (!behind) {
        a.sx = (v.x * 0.5 + 0.5) * size.width;
        a.sy = (-v.y * 0.5 + 0.5) * size.height;
        a.el.style.transform = `translate(${a.sx.toFixed(1)}px, ${a.sy.toFixed(1)}px) translate(-50%, -50%)`;
      }
      if (judge && a.occlude) {
        const hidden = model.world.segmentBlocked(p.x, p.y, p.z, a.x, a.y, a.z, 0.9);
        a.el.dataset.occluded = hidden ? 'true' : 'false';
        // The pinned control itself says so too (tests and styles look at the marker).
        a.el.firstElementChild?.setAttribute('data-occluded', hidden ? 'true' : 'false');
      }
      const off = behind || a.el.dataset.occluded === 'true';
      a.el.style.visibility = off ? 'hidden' : 'visible';
      a.dist = off ? -1 : Math.hypot(a.x - p.x, a.y - p.y, a.z - p.z);
    }
    anchorState.placed();
    if (!judge) invalidate();
  });
  return null;
}
