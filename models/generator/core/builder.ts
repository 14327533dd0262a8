/**
 * SetBuilder: the set modules describe a set as parts (geometry + material, placed in set
 * coordinates), reusable props (placed many times, instanced in the glb), walkable floor
 * proxies, collision boxes, markers and the walk spawn. write.ts turns that into a glb.
 */
import { BoxGeometry, Euler, Matrix4, Quaternion, Vector3, type BufferAttribute, type BufferGeometry } from 'three';
import type { TextureImage } from './png.ts';

export type Vec3 = [number, number, number];
export type Group = 'visual' | 'ceiling';

export interface MaterialSpec {
  name: string;
  /** Base colour, sRGB hex "#rrggbb". */
  color: string;
  roughness: number;
  metalness?: number;
  /** Base-colour texture (multiplied by `color`), made by the generator. */
  map?: () => TextureImage;
  /** Metres covered by one repeat of `map` when UVs are projected from world space. */
  uvScale?: number;
  /** Emissive colour, sRGB hex; with `emissiveMap` the base-colour texture modulates it. */
  emissive?: string;
  emissiveStrength?: number;
  emissiveMap?: boolean;
  /** < 1 makes the material alpha-blended. */
  opacity?: number;
  /** Alpha-tested cut-out (uses the texture's alpha). */
  alphaCutoff?: number;
  doubleSided?: boolean;
}

/** How a part gets texture coordinates when its material has a map. */
export type UvMode =
  | { kind: 'world'; rotate?: boolean }
  /** The geometry's own UVs (three convention, v up), mapped into [u0, v0, u1, v1] of the image (v down). */
  | { kind: 'keep'; rect?: [number, number, number, number] };

export interface Part {
  material: MaterialSpec;
  position: Float32Array;
  normal: Float32Array;
  uv: Float32Array | null;
  index: Uint32Array;
  /** Baked light per vertex (linear RGB, 0–1): written as COLOR_0 (models/generator/kit/bake.ts). */
  color?: Float32Array;
}

export interface Prop {
  name: string;
  parts: Part[];
}

export interface Placement {
  prop: Prop;
  group: Group;
  position: Vec3;
  yaw: number;
}

export interface Box {
  min: Vec3;
  max: Vec3;
  /** Turn about Y (radians) around the box centre: collision for walls off the axes. */
  yaw?: number;
}

export interface Marker {
  name: string;
  position: Vec3;
  size: Vec3;
}

export const WORLD: UvMode = { kind: 'world' };
export const KEEP: UvMode = { kind: 'keep' };

/** Matrix from translation, yaw (about Y, radians) and optional extra rotations/scale. */
export function tf(x: number, y: number, z: number, yaw = 0, pitch = 0, roll = 0, s: Vec3 = [1, 1, 1]): Matrix4 {
  const q = new Quaternion().setFromEuler(new Euler(pitch, yaw, roll, 'YXZ'));
  return new Matrix4().compose(new Vector3(x, y, z), q, new Vector3(...s));
}

