/**
 * Turns a SetBuilder into an optimised glb: one node per part under `visual` / `ceiling`,
 * props as shared meshes, then glTF-Transform does the work — dedup, instance (→
 * EXT_mesh_gpu_instancing), join by material, weld — and finally the proxies, markers and
 * spawn are added and everything is quantised and meshopt-compressed.
 */
import { Document, Logger, NodeIO, type Material, type Mesh, type Node, type Texture } from '@gltf-transform/core';
import { ALL_EXTENSIONS, KHRMaterialsEmissiveStrength } from '@gltf-transform/extensions';
import { dedup, instance, join, meshopt, prune, weld } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import type { Box, Group, MaterialSpec, Part, SetBuilder, Vec3 } from './builder.ts';
import { round } from './builder.ts';

export const GENERATOR = 'SetScout model generator';

/** Warnings only, minus quantize()'s note that tiling UVs (outside 0–1) stay float: that is intended. */
class QuietLogger extends Logger {
  override warn(text: string): void {
    if (!text.includes('out of [0,1] range')) super.warn(text);
  }
}

export async function createIO(): Promise<NodeIO> {
  await MeshoptEncoder.ready;
  await MeshoptDecoder.ready;
  return new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder });
}

function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function linear(hexColor: string): [number, number, number] {
  const n = parseInt(hexColor.slice(1), 16);
  return [srgbToLinear(((n >> 16) & 255) / 255), srgbToLinear(((n >> 8) & 255) / 255), srgbToLinear((n & 255) / 255)];
}

/** Concatenates parts that share one material into a single set of arrays. */
function concat(parts: Part[]): { position: Float32Array; normal: Float32Array; uv: Float32Array | null; index: Uint32Array; color: Float32Array | null } {
  let nv = 0;
  let ni = 0;
  for (const p of parts) {
    nv += p.position.length / 3;
    ni += p.index.length;
  }
  const position = new Float32Array(nv * 3);
  const normal = new Float32Array(nv * 3);
  const uv = parts[0]!.uv ? new Float32Array(nv * 2) : null;
  const index = new Uint32Array(ni);
  const color = parts.some((p) => p.color) ? new Float32Array(nv * 3).fill(1) : null;
  let ov = 0;
  let oi = 0;
  for (const p of parts) {
    position.set(p.position, ov * 3);
    normal.set(p.normal, ov * 3);
    if (uv && p.uv) uv.set(p.uv, ov * 2);
    if (color && p.color) color.set(p.color, ov * 3);
    for (let i = 0; i < p.index.length; i++) index[oi + i] = p.index[i]! + ov;
    ov += p.position.length / 3;
    oi += p.index.length;
  }
  return { position, normal, uv, index, color };
}

export interface WriteResult {
  glb: Uint8Array;
  floorSize: [number, number];
}

