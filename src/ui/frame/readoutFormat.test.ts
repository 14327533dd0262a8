import { describe, expect, it } from 'vitest';
import { frameFov } from '../../lib/camera/fov';
import { makePose } from '../../lib/motion/pose';
import { computeLive, formatFocal, formatFov, formatMetres, formatSignedDeg, makeLiveValues, shotName } from './readoutFormat';

describe('readout formatting', () => {
  it('writes focal lengths, fields of view, angles and heights', () => {
    expect(formatFocal(35)).toBe('35 mm');
    expect(formatFocal(6.9)).toBe('6.9 mm');
    expect(formatFocal(33.33)).toBe('33.3 mm');
    expect(formatFov(33.749)).toBe('33.7°');
    expect(formatFov(54.4)).toBe('54.4°');
    expect(formatSignedDeg(2.46)).toBe('+2.5°');
    expect(formatSignedDeg(-0.04)).toBe('0.0°');
    expect(formatSignedDeg(-3.21)).toBe('−3.2°');
    expect(formatMetres(1.5)).toBe('1.50 m');
    expect(formatMetres(-0.001)).toBe('0.00 m');
    expect(shotName('medium', 'zh')).toBe('中近景');
    expect(shotName('medium', 'en')).toBe('Medium shot');
    expect(shotName(null, 'en')).toBe('—');
  });

  it('computes live values: height over the floor, angles, distance and shot size of the selected figure', () => {
    const fov = frameFov({ sensor: { width: 36, height: 24, mode: 'ff' } }, 35, 'portrait');
    const v = computeLive(makePose(0, 0.875 + 0.45, 0, 0, 0.1), 0.45, fov.vfovDeg, null, makeLiveValues());
    expect(v.heightM).toBeCloseTo(0.875, 12);
    expect(v.tiltDeg).toBeCloseTo(5.7296, 3);
    expect(v.shot).toBeNull();
    expect(v.hasFigure).toBe(false);
    computeLive(makePose(0, 0.875, 0), 0, fov.vfovDeg, { position: [0, 0, -2], kind: 'adult-175', pose: 'standing' }, v);
    expect(v.shot).toBe('full');
    expect(v.distanceM).toBeCloseTo(2, 12);
    expect(v.hidden).toBe(false);
    // A desk hides everything below the chest (joints 0–5 of figureVisibility.ts's JOINTS): a medium close-up, partly hidden.
    computeLive(makePose(0, 0.875, 0), 0, fov.vfovDeg, { position: [0, 0, -2], kind: 'adult-175', pose: 'standing' }, v, 0b11111000000);
    expect(v.shot).toBe('medium-close-up');
    expect(v.hidden).toBe(true);
    expect(computeLive(makePose(0, 5, 0), null, 50, null, v).heightM).toBeNull();
    expect(v.hidden).toBe(false);
  });
});
