/**
 * The set kit: a fixture layout using every kit prop and every layout feature compiles to a
 * valid, reproducible glb with the node contract, derived floors and collision, and a bake
 * that darkens what is occluded and nothing else.
 */
import { readFileSync } from 'node:fs';
import validator from 'gltf-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseLayout } from '../../../src/data/layout/check.ts';
import { KIT_IDS } from '../../../src/data/layout/kit.ts';
import type { Layout } from '../../../src/data/layout/schema.ts';
import type { Part } from '../core/builder.ts';
import { collisionsAt, floorBelow, inspectGlb, type ModelInfo } from '../core/inspect.ts';
import { writeSet } from '../core/write.ts';
import { TriGrid, bakeParts } from './bake.ts';
import { compileLayout } from './compile.ts';
import { patchModel } from '../catalogPatch.ts';
import { PROPS } from './props/index.ts';

const FILE = 'models/generator/kit/fixtures/every-feature.json';
const raw = JSON.parse(readFileSync(new URL('./fixtures/every-feature.json', import.meta.url), 'utf8')) as unknown;
let layout: Layout;
let glb: Uint8Array;
let info: ModelInfo;

beforeAll(async () => {
  const parsed = parseLayout(raw, FILE);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  layout = parsed.value;
  glb = (await writeSet(compileLayout(layout).builder)).glb;
  info = await inspectGlb(glb);
}, 120_000);

describe('the set kit', () => {
  it('has a builder for every kit id and the fixture places every one', () => {
    expect(Object.keys(PROPS).sort()).toEqual([...KIT_IDS].sort());
    expect(new Set(layout.props.map((p) => p.kit))).toEqual(new Set(KIT_IDS));
  });

  it('compiles byte for byte the same twice', async () => {
    const again = (await writeSet(compileLayout(layout).builder)).glb;
    expect(Buffer.compare(Buffer.from(again), Buffer.from(glb))).toBe(0);
  }, 120_000);

  it('passes the Khronos validator and follows the node contract', async () => {
    const report = await validator.validateBytes(glb, { maxIssues: 100 });
    expect(report.issues.numErrors).toBe(0);
    expect(info.topLevel).toEqual(['visual', 'ceiling', 'floor', 'collision', 'spawn', 'markers']);
    expect([...info.markers.keys()].sort()).toEqual(['block', 'chairs', 'pit', 'round-table', 'table']);
    expect(info.drawCalls).toBeLessThanOrEqual(100);
  });

  it('derives floors: the L-shaped room, the dais, the steps, the pit and the stair', () => {
    expect(floorBelow(info, -3, 3, 1)).toBeCloseTo(0, 3); // yard (open sky)
    expect(floorBelow(info, 3, 3, 1)).toBeCloseTo(0, 3);
    expect(floorBelow(info, 3, -3, 1)).toBeCloseTo(0.45, 3); // dais
    expect(floorBelow(info, 4, -1.5, 1)).toBeCloseTo(0.15, 3); // first step
    expect(floorBelow(info, -4, -2, 1)).toBeCloseTo(-0.6, 3); // pit floor
    expect(floorBelow(info, 5.3, -2.1 - 0.27 * 5.5, 3)).toBeCloseTo(1.65, 3); // top tread of the stair on the dais
    expect(floorBelow(info, -5.5, 4.3, 1)).toBeCloseTo(0, 3); // an extra floor from "walk"
  });

  it('derives collision from walls (with openings) and props', () => {
    expect(collisionsAt(info, [3, 1.5, -4.1]).length).toBeGreaterThan(0); // the window's glass
    expect(collisionsAt(info, [3, 2.7, -4.1])).toEqual([]); // the wall above it is out of reach
    expect(collisionsAt(info, [3, 0.5, -4.1]).length).toBeGreaterThan(0); // below its sill
    expect(collisionsAt(info, [6.045, 1, 0]).length).toBeGreaterThan(0); // the door leaf
    expect(collisionsAt(info, [-6.1, 1, -2.5])).toEqual([]); // through the arch
    expect(collisionsAt(info, [-1, 0.5, -2]).length).toBeGreaterThan(0); // the table
    expect(collisionsAt(info, [1.2, 2.9, -0.5])).toEqual([]); // the chandelier: collide false
    expect(collisionsAt(info, [5.5, 0.5, 3.9]).length).toBeGreaterThan(0); // an extra blocker
  });
});