export async function writeSet(b: SetBuilder): Promise<WriteResult> {
  const doc = new Document().setLogger(new QuietLogger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = GENERATOR;
  const buffer = doc.createBuffer();
  const scene = doc.createScene(b.id);
  doc.getRoot().setDefaultScene(scene);

  let emissiveStrength: KHRMaterialsEmissiveStrength | null = null;
  const textures = new Map<string, Texture>();
  const materials = new Map<string, Material>();
  const specs = new Map<string, MaterialSpec>();
  const material = (spec: MaterialSpec): Material => {
    const known = specs.get(spec.name);
    if (known && known !== spec) throw new Error(`two different materials named ${spec.name}`);
    let m = materials.get(spec.name);
    if (m) return m;
    m = doc
      .createMaterial(spec.name)
      .setBaseColorFactor([...linear(spec.color), spec.opacity ?? 1])
      .setRoughnessFactor(spec.roughness)
      .setMetallicFactor(spec.metalness ?? 0)
      .setDoubleSided(spec.doubleSided ?? false);
    if (spec.opacity !== undefined && spec.opacity < 1) m.setAlphaMode('BLEND');
    if (spec.alphaCutoff !== undefined) m.setAlphaMode('MASK').setAlphaCutoff(spec.alphaCutoff);
    if (spec.map) {
      const img = spec.map();
      let t = textures.get(img.name);
      if (!t) {
        t = doc.createTexture(img.name).setImage(img.png).setMimeType('image/png').setURI(`${img.name}.png`);
        textures.set(img.name, t);
      }
      m.setBaseColorTexture(t);
      if (spec.emissiveMap) m.setEmissiveTexture(t);
    }
    if (spec.emissive) {
      m.setEmissiveFactor(linear(spec.emissive));
      if (spec.emissiveStrength && spec.emissiveStrength !== 1) {
        emissiveStrength ??= doc.createExtension(KHRMaterialsEmissiveStrength);
        m.setExtension('KHR_materials_emissive_strength', emissiveStrength.createEmissiveStrength().setEmissiveStrength(spec.emissiveStrength));
      }
    }
    materials.set(spec.name, m);
    specs.set(spec.name, spec);
    return m;
  };

  const primitive = (parts: Part[]) => {
    const a = concat(parts);
    const prim = doc
      .createPrimitive()
      .setMaterial(material(parts[0]!.material))
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(a.position).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(a.normal).setBuffer(buffer))
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(a.index).setBuffer(buffer));
    if (a.uv) prim.setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(a.uv).setBuffer(buffer));
    if (a.color) prim.setAttribute('COLOR_0', doc.createAccessor().setType('VEC3').setArray(a.color).setBuffer(buffer));
    return prim;
  };

  // Rendered groups: one node per part (join() merges them by material below).
  const groups: Record<Group, Node> = {
    visual: doc.createNode('visual'),
    ceiling: doc.createNode('ceiling'),
  };
  scene.addChild(groups.visual).addChild(groups.ceiling);
  for (const g of ['visual', 'ceiling'] as const) {
    b.parts[g].forEach((part, i) => {
      const mesh = doc.createMesh(`${g}-${part.material.name}-${i}`).addPrimitive(primitive([part]));
      groups[g].addChild(doc.createNode(`${g}-${i}`).setMesh(mesh));
    });
  }

  // Props: one mesh (a primitive per material), one node per placement.
  const propMeshes = new Map<string, Mesh>();
  const meshGroup = new Map<Mesh, Group>();
  b.placements.forEach((pl, i) => {
    let mesh = propMeshes.get(pl.prop.name);
    if (!mesh) {
      mesh = doc.createMesh(pl.prop.name);
      const byMat = new Map<string, Part[]>();
      for (const p of pl.prop.parts) byMat.set(p.material.name, [...(byMat.get(p.material.name) ?? []), p]);
      for (const parts of byMat.values()) mesh.addPrimitive(primitive(parts));
      propMeshes.set(pl.prop.name, mesh);
      meshGroup.set(mesh, pl.group);
    } else if (meshGroup.get(mesh) !== pl.group) throw new Error(`prop ${pl.prop.name} placed in two groups`);
    const half = pl.yaw / 2;
    groups[pl.group].addChild(
      doc
        .createNode(`${pl.prop.name}-${i}`)
        .setMesh(mesh)
        .setTranslation(pl.position)
        .setRotation([0, Math.sin(half), 0, Math.cos(half)]),
    );
  });

  await doc.transform(dedup(), instance({ min: 2 }), join(), weld());
  // Those transforms prune empty nodes: an open-sky set (a street) has nothing under `ceiling`,
  // but the node contract (§2) still wants the group, so it is put back, empty, in its place.
  for (const g of ['visual', 'ceiling'] as const)
    if (!scene.listChildren().includes(groups[g])) {
      groups[g] = doc.createNode(g);
      scene.addChild(groups[g]);
    }

  // instance() hangs its batches on the scene root; they belong under their group.
  for (const node of scene.listChildren()) {
    const mesh = node.getMesh();
    if (!mesh || !node.getExtension('EXT_mesh_gpu_instancing')) continue;
    const g = meshGroup.get(mesh);
    if (!g) throw new Error('instanced mesh without a group');
    scene.removeChild(node);
    groups[g].addChild(node.setName(mesh.getName()));
  }
  for (const g of ['visual', 'ceiling'] as const)
    for (const node of groups[g].listChildren()) {
      const mesh = node.getMesh();
      if (!mesh || node.getExtension('EXT_mesh_gpu_instancing')) continue;
      const names = mesh.listPrimitives().map((p) => p.getMaterial()?.getName() ?? 'none');
      node.setName(`${g}-${names.join('+')}`);
      mesh.setName(`${g}-${names.join('+')}`);
    }

  // Proxies: hidden by the viewer; one shared unit box, one node per box so every proxy has its own bounds.
  const proxy = doc
    .createMaterial('proxy')
    .setBaseColorFactor([1, 0, 1, 0.35])
    .setAlphaMode('BLEND')
    .setDoubleSided(true)
    .setRoughnessFactor(1)
    .setMetallicFactor(0);
  const unit = unitBox(doc, buffer, proxy);
  const floor = doc.createNode('floor');
  const collision = doc.createNode('collision');
  scene.addChild(floor).addChild(collision);
  const boxNode = (name: string, bx: Box) => {
    const node = doc
      .createNode(name)
      .setMesh(unit)
      .setTranslation(bx.min.map((v, k) => round((v + bx.max[k]!) / 2, 4)) as Vec3)
      .setScale(bx.min.map((v, k) => round(bx.max[k]! - v, 4)) as Vec3);
    if (bx.yaw) node.setRotation([0, round(Math.sin(bx.yaw / 2), 6), 0, round(Math.cos(bx.yaw / 2), 6)]);
    return node;
  };
  b.floors.forEach((f, i) => floor.addChild(boxNode(`floor-${i}`, f)));
  b.ramps.forEach((r, i) => floor.addChild(doc.createNode(`ramp-${i}`).setMesh(quad(doc, buffer, proxy, r, `ramp-${i}`))));
  b.floorMeshes.forEach((t, i) => floor.addChild(doc.createNode(`floor-mesh-${i}`).setMesh(triMesh(doc, buffer, proxy, t, `floor-mesh-${i}`))));
  b.collisions.forEach((c, i) => collision.addChild(boxNode(`collision-${i}`, c)));

  const yaw = (b.spawn.yawDeg * Math.PI) / 180;
  scene.addChild(
    doc
      .createNode('spawn')
      .setTranslation(b.spawn.position)
      .setRotation([0, round(Math.sin(yaw / 2), 6), 0, round(Math.cos(yaw / 2), 6)]),
  );
  const markers = doc.createNode('markers');
  scene.addChild(markers);
  for (const m of b.markers)
    markers.addChild(
      doc
        .createNode(m.name)
        .setTranslation(m.position.map((v) => round(v, 3)) as Vec3)
        .setExtras({ size: m.size.map((v) => round(v, 3)) }),
    );

  const fb = b.floorBounds();
  const floorSize: [number, number] = [round(fb.max[0] - fb.min[0], 3), round(fb.max[2] - fb.min[2], 3)];
  scene.setExtras({
    setId: b.id,
    title: b.title,
    units: 'metres',
    up: 'Y',
    floorSize,
    floorBounds: { min: fb.min.map((v) => round(v, 3)), max: fb.max.map((v) => round(v, 3)) },
  });

  await doc.transform(
    prune({ keepLeaves: true, keepExtras: true }),
    meshopt({ encoder: MeshoptEncoder, level: 'high' }),
  );
  const io = await createIO();
  const glb = await io.writeBinary(doc);
  return { glb, floorSize };
}

