/**
 * The viewer's light, in one place for both painters of a set: the start-up first frame
 * (src/canvas/boot/firstFrame.ts, before React) and the Lights component. The same lights mean
 * the same shader programs, so the adopted renderer's compiled programs are reused.
 *
 * Studio-like light that needs no network and no pre-filtering: a sky/ground fill and a
 * warm key from above (two lights: every light costs every pixel, on phones too). An
 * image-based environment (PMREM) was tried: it cost seconds of main thread before the first
 * frame on software renderers and doubled the cost of every frame, for reflections a scout
 * does not need.
 */
import type { Object3D } from 'three';
import { DirectionalLight, HemisphereLight } from 'three';

/** A dusk sky behind open sets (the palace forecourt, windows) instead of black: a clear, not a textured pass. */
export const SKY_COLOR = '#3b4a5e';

/** The fill and the key, new objects each call (each scene owns its lights). */
export function makeLightRig(): Object3D[] {
  const fill = new HemisphereLight('#fff6e8', '#4a423c', 2.2);
  const key = new DirectionalLight('#fff2df', 1.9);
  key.position.set(8, 20, 6);
  return [fill, key];
}
