/** Furniture props: blocks, tables, chairs, benches, desks, sofas, beds, shelves, plants. */
import { BoxGeometry } from 'three';
import { tf, type PropBuilder } from '../../core/builder.ts';
import type { MaterialLookup } from '../materials.ts';
import { ball, bool, cyl, num, rect, slab, str, type Params, type PropBuild, type PropShape } from './types.ts';

export const block: PropBuild = (p, P, M) => {
  const [w, d, h] = [num(P, 'width'), num(P, 'depth'), num(P, 'height')];
  slab(p, M(str(P, 'finish')), 0, 0, w, d, 0, h);
  return { footprint: rect(w, d), height: h, collide: bool(P, 'solid') ? undefined : [] };
};

function legs(p: PropBuilder, m: ReturnType<MaterialLookup>, w: number, d: number, h: number, s = 0.05): void {
  for (const x of [-1, 1]) for (const z of [-1, 1]) slab(p, m, x * (w / 2 - s), z * (d / 2 - s), s, s, 0, h);
}

export const table: PropBuild = (p, P, M) => {
  const [w, d, h] = [num(P, 'width'), num(P, 'depth'), num(P, 'height')];
  const m = M(str(P, 'finish'));
  slab(p, m, 0, 0, w, d, h - 0.04, h);
  legs(p, m, w, d, h - 0.04);
  return { footprint: rect(w, d), height: h };
};

function chairGeo(p: PropBuilder, m: ReturnType<MaterialLookup>, frame: ReturnType<MaterialLookup>, seat: number, back: number, x = 0, z = 0, yaw = 0): void {
  // Chairs in a ring are placed by rotating points: the chair faces −Z at yaw 0.
  const c = Math.cos(yaw);
  const s = Math.sin(yaw);
  const at = (lx: number, lz: number): [number, number] => [x + lx * c + lz * s, z - lx * s + lz * c];
  const put = (lx: number, lz: number, w: number, d: number, y0: number, y1: number, mat = m) => {
    const [wx, wz] = at(lx, lz);
    const g = new BoxGeometry(w, y1 - y0, d);
    p.mesh(mat, g, tf(wx, (y0 + y1) / 2, wz, yaw));
    g.dispose();
  };
  put(0, 0, 0.46, 0.46, seat - 0.07, seat);
  put(0, 0.21, 0.44, 0.05, seat, back);
  for (const lx of [-0.2, 0.2]) for (const lz of [-0.2, 0.2]) put(lx, lz, 0.035, 0.035, 0, seat - 0.07, frame);
}

export const chair: PropBuild = (p, P, M) => {
  chairGeo(p, M(str(P, 'finish')), M('dark-metal'), num(P, 'seat'), num(P, 'back'));
  return { footprint: rect(0.5, 0.5), height: num(P, 'back'), collide: [{ min: [-0.25, 0, -0.25], max: [0.25, 0.9, 0.25] }] };
};

export const stool: PropBuild = (p, P, M) => {
  const h = num(P, 'height');
  const m = M(str(P, 'finish'));
  cyl(p, m, 0.04, h - 0.05, [0, 0, 0], 8);
  cyl(p, M('dark-metal'), 0.19, 0.05, [0, h - 0.05, 0], 16);
  cyl(p, m, 0.2, 0.02, [0, 0, 0], 16);
  return { footprint: rect(0.4, 0.4), height: h };
};

export const bench: PropBuild = (p, P, M) => {
  const L = num(P, 'length');
  const m = M(str(P, 'finish'));
  slab(p, m, 0, 0, L, 0.44, 0.42, 0.46);
  if (bool(P, 'back')) slab(p, m, 0, 0.2, L, 0.05, 0.5, 0.95);
  for (const x of [-L / 2 + 0.03, L / 2 - 0.03]) slab(p, M('dark-wood'), x, 0, 0.06, 0.48, 0, bool(P, 'back') ? 0.92 : 0.42);
  slab(p, M('dark-wood'), 0, 0.17, L - 0.1, 0.06, 0.1, 0.16);
  return { footprint: rect(L, 0.5), height: 0.99 };
};

export const desk: PropBuild = (p, P, M) => {
  const [w, d] = [num(P, 'width'), num(P, 'depth')];
  const m = M(str(P, 'finish'));
  slab(p, m, 0, 0, w, d, 0.72, 0.75);
  slab(p, m, -w / 2 + 0.02, 0, 0.03, d, 0, 0.72);
  slab(p, m, w / 2 - 0.02, 0, 0.03, d, 0, 0.72);
  slab(p, m, 0, -d / 2 + 0.05, w - 0.06, 0.02, 0.3, 0.72);
  if (bool(P, 'monitor')) {
    slab(p, M('dark-metal'), 0, -d / 2 + 0.15, 0.56, 0.03, 0.88, 1.2);
    slab(p, M('screen-dark'), 0, -d / 2 + 0.17, 0.52, 0.005, 0.9, 1.18);
    slab(p, M('dark-metal'), 0, -d / 2 + 0.15, 0.05, 0.05, 0.75, 0.88);
    slab(p, M('plastic-grey'), 0, 0.02, 0.44, 0.14, 0.75, 0.77);
  }
  if (bool(P, 'chair')) chairGeo(p, M('fabric-grey'), M('dark-metal'), 0.48, 1.05, 0, d / 2 + 0.3, Math.PI);
  return { footprint: rect(w, d + (bool(P, 'chair') ? 0.7 : 0), 0, bool(P, 'chair') ? 0.35 : 0), height: 1.2, collide: [{ min: [-w / 2, 0, -d / 2], max: [w / 2, 0.75, d / 2] }] };
};