type GltfBuffer = ReturnType<Document['createBuffer']>;

/** One mesh of one indexed triangle list: the shape every proxy below shares. */
function indexedMesh(doc: Document, buffer: GltfBuffer, mat: Material, name: string, positions: Float32Array, indices: Uint16Array | Uint32Array): Mesh {
  return doc
    .createMesh(name)
    .addPrimitive(
      doc
        .createPrimitive()
        .setMaterial(mat)
        .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
        .setIndices(doc.createAccessor().setType('SCALAR').setArray(indices).setBuffer(buffer)),
    );
}

function unitBox(doc: Document, buffer: GltfBuffer, mat: Material): Mesh {
  const p: number[] = [];
  for (let i = 0; i < 8; i++) p.push(i & 1 ? 0.5 : -0.5, i & 2 ? 0.5 : -0.5, i & 4 ? 0.5 : -0.5);
  // Outward-facing triangles of the cube whose corners are indexed by the bits (x, y, z).
  const idx = [0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4, 2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5];
  return indexedMesh(doc, buffer, mat, 'proxy-box', new Float32Array(p), new Uint16Array(idx));
}

function quad(doc: Document, buffer: GltfBuffer, mat: Material, c: Vec3[], name: string): Mesh {
  return indexedMesh(doc, buffer, mat, name, new Float32Array(c.flat()), new Uint16Array([0, 1, 2, 0, 2, 3]));
}

function triMesh(doc: Document, buffer: GltfBuffer, mat: Material, flat: number[], name: string): Mesh {
  const n = flat.length / 3;
  return indexedMesh(doc, buffer, mat, name, new Float32Array(flat.map((v) => round(v, 4))), Uint32Array.from({ length: n }, (_, i) => i));
}