/** Reads a three geometry (after `m`) into flat arrays; computes UVs for the material. */
export function toPart(geo: BufferGeometry, material: MaterialSpec, m: Matrix4 | null, uv: UvMode): Part {
  let g = geo;
  if (m) g = geo.clone().applyMatrix4(m);
  if (!g.getAttribute('normal')) g.computeVertexNormals();
  const pos = g.getAttribute('position') as BufferAttribute;
  const nrm = g.getAttribute('normal') as BufferAttribute;
  const n = pos.count;
  const position = new Float32Array(n * 3);
  const normal = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    position[i * 3] = pos.getX(i);
    position[i * 3 + 1] = pos.getY(i);
    position[i * 3 + 2] = pos.getZ(i);
    let nx = nrm.getX(i);
    let ny = nrm.getY(i);
    let nz = nrm.getZ(i);
    const len = Math.hypot(nx, ny, nz) || 1;
    nx /= len;
    ny /= len;
    nz /= len;
    normal[i * 3] = nx;
    normal[i * 3 + 1] = ny;
    normal[i * 3 + 2] = nz;
  }
  let uvs: Float32Array | null = null;
  if (material.map) {
    uvs = new Float32Array(n * 2);
    if (uv.kind === 'world') {
      const s = material.uvScale ?? 1;
      for (let i = 0; i < n; i++) {
        const x = position[i * 3]!;
        const y = position[i * 3 + 1]!;
        const z = position[i * 3 + 2]!;
        const ax = Math.abs(normal[i * 3]!);
        const ay = Math.abs(normal[i * 3 + 1]!);
        const az = Math.abs(normal[i * 3 + 2]!);
        let u: number;
        let v: number;
        if (ay >= ax && ay >= az) {
          u = x;
          v = z;
        } else if (ax >= az) {
          u = z;
          v = -y;
        } else {
          u = x;
          v = -y;
        }
        if (uv.rotate) [u, v] = [v, u];
        uvs[i * 2] = u / s;
        uvs[i * 2 + 1] = v / s;
      }
    } else {
      const src = g.getAttribute('uv') as BufferAttribute | undefined;
      const [u0, v0, u1, v1] = uv.rect ?? [0, 0, 1, 1];
      for (let i = 0; i < n; i++) {
        const su = src ? src.getX(i) : 0;
        const sv = src ? src.getY(i) : 0;
        uvs[i * 2] = u0 + (u1 - u0) * su;
        uvs[i * 2 + 1] = v0 + (v1 - v0) * (1 - sv);
      }
    }
  }
  let index: Uint32Array;
  const idx = g.getIndex();
  if (idx) index = Uint32Array.from(idx.array as ArrayLike<number>);
  else index = Uint32Array.from({ length: n }, (_, i) => i);
  // applyMatrix4 with a mirroring matrix flips winding; keep faces pointing along their normals.
  if (m && m.determinant() < 0)
    for (let i = 0; i < index.length; i += 3) {
      const t = index[i + 1]!;
      index[i + 1] = index[i + 2]!;
      index[i + 2] = t;
    }
  if (g !== geo) g.dispose();
  return { material, position, normal, uv: uvs, index };
}

export class SetBuilder {
  readonly parts: Record<Group, Part[]> = { visual: [], ceiling: [] };
  readonly placements: Placement[] = [];
  readonly floors: Box[] = [];
  /** Slanted walkable quads (ramps, escalators): four corners, counter-clockwise seen from above. */
  readonly ramps: Vec3[][] = [];
  /** Walkable triangle meshes (polygon rooms, pit floors): flat xyz triples, three per triangle. */
  readonly floorMeshes: number[][] = [];
  readonly collisions: Box[] = [];
  readonly markers: Marker[] = [];
  spawn: { position: Vec3; yawDeg: number } = { position: [0, 0, 0], yawDeg: 0 };

  constructor(
    readonly id: string,
    readonly title: string,
  ) {}

  /** Adds a geometry, transformed by `m`, to a rendered group. */
  mesh(group: Group, material: MaterialSpec, geo: BufferGeometry, m: Matrix4 | null = null, uv: UvMode = WORLD): void {
    this.parts[group].push(toPart(geo, material, m, uv));
  }

