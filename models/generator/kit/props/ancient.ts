/**
 * Timber-frame pieces for Han–Tang courtyard sets: a tiled hip roof (pyramid when square) with
 * a concave profile, a bracket set (斗拱) for a column top, and a covered-walkway bay run
 * (columns, beams, a low rail and a tiled roof). Local origin on the floor, long side along X.
 */
import { BufferGeometry, Float32BufferAttribute } from 'three';
import type { PropBuilder } from '../../core/builder.ts';
import type { MaterialLookup } from '../materials.ts';
import { bool, cyl, num, rect, slab, str, type PropBuild } from './types.ts';

/**
 * Hip-roof rings: the eave rectangle (half sizes hx, hz) inset step by step toward the ridge;
 * the height at inset t follows a concave curve, steep near the ridge and flat at the eaves.
 */
function hipRoof(hx: number, hz: number, rise: number, y0: number, flip: boolean): BufferGeometry {
  const half = Math.min(hx, hz);
  const rings = 5;
  const pos: number[] = [];
  const ring = (k: number) => {
    const f = k / rings;
    const t = half * f;
    return { x: hx - t, z: hz - t, y: y0 + rise * f ** 1.6 };
  };
  const quad = (a: number[], b: number[], c: number[], d: number[]) => {
    const tri = flip ? [a, c, b, a, d, c] : [a, b, c, a, c, d];
    for (const v of tri) pos.push(v[0]!, v[1]!, v[2]!);
  };
  for (let k = 0; k < rings; k++) {
    const o = ring(k);
    const i = ring(k + 1);
    const corners = (r: { x: number; z: number; y: number }) => [
      [-r.x, r.y, -r.z],
      [r.x, r.y, -r.z],
      [r.x, r.y, r.z],
      [-r.x, r.y, r.z],
    ];
    const co = corners(o);
    const ci = corners(i);
    for (let s = 0; s < 4; s++) {
      const n = (s + 1) % 4;
      // Outer edge then inner edge, wound so the face looks up and out.
      quad(co[n]!, co[s]!, ci[s]!, ci[n]!);
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  g.setIndex([...Array(pos.length / 3).keys()]);
  g.computeVertexNormals();
  return g;
}

/** A tiled hip roof with soffit, eave fascia and a ridge with raised ends; y is the eave line. */
function roof(p: PropBuilder, M: MaterialLookup, w: number, d: number, rise: number, y: number, tiles: string, soffit: string): void {
  const [hx, hz] = [w / 2, d / 2];
  const top = hipRoof(hx, hz, rise, y, false);
  p.mesh(M(tiles), top);
  top.dispose();
  const under = hipRoof(hx - 0.05, hz - 0.05, rise, y - 0.14, true);
  p.mesh(M(soffit), under);
  under.dispose();
  // Eave fascia all round and the ridge with its end ornaments (鸱尾).
  slab(p, M(soffit), 0, -hz, w, 0.1, y - 0.22, y + 0.02);
  slab(p, M(soffit), 0, hz, w, 0.1, y - 0.22, y + 0.02);
  slab(p, M(soffit), -hx, 0, 0.1, d, y - 0.22, y + 0.02);
  slab(p, M(soffit), hx, 0, 0.1, d, y - 0.22, y + 0.02);
  const ridge = Math.max(0, w - d);
  const ry = y + rise;
  if (ridge > 0.2) {
    const rh = Math.min(0.6, 0.12 * rise + 0.15);
    slab(p, M(tiles), 0, 0, ridge + 0.2, 0.3, ry - 0.1, ry + rh);
    for (const s of [-1, 1]) slab(p, M(tiles), s * (ridge / 2 + 0.05), 0, 0.3, 0.36, ry, ry + rh * 2.2);
  } else {
    cyl(p, M('gold-trim'), 0.12, Math.min(0.9, 0.25 * rise + 0.2), [0, ry - 0.1, 0], 8, 0.2);
  }
}

export const tiledRoof: PropBuild = (p, P, M) => {
  const [w, d, rise, el] = [num(P, 'width'), num(P, 'depth'), num(P, 'rise'), num(P, 'elevation')];
  roof(p, M, w, d, rise, el, str(P, 'finish'), str(P, 'soffit'));
  return { footprint: rect(w, d), height: el + rise, collide: [] };
};

/** One bracket set: a bearing block and three tiers of crossed arms, each capped by small blocks. */
export const bracketSet: PropBuild = (p, P, M) => {
  const s = num(P, 'size');
  const m = M(str(P, 'finish'));
  const edge = M(str(P, 'trim'));
  p.box(m, [-0.2 * s, 0, -0.2 * s], [0.2 * s, 0.18 * s, 0.2 * s]);
  const tiers = [0.8, 1.3, 1.8];
  tiers.forEach((len, k) => {
    const y = (0.18 + k * 0.24) * s;
    const L = (len * s) / 2;
    p.box(m, [-L, y, -0.065 * s], [L, y + 0.15 * s, 0.065 * s]);
    p.box(m, [-0.065 * s, y, -L], [0.065 * s, y + 0.15 * s, L]);
    for (const sg of [-1, 1]) {
      p.box(edge, [sg * L - 0.1 * s, y + 0.15 * s, -0.1 * s], [sg * L + 0.1 * s, y + 0.24 * s, 0.1 * s]);
      p.box(edge, [-0.1 * s, y + 0.15 * s, sg * L - 0.1 * s], [0.1 * s, y + 0.24 * s, sg * L + 0.1 * s]);
    }
  });
  const h = (0.18 + tiers.length * 0.24) * s;
  return { footprint: rect(1.8 * s, 1.8 * s), height: h, collide: [] };
};

/**
 * A covered walkway (回廊) along X: `bays` bays of two column rows, beams, a low rail on the
 * back (+Z) side and seats on the front, under a tiled hip roof. Only the columns collide.
 */
export const walkway: PropBuild = (p, P, M) => {
  const [len, w, h, bays] = [num(P, 'length'), num(P, 'width'), num(P, 'height'), num(P, 'bays')];
  const col = M(str(P, 'finish'));
  const beam = M(str(P, 'soffit'));
  const bay = len / bays;
  const collide: { min: [number, number, number]; max: [number, number, number] }[] = [];
  for (let k = 0; k <= bays; k++) {
    const x = -len / 2 + k * bay;
    for (const z of [-w / 2, w / 2]) {
      cyl(p, M('concrete'), 0.24, 0.12, [x, 0, z], 8);
      cyl(p, col, 0.14, h, [x, 0, z], 10);
      collide.push({ min: [x - 0.16, 0, z - 0.16], max: [x + 0.16, h, z + 0.16] });
    }
  }
  // Beams along both rows and tie beams across at each column pair.
  for (const z of [-w / 2, w / 2]) slab(p, beam, 0, z, len + 0.3, 0.2, h - 0.05, h + 0.3);
  for (let k = 0; k <= bays; k++) slab(p, beam, -len / 2 + k * bay, 0, 0.18, w, h + 0.05, h + 0.3);
  if (bool(P, 'rail')) {
    // A low rail on the back row; a seat rail (美人靠) on the front.
    slab(p, col, 0, w / 2, len, 0.1, 0.55, 0.65);
    for (let k = 0; k < bays; k++) slab(p, col, -len / 2 + (k + 0.5) * bay, w / 2, 0.06, 0.06, 0, 0.55);
    slab(p, M('teak'), 0, -w / 2 + 0.12, len, 0.34, 0.42, 0.48);
  }
  const over = 0.75;
  roof(p, M, len + over * 2, w + over * 2, Math.max(0.8, w * 0.42), h + 0.3, str(P, 'roof'), str(P, 'soffit'));
  return { footprint: rect(len + over * 2, w + over * 2), height: h + 0.3 + w * 0.42, collide };
};

export const ancient: Record<string, PropBuild> = { 'tiled-roof': tiledRoof, 'bracket-set': bracketSet, walkway };
