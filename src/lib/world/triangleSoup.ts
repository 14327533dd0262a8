/**
 * Triangle soup in typed arrays: 9 floats per triangle (ax, ay, az, bx, by, bz, cx, cy, cz).
 * Everything here sizes its output first and writes it in place, so a model of millions of
 * triangles never goes through a growing plain array or a spread into a call (either of
 * which runs out of stack or memory long before the GPU would).
 */

/** Triangles as 9 floats each, in set coordinates. */
export type Triangles = Float32Array;

/** How many floats `writeTriangles` writes for a position buffer (whole triangles only). */
export function triangleFloats(vertexCount: number, index: ArrayLike<number> | null): number {
  const corners = index ? index.length : vertexCount;
  return Math.floor(corners / 3) * 9;
}

/**
 * Writes the triangles of an indexed or plain position buffer, transformed by a 4×4
 * column-major matrix, into `target` from `offset`. Returns the offset after the last float.
 */
export function writeTriangles(
  target: Float32Array,
  offset: number,
  positions: ArrayLike<number>,
  index: ArrayLike<number> | null,
  matrix: ArrayLike<number>,
): number {
  const m = matrix;
  const m0 = m[0]!, m1 = m[1]!, m2 = m[2]!, m4 = m[4]!, m5 = m[5]!, m6 = m[6]!;
  const m8 = m[8]!, m9 = m[9]!, m10 = m[10]!, m12 = m[12]!, m13 = m[13]!, m14 = m[14]!;
  const corners = (triangleFloats(positions.length / 3, index) / 9) * 3;
  let o = offset;
  for (let k = 0; k < corners; k++) {
    const v = index ? index[k]! : k;
    const x = positions[v * 3]!;
    const y = positions[v * 3 + 1]!;
    const z = positions[v * 3 + 2]!;
    target[o++] = m0 * x + m4 * y + m8 * z + m12;
    target[o++] = m1 * x + m5 * y + m9 * z + m13;
    target[o++] = m2 * x + m6 * y + m10 * z + m14;
  }
  return o;
}

/** Whether triangle i faces up (its normal within 60° of +Y): where a person can stand. */
function facesUp(tris: Triangles, o: number): boolean {
  const e1x = tris[o + 3]! - tris[o]!, e1y = tris[o + 4]! - tris[o + 1]!, e1z = tris[o + 5]! - tris[o + 2]!;
  const e2x = tris[o + 6]! - tris[o]!, e2y = tris[o + 7]! - tris[o + 1]!, e2z = tris[o + 8]! - tris[o + 2]!;
  const ny = e1z * e2x - e1x * e2z;
  const len = Math.hypot(e1y * e2z - e1z * e2y, ny, e1x * e2y - e1y * e2x);
  return len > 0 && ny / len > 0.5;
}

/** Triangles handled between two yields of a sliced pass. */
export const SLICE_TRIANGLES = 32_768;

/**
 * Only the faces that look up, in two passes (count, then copy into an array of the right
 * size), yielding the fraction done every SLICE_TRIANGLES triangles.
 */
export function* upwardSteps(tris: Triangles): Generator<number, Triangles, void> {
  const n = Math.floor(tris.length / 9);
  const up = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (facesUp(tris, i * 9)) {
      up[i] = 1;
      count++;
    }
    if ((i + 1) % SLICE_TRIANGLES === 0) yield (i + 1) / (2 * n);
  }
  const out = new Float32Array(count * 9);
  let w = 0;
  for (let i = 0; i < n; i++) {
    if (up[i]) for (let k = 0, o = i * 9; k < 9; k++) out[w++] = tris[o + k]!;
    if ((i + 1) % SLICE_TRIANGLES === 0) yield (n + i + 1) / (2 * n);
  }
  return out;
}

/** Only the faces that look up, all at once. */
export function upwardTriangles(tris: Triangles): Triangles {
  return runToEnd(upwardSteps(tris));
}

/** Runs a generator to its end and returns its value. */
export function runToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/** Plan-view triangles (x, z per corner: 6 floats per triangle). */
export function projectXZ(tris: Triangles): Float32Array {
  const n = Math.floor(tris.length / 9);
  const out = new Float32Array(n * 6);
  for (let i = 0, o = 0; o < out.length; i += 3, o += 2) {
    out[o] = tris[i]!;
    out[o + 1] = tris[i + 2]!;
  }
  return out;
}

/** Ray–triangle distance (Möller–Trumbore), or -1. Only front faces (facing the ray) when `front` is set. */
export function rayTri(tris: Triangles, i: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, front: boolean): number {
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

/**
 * The highest up-facing surface under (x, z) at or below fromY, by testing every triangle:
 * for one question (where to start walking) before the grid of a big model is built.
 */
export function floorAtByScan(tris: Triangles, x: number, z: number, fromY: number): number | null {
  const top = fromY + 1e-4;
  let best = -Infinity;
  const n = Math.floor(tris.length / 9);
  for (let i = 0; i < n; i++) {
    const o = i * 9;
    // Cheap plan-view reject before the ray test.
    const x0 = tris[o]!, x1 = tris[o + 3]!, x2 = tris[o + 6]!;
    if ((x < x0 && x < x1 && x < x2) || (x > x0 && x > x1 && x > x2)) continue;
    const z0 = tris[o + 2]!, z1 = tris[o + 5]!, z2 = tris[o + 8]!;
    if ((z < z0 && z < z1 && z < z2) || (z > z0 && z > z1 && z > z2)) continue;
    const t = rayTri(tris, i, x, top, z, 0, -1, 0, true);
    if (t >= 0 && top - t > best) best = top - t;
  }
  return best === -Infinity ? null : best;
}
