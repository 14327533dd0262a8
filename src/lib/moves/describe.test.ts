import { describe, expect, it } from 'vitest';
import { describeMove } from './describe';
import { buildPreset } from './presets';
import { withHandheld } from './presets';
import type { MoveSample } from './types';

const start: MoveSample = { pose: { x: 1, y: 1.6, z: 4, yaw: 0.4, pitch: 0, roll: 0 }, focalMm: 35, focusM: 3 };
const kind = (id: Parameters<typeof buildPreset>[0], amount: number) => describeMove(buildPreset(id, { start, amount, duration: 2 }));

describe('describeMove', () => {
  it('names every preset as an operator would', () => {
    expect(kind('push-in', 1)).toEqual(['push-in']);
    expect(kind('pull-out', 1)).toEqual(['pull-out']);
    expect(kind('truck-left', 1)).toEqual(['truck-left']);
    expect(kind('truck-right', 1)).toEqual(['truck-right']);
    expect(kind('crane-up', 1)).toEqual(['crane-up']);
    expect(kind('crane-down', 0.5)).toEqual(['crane-down']);
    expect(kind('pan-left', 30)).toEqual(['pan-left']);
    expect(kind('pan-right', 30)).toEqual(['pan-right']);
    expect(kind('tilt-up', 10)).toEqual(['tilt-up']);
    expect(kind('tilt-down', 10)).toEqual(['tilt-down']);
    expect(kind('arc-left', 90)).toEqual(['arc']);
    expect(kind('arc-right', 45)).toEqual(['arc']);
    // A dolly zoom to a longer lens pulls the camera back while it zooms in.
    expect(kind('dolly-zoom', 70)).toEqual(['pull-out', 'zoom-in']);
  });

  it('a still camera is static, hand-held is added on a move', () => {
    expect(describeMove({ keyframes: [], handheld: null })).toEqual(['static']);
    expect(describeMove(withHandheld(buildPreset('push-in', { start, amount: 1, duration: 2 }), 3, 0.5))).toEqual(['push-in', 'handheld']);
  });
});
