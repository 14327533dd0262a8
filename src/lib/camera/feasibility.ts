/**
 * Can the intended shot be made from where the camera has to stand? The 3D side measures the
 * free distance behind the camera (a ray cast); this module compares it with the distance the
 * framing needs and suggests what fits instead.
 *
 * With a fixed framing the distance is linear in the lens: d = extent · f / frame height
 * (both in mm, which cancel), so an alternative lens or orientation scales the required
 * distance by (f′ / f) · (h / h′) and no shot-size data is needed here.
 */
import type { Body, FigurePose, FrameFov, LensSet, Orientation } from './types';
import type { ShotSizeId } from './shotSize';
import { frameFov, frameSize } from './fov';
import { requiredDistance } from './shotSize';
import { forwardXZ, wrapDeg180 } from '../motion/angles';

/** A lens and orientation that make the same framing, with the distance it needs. */
export interface Alternative {
  focalMm: number;
  orient: Orientation;
  requiredM: number;
  /** The lens set the focal length comes from, when one of the given sets has it. */
  lensId?: string;
}

export interface FeasibilityInput {
  /** Camera-to-figure distance the framing needs with `focalMm` and `orient` (see requiredDistance). */
  requiredM: number;
  /** The largest camera-to-figure distance the set allows, already net of room for the rig and operator. */
  availableM: number;
  body: Pick<Body, 'id' | 'kind' | 'sensor'>;
  focalMm: number;
  orient: Orientation;
  /** Lens sets to choose alternatives from (scenes/cameras.json `lenses`). */
  lenses?: readonly LensSet[];
}

export interface Feasibility {
  fits: boolean;
  requiredM: number;
  availableM: number;
  /**
   * Only when the shot does not fit, best first: the longest focal length in this orientation
   * that fits; the same lens with the camera turned the other way, if that fits; the longest
   * focal length that fits in the other orientation.
   */
  alternatives: Alternative[];
}

// Distances come out of floating-point products; a micrometre of slack keeps an exact fit a fit.
const EPS_M = 1e-6;

/**
 * Lens sets usable on a body. A set without `forBodies` fits any interchangeable-lens body; a
 * phone only has the lenses listed for it, whatever the sets say.
 */
export function lensesForBody(lenses: readonly LensSet[], body: Pick<Body, 'id' | 'kind'>): LensSet[] {
  return lenses.filter((l) => (l.forBodies ? l.forBodies.includes(body.id) : body.kind !== 'phone'));
}

/** The longest focal length of a set not above `maxMm`, or null. Zooms round down to 0.1 mm, the URL's precision. */
export function longestFocalUpTo(lens: LensSet, maxMm: number): number | null {
  if (lens.kind === 'zoom') {
    const min = Math.min(...lens.focalLengths);
    const max = Math.max(...lens.focalLengths);
    const f = Math.floor(Math.min(max, maxMm) * 10 + 1e-9) / 10;
    return f >= min ? f : null;
  }
  let best: number | null = null;
  for (const f of lens.focalLengths) if (f <= maxMm + 1e-9 && (best === null || f > best)) best = f;
  return best;
}

/**
 * Compares the distance a framing needs with the distance available and, when it does not
 * fit, proposes focal lengths and orientations that make the same framing within it.
 */
