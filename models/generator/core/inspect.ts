/**
 * Reads a generated glb back (NodeIO + every extension + meshopt decoder) and measures what
 * the tests and the report need: draw calls, triangles, textures, proxies, markers, spawn.
 */
import type { Document, Node } from '@gltf-transform/core';
import type { InstancedMesh } from '@gltf-transform/extensions';
import type { Vec3 } from './builder.ts';
import { createIO } from './write.ts';

export interface Aabb {
  min: Vec3;
  max: Vec3;
}

export interface ModelInfo {
  doc: Document;
  topLevel: string[];
  drawCalls: number;
  triangles: number;
  textures: { name: string; width: number; height: number; bytes: number }[];
  floorBounds: Aabb;
  /** World-space triangles of the floor proxies. */
  floorTris: Vec3[][];
  collisionBoxes: Aabb[];
  markers: Map<string, { position: Vec3; size: Vec3 }>;
  spawn: { position: Vec3; yawDeg: number } | null;
  proxyMaterials: Set<string>;
}

function transform(m: number[], p: Vec3): Vec3 {
  return [
    m[0]! * p[0] + m[4]! * p[1] + m[8]! * p[2] + m[12]!,
    m[1]! * p[0] + m[5]! * p[1] + m[9]! * p[2] + m[13]!,
    m[2]! * p[0] + m[6]! * p[1] + m[10]! * p[2] + m[14]!,
  ];
}

function meshTriangles(node: Node): Vec3[][] {
  const mesh = node.getMesh();
  if (!mesh) return [];
  const m = node.getWorldMatrix() as unknown as number[];
  const out: Vec3[][] = [];
  for (const prim of mesh.listPrimitives()) {
    const pos = prim.getAttribute('POSITION');
    if (!pos) continue;
    const idx = prim.getIndices();
    const n = idx ? idx.getCount() : pos.getCount();
    const el: number[] = [];
    for (let i = 0; i + 2 < n; i += 3) {
      const tri: Vec3[] = [];
      for (let k = 0; k < 3; k++) {
        const vi = idx ? idx.getScalar(i + k) : i + k;
        pos.getElement(vi, el);
        tri.push(transform(m, [el[0]!, el[1]!, el[2]!]));
      }
      out.push(tri);
    }
  }
  return out;
}

function boundsOf(points: Vec3[]): Aabb {
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const p of points)
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k]!, p[k]!);
      max[k] = Math.max(max[k]!, p[k]!);
    }
  return { min, max };
}

function pngSize(bytes: Uint8Array): [number, number] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [v.getUint32(16), v.getUint32(20)];
}

export async function inspectGlb(glb: Uint8Array): Promise<ModelInfo> {
  const io = await createIO();
  const doc = await io.readBinary(glb);
  const scene = doc.getRoot().getDefaultScene() ?? doc.getRoot().listScenes()[0]!;
  const top = scene.listChildren();
  const byName = new Map(top.map((n) => [n.getName(), n]));
  let drawCalls = 0;
  let triangles = 0;
  for (const g of ['visual', 'ceiling']) {
    byName.get(g)?.traverse((node) => {
      const mesh = node.getMesh();
      if (!mesh) return;
      const batch = node.getExtension<InstancedMesh>('EXT_mesh_gpu_instancing');
      const count = batch?.getAttribute('TRANSLATION')?.getCount() ?? batch?.getAttribute('ROTATION')?.getCount() ?? 1;
      for (const prim of mesh.listPrimitives()) {
        drawCalls++;
        const idx = prim.getIndices();
        const n = idx ? idx.getCount() : (prim.getAttribute('POSITION')?.getCount() ?? 0);
        triangles += (n / 3) * count;
      }
    });
  }
  const textures = doc
    .getRoot()
    .listTextures()
    .map((t) => {
      const img = t.getImage() ?? new Uint8Array();
      const [width, height] = pngSize(img);
      return { name: t.getName(), width, height, bytes: img.byteLength };
    });
  const floorTris: Vec3[][] = [];
  const proxyMaterials = new Set<string>();
  const collectProxy = (node: Node) => {
    for (const p of node.getMesh()?.listPrimitives() ?? []) proxyMaterials.add(p.getMaterial()?.getName() ?? '(none)');
  };
  byName.get('floor')?.traverse((node) => {
    // One at a time: a spread of a big proxy's triangles into one call overflows the stack.
    for (const tri of meshTriangles(node)) floorTris.push(tri);
    collectProxy(node);
  });
  const collisionBoxes: Aabb[] = [];
  byName.get('collision')?.traverse((node) => {
    const tris = meshTriangles(node);
    if (tris.length) collisionBoxes.push(boundsOf(tris.flat()));
    collectProxy(node);
  });
  const markers = new Map<string, { position: Vec3; size: Vec3 }>();
  for (const m of byName.get('markers')?.listChildren() ?? [])
    markers.set(m.getName(), { position: m.getWorldTranslation() as Vec3, size: (m.getExtras() as { size?: Vec3 }).size ?? [0, 0, 0] });
  const sp = byName.get('spawn');
  let spawn: ModelInfo['spawn'] = null;
  if (sp) {
    const q = sp.getRotation();
    spawn = { position: sp.getTranslation() as Vec3, yawDeg: (2 * Math.atan2(q[1], q[3]) * 180) / Math.PI };
  }
  return {
    doc,
    topLevel: top.map((n) => n.getName()),
    drawCalls,
    triangles: Math.round(triangles),
    textures,
    floorBounds: boundsOf(floorTris.flat()),
    floorTris,
    collisionBoxes,
    markers,
    spawn,
    proxyMaterials,
  };
}

