/**
 * Shot size (景别) from how much of a stand-in figure the 9:16 frame holds, and the inverse:
 * the framing, and so the camera distance, that a named shot size asks for.
 *
 * Everything is measured vertically, in fractions of the figure's height and of the frame's
 * height at the figure. That makes the rules aspect-aware without special cases: a full figure
 * that fills 80 % of a 9:16 frame's height is a full shot, the same figure filling 80 % of a
 * 16:9 frame's height would be too, but the 9:16 frame reaches that at a shorter distance.
 *
 * Body landmarks are the segment proportions of Drillis & Contini (1966), as tabulated in
 * Winter, "Biomechanics and Motor Control of Human Movement": eyes 0.936, chin 0.870,
 * shoulders 0.818, chest 0.72–0.75, waist ≈ 0.61, hip joint 0.530, knee 0.285, ankle 0.039.
 */
import type { FigureKind, FigurePose } from './types';
import { clamp } from '../motion/angles';

/** Shot sizes from tightest to widest. */
export const SHOT_SIZE_IDS = [
  'extreme-close-up',
  'close-up',
  'medium-close-up',
  'medium',
  'medium-long',
  'full',
  'long',
  'extreme-long',
] as const;

export type ShotSizeId = (typeof SHOT_SIZE_IDS)[number];

/** A shot size's names and what it frames, in both languages. */
export interface ShotSize {
  id: ShotSizeId;
  name: { zh: string; en: string };
  framing: { zh: string; en: string };
}

/**
 * Names follow the Chinese textbook definitions by cut line (特写 肩部以上, 近景 胸部以上,
 * 中近景 腰部以上, 中景 膝部以上) so a Chinese crew reads the framing they expect; the English
 * names follow the same cut lines (MCU chest up, medium waist up, cowboy mid-thigh to knee).
 */
export const SHOT_SIZES: Readonly<Record<ShotSizeId, ShotSize>> = {
  'extreme-close-up': {
    id: 'extreme-close-up',
    name: { zh: '大特写', en: 'Extreme close-up' },
    framing: { zh: '面部局部（眼、口）', en: 'Part of the face (eyes, mouth)' },
  },
  'close-up': {
    id: 'close-up',
    name: { zh: '特写', en: 'Close-up' },
    framing: { zh: '肩部以上', en: 'Head and shoulders' },
  },
  'medium-close-up': {
    id: 'medium-close-up',
    name: { zh: '近景', en: 'Medium close-up' },
    framing: { zh: '胸部以上', en: 'Chest up' },
  },
  medium: {
    id: 'medium',
    name: { zh: '中近景', en: 'Medium shot' },
    framing: { zh: '腰部以上', en: 'Waist up' },
  },
  'medium-long': {
    id: 'medium-long',
    name: { zh: '中景（七分身）', en: 'Medium long (cowboy)' },
    framing: { zh: '膝部以上', en: 'Mid-thigh or knees up' },
  },
  full: {
    id: 'full',
    name: { zh: '全景', en: 'Full shot' },
    framing: { zh: '全身，人物占满画面高度', en: 'Whole figure, filling most of the height' },
  },
  long: {
    id: 'long',
    name: { zh: '远景', en: 'Long shot' },
    framing: { zh: '全身，人物在环境中', en: 'Whole figure within the set' },
  },
  'extreme-long': {
    id: 'extreme-long',
    name: { zh: '大远景', en: 'Extreme long shot' },
    framing: { zh: '人物很小，以环境为主', en: 'A small figure in a wide view of the set' },
  },
};

/** Heights above the feet as fractions of standing height. */
export const LANDMARKS = {
  headTop: 1,
  eyes: 0.936,
  chin: 0.87,
  shoulders: 0.818,
  chest: 0.73,
  waist: 0.61,
  hips: 0.53,
  midThigh: 0.4,
  knees: 0.285,
  ankles: 0.039,
  feet: 0,
} as const;

