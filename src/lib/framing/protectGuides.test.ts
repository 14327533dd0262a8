import { describe, expect, it } from 'vitest';
import { protectRect } from './protectGuides';

describe('protectRect', () => {
  it('keeps the full width and the cut-down aspect inside a 1080 × 1920 frame', () => {
    for (const [id, aspect] of [['16:9', 16 / 9], ['1:1', 1], ['4:5', 4 / 5]] as const) {
      const r = protectRect(id);
      expect(r.width).toBe(1);
      expect((r.width * 1080) / (r.height * 1920)).toBeCloseTo(aspect, 9);
      expect(r.y + r.height / 2).toBeCloseTo(0.5, 9);
    }
    // 1:1 is 1080 × 1080: 420 px above and below.
    expect(protectRect('1:1').y * 1920).toBeCloseTo(420, 9);
    // 4:5 is 1080 × 1350.
    expect(protectRect('4:5').height * 1920).toBeCloseTo(1350, 9);
  });

  it('moves up and down within the frame and clamps the offset', () => {
    expect(protectRect('1:1', -1).y).toBe(0);
    expect(protectRect('1:1', 1).y + protectRect('1:1', 1).height).toBeCloseTo(1, 9);
    expect(protectRect('1:1', 7)).toEqual(protectRect('1:1', 1));
    expect(protectRect('1:1', Number.NaN)).toEqual(protectRect('1:1', 0));
  });
});