  /** Axis-aligned box between two corners. */
  box(group: Group, material: MaterialSpec, min: Vec3, max: Vec3, uv: UvMode = WORLD): void {
    const geo = new BoxGeometry(max[0] - min[0], max[1] - min[1], max[2] - min[2]);
    this.mesh(group, material, geo, tf((min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2), uv);
    geo.dispose();
  }

  /** A box given by centre and size, turned by `yaw` about Y. */
  boxAt(group: Group, material: MaterialSpec, c: Vec3, size: Vec3, yaw = 0, uv: UvMode = WORLD): void {
    const geo = new BoxGeometry(...size);
    this.mesh(group, material, geo, tf(c[0], c[1], c[2], yaw), uv);
    geo.dispose();
  }

  /** A box given by centre and size, turned by yaw then pitched (Euler YXZ). */
  boxAtRot(group: Group, material: MaterialSpec, c: Vec3, size: Vec3, yaw: number, pitch: number, uv: UvMode = WORLD): void {
    const geo = new BoxGeometry(...size);
    this.mesh(group, material, geo, tf(c[0], c[1], c[2], yaw, pitch), uv);
    geo.dispose();
  }

  prop(name: string, build: (p: PropBuilder) => void): Prop {
    const pb = new PropBuilder(name);
    build(pb);
    return { name, parts: pb.parts };
  }

  /** Places a prop; repeated placements become GPU instances. */
  place(prop: Prop, group: Group, position: Vec3, yaw = 0): void {
    this.placements.push({ prop, group, position, yaw });
  }

  floor(min: Vec3, max: Vec3): void {
    this.floors.push({ min, max });
  }

  /** A walkable slab whose top is at `top`, with a thin proxy thickness. */
  floorTop(x0: number, z0: number, x1: number, z1: number, top: number, thickness = 0.1): void {
    this.floors.push({ min: [Math.min(x0, x1), top - thickness, Math.min(z0, z1)], max: [Math.max(x0, x1), top, Math.max(z0, z1)] });
  }

  ramp(corners: Vec3[]): void {
    this.ramps.push(corners);
  }

  collide(min: Vec3, max: Vec3): void {
    this.collisions.push({
      min: [Math.min(min[0], max[0]), Math.min(min[1], max[1]), Math.min(min[2], max[2])],
      max: [Math.max(min[0], max[0]), Math.max(min[1], max[1]), Math.max(min[2], max[2])],
    });
  }

  marker(name: string, position: Vec3, size: Vec3): void {
    if (this.markers.some((m) => m.name === name)) throw new Error(`duplicate marker ${name}`);
    this.markers.push({ name, position, size });
  }

  /** Bounds of the floor proxies (boxes and ramps). */
  floorBounds(): Box {
    const min: Vec3 = [Infinity, Infinity, Infinity];
    const max: Vec3 = [-Infinity, -Infinity, -Infinity];
    const grow = (p: Vec3) => {
      for (let k = 0; k < 3; k++) {
        min[k] = Math.min(min[k]!, p[k]!);
        max[k] = Math.max(max[k]!, p[k]!);
      }
    };
    for (const f of this.floors) {
      grow(f.min);
      grow(f.max);
    }
    for (const r of this.ramps) r.forEach(grow);
    for (const t of this.floorMeshes) for (let i = 0; i < t.length; i += 3) grow([t[i]!, t[i + 1]!, t[i + 2]!]);
    return { min, max };
  }
}

export class PropBuilder {
  readonly parts: Part[] = [];
  constructor(readonly name: string) {}
  mesh(material: MaterialSpec, geo: BufferGeometry, m: Matrix4 | null = null, uv: UvMode = WORLD): void {
    this.parts.push(toPart(geo, material, m, uv));
  }
  box(material: MaterialSpec, min: Vec3, max: Vec3, uv: UvMode = WORLD): void {
    const geo = new BoxGeometry(max[0] - min[0], max[1] - min[1], max[2] - min[2]);
    this.mesh(material, geo, tf((min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2), uv);
    geo.dispose();
  }
}

/** Yaw (deg) and pitch (deg) of a camera at `from` looking at `to` (yaw 0 → −Z, positive yaw turns left). */
export function lookAt(from: Vec3, to: Vec3): { yawDeg: number; pitchDeg: number } {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const dz = to[2] - from[2];
  const yaw = Math.atan2(-dx, -dz);
  const pitch = Math.atan2(dy, Math.hypot(dx, dz));
  return { yawDeg: round((yaw * 180) / Math.PI, 1), pitchDeg: round((pitch * 180) / Math.PI, 1) };
}

export function round(v: number, digits = 3): number {
  const f = 10 ** digits;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
