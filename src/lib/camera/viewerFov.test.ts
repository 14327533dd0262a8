import { describe, expect, it } from 'vitest';
import { viewerVfovDeg } from './viewerFov';

describe('viewerVfovDeg', () => {
  it('shows 70° across a square view', () => {
    expect(viewerVfovDeg(1)).toBeCloseTo(70, 6);
  });
  it('keeps the vertical field in [45°, 75°] for wide and tall windows', () => {
    expect(viewerVfovDeg(16 / 9)).toBe(45);
    expect(viewerVfovDeg(9 / 16)).toBe(75);
    const mid = viewerVfovDeg(1.2);
    expect(mid).toBeGreaterThan(45);
    expect(mid).toBeLessThan(70);
  });
});
