/**
 * Set-specific props: the airliner's seat rows and fuselage shell, and the courtroom's
 * judges' bench and dock (bespoke pieces that became parametric kit props).
 */
import { BoxGeometry } from 'three';
import { tf, type Box, type Vec3 } from '../../core/builder.ts';
import { flatGeometry } from '../geometry.ts';
import { bool, cyl, num, rect, slab, str, type PropBuild } from './types.ts';

export const seatRow: PropBuild = (p, P, M) => {
  const [n, pitchW, business] = [num(P, 'seats'), num(P, 'pitch'), bool(P, 'business')];
  const w = business ? Math.max(pitchW, 0.75) : pitchW;
  const m = M(business ? 'leather-black' : str(P, 'finish'));
  const W = w * n;
  for (let k = 0; k < n; k++) {
    const x = -W / 2 + w * (k + 0.5);
    slab(p, m, x, 0, w - 0.06, 0.48, 0.36, 0.48);
    const g = new BoxGeometry(w - 0.06, 0.72, 0.1);
    p.mesh(m, g, tf(x, 0.82, 0.24, 0, -0.2));
    g.dispose();
    slab(p, M('linen-white'), x, 0.31, w - 0.14, 0.02, 1.0, 1.16);
  }
  for (let k = 0; k <= n; k++) slab(p, M('plastic-grey'), -W / 2 + w * k, 0, 0.05, 0.45, 0.48, 0.62);
  slab(p, M('dark-metal'), 0, 0, W - 0.1, 0.06, 0, 0.36);
  return { footprint: rect(W, 0.6), height: 1.16, collide: [{ min: [-W / 2, 0, -0.25], max: [W / 2, 1.16, 0.3] }] };
};

export const fuselage: PropBuild = (p, P, M) => {
  const [L, W, H, pitch] = [num(P, 'length'), num(P, 'width'), num(P, 'height'), num(P, 'windowPitch')];
  // Cross-section from the floor edge up the side wall and over the curved ceiling (x, y).
  const wallTop = 1.45;
  const prof: [number, number][] = [[W / 2, 0], [W / 2, wallTop * 0.5], [W / 2, wallTop]];
  const arcs = 8;
  for (let k = 1; k <= arcs; k++) {
    const a = (k / arcs) * (Math.PI / 2);
    prof.push([(W / 2) * Math.cos(a), wallTop + (H - wallTop) * Math.sin(a)]);
  }
  const full = [...prof, ...prof.slice(0, -1).reverse().map(([x, y]) => [-x, y] as [number, number])];
  const segs = Math.ceil(L / 0.5);
  const tris: number[] = [];
  for (let s = 0; s < segs; s++) {
    const z0 = -L / 2 + (L * s) / segs;
    const z1 = -L / 2 + (L * (s + 1)) / segs;
    for (let i = 0; i + 1 < full.length; i++) {
      const [ax, ay] = full[i]!;
      const [bx, by] = full[i + 1]!;
      // Faces the inside of the cabin.
      tris.push(ax, ay, z0, ax, ay, z1, bx, by, z0, bx, by, z0, ax, ay, z1, bx, by, z1);
    }
  }
  const geo = flatGeometry(tris);
  p.mesh(M('white-laminate'), geo);
  geo.dispose();
  const nWin = Math.floor((L - 1) / pitch);
  for (let k = 0; k < nWin; k++) {
    const z = -L / 2 + 0.5 + pitch * (k + 0.5);
    for (const s of [-1, 1]) {
      slab(p, M('daylight'), s * (W / 2 - 0.005), z, 0.01, 0.24, 0.95, 1.3);
      slab(p, M('plastic-grey'), s * (W / 2 - 0.012), z, 0.01, 0.28, 1.18 - (k % 3) * 0.05, 1.34);
    }
  }
  for (const s of [-1, 1]) {
    slab(p, M('white-laminate'), s * (W / 2 - 0.3), 0, 0.6, L - 0.4, 1.62, 1.95);
    slab(p, M('plastic-grey'), s * (W / 2 - 0.6), 0, 0.02, L - 0.4, 1.62, 1.95);
    slab(p, M('light-panel'), s * (W / 2 - 0.62), 0, 0.01, L - 0.6, 1.96, 2.0);
  }
  const collide: Box[] = [-1, 1].map((s) => ({ min: [s > 0 ? W / 2 - 0.05 : -W / 2 - 0.1, 0, -L / 2] as Vec3, max: [s > 0 ? W / 2 + 0.1 : -W / 2 + 0.05, H, L / 2] as Vec3 }));
  return { footprint: rect(W, L), height: H, collide };
};

