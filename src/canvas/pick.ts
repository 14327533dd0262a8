import type { Camera, Intersection, Object3D } from 'three';
import { Raycaster, Vector2 } from 'three';

const raycaster = new Raycaster();
const ndc = new Vector2();
const hits: Intersection[] = [];

/** The first drawn surface under a screen point (on clicks only: this allocates in three's raycaster). */
export function pickSurface(camera: Camera, x: number, y: number, objects: Object3D[]): { point: [number, number, number]; normalY: number } | null {
  ndc.set(x, y);
  raycaster.setFromCamera(ndc, camera);
  hits.length = 0;
  raycaster.intersectObjects(objects, true, hits);
  for (const h of hits) {
    if (!h.object.visible || !isVisibleUpwards(h.object)) continue;
    const n = h.face?.normal;
    let ny = 1;
    if (n) {
      const w = n.clone().transformDirection(h.object.matrixWorld);
      ny = w.y;
    }
    return { point: [h.point.x, h.point.y, h.point.z], normalY: ny };
  }
  return null;
}

function isVisibleUpwards(obj: Object3D): boolean {
  for (let o: Object3D | null = obj; o; o = o.parent) if (!o.visible) return false;
  return true;
}
