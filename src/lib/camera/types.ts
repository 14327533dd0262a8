/**
 * Domain types for the camera math. They come from the catalog schema so that a body read
 * from scenes/cameras.json can be passed straight in; the imports are type-only, so this
 * folder stays free of run-time dependencies.
 */
import type { CameraBody, FigureKind, FigurePose, LensSet, Orientation } from '../../data/schema';

/** A camera body as described in scenes/cameras.json. */
export type Body = CameraBody;
export type { FigureKind, FigurePose, LensSet, Orientation };

/** A width × height pair: millimetres for sensors and frames, pixels for recordings. */
export interface Size {
  width: number;
  height: number;
}

/** The 9:16 frame on the sensor and the field of view it gives with a lens. */
export interface FrameFov {
  /** Horizontal field of view across the 9:16 frame, degrees. */
  hfovDeg: number;
  /** Vertical field of view (three.js PerspectiveCamera.fov), degrees. */
  vfovDeg: number;
  frameWidthMm: number;
  frameHeightMm: number;
}
