/**
 * Han/Tang palace throne hall (汉唐宫殿). The set is a walled courtyard 64 m (X) × 70 m (Z)
 * at y = 0; at its back stands a stone terrace (台基, top 1.6 m) carrying a 9 × 5-bay hall
 * of 40 m × 25 m (column centres) under a hip-and-gable roof (歇山顶) with deep eaves; the
 * ridge is at 15.6 m (14 m above the hall floor). Front stairs in three flights with a carved
 * central ramp lead down to the courtyard; the entrance gate is at +Z.
 */
import { BufferGeometry, CylinderGeometry, ExtrudeGeometry, Float32BufferAttribute, LatheGeometry, PlaneGeometry, Shape, SphereGeometry, Vector2 } from 'three';
import { SetBuilder, tf, type MaterialSpec, type Vec3 } from '../core/builder.ts';
import { cloudPanel, cloudRelief, lattice, mottle, roofTiles, stoneBlocks, tex, tiles } from '../core/textures.ts';

const HALF_X = 32;
const HALF_Z = 35;
const HZ = -15; // hall centre z
const T = 1.6; // terrace top = hall floor
const COL_H = 6.0;
const CAP = T + COL_H; // column top, 7.6
const CEIL = 9.2; // flat ceiling inside, on the brackets
const EAVE_Y = 8.9;
const RIDGE_Y = 15.6;
const XE = 24; // eave half extents
const ZE = 16.5;
const HIP = 8; // hip depth at the ends (gable plane at |x| = XE − HIP)

export const palaceMaterials = {
  paving: { name: 'courtyard-paving', color: '#9d9a93', roughness: 0.85, map: tex('paving', () => stoneBlocks('paving', 61, 4, 4)), uvScale: 3.2 },
  path: { name: 'imperial-path-stone', color: '#cbc6bb', roughness: 0.75, map: tex('paving', () => stoneBlocks('paving', 61, 4, 4)), uvScale: 3.2 },
  stone: { name: 'terrace-stone', color: '#dad6cd', roughness: 0.7, map: tex('terrace-blocks', () => stoneBlocks('terrace-blocks', 62, 3, 6)), uvScale: 2.4 },
  brick: { name: 'hall-floor-bricks', color: '#5c5e60', roughness: 0.6, map: tex('floor-bricks', () => tiles('floor-bricks', 63, 4, 2, 0.12, 128)), uvScale: 2.4 },
  lacquer: { name: 'red-lacquer', color: '#8c1b15', roughness: 0.35 },
  lattice: { name: 'lattice-red', color: '#8c1b15', roughness: 0.45, map: tex('lattice', () => lattice('lattice', 4, 5)), alphaCutoff: 0.5, doubleSided: true },
  plaster: { name: 'lime-plaster', color: '#e8e0cf', roughness: 0.92, map: tex('lime', () => mottle('lime', 12, 20)), uvScale: 2.5 },
  timber: { name: 'painted-timber-ochre', color: '#8b3a22', roughness: 0.6 },
  white: { name: 'painted-white-band', color: '#e9e4d8', roughness: 0.7 },
  tiles: { name: 'roof-tiles-grey', color: '#50545a', roughness: 0.7, map: tex('roof-tiles', () => roofTiles('roof-tiles')), uvScale: 1.0 },
  ridge: { name: 'ridge-tiles-dark', color: '#33363a', roughness: 0.65 },
  soffit: { name: 'eave-soffit-rafters', color: '#6c2a1b', roughness: 0.7, map: tex('rafters', () => tiles('rafters', 64, 8, 3, 0.05, 64)), uvScale: 2.4 },
  ceiling: { name: 'coffered-ceiling-green', color: '#4c6f60', roughness: 0.7, map: tex('coffers', () => tiles('coffers', 65, 4, 5, 0.06, 128)), uvScale: 2.4 },
  gold: { name: 'gold-leaf', color: '#cf9f45', roughness: 0.3, metalness: 1 },
  darkLacquer: { name: 'black-lacquer', color: '#2b100c', roughness: 0.3 },
  carpet: { name: 'carpet-imperial-red', color: '#7c1519', roughness: 0.95 },
  bronze: { name: 'bronze', color: '#5e4b2f', roughness: 0.42, metalness: 0.9 },
  relief: { name: 'carved-ramp-stone', color: '#d6d2c8', roughness: 0.7, map: tex('cloud-relief', () => cloudRelief('cloud-relief')) },
  screen: { name: 'screen-cloud-panels', color: '#ffffff', roughness: 0.4, map: tex('cloud-panel', () => cloudPanel('cloud-panel')) },
  wallRed: { name: 'palace-wall-red', color: '#9a2b20', roughness: 0.85 },
  cabinet: { name: 'power-cabinet', color: '#8f979c', roughness: 0.5, metalness: 0.4 },
} satisfies Record<string, MaterialSpec>;

/** Roof profile: height above the eave line at a distance d (m) in from the eave edge. */
function roofY(d: number): number {
  const t = Math.min(1, Math.max(0, d / ZE));
  return EAVE_Y + (RIDGE_Y - EAVE_Y) * (0.35 * t + 0.65 * t * t);
}
function roofSlope(d: number): number {
  const t = Math.min(1, Math.max(0, d / ZE));
  return ((RIDGE_Y - EAVE_Y) * (0.35 + 1.3 * t)) / ZE;
}
/** Corner lift of the upturned eaves. */
function lift(dx: number, dz: number): number {
  return 0.9 * Math.exp(-(dx + dz) / 3);
}

