/**
 * Turns a loaded glTF into what the viewer needs, following the model contract
 * (docs/ARCHITECTURE.md §2): `visual` and `ceiling` are drawn; `floor` and
 * `collision` are invisible proxies for walking; `spawn` is where walking starts;
 * `markers` hold named props. Any other valid glTF still works: the whole scene
 * is drawn and its own surfaces serve as floor and walls.
 */
import type { Object3D } from 'three';
import { Box3, InstancedMesh, Matrix4, Mesh, Vector3 } from 'three';
import type { PlanShapes } from '../lib/world/plan';
import type { Pose } from '../lib/motion/pose';
import { makePose } from '../lib/motion/pose';
import { TriangleWorld } from '../lib/world/triangleWorld';
import { floorAtByScan, projectXZ, triangleFloats, upwardTriangles, writeTriangles } from '../lib/world/triangleSoup';

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
  /** A valid file with nothing to draw (no meshes, or none with a size): the bounds are a stand-in. */
  nothingToShow: boolean;
}

function child(root: Object3D, name: string): Object3D | null {
  return root.getObjectByName(name) ?? null;
}

interface Part {
  positions: Float32Array;
  index: ArrayLike<number> | null;
  matrices: ArrayLike<number>[];
}

/** Every mesh under a node, with its world matrices (one per instance), before any copying. */
function gather(node: Object3D | null): { parts: Part[]; floats: number } {
  const parts: Part[] = [];
  let floats = 0;
  if (!node) return { parts, floats };
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
    const matrices: ArrayLike<number>[] = [];
    if (obj instanceof InstancedMesh) {
      const local = new Matrix4();
      for (let i = 0; i < obj.count; i++) {
        obj.getMatrixAt(i, local);
        matrices.push(new Matrix4().multiplyMatrices(obj.matrixWorld, local).elements);
      }
    } else {
      matrices.push(obj.matrixWorld.elements);
    }
    const part = { positions: flat, index: index ? index.array : null, matrices };
    parts.push(part);
    floats += triangleFloats(pos.count, part.index) * matrices.length;
  });
  return { parts, floats };
}

/** The world-space triangles of every mesh under a node, in one array sized up front. */
export function collectTriangles(node: Object3D | null): Float32Array {
  const { parts, floats } = gather(node);
  const out = new Float32Array(floats);
  let offset = 0;
  for (const p of parts) for (const m of p.matrices) offset = writeTriangles(out, offset, p.positions, p.index, m);
  return out;
}

/** Above this many triangles, a model without proxies gets its collision grid in slices (§2). */
export const SLICED_WORLD_TRIANGLES = 60_000;

export function prepareModel(root: Object3D, eyeHeight: number): PreparedModel {
  root.updateWorldMatrix(true, true);
  const visual = child(root, 'visual');
  const ceiling = child(root, 'ceiling');
  const floorNode = child(root, 'floor');
  const collisionNode = child(root, 'collision');
  const hasProxies = Boolean(floorNode && collisionNode);

  let floorTris: Float32Array | 'upward';
  let obstacleTris: Float32Array;
  if (hasProxies) {
    floorNode!.visible = false;
    collisionNode!.visible = false;
    floorTris = collectTriangles(floorNode);
    obstacleTris = collectTriangles(collisionNode);
  } else {
    // No proxies: every upward face is floor, every surface an obstacle.
    obstacleTris = collectTriangles(root);
    floorTris = 'upward';
  }
  // A big model without proxies builds its floors and grid later, in slices (SetModel, §2):
  // the page stays live meanwhile. A small one is done here at once.
  const sliced = !hasProxies && obstacleTris.length / 9 > SLICED_WORLD_TRIANGLES;
  const world = new TriangleWorld(floorTris, obstacleTris, 1, { deferred: sliced });

  const drawn = [visual, ceiling].filter((x): x is Object3D => Boolean(x));
  const pickables = drawn.length ? drawn : [root];
  const box = new Box3();
  for (const node of pickables) box.expandByObject(node);
  if (box.isEmpty()) box.setFromObject(root);
  const nothingToShow = box.isEmpty() || !Number.isFinite(box.min.x + box.min.y + box.min.z + box.max.x + box.max.y + box.max.z);
  // Nothing drawn: a small room-sized stand-in keeps every camera formula finite.
  if (nothingToShow) box.set(new Vector3(-2, 0, -2), new Vector3(2, 2.5, 2));

  // Static scenery: compute matrices once instead of every frame.
  root.traverse((obj) => {
    obj.updateMatrix();
    obj.matrixAutoUpdate = false;
    if (obj instanceof Mesh) obj.frustumCulled = true;
  });
  root.updateMatrixWorld(true);

  const markers = new Map<string, Vector3>();
  child(root, 'markers')?.children.forEach((m) => markers.set(m.name, m.getWorldPosition(new Vector3())));

  const spawnNode = child(root, 'spawn');
  let spawn: Pose;
  if (spawnNode) {
    const p = spawnNode.getWorldPosition(new Vector3());
    const dir = new Vector3(0, 0, -1).applyQuaternion(spawnNode.getWorldQuaternion(spawnNode.quaternion.clone()));
    spawn = makePose(p.x, p.y + eyeHeight, p.z, Math.atan2(-dir.x, -dir.z), 0, 0);
  } else {
    const cx = (box.min.x + box.max.x) / 2;
    const cz = (box.min.z + box.max.z) / 2;
    // Before the grid exists, one scan of every triangle (front faces seen from above are floors).
    const y = (world.ready ? world.floorAt(cx, cz, box.max.y) : floorAtByScan(obstacleTris, cx, cz, box.max.y)) ?? box.min.y;
    spawn = makePose(cx, y + eyeHeight, cz + (box.max.z - box.min.z) * 0.3, 0, 0, 0);
  }

  const planBounds = { minX: box.min.x, maxX: box.max.x, minZ: box.min.z, maxZ: box.max.z };
  return {
    root,
    ceiling,
    pickables,
    world,
    bounds: { min: box.min.clone(), max: box.max.clone() },
    spawn,
    markers,
    plan: hasProxies
      ? {
          floor: projectXZ(upwardTriangles(world.floorTriangles)),
          // Tops only: a box's bottom face, projected, would cancel its top when the plan is filled.
          obstacles: projectXZ(upwardTriangles(obstacleTris)),
          bounds: planBounds,
        }
      : planOfUpward(world, planBounds),
    hasProxies,
    nothingToShow,
  };
}

/**
 * The plan of a model without proxies: its upward faces, once the world has them (a sliced
 * world has none yet: call again when `finishInSlices` resolves).
 */
export function planOfUpward(world: TriangleWorld, bounds: PlanShapes['bounds']): PlanShapes {
  const floor = projectXZ(world.floorTriangles);
  return { floor, obstacles: floor, bounds };
}