export const sofa: PropBuild = (p, P, M) => {
  const L = num(P, 'length');
  const m = M(str(P, 'finish'));
  slab(p, m, 0, 0, L, 0.9, 0.1, 0.42);
  slab(p, m, 0, 0.35, L, 0.2, 0.42, 0.85);
  for (const x of [-L / 2 + 0.1, L / 2 - 0.1]) slab(p, m, x, 0, 0.2, 0.9, 0.1, 0.62);
  for (let k = 0; k < Math.max(1, Math.round(L / 0.75)); k++) {
    const n = Math.max(1, Math.round(L / 0.75));
    const cw = (L - 0.4) / n;
    slab(p, m, -L / 2 + 0.2 + cw * (k + 0.5), -0.05, cw - 0.02, 0.7, 0.42, 0.52);
  }
  slab(p, M('dark-wood'), 0, 0, L - 0.05, 0.85, 0, 0.1);
  return { footprint: rect(L, 0.9), height: 0.85 };
};

export const bed: PropBuild = (p, P, M) => {
  const [w, L] = [num(P, 'width'), num(P, 'length')];
  const hosp = bool(P, 'hospital');
  const frame = M(hosp ? 'stainless-steel' : 'dark-wood');
  slab(p, frame, 0, 0, w, L, 0.3, 0.42);
  slab(p, M(str(P, 'finish')), 0, 0, w - 0.04, L - 0.04, 0.42, 0.6);
  slab(p, M('linen-white'), 0, L / 2 - 0.3, w - 0.2, 0.4, 0.6, 0.7);
  slab(p, frame, 0, L / 2 - 0.03, w, 0.05, 0, hosp ? 1.0 : 1.1);
  slab(p, frame, 0, -L / 2 + 0.03, w, 0.05, 0, 0.75);
  legs(p, frame, w, L, 0.3, 0.05);
  if (hosp) for (const x of [-1, 1]) slab(p, M('stainless-steel'), x * (w / 2 + 0.02), 0.2, 0.03, L * 0.45, 0.6, 0.85);
  return { footprint: rect(w + 0.06, L), height: 1.0 };
};

export const shelf: PropBuild = (p, P, M) => {
  const [w, h, n] = [num(P, 'width'), num(P, 'height'), num(P, 'shelves')];
  const m = M(str(P, 'finish'));
  slab(p, m, 0, 0.17, w, 0.02, 0, h);
  for (const x of [-w / 2 + 0.01, w / 2 - 0.01]) slab(p, m, x, 0, 0.02, 0.36, 0, h);
  for (let k = 0; k <= n; k++) slab(p, m, 0, 0, w, 0.36, (h - 0.02) * (k / n), (h - 0.02) * (k / n) + 0.02);
  const books = ['lacquered-red', 'fabric-blue', 'teak', 'linen-white'];
  for (let k = 0; k < n; k++) {
    const y = (h - 0.02) * (k / n) + 0.02;
    const top = Math.min(0.3, (h - 0.02) / n - 0.04);
    slab(p, M(books[k % books.length]!), -w / 4, 0.02, w / 2 - 0.05, 0.26, y, y + top);
  }
  return { footprint: rect(w, 0.36), height: h };
};

export const plant: PropBuild = (p, P, M) => {
  const h = num(P, 'height');
  cyl(p, M('concrete'), 0.18, 0.35, [0, 0, 0], 12, 0.22);
  ball(p, M('plant-green'), Math.max(0.2, h * 0.3), [0, h * 0.7, 0]);
  return { footprint: rect(0.45, 0.45), height: h };
};

export const roundTable: PropBuild = (p, P, M) => {
  const [r, h, n] = [num(P, 'radius'), num(P, 'height'), num(P, 'chairs')];
  cyl(p, M(str(P, 'cloth')), r, 0.04, [0, h - 0.04, 0], 24);
  cyl(p, M(str(P, 'cloth')), r + 0.02, h - 0.12, [0, 0.08, 0], 24, r + 0.02);
  for (let k = 0; k < n; k++) {
    const a = (k / n) * Math.PI * 2;
    chairGeo(p, M(str(P, 'chair')), M('gold-trim'), 0.46, 1.0, Math.sin(a) * (r + 0.35), Math.cos(a) * (r + 0.35), a + Math.PI);
  }
  const R = r + (n ? 0.6 : 0);
  return { footprint: rect(2 * R, 2 * R), height: h, collide: [{ min: [-r, 0, -r], max: [r, h, r] }] };
};

export const furniture: Record<string, PropBuild> = { block, table, 'round-table': roundTable, chair, stool, bench, desk, sofa, bed, shelf, plant };
export type { Params, PropShape };
