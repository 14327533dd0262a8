/**
 * Readout text for frame mode. Numbers are written the same way in both languages (crews
 * read "35 mm", "33.7°", "1.50 m" on any monitor); words come from the string tables.
 */
import type { ShotSizeId } from '../../lib/camera/shotSize';
import { SHOT_SIZES } from '../../lib/camera/shotSize';
import type { FigureInput, FigureShot } from '../../lib/framing/frameShot';
import { figureShot, makeFigureShot } from '../../lib/framing/frameShot';
import type { Pose } from '../../lib/motion/pose';
import { formatFixed } from '../../lib/url/query';
import type { Lang } from '../../lib/i18n';

const MINUS = '−';

/** A focal length to 0.1 mm without trailing zeros: "35 mm", "6.9 mm". */
export function formatFocal(mm: number): string {
  return `${formatFixed(mm, 1)} mm`;
}

/** A field of view with one decimal: "33.7°". */
export function formatFov(deg: number): string {
  return `${deg.toFixed(1)}°`;
}

/** A signed angle with one decimal, a true minus sign, no "−0.0": "+2.5°", "−0.4°", "0.0°". */
export function formatSignedDeg(deg: number): string {
  const r = Math.round(deg * 10) / 10;
  if (r === 0) return '0.0°';
  return `${r > 0 ? '+' : MINUS}${Math.abs(r).toFixed(1)}°`;
}

/** Metres with two decimals: "1.50 m". */
export function formatMetres(m: number): string {
  const r = Math.round(m * 100) / 100;
  return `${r < 0 ? MINUS : ''}${Math.abs(r).toFixed(2)} m`;
}

/** A shot size's name in a language, or "—". */
export function shotName(shot: ShotSizeId | null, lang: Lang): string {
  return shot ? SHOT_SIZES[shot].name[lang] : '—';
}

/** Per-frame values of the readouts. */
export interface LiveValues {
  /** Camera height above the floor under it; null when there is no floor. */
  heightM: number | null;
  tiltDeg: number;
  rollDeg: number;
  /** Horizontal distance to the selected figure; null when none is selected. */
  distanceM: number | null;
  shot: ShotSizeId | null;
  /** The set hides part of the selected figure in the frame. */
  hidden: boolean;
  /** Whether a figure is selected. */
  hasFigure: boolean;
}

export function makeLiveValues(): LiveValues {
  return { heightM: null, tiltDeg: 0, rollDeg: 0, distanceM: null, shot: null, hidden: false, hasFigure: false };
}

const judged: FigureShot = makeFigureShot();

/**
 * Fills `out` from the camera pose, the floor under it, the frame's vertical field of view, the
 * selected figure and which of its joints the set lets the camera see (figureVisibility.ts).
 */
export function computeLive(pose: Pose, floorY: number | null, lensVfovDeg: number, figure: FigureInput | null, out: LiveValues, visible?: number): LiveValues {
  out.heightM = floorY === null ? null : pose.y - floorY;
  out.tiltDeg = (pose.pitch * 180) / Math.PI;
  out.rollDeg = (pose.roll * 180) / Math.PI;
  out.hasFigure = figure !== null;
  if (!figure) {
    out.distanceM = null;
    out.shot = null;
    out.hidden = false;
    return out;
  }
  figureShot(pose, lensVfovDeg, figure, judged, 9 / 16, visible);
  out.distanceM = judged.distanceM;
  out.shot = judged.shot;
  out.hidden = judged.hidden;
  return out;
}
