/**
 * Ray queries over a set's floor and collision proxies as plain triangle soup,
 * indexed by a uniform grid in plan (XZ). Every query is allocation-free, so the
 * walker and the hotspot occlusion test can run each frame without feeding the
 * garbage collector, and all of it is testable without WebGL.
 */
import type { ObstacleHit, WalkWorld } from './walk';

/** Triangles as 9 floats each (ax, ay, az, bx, by, bz, cx, cy, cz), in set coordinates. */
export type Triangles = Float32Array;

interface Grid {
  minX: number;
  minZ: number;
  cell: number;
  nx: number;
  nz: number;
  /** CSR layout: the triangles of cell i are items[start[i] .. start[i + 1]). */
  start: Int32Array;
  items: Int32Array;
}

function buildGrid(tris: Triangles, cell: number, bounds: { minX: number; minZ: number; maxX: number; maxZ: number }): Grid {
  const nx = Math.max(1, Math.ceil((bounds.maxX - bounds.minX) / cell) + 1);
  const nz = Math.max(1, Math.ceil((bounds.maxZ - bounds.minZ) / cell) + 1);
  const count = new Int32Array(nx * nz + 1);
  const n = tris.length / 9;
  const range = (i: number, out: Int32Array) => {
    const o = i * 9;
    const x0 = Math.min(tris[o]!, tris[o + 3]!, tris[o + 6]!);
    const x1 = Math.max(tris[o]!, tris[o + 3]!, tris[o + 6]!);
    const z0 = Math.min(tris[o + 2]!, tris[o + 5]!, tris[o + 8]!);
    const z1 = Math.max(tris[o + 2]!, tris[o + 5]!, tris[o + 8]!);
    out[0] = Math.max(0, Math.floor((x0 - bounds.minX) / cell));
    out[1] = Math.min(nx - 1, Math.floor((x1 - bounds.minX) / cell));
    out[2] = Math.max(0, Math.floor((z0 - bounds.minZ) / cell));
    out[3] = Math.min(nz - 1, Math.floor((z1 - bounds.minZ) / cell));
  };
  const r = new Int32Array(4);
  for (let i = 0; i < n; i++) {
    range(i, r);
    for (let cz = r[2]!; cz <= r[3]!; cz++) for (let cx = r[0]!; cx <= r[1]!; cx++) count[cz * nx + cx + 1]!++;
  }
  for (let i = 1; i < count.length; i++) count[i]! += count[i - 1]!;
  const start = Int32Array.from(count);
  const fill = Int32Array.from(count);
  const items = new Int32Array(count[count.length - 1]!);
  for (let i = 0; i < n; i++) {
    range(i, r);
    for (let cz = r[2]!; cz <= r[3]!; cz++) for (let cx = r[0]!; cx <= r[1]!; cx++) items[fill[cz * nx + cx]!++] = i;
  }
  return { minX: bounds.minX, minZ: bounds.minZ, cell, nx, nz, start, items };
}

function boundsOf(...sets: Triangles[]): { minX: number; minZ: number; maxX: number; maxZ: number } {
  let minX = Infinity;
  let minZ = Infinity;
  let maxX = -Infinity;
  let maxZ = -Infinity;
  for (const t of sets) {
    for (let i = 0; i < t.length; i += 3) {
      const x = t[i]!;
      const z = t[i + 2]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (z < minZ) minZ = z;
      if (z > maxZ) maxZ = z;
    }
  }
  if (minX === Infinity) return { minX: 0, minZ: 0, maxX: 1, maxZ: 1 };
  return { minX, minZ, maxX, maxZ };
}

