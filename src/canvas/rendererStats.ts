import type { WebGLRenderer } from 'three';

/** What `window.__scout.stats()` reports (docs/ARCHITECTURE.md §3), read from a renderer's counters. */
export function rendererStats(renderer: WebGLRenderer) {
  const info = renderer.info;
  return {
    calls: info.render.calls,
    triangles: info.render.triangles,
    geometries: info.memory.geometries,
    textures: info.memory.textures,
    frames: info.render.frame,
    programs: info.programs?.length ?? 0,
  };
}
