/**
 * Whether a recording format holds enough pixels for a 9:16 delivery.
 *
 * The 9:16 window is taken from the recorded picture with the same rule as the frame on the
 * sensor (fov.ts), counted in pixels instead of millimetres, then rounded down to whole
 * pixels: HD 1920 × 1080 cropped gives 1080 · 9/16 = 607.5 → 607 × 1080. Rounding each side
 * down keeps the window inside the picture; it can leave it up to one pixel off exact 9:16,
 * which a final scale to the delivery size absorbs.
 */
import type { Body, Orientation, Size } from './types';
import { frameSize } from './fov';

/** The usual vertical delivery: 1080 × 1920. */
export const DELIVERY_1080x1920: Readonly<Size> = { width: 1080, height: 1920 };

/** Pixels available for the 9:16 frame, judged against a delivery size. */
export interface DeliveryCheck {
  /** Width of the 9:16 window in whole recorded pixels. */
  width: number;
  /** Height of the 9:16 window in whole recorded pixels. */
  height: number;
  /** True when the window is at least the target in both directions (no upscaling). */
  ok: boolean;
  /** min(width / target width, height / target height): above 1 is oversampled, below 1 is upscaled. */
  scale: number;
}

// 2160 · 9/16 is exactly 1215 in floating point, but other products can land a hair under an
// integer; a tolerance far below a pixel keeps those from losing a whole pixel.
const floorPx = (v: number) => Math.floor(v + 1e-6);

/**
 * The 9:16 window a recording (pixels across the body's active area, landscape) yields in an
 * orientation. UHD 3840 × 2160: `crop` → 1215 × 2160 (ok for 1080 × 1920, scale 1.125);
 * `portrait` → 2160 × 3840 (scale 2).
 */
export function deliveryCheck(recording: Size, orient: Orientation, target: Size = DELIVERY_1080x1920): DeliveryCheck {
  const frame = frameSize(recording, orient);
  const width = floorPx(frame.width);
  const height = floorPx(frame.height);
  const scale = Math.min(width / target.width, height / target.height);
  return { width, height, ok: width >= target.width && height >= target.height, scale };
}

/** The body's recording format that gives the most pixels for the 9:16 frame, with its check. */
export function bestDelivery(
  body: Pick<Body, 'recording'>,
  orient: Orientation,
  target: Size = DELIVERY_1080x1920,
): { recordingId: string; label: string } & DeliveryCheck {
  let best: ({ recordingId: string; label: string } & DeliveryCheck) | null = null;
  for (const rec of body.recording) {
    const check = deliveryCheck(rec, orient, target);
    if (!best || check.scale > best.scale) best = { recordingId: rec.id, label: rec.label, ...check };
  }
  if (!best) throw new Error('bestDelivery: the body lists no recording formats');
  return best;
}
