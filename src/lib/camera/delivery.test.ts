import { describe, expect, it } from 'vitest';
import { bestDelivery, deliveryCheck } from './delivery';

const UHD = { width: 3840, height: 2160 };
const HD = { width: 1920, height: 1080 };

describe('deliveryCheck against 1080 × 1920', () => {
  it('UHD cropped: 2160 · 9/16 = 1215 → 1215 × 2160, enough (scale 1.125)', () => {
    expect(deliveryCheck(UHD, 'crop')).toEqual({ width: 1215, height: 2160, ok: true, scale: 1.125 });
  });
  it('HD cropped: 1080 · 9/16 = 607.5 → 607 × 1080, not enough', () => {
    const r = deliveryCheck(HD, 'crop');
    expect(r).toMatchObject({ width: 607, height: 1080, ok: false });
    expect(r.scale).toBeCloseTo(607 / 1080, 12);
  });
  it('UHD with the camera on its side: 2160 × 3840, twice the target', () => {
    expect(deliveryCheck(UHD, 'portrait')).toEqual({ width: 2160, height: 3840, ok: true, scale: 2 });
  });
  it('HD on its side is exactly 1080 × 1920', () => {
    expect(deliveryCheck(HD, 'portrait')).toEqual({ width: 1080, height: 1920, ok: true, scale: 1 });
  });
  it('ALEXA 35 open gate 4608 × 3164: crop 1779 × 3164, portrait 2592 × 4608', () => {
    expect(deliveryCheck({ width: 4608, height: 3164 }, 'crop')).toMatchObject({ width: 1779, height: 3164, ok: true });
    expect(deliveryCheck({ width: 4608, height: 3164 }, 'portrait')).toMatchObject({ width: 2592, height: 4608, ok: true });
  });
  it('KOMODO 6144 × 3240 on its side is height-limited: 3240 × 5760', () => {
    expect(deliveryCheck({ width: 6144, height: 3240 }, 'portrait')).toMatchObject({ width: 3240, height: 5760 });
  });
  it('a 2160 × 3840 delivery rejects a UHD crop', () => {
    const r = deliveryCheck(UHD, 'crop', { width: 2160, height: 3840 });
    expect(r.ok).toBe(false);
    expect(r.scale).toBeCloseTo(0.5625, 12);
  });
});

describe('bestDelivery', () => {
  it('picks the recording with the most pixels for the frame', () => {
    const body = {
      recording: [
        { id: 'hd', label: 'HD', ...HD },
        { id: 'uhd', label: 'UHD', ...UHD },
      ],
    };
    expect(bestDelivery(body, 'crop')).toMatchObject({ recordingId: 'uhd', width: 1215, ok: true });
    expect(bestDelivery({ recording: [body.recording[0]!] }, 'crop')).toMatchObject({ recordingId: 'hd', ok: false });
  });
});
