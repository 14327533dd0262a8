/**
 * Without WebGL there is no 3D view, but the model still holds the set's floor plan:
 * parse it (GLTFLoader needs no GPU) and keep only the plan and bounds.
 */
import type { PlanShapes } from '../lib/world/plan';
import { disposeObject } from './dispose';
import { loadModel } from './loadModel';
import { planOfUpward, prepareModel } from './prepareModel';

export async function loadPlanOnly(file: string, expectedBytes: number | undefined, signal: AbortSignal): Promise<{ plan: PlanShapes; height: number }> {
  const gltf = await loadModel({ url: new URL(file, document.baseURI).href, expectedBytes, signal, onProgress: () => {} });
  try {
    const prepared = prepareModel(gltf.scene, 1.6);
    const height = prepared.bounds.max.y - prepared.bounds.min.y;
    if (prepared.world.ready) return { plan: prepared.plan, height };
    // A big model without proxies: its upward faces come from the sliced build.
    await prepared.world.finishInSlices({ pause: () => new Promise<void>((r) => setTimeout(r, 0)), signal });
    return { plan: planOfUpward(prepared.world, prepared.plan.bounds), height };
  } finally {
    disposeObject(gltf.scene);
  }
}
