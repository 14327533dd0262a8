/**
 * Office and home props: a city backdrop behind a window wall (a generated skyline, day or
 * night), a framed glass wall (meeting rooms), a desk cluster with monitors and office chairs,
 * a TV unit and a kitchen island with stools.
 */
import { BoxGeometry } from 'three';
import { tf, type Box, type PropBuilder } from '../../core/builder.ts';
import { Canvas, rng, type TextureImage } from '../../core/png.ts';
import { tex } from '../../core/textures.ts';
import { textured, type MaterialLookup } from '../materials.ts';
import { bool, cyl, num, rect, slab, str, type PropBuild } from './types.ts';

type RGB = [number, number, number];
const mix = (a: RGB, b: RGB, t: number): RGB => [0, 1, 2].map((k) => Math.round(a[k]! + (b[k]! - a[k]!) * t)) as RGB;

/** A skyline: sky gradient, three layers of towers (far pale, near dark) with window grids. */
function skylineImage(name: string, night: boolean): TextureImage {
  const W = 1024;
  const H = 512;
  const r = rng(night ? 512 : 256);
  const skyTop: RGB = night ? [14, 20, 42] : [118, 164, 214];
  const skyLow: RGB = night ? [58, 52, 80] : [222, 232, 240];
  const c = new Canvas(W, H).paint((_x, y) => mix(skyTop, skyLow, Math.min(1, y / (H * 0.75))));
  const layers: { base: RGB; lit: RGB; min: number; max: number; wMin: number; wMax: number }[] = night
    ? [
        { base: [40, 44, 66], lit: [120, 110, 110], min: 0.25, max: 0.5, wMin: 30, wMax: 70 },
        { base: [26, 30, 46], lit: [232, 196, 120], min: 0.35, max: 0.72, wMin: 40, wMax: 90 },
        { base: [14, 16, 26], lit: [255, 214, 140], min: 0.2, max: 0.55, wMin: 60, wMax: 130 },
      ]
    : [
        { base: [176, 192, 210], lit: [196, 210, 224], min: 0.25, max: 0.5, wMin: 30, wMax: 70 },
        { base: [128, 146, 168], lit: [164, 186, 206], min: 0.35, max: 0.72, wMin: 40, wMax: 90 },
        { base: [86, 98, 116], lit: [140, 170, 196], min: 0.2, max: 0.55, wMin: 60, wMax: 130 },
      ];
  for (const L of layers) {
    let x = -Math.floor(r() * 40);
    while (x < W) {
      const w = Math.round(L.wMin + r() * (L.wMax - L.wMin));
      const h = Math.round(H * (L.min + r() * (L.max - L.min)));
      const top = H - h;
      c.rect(x, top, w, h, L.base);
      // A stepped crown or a spire on some towers.
      if (r() < 0.35) c.rect(x + w * 0.2, top - h * 0.08, w * 0.6, h * 0.08 + 1, L.base);
      if (r() < 0.15) c.rect(x + w / 2 - 1, top - 30, 3, 30, L.base);
      const cols = Math.max(2, Math.floor(w / 9));
      const rows = Math.floor(h / 12);
      for (let j = 0; j < rows; j++)
        for (let i = 0; i < cols; i++) {
          const on = night ? r() < 0.45 : r() < 0.8;
          if (on) c.rect(x + 3 + i * ((w - 4) / cols), top + 6 + j * 12, Math.max(2, (w - 4) / cols - 3), 6, L.lit);
        }
      x += w + Math.round(r() * 12);
    }
  }
  return c.encode(name, 2);
}
const SKY_DAY = tex('kit-skyline-day', () => skylineImage('kit-skyline-day', false));
const SKY_NIGHT = tex('kit-skyline-night', () => skylineImage('kit-skyline-night', true));