/** Height of the roof at (x, z) relative to the hall centre, and which slope is active. */
function roofAt(x: number, z: number, central: boolean): { y: number; side: boolean; dx: number; dz: number } {
  const dx = XE - Math.abs(x);
  const dz = ZE - Math.abs(z);
  const f = roofY(dz);
  if (central) return { y: f + lift(dx, dz), side: false, dx, dz };
  const g = roofY(dx);
  return { y: Math.min(f, g) + lift(dx, dz), side: g < f, dx, dz };
}

/** Builds the roof surface (top or soffit) as a triangle soup with per-triangle tile UVs. */
function roofGeometry(offset: number, flip: boolean): BufferGeometry {
  const s = 0.5;
  const pos: number[] = [];
  const nrm: number[] = [];
  const uv: number[] = [];
  const gx = XE - HIP;
  const regions: [number, number, boolean][] = [
    [-XE, -gx, false],
    [-gx, gx, true],
    [gx, XE, false],
  ];
  for (const [xa, xb, central] of regions) {
    const nx = Math.round((xb - xa) / s);
    const nz = Math.round((2 * ZE) / s);
    for (let i = 0; i < nx; i++)
      for (let j = 0; j < nz; j++) {
        const x0 = xa + i * s;
        const x1 = x0 + s;
        const z0 = -ZE + j * s;
        const z1 = z0 + s;
        const cx = (x0 + x1) / 2;
        const cz = (z0 + z1) / 2;
        const same = Math.sign(cx) * Math.sign(cz) > 0;
        const quads: [number, number][][] = same
          ? [
              [[x0, z0], [x0, z1], [x1, z1]],
              [[x0, z0], [x1, z1], [x1, z0]],
            ]
          : [
              [[x0, z0], [x0, z1], [x1, z0]],
              [[x1, z0], [x0, z1], [x1, z1]],
            ];
        for (const tri of quads) {
          const mx = (tri[0]![0] + tri[1]![0] + tri[2]![0]) / 3;
          const mz = (tri[0]![1] + tri[1]![1] + tri[2]![1]) / 3;
          const sideTri = roofAt(mx, mz, central).side;
          const order = flip ? [0, 2, 1] : [0, 1, 2];
          for (const k of order) {
            const [px, pz] = tri[k]!;
            const dx = XE - Math.abs(px);
            const dz = ZE - Math.abs(pz);
            const y = (sideTri ? roofY(dx) : roofY(dz)) + lift(dx, dz) - offset;
            pos.push(px, y, pz + HZ);
            // Normal from the active slope (ignoring the small corner lift).
            let n: [number, number, number];
            if (sideTri) n = [Math.sign(px) * roofSlope(dx), 1, 0];
            else n = [0, 1, Math.sign(pz) * roofSlope(dz)];
            const l = Math.hypot(...n);
            nrm.push((n[0] / l) * (flip ? -1 : 1), (n[1] / l) * (flip ? -1 : 1), (n[2] / l) * (flip ? -1 : 1));
            if (sideTri) uv.push(pz / 0.9, dx / 1.2);
            else uv.push(px / 0.9, dz / 1.2);
          }
        }
      }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  g.setAttribute('normal', new Float32BufferAttribute(nrm, 3));
  g.setAttribute('uv', new Float32BufferAttribute(uv, 2));
  return g;
}

export function buildPalace(): SetBuilder {
  const M = palaceMaterials;
  const b = new SetBuilder('palace-throne-hall', 'Han/Tang palace throne hall');
  const V = (mat: MaterialSpec, min: Vec3, max: Vec3) => b.box('visual', mat, min, max);
  const C = (mat: MaterialSpec, min: Vec3, max: Vec3) => b.box('ceiling', mat, min, max);
  const hz = (z: number) => z + HZ;

  // ---- Courtyard, imperial path, enclosing red walls with a closed gate.
  V(M.paving, [-HALF_X, -0.1, -HALF_Z], [HALF_X, 0, HALF_Z]);
  V(M.path, [-3, 0, 10.4], [3, 0.015, HALF_Z]);
  b.floorTop(-HALF_X, -HALF_Z, HALF_X, HALF_Z, 0);
  const wall = (min: Vec3, max: Vec3) => {
    V(M.wallRed, min, max);
    V(M.ridge, [min[0] - 0.25, max[1], min[2] - 0.25], [max[0] + 0.25, max[1] + 0.35, max[2] + 0.25]);
    V(M.stone, [min[0] - 0.05, 0, min[2] - 0.05], [max[0] + 0.05, 0.6, max[2] + 0.05]);
    b.collide(min, max);
  };
  wall([-HALF_X - 1, 0, -HALF_Z - 1], [-HALF_X, 4.5, HALF_Z + 1]);
  wall([HALF_X, 0, -HALF_Z - 1], [HALF_X + 1, 4.5, HALF_Z + 1]);
  wall([-HALF_X, 0, -HALF_Z - 1], [HALF_X, 4.5, -HALF_Z]);
  wall([-HALF_X, 0, HALF_Z], [-3.5, 4.5, HALF_Z + 1]);
  wall([3.5, 0, HALF_Z], [HALF_X, 4.5, HALF_Z + 1]);
  V(M.lacquer, [-3.5, 0, HALF_Z + 0.3], [3.5, 4.2, HALF_Z + 0.5]);
  V(M.wallRed, [-3.5, 4.2, HALF_Z], [3.5, 4.5, HALF_Z + 1]);
  for (let r = 0; r < 5; r++) for (let c = 0; c < 9; c++) V(M.gold, [-3.2 + c * 0.8 - 0.05, 0.9 + r * 0.7, HALF_Z + 0.25], [-3.2 + c * 0.8 + 0.05, 1.0 + r * 0.7, HALF_Z + 0.3]);
  b.collide([-3.5, 0, HALF_Z], [3.5, 4.5, HALF_Z + 1]);
  // Courtyard dressing: bronze water vats (门海) and stone lanterns flanking the imperial path.
  const vat = b.prop('water-vat', (p) => {
    p.box(M.stone, [-0.8, 0, -0.8], [0.8, 0.35, 0.8]);
    const prof = [
      [0, 0],
      [0.7, 0],
      [0.95, 0.35],
      [1.0, 0.8],
      [0.92, 1.1],
      [0.98, 1.15],
      [0.85, 1.15],
      [0, 1.05],
    ].map(([r, y]) => new Vector2(r, y));
    p.mesh(M.bronze, new LatheGeometry(prof, 24), tf(0, 0.35, 0));
    for (const s2 of [-1, 1]) p.mesh(M.bronze, new CylinderGeometry(0.12, 0.12, 0.05, 12), tf(s2 * 1.0, 1.0, 0, 0, 0, Math.PI / 2));
  });
  const lantern = b.prop('stone-lantern', (p) => {
    p.box(M.stone, [-0.45, 0, -0.45], [0.45, 0.3, 0.45]);
    p.mesh(M.stone, new CylinderGeometry(0.14, 0.18, 1.2, 8), tf(0, 0.9, 0));
    p.box(M.stone, [-0.4, 1.5, -0.4], [0.4, 1.62, 0.4]);
    p.box(M.stone, [-0.3, 1.62, -0.3], [0.3, 2.1, 0.3]);
    p.mesh(M.stone, new CylinderGeometry(0.05, 0.62, 0.45, 4), tf(0, 2.32, 0, Math.PI / 4));
    p.mesh(M.stone, new SphereGeometry(0.12, 8, 6), tf(0, 2.6, 0));
  });
  for (const s of [-1, 1]) {
    for (const z of [22, 31]) {
      b.place(vat, 'visual', [s * 7.5, 0, z]);
      b.collide([s * 7.5 - 1.05, 0, z - 1.05], [s * 7.5 + 1.05, 1.55, z + 1.05]);
    }
    for (const z of [14, 24]) {
      b.place(lantern, 'visual', [s * 12.5, 0, z]);
      b.collide([s * 12.5 - 0.46, 0, z - 0.46], [s * 12.5 + 0.46, 2.7, z + 0.46]);
    }
  }
  b.marker('water-vat', [7.5, 0.8, 22], [2.1, 1.55, 2.1]);
  b.marker('courtyard', [0, 0, 22], [64, 0.1, 25]);
  V(M.cabinet, [-HALF_X, 0, 24], [-HALF_X + 0.45, 1.6, 25.2]);
  b.collide([-HALF_X, 0, 24], [-HALF_X + 0.45, 1.6, 25.2]);
  b.marker('power-drop-sl', [-HALF_X + 0.25, 0.8, 24.6], [0.45, 1.6, 1.2]);

  // ---- Terrace (台基): stone blocks, top at 1.6 m, balustrade along the edge.
  const tx = 25;
  const tz0 = hz(-16.5);
  const tz1 = hz(21); // front edge, z = 6
  V(M.stone, [-tx, 0, tz0], [tx, T, tz1]);
  V(M.stone, [-tx - 0.15, T - 0.15, tz0 - 0.15], [tx + 0.15, T, tz1 + 0.15]);
  b.floorTop(-tx, tz0, tx, tz1, T);
  // Stairs: left and right flights, carved ramp between (not walkable).
  const N = 11;
  const rise = T / N;
  const go = 0.4;
  const flights: [number, number][] = [
    [-10, -3],
    [3, 10],
  ];
  for (const [xa, xb] of flights)
    for (let k = 1; k < N; k++) {
      const top = T - rise * k;
      const za = tz1 + go * (k - 1);
      V(M.stone, [xa, 0, za], [xb, top, za + go]);
      b.floorTop(xa, za, xb, za + go, top);
    }
  const rampLen = Math.hypot(T, go * (N - 1));
  const ramp = new PlaneGeometry(6, rampLen);
  b.mesh('visual', M.relief, ramp, tf(0, T / 2, tz1 + (go * (N - 1)) / 2, 0, -Math.PI / 2 + Math.atan2(T, go * (N - 1))), { kind: 'keep', rect: [0, 0, 1, 2] });
  V(M.stone, [-3, 0, tz1], [-2.8, T + 0.2, tz1 + go * (N - 1)]);
  V(M.stone, [2.8, 0, tz1], [3, T + 0.2, tz1 + go * (N - 1)]);
  b.collide([-3, 0, tz1], [3, T + 1.0, tz1 + go * (N - 1)]);
  b.marker('terrace-stairs', [-6.5, T / 2, tz1 + 2], [7, T, go * (N - 1)]);
  b.marker('carved-ramp', [0, T / 2, tz1 + 2], [5.6, T, go * (N - 1)]);
  // Balustrade: posts and rails; openings where the stairs arrive.
  const post = b.prop('balustrade-post', (p) => {
    p.box(M.stone, [-0.12, 0, -0.12], [0.12, 1.05, 0.12]);
    p.mesh(M.stone, new SphereGeometry(0.13, 10, 6), tf(0, 1.13, 0));
  });
  const railRun = (a: Vec3, c: Vec3) => {
    V(M.stone, [Math.min(a[0], c[0]) - 0.07, T + 0.75, Math.min(a[2], c[2]) - 0.07], [Math.max(a[0], c[0]) + 0.07, T + 0.9, Math.max(a[2], c[2]) + 0.07]);
    V(M.stone, [Math.min(a[0], c[0]) - 0.09, T, Math.min(a[2], c[2]) - 0.09], [Math.max(a[0], c[0]) + 0.09, T + 0.2, Math.max(a[2], c[2]) + 0.09]);
    const len = Math.hypot(c[0] - a[0], c[2] - a[2]);
    const n = Math.max(1, Math.round(len / 2));
    for (let k = 0; k <= n; k++) b.place(post, 'visual', [a[0] + ((c[0] - a[0]) * k) / n, T, a[2] + ((c[2] - a[2]) * k) / n]);
    b.collide([Math.min(a[0], c[0]) - 0.15, 0, Math.min(a[2], c[2]) - 0.15], [Math.max(a[0], c[0]) + 0.15, T + 1.1, Math.max(a[2], c[2]) + 0.15]);
  };
  const e = 0.1;
  railRun([-tx + e, 0, tz0 + e], [tx - e, 0, tz0 + e]);
  railRun([-tx + e, 0, tz0 + e], [-tx + e, 0, tz1 - e]);
  railRun([tx - e, 0, tz0 + e], [tx - e, 0, tz1 - e]);
  railRun([-tx + e, 0, tz1 - e], [-10.2, 0, tz1 - e]);
  railRun([10.2, 0, tz1 - e], [tx - e, 0, tz1 - e]);
  railRun([-2.9, 0, tz1 - e], [2.9, 0, tz1 - e]);

  // ---- Hall floor (dark square bricks) and the column grid (instanced red columns on stone bases).
  V(M.brick, [-20.6, T, hz(-13.1)], [20.6, T + 0.01, hz(13.1)]);
  const colX = [-20, -15.65, -11.3, -6.95, -2.6, 2.6, 6.95, 11.3, 15.65, 20];
  const rowZ = [-12.5, -7.5, -2.5, 2.5, 7.5, 12.5];
  const column = b.prop('hall-column', (p) => {
    const prof = [
      [0, 0],
      [0.33, 0],
      [0.34, COL_H * 0.4],
      [0.3, COL_H - 0.15],
      [0.26, COL_H],
      [0, COL_H],
    ].map(([r, y]) => new Vector2(r, y));
    p.mesh(M.lacquer, new LatheGeometry(prof, 20));
    p.mesh(M.stone, new CylinderGeometry(0.5, 0.58, 0.22, 20), tf(0, 0.11, 0));
    p.box(M.stone, [-0.62, -0.01, -0.62], [0.62, 0.03, 0.62]);
  });
  const columns: [number, number][] = [];
  for (const x of colX)
    for (const z of rowZ) {
      const outer = Math.abs(x) === 20 || Math.abs(z) === 12.5;
      const innerRing = Math.abs(z) === 7.5 && Math.abs(x) <= 15.65 || Math.abs(x) === 15.65 && Math.abs(z) <= 7.5;
      if (!outer && !innerRing) continue;
      if (z === -7.5 && Math.abs(x) < 6) continue; // the dais stands here
      columns.push([x, z]);
    }
  for (const [x, z] of columns) {
    b.place(column, 'visual', [x, T, hz(z)]);
    b.collide([x - 0.36, T, hz(z) - 0.36], [x + 0.36, CAP, hz(z) + 0.36]);
  }
  b.marker('hall-columns', [-6.95, T + COL_H / 2, hz(7.5)], [0.7, COL_H, 0.7]);

  // ---- Walls: back and sides plastered between columns with a stone dado; front lattice doors.
  const wallY1 = CAP - 0.6;
  for (const s of [-1, 1]) {
    V(M.plaster, [s * 20 - 0.2, T, hz(-12.5)], [s * 20 + 0.2, wallY1, hz(12.5)]);
    V(M.stone, [s * 20 - 0.25, T, hz(-12.5)], [s * 20 + 0.25, T + 0.9, hz(12.5)]);
    b.collide([s * 20 - 0.25, T, hz(-12.5)], [s * 20 + 0.25, CEIL, hz(12.5)]);
  }
  V(M.plaster, [-20, T, hz(-12.7)], [20, wallY1, hz(-12.3)]);
  V(M.stone, [-20, T, hz(-12.75)], [20, T + 0.9, hz(-12.25)]);
  b.collide([-20, T, hz(-12.75)], [20, CEIL, hz(-12.25)]);
  // Frieze above the architrave, between the brackets, all round (upper structure).
  C(M.plaster, [-20.15, wallY1, hz(-12.65)], [20.15, CEIL, hz(-12.35)]);
  C(M.plaster, [-20.15, wallY1, hz(12.35)], [20.15, CEIL, hz(12.65)]);
  for (const s of [-1, 1]) C(M.plaster, [s * 20 - 0.15, wallY1, hz(-12.5)], [s * 20 + 0.15, CEIL, hz(12.5)]);
  // Front: four lattice leaves per bay, a transom above; the centre bay stands open.
  const fz = hz(12.5);
  for (let i = 0; i < colX.length - 1; i++) {
    const xa = colX[i]! + 0.34;
    const xb = colX[i + 1]! - 0.34;
    const open = i === 4;
    const doorTop = T + 4.4;
    V(M.lacquer, [xa, doorTop, fz - 0.08], [xb, doorTop + 0.15, fz + 0.08]);
    b.mesh('visual', M.lattice, new PlaneGeometry(xb - xa, wallY1 - doorTop - 0.15), tf((xa + xb) / 2, (doorTop + 0.15 + wallY1) / 2, fz), {
      kind: 'keep',
      rect: [0, 0, (xb - xa) / 0.55, (wallY1 - doorTop - 0.15) / 0.55],
    });
    V(M.lacquer, [xa, T, fz - 0.06], [xb, T + 0.12, fz + 0.06]);
    const lw = (xb - xa) / 4;
    for (let k = 0; k < 4; k++) {
      let x0 = xa + k * lw;
      let zOff = 0;
      if (open) {
        // Leaves folded back against the flanking leaves, inside the hall.
        x0 = k < 2 ? xa + k * 0.1 : xb - (4 - k) * 0.1;
        zOff = -0.3 - (k % 2) * 0.12;
      }
      const x1 = open ? x0 + 0.08 : x0 + lw;
      const cxl = (x0 + x1) / 2;
      const leafW = open ? lw : x1 - x0;
      const yaw = open ? Math.PI / 2 : 0;
      const cz = fz + zOff - (open ? lw / 2 : 0);
      // Frame, lattice (upper 3/5), solid skirt panel (lower).
      const h = doorTop - T - 0.12;
      const frame = (dy0: number, dy1: number) => b.boxAt('visual', M.lacquer, [cxl, T + 0.12 + (dy0 + dy1) / 2, cz], [leafW, dy1 - dy0, 0.07], yaw);
      frame(0, 0.1);
      frame(h * 0.38, h * 0.42);
      frame(h - 0.1, h);
      const sideOff = leafW / 2 - 0.04;
      for (const sx of [-1, 1]) {
        const off: Vec3 = open ? [0, 0, sx * sideOff] : [sx * sideOff, 0, 0];
        b.boxAt('visual', M.lacquer, [cxl + off[0], T + 0.12 + h / 2, cz + off[2]], [open ? 0.08 : 0.08, h, open ? 0.08 : 0.08], 0);
      }
      b.boxAt('visual', M.darkLacquer, [cxl, T + 0.12 + h * 0.2, cz], [leafW - 0.08, h * 0.36, 0.04], yaw);
      const lat = new PlaneGeometry(leafW - 0.08, h * 0.56);
      b.mesh('visual', M.lattice, lat, tf(cxl, T + 0.12 + h * 0.71, cz, yaw), { kind: 'keep', rect: [0, 0, (leafW - 0.08) / 0.5, (h * 0.56) / 0.5] });
      if (open) b.collide([x0 - 0.02, T, cz - lw / 2], [x1 + 0.02, doorTop, cz + lw / 2]);
    }
    if (!open) b.collide([xa, T, fz - 0.1], [xb, CEIL, fz + 0.1]);
    else b.collide([xa, doorTop, fz - 0.1], [xb, CEIL, fz + 0.1]);
  }
  b.marker('lattice-doors', [-4.8, T + 2.2, fz], [4.0, 4.4, 0.15]);

  // ---- Throne dais: three lacquered tiers with carpeted tops and central steps.
  const tiers = [
    { x: 5.5, z0: -12.2, z1: -5.7 },
    { x: 4.5, z0: -12.2, z1: -6.7 },
    { x: 3.5, z0: -12.2, z1: -7.7 },
  ];
  tiers.forEach((t, i) => {
    const top = T + 0.3 * (i + 1);
    V(M.darkLacquer, [-t.x, T, hz(t.z0)], [t.x, top - 0.02, hz(t.z1)]);
    V(M.carpet, [-t.x, top - 0.02, hz(t.z0)], [t.x, top, hz(t.z1)]);
    V(M.gold, [-t.x - 0.01, top - 0.06, hz(t.z1) - 0.005], [t.x + 0.01, top - 0.03, hz(t.z1) + 0.01]);
    b.floorTop(-t.x, hz(t.z0), t.x, hz(t.z1), top);
    // Two steps up onto this tier, centred.
    V(M.darkLacquer, [-1.5, T, hz(t.z1)], [1.5, top - 0.15, hz(t.z1 + 0.35)]);
    V(M.carpet, [-1.5, top - 0.17, hz(t.z1)], [1.5, top - 0.15, hz(t.z1 + 0.35)]);
    b.floorTop(-1.5, hz(t.z1), 1.5, hz(t.z1 + 0.35), top - 0.15);
  });
  const dTop = T + 0.9;
  b.marker('dais', [0, T + 0.45, hz(-8.95)], [11, 0.9, 6.5]);
  // Throne: lacquered seat with armrests, a tall back and a gilded crest; a footstool.
  const tz = hz(-10.3);
  V(M.lacquer, [-1.2, dTop, tz - 0.6], [1.2, dTop + 0.5, tz + 0.6]);
  V(M.gold, [-1.22, dTop + 0.46, tz - 0.62], [1.22, dTop + 0.52, tz + 0.62]);
  V(M.carpet, [-1.0, dTop + 0.52, tz - 0.45], [1.0, dTop + 0.6, tz + 0.5]);
  V(M.lacquer, [-1.2, dTop + 0.5, tz - 0.62], [1.2, dTop + 1.9, tz - 0.45]);
  V(M.gold, [-1.0, dTop + 0.8, tz - 0.45], [1.0, dTop + 1.6, tz - 0.43]);
  for (const s of [-1, 1]) {
    V(M.lacquer, [s * 1.2 - 0.12, dTop + 0.5, tz - 0.45], [s * 1.2 + 0.12, dTop + 0.95, tz + 0.6]);
    V(M.gold, [s * 1.2 - 0.14, dTop + 0.95, tz - 0.47], [s * 1.2 + 0.14, dTop + 1.0, tz + 0.62]);
  }
  const crest = new Shape();
  crest.moveTo(-1.3, 0);
  crest.quadraticCurveTo(-1.2, 0.5, -0.6, 0.45);
  crest.quadraticCurveTo(0, 0.75, 0.6, 0.45);
  crest.quadraticCurveTo(1.2, 0.5, 1.3, 0);
  crest.lineTo(-1.3, 0);
  b.mesh('visual', M.gold, new ExtrudeGeometry(crest, { depth: 0.12, bevelEnabled: false, curveSegments: 8 }), tf(0, dTop + 1.9, tz - 0.6));
  V(M.lacquer, [-0.7, dTop, tz + 0.75], [0.7, dTop + 0.18, tz + 1.15]);
  b.collide([-1.35, dTop, tz - 0.65], [1.35, dTop + 2.4, tz + 0.65]);
  b.marker('throne', [0, dTop + 1.0, tz], [2.6, 2.6, 1.3]);
  // Carved screen (屏风) behind the throne: five panels stepped like the character 山.
  const sz = hz(-11.75);
  const panels: [number, number, number][] = [
    [0, 1.7, 3.5],
    [-1.55, 1.4, 3.0],
    [1.55, 1.4, 3.0],
    [-2.85, 1.2, 2.5],
    [2.85, 1.2, 2.5],
  ];
  for (const [cx, w, h] of panels) {
    V(M.darkLacquer, [cx - w / 2, dTop, sz - 0.1], [cx + w / 2, dTop + h, sz + 0.1]);
    b.mesh('visual', M.screen, new PlaneGeometry(w - 0.16, h - 0.5), tf(cx, dTop + 0.35 + (h - 0.5) / 2, sz + 0.101), { kind: 'keep' });
    V(M.gold, [cx - w / 2 - 0.02, dTop + h, sz - 0.12], [cx + w / 2 + 0.02, dTop + h + 0.08, sz + 0.12]);
  }
  b.collide([-3.5, dTop, sz - 0.12], [3.5, dTop + 3.6, sz + 0.12]);
  b.marker('carved-screen', [0, dTop + 1.75, sz], [7, 3.5, 0.25]);

  // ---- Bronze incense burners (tripod ding) and crane statues, a pair each (instanced).
  const burner = b.prop('incense-burner', (p) => {
    p.box(M.stone, [-0.55, 0, -0.55], [0.55, 0.3, 0.55]);
    const prof = [
      [0.0, 0.0],
      [0.42, 0.02],
      [0.55, 0.25],
      [0.56, 0.5],
      [0.5, 0.62],
      [0.52, 0.66],
      [0.0, 0.66],
    ].map(([r, y]) => new Vector2(r, y));
    p.mesh(M.bronze, new LatheGeometry(prof, 20), tf(0, 0.75, 0));
    for (let k = 0; k < 3; k++) {
      const a = (k / 3) * Math.PI * 2;
      p.mesh(M.bronze, new CylinderGeometry(0.06, 0.08, 0.5, 8), tf(Math.cos(a) * 0.32, 0.55, Math.sin(a) * 0.32));
    }
    for (const s of [-1, 1]) p.box(M.bronze, [s * 0.42 - 0.04, 1.41, -0.15], [s * 0.42 + 0.04, 1.7, 0.15]);
    // Lid with a finial.
    p.mesh(M.bronze, new CylinderGeometry(0.2, 0.5, 0.25, 20), tf(0, 1.535, 0));
    p.mesh(M.bronze, new SphereGeometry(0.09, 10, 6), tf(0, 1.72, 0));
  });
  const crane = b.prop('crane-statue', (p) => {
    p.mesh(M.stone, new CylinderGeometry(0.45, 0.5, 0.3, 16), tf(0, 0.15, 0));
    p.mesh(M.bronze, new SphereGeometry(0.3, 14, 10), tf(0, 1.2, 0, 0, 0.2, 0, [0.8, 0.75, 1.4]));
    for (const s of [-1, 1]) p.mesh(M.bronze, new CylinderGeometry(0.025, 0.025, 0.9, 6), tf(s * 0.1, 0.75, 0.05));
    p.mesh(M.bronze, new CylinderGeometry(0.045, 0.06, 0.9, 8), tf(0, 1.75, 0.32, 0, 0.35, 0));
    p.mesh(M.bronze, new SphereGeometry(0.08, 10, 8), tf(0, 2.18, 0.47));
    p.mesh(M.bronze, new CylinderGeometry(0.005, 0.03, 0.3, 6), tf(0, 2.14, 0.65, 0, Math.PI / 2 + 0.25, 0));
    p.mesh(M.bronze, new CylinderGeometry(0.02, 0.12, 0.45, 8), tf(0, 1.12, -0.5, 0, -1.0, 0));
  });
  for (const s of [-1, 1]) {
    b.place(burner, 'visual', [s * 4.0, T, hz(-4.2)]);
    b.collide([s * 4.0 - 0.56, T, hz(-4.2) - 0.56], [s * 4.0 + 0.56, T + 1.8, hz(-4.2) + 0.56]);
    b.place(crane, 'visual', [s * 7.0, T, hz(-5.5)]);
    b.collide([s * 7.0 - 0.5, T, hz(-5.5) - 0.5], [s * 7.0 + 0.5, T + 2.3, hz(-5.5) + 0.5]);
  }
  b.marker('incense-burner', [-4.0, T + 0.9, hz(-4.2)], [1.1, 1.8, 1.1]);
  b.marker('crane-statue', [7.0, T + 1.15, hz(-5.5)], [1.0, 2.3, 1.3]);

  // ---- Upper structure (ceiling group): architraves, bracket sets, ceiling, roof.
  for (const z of [-12.5, 12.5]) C(M.timber, [-20.3, wallY1, hz(z) - 0.22], [20.3, CAP, hz(z) + 0.22]);
  for (const x of [-20, 20]) C(M.timber, [x - 0.22, wallY1, hz(-12.5)], [x + 0.22, CAP, hz(12.5)]);
  for (const z of [-7.5, 7.5]) C(M.timber, [-15.9, wallY1, hz(z) - 0.2], [15.9, CAP, hz(z) + 0.2]);
  for (const x of [-15.65, 15.65]) C(M.timber, [x - 0.2, wallY1, hz(-7.5)], [x + 0.2, CAP, hz(7.5)]);
  for (const z of [-12.5, 12.5]) C(M.white, [-20.3, CAP - 0.35, hz(z) - 0.23], [20.3, CAP - 0.3, hz(z) + 0.23]);
  const bracket = b.prop('bracket-set', (p) => {
    p.box(M.timber, [-0.4, 0, -0.4], [0.4, 0.35, 0.4]);
    const arm = (len: number, y: number) => {
      p.box(M.timber, [-len / 2, y, -0.13], [len / 2, y + 0.3, 0.13]);
      p.box(M.timber, [-0.13, y, -len / 2], [0.13, y + 0.3, len / 2]);
      for (const s of [-1, 1]) {
        p.box(M.timber, [s * (len / 2) - 0.2, y + 0.3, -0.2], [s * (len / 2) + 0.2, y + 0.45, 0.2]);
        p.box(M.timber, [-0.2, y + 0.3, s * (len / 2) - 0.2], [0.2, y + 0.45, s * (len / 2) + 0.2]);
        p.box(M.white, [s * (len / 2) - 0.02, y + 0.05, -0.135], [s * (len / 2) + 0.02, y + 0.25, 0.135]);
      }
    };
    arm(1.6, 0.35);
    arm(2.6, 0.8);
    arm(3.4, 1.25);
  });
  for (const [x, z] of columns) b.place(bracket, 'ceiling', [x, CAP, hz(z)]);
  b.marker('bracket-sets', [2.6, CAP + 0.85, hz(12.5)], [3.4, 1.7, 3.4]);
  // Purlin plates on the outer brackets carrying the eaves.
  for (const z of [-12.5, 12.5]) for (const d of [-1.7, 1.7]) C(M.timber, [-21.8, CAP + 1.7, hz(z + d) - 0.15], [21.8, CAP + 2.05, hz(z + d) + 0.15]);
  for (const x of [-20, 20]) for (const d of [-1.7, 1.7]) C(M.timber, [x + d - 0.15, CAP + 1.7, hz(-14.2)], [x + d + 0.15, CAP + 2.05, hz(14.2)]);
  // Flat coffered ceiling resting on the brackets.
  C(M.ceiling, [-20.2, CEIL, hz(-12.7)], [20.2, CEIL + 0.1, hz(12.7)]);
  // Roof surface and soffit.
  b.mesh('ceiling', M.tiles, roofGeometry(0, false), null, { kind: 'keep', rect: [0, 0, 1, 1] });
  b.mesh('ceiling', M.soffit, roofGeometry(0.35, true), null, { kind: 'keep', rect: [0, 0, 1, 1] });
  // Eave fascia along the perimeter.
  const fascia: number[] = [];
  const ring: [number, number][] = [];
  for (let x = -XE; x < XE; x += 0.5) ring.push([x, ZE]);
  for (let z = ZE; z > -ZE; z -= 0.5) ring.push([XE, z]);
  for (let x = XE; x > -XE; x -= 0.5) ring.push([x, -ZE]);
  for (let z = -ZE; z < ZE; z += 0.5) ring.push([-XE, z]);
  for (let i = 0; i < ring.length; i++) {
    const [ax, az] = ring[i]!;
    const [cx, cz] = ring[(i + 1) % ring.length]!;
    const ya = EAVE_Y + lift(XE - Math.abs(ax), ZE - Math.abs(az));
    const yc = EAVE_Y + lift(XE - Math.abs(cx), ZE - Math.abs(cz));
    fascia.push(ax, ya, az + HZ, cx, yc - 0.35, cz + HZ, cx, yc, cz + HZ, ax, ya, az + HZ, ax, ya - 0.35, az + HZ, cx, yc - 0.35, cz + HZ);
  }
  const fg = new BufferGeometry();
  fg.setAttribute('position', new Float32BufferAttribute(fascia, 3));
  fg.computeVertexNormals();
  b.mesh('ceiling', M.timber, fg);
  // Gable triangles (山花) at |x| = XE − HIP.
  const gx = XE - HIP;
  const footY = roofY(HIP);
  const gable: number[] = [];
  for (let z = -ZE; z < ZE; z += 0.5) {
    const ya = roofY(ZE - Math.abs(z));
    const yb = roofY(ZE - Math.abs(z + 0.5));
    if (Math.max(ya, yb) <= footY) continue;
    const y0 = footY;
    for (const s of [-1, 1]) {
      const x = s * gx;
      const quad = [
        [x, y0, z],
        [x, Math.max(ya, y0), z],
        [x, Math.max(yb, y0), z + 0.5],
        [x, y0, z + 0.5],
      ];
      const order = s > 0 ? [0, 1, 2, 0, 2, 3] : [0, 2, 1, 0, 3, 2];
      for (const k of order) gable.push(quad[k]![0]!, quad[k]![1]!, quad[k]![2]! + HZ);
    }
  }
  const gg = new BufferGeometry();
  gg.setAttribute('position', new Float32BufferAttribute(gable, 3));
  gg.computeVertexNormals();
  b.mesh('ceiling', M.lacquer, gg);
  // Main ridge with chiwei (鸱尾) finials, gable-edge ridges and hip ridges.
  C(M.ridge, [-gx, RIDGE_Y - 0.1, HZ - 0.3], [gx, RIDGE_Y + 0.75, HZ + 0.3]);
  const chiwei = new Shape();
  chiwei.moveTo(0, 0);
  chiwei.lineTo(1.3, 0);
  chiwei.quadraticCurveTo(1.2, 1.2, 0.4, 2.3);
  chiwei.quadraticCurveTo(0.1, 2.1, 0.45, 1.5);
  chiwei.quadraticCurveTo(0.2, 0.8, 0, 0.9);
  chiwei.lineTo(0, 0);
  const cw = new ExtrudeGeometry(chiwei, { depth: 0.4, bevelEnabled: false, curveSegments: 6 });
  b.mesh('ceiling', M.ridge, cw, tf(-gx - 0.2, RIDGE_Y + 0.6, HZ - 0.2, 0, 0, 0, [1, 1, 1]));
  b.mesh('ceiling', M.ridge, cw, tf(gx + 0.2, RIDGE_Y + 0.6, HZ + 0.2, Math.PI));
  const chain = (pts: Vec3[], w: number, h: number) => {
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i]!;
      const c = pts[i + 1]!;
      const dx = c[0] - a[0];
      const dy = c[1] - a[1];
      const dz = c[2] - a[2];
      const len = Math.hypot(dx, dy, dz);
      const yaw = Math.atan2(dx, dz);
      const pitch = -Math.atan2(dy, Math.hypot(dx, dz));
      b.boxAtRot('ceiling', M.ridge, [(a[0] + c[0]) / 2, (a[1] + c[1]) / 2 + h / 2 - 0.1, (a[2] + c[2]) / 2], [w, h, len + 0.05], yaw, pitch);
    }
  };
  for (const sx of [-1, 1]) {
    for (const sz2 of [-1, 1]) {
      const hip: Vec3[] = [];
      for (let d = 0; d <= HIP + 0.001; d += 0.5) hip.push([sx * (XE - d), roofY(d) + lift(d, d), HZ + sz2 * (ZE - d)]);
      chain(hip, 0.35, 0.45);
      const edge: Vec3[] = [];
      for (let d = HIP; d <= ZE + 0.001; d += 0.5) edge.push([sx * gx, roofY(d) + lift(HIP, d), HZ + sz2 * (ZE - d)]);
      chain(edge, 0.35, 0.5);
    }
  }
  b.marker('roof-ridge', [0, RIDGE_Y + 0.3, HZ], [2 * gx, 0.9, 0.6]);
  b.marker('throne-hall', [0, T + 3, HZ], [40, 6, 25]);

  b.spawn = { position: [0, 0, 30], yawDeg: 0 };
  return b;
}

