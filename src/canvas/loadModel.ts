/**
 * Loads a set's glTF with real byte progress and cancellation: fetch streams the
 * bytes (counted for the progress bar, aborted when the person leaves), then
 * GLTFLoader parses them. Decoders for compressed files are served by the site
 * itself and only loaded when a file needs them.
 */
import type { WebGLRenderer } from 'three';
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { takeEarly } from '../lib/catalog/early';
import type { ModelProblem } from '../lib/world/gltfCheck';
import { workersFromSameOrigin } from './ktx2Worker';
import type {} from './boot/handoff';

export type ModelErrorKind = 'missing' | 'network' | ModelProblem;

export class ModelError extends Error {
  constructor(
    readonly kind: ModelErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'ModelError';
  }
}

export interface LoadProgress {
  loaded: number;
  /** 0 when neither the server nor the catalog says how big the file is. */
  total: number;
}


async function readWithProgress(res: Response, expected: number, onProgress: (p: LoadProgress) => void): Promise<ArrayBuffer> {
  const header = Number(res.headers.get('content-length'));
  const total = Number.isFinite(header) && header > 0 && !res.headers.get('content-encoding') ? header : expected;
  if (!res.body) {
    const buf = await res.arrayBuffer();
    onProgress({ loaded: buf.byteLength, total: total || buf.byteLength });
    return buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onProgress({ loaded: 0, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress({ loaded, total: Math.max(total, loaded) });
  }
  const out = new Uint8Array(loaded);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out.buffer;
}

/** Decoder folders, relative to the site root (see vite.config.ts). */
export function decoderUrl(kind: 'draco' | 'basis'): string {
  return new URL(`decoders/${kind}/`, document.baseURI).href;
}

/** Downloads started before the canvas exists (see prefetchModel), by absolute URL. */
const prefetched = new Map<string, { controller: AbortController; response: Promise<Response> }>();

/**
 * Starts downloading a model now, so the bytes are on their way while the page and
 * the WebGL canvas are still being set up; loadModel picks the response up.
 */
export function prefetchModel(file: string): void {
  const url = new URL(file, document.baseURI).href;
  // The start-up first frame has it already (src/canvas/boot/handoff.ts).
  if (prefetched.has(url) || window.__boot?.modelUrl === url) return;
  const controller = new AbortController();
  // index.html may have started it already (see src/lib/catalog/early.ts); if that failed, start again.
  const response = takeEarly(url)?.catch(() => fetch(url, { signal: controller.signal })) ?? fetch(url, { signal: controller.signal });
  // An unused prefetch must not surface as an unhandled rejection.
  response.catch(() => {});
  prefetched.set(url, { controller, response });
}

export interface LoadModelOptions {
  url: string;
  /** Size from the catalog, for progress when the server sends no length. */
  expectedBytes?: number | undefined;
  signal: AbortSignal;
  /** Needed only for KTX2 textures (to pick a GPU format); without it they are reported unsupported. */
  renderer?: WebGLRenderer | undefined;
  onProgress: (p: LoadProgress) => void;
}

/**
 * The meshopt decoder (its WebAssembly is inside the module) is a decoder like Draco's: data
 * for the model, not viewer code (docs/ARCHITECTURE.md §5). Unlike the others every generated
 * model needs it, so loadModel asks for it as the download starts, and it arrives beside the
 * model's bytes instead of after them. Precached with the other chunks for offline use.
 */
function meshoptDecoder() {
  const decoder = import('three/examples/jsm/libs/meshopt_decoder.module.js').then((m) => m.MeshoptDecoder);
  // Only awaited when the model declares the extension: an unused request must not surface as an unhandled rejection.
  decoder.catch(() => {});
  return decoder;
}

const MESHOPT_EXTENSIONS = ['EXT_meshopt_compression', 'KHR_meshopt_compression'];

/** Fetches and parses a glTF/GLB. Rejects with ModelError, or AbortError when cancelled. */
export async function loadModel({ url, expectedBytes = 0, signal, renderer, onProgress }: LoadModelOptions): Promise<GLTF> {
  const meshopt = meshoptDecoder();
  let res: Response;
  let early = prefetched.get(url);
  prefetched.delete(url);
  const started = early ? undefined : takeEarly(url);
  if (started) early = { controller: new AbortController(), response: started.catch(() => fetch(url, { signal })) };
  try {
    if (early) {
      signal.addEventListener('abort', () => early.controller.abort(), { once: true });
      if (signal.aborted) early.controller.abort();
    }
    res = await (early ? early.response : fetch(url, { signal }));
  } catch (err) {
    if (signal.aborted) throw err;
    throw new ModelError('network', err instanceof Error ? err.message : String(err));
  }
  if (res.status === 404 || res.status === 410) throw new ModelError('missing', `HTTP ${res.status}`);
  if (!res.ok) throw new ModelError('network', `HTTP ${res.status}`);
  const type = res.headers.get('content-type') ?? '';
  // A static host that falls back to index.html answers 200 with a web page.
  if (type.includes('text/html')) throw new ModelError('missing', 'the server answered with a web page');
  const buffer = await readWithProgress(res, expectedBytes, onProgress);
  if (signal.aborted) throw new DOMException('Aborted', 'AbortError');

  // The checks load with the first model, not with the viewer's own code.
  const { KNOWN_EXTENSIONS, checkGltf, classifyFailure, unknownRequired } = await import('../lib/world/gltfCheck');
  const check = checkGltf(buffer);
  if (!check.ok) throw new ModelError(check.kind, check.detail);
  const unknown = unknownRequired(check.summary, KNOWN_EXTENSIONS);
  if (unknown.length) throw new ModelError('unsupported', `required glTF extension ${unknown.join(', ')}`);
  const loader = new GLTFLoader();
  const used = check.summary.extensionsUsed;
  if (MESHOPT_EXTENSIONS.some((e) => used.includes(e))) {
    try {
      loader.setMeshoptDecoder(await meshopt);
    } catch (err) {
      throw new ModelError('network', `the meshopt decoder did not load (${err instanceof Error ? err.message : String(err)})`);
    }
    if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
  }
  const disposers: (() => void)[] = [];
  if (used.includes('KHR_draco_mesh_compression')) {
    const { DRACOLoader } = await import('three/examples/jsm/loaders/DRACOLoader.js');
    const draco = new DRACOLoader().setDecoderPath(decoderUrl('draco'));
    loader.setDRACOLoader(draco);
    disposers.push(() => draco.dispose());
  }
  if (used.includes('KHR_texture_basisu')) {
    if (!renderer) throw new ModelError('unsupported', 'KTX2 textures need WebGL');
    const { KTX2Loader } = await import('three/examples/jsm/loaders/KTX2Loader.js');
    const ktx2 = new KTX2Loader().setTranscoderPath(decoderUrl('basis')).detectSupport(renderer);
    disposers.push(() => ktx2.dispose());
    workersFromSameOrigin(ktx2, decoderUrl('basis'));
    loader.setKTX2Loader(ktx2);
  }
  const resourcePath = new URL('./', new URL(url, document.baseURI)).href;
  try {
    return await loader.parseAsync(buffer, resourcePath);
  } catch (err) {
    if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
    const failure = classifyFailure(err, 'parse');
    throw new ModelError(failure.kind, failure.detail);
  } finally {
    for (const d of disposers) d();
  }
}
