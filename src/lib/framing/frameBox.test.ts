import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  LAYOUT_INSETS,
  boxVfovDeg,
  canvasNdcToFrameNdc,
  canvasVfovDeg,
  fallbackCanvasVfovDeg,
  frameBox,
  frameProjection,
  hfovFromVfov,
  layoutKind,
} from './frameBox';

const DEG = Math.PI / 180;

describe('frameBox', () => {
  it('fills the width of an upright phone stage, letterboxed top and bottom', () => {
    // 390 × 844 window, ~90 px of header: the stage is 390 × 754; the mode switch keeps 58 px.
    const b = frameBox(390, 754, LAYOUT_INSETS.compact);
    expect(b).toEqual({ x: 1, y: 58 + 4, width: 387, height: 688 });
    expect(b.width / b.height).toBe(9 / 16);
  });

  it('is height-limited on a wide stage and centred between the columns', () => {
    const b = frameBox(900, 739, LAYOUT_INSETS.wide);
    expect(b.height).toBe(576);
    expect(b.width).toBe(324);
    expect(b.x).toBe(288 + Math.floor((900 - 288 - 224 - 324) / 2));
    expect(b.y).toBe(60 + Math.floor((739 - 160 - 576) / 2));
  });

  it('without insets a landscape stage gets a centred, full-height box', () => {
    const b = frameBox(1600, 900);
    expect(b.height).toBe(896);
    expect(b.width).toBe(504);
    expect(b.x).toBe(548);
  });

  it('is always exactly 9:16 with integer sides, inside the free area', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 4000, noNaN: true }),
        fc.double({ min: 0, max: 4000, noNaN: true }),
        fc.record({ top: fc.nat(300), right: fc.nat(300), bottom: fc.nat(300), left: fc.nat(300) }),
        (w, h, insets) => {
          const b = frameBox(w, h, insets);
          expect(Number.isInteger(b.width) && Number.isInteger(b.height) && Number.isInteger(b.x) && Number.isInteger(b.y)).toBe(true);
          expect(b.width * 16).toBe(b.height * 9);
          expect(b.width % 9).toBe(0);
          if (b.width > 0) {
            expect(b.x).toBeGreaterThanOrEqual(insets.left);
            expect(b.y).toBeGreaterThanOrEqual(insets.top);
            expect(b.x + b.width).toBeLessThanOrEqual(Math.floor(w) - insets.right);
            expect(b.y + b.height).toBeLessThanOrEqual(Math.floor(h) - insets.bottom);
            // Maximal: one more 9 × 16 cell would not fit.
            const availW = Math.floor(w) - insets.left - insets.right;
            const availH = Math.floor(h) - insets.top - insets.bottom;
            expect(b.width + 9 > availW || b.height + 16 > availH).toBe(true);
          }
        },
      ),
    );
  });

  it('gives a zero box when nothing fits', () => {
    expect(frameBox(8, 100)).toMatchObject({ width: 0, height: 0 });
    expect(frameBox(100, 100, { top: 90, bottom: 0, left: 0, right: 0 })).toMatchObject({ width: 0, height: 0 });
  });
});