/** Ray–triangle distance (Möller–Trumbore), or -1. Only front faces (facing the ray) when `front` is set. */
function rayTri(tris: Triangles, i: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, front: boolean): number {
  const o = i * 9;
  const ax = tris[o]!, ay = tris[o + 1]!, az = tris[o + 2]!;
  const e1x = tris[o + 3]! - ax, e1y = tris[o + 4]! - ay, e1z = tris[o + 5]! - az;
  const e2x = tris[o + 6]! - ax, e2y = tris[o + 7]! - ay, e2z = tris[o + 8]! - az;
  const px = dy * e2z - dz * e2y;
  const py = dz * e2x - dx * e2z;
  const pz = dx * e2y - dy * e2x;
  const det = e1x * px + e1y * py + e1z * pz;
  if (front ? det < 1e-12 : Math.abs(det) < 1e-12) return -1;
  const inv = 1 / det;
  const tx = ox - ax, ty = oy - ay, tz = oz - az;
  const u = (tx * px + ty * py + tz * pz) * inv;
  if (u < 0 || u > 1) return -1;
  const qx = ty * e1z - tz * e1y;
  const qy = tz * e1x - tx * e1z;
  const qz = tx * e1y - ty * e1x;
  const v = (dx * qx + dy * qy + dz * qz) * inv;
  if (v < 0 || u + v > 1) return -1;
  const t = (e2x * qx + e2y * qy + e2z * qz) * inv;
  return t >= 0 ? t : -1;
}

export class TriangleWorld implements WalkWorld {
  private readonly floorGrid: Grid;
  private readonly obstacleGrid: Grid;
  /** Obstacles include floor proxies: the sides of a dais or a stair stop you like a wall. */
  private readonly obstacles: Triangles;
  private readonly obstacleStamp: Uint32Array;
  private query = 0;

  constructor(
    private readonly floors: Triangles,
    collision: Triangles,
    cell = 1,
  ) {
    this.obstacles = new Float32Array(floors.length + collision.length);
    this.obstacles.set(collision, 0);
    this.obstacles.set(floors, collision.length);
    const bounds = boundsOf(floors, collision);
    this.floorGrid = buildGrid(floors, cell, bounds);
    this.obstacleGrid = buildGrid(this.obstacles, cell, bounds);
    this.obstacleStamp = new Uint32Array(this.obstacles.length / 9);
  }

  get triangleCount(): number {
    return this.obstacles.length / 9;
  }

  floorAt(x: number, z: number, fromY: number): number | null {
    const g = this.floorGrid;
    const cx = Math.floor((x - g.minX) / g.cell);
    const cz = Math.floor((z - g.minZ) / g.cell);
    if (cx < 0 || cz < 0 || cx >= g.nx || cz >= g.nz) return null;
    const c = cz * g.nx + cx;
    let best = -Infinity;
    const top = fromY + 1e-4;
    for (let k = g.start[c]!; k < g.start[c + 1]!; k++) {
      const i = g.items[k]!;
      // Cast down from just above fromY; only faces that look up are floors.
      const t = rayTri(this.floors, i, x, top, z, 0, -1, 0, true);
      if (t >= 0) {
        const y = top - t;
        if (y > best) best = y;
      }
    }
    return best === -Infinity ? null : best;
  }

  castObstacle(x: number, y: number, z: number, dx: number, dz: number, maxDist: number, out: ObstacleHit): ObstacleHit | null {
    const best = this.walkRay(this.obstacleGrid, this.obstacles, this.obstacleStamp, x, y, z, dx, 0, dz, maxDist, true, out);
    return best ? out : null;
  }

  /**
   * Whether something solid stands between two points (for hiding hotspots behind
   * walls). Hits within `tolerance` of the far end are ignored: a marker sits on
   * the very prop whose collision box surrounds it.
   */
  segmentBlocked(ax: number, ay: number, az: number, bx: number, by: number, bz: number, tolerance = 0.6): boolean {
    const len = Math.hypot(bx - ax, by - ay, bz - az);
    if (len <= tolerance) return false;
    const inv = 1 / len;
    return this.walkRay(
      this.obstacleGrid,
      this.obstacles,
      this.obstacleStamp,
      ax,
      ay,
      az,
      (bx - ax) * inv,
      (by - ay) * inv,
      (bz - az) * inv,
      len - tolerance,
      false,
      null,
    );
  }

