import type { Material, Object3D, Texture } from 'three';
import { InstancedMesh, Mesh } from 'three';

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
  material.dispose();
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
