import { describe, expect, it } from 'vitest';
import { TriangleWorld } from './triangleWorld';
import { writeTriangles } from './triangleSoup';
import { stepWalk } from '../motion/walk';

const IDENTITY = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];

/** The 12 outward-facing triangles of an axis-aligned box. */
function box(out: number[], [x0, y0, z0]: number[], [x1, y1, z1]: number[]): void {
  const v = [
    [x0, y0, z0], [x1, y0, z0], [x1, y1, z0], [x0, y1, z0],
    [x0, y0, z1], [x1, y0, z1], [x1, y1, z1], [x0, y1, z1],
  ];
  const quads = [
    [4, 5, 6, 7], // +z
    [1, 0, 3, 2], // -z
    [5, 1, 2, 6], // +x
    [0, 4, 7, 3], // -x
    [3, 7, 6, 2], // +y
    [0, 1, 5, 4], // -y
  ];
  for (const [a, b, c, d] of quads) {
    for (const i of [a, b, c, a, c, d]) out.push(...(v[i!] as number[]));
  }
}

function world(): TriangleWorld {
  const floors: number[] = [];
  const walls: number[] = [];
  box(floors, [-8, -0.2, -6], [8, 0, 6]); // floor slab, top at 0
  box(floors, [-3, 0, -6], [3, 0.9, -4]); // a 0.9 m dais at the far end
  box(floors, [-1, 0, -4], [1, 0.18, -3.2]); // one deep step in front of it
  box(walls, [-8.2, 0, -6.2], [8.2, 5, -6]); // far wall
  box(walls, [-8.2, 0, 6], [8.2, 5, 6.2]); // near wall
  box(walls, [-8.2, 0, -6], [-8, 5, 6]);
  box(walls, [8, 0, -6], [8.2, 5, 6]);
  box(walls, [2, 0, 1], [2.2, 3, 3]); // a screen standing in the room
  return new TriangleWorld(new Float32Array(floors), new Float32Array(walls), 1);
}

describe('TriangleWorld', () => {
  it('finds the highest floor below a height', () => {
    const w = world();
    expect(w.floorAt(0, 0, 1.5)).toBeCloseTo(0, 6);
    expect(w.floorAt(0, -5, 1.5)).toBeCloseTo(0.9, 6);
    expect(w.floorAt(0, -5, 0.5)).toBeCloseTo(0, 6); // the dais top is above the probe
    expect(w.floorAt(20, 0, 1.5)).toBeNull();
  });

  it('casts to the nearest wall with its normal', () => {
    const w = world();
    const hit = w.castObstacle(0, 1.2, 0, 0, 1, 10, { distance: 0, nx: 0, nz: 0 });
    expect(hit?.distance).toBeCloseTo(6, 5);
    expect(hit?.nz).toBeCloseTo(-1, 5);
    expect(w.castObstacle(0, 1.2, 0, 0, 1, 5, { distance: 0, nx: 0, nz: 0 })).toBeNull();
  });

  it('sees the dais side as an obstacle at knee height but not at 1.2 m', () => {
    const w = world();
    expect(w.castObstacle(0, 0.5, -1, 0, -1, 10, { distance: 0, nx: 0, nz: 0 })?.distance).toBeCloseTo(3, 5);
    expect(w.castObstacle(0, 0.1, -1, 0, -1, 10, { distance: 0, nx: 0, nz: 0 })?.distance).toBeCloseTo(2.2, 5);
    expect(w.castObstacle(-2.5, 1.2, -1, 0, -1, 10, { distance: 0, nx: 0, nz: 0 })?.distance).toBeCloseTo(5, 5);
  });

  it('drives the walker: stops at a wall, climbs the step, not the dais', () => {
    const w = world();
    const feet = { x: 0, y: 0, z: 0 };
    for (let i = 0; i < 60; i++) stepWalk(w, feet, 0, -0.1);
    expect(feet.y).toBeCloseTo(0.18, 5);
    expect(feet.z).toBeGreaterThan(-4);
    const side = { x: 0, y: 0, z: 0 };
    for (let i = 0; i < 100; i++) stepWalk(w, side, 0, 0.1);
    expect(side.z).toBeCloseTo(6 - 0.3, 3);
  });

  it('tells whether a wall hides a point', () => {
    const w = world();
    expect(w.segmentBlocked(0, 1.6, 2, 4, 1.6, 2)).toBe(true); // the screen is in between
    expect(w.segmentBlocked(0, 1.6, 0, 0, 1.6, -3)).toBe(false);
    // A marker inside its own prop's box is not hidden by that box.
    expect(w.segmentBlocked(5, 1.6, 2, 2.1, 1.6, 2, 0.6)).toBe(false);
  });

  it('applies node transforms when collecting triangles', () => {
    const out = new Float32Array(12);
    const m = [...IDENTITY];
    m[12] = 10;
    expect(writeTriangles(out, 0, [0, 0, 0, 1, 0, 0, 0, 0, 1], [0, 1, 2], m)).toBe(9);
    expect([...out.slice(0, 3)]).toEqual([10, 0, 0]);
    expect(out[9]).toBe(0);
  });

  it('builds the same world in slices, finding nothing until it is done', async () => {
    const floors: number[] = [];
    const walls: number[] = [];
    box(floors, [-8, -0.2, -6], [8, 0, 6]);
    box(walls, [2, 0, 1], [2.2, 3, 3]);
    for (let i = 0; i < 3000; i++) box(walls, [i % 50 - 25, 0, -5.5], [i % 50 - 24.9, 0.05, -5.4]);
    const all = new Float32Array([...walls, ...floors]);
    const sync = new TriangleWorld('upward', all, 1);
    const later = new TriangleWorld('upward', all, 1, { deferred: true });
    expect(later.ready).toBe(false);
    expect(later.floorAt(0, 0, 1)).toBeNull();
    expect(later.castObstacle(0, 1, 2, 1, 0, 10, { distance: 0, nx: 0, nz: 0 })).toBeNull();
    let pauses = 0;
    let clock = 0;
    // A fake clock: every reading is 1 ms later, so a 4 ms budget allows a few steps per slice.
    await later.finishInSlices({ pause: async () => void pauses++, now: () => clock++, budgetMs: 4 });
    expect(later.ready).toBe(true);
    expect(pauses).toBeGreaterThan(0);
    expect(later.triangleCount).toBe(sync.triangleCount);
    expect(later.floorAt(0, 0, 1)).toBeCloseTo(sync.floorAt(0, 0, 1)!, 6);
    expect(later.castObstacle(0, 1, 2, 1, 0, 10, { distance: 0, nx: 0, nz: 0 })?.distance).toBeCloseTo(2, 5);
  });

  it('stops building when the load is cancelled', async () => {
    const walls: number[] = [];
    for (let i = 0; i < 6000; i++) box(walls, [i % 50, 0, 0], [i % 50 + 0.5, 1, 0.5]);
    const w = new TriangleWorld('upward', new Float32Array(walls), 1, { deferred: true });
    const controller = new AbortController();
    let clock = 0;
    await w.finishInSlices({ pause: async () => controller.abort(), now: () => clock++, budgetMs: 2, signal: controller.signal });
    expect(w.ready).toBe(false);
  });
});
