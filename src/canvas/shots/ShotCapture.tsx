import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { StillView } from '../../state/shots';
import { STILL_HEIGHT, STILL_WIDTH, bindShotCapture, snapshotView } from '../../state/shots';
import { PROTECT_IDS, protectRect } from '../../lib/framing/protectGuides';
import { useMoves } from '../../state/moves';
import type { StillPixels } from './renderStill';
import { encodePng, renderStill } from './renderStill';

/** Draws the protect (extraction) guides chosen in frame mode into the still's pixels (dashed amber lines, 3 px). */
function drawProtectGuides(p: StillPixels): void {
  const { protect, protectOffset } = useMoves.getState();
  for (const id of PROTECT_IDS) {
    if (!protect[id]) continue;
    const r = protectRect(id, protectOffset);
    const y0 = Math.round(r.y * p.height);
    const y1 = Math.min(p.height - 1, Math.round((r.y + r.height) * p.height) - 1);
    const x0 = Math.round(r.x * p.width);
    const x1 = Math.min(p.width - 1, Math.round((r.x + r.width) * p.width) - 1);
    const put = (x: number, y: number) => {
      const i = (y * p.width + x) * 4;
      p.data[i] = 242;
      p.data[i + 1] = 178;
      p.data[i + 2] = 51;
    };
    const dash = (i: number) => i % 36 < 24;
    for (let w = 0; w < 3; w++) {
      for (let x = x0; x <= x1; x++) {
        if (!dash(x)) continue;
        put(x, Math.min(y1, y0 + w));
        put(x, Math.max(y0, y1 - w));
      }
      for (let y = y0; y <= y1; y++) {
        if (!dash(y)) continue;
        put(Math.min(x1, x0 + w), y);
        put(Math.max(x0, x1 - w), y);
      }
    }
  }
}

/**
 * Binds the shot list's still capture to this canvas (src/state/shots.ts, `shotCapture`):
 * renders 1080 × 1920 offscreen with the frame's true field of view and the given pose (by
 * default the rig's pose and the frame store's lens), and encodes a PNG. Stand-in figures are
 * in the still, and so are the protect guides when shown; on-screen aids (measuring marks, the
 * move's path, objects with userData.noStill) are not.
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
            // Protect guides belong in the still when they are on: a cut-down's framing is part of the shot.
            drawProtectGuides(pixels);
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
