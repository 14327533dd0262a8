import { describe, expect, it } from 'vitest';
import {
  FIGURE_HEIGHTS_M,
  SEATED_HEIGHT_RATIO,
  SHOT_SIZE_IDS,
  SHOT_SIZES,
  classifyShotSize,
  distanceForExtent,
  figureViewFromNdc,
  intendedFraming,
  posedHeight,
  requiredDistance,
} from './shotSize';
import type { FigureView, ShotSizeId } from './shotSize';
import { fovDeg } from './fov';

const headIn = (bottom: number): FigureView => ({ bottom, top: 1, fill: 2 });

describe('figureViewFromNdc', () => {
  it('a figure from NDC −0.8 to 0.8 is fully in frame and fills 80 %', () => {
    expect(figureViewFromNdc(-0.8, 0.8)).toEqual({ bottom: 0, top: 1, fill: 0.8, pose: 'standing' });
  });
  it('feet below the frame: the bottom edge cuts at (−1 − feet) / span', () => {
    const v = figureViewFromNdc(-1.6, 1)!;
    expect(v.bottom).toBeCloseTo(0.6 / 2.6, 12);
    expect(v.top).toBe(1);
    expect(v.fill).toBeCloseTo(1.3, 12);
  });
  it('head above the frame: the top edge cuts it', () => {
    const v = figureViewFromNdc(-3, 2)!;
    expect(v.bottom).toBeCloseTo(0.4, 12);
    expect(v.top).toBeCloseTo(0.8, 12);
  });
  it('is null when the figure is off the frame or inverted', () => {
    expect(figureViewFromNdc(1.2, 2)).toBeNull();
    expect(figureViewFromNdc(-3, -1.5)).toBeNull();
    expect(figureViewFromNdc(0.5, -0.5)).toBeNull();
    expect(figureViewFromNdc(0, 0)).toBeNull();
    expect(figureViewFromNdc(Number.NaN, 1)).toBeNull();
  });
});

describe('classifyShotSize, standing figure', () => {
  it('head and feet in frame: by how much of the frame height the figure fills', () => {
    expect(classifyShotSize({ bottom: 0, top: 1, fill: 0.8 })).toBe('full');
    expect(classifyShotSize({ bottom: 0, top: 1, fill: 0.5 })).toBe('full');
    expect(classifyShotSize({ bottom: 0, top: 1, fill: 0.49 })).toBe('long');
    expect(classifyShotSize({ bottom: 0, top: 1, fill: 0.15 })).toBe('long');
    expect(classifyShotSize({ bottom: 0, top: 1, fill: 0.14 })).toBe('extreme-long');
  });
  it('feet cut: by the lowest landmark in frame', () => {
    expect(classifyShotSize(headIn(0.9))).toBe('extreme-close-up'); // chin out
    expect(classifyShotSize(headIn(0.8))).toBe('close-up'); // just below the shoulders
    expect(classifyShotSize(headIn(0.72))).toBe('medium-close-up'); // armpit
    expect(classifyShotSize(headIn(0.6))).toBe('medium'); // waist
    expect(classifyShotSize(headIn(0.4))).toBe('medium-long'); // mid-thigh
    expect(classifyShotSize(headIn(0.285))).toBe('medium-long'); // knees
    expect(classifyShotSize(headIn(0.1))).toBe('medium-long'); // shins
  });
  it('thresholds are exclusive at the landmark: the chin in frame is a close-up', () => {
    expect(classifyShotSize(headIn(0.87))).toBe('close-up');
    expect(classifyShotSize(headIn(0.8701))).toBe('extreme-close-up');
    expect(classifyShotSize(headIn(0.52))).toBe('medium-long');
    expect(classifyShotSize(headIn(0.5201))).toBe('medium');
  });
  it('an ankle cut still counts as the whole figure', () => {
    expect(classifyShotSize({ bottom: 0.05, top: 1, fill: 0.9 })).toBe('full');
    expect(classifyShotSize({ bottom: 0.07, top: 1, fill: 0.9 })).toBe('medium-long');
  });
  it('head cut off: an insert sized like the cut shot with the same visible extent', () => {
    expect(classifyShotSize({ bottom: 0.87, top: 0.92, fill: 4 })).toBe('extreme-close-up'); // mouth
    expect(classifyShotSize({ bottom: 0.3, top: 0.75, fill: 1 })).toBe('medium'); // torso, 0.45 tall
    expect(classifyShotSize({ bottom: 0, top: 0.8, fill: 0.7 })).toBe('medium-long'); // headless full figure
  });
  it('a forehead cut with the eyes in frame is still a head shot', () => {
    expect(classifyShotSize({ bottom: 0.82, top: 0.96, fill: 5 })).toBe('close-up');
  });
  it('returns null when nothing is visible', () => {
    expect(classifyShotSize({ bottom: 0.5, top: 0.5, fill: 1 })).toBeNull();
    expect(classifyShotSize({ bottom: 0.6, top: 0.4, fill: 1 })).toBeNull();
    expect(classifyShotSize({ bottom: 0, top: 1, fill: 0 })).toBeNull();
  });
});

