import { describe, expect, it } from 'vitest';
import cameras from '../../../scenes/cameras.json';
import type { CameraCatalog } from '../../data/schema';
import { FOCAL_RANGE_MM, clampFocalMm, frameFov } from '../camera/fov';
import { FALLBACK_BODY, computeOptics, lensFov, resolveBody } from './frameOptics';

const catalog = cameras as unknown as CameraCatalog;

describe('computeOptics', () => {
  it('ALEXA 35, 35 mm, on its side', () => {
    const o = computeOptics(catalog, 'arri-alexa-35', 35, 'portrait', null);
    expect(o.body.id).toBe('arri-alexa-35');
    expect(o.fov).toEqual(frameFov(o.body, 35, 'portrait'));
    expect(o.fov.frameHeightMm).toBeCloseTo(27.99, 9);
    expect(o.equivMm).toBeCloseTo((35 * 36) / 27.99, 9);
    expect(o.lensSet?.kind).toBe('prime');
    expect(o.lensSets.some((l) => l.id === 'phone-main-lens')).toBe(false);
    expect(o.delivery.ok).toBe(true);
  });

  it('FX3 cropped: UHD gives 1215 × 2160, enough; the phone only has its own lens', () => {
    const fx3 = computeOptics(catalog, 'sony-fx3', 35, 'crop', null);
    expect(fx3.delivery).toMatchObject({ width: 1215, height: 2160, ok: true, recordingId: 'uhd' });
    const phone = computeOptics(catalog, 'phone-main', 6.9, 'portrait', 'cooke-s4i');
    expect(phone.lensSets.map((l) => l.id)).toEqual(['phone-main-lens']);
    expect(phone.lensSet?.id).toBe('phone-main-lens');
  });

  it('falls back to a generic full-frame body without a catalog', () => {
    const o = computeOptics(null, 'arri-alexa-35', 35, 'portrait', null);
    expect(o.body).toBe(FALLBACK_BODY);
    expect(o.equivMm).toBeCloseTo(35, 9);
    expect(o.lensSet).toBeNull();
  });
});

describe('lensFov: the one focal length → field of view, with one fallback', () => {
  it('uses the named body, else the first in the catalog, else the generic full-frame body', () => {
    const alexa = catalog.bodies.find((b) => b.id === 'arri-alexa-35')!;
    expect(lensFov(catalog.bodies, 'arri-alexa-35', 35, 'portrait')).toEqual(frameFov(alexa, 35, 'portrait'));
    expect(resolveBody(catalog.bodies, 'no-such-body')).toBe(catalog.bodies[0]);
    expect(lensFov(catalog.bodies, 'no-such-body', 50, 'crop')).toEqual(frameFov(catalog.bodies[0]!, 50, 'crop'));
    expect(resolveBody(null, 'arri-alexa-35')).toBe(FALLBACK_BODY);
    expect(resolveBody([], null)).toBe(FALLBACK_BODY);
    // Full frame on its side at 35 mm: 36 mm of frame height, 2·atan(18 / 35).
    expect(lensFov(undefined, 'x', 35, 'portrait').vfovDeg).toBeCloseTo((2 * Math.atan(18 / 35) * 180) / Math.PI, 9);
    // The lens counts in the fallback too.
    expect(lensFov(undefined, 'x', 70, 'portrait').vfovDeg).toBeLessThan(lensFov(undefined, 'x', 35, 'portrait').vfovDeg);
  });

  it('agrees with computeOptics', () => {
    for (const id of ['arri-alexa-35', 'sony-fx3', 'unknown']) {
      expect(lensFov(catalog.bodies, id, 24, 'crop')).toEqual(computeOptics(catalog, id, 24, 'crop', null).fov);
    }
  });
});

describe('FOCAL_RANGE_MM', () => {
  it('clamps and rounds to 0.1 mm', () => {
    expect(clampFocalMm(0.2)).toBe(FOCAL_RANGE_MM.min);
    expect(clampFocalMm(5000)).toBe(FOCAL_RANGE_MM.max);
    expect(clampFocalMm(35.04)).toBe(35);
    expect(clampFocalMm(35.06)).toBe(35.1);
  });
});
