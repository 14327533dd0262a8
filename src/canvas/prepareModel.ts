/**
 * Turns a loaded glTF into what the viewer needs, following the model contract
 * (DESIGN.md, models/generator): `visual` and `ceiling` are drawn; `floor` and
 * `collision` are invisible proxies for walking; `spawn` is where walking starts;
 * `markers` hold named props. Any other valid glTF still works: the whole scene
 * is drawn and its own surfaces serve as floor and walls.
 */
import type { Matrix4, Object3D } from 'three';
import { Box3, Mesh, Vector3 } from 'three';
import type { PlanShapes } from '../lib/plan';
import type { Pose } from '../lib/pose';
import { makePose } from '../lib/pose';
import { TriangleWorld, appendTriangles } from '../lib/triangleWorld';

export interface PreparedModel {
  root: Object3D;
  /** Meshes hidden in the top-down dollhouse view. */
  ceiling: Object3D | null;
  /** Meshes that can be measured on or clicked (everything drawn). */
  pickables: Object3D[];
  world: TriangleWorld;
  bounds: { min: Vector3; max: Vector3 };
  /** Eye-level start for walking, or the centre of the floor. */
  spawn: Pose;
  markers: Map<string, Vector3>;
  plan: PlanShapes;
  /** Whether the model followed the node contract (proxies present). */
  hasProxies: boolean;
}

function child(root: Object3D, name: string): Object3D | null {
  return root.getObjectByName(name) ?? null;
}

/** Appends the world-space triangles of every mesh under `node` (9 floats each). */
export function collect(node: Object3D | null, into: number[]): void {
  if (!node) return;
  node.updateWorldMatrix(true, true);
  node.traverse((obj) => {
    if (!(obj instanceof Mesh)) return;
    const pos = obj.geometry.getAttribute('position');
    if (!pos) return;
    const index = obj.geometry.getIndex();
    // Quantised or interleaved attributes: read through the accessor, not the raw array.
    const flat = new Float32Array(pos.count * 3);
    for (let i = 0; i < pos.count; i++) {
      flat[i * 3] = pos.getX(i);
      flat[i * 3 + 1] = pos.getY(i);
      flat[i * 3 + 2] = pos.getZ(i);
    }
    const count = (obj as Mesh & { count?: number; isInstancedMesh?: boolean }).isInstancedMesh ? (obj as unknown as { count: number }).count : 1;
    if (count === 1 && !(obj as { isInstancedMesh?: boolean }).isInstancedMesh) {
      appendTriangles(into, flat, index ? index.array : null, obj.matrixWorld.elements);
      return;
    }
    const inst = obj as unknown as { getMatrixAt: (i: number, m: Matrix4) => void };
    const m = obj.matrixWorld.clone();
    const local = obj.matrixWorld.clone();
    for (let i = 0; i < count; i++) {
      inst.getMatrixAt(i, local);
      m.multiplyMatrices(obj.matrixWorld, local);
      appendTriangles(into, flat, index ? index.array : null, m.elements);
    }
  });
}

function project(tris: number[]): Float32Array {
  const out = new Float32Array((tris.length / 9) * 6);
  for (let i = 0, o = 0; i < tris.length; i += 3, o += 2) {
    out[o] = tris[i]!;
    out[o + 1] = tris[i + 2]!;
  }
  return out;
}

/** Keeps only faces that look up: a floor plan shows where you can stand. */
function upward(tris: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tris.length; i += 9) {
    const e1x = tris[i + 3]! - tris[i]!, e1y = tris[i + 4]! - tris[i + 1]!, e1z = tris[i + 5]! - tris[i + 2]!;
    const e2x = tris[i + 6]! - tris[i]!, e2y = tris[i + 7]! - tris[i + 1]!, e2z = tris[i + 8]! - tris[i + 2]!;
    const ny = e1z * e2x - e1x * e2z;
    const len = Math.hypot(e1y * e2z - e1z * e2y, ny, e1x * e2y - e1y * e2x);
    if (len > 0 && ny / len > 0.5) for (let k = 0; k < 9; k++) out.push(tris[i + k]!);
  }
  return out;
}

export function prepareModel(root: Object3D, eyeHeight: number): PreparedModel {
  root.updateWorldMatrix(true, true);
  const visual = child(root, 'visual');
  const ceiling = child(root, 'ceiling');
  const floorNode = child(root, 'floor');
  const collisionNode = child(root, 'collision');
  const hasProxies = Boolean(floorNode && collisionNode);

  const floorTris: number[] = [];
  const obstacleTris: number[] = [];
  if (hasProxies) {
    floorNode!.visible = false;
    collisionNode!.visible = false;
    collect(floorNode, floorTris);
    collect(collisionNode, obstacleTris);
  } else {
    // No proxies: every upward face is floor, every surface an obstacle.
    const all: number[] = [];
    collect(root, all);
    floorTris.push(...upward(all));
    obstacleTris.push(...all);
  }

  const drawn = [visual, ceiling].filter((x): x is Object3D => Boolean(x));
  const pickables = drawn.length ? drawn : [root];
  const box = new Box3();
  for (const node of pickables) box.expandByObject(node);
  if (box.isEmpty()) box.setFromObject(root);

  // Static scenery: compute matrices once instead of every frame.
  root.traverse((obj) => {
    obj.updateMatrix();
    obj.matrixAutoUpdate = false;
    if (obj instanceof Mesh) obj.frustumCulled = true;
  });
  root.updateMatrixWorld(true);

  const markers = new Map<string, Vector3>();
  child(root, 'markers')?.children.forEach((m) => markers.set(m.name, m.getWorldPosition(new Vector3())));

  const world = new TriangleWorld(new Float32Array(floorTris), new Float32Array(obstacleTris), 1);
  const spawnNode = child(root, 'spawn');
  let spawn: Pose;
  if (spawnNode) {
    const p = spawnNode.getWorldPosition(new Vector3());
    const dir = new Vector3(0, 0, -1).applyQuaternion(spawnNode.getWorldQuaternion(spawnNode.quaternion.clone()));
    spawn = makePose(p.x, p.y + eyeHeight, p.z, Math.atan2(-dir.x, -dir.z), 0, 0);
  } else {
    const cx = (box.min.x + box.max.x) / 2;
    const cz = (box.min.z + box.max.z) / 2;
    const y = world.floorAt(cx, cz, box.max.y) ?? box.min.y;
    spawn = makePose(cx, y + eyeHeight, cz + (box.max.z - box.min.z) * 0.3, 0, 0, 0);
  }

  const planFloor = project(hasProxies ? upward(floorTris) : floorTris);
  return {
    root,
    ceiling,
    pickables,
    world,
    bounds: { min: box.min.clone(), max: box.max.clone() },
    spawn,
    markers,
    plan: {
      floor: planFloor,
      // Tops only: a box's bottom face, projected, would cancel its top when the plan is filled.
      obstacles: project(upward(obstacleTris)),
      bounds: { minX: box.min.x, maxX: box.max.x, minZ: box.min.z, maxZ: box.max.z },
    },
    hasProxies,
  };
}