/**
 * A seated figure's height over its standing height. Seat (popliteal) height ≈ 0.25 H plus
 * sitting height (seat to head top) ≈ 0.52 H on an ordinary 45 cm chair. Lower sofas give
 * about 0.7. The upper body is the same as standing, so its landmarks keep their distance
 * below the head top.
 */
export const SEATED_HEIGHT_RATIO = 0.77;

/** Stand-in figures by schema kind, standing height in metres. */
export const FIGURE_HEIGHTS_M: Readonly<Record<FigureKind, number>> = {
  'adult-175': 1.75,
  'adult-162': 1.62,
  'child-120': 1.2,
};

/** The figure's height in its pose, metres. */
export function posedHeight(standingM: number, pose: FigurePose = 'standing'): number {
  return pose === 'seated' ? standingM * SEATED_HEIGHT_RATIO : standingM;
}

/**
 * Cut thresholds on the frame's bottom edge, as standing-height fractions: the frame bottom
 * sits above `above` for the shot to count as this size. Each boundary lies between two
 * landmarks: chin (0.87) for ECU, between shoulders and chest for CU/MCU (0.775), between
 * chest and waist for MCU/medium (0.67), just above the crotch for medium/cowboy (0.52).
 */
export const CUT_THRESHOLDS = [
  { shot: 'extreme-close-up', above: 0.87 },
  { shot: 'close-up', above: 0.775 },
  { shot: 'medium-close-up', above: 0.67 },
  { shot: 'medium', above: 0.52 },
] as const satisfies readonly { shot: ShotSizeId; above: number }[];

/** Feet count as in frame when no more than this fraction of the figure's height is cut below. */
export const FEET_TOLERANCE = 0.06;
/** The head counts as framed when the frame top reaches the eyes. */
export const HEAD_IN = LANDMARKS.eyes;
/** Full-figure thresholds on `fill` (figure height ÷ frame height). */
export const FULL_MIN_FILL = 0.5;
export const LONG_MIN_FILL = 0.15;

/** What of a figure the frame holds, measured vertically. */
export interface FigureView {
  /** Lowest visible point, clipped to the frame, as a fraction of the figure's posed height above its feet (0: feet in frame). */
  bottom: number;
  /** Highest visible point, same units (1: head top in frame). */
  top: number;
  /** The figure's posed height over the frame's vertical extent at the figure (0.8: fills 80 % of the height). */
  fill: number;
  /** Default standing. */
  pose?: FigurePose;
}

/**
 * A FigureView from the projected feet and head top in normalised device coordinates
 * (three.js Vector3.project: y = −1 at the frame's bottom edge, +1 at the top). Points along
 * the figure are interpolated linearly between the two, which is exact for a level camera and
 * close for moderate pitch. Returns null when the figure is entirely above or below the frame,
 * or when the head does not project above the feet (camera upside down or the figure behind it).
 */
export function figureViewFromNdc(feetNdcY: number, headNdcY: number, pose: FigurePose = 'standing'): FigureView | null {
  const span = headNdcY - feetNdcY;
  if (!(span > 0) || !Number.isFinite(span)) return null;
  const bottom = clamp((-1 - feetNdcY) / span, 0, 1);
  const top = clamp((1 - feetNdcY) / span, 0, 1);
  if (top <= bottom) return null;
  return { bottom, top, fill: span / 2, pose };
}

function byCut(bottomStd: number): ShotSizeId {
  for (const t of CUT_THRESHOLDS) if (bottomStd > t.above) return t.shot;
  return 'medium-long';
}

/**
 * Classifies a view of a figure.
 * - Head and feet in frame: by fill: ≥ 0.5 full, ≥ 0.15 long, smaller extreme long.
 * - Head in frame, feet cut: by where the frame bottom cuts the body (CUT_THRESHOLDS); any cut
 *   below the crotch, down to the ankles, is medium long.
 * - Head cut off (an insert of the body): as the cut shot whose visible extent is the same.
 * Seated figures are compared by distance below the head top, since sitting folds only the legs.
 * Returns null when nothing of the figure is visible.
 */
