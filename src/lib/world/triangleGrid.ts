/**
 * A uniform grid in plan (XZ) over triangle soup, in CSR layout, built as a generator
 * so a big model's grid can be made a slice at a time (the caller yields to the page
 * between slices) or all at once (`buildGridNow`).
 */
import type { Triangles } from './triangleSoup';
import { SLICE_TRIANGLES } from './triangleSoup';

export interface Grid {
  minX: number;
  minZ: number;
  cell: number;
  nx: number;
  nz: number;
  /** CSR layout: the triangles of cell i are items[start[i] .. start[i + 1]). */
  start: Int32Array;
  items: Int32Array;
}

export interface PlanBounds {
  minX: number;
  minZ: number;
  maxX: number;
  maxZ: number;
}

/** A grid with one empty cell: every query on it finds nothing. */
export function emptyGrid(cell: number): Grid {
  return { minX: 0, minZ: 0, cell, nx: 1, nz: 1, start: new Int32Array(2), items: new Int32Array(0) };
}

export function boundsOf(...sets: Triangles[]): PlanBounds {
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
  if (!Number.isFinite(minX) || !Number.isFinite(minZ) || !Number.isFinite(maxX) || !Number.isFinite(maxZ)) return { minX: 0, minZ: 0, maxX: 1, maxZ: 1 };
  return { minX, minZ, maxX, maxZ };
}

/**
 * Builds the grid in two passes over the triangles (count per cell, then fill),
 * yielding the fraction done every SLICE_TRIANGLES triangles.
 */
export function* gridSteps(tris: Triangles, cell: number, bounds: PlanBounds): Generator<number, Grid, void> {
  // A huge or broken extent must not ask for billions of cells: widen the cell instead.
  const spanX = bounds.maxX - bounds.minX;
  const spanZ = bounds.maxZ - bounds.minZ;
  const size = Math.max(cell, Math.sqrt((spanX * spanZ) / 4_000_000));
  const nx = Math.max(1, Math.ceil(spanX / size) + 1);
  const nz = Math.max(1, Math.ceil(spanZ / size) + 1);
  const count = new Int32Array(nx * nz + 1);
  const n = Math.floor(tris.length / 9);
  const r = new Int32Array(4);
  const range = (i: number) => {
    const o = i * 9;
    const x0 = Math.min(tris[o]!, tris[o + 3]!, tris[o + 6]!);
    const x1 = Math.max(tris[o]!, tris[o + 3]!, tris[o + 6]!);
    const z0 = Math.min(tris[o + 2]!, tris[o + 5]!, tris[o + 8]!);
    const z1 = Math.max(tris[o + 2]!, tris[o + 5]!, tris[o + 8]!);
    r[0] = Math.max(0, Math.floor((x0 - bounds.minX) / size));
    r[1] = Math.min(nx - 1, Math.floor((x1 - bounds.minX) / size));
    r[2] = Math.max(0, Math.floor((z0 - bounds.minZ) / size));
    r[3] = Math.min(nz - 1, Math.floor((z1 - bounds.minZ) / size));
  };
  for (let i = 0; i < n; i++) {
    range(i);
    for (let cz = r[2]!; cz <= r[3]!; cz++) for (let cx = r[0]!; cx <= r[1]!; cx++) count[cz * nx + cx + 1]!++;
    if ((i + 1) % SLICE_TRIANGLES === 0) yield (i + 1) / (2 * n);
  }
  for (let i = 1; i < count.length; i++) count[i]! += count[i - 1]!;
  const start = Int32Array.from(count);
  const fill = Int32Array.from(count);
  const items = new Int32Array(count[count.length - 1]!);
  for (let i = 0; i < n; i++) {
    range(i);
    for (let cz = r[2]!; cz <= r[3]!; cz++) for (let cx = r[0]!; cx <= r[1]!; cx++) items[fill[cz * nx + cx]!++] = i;
    if ((i + 1) % SLICE_TRIANGLES === 0) yield (n + i + 1) / (2 * n);
  }
  return { minX: bounds.minX, minZ: bounds.minZ, cell: size, nx, nz, start, items };
}
