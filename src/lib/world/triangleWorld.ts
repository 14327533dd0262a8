/**
 * Ray queries over a set's floor and collision proxies as plain triangle soup,
 * indexed by a uniform grid in plan (XZ). Every query is allocation-free, so the
 * walker and the hotspot occlusion test can run each frame without feeding the
 * garbage collector, and all of it is testable without WebGL.
 */
import type { Grid } from './triangleGrid';
import { boundsOf, emptyGrid, gridSteps } from './triangleGrid';
import type { Triangles } from './triangleSoup';
import { rayTri, runToEnd, upwardSteps } from './triangleSoup';
import type { ObstacleHit, WalkWorld } from '../motion/walk';

export type { Triangles } from './triangleSoup';

/** Build options: `deferred` leaves the grids empty until `finishInSlices` has run. */
export interface TriangleWorldOptions {
  deferred?: boolean;
}

/** How `finishInSlices` gives the page its turn: a pause between slices, a clock, a budget. */
export interface SliceOptions {
  pause: () => Promise<void>;
  now?: () => number;
  /** Milliseconds of work per slice. */
  budgetMs?: number;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export class TriangleWorld implements WalkWorld {
  private floors: Triangles;
  private floorGrid: Grid;
  private obstacleGrid: Grid;
  /** Obstacles include floor proxies: the sides of a dais or a stair stop you like a wall. */
  private obstacles: Triangles;
  private obstacleStamp: Uint32Array;
  private query = 0;
  private pending: Generator<number, void, void> | null = null;

  /**
   * `floors` may be 'upward': the faces of `collision` that look up (a model without
   * floor proxies). With `deferred`, nothing heavy happens here: `finishInSlices` does it.
   */
  constructor(
    floors: Triangles | 'upward',
    private readonly collision: Triangles,
    cell = 1,
    options: TriangleWorldOptions = {},
  ) {
    this.floors = new Float32Array(0);
    this.obstacles = new Float32Array(0);
    this.obstacleStamp = new Uint32Array(0);
    this.floorGrid = emptyGrid(cell);
    this.obstacleGrid = emptyGrid(cell);
    this.triangles = (collision.length + (floors === 'upward' ? 0 : floors.length)) / 9;
    const steps = this.buildSteps(floors, cell);
    if (options.deferred) this.pending = steps;
    else runToEnd(steps);
  }

  private triangles: number;

  /** Whether every triangle is in the grids (false while a deferred build is under way). */
  get ready(): boolean {
    return this.pending === null;
  }

  /** The walkable faces (empty until a deferred build has finished). */
  get floorTriangles(): Triangles {
    return this.floors;
  }

  private *buildSteps(given: Triangles | 'upward', cell: number): Generator<number, void, void> {
    const upward = given === 'upward';
    // Shares of the whole build, roughly by the work each step does.
    const [upTo, floorTo] = upward ? [0.25, 0.45] : [0, 0.3];
    const floors = upward ? yield* scaled(upwardSteps(this.collision), 0, upTo) : given;
    const obstacles = new Float32Array(floors.length + this.collision.length);
    obstacles.set(this.collision, 0);
    obstacles.set(floors, this.collision.length);
    const bounds = boundsOf(floors, this.collision);
    const floorGrid = yield* scaled(gridSteps(floors, cell, bounds), upTo, floorTo);
    const obstacleGrid = yield* scaled(gridSteps(obstacles, cell, bounds), floorTo, 1);
    // All at once: a query never sees a floor grid from one build and walls from none.
    this.floors = floors;
    this.obstacles = obstacles;
    this.obstacleStamp = new Uint32Array(obstacles.length / 9);
    this.triangles = obstacles.length / 9;
    this.floorGrid = floorGrid;
    this.obstacleGrid = obstacleGrid;
  }

  /**
   * Builds a deferred world a slice at a time, pausing between slices so the page keeps
   * drawing and answering. Until it resolves, queries find nothing (no floor, no walls).
   */
  async finishInSlices({ pause, now = () => performance.now(), budgetMs = 12, onProgress, signal }: SliceOptions): Promise<void> {
    const steps = this.pending;
    if (!steps) return;
    for (;;) {
      const until = now() + budgetMs;
      let step = steps.next();
      while (!step.done && now() < until) step = steps.next();
      if (step.done) break;
      onProgress?.(step.value);
      await pause();
      if (signal?.aborted) return;
    }
    this.pending = null;
    onProgress?.(1);
  }

  /** Obstacle triangles (floors included); before a deferred build, those known so far. */
  get triangleCount(): number {
    return this.triangles;
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

/** Maps one step's own fraction done onto its share [from, to] of the whole build. */
function* scaled<T>(steps: Generator<number, T, void>, from: number, to: number): Generator<number, T, void> {
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
    yield from + (to - from) * s.value;
  }
}
