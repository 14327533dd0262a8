/**
 * Baked light (docs/ARCHITECTURE.md §9): ambient occlusion per vertex from a grid-accelerated
 * ray caster, times the practical lights' falloff, stored as vertex colours (COLOR_0), which
 * three multiplies into the base colour at no extra runtime cost. Deterministic: fixed ray
 * directions, a per-vertex turn from a hash of its position, no randomness.
 */
import type { Part, SetBuilder, Vec3 } from '../core/builder.ts';

export interface BakeLight {
  at: Vec3;
  color: [number, number, number];
  intensity: number;
  radius: number;
}

export interface BakeOptions {
  ao: boolean;
  lights: BakeLight[];
  distance: number;
  rays?: number;
}

const AMBIENT = 0.78;
const AO_STRENGTH = 0.85;

/** Triangles in a uniform hashed grid; rays walk it cell by cell (Amanatides–Woo). */
export class TriGrid {
  readonly tris: Float32Array;
  private readonly cells = new Map<number, number[]>();
  private stamp: Int32Array;
  private ray = 0;
  constructor(flat: number[], readonly cell = 0.35) {
    this.tris = Float32Array.from(flat);
    this.stamp = new Int32Array(flat.length / 9);
    for (let t = 0; t < flat.length / 9; t++) {
      const o = t * 9;
      const lo = [0, 1, 2].map((k) => Math.floor(Math.min(flat[o + k]!, flat[o + 3 + k]!, flat[o + 6 + k]!) / cell));
      const hi = [0, 1, 2].map((k) => Math.floor(Math.max(flat[o + k]!, flat[o + 3 + k]!, flat[o + 6 + k]!) / cell));
      for (let x = lo[0]!; x <= hi[0]!; x++)
        for (let y = lo[1]!; y <= hi[1]!; y++)
          for (let z = lo[2]!; z <= hi[2]!; z++) {
            const key = TriGrid.key(x, y, z);
            let list = this.cells.get(key);
            if (!list) this.cells.set(key, (list = []));
            list.push(t);
          }
    }
  }
  static key(x: number, y: number, z: number): number {
    return ((x + 2048) * 4096 + (y + 2048)) * 4096 + (z + 2048);
  }
  /** Distance to the first triangle along a unit direction, or Infinity beyond maxT. */
  cast(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, maxT: number): number {
    const c = this.cell;
    let ix = Math.floor(ox / c);
    let iy = Math.floor(oy / c);
    let iz = Math.floor(oz / c);
    const sx = dx > 0 ? 1 : -1;
    const sy = dy > 0 ? 1 : -1;
    const sz = dz > 0 ? 1 : -1;
    const tdx = dx !== 0 ? Math.abs(c / dx) : Infinity;
    const tdy = dy !== 0 ? Math.abs(c / dy) : Infinity;
    const tdz = dz !== 0 ? Math.abs(c / dz) : Infinity;
    let tx = dx !== 0 ? ((dx > 0 ? ix + 1 : ix) * c - ox) / dx : Infinity;
    let ty = dy !== 0 ? ((dy > 0 ? iy + 1 : iy) * c - oy) / dy : Infinity;
    let tz = dz !== 0 ? ((dz > 0 ? iz + 1 : iz) * c - oz) / dz : Infinity;
    let best = Infinity;
    const id = ++this.ray;
    let t0 = 0;
    while (t0 <= maxT) {
      const list = this.cells.get(TriGrid.key(ix, iy, iz));
      if (list)
        for (const t of list) {
          if (this.stamp[t] === id) continue;
          this.stamp[t] = id;
          const h = this.hit(t, ox, oy, oz, dx, dy, dz);
          if (h < best) best = h;
        }
      const next = Math.min(tx, ty, tz);
      if (best <= next) break;
      t0 = next;
      if (tx <= ty && tx <= tz) {
        ix += sx;
        tx += tdx;
      } else if (ty <= tz) {
        iy += sy;
        ty += tdy;
      } else {
        iz += sz;
        tz += tdz;
      }
    }
    return best <= maxT ? best : Infinity;
  }
  private hit(t: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number): number {
    const p = this.tris;
    const o = t * 9;
    const e1x = p[o + 3]! - p[o]!, e1y = p[o + 4]! - p[o + 1]!, e1z = p[o + 5]! - p[o + 2]!;
    const e2x = p[o + 6]! - p[o]!, e2y = p[o + 7]! - p[o + 1]!, e2z = p[o + 8]! - p[o + 2]!;
    const px = dy * e2z - dz * e2y, py = dz * e2x - dx * e2z, pz = dx * e2y - dy * e2x;
    const det = e1x * px + e1y * py + e1z * pz;
    if (Math.abs(det) < 1e-12) return Infinity;
    const inv = 1 / det;
    const sx = ox - p[o]!, sy = oy - p[o + 1]!, sz = oz - p[o + 2]!;
    const u = (sx * px + sy * py + sz * pz) * inv;
    if (u < 0 || u > 1) return Infinity;
    const qx = sy * e1z - sz * e1y, qy = sz * e1x - sx * e1z, qz = sx * e1y - sy * e1x;
    const v = (dx * qx + dy * qy + dz * qz) * inv;
    if (v < 0 || u + v > 1) return Infinity;
    const d = (e2x * qx + e2y * qy + e2z * qz) * inv;
    return d > 1e-4 ? d : Infinity;
  }
}

