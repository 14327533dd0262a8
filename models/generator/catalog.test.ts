/**
 * The catalog entries of the generated sets agree with their models: dimensions are the
 * measured floor, hotspots point at markers, the spawn matches, and every tour or shot
 * camera stands inside the set, above a floor and outside the collision proxies.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SetEntry } from '../../src/data/schema.ts';
import type { Vec3 } from './core/builder.ts';
import { FIGURE_HEIGHTS_M, posedHeight } from '../../src/lib/camera/shotSize.ts';
import { collisionsAlong, collisionsAt, floorBelow, inspectGlb, type ModelInfo } from './core/inspect.ts';
import { REPO_ROOT, SETS } from './index.ts';

const read = (p: string) => JSON.parse(readFileSync(join(REPO_ROOT, p), 'utf8')) as Record<string, unknown>;
const index = read('scenes/index.json') as { categories: { id: string }[]; eras: { id: string }[]; genres: { id: string }[] };
const cameras = read('scenes/cameras.json') as { bodies: { id: string }[] };

describe.each(SETS.map((s) => [s.id, s.base] as const))('%s catalog entry', (id, baseDir) => {
  const file = `scenes/${baseDir}/sets/${id}.json`;
  const entry = SetEntry.parse(read(file));
  let info: ModelInfo;
  beforeAll(async () => {
    info = await inspectGlb(new Uint8Array(readFileSync(join(REPO_ROOT, entry.model!.file))));
  }, 60_000);

  it('names its own id, model file and exact size', () => {
    expect(entry.id).toBe(id);
    expect(entry.model?.file).toBe(`models/${id}.glb`);
    expect(entry.model?.bytes).toBe(statSync(join(REPO_ROOT, entry.model!.file)).size);
    expect(entry.$schema).toBe('../../schema/set.schema.json');
  });

  it('uses taxonomy, camera and drama ids that exist', () => {
    expect(index.categories.map((c) => c.id)).toContain(entry.category);
    expect(index.eras.map((c) => c.id)).toContain(entry.era);
    for (const g of entry.genres) expect(index.genres.map((c) => c.id)).toContain(g);
    for (const s of entry.shots) expect(cameras.bodies.map((b) => b.id)).toContain(s.body);
    const basePath = join(REPO_ROOT, `scenes/${baseDir}/base.json`);
    if (existsSync(basePath)) {
      const base = JSON.parse(readFileSync(basePath, 'utf8')) as { dramas?: { id: string }[]; sets?: string[] };
      for (const d of entry.dramas.ids) expect(base.dramas?.map((x) => x.id)).toContain(d);
      expect(base.sets).toContain(`sets/${id}.json`);
    }
  });

  it('has width × depth equal to the floor proxies’ bounds (within 1 %)', () => {
    const b = info.floorBounds;
    const w = b.max[0] - b.min[0];
    const d = b.max[2] - b.min[2];
    expect(Math.abs(entry.dimensions.width - w) / w).toBeLessThanOrEqual(0.01);
    expect(Math.abs(entry.dimensions.depth - d) / d).toBeLessThanOrEqual(0.01);
  });

  it('has a spawn matching the spawn node', () => {
    const s = entry.model!.spawn!;
    for (let k = 0; k < 3; k++) expect(s.position[k]).toBeCloseTo(info.spawn!.position[k]!, 2);
    expect(s.yawDeg).toBeCloseTo(info.spawn!.yawDeg, 1);
  });

  it('points every hotspot at a marker, at the marker’s position', () => {
    expect(entry.hotspots.length).toBeGreaterThanOrEqual(5);
    for (const h of entry.hotspots) {
      const m = info.markers.get(h.node ?? '');
      expect(m, `marker ${h.node}`).toBeTruthy();
      for (let k = 0; k < 3; k++) expect(h.position[k]).toBeCloseTo(m!.position[k]!, 2);
    }
    const ids = new Set(entry.hotspots.map((h) => h.id));
    for (const stop of entry.tour) if (stop.hotspot) expect(ids).toContain(stop.hotspot);
  });

  it('has 4+ tour stops and 3+ shots with cameras inside the set, above a floor, clear of collision', () => {
    expect(entry.tour.length).toBeGreaterThanOrEqual(4);
    expect(entry.shots.length).toBeGreaterThanOrEqual(3);
    const b = info.floorBounds;
    const check = (label: string, p: Vec3) => {
      expect(p[0], label).toBeGreaterThan(b.min[0]);
      expect(p[0], label).toBeLessThan(b.max[0]);
      expect(p[2], label).toBeGreaterThan(b.min[2]);
      expect(p[2], label).toBeLessThan(b.max[2]);
      const f = floorBelow(info, p[0], p[2], p[1]);
      expect(f, `${label}: floor below`).not.toBeNull();
      expect(p[1] - f!, `${label}: height above floor`).toBeGreaterThan(0.5);
      expect(collisionsAt(info, p), `${label}: inside collision`).toEqual([]);
      return p[1] - f!;
    };
    for (const s of entry.tour) check(`tour ${s.id}`, s.camera.position as Vec3);
    for (const s of entry.shots) {
      const h = check(`shot ${s.id}`, s.camera.position as Vec3);
      expect(Math.abs(s.camera.pitchDeg)).toBeLessThan(45);
      expect(h, `shot ${s.id}: camera height`).toBeGreaterThanOrEqual(1.2);
      expect(h, `shot ${s.id}: camera height`).toBeLessThanOrEqual(1.8);
      for (const f of s.figures) {
        const below = floorBelow(info, f.position[0], f.position[2], f.position[1]);
        expect(below, `shot ${s.id}: figure on a floor`).not.toBeNull();
        expect(Math.abs(below! - f.position[1]), `shot ${s.id}: figure on the floor`).toBeLessThan(0.05);
        // The camera sees the figure's face: nothing solid (a bench front, a wall) stands between.
        const eyes: Vec3 = [f.position[0], f.position[1] + posedHeight(FIGURE_HEIGHTS_M[f.kind], f.pose) - 0.12, f.position[2]];
        const seat: Vec3 = [f.position[0], f.position[1] + 0.3, f.position[2]];
        expect(collisionsAlong(info, s.camera.position as Vec3, eyes, [seat]), `shot ${s.id}: figure ${f.kind} hidden from the camera`).toEqual([]);
      }
    }
  });
});
