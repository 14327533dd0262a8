import type { Material, Object3D, Texture } from 'three';
import { InstancedMesh, Mesh } from 'three';

/**
 * three releases a shader program with the last material that uses it, so without this every
 * set switch would compile the next set's programs again: hundreds of milliseconds of program
 * linking on software renderers, for programs the previous visit had already built. The last
 * KEPT_MATERIALS materials of closed models are therefore not disposed: their textures and
 * geometries are freed as always (so GPU memory and the renderer's texture and geometry counts go
 * back to baseline), only the small material objects stay, and with them their compiled
 * programs, which a later set with the same kind of materials picks up at once.
 */
const KEPT_MATERIALS = 256;
const kept: Material[] = [];

function keepProgram(material: Material): void {
  kept.push(material);
  while (kept.length > KEPT_MATERIALS) kept.shift()!.dispose();
}

/** The renderer goes (the viewer closes): its programs go with its context, nothing to keep. */
export function forgetKeptPrograms(): void {
  kept.length = 0;
}

function disposeMaterial(material: Material, seen: Set<unknown>): void {
  if (seen.has(material)) return;
  seen.add(material);
  for (const value of Object.values(material)) {
    const tex = value as Texture | null;
    if (tex && typeof tex === 'object' && (tex as { isTexture?: boolean }).isTexture && !seen.has(tex)) {
      seen.add(tex);
      // GLTFLoader decodes images to ImageBitmaps: close them so the decoded pixels go too.
      const data = (tex.source?.data ?? null) as { close?: () => void } | null;
      tex.dispose();
      data?.close?.();
    }
  }
  keepProgram(material);
}

/** Frees every geometry, material and texture under root (each once, even when shared). */
export function disposeObject(root: Object3D): void {
  const seen = new Set<unknown>();
  root.traverse((obj) => {
    if (obj instanceof Mesh) {
      if (!seen.has(obj.geometry)) {
        seen.add(obj.geometry);
        obj.geometry.dispose();
      }
      const mats = Array.isArray(obj.material) ? obj.material : [obj.material];
      for (const m of mats) disposeMaterial(m as Material, seen);
      // Instance matrices live on the mesh, not the geometry.
      if (obj instanceof InstancedMesh) obj.dispose();
    }
  });
}