/** Highest floor-proxy surface under (x, z) at or below `y` (+ a small tolerance), or null. */
export function floorBelow(info: ModelInfo, x: number, z: number, y = Infinity): number | null {
  let best: number | null = null;
  for (const [a, b, c] of info.floorTris as [Vec3, Vec3, Vec3][]) {
    const d = (b[2] - c[2]) * (a[0] - c[0]) + (c[0] - b[0]) * (a[2] - c[2]);
    if (Math.abs(d) < 1e-9) continue;
    const l1 = ((b[2] - c[2]) * (x - c[0]) + (c[0] - b[0]) * (z - c[2])) / d;
    const l2 = ((c[2] - a[2]) * (x - c[0]) + (a[0] - c[0]) * (z - c[2])) / d;
    const l3 = 1 - l1 - l2;
    if (l1 < -1e-6 || l2 < -1e-6 || l3 < -1e-6) continue;
    const h = l1 * a[1] + l2 * b[1] + l3 * c[1];
    if (h <= y + 0.02 && (best === null || h > best)) best = h;
  }
  return best;
}

/** The collision boxes that contain point p (strictly inside, with a small margin). */
export function collisionsAt(info: ModelInfo, p: Vec3, margin = 0.01): Aabb[] {
  return info.collisionBoxes.filter((bx) => [0, 1, 2].every((k) => p[k]! > bx.min[k]! + margin && p[k]! < bx.max[k]! - margin));
}

/**
 * The collision boxes the segment from a to b passes through (slab test), leaving out any
 * box that contains one of `ignoreInside` (e.g. the chair a seated figure sits in).
 */
export function collisionsAlong(info: ModelInfo, a: Vec3, b: Vec3, ignoreInside: Vec3[] = []): Aabb[] {
  return info.collisionBoxes.filter((bx) => {
    if (ignoreInside.some((p) => [0, 1, 2].every((k) => p[k]! >= bx.min[k]! && p[k]! <= bx.max[k]!))) return false;
    let t0 = 0;
    let t1 = 1;
    for (let k = 0; k < 3; k++) {
      const d = b[k]! - a[k]!;
      if (Math.abs(d) < 1e-12) {
        if (a[k]! <= bx.min[k]! || a[k]! >= bx.max[k]!) return false;
        continue;
      }
      let ta = (bx.min[k]! - a[k]!) / d;
      let tb = (bx.max[k]! - a[k]!) / d;
      if (ta > tb) [ta, tb] = [tb, ta];
      t0 = Math.max(t0, ta);
      t1 = Math.min(t1, tb);
      if (t0 >= t1) return false;
    }
    return true;
  });
}
