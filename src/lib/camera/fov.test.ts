import { describe, expect, it } from 'vitest';
import { diagonalCropFactor, equivalentFocal, focalForFov, fovDeg, frameFov, frameSize } from './fov';

const FF = { sensor: { width: 36, height: 24, mode: 'full frame 3:2' } };
const ALEXA_35 = { sensor: { width: 27.99, height: 19.22, mode: '4.6K 3:2 Open Gate' } };
const KOMODO = { sensor: { width: 27.03, height: 14.26, mode: '6K 17:9' } };

describe('fovDeg', () => {
  it('full frame with a 50 mm lens: 2·atan(18/50) = 39.6° across 36 mm, 27.0° across 24 mm', () => {
    expect(fovDeg(36, 50)).toBeCloseTo(39.5978, 3);
    expect(fovDeg(24, 50)).toBeCloseTo(26.9915, 3);
  });
  it('a side equal to the focal length subtends 2·atan(1/2) = 53.13°', () => {
    expect(fovDeg(35, 35)).toBeCloseTo(53.1301, 3);
  });
  it('focalForFov inverts it', () => {
    expect(focalForFov(36, 39.5978)).toBeCloseTo(50, 3);
    expect(focalForFov(24, 90)).toBeCloseTo(12, 9);
  });
});

describe('frameSize', () => {
  it('36 × 24 portrait: height 36, width min(24, 20.25) = 20.25, exactly 9:16', () => {
    const f = frameSize(FF.sensor, 'portrait');
    expect(f.height).toBe(36);
    expect(f.width).toBeCloseTo(20.25, 12);
  });
  it('36 × 24 crop: height 24, width 13.5', () => {
    const f = frameSize(FF.sensor, 'crop');
    expect(f.height).toBe(24);
    expect(f.width).toBeCloseTo(13.5, 12);
  });
  it('KOMODO portrait is limited by the sensor height: 14.26 × 25.35, not 14.26 × 27.03', () => {
    const f = frameSize(KOMODO.sensor, 'portrait');
    expect(f.width).toBeCloseTo(14.26, 12);
    expect(f.height).toBeCloseTo(25.3511, 4);
    expect(f.height).toBeLessThan(27.03);
  });
  it('a sensor exactly 16:9 gives the same frame either way round in portrait', () => {
    const f = frameSize({ width: 32, height: 18 }, 'portrait');
    expect(f.width).toBeCloseTo(18, 12);
    expect(f.height).toBeCloseTo(32, 12);
  });
  it('is always exactly 9:16 and inside the sensor', () => {
    const sensors = [FF.sensor, ALEXA_35.sensor, KOMODO.sensor, { width: 23.1, height: 12.99 }, { width: 9.84, height: 5.54 }, { width: 10, height: 2 }];
    for (const s of sensors) {
      for (const o of ['portrait', 'crop'] as const) {
        const f = frameSize(s, o);
        expect(f.width / f.height).toBeCloseTo(9 / 16, 12);
        const [along, across] = o === 'portrait' ? [s.width, s.height] : [s.height, s.width];
        expect(f.height).toBeLessThanOrEqual(along + 1e-12);
        expect(f.width).toBeLessThanOrEqual(across + 1e-12);
      }
    }
  });
});

describe('frameFov', () => {
  it('ALEXA 35 portrait, 35 mm: frame 15.74 × 27.99 mm, 25.35° × 43.59°', () => {
    const r = frameFov(ALEXA_35, 35, 'portrait');
    expect(r.frameWidthMm).toBeCloseTo(15.7444, 4);
    expect(r.frameHeightMm).toBeCloseTo(27.99, 12);
    expect(r.hfovDeg).toBeCloseTo(25.352, 3);
    expect(r.vfovDeg).toBeCloseTo(43.5887, 3);
  });
  it('KOMODO crop, 24 mm: frame 8.02 × 14.26 mm, 18.97° × 33.09°', () => {
    const r = frameFov(KOMODO, 24, 'crop');
    expect(r.frameWidthMm).toBeCloseTo(8.02125, 5);
    expect(r.frameHeightMm).toBeCloseTo(14.26, 12);
    expect(r.hfovDeg).toBeCloseTo(18.974, 3);
    expect(r.vfovDeg).toBeCloseTo(33.0916, 3);
  });
  it('full frame portrait, 50 mm: 22.9° × 39.6° (vfov is the 36 mm side)', () => {
    const r = frameFov(FF, 50, 'portrait');
    expect(r.hfovDeg).toBeCloseTo(22.8952, 3);
    expect(r.vfovDeg).toBeCloseTo(39.5978, 3);
  });
});

describe('equivalentFocal (full frame turned on its side, 20.25 × 36 mm)', () => {
  it('is the focal length itself for full frame in portrait and 1.5× in crop', () => {
    expect(equivalentFocal(FF, 50, 'portrait')).toBeCloseTo(50, 12);
    expect(equivalentFocal(FF, 50, 'crop')).toBeCloseTo(75, 12);
  });
  it('ALEXA 35 portrait 35 mm ≈ 45.0 mm; KOMODO crop 24 mm ≈ 60.6 mm', () => {
    expect(equivalentFocal(ALEXA_35, 35, 'portrait')).toBeCloseTo(45.016, 3);
    expect(equivalentFocal(KOMODO, 24, 'crop')).toBeCloseTo(60.589, 3);
  });
  it('bodies at their equivalent focal lengths share one vertical field of view', () => {
    const target = frameFov(FF, 50, 'portrait').vfovDeg;
    const f = (50 * 27.99) / 36;
    expect(equivalentFocal(ALEXA_35, f, 'portrait')).toBeCloseTo(50, 12);
    expect(frameFov(ALEXA_35, f, 'portrait').vfovDeg).toBeCloseTo(target, 10);
  });
});

describe('diagonalCropFactor', () => {
  it('is 1 for 36 × 24 and 1.274 for the ALEXA 35 open gate', () => {
    expect(diagonalCropFactor(FF.sensor)).toBeCloseTo(1, 12);
    expect(diagonalCropFactor(ALEXA_35.sensor)).toBeCloseTo(1.2743, 4);
  });
});
