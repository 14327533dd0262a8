/**
 * DOM elements pinned to 3D points (hotspot markers, measurement labels). The DOM
 * side registers an element and its point; the canvas projects every anchor to the
 * screen whenever the camera or the anchors change. Plain mutable data, not React
 * state: positions change at frame rate.
 */
export interface Anchor {
  el: HTMLElement;
  x: number;
  y: number;
  z: number;
  /** Hide it when a wall stands between it and the camera. */
  occlude: boolean;
  /** Written by the canvas on each placement: screen position (px) and distance from the camera (m; −1 when not shown). */
  sx?: number;
  sy?: number;
  dist?: number;
}

export const anchors = new Map<string, Anchor>();

/** Bumped when anchors come or go, so the canvas places them again. */
export const anchorState = {
  version: 0,
  invalidate: () => {},
  /** Called by the canvas after it placed the anchors (the DOM declutters labels); must not allocate. */
  placed: () => {},
};

export function setAnchor(id: string, anchor: Anchor | null): void {
  if (anchor) anchors.set(id, anchor);
  else anchors.delete(id);
  anchorState.version++;
  anchorState.invalidate();
}
