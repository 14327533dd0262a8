import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { StillView } from '../../state/shots';
import { STILL_HEIGHT, STILL_WIDTH, bindShotCapture, snapshotView } from '../../state/shots';
import { encodePng, renderStill } from './renderStill';

/**
 * Binds the shot list's still capture to this canvas (src/state/shots.ts, `shotCapture`):
 * renders 1080 × 1920 offscreen with the frame's true field of view and the given pose (by
 * default the rig's pose and the frame store's lens), and encodes a PNG. Stand-in figures are
 * in the still; on-screen aids (measuring marks, objects with userData.noStill) are not.
 * Renders nothing and does nothing per frame.
 */
export function ShotCapture() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(
    () =>
      bindShotCapture({
        captureStill: (view?: StillView) => {
          try {
            const pixels = renderStill(gl, scene, camera, view ?? snapshotView().view, STILL_WIDTH, STILL_HEIGHT);
            invalidate();
            return encodePng(pixels);
          } catch (err) {
            invalidate();
            return Promise.reject(err instanceof Error ? err : new Error(String(err)));
          }
        },
      }),
    [gl, scene, camera, invalidate],
  );
  return null;
}
