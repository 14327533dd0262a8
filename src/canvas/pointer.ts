/**
 * Tells a click from a drag: controls that both look around on drag and act on
 * click (walk here, measure here, fly here) use this on the canvas element.
 */
export interface ClickTracker {
  down(e: PointerEvent): void;
  /** True when the pointer went up close to where it went down, soon after. */
  isClick(e: PointerEvent): boolean;
}

export function clickTracker(tolerancePx = 6, maxMs = 500): ClickTracker {
  let x = 0;
  let y = 0;
  let t = 0;
  return {
    down(e) {
      x = e.clientX;
      y = e.clientY;
      t = e.timeStamp;
    },
    isClick(e) {
      return Math.hypot(e.clientX - x, e.clientY - y) <= tolerancePx && e.timeStamp - t <= maxMs;
    },
  };
}

/** Normalised device coordinates of a pointer event over an element. */
export function toNdc(e: { clientX: number; clientY: number }, el: HTMLElement, out: { x: number; y: number }): { x: number; y: number } {
  const r = el.getBoundingClientRect();
  out.x = ((e.clientX - r.left) / r.width) * 2 - 1;
  out.y = -((e.clientY - r.top) / r.height) * 2 + 1;
  return out;
}

/** Keyboard input should not move the camera while the person types in a field. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}
