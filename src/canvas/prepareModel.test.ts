import { BoxGeometry, BufferAttribute, BufferGeometry, Group, InstancedMesh, Matrix4, Mesh, MeshBasicMaterial, Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { SLICED_WORLD_TRIANGLES, planOfUpward, prepareModel } from './prepareModel';

/** A gently bumpy heightfield of n × n quads (2n² triangles), 0.05 m apart, facing up. */
function terrain(n: number): Mesh {
  const verts = new Float32Array((n + 1) * (n + 1) * 3);
  for (let j = 0, o = 0; j <= n; j++) {
    for (let i = 0; i <= n; i++, o += 3) {
      verts[o] = i * 0.05 - n * 0.025;
      verts[o + 1] = 0.02 * Math.sin(i * 0.3) * Math.cos(j * 0.2);
      verts[o + 2] = j * 0.05 - n * 0.025;
    }
  }
  const index = new Uint32Array(n * n * 6);
  for (let j = 0, o = 0; j < n; j++) {
    for (let i = 0; i < n; i++, o += 6) {
      const a = j * (n + 1) + i;
      const b = a + 1;
      const c = a + n + 1;
      const d = c + 1;
      // Counter-clockwise seen from above: the faces look up.
      index.set([a, c, b, b, c, d], o);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(verts, 3));
  geometry.setIndex(new BufferAttribute(index, 1));
  return new Mesh(geometry, new MeshBasicMaterial());
}

describe('prepareModel on a model without the node contract', () => {
  it('prepares a million triangles, builds collision in slices, and finds the floor', async () => {
    const root = new Group();
    root.add(terrain(710)); // 1,008,200 triangles
    const model = prepareModel(root, 1.6);
    expect(model.hasProxies).toBe(false);
    expect(model.nothingToShow).toBe(false);
    expect(model.world.triangleCount).toBeGreaterThanOrEqual(1_000_000);
    expect(model.world.ready).toBe(false);
    expect(Number.isFinite(model.spawn.y)).toBe(true);
    expect(model.spawn.y).toBeGreaterThan(1.55);
    expect(model.spawn.y).toBeLessThan(1.65);
    expect(model.plan.floor.length).toBe(0); // drawn once the sliced build is done

    let pauses = 0;
    const fractions: number[] = [];
    await model.world.finishInSlices({ pause: async () => void pauses++, budgetMs: 5, onProgress: (f) => fractions.push(f) });
    expect(model.world.ready).toBe(true);
    expect(pauses).toBeGreaterThan(3);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1]!)).toBe(true);
    expect(planOfUpward(model.world, model.plan.bounds).floor.length).toBe(1_008_200 * 6);
    expect(model.world.floorAt(1, 1, 1)).toBeCloseTo(0.02 * Math.sin(((1 + 17.75) / 0.05) * 0.3) * Math.cos(((1 + 17.75) / 0.05) * 0.2), 2);
  }, 60_000);

  it('keeps a small model synchronous and reads instances', () => {
    const root = new Group();
    const inst = new InstancedMesh(new BoxGeometry(1, 1, 1), new MeshBasicMaterial(), 3);
    for (let i = 0; i < 3; i++) inst.setMatrixAt(i, new Matrix4().makeTranslation(i * 3, 0.5, 0));
    root.add(inst);
    const model = prepareModel(root, 1.6);
    expect(SLICED_WORLD_TRIANGLES).toBeGreaterThan(36);
    expect(model.world.ready).toBe(true);
    expect(model.world.triangleCount).toBe(36 + 6); // 3 boxes, plus their 3 top faces (2 triangles each) as floor
    expect(model.world.floorAt(6, 0, 5)).toBeCloseTo(1, 5);
  });

  it('says a model with no meshes has nothing to show, and keeps every figure finite', () => {
    const root = new Group();
    root.add(new Object3D());
    const model = prepareModel(root, 1.6);
    expect(model.nothingToShow).toBe(true);
    const figures = [model.bounds.min.x, model.bounds.min.y, model.bounds.max.z, model.spawn.x, model.spawn.y, model.spawn.z, model.spawn.yaw];
    expect(figures.every(Number.isFinite)).toBe(true);
    expect(model.world.floorAt(0, 0, 2)).toBeNull();
  });
});
