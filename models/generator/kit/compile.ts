/**
 * The set kit's compiler (docs/ARCHITECTURE.md §9): a validated layout becomes a SetBuilder
 * (write.ts turns it into the glb with the node contract): shell, props from the library,
 * derived floors and collision, markers for anchors, the spawn, and the baked light.
 */
import { arrayOffsets } from '../../../src/data/layout/check.ts';
import type { Finish } from '../../../src/data/layout/finishes.ts';
import { kitParams, type KitId } from '../../../src/data/layout/kit.ts';
import type { Layout } from '../../../src/data/layout/schema.ts';
import { SetBuilder, type Part, type Prop, type Vec3 } from '../core/builder.ts';
import { bakeSet, type BakeLight } from './bake.ts';
import { materialLibrary } from './materials.ts';
import { PROPS, type PropShape } from './props/index.ts';
import { buildShell } from './shell.ts';

function linear(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  const f = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return [f(((n >> 16) & 255) / 255), f(((n >> 8) & 255) / 255), f((n & 255) / 255)];
}

/** A prop's parts moved into set coordinates (a prop placed once is baked with the shell). */
function placed(parts: readonly Part[], at: Vec3, yaw: number): Part[] {
  const c = Math.cos(yaw);
  const s = Math.sin(yaw);
  return parts.map((p) => {
    const position = new Float32Array(p.position.length);
    const normal = new Float32Array(p.normal.length);
    for (let i = 0; i < p.position.length; i += 3) {
      const x = p.position[i]!, y = p.position[i + 1]!, z = p.position[i + 2]!;
      position[i] = x * c + z * s + at[0];
      position[i + 1] = y + at[1];
      position[i + 2] = -x * s + z * c + at[2];
      const nx = p.normal[i]!, nz = p.normal[i + 2]!;
      normal[i] = nx * c + nz * s;
      normal[i + 1] = p.normal[i + 1]!;
      normal[i + 2] = -nx * s + nz * c;
    }
    return { ...p, position, normal };
  });
}

const turn = (x: number, z: number, yaw: number): [number, number] => [x * Math.cos(yaw) + z * Math.sin(yaw), -x * Math.sin(yaw) + z * Math.cos(yaw)];

export interface Compiled {
  builder: SetBuilder;
  lights: BakeLight[];
}

export function compileLayout(layout: Layout): Compiled {
  const M = materialLibrary(layout.materials as Record<string, Finish>);
  const b = new SetBuilder(layout.set, layout.title);
  buildShell(b, layout, M);

  const variants = new Map<string, { prop: Prop; shape: PropShape; uses: number }>();
  const variant = (kit: KitId, params: Record<string, number | boolean | string>) => {
    const key = `${kit}:${JSON.stringify(params)}`;
    let v = variants.get(key);
    if (!v) {
      let shape: PropShape | null = null;
      const prop = b.prop(`${kit}-${variants.size}`, (pb) => (shape = PROPS[kit]!(pb, params, M)));
      v = { prop, shape: shape!, uses: 0 };
      variants.set(key, v);
    }
    return v;
  };
  const uses = new Map<string, number>();
  for (const pr of layout.props) {
    const key = `${pr.kit}:${JSON.stringify(kitParams(pr.kit as KitId, pr.params))}`;
    uses.set(key, (uses.get(key) ?? 0) + arrayOffsets(pr.array).length);
  }

  for (const pr of layout.props) {
    const kit = pr.kit as KitId;
    const params = kitParams(kit, pr.params);
    const v = variant(kit, params);
    const yaw = (pr.yawDeg * Math.PI) / 180;
    const once = uses.get(`${kit}:${JSON.stringify(params)}`) === 1;
    // An anchor covers every copy of an array: the marker is the union of their footprints.
    const box = [Infinity, Infinity, -Infinity, -Infinity] as [number, number, number, number];
    let level = 0;
    arrayOffsets(pr.array).forEach(([dx, dz], k) => {
      const at: Vec3 = [pr.at[0] + dx, pr.at[1], pr.at[2] + dz];
      if (once) b.parts.visual.push(...placed(v.prop.parts, at, yaw));
      else b.place(v.prop, 'visual', at, yaw);
      const { shape } = v;
      if (pr.collide && layout.walk.derive) {
        const boxes = shape.collide ?? [{ min: [shape.footprint[0], 0, shape.footprint[1]] as Vec3, max: [shape.footprint[2], shape.height, shape.footprint[3]] as Vec3 }];
        for (const bx of boxes) {
          const [cx, cz] = turn((bx.min[0] + bx.max[0]) / 2, (bx.min[2] + bx.max[2]) / 2, yaw);
          const hx = (bx.max[0] - bx.min[0]) / 2;
          const hz = (bx.max[2] - bx.min[2]) / 2;
          b.collisions.push({ min: [at[0] + cx - hx, at[1] + bx.min[1], at[2] + cz - hz], max: [at[0] + cx + hx, at[1] + bx.max[1], at[2] + cz + hz], yaw: yaw || undefined });
        }
      }
      if (layout.walk.derive)
        for (const tri of shape.floors ?? [])
          b.floorMeshes.push(tri.map((val, i) => {
            const j = i % 3;
            if (j === 1) return val + at[1];
            const [x, z] = turn(tri[i - j]!, tri[i - j + 2]!, yaw);
            return j === 0 ? x + at[0] : z + at[2];
          }));
      if (pr.anchor) {
        const [x0, z0, x1, z1] = shape.footprint;
        for (const [lx, lz] of [[x0, z0], [x1, z0], [x1, z1], [x0, z1]] as const) {
          const [x, z] = turn(lx, lz, yaw);
          box[0] = Math.min(box[0], at[0] + x);
          box[1] = Math.min(box[1], at[2] + z);
          box[2] = Math.max(box[2], at[0] + x);
          box[3] = Math.max(box[3], at[2] + z);
        }
        if (k === 0) level = at[1];
      }
    });
    if (pr.anchor) {
      const h = Math.max(0.1, v.shape.height);
      const y = v.shape.height > 0 ? level + h / 2 : level - 0.5;
      b.marker(pr.anchor, [(box[0] + box[2]) / 2, y, (box[1] + box[3]) / 2], [Math.max(0.02, box[2] - box[0]), h, Math.max(0.02, box[3] - box[1])]);
    }
  }
  for (const a of layout.anchors) b.marker(a.id, a.at as Vec3, a.size as Vec3);
  for (const f of layout.walk.floors) b.floor(f.min as Vec3, f.max as Vec3);
  for (const c of layout.walk.blockers) b.collide(c.min as Vec3, c.max as Vec3);
  b.spawn = { position: layout.spawn.at as Vec3, yawDeg: layout.spawn.yawDeg };

  const lights: BakeLight[] = [];
  for (const l of layout.lights)
    for (const [dx, dz] of arrayOffsets(l.array)) lights.push({ at: [l.at[0] + dx, l.at[1], l.at[2] + dz], color: linear(l.color), intensity: l.intensity, radius: l.radius });
  if (layout.bake.ao || (layout.bake.lights && lights.length))
    bakeSet(b, { ao: layout.bake.ao, lights: layout.bake.lights ? lights : [], distance: layout.bake.distance });
  return { builder: b, lights };
}