/** A city backdrop (translight) facing −Z, to stand outside a window wall; never collides. */
export const cityBackdrop: PropBuild = (p, P, M) => {
  const [w, h, e, night] = [num(P, 'width'), num(P, 'height'), num(P, 'elevation'), bool(P, 'night')];
  const face = night
    ? textured('skyline-night', '#ffffff', SKY_NIGHT, { roughness: 0.8, emissive: '#ffffff', emissiveStrength: 1.1, emissiveMap: true })
    : textured('skyline-day', '#ffffff', SKY_DAY, { roughness: 0.8, emissive: '#ffffff', emissiveStrength: 1.3, emissiveMap: true });
  const g = new BoxGeometry(w, h, 0.01);
  p.mesh(face, g, tf(0, e + h / 2, -0.005), { kind: 'keep' });
  g.dispose();
  slab(p, M('dark-metal'), 0, 0.04, w, 0.06, e, e + h);
  return { footprint: rect(w, 0.1), height: e + h, collide: [] };
};

/** A framed glass wall along X (a meeting room's side), with an optional door gap at its centre. */
export const glassWall: PropBuild = (p, P, M) => {
  const [L, h, pitch, door] = [num(P, 'length'), num(P, 'height'), num(P, 'mullion'), num(P, 'door')];
  const frame = M(str(P, 'finish'));
  const glass = M('glass');
  const gap = Math.min(door, L - 0.4);
  const spans: [number, number][] = gap > 0 ? [[-L / 2, -gap / 2], [gap / 2, L / 2]] : [[-L / 2, L / 2]];
  const collide: Box[] = [];
  for (const [a, b] of spans) {
    const len = b - a;
    const mid = (a + b) / 2;
    slab(p, glass, mid, 0, len, 0.02, 0.08, h - 0.06);
    slab(p, frame, mid, 0, len, 0.07, 0, 0.08);
    slab(p, M('linen-white'), mid, -0.012, len, 0.004, 1.25, 1.4);
    const n = Math.max(1, Math.round(len / pitch));
    for (let k = 0; k <= n; k++) slab(p, frame, a + (len * k) / n, 0, 0.05, 0.07, 0, h);
    collide.push({ min: [a, 0, -0.05], max: [b, h, 0.05] });
  }
  slab(p, frame, 0, 0, L, 0.08, h - 0.06, h);
  return { footprint: rect(L, 0.1), height: h, collide };
};

/** An office swivel chair facing −Z at (x, z) turned by yaw. */
function officeChair(p: PropBuilder, M: MaterialLookup, x: number, z: number, yaw: number): void {
  const c = Math.cos(yaw);
  const s = Math.sin(yaw);
  const put = (lx: number, lz: number, w: number, d: number, y0: number, y1: number, m: string) => {
    const g = new BoxGeometry(w, y1 - y0, d);
    p.mesh(M(m), g, tf(x + lx * c + lz * s, (y0 + y1) / 2, z - lx * s + lz * c, yaw));
    g.dispose();
  };
  cyl(p, M('dark-metal'), 0.28, 0.05, [x, 0.02, z], 5);
  cyl(p, M('dark-metal'), 0.03, 0.4, [x, 0.06, z], 6);
  put(0, 0, 0.5, 0.48, 0.44, 0.52, 'fabric-grey');
  put(0, 0.24, 0.46, 0.06, 0.56, 1.05, 'fabric-grey');
  for (const lx of [-0.25, 0.25]) put(lx, 0.02, 0.05, 0.32, 0.62, 0.66, 'dark-metal');
}

/** Desks in two facing rows along X with monitors, a low divider between and a chair at each. */
export const deskCluster: PropBuild = (p, P, M) => {
  const [n, w, d] = [num(P, 'desks'), num(P, 'width'), num(P, 'depth')];
  const m = M(str(P, 'finish'));
  const W = n * w;
  for (const side of [-1, 1]) {
    const zc = side * (d / 2);
    slab(p, m, 0, zc, W, d, 0.72, 0.75);
    for (let k = 0; k <= n; k++) slab(p, M('dark-metal'), -W / 2 + w * k + (k === 0 ? 0.03 : k === n ? -0.03 : 0), zc, 0.04, d - 0.1, 0, 0.72);
    for (let k = 0; k < n; k++) {
      const x = -W / 2 + w * (k + 0.5);
      // Monitor on its stand near the divider, screen toward the seat (away from the divider).
      const mz = side * 0.16;
      slab(p, M('dark-metal'), x, mz, 0.58, 0.03, 0.9, 1.24);
      slab(p, M('screen-dark'), x, mz + side * 0.017, 0.54, 0.004, 0.92, 1.22);
      slab(p, M('dark-metal'), x, mz, 0.06, 0.06, 0.75, 0.9);
      slab(p, M('plastic-grey'), x, side * (d - 0.25), 0.44, 0.14, 0.75, 0.77);
      officeChair(p, M, x, side * (d + 0.3), side > 0 ? 0 : Math.PI);
    }
  }
  if (bool(P, 'divider')) slab(p, M('fabric-blue'), 0, 0, W, 0.04, 0.75, 1.15);
  const D = 2 * d + 1.3;
  return { footprint: rect(W, D), height: 1.24, collide: [{ min: [-W / 2, 0, -d], max: [W / 2, 0.78, d] }] };
};

