/**
 * The shell of a layout: room floors, walls cut by openings (doors, windows, arches), wainscot
 * and skirting, ceilings (or open sky), raised platforms, flights of steps and pits, with
 * their walkable floors and collision (docs/ARCHITECTURE.md §9).
 */
import { BoxGeometry } from 'three';
import type { Layout, LayoutOpening, LayoutRoom } from '../../../src/data/layout/schema.ts';
import { tf, type Group, type MaterialSpec, type SetBuilder } from '../core/builder.ts';
import { CELL, flatGeometry, inside, outward, subdivide, triangulate, type P2 } from './geometry.ts';
import type { MaterialLookup } from './materials.ts';

/** The shell's triangle size for this build (layout.bake.cell), set by buildShell; builds are synchronous. */
let cell = CELL;
const seg = (len: number) => Math.max(1, Math.ceil(len / cell));

/** A box in wall coordinates: u along the wall from its start corner, v up, w out from the inner face. */
interface WallFrame {
  a: P2;
  d: [number, number];
  out: [number, number];
  yaw: number;
}

function wallBox(b: SetBuilder, group: Group, m: MaterialSpec, f: WallFrame, u0: number, u1: number, v0: number, v1: number, w0: number, w1: number, collide: boolean | 'only'): void {
  const du = u1 - u0;
  const dv = v1 - v0;
  const dw = w1 - w0;
  if (du <= 1e-4 || dv <= 1e-4 || dw <= 1e-4) return;
  const uc = (u0 + u1) / 2;
  const wc = (w0 + w1) / 2;
  const x = f.a[0] + f.d[0] * uc + f.out[0] * wc;
  const z = f.a[1] + f.d[1] * uc + f.out[1] * wc;
  if (collide !== 'only') {
    const geo = new BoxGeometry(du, dv, dw, seg(du), seg(dv), 1);
    b.mesh(group, m, geo, tf(x, (v0 + v1) / 2, z, f.yaw));
    geo.dispose();
  }
  if (collide) b.collisions.push({ min: [x - du / 2, v0, z - dw / 2], max: [x + du / 2, v1, z + dw / 2], yaw: f.yaw });
}

function frameOf(a: P2, c: P2, poly: readonly P2[]): WallFrame & { len: number } {
  const len = Math.hypot(c[0] - a[0], c[1] - a[1]);
  const d: [number, number] = [(c[0] - a[0]) / len, (c[1] - a[1]) / len];
  return { a, d, out: outward(poly, a, c), yaw: Math.atan2(-d[1], d[0]), len };
}

function buildWall(b: SetBuilder, room: LayoutRoom, wall: number, openings: LayoutOpening[], M: MaterialLookup): void {
  const poly = room.polygon as P2[];
  const f = frameOf(poly[wall]!, poly[(wall + 1) % poly.length]!, poly);
  const H = room.wallHeight;
  const T = room.wallThickness;
  const walls = M(room.walls);
  const ops = [...openings].sort((p, q) => p.offset - q.offset);
  let u = -T;
  for (const o of ops) {
    const o0 = o.offset - o.width / 2;
    const o1 = o.offset + o.width / 2;
    const top = o.sill + o.height;
    wallBox(b, 'visual', walls, f, u, o0, 0, H, 0, T, true);
    wallBox(b, 'visual', walls, f, o0, o1, 0, o.sill, 0, T, true);
    wallBox(b, 'visual', walls, f, o0, o1, top, H, 0, T, false);
    if (o.kind === 'arch') {
      // Stepped haunches under the head read as a round arch from the floor.
      const r = o.width / 2;
      const spring = top - r;
      for (let k = 1; k <= 4; k++) {
        const h = (r * (k - 0.5)) / 4;
        const inset = r - Math.sqrt(r * r - h * h);
        wallBox(b, 'visual', walls, f, o0, o0 + inset, spring + (r * (k - 1)) / 4, spring + (r * k) / 4, 0, T, false);
        wallBox(b, 'visual', walls, f, o1 - inset, o1, spring + (r * (k - 1)) / 4, spring + (r * k) / 4, 0, T, false);
      }
    }
    if (o.frame) {
      const fm = M(o.frame);
      wallBox(b, 'visual', fm, f, o0 - 0.06, o0, 0 + o.sill, top, -0.03, T + 0.03, false);
      wallBox(b, 'visual', fm, f, o1, o1 + 0.06, o.sill, top, -0.03, T + 0.03, false);
      wallBox(b, 'visual', fm, f, o0 - 0.06, o1 + 0.06, top, top + 0.06, -0.03, T + 0.03, false);
      if (o.sill > 0) wallBox(b, 'visual', fm, f, o0 - 0.06, o1 + 0.06, o.sill - 0.04, o.sill, -0.06, T + 0.03, false);
    }
    if (o.kind === 'window') {
      wallBox(b, 'visual', M('glass'), f, o0, o1, o.sill, top, T / 2 - 0.01, T / 2 + 0.01, false);
      wallBox(b, 'visual', M('glass'), f, o0, o1, o.sill, top, 0, T, 'only');
      const view = M(o.view ?? 'daylight');
      wallBox(b, 'visual', view, f, o0 - 0.3, o1 + 0.3, o.sill - 0.3, top + 0.3, T + 0.25, T + 0.27, false);
    } else if (o.view) {
      wallBox(b, 'visual', M(o.view), f, o0 - 0.3, o1 + 0.3, 0, top + 0.3, T + 1.2, T + 1.22, false);
    }
    if (o.leaf) wallBox(b, 'visual', M(o.leaf), f, o0 + 0.01, o1 - 0.01, o.sill, top - 0.01, 0.02, 0.07, true);
    u = o1;
  }
  wallBox(b, 'visual', walls, f, u, f.len + T, 0, H, 0, T, true);

  // Wainscot and skirting on the inner face, broken by openings that reach below them.
  const trim = (finish: string, height: number, depth: number) => {
    let s = 0;
    for (const o of ops) {
      if (o.sill >= height) continue;
      wallBox(b, 'visual', M(finish), f, s, o.offset - o.width / 2 - (o.frame ? 0.06 : 0), 0, height, -depth, 0, false);
      s = o.offset + o.width / 2 + (o.frame ? 0.06 : 0);
    }
    wallBox(b, 'visual', M(finish), f, s, f.len, 0, height, -depth, 0, false);
  };
  if (room.wainscot) trim(room.wainscot.finish, room.wainscot.height, 0.025);
  if (room.skirting) trim(room.skirting, 0.12, 0.018);
}

