/**
 * The set first (docs/ARCHITECTURE.md §2): on a set page whose view needs nothing but the
 * model (the overview, or a shared `cam=` pose), this draws the first frame before React,
 * the router or the catalog's validation have started. It reads only the set's own file
 * (found by index.html's inline script through scenes/index.json's setFiles), creates the
 * WebGL renderer on a canvas in the start-up stage, loads and prepares the model with the
 * viewer's own code, and renders with the viewer's lights, field of view and overview
 * framing. The app then adopts the canvas, renderer, camera, scene and model
 * (src/canvas/boot/handoff.ts) instead of making its own; if the page turns out to be
 * something else, it discards them.
 */
import type { WebGLRenderer as Renderer } from 'three';
import { ACESFilmicToneMapping, Color, PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import { FULL_FRAME, focalForFov } from '../../lib/camera/fov';
import { viewerVfovDeg } from '../../lib/camera/viewerFov';
import { orbitToPose, overviewOrbit } from '../../lib/motion/orbit';
import type { Pose } from '../../lib/motion/pose';
import { DEG, makePose, poseFromDeg, poseToDeg } from '../../lib/motion/pose';
import { DEFAULT_EYE_HEIGHT } from '../../lib/motion/walk';
import type { CamParam } from '../../lib/url/viewUrl';
export { bootView } from '../../lib/url/bootView';
import type { ScoutDiagnostics } from '../Diagnostics';
import { disposeObject } from '../dispose';
import { SKY_COLOR, makeLightRig } from '../lightRig';
import { loadModel } from '../loadModel';
import { prepareModel } from '../prepareModel';
import { rendererStats } from '../rendererStats';
import type { Boot, BootModel, BootState } from './handoff';

/** Above this the download dominates: the app starts at once instead of after the first frame. */
const BIG_MODEL_BYTES = 2_000_000;
/** The app starts by then at the latest, whatever the first frame is doing. */
const APP_START_LATEST_MS = 10_000;

/** What the boot needs from the set file, read defensively (the app validates it fully later). */
export interface BootSet {
  modelFile: string;
  modelBytes: number | undefined;
}

/** The set file's model block, or null when it has none the boot can use. */
export function bootSetOf(json: unknown): BootSet | null {
  if (!json || typeof json !== 'object') return null;
  const model = (json as { model?: unknown }).model;
  if (!model || typeof model !== 'object') return null;
  const { file, bytes } = model as { file?: unknown; bytes?: unknown };
  if (typeof file !== 'string' || !file) return null;
  return { modelFile: file, modelBytes: typeof bytes === 'number' && bytes > 0 ? bytes : undefined };
}

/**
 * Keeps the drawing buffer when the app sets the size it already has: assigning a canvas's
 * width clears it, and the adopted first frame would blink out until the app's first frame.
 */
function keepSameSize(renderer: Renderer): void {
  const setSize = renderer.setSize.bind(renderer);
  let last = '';
  renderer.setSize = (width: number, height: number, updateStyle?: boolean) => {
    const key = `${width}x${height}@${renderer.getPixelRatio()}`;
    if (key === last) return;
    last = key;
    setSize(width, height, updateStyle);
  };
}

function placeCamera(camera: PerspectiveCamera, pose: Pose): void {
  camera.position.set(pose.x, pose.y, pose.z);
  camera.rotation.set(pose.pitch, pose.yaw, pose.roll, 'YXZ');
  camera.updateMatrixWorld();
}

/** window.__scout until the app's Diagnostics replaces it (docs/ARCHITECTURE.md §3). */
function exposeDiagnostics(setId: string, renderer: Renderer, camera: PerspectiveCamera, pose: Pose): ScoutDiagnostics {
  const diagnostics: ScoutDiagnostics = {
    setId,
    camera() {
      const d = poseToDeg(pose);
      const vfov = camera.fov;
      return {
        position: [d.position[0], d.position[1], d.position[2]],
        yawDeg: d.yawDeg,
        pitchDeg: d.pitchDeg,
        rollDeg: d.rollDeg,
        hfovDeg: (2 * Math.atan(Math.tan((vfov * DEG) / 2) * camera.aspect)) / DEG,
        vfovDeg: vfov,
        focalMm: focalForFov(FULL_FRAME.height, vfov),
      };
    },
    stats: () => rendererStats(renderer),
    figures: () => [],
    standIns: () => 0,
  };
  Object.defineProperty(window, '__scout', { value: Object.freeze(diagnostics), configurable: true, writable: false });
  return diagnostics;
}

export interface StartBootOptions {
  setId: string;
  set: BootSet;
  /** A shared pose; null for the overview. */
  cam: CamParam | null;
  /** The start-up stage (index.html's inline script opens it with the poster). */
  stage: HTMLElement;
}

/**
 * Starts the first frame. Returns the boot (also at window.__boot) and when the app may
 * start: at the first frame (or its failure), at once for a big model, and after
 * APP_START_LATEST_MS at the latest. Null boot when WebGL or the stage is not there.
 */
export function startBoot({ setId, set, cam, stage }: StartBootOptions): { boot: Boot | null; appMayStart: Promise<void> } {
  const width = stage.clientWidth;
  const height = stage.clientHeight;
  if (width <= 0 || height <= 0) return { boot: null, appMayStart: Promise.resolve() };
  const canvas = document.createElement('canvas');
  canvas.dataset.testid = 'set-canvas';
  canvas.dataset.setId = setId;
  canvas.dataset.ready = 'false';
  canvas.setAttribute('tabindex', '-1');
  stage.appendChild(canvas);
  let renderer: Renderer;
  try {
    // The options react-three-fiber would use (src/canvas/ViewerCanvas.tsx), so nothing changes on adoption.
    renderer = new WebGLRenderer({ canvas, antialias: true, alpha: true, powerPreference: 'high-performance', preserveDrawingBuffer: false });
  } catch {
    canvas.remove();
    return { boot: null, appMayStart: Promise.resolve() };
  }
  renderer.setPixelRatio(Math.min(2, Math.max(1, window.devicePixelRatio || 1)));
  renderer.setSize(width, height);
  renderer.toneMapping = ACESFilmicToneMapping;
  keepSameSize(renderer);

  const aspect = width / height;
  const camera = new PerspectiveCamera(viewerVfovDeg(aspect), aspect, 0.05, 1000);
  const scene = new Scene();
  scene.background = new Color(SKY_COLOR);
  const lights = makeLightRig();
  scene.add(...lights);

  // Lost before the app is there to say so: not ready any more (the app's ContextWatch takes it from there).
  canvas.addEventListener('webglcontextlost', () => {
    canvas.dataset.ready = 'false';
  });
  const controller = new AbortController();
  const modelUrl = new URL(set.modelFile, document.baseURI).href;
  const progress = stage.querySelector('progress');
  let state: BootState = 'loading';
  let ready: BootModel | null = null;
  let diagnostics: ScoutDiagnostics | null = null;

  // The model checks load with the first model (src/canvas/loadModel.ts): ask for them now, beside the download.
  void import('../../lib/world/gltfCheck').catch(() => {});
  const model = loadModel({
    url: modelUrl,
    expectedBytes: set.modelBytes,
    signal: controller.signal,
    renderer,
    onProgress: ({ loaded, total }) => {
      if (progress && total > 0) progress.value = Math.min(1, loaded / total);
      boot.onProgress?.(loaded, total);
    },
  }).then(
    (gltf): BootModel | null | Promise<BootModel> => {
      if (state === 'discarded') {
        disposeObject(gltf.scene);
        return null;
      }
      const prepared = prepareModel(gltf.scene, DEFAULT_EYE_HEIGHT);
      ready = { gltf, model: prepared };
      if (state !== 'loading') return ready;
      // Orbit mode, as the viewer draws it (SetModel, OrbitController): no ceiling; the overview frames the whole set.
      if (prepared.ceiling) prepared.ceiling.visible = false;
      const pose = cam ? poseFromDeg(cam) : orbitToPose(overviewOrbit(prepared.bounds.min, prepared.bounds.max, camera.fov * DEG, aspect), makePose());
      placeCamera(camera, pose);
      scene.add(prepared.root);
      renderer.render(scene, camera);
      state = 'drawn';
      diagnostics = exposeDiagnostics(setId, renderer, camera, pose);
      // As the app's ReadySignal: the attribute turns once the frame has been drawn, and the app
      // starts after that (its code and the rest of the catalog never compete with this frame).
      return new Promise<BootModel>((resolve) =>
        requestAnimationFrame(() => {
          if (state === 'drawn' || state === 'adopted') {
            canvas.dataset.ready = 'true';
            stage.classList.add('is-drawn');
          }
          resolve({ gltf, model: prepared });
        }),
      );
    },
    () => {
      if (state === 'loading') state = 'failed';
      return null;
    },
  );
  const boot: Boot = {
    setId,
    modelUrl,
    canvas,
    renderer,
    camera,
    scene,
    lights,
    get state() {
      return state;
    },
    get ready() {
      return ready;
    },
    model,
    onProgress: null,
    adopt() {
      if (state === 'discarded') return;
      state = 'adopted';
      scene.remove(...lights);
    },
    discard() {
      if (state === 'discarded') return;
      state = 'discarded';
      controller.abort();
      if (ready) disposeObject(ready.model.root);
      ready = null;
      renderer.dispose();
      renderer.forceContextLoss();
      canvas.remove();
      stage.remove();
      if (diagnostics && window.__scout === diagnostics) Reflect.deleteProperty(window, '__scout');
    },
  };

  window.__boot = boot;

  const latest = new Promise<void>((resolve) => setTimeout(resolve, APP_START_LATEST_MS));
  const appMayStart = (set.modelBytes !== undefined && set.modelBytes > BIG_MODEL_BYTES ? Promise.resolve() : Promise.race([model.then(() => undefined), latest]));
  return { boot, appMayStart };
}
