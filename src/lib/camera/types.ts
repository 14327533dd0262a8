/**
 * Domain types for the camera math, owned here (docs/ARCHITECTURE.md §1): src/data/schema.ts
 * reads scenes/cameras.json into exactly these shapes, and a type-level check there fails the
 * typecheck if the two drift apart, so a body read from the catalog can be passed straight in.
 */

/** How the 9:16 frame sits on the sensor: the camera on its side, or a crop of the landscape sensor. */
export type Orientation = 'portrait' | 'crop';
/** Stand-in figures of stated height (cm in the id). */
export type FigureKind = 'adult-175' | 'adult-162' | 'child-120';
export type FigurePose = 'standing' | 'seated';

/** A camera body as described in scenes/cameras.json. */
export interface Body {
  id: string;
  name: string;
  maker: string;
  kind: 'cinema' | 'mirrorless' | 'phone';
  /** The active sensor area for the listed mode, landscape, mm. */
  sensor: { width: number; height: number; mode: string };
  /** Pixels across the same active area, per recording format. */
  recording: { id: string; label: string; width: number; height: number }[];
  lensMount?: string | undefined;
  source: string;
  representative?: boolean | undefined;
}

/** A lens set: primes list every focal length, zooms [min, max]. */
export interface LensSet {
  id: string;
  name: string;
  maker: string;
  kind: 'prime' | 'zoom' | 'fixed';
  focalLengths: number[];
  /** Bodies this lens belongs to (a phone lens); absent means any. */
  forBodies?: string[] | undefined;
  /** Fastest published stop; absent: 2.8. */
  fastestT?: number | undefined;
  source: string;
}

/** The bodies and lenses of scenes/cameras.json. */
export interface CameraCatalog {
  bodies: Body[];
  lenses: LensSet[];
}

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
