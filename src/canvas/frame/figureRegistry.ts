import type { Object3D } from 'three';

/**
 * The 3D group of each stand-in by figure id, for picking and for moving a figure while it is
 * dragged (without a React render per pointer move). Filled by StandIns.
 */
export const figureObjects = new Map<number, Object3D>();

/** The figure id an intersected object belongs to, or null. */
export function figureIdOf(obj: Object3D | null): number | null {
  for (let o = obj; o; o = o.parent) {
    const id = o.userData.figureId as number | undefined;
    if (typeof id === 'number') return id;
  }
  return null;
}
