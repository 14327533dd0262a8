import type { RefObject } from 'react';
import { useLayoutEffect } from 'react';
import { LAYOUT_INSETS, frameBox, layoutKind } from '../../lib/framing/frameBox';
import { useFrameStore } from '../../state/frame';

/**
 * Measures the stage (the element `ref` fills it) and keeps the frame box in the store: the
 * DOM frame and the canvas's field of view both read it from there.
 */
export function useFrameLayout(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (width: number, height: number) => {
      const kind = layoutKind(width, height);
      useFrameStore.getState().setLayout({ stageWidth: width, stageHeight: height, box: frameBox(width, height, LAYOUT_INSETS[kind]), kind });
    };
    const r = el.getBoundingClientRect();
    measure(r.width, r.height);
    if (typeof ResizeObserver === 'undefined') return () => useFrameStore.getState().setLayout(null);
    const ro = new ResizeObserver((entries) => {
      const e = entries[entries.length - 1];
      if (e) measure(e.contentRect.width, e.contentRect.height);
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      useFrameStore.getState().setLayout(null);
    };
  }, [ref]);
}