function slab(b: SetBuilder, group: Group, m: MaterialSpec, poly: readonly P2[], holes: readonly P2[][], y: number, up: boolean): void {
  const geo = flatGeometry(subdivide(triangulate(poly, holes, y, up), cell));
  b.mesh(group, m, geo);
  geo.dispose();
}

/** Vertical faces around a polygon from y0 to y1, facing out (or in, for a pit). */
function sides(b: SetBuilder, m: MaterialSpec, poly: readonly P2[], y0: number, y1: number, facingIn: boolean): void {
  for (let i = 0; i < poly.length; i++) {
    const f = frameOf(poly[i]!, poly[(i + 1) % poly.length]!, poly);
    if (facingIn) wallBox(b, 'visual', m, f, 0, f.len, y0, y1, 0, 0.02, false);
    else wallBox(b, 'visual', m, f, 0, f.len, y0, y1, -0.02, 0, false);
  }
}

export function buildShell(b: SetBuilder, layout: Layout, M: MaterialLookup): void {
  const { rooms, platforms, steps, pits } = layout.shell;
  const derive = layout.walk.derive;
  cell = layout.bake.cell;
  for (const room of rooms) {
    const poly = room.polygon as P2[];
    const holes = pits.filter((p) => inside(poly, p.polygon[0]![0], p.polygon[0]![1])).map((p) => p.polygon as P2[]);
    slab(b, 'visual', M(room.floor), poly, holes, 0, true);
    if (derive) b.floorMeshes.push(triangulate(poly, holes, 0, true));
    if (room.ceiling) slab(b, 'ceiling', M(room.ceiling), poly, [], room.ceilingHeight ?? room.wallHeight, false);
    for (let w = 0; w < poly.length; w++) {
      if (room.omitWalls.includes(w)) continue;
      buildWall(b, room, w, layout.openings.filter((o) => o.room === room.id && o.wall === w), M);
    }
  }
  for (const p of platforms) {
    const poly = p.polygon as P2[];
    slab(b, 'visual', M(p.finish), poly, [], p.height, true);
    sides(b, M(p.edge ?? p.finish), poly, 0, p.height, false);
    if (derive) b.floorMeshes.push(triangulate(poly, [], p.height, true));
  }
  for (const s of steps) {
    const yaw = (s.yawDeg * Math.PI) / 180;
    const c = Math.cos(yaw);
    const sn = Math.sin(yaw);
    // Local (x across, z toward −Z as it rises) to world, about the front-edge centre `at`.
    const w = (lx: number, lz: number): [number, number] => [s.at[0] + lx * c + lz * sn, s.at[1] - lx * sn + lz * c];
    for (let k = 0; k < s.count; k++) {
      const top = s.base + s.rise * (k + 1);
      const [x, z] = w(0, -s.run * (k + 0.5));
      const geo = new BoxGeometry(s.width, top - s.base, s.run, seg(s.width), 1, 1);
      b.mesh('visual', M(s.finish), geo, tf(x, (top + s.base) / 2, z, yaw));
      geo.dispose();
      if (derive) {
        const q = [w(-s.width / 2, -s.run * k), w(s.width / 2, -s.run * k), w(s.width / 2, -s.run * (k + 1)), w(-s.width / 2, -s.run * (k + 1))];
        b.floorMeshes.push(triangulate(q, [], top, true));
      }
    }
  }
  for (const p of pits) {
    const poly = p.polygon as P2[];
    slab(b, 'visual', M(p.finish), poly, [], -p.depth, true);
    sides(b, M(p.finish), poly, -p.depth, 0, true);
    if (derive && p.walk) b.floorMeshes.push(triangulate(poly, [], -p.depth, true));
    if (derive && !p.walk)
      for (let i = 0; i < poly.length; i++) {
        const f = frameOf(poly[i]!, poly[(i + 1) % poly.length]!, poly);
        const x = f.a[0] + (f.d[0] * f.len) / 2;
        const z = f.a[1] + (f.d[1] * f.len) / 2;
        b.collisions.push({ min: [x - f.len / 2, -p.depth, z - 0.05], max: [x + f.len / 2, 1, z + 0.05], yaw: f.yaw });
      }
  }
}
