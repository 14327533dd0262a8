/**
 * Helpers for writing catalog entries next to the models: hotspots take their position from
 * the model's markers and camera poses are aimed with lookAt(), so the JSON never drifts
 * from the glb.
 */
import { lookAt, round, type SetBuilder, type Vec3 } from '../core/builder.ts';

export interface L {
  zh: string;
  en: string;
}

export const t = (zh: string, en: string): L => ({ zh, en });

export function markerPos(b: SetBuilder, name: string): Vec3 {
  const m = b.markers.find((k) => k.name === name);
  if (!m) throw new Error(`${b.id}: no marker ${name}`);
  return m.position.map((v) => round(v, 3)) as Vec3;
}

export type Kind = 'prop' | 'power' | 'light' | 'sound' | 'access' | 'story' | 'safety';

export function hotspot(b: SetBuilder, id: string, kind: Kind, title: L, description: L, notes: L[] = []) {
  return { id, kind, node: id, position: markerPos(b, id), title, description, notes };
}

/** A camera at `from` aimed at `to` (a point or a marker name). */
export function aim(b: SetBuilder, from: Vec3, to: Vec3 | string) {
  const target = typeof to === 'string' ? markerPos(b, to) : to;
  const { yawDeg, pitchDeg } = lookAt(from, target);
  return { position: from.map((v) => round(v, 2)) as Vec3, yawDeg, pitchDeg };
}

export function spawnPose(b: SetBuilder) {
  return { position: b.spawn.position.map((v) => round(v, 3)) as Vec3, yawDeg: b.spawn.yawDeg, pitchDeg: 0 };
}
