/**
 * Street props, reusable by every street set: a storefront (shop, bank or office-tower frontage
 * with its sign band), a sign (fascia, blade or hanging wayfinding board from the sign atlas),
 * a kerb run and overhead wires on poles. Each faces −Z (its front toward the street).
 */
import { BoxGeometry, CylinderGeometry } from 'three';
import { tf, type Box, type MaterialSpec, type Vec3 } from '../../core/builder.ts';
import { signFace } from './signs.ts';
import { bool, cyl, num, rect, slab, str, type PropBuild } from './types.ts';

/** What shows behind a shop window: a warm, dimly lit interior. */
const INTERIOR: MaterialSpec = { name: 'kit-shop-interior', color: '#b89c76', roughness: 0.9, emissive: '#d9b27a', emissiveStrength: 0.5 };
/** Reflective tower glazing above a glazed frontage. */
const CURTAIN: MaterialSpec = { name: 'kit-curtain-glass', color: '#5a7896', roughness: 0.12, metalness: 0.5 };

export const storefront: PropBuild = (p, P, M) => {
  const [W, H, shop, door, label] = [num(P, 'width'), num(P, 'height'), num(P, 'shopHeight'), num(P, 'door'), num(P, 'label')];
  const glazed = bool(P, 'glazed');
  const wall = M(str(P, 'finish'));
  const trim = M(str(P, 'trim'));
  const T = 0.3;
  const g0 = Math.min(shop, H);
  let drum: Box | null = null;
  // Piers at both ends and the wall above the shop storey.
  const pier = Math.min(0.45, W / 6);
  slab(p, wall, -W / 2 + pier / 2, T / 2, pier, T, 0, H);
  slab(p, wall, W / 2 - pier / 2, T / 2, pier, T, 0, H);
  const bandH = 0.8;
  slab(p, wall, 0, T / 2, W - 2 * pier, T, g0, g0 + bandH);
  // The shop storey: display windows either side of the door, a stall riser below them.
  const inner = W - 2 * pier;
  const dw = Math.min(door, inner - 0.4);
  slab(p, M('glass'), 0, 0.12, inner, 0.02, 0.5, g0 - 0.05);
  slab(p, wall, 0, 0.15, inner, 0.1, 0, 0.5);
  slab(p, INTERIOR, 0, 0.27, inner, 0.02, 0, g0);
  slab(p, trim, 0, 0.1, inner, 0.08, g0 - 0.08, g0);
  for (const x of [-dw / 2 - 0.04, dw / 2 + 0.04]) slab(p, trim, x, 0.12, 0.08, 0.1, 0, g0);
  const mullions = Math.max(1, Math.round((inner - dw) / 2 / 1.5));
  for (const s of [-1, 1])
    for (let k = 1; k < mullions; k++) slab(p, trim, s * (dw / 2 + ((inner - dw) / 2) * (k / mullions)), 0.12, 0.06, 0.08, 0.5, g0);
  if (dw > 0) {
    slab(p, M('dark-metal'), 0, 0.3, dw, 0.02, 0, 0.02);
    if (bool(P, 'revolving')) {
      // The drum stands out on the pavement, its back against the frontage.
      const r = Math.min(dw / 2, 1);
      const zc = T - 0.05 - r;
      cyl(p, M('glass'), r, 2.4, [0, 0, zc], 16);
      cyl(p, trim, r + 0.05, 0.12, [0, 2.4, zc], 16);
      for (let k = 0; k < 4; k++) {
        const g = new BoxGeometry(r * 2 - 0.1, 2.3, 0.03);
        p.mesh(M('glass'), g, tf(0, 1.2, zc, (k * Math.PI) / 4));
        g.dispose();
      }
      drum = { min: [-r, 0, zc - r], max: [r, 2.5, zc + r] };
    }
  }
  if (bool(P, 'shutter')) slab(p, M('plastic-grey'), 0, 0.06, inner, 0.04, g0 - 0.9, g0 - 0.08);
  // The sign band over the shop storey.
  if (label >= 0) signFace(p, label, inner - 0.3, bandH - 0.2, 0, g0 + bandH / 2, -0.03, bool(P, 'lit'));
  if (bool(P, 'awning')) {
    const g = new BoxGeometry(inner, 0.04, 1.1);
    p.mesh(M(str(P, 'awningFinish')), g, tf(0, g0 - 0.35, -0.5, 0, -0.35));
    g.dispose();
  }
  // Upper storeys: a glass curtain wall with mullions, or punched windows in the wall.
  const top = g0 + bandH;
  if (H > top + 0.2) {
    if (glazed) {
      slab(p, CURTAIN, 0, T / 2, inner, T, top, H);
      const cols = Math.max(1, Math.round(inner / 1.5));
      for (let k = 0; k <= cols; k++) slab(p, trim, -inner / 2 + (inner * k) / cols, -0.04, 0.08, 0.08, top, H);
      for (let y = top + 1.5; y < H - 0.2; y += 3.2) slab(p, trim, 0, -0.04, inner, 0.1, y, y + 0.5);
    } else {
      slab(p, wall, 0, T / 2, inner, T, top, H);
      const cols = Math.max(1, Math.round(inner / 2.2));
      for (let y = top + 0.6; y + 1.6 < H; y += 3) {
        for (let k = 0; k < cols; k++) {
          const x = -inner / 2 + (inner * (k + 0.5)) / cols;
          slab(p, CURTAIN, x, -0.01, 1.2, 0.02, y, y + 1.5);
          slab(p, trim, x, -0.03, 1.36, 0.06, y - 0.08, y);
        }
      }
    }
  }
  slab(p, trim, 0, -0.03, W, 0.14, H - 0.12, H);
  const collide: Box[] = [{ min: [-W / 2, 0, -0.05], max: [W / 2, H, T] }];
  if (drum) collide.push(drum);
  const front = drum ? Math.min(-0.05, drum.min[2]) : -0.05;
  return { footprint: [-W / 2, front, W / 2, T + 0.05], height: H, collide };
};

