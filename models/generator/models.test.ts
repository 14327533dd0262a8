/**
 * The generated models: reproducible bytes, valid glTF, within budget, loadable by three's
 * GLTFLoader + MeshoptDecoder, and carrying the node contract the viewer relies on.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import validator from 'gltf-validator';
import { Texture, type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collisionsAt, floorBelow, inspectGlb, type ModelInfo } from './core/inspect.ts';
import { GENERATOR } from './core/write.ts';
import { generate, REPO_ROOT, SETS } from './index.ts';

const KB = 1024;
const tmp = mkdtempSync(join(tmpdir(), 'setscout-models-'));
const infos = new Map<string, ModelInfo>();
const glbs = new Map<string, Uint8Array>();

beforeAll(async () => {
  const t0 = Date.now();
  await generate(tmp);
  // The whole generator run must stay well inside a minute on two cores.
  expect(Date.now() - t0).toBeLessThan(60_000);
  for (const { id } of SETS) {
    const glb = new Uint8Array(readFileSync(join(REPO_ROOT, 'models', `${id}.glb`)));
    glbs.set(id, glb);
    infos.set(id, await inspectGlb(glb));
  }
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.each(SETS.map((s) => [s.id, s.base] as const))('%s', (id, baseDir) => {
  const info = () => infos.get(id)!;
  const glb = () => glbs.get(id)!;

  it('regenerates byte for byte (glb and catalog entry)', () => {
    const fresh = readFileSync(join(tmp, 'models', `${id}.glb`));
    expect(Buffer.compare(fresh, Buffer.from(glb())), 'models/*.glb is stale: run `npm run models`').toBe(0);
    const json = readFileSync(join(tmp, `scenes/${baseDir}/sets`, `${id}.json`), 'utf8');
    expect(readFileSync(join(REPO_ROOT, `scenes/${baseDir}/sets`, `${id}.json`), 'utf8'), 'the model block is stale: run `npm run models`').toBe(json);
  });

  it('passes the Khronos glTF validator with 0 errors', async () => {
    const report = await validator.validateBytes(glb(), { maxIssues: 500 });
    const errors = report.issues.messages.filter((m: { severity: number }) => m.severity === 0);
    expect(errors).toEqual([]);
    expect(report.issues.numErrors).toBe(0);
  });

  it('stays within the budgets', () => {
    const i = info();
    expect(glb().byteLength).toBeLessThanOrEqual(600 * KB);
    expect(i.drawCalls).toBeLessThanOrEqual(100);
    expect(i.triangles).toBeLessThanOrEqual(300_000);
    for (const t of i.textures) {
      expect(t.width).toBeLessThanOrEqual(1024);
      expect(t.height).toBeLessThanOrEqual(1024);
    }
  });

  it('follows the node contract', () => {
    const i = info();
    expect(i.topLevel).toEqual(['visual', 'ceiling', 'floor', 'collision', 'spawn', 'markers']);
    expect([...i.proxyMaterials]).toEqual(['proxy']);
    expect(i.floorTris.length).toBeGreaterThan(0);
    expect(i.collisionBoxes.length).toBeGreaterThan(0);
    expect(i.markers.size).toBeGreaterThanOrEqual(5);
    for (const [name, m] of i.markers) {
      expect(name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(m.size.every((v) => v > 0)).toBe(true);
    }
    // Read the JSON chunk directly: glTF-Transform's reader stamps its own generator on load.
    const bytes = glb();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const json = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + view.getUint32(12, true)))) as { asset: { generator: string } };
    expect(json.asset.generator).toBe(GENERATOR);
    const extras = i.doc.getRoot().getDefaultScene()!.getExtras() as { setId: string; floorSize: number[] };
    expect(extras.setId).toBe(id);
    const b = i.floorBounds;
    expect(extras.floorSize[0]).toBeCloseTo(b.max[0] - b.min[0], 1);
    expect(extras.floorSize[1]).toBeCloseTo(b.max[2] - b.min[2], 1);
    // Set coordinates: floor centred on the origin in X and Z, lowest walkable level at or below y = 0.
    expect(Math.abs(b.max[0] + b.min[0])).toBeLessThan(0.05);
    expect(Math.abs(b.max[2] + b.min[2])).toBeLessThan(0.05);
    expect(floorBelow(i, 0.01, 0.01) ?? floorBelow(i, 0.01, 0.01, 10)).not.toBeNull();
  });

  it('spawns on a floor proxy, outside every collision box', () => {
    const i = info();
    expect(i.spawn).not.toBeNull();
    const [x, y, z] = i.spawn!.position;
    const f = floorBelow(i, x, z, y);
    expect(f).not.toBeNull();
    expect(Math.abs(f! - y)).toBeLessThan(0.02);
    for (const h of [0.1, 0.9, 1.6]) expect(collisionsAt(i, [x, y + h, z])).toEqual([]);
  });

  it('loads in three.js GLTFLoader with MeshoptDecoder', async () => {
    const loader = new GLTFLoader();
    loader.setMeshoptDecoder(MeshoptDecoder);
    // Node has no image decoding; textures are checked above, so stand them in.
    loader.register(() => ({ name: 'stub-textures', loadTexture: () => Promise.resolve(new Texture()) }));
    const bytes = glb();
    const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const gltf = await new Promise<{ scene: Object3D }>((resolve, reject) => loader.parse(buf, '', resolve, reject));
    for (const name of ['visual', 'ceiling', 'floor', 'collision', 'spawn', 'markers'])
      expect(gltf.scene.getObjectByName(name), name).toBeTruthy();
    let calls = 0;
    let instanced = 0;
    for (const g of ['visual', 'ceiling'])
      gltf.scene.getObjectByName(g)!.traverse((o) => {
        if ((o as { isMesh?: boolean }).isMesh) calls++;
        if ((o as { isInstancedMesh?: boolean }).isInstancedMesh) instanced++;
      });
    expect(calls).toBe(info().drawCalls);
    expect(instanced).toBeGreaterThan(0);
  });
});
