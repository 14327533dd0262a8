/**
 * Plan geometry for the set kit: polygons on the floor plan ([x, z]), triangulation with
 * holes, and flat surfaces subdivided finely enough (CELL) for the per-vertex light bake.
 */
import { BufferGeometry, Float32BufferAttribute, ShapeUtils, Vector2 } from 'three';

export type P2 = readonly [number, number];

/** Longest edge of a baked surface's triangles: the bake stores light per vertex. */
export const CELL = 0.5;

export function inside(poly: readonly P2[], x: number, z: number): boolean {
  let c = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, zi] = poly[i]!;
    const [xj, zj] = poly[j]!;
    if (zi > z !== zj > z && x < ((xj - xi) * (z - zi)) / (zj - zi) + xi) c = !c;
  }
  return c;
}

/** Triangles (flat xyz, three points each) of a polygon with holes at height y, wound to face up (or down). */
export function triangulate(poly: readonly P2[], holes: readonly (readonly P2[])[], y: number, up = true): number[] {
  const v = (p: P2) => new Vector2(p[0], p[1]);
  const contour = poly.map(v);
  const hs = holes.map((h) => h.map(v));
  const faces = ShapeUtils.triangulateShape(contour, hs);
  const all = [...poly, ...holes.flat()];
  const out: number[] = [];
  for (const [a, b, c] of faces) {
    let p = [all[a!]!, all[b!]!, all[c!]!];
    // y of (b − a) × (c − a): positive means the triangle faces up.
    const ny = (p[1]![1] - p[0]![1]) * (p[2]![0] - p[0]![0]) - (p[1]![0] - p[0]![0]) * (p[2]![1] - p[0]![1]);
    if (ny > 0 === !up) p = [p[0]!, p[2]!, p[1]!];
    for (const q of p) out.push(q[0], y, q[1]);
  }
  return out;
}

/** Splits each triangle into k² (k from its longest edge) so no edge passes CELL. */
export function subdivide(flat: number[], cell = CELL): number[] {
  const out: number[] = [];
  for (let t = 0; t < flat.length; t += 9) {
    const A = flat.slice(t, t + 3);
    const B = flat.slice(t + 3, t + 6);
    const C = flat.slice(t + 6, t + 9);
    const d = (p: number[], q: number[]) => Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
    const k = Math.max(1, Math.ceil(Math.max(d(A, B), d(B, C), d(C, A)) / cell));
    const at = (i: number, j: number) => [0, 1, 2].map((c) => A[c]! + ((B[c]! - A[c]!) * i + (C[c]! - A[c]!) * j) / k);
    for (let i = 0; i < k; i++)
      for (let j = 0; j < k - i; j++) {
        out.push(...at(i, j), ...at(i + 1, j), ...at(i, j + 1));
        if (j < k - i - 1) out.push(...at(i + 1, j), ...at(i + 1, j + 1), ...at(i, j + 1));
      }
  }
  return out;
}

/** A non-indexed geometry from flat triangles (world.ts welds it later). */
export function flatGeometry(flat: number[]): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(flat, 3));
  g.computeVertexNormals();
  return g;
}

/** Which side of wall a → b is outside the polygon: the unit outward normal in x-z. */
export function outward(poly: readonly P2[], a: P2, b: P2): [number, number] {
  const L = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
  const n: [number, number] = [-(b[1] - a[1]) / L, (b[0] - a[0]) / L];
  const mx = (a[0] + b[0]) / 2 + n[0] * 0.01;
  const mz = (a[1] + b[1]) / 2 + n[1] * 0.01;
  return inside(poly, mx, mz) ? [-n[0], -n[1]] : n;
}
