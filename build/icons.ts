/**
 * The app icon, drawn here rather than shipped as binaries (docs/ARCHITECTURE.md §8): the
 * favicon's design (a 9:16 frame over two ground lines) as signed distance functions on a
 * 64-unit square, rasterised to PNG at any size in plain TypeScript (pngjs encodes; no
 * native image library). A maskable variant keeps the glyph inside the 80 % safe circle.
 */
import { PNG } from 'pngjs';

export const ICON_COLOURS = { background: '#14161a', frame: '#f2b233', ground: '#e8e2d6' } as const;

type Rgb = [number, number, number];
const hex = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;

function roundedBox(px: number, py: number, cx: number, cy: number, hw: number, hh: number, r: number): number {
  const qx = Math.abs(px - cx) - (hw - r);
  const qy = Math.abs(py - cy) - (hh - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function segment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Distances (icon units) to the glyph's two parts at a point of the 64-unit square. */
function glyph(x: number, y: number): { frame: number; ground: number } {
  const frame = Math.abs(roundedBox(x, y, 32, 26, 10, 18, 3)) - 2;
  const ground = Math.min(segment(x, y, 14, 52, 50, 52), segment(x, y, 20, 58, 44, 58)) - 2;
  return { frame, ground };
}

/** RGBA pixels of the icon at `size` px. */
export function drawIcon(size: number, maskable = false): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const bg = hex(ICON_COLOURS.background);
  const fr = hex(ICON_COLOURS.frame);
  const gr = hex(ICON_COLOURS.ground);
  const unitsPerPx = 64 / size;
  // The maskable icon is full-bleed; its glyph shrinks to fit the safe circle.
  const glyphScale = maskable ? 0.72 : 1;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const x = (i + 0.5) * unitsPerPx;
      const y = (j + 0.5) * unitsPerPx;
      const cover = (d: number, scale = 1) => Math.max(0, Math.min(1, 0.5 - d / (unitsPerPx * scale)));
      const bgA = maskable ? 1 : cover(roundedBox(x, y, 32, 32, 32, 32, 12));
      const g = glyph(32 + (x - 32) / glyphScale, 32 + (y - 32) / glyphScale);
      const fA = cover(g.frame * glyphScale);
      const gA = cover(g.ground * glyphScale);
      const o = (j * size + i) * 4;
      for (let c = 0; c < 3; c++) {
        let v = bg[c]!;
        v = v + (fr[c]! - v) * fA;
        v = v + (gr[c]! - v) * gA;
        out[o + c] = Math.round(v);
      }
      out[o + 3] = Math.round(255 * Math.max(bgA, fA, gA));
    }
  }
  return out;
}

export function iconPng(size: number, maskable = false): Buffer {
  const png = new PNG({ width: size, height: size });
  png.data = Buffer.from(drawIcon(size, maskable));
  return PNG.sync.write(png);
}

