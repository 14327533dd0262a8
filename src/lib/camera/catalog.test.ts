/** The camera catalog (scenes/cameras.json) checked against the schema and against the math. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CameraCatalog } from '../../data/schema';
import { validate } from '../../data/validate';
import { deliveryCheck } from './delivery';
import { frameFov } from './fov';

const FILE = 'scenes/cameras.json';
const raw: unknown = JSON.parse(readFileSync(new URL('../../../scenes/cameras.json', import.meta.url), 'utf8'));
const result = validate(CameraCatalog, raw, FILE);
if (!result.ok) throw new Error(`${FILE} is invalid: ${JSON.stringify(result.problems, null, 2)}`);
const catalog = result.value;
const body = (id: string) => {
  const b = catalog.bodies.find((x) => x.id === id);
  if (!b) throw new Error(`no body ${id}`);
  return b;
};

describe('scenes/cameras.json', () => {
  it('names its schema and holds exactly the agreed bodies', () => {
    expect((raw as { $schema?: string }).$schema).toBe('./schema/cameras.schema.json');
    expect(catalog.bodies.map((b) => b.id)).toEqual([
      'arri-alexa-35',
      'arri-alexa-mini-lf',
      'sony-venice-2',
      'sony-fx3',
      'red-komodo-6k',
      'bmpcc-6k',
      'phone-main',
    ]);
  });
  it('has unique lens ids, ascending focal lengths and two-ended zooms', () => {
    expect(new Set(catalog.lenses.map((l) => l.id)).size).toBe(catalog.lenses.length);
    for (const l of catalog.lenses) {
      const sorted = [...l.focalLengths].sort((a, b) => a - b);
      expect(l.focalLengths).toEqual(sorted);
      if (l.kind === 'zoom') expect(l.focalLengths).toHaveLength(2);
    }
  });
  it('every recording is pixels across the same area: its aspect matches the sensor within 0.5 %', () => {
    for (const b of catalog.bodies) {
      const sensorAspect = b.sensor.width / b.sensor.height;
      for (const r of b.recording) expect([b.id, r.id, Math.abs(r.width / r.height / sensorAspect - 1) < 0.005]).toEqual([b.id, r.id, true]);
    }
  });
  it('only the phone is representative, and only the phone lens is tied to a body', () => {
    expect(catalog.bodies.filter((b) => b.representative).map((b) => b.id)).toEqual(['phone-main']);
    const tied = catalog.lenses.filter((l) => l.forBodies);
    expect(tied.map((l) => [l.kind, l.forBodies])).toEqual([['fixed', ['phone-main']]]);
    expect(tied[0]!.focalLengths[0]).toBeGreaterThan(6);
    expect(tied[0]!.focalLengths[0]).toBeLessThan(8);
  });
  it('ALEXA 35 portrait with 35 mm: 25.35° × 43.59°', () => {
    const r = frameFov(body('arri-alexa-35'), 35, 'portrait');
    expect(r.hfovDeg).toBeCloseTo(25.352, 3);
    expect(r.vfovDeg).toBeCloseTo(43.5887, 3);
  });
  it('KOMODO crop with 24 mm: 18.97° × 33.09°', () => {
    const r = frameFov(body('red-komodo-6k'), 24, 'crop');
    expect(r.hfovDeg).toBeCloseTo(18.974, 3);
    expect(r.vfovDeg).toBeCloseTo(33.0916, 3);
  });
  it('every cinema body delivers 1080 × 1920 in either orientation; the FX3 in HD crop does not', () => {
    for (const b of catalog.bodies.filter((x) => x.kind === 'cinema')) {
      for (const o of ['portrait', 'crop'] as const) expect([b.id, o, deliveryCheck(b.recording[0]!, o).ok]).toEqual([b.id, o, true]);
    }
    const hd = body('sony-fx3').recording.find((r) => r.id === 'hd')!;
    expect(deliveryCheck(hd, 'crop').ok).toBe(false);
  });
});
