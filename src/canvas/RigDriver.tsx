import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { PerspectiveCamera } from 'three';
import { FULL_FRAME, focalForFov } from '../lib/camera/fov';
import { stepFlight } from '../lib/motion/flight';
import { viewerVfovDeg } from '../lib/camera/viewerFov';
import { DEG } from '../lib/motion/pose';
import { bumpPose, rig } from '../state/rig';

/** Props of the rig driver. */
export interface RigDriverProps {
  /**
   * Vertical field of view in degrees the canvas must show, given its aspect; when
   * absent the viewer default is used. Frame mode supplies the lens's field of view
   * widened to the letterboxed canvas.
   */
  vfovFor?: ((aspect: number) => number) | undefined;
  /**
   * The lens the view reports in `rig` (and so in window.__scout.camera()): frame mode's 9:16
   * frame, not the whole canvas. Absent, the canvas's own field of view and its full-frame
   * equivalent focal length are reported.
   */
  lens?: ViewLens | undefined;
}

/** Field of view and focal length of the picture a view stands for. */
export interface ViewLens {
  /** Vertical field of view, degrees. */
  vfovDeg: number;
  /** Horizontal field of view, degrees. */
  hfovDeg: number;
  focalMm: number;
}

/**
 * Copies the rig's pose to the camera every rendered frame and advances flights. The one writer
 * of the rig's reported lens (`rig.vfovDeg`, `hfovDeg`, `focalMm`), except while a camera move
 * plays (canvas/frame/MovePlayer.tsx reports the move's lens frame by frame).
 * While a flight is under way it asks for the next frame; otherwise nothing is
 * drawn until something changes (frameloop="demand").
 */
export function RigDriver({ vfovFor, lens }: RigDriverProps) {
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const size = useThree((s) => s.size);

  useEffect(() => {
    rig.invalidate = () => invalidate();
    invalidate();
    return () => {
      rig.invalidate = () => {};
    };
  }, [invalidate]);

  useEffect(() => {
    const aspect = size.width / Math.max(1, size.height);
    const vfov = vfovFor ? vfovFor(aspect) : viewerVfovDeg(aspect);
    camera.fov = vfov;
    camera.aspect = aspect;
    camera.near = 0.05;
    camera.far = 1000;
    camera.updateProjectionMatrix();
    if (lens) {
      rig.vfovDeg = lens.vfovDeg;
      rig.hfovDeg = lens.hfovDeg;
      rig.focalMm = lens.focalMm;
    } else {
      rig.vfovDeg = vfov;
      rig.hfovDeg = (2 * Math.atan(Math.tan((vfov * DEG) / 2) * aspect)) / DEG;
      // Full-frame equivalent of the view: 24 mm of height across the vertical field.
      rig.focalMm = focalForFov(FULL_FRAME.height, vfov);
    }
    bumpPose();
    invalidate();
  }, [camera, size.width, size.height, vfovFor, lens, invalidate]);

  useFrame((_, delta) => {
    if (rig.flight) {
      const landed = stepFlight(rig.flight, Math.min(delta, 0.1), rig.pose);
      if (landed) rig.flight = null;
      bumpPose();
      invalidate();
    }
    const p = rig.pose;
    camera.position.set(p.x, p.y, p.z);
    camera.rotation.set(p.pitch, p.yaw, p.roll, 'YXZ');
    camera.updateMatrixWorld();
  }, -10);
  return null;
}
