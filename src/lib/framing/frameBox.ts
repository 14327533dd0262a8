/**
 * Where the 9:16 frame sits on the stage and how the canvas camera is set up so that the
 * frame shows exactly the lens's field of view.
 *
 * The canvas keeps filling the stage (the set stays visible, dimmed, around the frame, like
 * a viewfinder's surround). The frame box is the largest box of whole 9 × 16 px cells that
 * fits between the toolbars, so it is exactly 9:16 in CSS pixels. The box may sit off the
 * stage's centre (a toolbar on one side only); the lens's optical axis must still pass
 * through the middle of the box, so the canvas is treated as a window into a larger virtual
 * view centred on the box (three.js PerspectiveCamera.setViewOffset). With a centred box
 * that virtual view is the canvas itself and the canvas's vertical field of view is
 * 2·atan(tan(lensVfov / 2) · stageHeight / boxHeight).
 */

/** Room kept free for toolbars at each side of the stage, CSS px. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A rectangle in CSS px from the stage's top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const NO_INSETS: Readonly<Insets> = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The frame box: exactly 9:16 with integer sides (width a multiple of 9), as large as fits
 * inside the stage less the insets, centred in that free area, at whole-pixel offsets.
 * A stage too small for a 9 × 16 box gives a zero-sized box at the free area's centre.
 */
export function frameBox(stageWidth: number, stageHeight: number, insets: Insets = NO_INSETS): Box {
  const w = Math.max(0, Math.floor(stageWidth));
  const h = Math.max(0, Math.floor(stageHeight));
  const left = Math.max(0, Math.round(insets.left));
  const top = Math.max(0, Math.round(insets.top));
  const availW = Math.max(0, w - left - Math.max(0, Math.round(insets.right)));
  const availH = Math.max(0, h - top - Math.max(0, Math.round(insets.bottom)));
  const k = Math.max(0, Math.floor(Math.min(availW / 9, availH / 16)));
  const width = 9 * k;
  const height = 16 * k;
  return { x: left + Math.floor((availW - width) / 2), y: top + Math.floor((availH - height) / 2), width, height };
}

const DEG = Math.PI / 180;

/**
 * Vertical field of view (degrees) a view of `viewHeight` px must have so that `boxHeight` px
 * of it, centred on the optical axis, show `lensVfovDeg`: 2·atan(tan(lens / 2) · view / box).
 */
export function canvasVfovDeg(lensVfovDeg: number, viewHeight: number, boxHeight: number): number {
  if (!(boxHeight > 0) || !(viewHeight > 0)) return lensVfovDeg;
  return (2 * Math.atan((Math.tan((lensVfovDeg * DEG) / 2) * viewHeight) / boxHeight)) / DEG;
}

/** The inverse of canvasVfovDeg: the field of view the box shows when the view has `viewVfovDeg`. */
export function boxVfovDeg(viewVfovDeg: number, viewHeight: number, boxHeight: number): number {
  if (!(boxHeight > 0) || !(viewHeight > 0)) return viewVfovDeg;
  return (2 * Math.atan((Math.tan((viewVfovDeg * DEG) / 2) * boxHeight) / viewHeight)) / DEG;
}

/** Horizontal field of view (degrees) for a vertical one and a width ÷ height aspect. */
export function hfovFromVfov(vfovDeg: number, aspect: number): number {
  return (2 * Math.atan(Math.tan((vfovDeg * DEG) / 2) * aspect)) / DEG;
}

/**
 * How the canvas camera is set up for a frame box: a virtual view of fullWidth × fullHeight
 * px centred on the box (same aspect as the stage, so pixels stay square), of which the
 * stage is the window at (offsetX, offsetY); and the virtual view's vertical field of view.
 * Pass the first four to PerspectiveCamera.setViewOffset(fullWidth, fullHeight, offsetX,
 * offsetY, stageWidth, stageHeight) and `vfovDeg` to its `fov`.
 */
export interface FrameProjection {
  fullWidth: number;
  fullHeight: number;
  offsetX: number;
  offsetY: number;
  /** Vertical field of view of the virtual full view, degrees. */
  vfovDeg: number;
  /** True when the box is centred on the stage (no view offset needed). */
  centred: boolean;
}

export function frameProjection(stageWidth: number, stageHeight: number, box: Box, lensVfovDeg: number): FrameProjection {
  const W = Math.max(1e-6, stageWidth);
  const H = Math.max(1e-6, stageHeight);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const s = Math.max(1, (2 * Math.max(cx, W - cx)) / W, (2 * Math.max(cy, H - cy)) / H);
  const fullWidth = W * s;
  const fullHeight = H * s;
  const offsetX = fullWidth / 2 - cx;
  const offsetY = fullHeight / 2 - cy;
  const centred = Math.abs(offsetX) < 1e-6 && Math.abs(offsetY) < 1e-6;
  return { fullWidth, fullHeight, offsetX, offsetY, vfovDeg: canvasVfovDeg(lensVfovDeg, fullHeight, box.height), centred };
}

/**
 * The canvas field of view before the stage has been measured: the largest centred 9:16 box
 * of a canvas of this aspect (width ÷ height) shows the lens.
 */
export function fallbackCanvasVfovDeg(lensVfovDeg: number, aspect: number): number {
  const ratio = Math.max(1, 9 / (16 * Math.max(1e-6, aspect)));
  return canvasVfovDeg(lensVfovDeg, ratio, 1);
}

/** A point in canvas NDC (−1…1, y up) to the frame box's NDC (the box's edges at ±1). */
export function canvasNdcToFrameNdc(
  stageWidth: number,
  stageHeight: number,
  box: Box,
  x: number,
  y: number,
  out: { x: number; y: number },
): { x: number; y: number } {
  const px = ((x + 1) / 2) * stageWidth;
  const py = ((1 - y) / 2) * stageHeight;
  out.x = ((px - box.x) / Math.max(1e-6, box.width)) * 2 - 1;
  out.y = 1 - ((py - box.y) / Math.max(1e-6, box.height)) * 2;
  return out;
}

/** Which arrangement the frame controls take: columns beside the frame, or a sheet over it. */
export type FrameLayoutKind = 'wide' | 'compact';

/** Stage widths from which the controls sit in columns beside the frame. */
export const WIDE_MIN_WIDTH = 860;
export const WIDE_MIN_HEIGHT = 520;

/** Toolbar room for each arrangement: the mode switch on top; in `wide`, a control column left, a readout column right and the camera-move timeline below. */
export const LAYOUT_INSETS: Readonly<Record<FrameLayoutKind, Insets>> = {
  wide: { top: 60, right: 224, bottom: 100, left: 288 },
  compact: { top: 58, right: 0, bottom: 0, left: 0 },
};

export function layoutKind(stageWidth: number, stageHeight: number): FrameLayoutKind {
  return stageWidth >= WIDE_MIN_WIDTH && stageHeight >= WIDE_MIN_HEIGHT ? 'wide' : 'compact';
}