/** Cosine-weighted hemisphere directions about +Z (a Fibonacci spiral): fixed, so the bake repeats. */
function hemisphere(n: number): Float64Array {
  const out = new Float64Array(n * 3);
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < n; i++) {
    const r = Math.sqrt((i + 0.5) / n);
    const a = i * golden;
    out[i * 3] = r * Math.cos(a);
    out[i * 3 + 1] = r * Math.sin(a);
    out[i * 3 + 2] = Math.sqrt(Math.max(0, 1 - r * r));
  }
  return out;
}

/** Triangles of parts in world space (flat xyz). */
export function partTriangles(parts: readonly Part[], into: number[] = [], skip?: (p: Part) => boolean): number[] {
  for (const part of parts) {
    if (skip?.(part)) continue;
    const P = part.position;
    for (const i of part.index) into.push(P[i * 3]!, P[i * 3 + 1]!, P[i * 3 + 2]!);
  }
  return into;
}

/** Writes `color` on every part: occlusion against `grid` (plus an optional ground plane) times the lights. */
export function bakeParts(parts: readonly Part[], grid: TriGrid | null, opt: BakeOptions, ground = false): void {
  const n = opt.rays ?? 20;
  const dirs = hemisphere(n);
  const D = opt.distance;
  const cache = new Map<string, [number, number, number]>();
  for (const part of parts) {
    const P = part.position;
    const N = part.normal;
    const count = P.length / 3;
    const col = new Float32Array(count * 3);
    for (let v = 0; v < count; v++) {
      const x = P[v * 3]!, y = P[v * 3 + 1]!, z = P[v * 3 + 2]!;
      const nx = N[v * 3]!, ny = N[v * 3 + 1]!, nz = N[v * 3 + 2]!;
      const key = `${x.toFixed(3)},${y.toFixed(3)},${z.toFixed(3)},${nx.toFixed(2)},${ny.toFixed(2)},${nz.toFixed(2)}`;
      let c = cache.get(key);
      if (!c) {
        c = shade(x, y, z, nx, ny, nz, grid, dirs, n, D, opt, ground);
        cache.set(key, c);
      }
      col.set(c, v * 3);
    }
    part.color = col;
  }
}