export function checkFeasibility(input: FeasibilityInput): Feasibility {
  const { requiredM, availableM, body, focalMm, orient } = input;
  const fits = requiredM <= availableM + EPS_M;
  const result: Feasibility = { fits, requiredM, availableM, alternatives: [] };
  if (fits || !(requiredM > 0) || !(focalMm > 0)) return result;

  const heightOf = (o: Orientation) => frameSize(body.sensor, o).height;
  const h = heightOf(orient);
  // Distance per mm of focal length per mm of frame height: the framing's extent in metres.
  const extentM = (requiredM * h) / focalMm;
  const requiredFor = (f: number, o: Orientation) => (extentM * f) / heightOf(o);
  const lenses = lensesForBody(input.lenses ?? [], body);

  const longestFitting = (o: Orientation): Alternative | null => {
    const maxF = (availableM * heightOf(o)) / extentM;
    let best: Alternative | null = null;
    for (const lens of lenses) {
      const f = longestFocalUpTo(lens, maxF);
      if (f !== null && (!best || f > best.focalMm)) best = { focalMm: f, orient: o, requiredM: requiredFor(f, o), lensId: lens.id };
    }
    return best;
  };

  const other: Orientation = orient === 'portrait' ? 'crop' : 'portrait';
  const candidates: (Alternative | null)[] = [longestFitting(orient)];
  const sameLensTurned = requiredFor(focalMm, other);
  if (sameLensTurned <= availableM + EPS_M) {
    const lens = lenses.find((l) => longestFocalUpTo(l, focalMm) === focalMm);
    candidates.push({ focalMm, orient: other, requiredM: sameLensTurned, ...(lens ? { lensId: lens.id } : {}) });
  }
  candidates.push(longestFitting(other));

  for (const c of candidates) {
    if (!c || c.requiredM > availableM + EPS_M) continue;
    if (result.alternatives.some((a) => a.orient === c.orient && a.focalMm === c.focalMm)) continue;
    result.alternatives.push(c);
  }
  return result;
}

/** A camera pose in set coordinates, shaped like the schema's CameraPose. */
export interface PlacedCamera {
  position: [number, number, number];
  yawDeg: number;
  pitchDeg: number;
}

/**
 * Where a level camera stands to look at a figure along `yawDeg` from `distanceM` away:
 * behind the figure's position along the reverse of the view direction, at `heightM` above the
 * figure's floor (figure position y).
 */
export function placeCamera(
  figure: readonly [number, number, number],
  yawDeg: number,
  distanceM: number,
  heightM: number,
): PlacedCamera {
  const [fx, fz] = forwardXZ(yawDeg);
  return {
    position: [figure[0] - fx * distanceM, figure[1] + heightM, figure[2] - fz * distanceM],
    yawDeg: wrapDeg180(yawDeg),
    pitchDeg: 0,
  };
}

/** Everything needed to set up a named shot on a stand-in figure. */
export interface ShotPlanInput {
  shot: ShotSizeId;
  /** Standing height of the figure, metres (FIGURE_HEIGHTS_M). */
  figureHeightM: number;
  pose?: FigurePose;
  /** The figure's feet, set coordinates. */
  figurePosition: readonly [number, number, number];
  /** Direction the camera looks, degrees (0 toward −Z, positive turns left). */
  yawDeg: number;
  body: Pick<Body, 'id' | 'kind' | 'sensor'>;
  focalMm: number;
  orient: Orientation;
  /** Free camera-to-figure distance along the reverse of the view direction; omit to skip the check. */
  availableM?: number;
  lenses?: readonly LensSet[];
}

export interface ShotPlan {
  /** The level camera that makes the framing. */
  camera: PlacedCamera;
  fov: FrameFov;
  requiredM: number;
  cameraHeightM: number;
  /** Null when no available distance was given. */
  feasibility: Feasibility | null;
}

/**
 * Composes the pieces for a shot: field of view for the body, lens and orientation; the
 * distance and level camera height the shot size asks for; the camera pose; and, given the
 * free distance, whether it fits and what to use instead.
 */
export function planShot(input: ShotPlanInput): ShotPlan {
  const fov = frameFov(input.body, input.focalMm, input.orient);
  const need = requiredDistance(input.shot, input.figureHeightM, fov.vfovDeg, input.pose ?? 'standing');
  const camera = placeCamera(input.figurePosition, input.yawDeg, need.distanceM, need.cameraHeightM);
  const feasibility =
    input.availableM === undefined
      ? null
      : checkFeasibility({
          requiredM: need.distanceM,
          availableM: input.availableM,
          body: input.body,
          focalMm: input.focalMm,
          orient: input.orient,
          ...(input.lenses ? { lenses: input.lenses } : {}),
        });
  return { camera, fov, requiredM: need.distanceM, cameraHeightM: need.cameraHeightM, feasibility };
}
