/**
 * Without WebGL there is no 3D view, but the model still holds the set's floor plan:
 * parse it (GLTFLoader needs no GPU) and keep only the plan and bounds.
 */
import type { PlanShapes } from '../lib/plan';
import { disposeObject } from './dispose';
import { loadModel } from './loadModel';
import { prepareModel } from './prepareModel';

export async function loadPlanOnly(file: string, expectedBytes: number | undefined, signal: AbortSignal): Promise<{ plan: PlanShapes; height: number }> {
  const gltf = await loadModel({ url: new URL(file, document.baseURI).href, expectedBytes, signal, onProgress: () => {} });
  try {
    const prepared = prepareModel(gltf.scene, 1.6);
    return { plan: prepared.plan, height: prepared.bounds.max.y - prepared.bounds.min.y };
  } finally {
    disposeObject(gltf.scene);
  }
}
