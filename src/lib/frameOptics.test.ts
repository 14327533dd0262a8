import { describe, expect, it } from 'vitest';
import cameras from '../../scenes/cameras.json';
import type { CameraCatalog } from '../data/schema';
import { frameFov } from './camera/fov';
import { FALLBACK_BODY, computeOptics } from './frameOptics';

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