describe('canvas field of view ↔ lens field of view', () => {
  it('follows 2·atan(tan(lens/2) · stageHeight / boxHeight)', () => {
    const lens = 54.4;
    expect(canvasVfovDeg(lens, 800, 800)).toBeCloseTo(lens, 12);
    expect(canvasVfovDeg(lens, 800, 400)).toBeCloseTo((2 * Math.atan(2 * Math.tan((lens * DEG) / 2))) / DEG, 12);
    expect(boxVfovDeg(canvasVfovDeg(lens, 739, 656), 739, 656)).toBeCloseTo(lens, 12);
  });

  it('a centred box needs no view offset and uses the stage height', () => {
    const box = frameBox(1600, 900);
    const p = frameProjection(1600, 900, box, 40);
    expect(p.centred).toBe(true);
    expect(p.fullWidth).toBe(1600);
    expect(p.fullHeight).toBe(900);
    expect(p.vfovDeg).toBeCloseTo(canvasVfovDeg(40, 900, box.height), 12);
  });

  it('an off-centre box gets a virtual view centred on it, same aspect, whose box edges are the lens edges', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 3000 }),
        fc.integer({ min: 200, max: 3000 }),
        fc.record({ top: fc.nat(150), right: fc.nat(150), bottom: fc.nat(150), left: fc.nat(150) }),
        fc.double({ min: 5, max: 120, noNaN: true }),
        (W, H, insets, lens) => {
          const box = frameBox(W, H, insets);
          if (box.width === 0) return;
          const p = frameProjection(W, H, box, lens);
          expect(p.fullWidth / p.fullHeight).toBeCloseTo(W / H, 9);
          expect(p.fullWidth).toBeGreaterThanOrEqual(W - 1e-9);
          // The box's centre is the virtual view's centre.
          expect(p.offsetX + box.x + box.width / 2).toBeCloseTo(p.fullWidth / 2, 9);
          expect(p.offsetY + box.y + box.height / 2).toBeCloseTo(p.fullHeight / 2, 9);
          // The stage window lies inside the virtual view.
          expect(p.offsetX).toBeGreaterThanOrEqual(-1e-9);
          expect(p.offsetY + H).toBeLessThanOrEqual(p.fullHeight + 1e-9);
          // Box top edge, as an angle above the axis: exactly half the lens field of view.
          const halfBox = box.height / 2;
          const angle = Math.atan((halfBox / (p.fullHeight / 2)) * Math.tan((p.vfovDeg * DEG) / 2));
          expect((2 * angle) / DEG).toBeCloseTo(lens, 9);
        },
      ),
    );
  });

  it('falls back to the largest centred 9:16 box before the stage is measured', () => {
    expect(fallbackCanvasVfovDeg(50, 9 / 16)).toBeCloseTo(50, 12);
    expect(fallbackCanvasVfovDeg(50, 16 / 9)).toBeCloseTo(50, 12);
    // A phone-shaped canvas (taller than 9:16): the box fills the width.
    const aspect = 390 / 754;
    expect(fallbackCanvasVfovDeg(50, aspect)).toBeCloseTo(canvasVfovDeg(50, 754, (390 * 16) / 9), 9);
  });

  it('hfovFromVfov uses the aspect', () => {
    expect(hfovFromVfov(60, 1)).toBeCloseTo(60, 12);
    // 35 mm on a full-frame body on its side: 36 × 20.25 frame.
    const v = (2 * Math.atan(36 / 70)) / DEG;
    expect(hfovFromVfov(v, 9 / 16)).toBeCloseTo((2 * Math.atan(20.25 / 70)) / DEG, 9);
  });
});

describe('canvasNdcToFrameNdc', () => {
  it('maps the box corners to ±1', () => {
    const box = { x: 100, y: 50, width: 90, height: 160 };
    const out = { x: 0, y: 0 };
    // Box top-left corner in canvas NDC.
    canvasNdcToFrameNdc(400, 300, box, (100 / 400) * 2 - 1, 1 - (50 / 300) * 2, out);
    expect(out.x).toBeCloseTo(-1, 12);
    expect(out.y).toBeCloseTo(1, 12);
    canvasNdcToFrameNdc(400, 300, box, (190 / 400) * 2 - 1, 1 - (210 / 300) * 2, out);
    expect(out.x).toBeCloseTo(1, 12);
    expect(out.y).toBeCloseTo(-1, 12);
  });
});

describe('layoutKind', () => {
  it('columns on a laptop stage, a sheet on a phone', () => {
    expect(layoutKind(900, 739)).toBe('wide');
    expect(layoutKind(390, 754)).toBe('compact');
    expect(layoutKind(1200, 400)).toBe('compact');
  });
});