describe('the bake', () => {
  it('darkens a floor under a table and leaves open floor near white', () => {
    const grid = new TriGrid([-3, 0.5, -3, 3, 0.5, -3, 0, 0.5, 3]);
    const part: Part = {
      material: { name: 'm', color: '#ffffff', roughness: 1 },
      position: new Float32Array([0, 0, -1, 5, 0, 5]),
      normal: new Float32Array([0, 1, 0, 0, 1, 0]),
      uv: null,
      index: new Uint32Array([0, 1, 0]),
    };
    bakeParts([part], grid, { ao: true, lights: [], distance: 0.9 });
    const [under, open] = [part.color![0]!, part.color![3]!];
    expect(under).toBeLessThan(open - 0.2);
    expect(open).toBeGreaterThan(0.75);
    const lit = { ...part, color: undefined };
    bakeParts([lit], grid, { ao: false, lights: [{ at: [5, 1, 5], color: [1, 1, 1], intensity: 1, radius: 3 }], distance: 0.9 });
    expect(lit.color![3]!).toBeGreaterThan(lit.color![0]!);
  });

  it('writes vertex colours within 0–1 on the kit set', () => {
    const prims = info.doc.getRoot().listMeshes().flatMap((m) => m.listPrimitives());
    const coloured = prims.filter((p) => p.getAttribute('COLOR_0'));
    expect(coloured.length).toBeGreaterThan(5);
  });
});

describe('patchModel', () => {
  it('replaces only the model value and keeps the rest of the text', () => {
    const text = '{\n  "id": "x",\n  "model": null,\n  "hotspots": [ { "id": "a" } ]\n}\n';
    const out = patchModel(text, { file: 'models/x.glb', bytes: 10, spawn: { position: [0, 0, 1], yawDeg: 0, pitchDeg: 0 } });
    expect(out.startsWith('{\n  "id": "x",\n  "model": {\n    "file": "models/x.glb",\n    "bytes": 10,')).toBe(true);
    expect(out.endsWith('  },\n  "hotspots": [ { "id": "a" } ]\n}\n')).toBe(true);
    const again = patchModel(out, { file: 'models/x.glb', bytes: 12, spawn: { position: [0, 0, 1], yawDeg: 0, pitchDeg: 0 } });
    expect(JSON.parse(again)).toMatchObject({ id: 'x', model: { bytes: 12 }, hotspots: [{ id: 'a' }] });
  });
});

