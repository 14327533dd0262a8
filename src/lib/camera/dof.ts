/**
 * Depth of field from the thin-lens formulas.
 *
 * With focal length f, f-number N, circle of confusion c and focus distance s (all in mm):
 *   hyperfocal  H = f² / (N·c) + f
 *   near limit  Dn = s·(H − f) / (H + s − 2f)
 *   far limit   Df = s·(H − f) / (H − s)      for s < H, else infinity
 *
 * Circle of confusion: the sensor's diagonal ÷ 1500, the convention behind the 0.029–0.030 mm
 * used for full frame (43.3 mm diagonal) and about 0.022 mm for Super 35. It is judged on the
 * whole sensor, not the 9:16 window: the window is enlarged more to fill the same screen, so a
 * crop is, if anything, a little softer than these limits say. Every body uses the same rule so
 * that the numbers compare across bodies.
 *
 * T-stops: cine lenses are marked in T-stops, which include the glass's light loss
 * (T = N / √transmission). Depth of field depends on the geometric f-number N; we use N = T,
 * which makes the stated depth slightly shallower than the true one (for 85–90 % transmission,
 * about 5–8 % less), the safe side for a focus puller.
 */
import type { Size } from './types';

/** Sensor diagonal ÷ this = circle of confusion. */
export const COC_DIVISOR = 1500;

/** Circle of confusion in mm for a sensor of `sensor` mm. */
export function circleOfConfusionMm(sensor: Size): number {
  return Math.hypot(sensor.width, sensor.height) / COC_DIVISOR;
}

/** Hyperfocal distance in metres. */
export function hyperfocalM(focalMm: number, fNumber: number, cocMm: number): number {
  return ((focalMm * focalMm) / (fNumber * cocMm) + focalMm) / 1000;
}

export interface DepthOfField {
  /** Nearest distance in acceptable focus, metres. */
  nearM: number;
  /** Farthest distance in acceptable focus, metres; Infinity when focused at or beyond the hyperfocal distance. */
  farM: number;
  hyperfocalM: number;
  /** farM − nearM; Infinity when farM is. */
  totalM: number;
}

/** Near and far limits of acceptable focus for a focus distance in metres (measured from the sensor plane). */
export function depthOfField(focalMm: number, fNumber: number, cocMm: number, focusM: number): DepthOfField {
  const f = focalMm;
  const H = hyperfocalM(focalMm, fNumber, cocMm) * 1000;
  const s = Math.max(focusM * 1000, f * 1.0001); // a lens cannot focus closer than its focal length
  const nearMm = (s * (H - f)) / (H + s - 2 * f);
  const farMm = s >= H ? Infinity : (s * (H - f)) / (H - s);
  return { nearM: nearMm / 1000, farM: farMm / 1000, hyperfocalM: H / 1000, totalM: farMm === Infinity ? Infinity : (farMm - nearMm) / 1000 };
}

/** The standard full-stop series cine lenses are marked in, from T1 to T22. */
export const T_STOPS = [1, 1.4, 2, 2.8, 4, 5.6, 8, 11, 16, 22] as const;

/** The stops a lens set offers: its fastest stop (e.g. 1.8) followed by the full stops above it up to T22. */
export function stopsFrom(fastest: number): number[] {
  const out = [fastest];
  for (const s of T_STOPS) if (s > fastest + 0.05) out.push(s);
  return out;
}