  /**
   * Walks the grid cells a ray crosses (2D DDA in XZ), testing each triangle once.
   * With `out`, records the nearest hit's distance and horizontal normal.
   */
  private walkRay(
    g: Grid,
    tris: Triangles,
    stamp: Uint32Array,
    ox: number,
    oy: number,
    oz: number,
    dx: number,
    dy: number,
    dz: number,
    maxDist: number,
    front: boolean,
    out: ObstacleHit | null,
  ): boolean {
    this.query = (this.query + 1) >>> 0;
    if (this.query === 0) {
      stamp.fill(0);
      this.query = 1;
    }
    const q = this.query;
    let cx = Math.floor((ox - g.minX) / g.cell);
    let cz = Math.floor((oz - g.minZ) / g.cell);
    const stepX = dx > 0 ? 1 : dx < 0 ? -1 : 0;
    const stepZ = dz > 0 ? 1 : dz < 0 ? -1 : 0;
    const tDeltaX = stepX ? g.cell / Math.abs(dx) : Infinity;
    const tDeltaZ = stepZ ? g.cell / Math.abs(dz) : Infinity;
    const nextX = g.minX + (cx + (stepX > 0 ? 1 : 0)) * g.cell;
    const nextZ = g.minZ + (cz + (stepZ > 0 ? 1 : 0)) * g.cell;
    let tMaxX = stepX ? (nextX - ox) / dx : Infinity;
    let tMaxZ = stepZ ? (nextZ - oz) / dz : Infinity;
    let bestT = Infinity;
    let t = 0;
    for (let guard = 0; guard < 100000; guard++) {
      if (cx >= 0 && cz >= 0 && cx < g.nx && cz < g.nz) {
        const c = cz * g.nx + cx;
        for (let k = g.start[c]!; k < g.start[c + 1]!; k++) {
          const i = g.items[k]!;
          if (stamp[i] === q) continue;
          stamp[i] = q;
          const d = rayTri(tris, i, ox, oy, oz, dx, dy, dz, front);
          if (d < 0 || d > maxDist || d >= bestT) continue;
          if (!out) return true;
          // A wall: its horizontal normal. Near-horizontal faces (tops of steps) don't stop you.
          const o = i * 9;
          const e1x = tris[o + 3]! - tris[o]!, e1y = tris[o + 4]! - tris[o + 1]!, e1z = tris[o + 5]! - tris[o + 2]!;
          const e2x = tris[o + 6]! - tris[o]!, e2y = tris[o + 7]! - tris[o + 1]!, e2z = tris[o + 8]! - tris[o + 2]!;
          const nx = e1y * e2z - e1z * e2y;
          const ny = e1z * e2x - e1x * e2z;
          const nz = e1x * e2y - e1y * e2x;
          const h = Math.hypot(nx, nz);
          if (h < 0.3 * Math.hypot(nx, ny, nz)) continue;
          bestT = d;
          out.distance = d;
          out.nx = nx / h;
          out.nz = nz / h;
        }
      }
      if (t > maxDist || t > bestT) break;
      if (tMaxX < tMaxZ) {
        t = tMaxX;
        tMaxX += tDeltaX;
        cx += stepX;
      } else {
        t = tMaxZ;
        tMaxZ += tDeltaZ;
        cz += stepZ;
      }
      if (t === Infinity) break;
    }
    return bestT !== Infinity;
  }
}

/** Appends the triangles of an indexed or plain position buffer, transformed by a 4×4 column-major matrix. */
export function appendTriangles(
  target: number[],
  positions: ArrayLike<number>,
  index: ArrayLike<number> | null,
  matrix: ArrayLike<number>,
): void {
  const m = matrix;
  const count = index ? index.length : positions.length / 3;
  for (let k = 0; k < count; k++) {
    const v = index ? index[k]! : k;
    const x = positions[v * 3]!;
    const y = positions[v * 3 + 1]!;
    const z = positions[v * 3 + 2]!;
    target.push(
      m[0]! * x + m[4]! * y + m[8]! * z + m[12]!,
      m[1]! * x + m[5]! * y + m[9]! * z + m[13]!,
      m[2]! * x + m[6]! * y + m[10]! * z + m[14]!,
    );
  }
}