describe('the residential props', () => {
  it('climb the curved stair: a mid tread is a floor at its height, in set coordinates', () => {
    // The fixture's curved stair: origin (−2.5, 0, 3.8), inner radius 0.4, width 0.8, 6 steps rising 1 m over 90°.
    const a = ((2.5 / 6) * Math.PI) / 2; // the middle of tread 3 (index 2)
    const x = -2.5 + 0.8 * Math.cos(a);
    const z = 3.8 - 0.8 * Math.sin(a);
    expect(floorBelow(info, x, z, 2)).toBeCloseTo(0.5, 3);
    expect(collisionsAt(info, [x, 1, z])).toEqual([]); // the tread itself is walked on, not a wall
  });

  it('stop a walker at the fireplace surround but not at a wall lamp', () => {
    expect(collisionsAt(info, [-4.6, 0.5, -3.6]).length).toBeGreaterThan(0);
    expect(collisionsAt(info, [-5.75, 1.9, 0])).toEqual([]);
  });

  it('have sane footprints that hold their collision boxes, and build the same twice', async () => {
    const { materialLibrary } = await import('./materials.ts');
    const { SetBuilder } = await import('../core/builder.ts');
    const { kitParams } = await import('../../../src/data/layout/kit.ts');
    for (const id of ['fireplace', 'wall-lamp', 'curved-stair'] as const) {
      const run = () => {
        const b = new SetBuilder('t', 't');
        let shape: ReturnType<(typeof PROPS)[string]> | null = null;
        const prop = b.prop(id, (pb) => (shape = PROPS[id]!(pb, kitParams(id), materialLibrary())));
        return { shape: shape!, parts: prop.parts };
      };
      const { shape, parts } = run();
      const [x0, z0, x1, z1] = shape.footprint;
      expect(x1 - x0, id).toBeGreaterThan(0.1);
      expect(z1 - z0, id).toBeGreaterThan(0.1);
      for (const c of shape.collide ?? []) {
        expect(c.min[0], id).toBeGreaterThanOrEqual(x0 - 1e-6);
        expect(c.max[0], id).toBeLessThanOrEqual(x1 + 1e-6);
        expect(c.min[2], id).toBeGreaterThanOrEqual(z0 - 1e-6);
        expect(c.max[2], id).toBeLessThanOrEqual(z1 + 1e-6);
        for (let k = 0; k < 3; k++) expect(c.max[k]!, id).toBeGreaterThan(c.min[k]!);
      }
      expect(parts.length, id).toBeGreaterThan(0);
      const again = run();
      expect(again.shape).toEqual(shape);
      expect(again.parts.map((p) => Array.from(p.position))).toEqual(parts.map((p) => Array.from(p.position)));
    }
    const stair = run2('curved-stair');
    expect(stair.floors!.length).toBe(20);
    expect(Math.max(...stair.floors!.flatMap((t) => [t[1]!, t[4]!, t[7]!]))).toBeCloseTo(3.6, 6);
    function run2(id: 'curved-stair') {
      let shape: ReturnType<(typeof PROPS)[string]> | null = null;
      new SetBuilder('t', 't').prop(id, (pb) => (shape = PROPS[id]!(pb, kitParams(id), materialLibrary())));
      return shape!;
    }
  });
});

describe('the civic props (hospital ward, police station)', () => {
  it('have footprints that hold their collision boxes, with defaults and an open cell door', async () => {
    const { materialLibrary } = await import('./materials.ts');
    const { SetBuilder } = await import('../core/builder.ts');
    const { kitParams } = await import('../../../src/data/layout/kit.ts');
    const cases = [['ward-bed', {}], ['iv-stand', {}], ['patient-monitor', {}], ['patient-monitor', { stand: false }], ['counter', { glass: true }], ['cell-bars', {}], ['cell-bars', { open: true }], ['one-way-mirror', {}], ['notice-board', { stand: true }]] as const;
    for (const [id, given] of cases) {
      let shape: ReturnType<(typeof PROPS)[string]> | null = null;
      const prop = new SetBuilder('t', 't').prop(id, (pb) => (shape = PROPS[id]!(pb, kitParams(id, given), materialLibrary())));
      const [x0, z0, x1, z1] = shape!.footprint;
      expect(prop.parts.length, id).toBeGreaterThan(0);
      for (const c of shape!.collide ?? []) {
        expect(c.min[0], id).toBeGreaterThanOrEqual(x0 - 1e-6);
        expect(c.max[0], id).toBeLessThanOrEqual(x1 + 1e-6);
        expect(c.min[2], id).toBeGreaterThanOrEqual(z0 - 1e-6);
        expect(c.max[2], id).toBeLessThanOrEqual(z1 + 1e-6);
      }
    }
  });

  it('let a walker through an open cell door but not through its bars, its leaf or a one-way mirror', () => {
    // The fixture's bars: centre (4.5, 0, −1), 2 m long, a 0.8 m door in the middle, open (hinged at x = 4.1).
    expect(collisionsAt(info, [4.5, 1, -1])).toEqual([]);
    expect(collisionsAt(info, [3.7, 1, -1]).length).toBeGreaterThan(0);
    expect(collisionsAt(info, [4.1, 1, -0.6]).length).toBeGreaterThan(0);
    // The fixture's one-way mirror: centre (−3, 0, 0.9), its window from 1 m to 2 m.
    expect(collisionsAt(info, [-3, 1.5, 0.9]).length).toBeGreaterThan(0);
  });
});
