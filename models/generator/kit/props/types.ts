/**
 * The prop library's contract: each kit id (src/data/layout/kit.ts) builds its geometry in
 * local coordinates (origin on the floor, facing −Z) from typed parameters, and says what it
 * occupies: a footprint for the plan, collision boxes and any walkable surfaces.
 */
import { CylinderGeometry, SphereGeometry } from 'three';
import { tf, type Box, type PropBuilder, type Vec3 } from '../../core/builder.ts';
import type { MaterialLookup } from '../materials.ts';

export type Params = Record<string, number | boolean | string>;

export interface PropShape {
  /** Local [x0, z0, x1, z1] on the plan. */
  footprint: [number, number, number, number];
  /** Local collision boxes; absent: the footprint up to `height`. */
  collide?: Box[];
  /** Local walkable triangles (flat xyz). */
  floors?: number[][];
  height: number;
}

export type PropBuild = (p: PropBuilder, P: Params, M: MaterialLookup) => PropShape;

export const num = (P: Params, k: string) => P[k] as number;
export const str = (P: Params, k: string) => P[k] as string;
export const bool = (P: Params, k: string) => P[k] as boolean;

export function cyl(p: PropBuilder, m: ReturnType<MaterialLookup>, r: number, h: number, at: Vec3, segments = 12, r2 = r): void {
  const g = new CylinderGeometry(r, r2, h, segments);
  p.mesh(m, g, tf(at[0], at[1] + h / 2, at[2]));
  g.dispose();
}

export function ball(p: PropBuilder, m: ReturnType<MaterialLookup>, r: number, at: Vec3): void {
  const g = new SphereGeometry(r, 10, 6);
  p.mesh(m, g, tf(at[0], at[1], at[2]));
  g.dispose();
}

/** A box from its centre on the floor plan: x, z centre; y0 → y1. */
export function slab(p: PropBuilder, m: ReturnType<MaterialLookup>, x: number, z: number, w: number, d: number, y0: number, y1: number): void {
  p.box(m, [x - w / 2, y0, z - d / 2], [x + w / 2, y1, z + d / 2]);
}

export const rect = (w: number, d: number, cx = 0, cz = 0): [number, number, number, number] => [cx - w / 2, cz - d / 2, cx + w / 2, cz + d / 2];
