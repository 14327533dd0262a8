import { describe, expect, it } from 'vitest';
import { frameCount, timecode } from './animatic';

describe('animatic frames', () => {
  it('gives round(duration · fps) frames, at least one', () => {
    expect(frameCount(1, 24)).toBe(24);
    expect(frameCount(2.5, 30)).toBe(75);
    expect(frameCount(1.02, 25)).toBe(26);
    expect(frameCount(0, 24)).toBe(1);
  });

  it('writes timecode as HH:MM:SS:FF', () => {
    expect(timecode(0, 24)).toBe('00:00:00:00');
    expect(timecode(23, 24)).toBe('00:00:00:23');
    expect(timecode(24, 24)).toBe('00:00:01:00');
    expect(timecode(25 * 61 + 3, 25)).toBe('00:01:01:03');
    expect(timecode(30 * 3600, 30)).toBe('01:00:00:00');
  });
});