export const judgesBench: PropBuild = (p, P, M) => {
  const [w, n] = [num(P, 'width'), num(P, 'seats')];
  const teak = M('teak');
  const walnut = M('dark-wood');
  slab(p, teak, 0, 0.45, w, 0.18, 0, 1.15);
  slab(p, walnut, 0, 0.45, w + 0.1, 0.3, 1.15, 1.2);
  slab(p, M('gold-trim'), 0, 0.36, w, 0.015, 0.95, 0.98);
  slab(p, teak, 0, 0, w, 0.9, 0.74, 0.78);
  for (const x of [-w / 2 + 0.04, w / 2 - 0.04]) slab(p, teak, x, 0, 0.08, 0.9, 0, 1.15);
  for (let k = 0; k < n; k++) {
    const x = n === 1 ? 0 : -w / 2 + 0.7 + ((w - 1.4) * k) / (n - 1);
    slab(p, M('leather-black'), x, -0.6, 0.64, 0.56, 0.42, 0.52);
    slab(p, M('leather-black'), x, -0.9, 0.66, 0.12, 0.5, 1.5);
    slab(p, teak, x, -0.9, 0.7, 0.14, 1.45, 1.55);
    cyl(p, M('stainless-steel'), 0.05, 0.42, [x, 0, -0.6], 10);
    cyl(p, M('dark-metal'), 0.006, 0.4, [x + 0.3, 0.78, -0.1], 6);
  }
  return { footprint: [-w / 2 - 0.05, -1, w / 2 + 0.05, 0.6], height: 1.55, collide: [{ min: [-w / 2 - 0.05, 0, -0.45], max: [w / 2 + 0.05, 1.2, 0.6] }] };
};

export const dock: PropBuild = (p, P, M) => {
  const [w, d, h, bars] = [num(P, 'width'), num(P, 'depth'), num(P, 'height'), bool(P, 'bars')];
  const teak = M(bars ? 'dark-metal' : 'teak');
  const sides: [number, number, number, number][] = [[0, -d / 2, w, 0.06], [-w / 2 + 0.03, 0, 0.06, d], [w / 2 - 0.03, 0, 0.06, d]];
  const collide: Box[] = [];
  for (const [x, z, sw, sd] of sides) {
    slab(p, teak, x, z, sw, sd, 0, bars ? 0.1 : 0.35);
    slab(p, teak, x, z, sw + 0.04, sd + 0.04, h - 0.06, h);
    collide.push({ min: [x - sw / 2 - 0.02, 0, z - sd / 2 - 0.02], max: [x + sw / 2 + 0.02, h, z + sd / 2 + 0.02] });
    const len = Math.max(sw, sd);
    const nb = Math.max(2, Math.round(len / (bars ? 0.12 : 0.15)));
    for (let k = 1; k < nb; k++) {
      const t = -len / 2 + (len * k) / nb;
      cyl(p, M('stainless-steel'), 0.012, h - 0.4, [sw > sd ? x + t : x, bars ? 0.1 : 0.35, sw > sd ? z : z + t], 6);
    }
  }
  return { footprint: rect(w, d), height: h, collide };
};

export const special: Record<string, PropBuild> = { 'seat-row': seatRow, fuselage, 'judges-bench': judgesBench, dock };
