/**
 * Frame mode's feasibility check in one place: from a target shot size on the selected
 * stand-in and the free distance behind where the camera would stand, to a plain verdict the
 * UI words in zh or en, and the camera pose that makes the shot.
 */
import type { Body, LensSet, Orientation } from './types';
import type { Feasibility } from './feasibility';
import type { ShotSizeId } from './shotSize';
import type { PlacedCamera } from './feasibility';
import { checkFeasibility, placeCamera } from './feasibility';
import { frameFov } from './fov';
import { FIGURE_HEIGHTS_M, requiredDistance } from './shotSize';
import type { FigureInput } from '../framing/frameShot';

/** Room for the camera body and its operator behind the lens, m. */
export const RIG_CLEARANCE_M = 0.5;
/** How far the obstacle ray looks; beyond this the set counts as open. */
export const MAX_CAST_M = 60;

/** One suggestion, in the words the UI needs. */
export type AdviceKind =
  /** Another focal length, same orientation. */
  | 'lens'
  /** The same focal length, the other orientation. */
  | 'turn'
  /** Another focal length in the other orientation. */
  | 'turnLens';

export interface AdviceOption {
  kind: AdviceKind;
  focalMm: number;
  orient: Orientation;
  requiredM: number;
  lensId?: string;
}

export interface FeasibilityAdvice {
  /** `fits`: the shot works as set up; `alternatives`: it does not, these do; `none`: nothing in the kit fits. */
  verdict: 'fits' | 'alternatives' | 'none';
  shot: ShotSizeId;
  focalMm: number;
  orient: Orientation;
  /** Camera-to-figure distance the framing needs, m. */
  requiredM: number;
  /** Distance to the first obstacle behind the camera position, m; null when nothing within MAX_CAST_M. */
  obstacleM: number | null;
  /** Usable distance: obstacle less the rig clearance, m. */
  availableM: number;
  /** Level camera height above the figure's floor for the framing, m. */
  cameraHeightM: number;
  options: AdviceOption[];
}

/** Usable camera-to-figure distance from an obstacle hit (null: open). */
export function availableFrom(obstacleM: number | null): number {
  return Math.max(0, (obstacleM ?? MAX_CAST_M) - RIG_CLEARANCE_M);
}

/** Names each of checkFeasibility's alternatives by what changes. */
export function adviceOptions(f: Feasibility, focalMm: number, orient: Orientation): AdviceOption[] {
  return f.alternatives.map((a) => {
    const kind: AdviceKind = a.orient === orient ? 'lens' : a.focalMm === focalMm ? 'turn' : 'turnLens';
    return { kind, focalMm: a.focalMm, orient: a.orient, requiredM: a.requiredM, ...(a.lensId ? { lensId: a.lensId } : {}) };
  });
}

export interface AdviseInput {
  shot: ShotSizeId;
  figure: Pick<FigureInput, 'kind' | 'pose'>;
  body: Pick<Body, 'id' | 'kind' | 'sensor'>;
  focalMm: number;
  orient: Orientation;
  /** Distance from the figure to the first obstacle along the reverse of the view direction, at camera height; null when open. */
  obstacleM: number | null;
  lenses: readonly LensSet[];
}

/** The verdict for a target shot size (see FeasibilityAdvice). */
export function adviseShot(input: AdviseInput): FeasibilityAdvice {
  const { shot, figure, body, focalMm, orient, obstacleM, lenses } = input;
  const fov = frameFov(body, focalMm, orient);
  const need = requiredDistance(shot, FIGURE_HEIGHTS_M[figure.kind], fov.vfovDeg, figure.pose);
  const availableM = availableFrom(obstacleM);
  const f = checkFeasibility({ requiredM: need.distanceM, availableM, body, focalMm, orient, lenses });
  const options = f.fits ? [] : adviceOptions(f, focalMm, orient);
  return {
    verdict: f.fits ? 'fits' : options.length ? 'alternatives' : 'none',
    shot,
    focalMm,
    orient,
    requiredM: need.distanceM,
    obstacleM,
    availableM,
    cameraHeightM: need.cameraHeightM,
    options,
  };
}

/** The level camera that makes `shot` on the figure from the direction `yawDeg`, with a lens and orientation. */
export function cameraForShot(
  shot: ShotSizeId,
  figure: FigureInput,
  body: Pick<Body, 'sensor'>,
  focalMm: number,
  orient: Orientation,
  yawDeg: number,
): PlacedCamera {
  const fov = frameFov(body, focalMm, orient);
  const need = requiredDistance(shot, FIGURE_HEIGHTS_M[figure.kind], fov.vfovDeg, figure.pose);
  return placeCamera(figure.position, yawDeg, need.distanceM, need.cameraHeightM);
}
