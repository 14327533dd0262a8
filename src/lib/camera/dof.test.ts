import { describe, expect, it } from 'vitest';
import { circleOfConfusionMm, depthOfField, hyperfocalM, stopsFrom } from './dof';

describe('depth of field (thin lens), against hand-worked cases', () => {
  it('circle of confusion: diagonal ÷ 1500', () => {
    // Full frame 36 × 24: diagonal 43.27 mm → 0.0288 mm.
    expect(circleOfConfusionMm({ width: 36, height: 24 })).toBeCloseTo(0.02884, 5);
    // ALEXA 35 open gate 27.99 × 19.22: diagonal 33.95 mm → 0.0226 mm.
    expect(circleOfConfusionMm({ width: 27.99, height: 19.22 })).toBeCloseTo(0.02264, 5);
  });

  it('50 mm at T2.8, c = 0.03 mm, focused at 3 m', () => {
    // H = 50² / (2.8 × 0.03) + 50 = 2500 / 0.084 + 50 = 29 761.9 + 50 = 29 811.9 mm
    expect(hyperfocalM(50, 2.8, 0.03)).toBeCloseTo(29.8119, 4);
    const d = depthOfField(50, 2.8, 0.03, 3);
    // Dn = 3000 × 29 761.9 / (29 811.9 + 3000 − 100) = 89 285 714 / 32 711.9 = 2729.4 mm
    expect(d.nearM).toBeCloseTo(2.7294, 3);
    // Df = 3000 × 29 761.9 / (29 811.9 − 3000) = 89 285 714 / 26 811.9 = 3330.1 mm
    expect(d.farM).toBeCloseTo(3.3301, 3);
    expect(d.totalM).toBeCloseTo(0.6007, 3);
  });

  it('25 mm at T8, c = 0.025 mm: focused at the hyperfocal distance, sharp from H/2 to infinity', () => {
    const H = hyperfocalM(25, 8, 0.025); // 625 / 0.2 + 25 = 3150 mm
    expect(H).toBeCloseTo(3.15, 6);
    const d = depthOfField(25, 8, 0.025, H);
    expect(d.farM).toBe(Infinity);
    expect(d.totalM).toBe(Infinity);
    // Dn = H(H − f) / (2H − 2f) = H / 2
    expect(d.nearM).toBeCloseTo(H / 2, 6);
    expect(depthOfField(25, 8, 0.025, 10).farM).toBe(Infinity);
  });

  it('a longer lens or a wider stop gives less depth', () => {
    const wide = depthOfField(35, 4, 0.0226, 3);
    const tele = depthOfField(85, 4, 0.0226, 3);
    const open = depthOfField(35, 1.4, 0.0226, 3);
    expect(tele.totalM).toBeLessThan(wide.totalM);
    expect(open.totalM).toBeLessThan(wide.totalM);
    expect(wide.nearM).toBeLessThan(3);
    expect(wide.farM).toBeGreaterThan(3);
  });

  it('stop series from a lens set’s fastest stop', () => {
    expect(stopsFrom(1.8)).toEqual([1.8, 2, 2.8, 4, 5.6, 8, 11, 16, 22]);
    expect(stopsFrom(2)).toEqual([2, 2.8, 4, 5.6, 8, 11, 16, 22]);
  });
});
