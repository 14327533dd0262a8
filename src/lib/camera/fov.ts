/**
 * Lens and sensor geometry for a vertical 9:16 delivery (docs/ARCHITECTURE.md §4).
 *
 * The delivered frame is always exactly 9:16. docs/ARCHITECTURE.md §4 states the portrait rule as
 * "height = sensor width, width = min(sensor height, sensor width · 9/16)", which is only
 * 9:16 while the sensor is at most 16:9. On a wider sensor (KOMODO 17:9, and 16:9 bodies
 * whose height is rounded down) the sensor height is the limit, and the long side is then
 * cropped too: height = sensor height · 16/9. Both orientations therefore reduce to one rule,
 * "the largest 9:16 rectangle that fits, with its long side along a given sensor side".
 */
import type { Body, FrameFov, Orientation, Size } from './types';
import { radToDeg } from '../motion/angles';

/** Width ÷ height of the delivered frame. three.js' PerspectiveCamera.aspect in frame mode. */
export const FRAME_ASPECT = 9 / 16;

export { FOCAL_RANGE_MM, clampFocalMm } from './focalRange';

/** The full-frame still format the equivalent focal lengths refer to, in mm. */
export const FULL_FRAME: Readonly<Size> = { width: 36, height: 24 };

/** Field of view in degrees across a side of `sideMm` with a lens of `focalMm`: 2·atan(side / 2f). */
export function fovDeg(sideMm: number, focalMm: number): number {
  return radToDeg(2 * Math.atan(sideMm / (2 * focalMm)));
}

/** The focal length in mm that gives `fov` degrees across `sideMm` (the inverse of fovDeg). */
export function focalForFov(sideMm: number, fov: number): number {
  return sideMm / (2 * Math.tan((fov * Math.PI) / 360));
}

/** The largest 9:16 rectangle whose long (vertical) side lies along `along` and whose short side lies along `across`. */
function largest916(along: number, across: number): Size {
  const height = Math.min(along, (across * 16) / 9);
  return { width: (height * 9) / 16, height };
}

/**
 * The 9:16 frame in mm cut from a landscape sensor.
 * - `portrait`: the camera is on its side, so the frame's height runs along the sensor's width:
 *   height = min(sensor width, sensor height · 16/9), width = height · 9/16.
 *   A 36 × 24 sensor gives 20.25 × 36; KOMODO 27.03 × 14.26 gives 14.26 × 25.35.
 * - `crop`: a 9:16 window of the landscape sensor: height = sensor height (unless the sensor is
 *   narrower than 9:16, never the case for real bodies), width = height · 9/16.
 */
export function frameSize(sensor: Size, orient: Orientation): Size {
  return orient === 'portrait' ? largest916(sensor.width, sensor.height) : largest916(sensor.height, sensor.width);
}

/**
 * Field of view and frame size for a body, a focal length and an orientation. Set a three.js
 * PerspectiveCamera's `fov` to `vfovDeg` and its `aspect` to 9/16.
 */
export function frameFov(body: Pick<Body, 'sensor'>, focalMm: number, orient: Orientation): FrameFov {
  const frame = frameSize(body.sensor, orient);
  return {
    hfovDeg: fovDeg(frame.width, focalMm),
    vfovDeg: fovDeg(frame.height, focalMm),
    frameWidthMm: frame.width,
    frameHeightMm: frame.height,
  };
}

/**
 * Full-frame 9:16 equivalent focal length: the focal length that frames the same picture on a
 * 36 × 24 mm camera turned on its side (its 9:16 frame is 20.25 × 36 mm). Since every frame
 * here is exactly 9:16, matching the height matches width and diagonal too, so this is the
 * figure a director can compare across bodies and orientations: f · 36 / frame height.
 * A full-frame body in `portrait` gives f itself; the same body in `crop` gives 1.5 f.
 */
export function equivalentFocal(body: Pick<Body, 'sensor'>, focalMm: number, orient: Orientation): number {
  const frame = frameSize(body.sensor, orient);
  return (focalMm * FULL_FRAME.width) / frame.height;
}

/**
 * The conventional stills crop factor: the 36 × 24 diagonal (43.27 mm) over the sensor's
 * diagonal. Shown next to the sensor size; it ignores the 9:16 frame, so use
 * `equivalentFocal` to compare framings.
 */
export function diagonalCropFactor(sensor: Size): number {
  return Math.hypot(FULL_FRAME.width, FULL_FRAME.height) / Math.hypot(sensor.width, sensor.height);
}
