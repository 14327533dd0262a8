import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import { canvasNdcToFrameNdc, frameBox, frameProjection, LAYOUT_INSETS } from '../../lib/framing/frameBox';
import { projectPoint } from '../../lib/framing/frameShot';
import { makePose } from '../../lib/motion/pose';

const DEG = Math.PI / 180;

/** The canvas camera as FrameLens sets it up for a stage and a lens. */
function canvasCamera(W: number, H: number, insets: typeof LAYOUT_INSETS.wide, lensVfov: number, pose = makePose(1, 1.4, 2, 20 * DEG, -5 * DEG, 3 * DEG)) {
  const box = frameBox(W, H, insets);
  const p = frameProjection(W, H, box, lensVfov);
  const cam = new PerspectiveCamera(p.vfovDeg, W / H, 0.05, 1000);
  if (!p.centred) cam.setViewOffset(p.fullWidth, p.fullHeight, p.offsetX, p.offsetY, W, H);
  cam.updateProjectionMatrix();
  cam.position.set(pose.x, pose.y, pose.z);
  cam.rotation.set(pose.pitch, pose.yaw, pose.roll, 'YXZ');
  cam.updateMatrixWorld(true);
  return { cam, box, pose };
}

describe('the canvas camera shows the lens exactly inside the frame box', () => {
  for (const [name, W, H, insets] of [
    ['wide stage, off-centre box', 900, 739, LAYOUT_INSETS.wide],
    ['phone stage', 390, 747, LAYOUT_INSETS.compact],
    ['centred box', 1600, 900, { top: 0, right: 0, bottom: 0, left: 0 }],
  ] as const) {
    it(`${name}: three.js projection remapped to the box equals the lens projection`, () => {
      const lensVfov = 43.59;
      const { cam, box, pose } = canvasCamera(W, H, insets, lensVfov);
      const frame = { x: 0, y: 0 };
      const lens = { x: 0, y: 0, depth: 0 };
      for (const pt of [
        [1, 1.4, -3],
        [2.5, 0, -1],
        [-1, 2.8, -6],
        [0.2, 1, 0],
      ] as const) {
        const v = new Vector3(...pt).project(cam);
        canvasNdcToFrameNdc(W, H, box, v.x, v.y, frame);
        expect(projectPoint(pose, lensVfov, 9 / 16, pt[0], pt[1], pt[2], lens)).toBe(true);
        expect(frame.x).toBeCloseTo(lens.x, 9);
        expect(frame.y).toBeCloseTo(lens.y, 9);
      }
    });
  }

  it('the optical axis passes through the middle of the box', () => {
    const { cam, box } = canvasCamera(900, 739, LAYOUT_INSETS.wide, 50, makePose(0, 1.5, 0));
    const v = new Vector3(0, 1.5, -10).project(cam);
    const px = ((v.x + 1) / 2) * 900;
    const py = ((1 - v.y) / 2) * 739;
    expect(px).toBeCloseTo(box.x + box.width / 2, 6);
    expect(py).toBeCloseTo(box.y + box.height / 2, 6);
  });
});
