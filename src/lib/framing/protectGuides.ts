/**
 * Protect (extraction) guides inside the 9:16 frame: the part of the picture a 16:9 trailer,
 * a 1:1 or a 4:5 feed cut-down will keep, centred or moved up or down the frame.
 */
import type { FracRect } from './frameGuides';
import { protectionRect } from './frameGuides';

export const PROTECT_IDS = ['16:9', '1:1', '4:5'] as const;
export type ProtectId = (typeof PROTECT_IDS)[number];

/** Width ÷ height of each cut-down. */
export const PROTECT_ASPECT: Readonly<Record<ProtectId, number>> = { '16:9': 16 / 9, '1:1': 1, '4:5': 4 / 5 };

/**
 * The cut-down's rectangle in fractions of the 9:16 frame. `offset` in [−1, 1] moves it from the
 * top of the frame (−1) through the centre (0) to the bottom (1); it always spans the full width.
 */
export function protectRect(id: ProtectId, offset = 0): FracRect {
  const r = protectionRect(PROTECT_ASPECT[id]);
  const o = Math.min(1, Math.max(-1, Number.isFinite(offset) ? offset : 0));
  return { ...r, y: ((1 - r.height) / 2) * (1 + o) };
}
