/**
 * Frame guides as rectangles in fractions of the 9:16 frame (x, y from its top-left corner),
 * so one drawing serves any frame size: the composition lines, the broadcast safe areas, the
 * 16:9 protection area for a second, landscape deliverable, and the platforms' UI bands.
 */

/** A rectangle as fractions of the frame's width (x, width) and height (y, height). */
export interface FracRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Insets as fractions: left/right of the width, top/bottom of the height. */
export interface FracInsets {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Width ÷ height of the delivered frame. */
export const FRAME_ASPECT = 9 / 16;

/** Rule-of-thirds lines, as fractions along each side. */
export const THIRDS: readonly number[] = [1 / 3, 2 / 3];

/** A centred rectangle `fraction` of the frame's width and height (action safe 0.93, title safe 0.9). */
export function centredRect(fraction: number): FracRect {
  const f = Math.min(1, Math.max(0, fraction));
  const m = (1 - f) / 2;
  return { x: m, y: m, width: f, height: f };
}

/**
 * The largest rectangle of `innerAspect` (width ÷ height) inside a frame of `frameAspect`,
 * centred. A 16:9 protection area inside 9:16 spans the full width and 81/256 of the height
 * (1080 × 607.5 of 1080 × 1920).
 */
export function protectionRect(innerAspect = 16 / 9, frameAspect = FRAME_ASPECT): FracRect {
  // In frame-width units the frame is 1 wide and 1/frameAspect tall.
  const frameH = 1 / frameAspect;
  let w = 1;
  let h = w / innerAspect;
  if (h > frameH) {
    h = frameH;
    w = h * innerAspect;
  }
  const width = w;
  const height = h / frameH;
  return { x: (1 - width) / 2, y: (1 - height) / 2, width, height };
}

/** The uncovered rectangle inside insets. */
export function insetRect(insets: FracInsets): FracRect {
  return { x: insets.left, y: insets.top, width: 1 - insets.left - insets.right, height: 1 - insets.top - insets.bottom };
}

/**
 * The bands a platform's UI covers, as rectangles that do not overlap: the full-width top and
 * bottom bands, then the left and right bands between them. Empty bands are left out.
 */
export function coveredBands(insets: FracInsets): FracRect[] {
  const { top, bottom, left, right } = insets;
  const middle = 1 - top - bottom;
  const bands: FracRect[] = [
    { x: 0, y: 0, width: 1, height: top },
    { x: 0, y: 1 - bottom, width: 1, height: bottom },
    { x: 0, y: top, width: left, height: middle },
    { x: 1 - right, y: top, width: right, height: middle },
  ];
  return bands.filter((b) => b.width > 0 && b.height > 0);
}

/** A fraction rectangle in pixels of a frame `width` × `height`. */
export function toPixels(r: FracRect, width: number, height: number): FracRect {
  return { x: r.x * width, y: r.y * height, width: r.width * width, height: r.height * height };
}