describe('classifyShotSize, seated figure (0.77 × standing height)', () => {
  const seated = (bottom: number, top = 1, fill = 2): FigureView => ({ bottom, top, fill, pose: 'seated' });
  it('the waist sits lower in the seated figure but still names a medium shot', () => {
    // Seated waist: 0.39 H below the head top = 1 − 0.39 / 0.77 of the seated height.
    const waist = 1 - 0.39 / SEATED_HEIGHT_RATIO;
    expect(classifyShotSize(seated(waist - 0.01))).toBe('medium');
    // The same fraction on a standing figure is below the crotch.
    expect(classifyShotSize(headIn(waist - 0.01))).toBe('medium-long');
  });
  it('feet in frame is a full or long shot by fill', () => {
    expect(classifyShotSize(seated(0, 1, 0.7))).toBe('full');
    expect(classifyShotSize(seated(0, 1, 0.3))).toBe('long');
  });
  it('a cut at the seat is medium long', () => {
    expect(classifyShotSize(seated(0.25 / SEATED_HEIGHT_RATIO))).toBe('medium-long');
  });
});

describe('names', () => {
  it('every shot size has both names and a framing description', () => {
    expect(SHOT_SIZE_IDS).toHaveLength(8);
    for (const id of SHOT_SIZE_IDS) {
      expect(SHOT_SIZES[id].id).toBe(id);
      expect(SHOT_SIZES[id].name.zh.length).toBeGreaterThan(0);
      expect(SHOT_SIZES[id].name.en.length).toBeGreaterThan(0);
    }
    expect(SHOT_SIZES['extreme-close-up'].name.zh).toBe('大特写');
    expect(SHOT_SIZES['medium-close-up'].name.zh).toBe('近景');
    expect(SHOT_SIZES.full.name.zh).toBe('全景');
  });
});

describe('intendedFraming and requiredDistance', () => {
  it('medium on 1.75 m: frame from 0.57 H to 1.05 H, 0.84 m tall, camera at 1.4175 m', () => {
    const f = intendedFraming('medium', 1.75);
    expect(f.extentM).toBeCloseTo(0.84, 12);
    expect(f.frameBottomM).toBeCloseTo(0.9975, 12);
    expect(f.cameraHeightM).toBeCloseTo(1.4175, 12);
  });
  it('medium on full frame portrait 35 mm: d = 0.84 · 35 / 36 = 0.8167 m', () => {
    const r = requiredDistance('medium', 1.75, fovDeg(36, 35));
    expect(r.distanceM).toBeCloseTo(0.816667, 6);
  });
  it('full shot: the figure fills 80 %, a level camera at 0.5625 H keeps 5 % spare', () => {
    const f = intendedFraming('full', 1.75);
    expect(f.extentM).toBeCloseTo(2.1875, 12);
    expect(f.cameraHeightM).toBeCloseTo(0.984375, 12);
    expect(f.frameBottomM).toBeLessThan(0);
    expect(f.frameTopM).toBeGreaterThan(1.75);
  });
  it('long shot: camera at eye height (0.936 H)', () => {
    const f = intendedFraming('long', 1.75);
    expect(f.cameraHeightM).toBeCloseTo(1.638, 12);
    expect(f.extentM).toBeCloseTo(1.75 / 0.3, 12);
  });
  it('seated close-up hangs from the seated head top (1.3475 m for 1.75 m)', () => {
    const f = intendedFraming('close-up', 1.75, 'seated');
    expect(posedHeight(1.75, 'seated')).toBeCloseTo(1.3475, 12);
    expect(f.frameTopM).toBeCloseTo(1.3475 + 0.03 * 1.75, 12);
    expect(f.extentM).toBeCloseTo(0.23 * 1.75, 12);
  });
  it('distance doubles when the vertical field of view halves its tangent', () => {
    const a = distanceForExtent(1, 60);
    const b = distanceForExtent(1, 2 * (Math.atan(Math.tan(Math.PI / 6) / 2) * 180) / Math.PI);
    expect(b / a).toBeCloseTo(2, 12);
  });
  it('every intended framing classifies back to its own shot size (all figures, both poses)', () => {
    for (const kind of Object.keys(FIGURE_HEIGHTS_M) as (keyof typeof FIGURE_HEIGHTS_M)[]) {
      for (const pose of ['standing', 'seated'] as const) {
        const standing = FIGURE_HEIGHTS_M[kind];
        const h = posedHeight(standing, pose);
        for (const shot of SHOT_SIZE_IDS) {
          const f = intendedFraming(shot, standing, pose);
          const view: FigureView = {
            bottom: Math.min(1, Math.max(0, f.frameBottomM / h)),
            top: Math.min(1, Math.max(0, f.frameTopM / h)),
            fill: h / f.extentM,
            pose,
          };
          expect([kind, pose, classifyShotSize(view)]).toEqual([kind, pose, shot satisfies ShotSizeId]);
        }
      }
    }
  });
  it('tighter shot sizes need less distance', () => {
    const d = SHOT_SIZE_IDS.map((s) => requiredDistance(s, 1.75, 40).distanceM);
    for (let i = 1; i < d.length; i++) expect(d[i]!).toBeGreaterThan(d[i - 1]!);
  });
});