export const sign: PropBuild = (p, P, M) => {
  const [w, h, e, hang, label] = [num(P, 'width'), num(P, 'height'), num(P, 'elevation'), num(P, 'hang'), num(P, 'label')];
  const lit = bool(P, 'lit');
  const box = M('dark-metal');
  const d = lit ? 0.14 : 0.04;
  slab(p, box, 0, 0, w + 0.06, d, e - 0.03, e + h + 0.03);
  signFace(p, label, w, h, 0, e + h / 2, -d / 2 - 0.003, lit);
  if (bool(P, 'twoSided')) signFace(p, label, w, h, 0, e + h / 2, d / 2 + 0.003, lit, 0);
  if (hang > 0) for (const x of [-w / 2 + 0.1, w / 2 - 0.1]) slab(p, box, x, 0, 0.02, 0.02, e + h, e + h + hang);
  const high = e > 1.9;
  return { footprint: rect(w + 0.06, Math.max(0.1, d)), height: e + h + hang, collide: high ? [] : [{ min: [-w / 2, 0, -d / 2], max: [w / 2, e + h, d / 2] }] };
};

export const kerb: PropBuild = (p, P, M) => {
  const [L, h, w] = [num(P, 'length'), num(P, 'height'), num(P, 'width')];
  const m = M(str(P, 'finish'));
  const n = Math.max(1, Math.round(L / 1));
  for (let k = 0; k < n; k++) slab(p, m, -L / 2 + (L / n) * (k + 0.5), 0, L / n - 0.012, w, 0, h);
  const floors = [[-L / 2, h, -w / 2, L / 2, h, w / 2, L / 2, h, -w / 2, -L / 2, h, -w / 2, -L / 2, h, w / 2, L / 2, h, w / 2]];
  return { footprint: rect(L, w), height: h, collide: [], floors };
};

export const wires: PropBuild = (p, P, M) => {
  const [L, h, n] = [num(P, 'length'), num(P, 'height'), num(P, 'wires')];
  const metal = M('dark-metal');
  const poles = bool(P, 'poles');
  const collide: Box[] = [];
  if (poles)
    for (const x of [-L / 2, L / 2]) {
      cyl(p, M(str(P, 'finish')), 0.11, h + 0.6, [x, 0, 0], 8, 0.14);
      slab(p, metal, x, 0, 0.08, 1.6, h - 0.05, h + 0.05);
      collide.push({ min: [x - 0.15, 0, -0.15] as Vec3, max: [x + 0.15, h, 0.15] as Vec3 });
    }
  // Each wire sags in segments between the poles.
  const segs = Math.max(4, Math.round(L / 1.5));
  const sag = Math.min(0.8, L * 0.02);
  for (let k = 0; k < n; k++) {
    const z = n === 1 ? 0 : -0.7 + (1.4 * k) / (n - 1);
    const y0 = h + 0.05 - (k % 2) * 0.25;
    for (let s = 0; s < segs; s++) {
      const t0 = s / segs;
      const t1 = (s + 1) / segs;
      const ya = y0 - sag * 4 * t0 * (1 - t0);
      const yb = y0 - sag * 4 * t1 * (1 - t1);
      const len = Math.hypot(L / segs, yb - ya);
      const g = new CylinderGeometry(0.012, 0.012, len, 4);
      p.mesh(metal, g, tf(-L / 2 + (L * (t0 + t1)) / 2, (ya + yb) / 2, z, 0, 0, Math.atan2(yb - ya, L / segs) - Math.PI / 2));
      g.dispose();
    }
  }
  return { footprint: rect(L + 0.3, 1.6), height: h + 0.6, collide };
};

export const street: Record<string, PropBuild> = { storefront, sign, kerb, wires };
