/**
 * Label placement for markers pinned to the set: which markers show their label and which
 * collapse to a dot, so labels never cover each other, another marker or the page's controls.
 *
 * Nearest first: markers are taken in order of distance from the camera, and each keeps its
 * label when the label's box is clear of the controls (keep-out rectangles), of the labels
 * already placed and of the dots of nearer markers. The rest collapse (the DOM draws dots
 * above labels, so a farther marker under a nearer label stays in reach).
 *
 * Stable from frame to frame: a marker that showed its label last time is ranked as if a little
 * nearer and tested with a slightly smaller box, one that did not with a slightly larger box, so
 * two labels that nearly touch, or two markers at nearly the same distance, do not flicker.
 *
 * Allocation-free once sized: the arrays grow only when more markers or rectangles arrive.
 */

/** Ranking bonus of a label shown last time: its distance counts this much less. */
export const KEEP_BIAS = 0.15;
/** Pixels a shown label's box shrinks by, and a collapsed one's grows by, when tested. */
export const KEEP_MARGIN = 3;

const ITEM = 7; // x, y, label w, label h, dot w, dot h, distance
const RECT = 4; // x, y, w, h

function overlaps(ax: number, ay: number, aw: number, ah: number, r: Float64Array, o: number): boolean {
  return ax < r[o]! + r[o + 2]! && r[o]! < ax + aw && ay < r[o + 1]! + r[o + 3]! && r[o + 1]! < ay + ah;
}

export class Declutter {
  /** Per marker: centre x, y (px), label box w, h, dot w, h (both centred on x, y), distance (m; negative: not shown). */
  private items = new Float64Array(0);
  private keep = new Float64Array(0);
  private placed = new Float64Array(0);
  private order = new Int32Array(0);
  private rank = new Float64Array(0);
  /** 1 where the marker shows its label; also last run's answer for stability. */
  private full = new Uint8Array(0);
  count = 0;
  keepCount = 0;

  /** Sets the number of markers (their last answers carry over by index). */
  resize(count: number): void {
    if (count * ITEM > this.items.length) {
      const n = Math.max(count, 8) * 2;
      const items = new Float64Array(n * ITEM);
      items.set(this.items);
      this.items = items;
      const full = new Uint8Array(n);
      full.set(this.full);
      this.full = full;
      this.placed = new Float64Array(n * RECT);
      this.order = new Int32Array(n);
      this.rank = new Float64Array(n);
    }
    for (let i = count; i < this.count; i++) this.full[i] = 0;
    this.count = count;
  }

  /** Marker i: its screen centre, its box with the label and as a dot, and its distance (negative or NaN: not on screen). */
  setItem(i: number, x: number, y: number, labelW: number, labelH: number, dotW: number, dotH: number, distance: number): void {
    const o = i * ITEM;
    const a = this.items;
    a[o] = x;
    a[o + 1] = y;
    a[o + 2] = labelW;
    a[o + 3] = labelH;
    a[o + 4] = dotW;
    a[o + 5] = dotH;
    a[o + 6] = distance >= 0 ? distance : -1;
  }

  /** Sets the number of keep-out rectangles. */
  resizeKeepOut(count: number): void {
    if (count * RECT > this.keep.length) {
      const keep = new Float64Array(Math.max(count, 8) * 2 * RECT);
      keep.set(this.keep);
      this.keep = keep;
    }
    this.keepCount = count;
  }

  /** Keep-out rectangle i (left, top, width, height in the markers' pixels). */
  setKeepOut(i: number, x: number, y: number, w: number, h: number): void {
    const o = i * RECT;
    this.keep[o] = x;
    this.keep[o + 1] = y;
    this.keep[o + 2] = w;
    this.keep[o + 3] = h;
  }

  /** Whether marker i shows its label (after run). */
  isFull(i: number): boolean {
    return this.full[i] === 1;
  }

  /** Decides every marker's label. */
  run(): void {
    const a = this.items;
    let n = 0;
    for (let i = 0; i < this.count; i++) {
      const d = a[i * ITEM + 6]!;
      if (!(d >= 0)) {
        this.full[i] = 0;
        continue;
      }
      // Insertion sort by rank: a handful of markers, no allocation.
      const r = this.full[i] ? d * (1 - KEEP_BIAS) : d;
      let k = n++;
      while (k > 0 && this.rank[k - 1]! > r) {
        this.rank[k] = this.rank[k - 1]!;
        this.order[k] = this.order[k - 1]!;
        k--;
      }
      this.rank[k] = r;
      this.order[k] = i;
    }
    let placed = 0;
    for (let k = 0; k < n; k++) {
      const i = this.order[k]!;
      const o = i * ITEM;
      const m = this.full[i] ? -KEEP_MARGIN : KEEP_MARGIN;
      const w = a[o + 2]! + 2 * m;
      const h = a[o + 3]! + 2 * m;
      const x = a[o]! - w / 2;
      const y = a[o + 1]! - h / 2;
      let clear = true;
      for (let j = 0; clear && j < this.keepCount; j++) if (overlaps(x, y, w, h, this.keep, j * RECT)) clear = false;
      for (let j = 0; clear && j < placed; j++) if (overlaps(x, y, w, h, this.placed, j * RECT)) clear = false;
      for (let q = 0; clear && q < k; q++) {
        const p = this.order[q]! * ITEM;
        const dw = a[p + 4]!;
        const dh = a[p + 5]!;
        const dx = a[p]! - dw / 2;
        const dy = a[p + 1]! - dh / 2;
        if (x < dx + dw && dx < x + w && y < dy + dh && dy < y + h) clear = false;
      }
      this.full[i] = clear ? 1 : 0;
      if (clear) {
        const p = placed++ * RECT;
        this.placed[p] = x;
        this.placed[p + 1] = y;
        this.placed[p + 2] = w;
        this.placed[p + 3] = h;
      }
    }
  }
}
