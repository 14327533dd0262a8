/** Shots for the tests of this folder (not shipped: only the tests import it). */
import type { Shot } from './shot';

export function makeShot(over: Partial<Shot> = {}): Shot {
  return {
    id: 's-1',
    setId: 'courtroom',
    name: '镜头 1',
    note: '',
    createdAt: '2025-06-01T09:30:00.000Z',
    camera: { position: [0.35, 1.25, -3.3], yawDeg: 5.5, pitchDeg: 17.4, rollDeg: 0 },
    body: 'arri-alexa-35',
    lens: 32,
    orient: 'portrait',
    hfovDeg: 35.17,
    vfovDeg: 58.63,
    shotSize: 'medium',
    figures: [{ kind: 'adult-175', pose: 'seated', position: [0, 0.45, -6.95], yawDeg: 180 }],
    presetId: null,
    still: { width: 1080, height: 1920, type: 'image/png' },
    move: null,
    ...over,
  };
}
