/**
 * The decoders a saved model needs offline (docs/ARCHITECTURE.md §8). src/canvas/loadModel.ts
 * loads them from the site's decoders/ folder (vite.config.ts) when the model declares the
 * extension; the meshopt decoder is a code chunk (src/canvas/loadModel.ts), precached with the others.
 */
import type { OfflineFile } from './files';

/** The files three's loaders fetch (WebAssembly build) per glTF extension, relative to the site root. */
export const DECODER_FILES: Readonly<Record<string, readonly string[]>> = {
  KHR_draco_mesh_compression: ['decoders/draco/draco_wasm_wrapper.js', 'decoders/draco/draco_decoder.wasm'],
  KHR_texture_basisu: ['decoders/basis/basis_transcoder.js', 'decoders/basis/basis_transcoder.wasm', 'decoders/basis/ktx2-worker.js'],
};

/** The decoder files for a model's extensions, each once, in a stable order. Shared between sets. */
export function decoderFiles(extensions: readonly string[]): OfflineFile[] {
  const used = new Set(extensions);
  return Object.entries(DECODER_FILES)
    .filter(([ext]) => used.has(ext))
    .flatMap(([, paths]) => paths.map((path) => ({ path, bytes: 0, shared: true })));
}

const GLB_MAGIC = 0x46546c67; // "glTF"
const CHUNK_JSON = 0x4e4f534a; // "JSON"

/**
 * The extensions (used or required) a glTF declares, from the first bytes of the file: a GLB
 * needs only its header and JSON chunk, a .gltf is JSON and needs all of it (`complete`).
 * Null while more bytes are needed; an empty list for a file that is not a readable glTF.
 */
export function gltfExtensions(head: Uint8Array, complete: boolean): string[] | null {
  let text: string;
  if (head.byteLength >= 4 && new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(0, true) === GLB_MAGIC) {
    if (head.byteLength < 20) return complete ? [] : null;
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    const length = view.getUint32(12, true);
    if (view.getUint32(16, true) !== CHUNK_JSON) return [];
    if (head.byteLength < 20 + length) return complete ? [] : null;
    text = new TextDecoder().decode(head.subarray(20, 20 + length));
  } else {
    if (!complete) return null;
    text = new TextDecoder().decode(head);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  if (!json || typeof json !== 'object') return [];
  const j = json as { extensionsUsed?: unknown; extensionsRequired?: unknown };
  const names = [j.extensionsUsed, j.extensionsRequired].flatMap((l) => (Array.isArray(l) ? l.filter((x): x is string => typeof x === 'string') : []));
  return [...new Set(names)].sort();
}
