import { describe, expect, it } from 'vitest';
import { fitPlan, fromPlan, toPlan } from './plan';

describe('plan projection', () => {
  const bounds = { minX: -8, maxX: 8, minZ: -6, maxZ: 6 };

  it('fits a 16 × 12 m room into 200 × 200 px, centred, aspect kept', () => {
    const t = fitPlan(bounds, 200, 200, 10);
    expect(t.scale).toBeCloseTo(180 / 16, 10);
    const p = toPlan(t, 0, 0, { x: 0, y: 0 });
    expect(p.x).toBeCloseTo(100, 10);
    expect(p.y).toBeCloseTo(100, 10);
    const corner = toPlan(t, -8, -6, { x: 0, y: 0 });
    expect(corner.x).toBeCloseTo(10, 10);
    expect(corner.y).toBeCloseTo(100 - 6 * (180 / 16), 10);
  });

  it('puts −Z (straight ahead at yaw 0) up the page', () => {
    const t = fitPlan(bounds, 200, 200);
    expect(toPlan(t, 0, -5, { x: 0, y: 0 }).y).toBeLessThan(toPlan(t, 0, 5, { x: 0, y: 0 }).y);
  });

  it('round-trips world → plan → world', () => {
    const t = fitPlan(bounds, 320, 180, 12);
    for (const [x, z] of [[0, 0], [-7.5, 3.2], [8, -6], [1.234, 5.678]] as [number, number][]) {
      const p = toPlan(t, x, z, { x: 0, y: 0 });
      const w = fromPlan(t, p.x, p.y, { x: 0, z: 0 });
      expect(w.x).toBeCloseTo(x, 9);
      expect(w.z).toBeCloseTo(z, 9);
    }
  });
});
