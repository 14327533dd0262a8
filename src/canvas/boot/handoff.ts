/**
 * What the start-up first frame (./firstFrame.ts) hands to the app (docs/ARCHITECTURE.md §2,
 * "The set first"): the canvas with its WebGL renderer, camera and scene, and the set's model
 * once it is prepared. The app adopts it instead of making its own, or discards it when the
 * page turns out to be something else (another set, a catalog error, a set without 3D).
 * Only types and two functions live here, so the app can take the handoff without loading
 * the start-up code.
 */
import type { Object3D, PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import type { PreparedModel } from '../prepareModel';

export interface BootModel {
  gltf: GLTF;
  model: PreparedModel;
}

/** loading → drawn (first frame on screen) or failed; adopted or discarded once the app decides. */
export type BootState = 'loading' | 'drawn' | 'failed' | 'adopted' | 'discarded';

export interface Boot {
  readonly setId: string;
  /** Absolute URL of the model being shown. */
  readonly modelUrl: string;
  readonly canvas: HTMLCanvasElement;
  readonly renderer: WebGLRenderer;
  readonly camera: PerspectiveCamera;
  readonly scene: Scene;
  /** The start-up lights, removed from the scene when the app's own take over. */
  readonly lights: Object3D[];
  readonly state: BootState;
  /** The prepared model once it is ready (synchronously, for an app that mounts after the first frame). */
  readonly ready: BootModel | null;
  /** Settles with the prepared model, or null when loading failed (the app then loads and reports it itself). */
  readonly model: Promise<BootModel | null>;
  /** Byte progress of the model download, forwarded to the app once it has adopted the boot. */
  onProgress: ((loaded: number, total: number) => void) | null;
  /** The app takes over: the boot draws nothing more and removes its own lights. */
  adopt(): void;
  /** Frees the renderer, the model and the start-up stage; the app goes its own way. */
  discard(): void;
}

declare global {
  interface Window {
    __boot?: Boot | undefined;
  }
}

/** The boot for this set and model, adopted; null (and any other boot discarded) when there is none to use. */
export function takeBoot(setId: string, modelUrl: string): Boot | null {
  const boot = typeof window === 'undefined' ? undefined : window.__boot;
  if (!boot) return null;
  if (boot.setId !== setId || boot.modelUrl !== modelUrl || (boot.state !== 'loading' && boot.state !== 'drawn')) {
    discardBoot();
    return null;
  }
  window.__boot = undefined;
  boot.adopt();
  return boot;
}

/** Discards a boot the app will not adopt (idempotent). */
export function discardBoot(): void {
  if (typeof window === 'undefined') return;
  const boot = window.__boot;
  window.__boot = undefined;
  boot?.discard();
  // A stage the inline script opened for a view the boot never drew (a poster only).
  document.querySelector('.boot-stage')?.remove();
}
