/**
 * The ceiling over a point: the lowest surface of the set's `ceiling` node above a height, for
 * the path check (a crane up must not push the lens through the ceiling). Built on the walk
 * world's floor query by mirroring the ceiling in y: looking up in the set is looking down in
 * the mirror. Each triangle goes in with both windings, so a ceiling counts whichever way its
 * faces point.
 */
import { TriangleWorld } from '../world/triangleWorld';

export interface CeilingLookup {
  /** Height of the lowest ceiling surface above (x, fromY, z), or null when open to the sky. */
  ceilingAt(x: number, z: number, fromY: number): number | null;
}

/** A lookup over ceiling triangles (9 floats each, set coordinates). */
export function ceilingLookup(tris: Float32Array): CeilingLookup {
  const n = tris.length / 9;
  const mirrored = new Float32Array(n * 18);
  for (let i = 0; i < n; i++) {
    const o = i * 9;
    for (let v = 0; v < 3; v++) {
      // Winding as given, and reversed (vertices 0, 2, 1).
      const a = o + 3 * v;
      const b = o + 3 * [0, 2, 1][v]!;
      mirrored[i * 18 + 3 * v] = tris[a]!;
      mirrored[i * 18 + 3 * v + 1] = -tris[a + 1]!;
      mirrored[i * 18 + 3 * v + 2] = tris[a + 2]!;
      mirrored[i * 18 + 9 + 3 * v] = tris[b]!;
      mirrored[i * 18 + 9 + 3 * v + 1] = -tris[b + 1]!;
      mirrored[i * 18 + 9 + 3 * v + 2] = tris[b + 2]!;
    }
  }
  const world = new TriangleWorld(mirrored, new Float32Array(0), 1);
  return {
    ceilingAt(x, z, fromY) {
      const y = world.floorAt(x, z, -fromY);
      return y === null ? null : -y;
    },
  };
}
