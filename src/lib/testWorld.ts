/**
 * A world made of axis-aligned boxes, for testing walking and collision without
 * WebGL. Floors are the tops of boxes; obstacles are their sides.
 */
import type { ObstacleHit, WalkWorld } from './walk';

export interface Box {
  min: [number, number, number];
  max: [number, number, number];
}

export function boxWorld(floors: Box[], obstacles: Box[]): WalkWorld {
  return {
    floorAt(x, z, fromY) {
      let best: number | null = null;
      for (const b of floors) {
        if (x < b.min[0] || x > b.max[0] || z < b.min[2] || z > b.max[2]) continue;
        const top = b.max[1];
        if (top <= fromY + 1e-9 && (best === null || top > best)) best = top;
      }
      return best;
    },
    castObstacle(x, y, z, dx, dz, maxDist, out: ObstacleHit) {
      let bestT = Infinity;
      let nx = 0;
      let nz = 0;
      for (const b of [...obstacles, ...floors]) {
        if (y < b.min[1] || y > b.max[1]) continue;
        // Slab test in XZ from outside the box.
        let t0 = -Infinity;
        let t1 = Infinity;
        let enterNx = 0;
        let enterNz = 0;
        const axes: [number, number, number, number, 'x' | 'z'][] = [
          [x, dx, b.min[0], b.max[0], 'x'],
          [z, dz, b.min[2], b.max[2], 'z'],
        ];
        let miss = false;
        for (const [o, d, lo, hi, axis] of axes) {
          if (Math.abs(d) < 1e-12) {
            if (o < lo || o > hi) miss = true;
            continue;
          }
          let ta = (lo - o) / d;
          let tb = (hi - o) / d;
          let n = -Math.sign(d);
          if (ta > tb) [ta, tb] = [tb, ta];
          if (ta > t0) {
            t0 = ta;
            enterNx = axis === 'x' ? n : 0;
            enterNz = axis === 'z' ? n : 0;
          }
          n = 0;
          if (tb < t1) t1 = tb;
        }
        if (miss || t0 > t1 || t0 < 0 || t0 > maxDist) continue;
        if (t0 < bestT) {
          bestT = t0;
          nx = enterNx;
          nz = enterNz;
        }
      }
      if (bestT === Infinity) return null;
      out.distance = bestT;
      out.nx = nx;
      out.nz = nz;
      return out;
    },
  };
}