function shade(x: number, y: number, z: number, nx: number, ny: number, nz: number, grid: TriGrid | null, dirs: Float64Array, n: number, D: number, opt: BakeOptions, ground: boolean): [number, number, number] {
  let occ = 0;
  if (opt.ao) {
    // Tangent frame about the normal, turned by a hash of the position against banding.
    const ax = Math.abs(nx) < 0.9 ? 1 : 0;
    const ay = ax ? 0 : 1;
    let tx = ny * 0 - nz * ay, ty = nz * ax - nx * 0, tz = nx * ay - ny * ax;
    const tl = Math.hypot(tx, ty, tz) || 1;
    tx /= tl; ty /= tl; tz /= tl;
    const bx = ny * tz - nz * ty, by = nz * tx - nx * tz, bz = nx * ty - ny * tx;
    const h = Math.sin(x * 12.9898 + y * 78.233 + z * 37.719) * 43758.5453;
    const turn = (h - Math.floor(h)) * Math.PI * 2;
    const cs = Math.cos(turn), sn = Math.sin(turn);
    const ox = x + nx * 0.004, oy = y + ny * 0.004, oz = z + nz * 0.004;
    for (let i = 0; i < n; i++) {
      const u = dirs[i * 3]! * cs - dirs[i * 3 + 1]! * sn;
      const w = dirs[i * 3]! * sn + dirs[i * 3 + 1]! * cs;
      const s = dirs[i * 3 + 2]!;
      const dx = tx * u + bx * w + nx * s, dy = ty * u + by * w + ny * s, dz = tz * u + bz * w + nz * s;
      let t = grid ? grid.cast(ox, oy, oz, dx, dy, dz, D) : Infinity;
      if (ground && dy < -1e-6 && oy > 0.001) t = Math.min(t, -oy / dy);
      if (t <= D) occ += 1 - (t / D) * 0.6;
    }
    occ /= n;
  }
  const ao = 1 - AO_STRENGTH * occ;
  let r = AMBIENT, g = AMBIENT, b = AMBIENT;
  for (const l of opt.lights) {
    const lx = l.at[0] - x, ly = l.at[1] - y, lz = l.at[2] - z;
    const d = Math.hypot(lx, ly, lz);
    if (d >= l.radius || d < 1e-6) continue;
    const lambert = Math.max(0, (lx * nx + ly * ny + lz * nz) / d);
    const f = 0.35 * l.intensity * lambert * (1 - d / l.radius) ** 2;
    r += f * l.color[0];
    g += f * l.color[1];
    b += f * l.color[2];
  }
  const q = (v: number) => Math.round(Math.min(1, v * ao) * 255) / 255;
  return [q(r), q(g), q(b)];
}

/** Bakes a whole set: static parts against everything, instanced props against themselves and the floor. */
export function bakeSet(b: SetBuilder, opt: BakeOptions): void {
  const seeThrough = (p: Part) => (p.material.opacity ?? 1) < 1;
  const world: number[] = [];
  partTriangles(b.parts.visual, world, seeThrough);
  partTriangles(b.parts.ceiling, world, seeThrough);
  for (const pl of b.placements) {
    const c = Math.cos(pl.yaw);
    const s = Math.sin(pl.yaw);
    for (const t of partTriangles(pl.prop.parts, [], seeThrough).reduce<number[][]>((acc, v, i) => (i % 3 ? acc[acc.length - 1]!.push(v) : acc.push([v]), acc), []))
      world.push(t[0]! * c + t[2]! * s + pl.position[0], t[1]! + pl.position[1], -t[0]! * s + t[2]! * c + pl.position[2]);
  }
  const grid = new TriGrid(world);
  bakeParts(b.parts.visual, grid, opt);
  bakeParts(b.parts.ceiling, grid, opt);
  const seen = new Set<string>();
  for (const pl of b.placements) {
    if (seen.has(pl.prop.name)) continue;
    seen.add(pl.prop.name);
    bakeParts(pl.prop.parts, new TriGrid(partTriangles(pl.prop.parts, [], seeThrough)), { ...opt, lights: [] }, pl.position[1] === 0);
  }
}