/** A low TV cabinet against a wall (back at +Z) with a flat TV on it facing −Z. */
export const tvUnit: PropBuild = (p, P, M) => {
  const [w, sw] = [num(P, 'width'), num(P, 'screen')];
  const m = M(str(P, 'finish'));
  slab(p, m, 0, 0, w, 0.42, 0.1, 0.48);
  slab(p, M('dark-metal'), 0, 0, w - 0.1, 0.38, 0, 0.1);
  for (const x of [-w / 4, w / 4]) slab(p, M('linen-white'), x, -0.212, w / 2 - 0.06, 0.004, 0.16, 0.42);
  const sh = sw * (9 / 16);
  slab(p, M('dark-metal'), 0, 0.05, 0.3, 0.2, 0.48, 0.52);
  slab(p, M('dark-metal'), 0, 0.08, 0.06, 0.04, 0.52, 0.62);
  slab(p, M('dark-metal'), 0, 0.08, sw + 0.03, 0.05, 0.6, 0.6 + sh + 0.03);
  slab(p, M('screen-dark'), 0, 0.054, sw, 0.004, 0.615, 0.615 + sh);
  return { footprint: rect(w, 0.45), height: 0.65 + sh, collide: [{ min: [-w / 2, 0, -0.21], max: [w / 2, 0.48, 0.21] }] };
};

/** A kitchen island: cabinets with a stone top, a sink and a hob, its overhang and stools at −Z. */
export const kitchenIsland: PropBuild = (p, P, M) => {
  const [w, d, n] = [num(P, 'width'), num(P, 'depth'), num(P, 'stools')];
  slab(p, M(str(P, 'finish')), 0, 0.12, w, d - 0.25, 0.08, 0.88);
  slab(p, M('dark-metal'), 0, 0.12, w - 0.08, d - 0.33, 0, 0.08);
  slab(p, M(str(P, 'top')), 0, 0, w + 0.04, d, 0.88, 0.92);
  slab(p, M('stainless-steel'), -w / 4, 0.15, 0.5, 0.38, 0.921, 0.925);
  cyl(p, M('stainless-steel'), 0.015, 0.3, [-w / 4, 0.92, 0.33], 6);
  slab(p, M('dark-metal'), w / 4, 0.15, 0.58, 0.48, 0.921, 0.925);
  for (let k = 0; k < n; k++) {
    const x = -w / 2 + (w / n) * (k + 0.5);
    cyl(p, M('dark-metal'), 0.025, 0.62, [x, 0, -d / 2 - 0.15], 6);
    cyl(p, M('dark-metal'), 0.18, 0.02, [x, 0, -d / 2 - 0.15], 12);
    cyl(p, M('leather-black'), 0.19, 0.06, [x, 0.62, -d / 2 - 0.15], 12);
  }
  return { footprint: rect(w + 0.04, d + (n ? 0.5 : 0), 0, n ? -0.25 : 0), height: 0.92, collide: [{ min: [-w / 2, 0, -d / 2], max: [w / 2, 0.92, d / 2] }] };
};

export const office: Record<string, PropBuild> = {
  'city-backdrop': cityBackdrop,
  'glass-wall': glassWall,
  'desk-cluster': deskCluster,
  'tv-unit': tvUnit,
  'kitchen-island': kitchenIsland,
};
