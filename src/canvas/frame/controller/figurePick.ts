import type { Camera, Intersection, Object3D } from 'three';
import { Raycaster, Vector2 } from 'three';
import type { WalkWorld } from '../../../lib/motion/walk';
import { pickSurface } from '../../pick';
import { toNdc } from '../../pointer';
import { figureIdOf, figureObjects } from '../figureRegistry';

const ray = new Raycaster();
const ndcVec = new Vector2();
const ndc = { x: 0, y: 0 };
const hits: Intersection[] = [];
const objects: Object3D[] = [];

/** The id of the visible stand-in under the pointer, or null. */
export function figureAt(e: PointerEvent, el: HTMLElement, camera: Camera): number | null {
  if (figureObjects.size === 0) return null;
  toNdc(e, el, ndc);
  ndcVec.set(ndc.x, ndc.y);
  ray.setFromCamera(ndcVec, camera);
  hits.length = 0;
  objects.length = 0;
  for (const o of figureObjects.values()) objects.push(o);
  ray.intersectObjects(objects, true, hits);
  for (const h of hits) {
    if (!h.object.visible) continue;
    const id = figureIdOf(h.object);
    if (id !== null) return id;
  }
  return null;
}

/** The floor point under the pointer (a surface facing up, settled onto the walk floor), or null. */
export function floorPoint(e: PointerEvent, el: HTMLElement, camera: Camera, pickables: Object3D[], world: WalkWorld): [number, number, number] | null {
  toNdc(e, el, ndc);
  const hit = pickSurface(camera, ndc.x, ndc.y, pickables);
  if (!hit || hit.normalY < 0.6) return null;
  const y = world.floorAt(hit.point[0], hit.point[2], hit.point[1] + 0.3);
  return y === null ? null : [hit.point[0], y, hit.point[2]];
}
