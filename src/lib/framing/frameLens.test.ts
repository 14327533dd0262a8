import { describe, expect, it } from 'vitest';
import cameras from '../../../scenes/cameras.json';
import type { Body, LensSet } from '../camera/types';
import { equivalentFocal } from '../camera/fov';
import { focalForEquivalent, nearestFocal, pickLensSet, setHasFocal, stepFocal } from './frameLens';

const bodies = cameras.bodies as unknown as Body[];
const lenses = cameras.lenses as unknown as LensSet[];
const body = (id: string) => bodies.find((b) => b.id === id)!;
const lens = (id: string) => lenses.find((l) => l.id === id)!;

describe('lens sets', () => {
  it('picks the preferred set, else one with the focal length, never a phone lens on a cinema body', () => {
    expect(pickLensSet(lenses, body('arri-alexa-35'), 35, 'cooke-s4i')?.id).toBe('cooke-s4i');
    expect(pickLensSet(lenses, body('arri-alexa-35'), 47, null)?.id).toBe('arri-signature-prime');
    expect(pickLensSet(lenses, body('arri-alexa-35'), 100, 'phone-main-lens')?.id).toBe('cooke-s4i');
    expect(pickLensSet(lenses, body('phone-main'), 35, 'cooke-s4i')?.id).toBe('phone-main-lens');
  });

  it('zooms offer their whole range', () => {
    expect(setHasFocal(lens('arri-signature-zoom-24-75'), 33.3)).toBe(true);
    expect(setHasFocal(lens('arri-signature-zoom-24-75'), 80)).toBe(false);
    expect(setHasFocal(lens('cooke-s4i'), 33)).toBe(false);
  });

  it('steps through primes and along zooms', () => {
    const s4 = lens('cooke-s4i');
    expect(stepFocal(s4, 35, 1)).toBe(40);
    expect(stepFocal(s4, 35, -1)).toBe(32);
    expect(stepFocal(s4, 33.3, -1)).toBe(32);
    expect(stepFocal(s4, 300, 1)).toBe(300);
    expect(stepFocal(s4, 12, -1)).toBe(12);
    const z = lens('arri-signature-zoom-24-75');
    expect(stepFocal(z, 35, 1)).toBe(36);
    expect(stepFocal(z, 35.5, -1)).toBe(35);
    expect(stepFocal(z, 75, 1)).toBe(75);
  });

  it('nearest focal length and the same picture on another body', () => {
    expect(nearestFocal(lens('cooke-s4i'), 30)).toBe(32);
    expect(nearestFocal(lens('arri-signature-zoom-24-75'), 100)).toBe(75);
    const f = focalForEquivalent(body('bmpcc-6k'), 'portrait', 35);
    expect(equivalentFocal(body('bmpcc-6k'), f, 'portrait')).toBeCloseTo(35, 9);
  });
});