export function classifyShotSize(view: FigureView): ShotSizeId | null {
  const bottom = clamp(view.bottom, 0, 1);
  const top = clamp(view.top, 0, 1);
  if (!(top > bottom) || !(view.fill > 0)) return null;
  const ratio = view.pose === 'seated' ? SEATED_HEIGHT_RATIO : 1;
  const toStd = (f: number) => 1 - (1 - f) * ratio;
  const headIn = toStd(top) >= HEAD_IN;
  if (headIn && bottom <= FEET_TOLERANCE) {
    if (view.fill >= FULL_MIN_FILL) return 'full';
    return view.fill >= LONG_MIN_FILL ? 'long' : 'extreme-long';
  }
  if (headIn) return byCut(toStd(bottom));
  return byCut(1 - (toStd(top) - toStd(bottom)));
}

/** The frame a shot size asks for: a cut (frame edges as standing fractions) or a fill. */
type FramingRule = { bottom: number; top: number } | { fill: number };

/**
 * Intended framings. Cut shots put the frame bottom just below the landmark that names them
 * and leave headroom that grows with the shot; every one classifies back to its own size.
 */
export const INTENDED_FRAMINGS: Readonly<Record<ShotSizeId, FramingRule>> = {
  'extreme-close-up': { bottom: 0.89, top: 0.99 },
  'close-up': { bottom: 0.8, top: 1.03 },
  'medium-close-up': { bottom: 0.71, top: 1.04 },
  medium: { bottom: 0.57, top: 1.05 },
  'medium-long': { bottom: 0.36, top: 1.06 },
  full: { fill: 0.8 },
  long: { fill: 0.3 },
  'extreme-long': { fill: 0.1 },
};

/** A framing in set units: what the frame must span at the figure and where a level camera sits. */
export interface Framing {
  shot: ShotSizeId;
  /** Vertical extent of the frame at the figure's distance, metres. */
  extentM: number;
  /** Frame edges at the figure, metres above the figure's floor. */
  frameBottomM: number;
  frameTopM: number;
  /** Height of a level camera (the frame's centre), metres above the figure's floor. */
  cameraHeightM: number;
}

/**
 * The framing a shot size asks for on a figure of `standingM` metres. Cut shots hang from the
 * head top; fill shots put a level camera at the figure's eye height when the whole figure
 * still fits with 5 % of the frame to spare at each end, otherwise as close to it as possible.
 */
export function intendedFraming(shot: ShotSizeId, standingM: number, pose: FigurePose = 'standing'): Framing {
  const rule = INTENDED_FRAMINGS[shot];
  const head = posedHeight(standingM, pose);
  if ('fill' in rule) {
    const extentM = head / rule.fill;
    const margin = 0.05 * extentM;
    const eye = head - (1 - LANDMARKS.eyes) * standingM;
    const cameraHeightM = clamp(eye, head - extentM / 2 + margin, extentM / 2 - margin);
    return { shot, extentM, frameBottomM: cameraHeightM - extentM / 2, frameTopM: cameraHeightM + extentM / 2, cameraHeightM };
  }
  const frameBottomM = head - (1 - rule.bottom) * standingM;
  const frameTopM = head + (rule.top - 1) * standingM;
  return { shot, extentM: frameTopM - frameBottomM, frameBottomM, frameTopM, cameraHeightM: (frameBottomM + frameTopM) / 2 };
}

/** Distance in metres at which a frame with vertical field of view `vfovDeg` spans `extentM` vertically: extent / (2·tan(vfov/2)). */
export function distanceForExtent(extentM: number, vfovDeg: number): number {
  return extentM / (2 * Math.tan((vfovDeg * Math.PI) / 360));
}

/** Camera-to-figure distance and level camera height for a shot size with a given vertical field of view. */
export function requiredDistance(
  shot: ShotSizeId,
  standingM: number,
  vfovDeg: number,
  pose: FigurePose = 'standing',
): { distanceM: number; cameraHeightM: number; extentM: number } {
  const f = intendedFraming(shot, standingM, pose);
  return { distanceM: distanceForExtent(f.extentM, vfovDeg), cameraHeightM: f.cameraHeightM, extentM: f.extentM };
}
