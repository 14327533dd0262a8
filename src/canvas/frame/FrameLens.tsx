import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { PerspectiveCamera } from 'three';
import { frameProjection } from '../../lib/framing/frameBox';
import { useFrameStore } from '../../state/frame';
import { rig } from '../../state/rig';
import type { ViewLens } from '../RigDriver';

/** The lens as the 9:16 frame sees it. */
export type FrameLensValues = ViewLens;

/**
 * Points the canvas camera's optical axis through the middle of the frame box (a view
 * offset when the box is off the stage's centre) with the field of view that makes the box
 * show exactly the lens. RigDriver sets the same `fov` through ModeParts.fov.vfovFor and
 * reports the FRAME's field of view and focal length in `rig` (ModeParts.fov.lens), so
 * window.__scout.camera() speaks of the 9:16 picture, not the whole canvas.
 */
export function FrameLens({ lens }: { lens: FrameLensValues }) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const invalidate = useThree((s) => s.invalidate);
  const layout = useFrameStore((s) => s.layout);
  const { vfovDeg } = lens;

  useEffect(() => {
    if (layout && layout.box.height > 0) {
      const p = frameProjection(layout.stageWidth, layout.stageHeight, layout.box, vfovDeg);
      if (p.centred) camera.clearViewOffset();
      else camera.setViewOffset(p.fullWidth, p.fullHeight, p.offsetX, p.offsetY, layout.stageWidth, layout.stageHeight);
      camera.fov = p.vfovDeg;
      camera.aspect = layout.stageWidth / Math.max(1, layout.stageHeight);
      camera.updateProjectionMatrix();
    }
    invalidate();
  }, [camera, layout, vfovDeg, invalidate]);

  useEffect(
    () => () => {
      camera.clearViewOffset();
      camera.updateProjectionMatrix();
      rig.invalidate();
    },
    [camera],
  );
  return null;
}
