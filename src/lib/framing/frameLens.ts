/**
 * Choosing lenses in frame mode: which lens set is in use, stepping through it, and keeping
 * the picture when the body changes (same full-frame-equivalent focal length).
 */
import type { Body, LensSet, Orientation } from '../camera/types';
import { frameSize } from '../camera/fov';
import { lensesForBody } from '../camera/feasibility';

const EPS = 1e-6;

/** Whether a focal length is one the set offers (any value within a zoom's range). */
export function setHasFocal(set: LensSet, focalMm: number): boolean {
  if (set.kind === 'zoom') {
    const min = Math.min(...set.focalLengths);
    const max = Math.max(...set.focalLengths);
    return focalMm >= min - EPS && focalMm <= max + EPS;
  }
  return set.focalLengths.some((f) => Math.abs(f - focalMm) < 0.05);
}

/**
 * The lens set in use: the preferred one if it suits the body, else the first suitable set
 * that offers the focal length, else the first suitable set; null when none suits.
 */
export function pickLensSet(lenses: readonly LensSet[], body: Pick<Body, 'id' | 'kind'>, focalMm: number, preferredId: string | null): LensSet | null {
  const usable = lensesForBody(lenses, body);
  const preferred = preferredId ? usable.find((l) => l.id === preferredId) : undefined;
  if (preferred) return preferred;
  return usable.find((l) => setHasFocal(l, focalMm)) ?? usable[0] ?? null;
}

/** The focal length of the set nearest to `targetMm` (zooms: clamped to their range, 0.1 mm). */
export function nearestFocal(set: LensSet, targetMm: number): number {
  if (set.kind === 'zoom') {
    const min = Math.min(...set.focalLengths);
    const max = Math.max(...set.focalLengths);
    return Math.round(Math.min(max, Math.max(min, targetMm)) * 10) / 10;
  }
  let best = set.focalLengths[0] ?? targetMm;
  for (const f of set.focalLengths) if (Math.abs(f - targetMm) < Math.abs(best - targetMm)) best = f;
  return best;
}

/**
 * The next focal length up (dir 1) or down (dir −1): the next prime in the set, or 1 mm along
 * a zoom; the same value at the end of the range. A focal length between primes goes to the
 * neighbouring prime.
 */
export function stepFocal(set: LensSet, focalMm: number, dir: 1 | -1): number {
  if (set.kind === 'zoom') {
    const min = Math.min(...set.focalLengths);
    const max = Math.max(...set.focalLengths);
    const next = dir > 0 ? Math.floor(focalMm + EPS) + 1 : Math.ceil(focalMm - EPS) - 1;
    return Math.min(max, Math.max(min, next));
  }
  const sorted = [...set.focalLengths].sort((a, b) => a - b);
  if (dir > 0) return sorted.find((f) => f > focalMm + 0.05) ?? sorted[sorted.length - 1] ?? focalMm;
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i]! < focalMm - 0.05) return sorted[i]!;
  return sorted[0] ?? focalMm;
}

/** The focal length on `body` in `orient` that frames like `equivMm` on full frame on its side (inverse of equivalentFocal). */
export function focalForEquivalent(body: Pick<Body, 'sensor'>, orient: Orientation, equivMm: number): number {
  return (equivMm * frameSize(body.sensor, orient).height) / 36;
}
