import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { PerspectiveCamera } from 'three';
import { frameProjection } from '../../lib/frameBox';
import { useFrame as useFrameStore } from '../../state/frame';
import { bumpPose, rig } from '../../state/rig';

/** The lens as the 9:16 frame sees it. */
export interface FrameLensValues {
  /** Vertical field of view of the 9:16 frame, degrees. */
  vfovDeg: number;
  /** Horizontal field of view of the 9:16 frame, degrees. */
  hfovDeg: number;
  focalMm: number;
}

/**
 * Points the canvas camera's optical axis through the middle of the frame box (a view
 * offset when the box is off the stage's centre) with the field of view that makes the box
 * show exactly the lens, and reports the FRAME's field of view and focal length in `rig`
 * (so window.__scout.camera() speaks of the 9:16 picture, not the whole canvas).
 * RigDriver sets the same `fov` through ModeParts.fov.vfovFor; this keeps the offset and the
 * reported values, and wins over RigDriver's canvas values whenever they differ.
 */
export function FrameLens({ lens }: { lens: FrameLensValues }) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const invalidate = useThree((s) => s.invalidate);
  const layout = useFrameStore((s) => s.layout);
  const { vfovDeg, hfovDeg, focalMm } = lens;

  useEffect(() => {
    if (layout && layout.box.height > 0) {
      const p = frameProjection(layout.stageWidth, layout.stageHeight, layout.box, vfovDeg);
      if (p.centred) camera.clearViewOffset();
      else camera.setViewOffset(p.fullWidth, p.fullHeight, p.offsetX, p.offsetY, layout.stageWidth, layout.stageHeight);
      camera.fov = p.vfovDeg;
      camera.aspect = layout.stageWidth / Math.max(1, layout.stageHeight);
      camera.updateProjectionMatrix();
    }
    rig.vfovDeg = vfovDeg;
    rig.hfovDeg = hfovDeg;
    rig.focalMm = focalMm;
    bumpPose();
    invalidate();
  }, [camera, layout, vfovDeg, hfovDeg, focalMm, invalidate]);

  useEffect(
    () => () => {
      camera.clearViewOffset();
      camera.updateProjectionMatrix();
      rig.invalidate();
    },
    [camera],
  );

  // RigDriver rewrites rig.vfovDeg/hfovDeg with the canvas's values when the canvas resizes;
  // put the frame's back (after RigDriver's frame callback at priority −10).
  useFrame(() => {
    if (rig.vfovDeg !== vfovDeg || rig.hfovDeg !== hfovDeg || rig.focalMm !== focalMm) {
      rig.vfovDeg = vfovDeg;
      rig.hfovDeg = hfovDeg;
      rig.focalMm = focalMm;
      bumpPose();
    }
  }, -9);
  return null;
}
