/**
 * Hotspot labels that avoid each other and the controls (src/lib/framing/declutter.ts): after every
 * placement of the anchors the canvas calls back, and each marker is set to show its label
 * (`data-label="full"`) or collapse to its icon (`"dot"`, label on hover, focus or when open).
 * Label sizes and the controls' rectangles are measured outside the render loop (when markers,
 * text or the page change, at most every MEASURE_MS); the per-placement pass reads numbers only.
 * Loaded lazily with the first markers, to keep the viewer route small.
 */
import './hotspotDeclutter.css';
import type { Anchor } from '../../state/anchors';
import { anchorState, anchors } from '../../state/anchors';
import { Declutter } from '../../lib/framing/declutter';

/** The viewer's own controls that labels keep out of. */
export const KEEP_OUT = '.stage-top > *, .stage-bottom > *, .stage-minimap, .joystick, .hotspot-card, .frame-col, .frame-timeline-bar, .frame-sheet';
const MEASURE_MS = 250;

interface Entry {
  anchor: Anchor;
  marker: HTMLElement;
  w: number;
  h: number;
  full: boolean | null;
}

/** Starts decluttering the hotspot markers in `layer`; returns the stop. */
export function startDeclutter(layer: HTMLElement): () => void {
  const stage = layer.parentElement ?? layer;
  const d = new Declutter();
  const entries: Entry[] = [];
  let version = -1;
  let timer = 0;
  let measuredAt = -Infinity;

  const collect = () => {
    entries.length = 0;
    for (const a of anchors.values()) {
      const marker = a.el.querySelector<HTMLElement>('.hotspot-marker');
      if (marker && layer.contains(a.el)) entries.push({ anchor: a, marker, w: 0, h: 0, full: null });
    }
    d.resize(entries.length);
    version = anchorState.version;
  };

  const measure = () => {
    timer = 0;
    measuredAt = performance.now();
    if (version !== anchorState.version) collect();
    for (const e of entries) {
      e.marker.dataset.label = 'full';
      e.full = null;
    }
    for (const e of entries) {
      e.w = e.marker.offsetWidth;
      e.h = e.marker.offsetHeight;
    }
    const origin = layer.getBoundingClientRect();
    const rects = stage.querySelectorAll(KEEP_OUT);
    d.resizeKeepOut(rects.length + 4);
    // Beyond the stage's edges: a label there would be cut off.
    const W = origin.width;
    const H = origin.height;
    d.setKeepOut(0, -1e4, -1e4, 1e4, H + 2e4);
    d.setKeepOut(1, W, -1e4, 1e4, H + 2e4);
    d.setKeepOut(2, 0, -1e4, W, 1e4);
    d.setKeepOut(3, 0, H, W, 1e4);
    let n = 4;
    for (const el of rects) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) d.setKeepOut(n++, r.left - origin.left, r.top - origin.top, r.width, r.height);
    }
    d.resizeKeepOut(n);
    place();
  };

  const request = () => {
    if (!timer) timer = window.setTimeout(measure, Math.max(0, MEASURE_MS - (performance.now() - measuredAt)));
  };

  // Runs inside the canvas's render loop: numbers and attribute writes only.
  const place = () => {
    if (version !== anchorState.version) {
      request();
      return;
    }
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      const a = e.anchor;
      d.setItem(i, a.sx ?? 0, a.sy ?? 0, e.w, e.h, e.h, e.h, e.w > 0 ? (a.dist ?? -1) : -1);
    }
    d.run();
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      const full = d.isFull(i);
      if (e.full === full) continue;
      e.full = full;
      e.marker.dataset.label = full ? 'full' : 'dot';
      // Dots draw above labels, so a marker under a nearer label stays in reach.
      e.anchor.el.style.zIndex = full ? '' : '1';
    }
  };

  const observer = new MutationObserver(request);
  observer.observe(stage, { childList: true, subtree: true, characterData: true });
  window.addEventListener('resize', request);
  anchorState.placed = place;
  request();
  anchorState.invalidate();
  return () => {
    anchorState.placed = () => {};
    observer.disconnect();
    window.removeEventListener('resize', request);
    if (timer) window.clearTimeout(timer);
    for (const e of entries) {
      delete e.marker.dataset.label;
      e.anchor.el.style.zIndex = '';
    }
  };
}
