/**
 * Tells a damaged file from a valid one the viewer cannot handle, before and after
 * parsing, so the page says what actually went wrong (docs/ARCHITECTURE.md §2):
 * "damaged or not a valid glTF" only for bytes that are not a glTF 2.0 file.
 */

export type ModelProblem = 'corrupt' | 'unsupported' | 'prepare' | 'memory';

export interface GltfSummary {
  extensionsUsed: string[];
  extensionsRequired: string[];
}

export type GltfCheck = { ok: true; summary: GltfSummary } | { ok: false; kind: 'corrupt' | 'unsupported'; detail: string };

/** Extensions three's GLTFLoader (r187) reads, with the decoders the site serves (docs/ARCHITECTURE.md §2). */
export const KNOWN_EXTENSIONS: ReadonlySet<string> = new Set([
  'KHR_binary_glTF', 'KHR_draco_mesh_compression', 'KHR_lights_punctual', 'KHR_materials_clearcoat',
  'KHR_materials_diffuse_roughness', 'KHR_materials_dispersion', 'KHR_materials_ior', 'KHR_materials_sheen',
  'KHR_materials_specular', 'KHR_materials_transmission', 'KHR_materials_iridescence', 'KHR_materials_anisotropy',
  'KHR_materials_unlit', 'KHR_materials_volume', 'KHR_texture_basisu', 'KHR_texture_transform',
  'KHR_mesh_quantization', 'KHR_materials_emissive_strength', 'EXT_materials_bump', 'EXT_texture_webp',
  'EXT_texture_avif', 'EXT_meshopt_compression', 'KHR_meshopt_compression', 'EXT_mesh_gpu_instancing',
]);


const GLB_MAGIC = 0x46546c67; // "glTF"
const CHUNK_JSON = 0x4e4f534a; // "JSON"

function strings(x: unknown): string[] {
  return Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : [];
}

/** Reads a .glb or .gltf's header and JSON (not its buffers) and says whether it is a glTF 2.0 file. */
export function checkGltf(buffer: ArrayBuffer): GltfCheck {
  const view = new DataView(buffer);
  let text: string;
  if (buffer.byteLength >= 4 && view.getUint32(0, true) === GLB_MAGIC) {
    if (buffer.byteLength < 20) return { ok: false, kind: 'corrupt', detail: `a GLB of ${buffer.byteLength} bytes is too short` };
    const version = view.getUint32(4, true);
    if (version !== 2) return { ok: false, kind: 'unsupported', detail: `glTF binary version ${version} (only 2 is supported)` };
    const declared = view.getUint32(8, true);
    if (declared > buffer.byteLength) return { ok: false, kind: 'corrupt', detail: `the file is cut short: ${buffer.byteLength} of ${declared} bytes` };
    const length = view.getUint32(12, true);
    if (view.getUint32(16, true) !== CHUNK_JSON || 20 + length > buffer.byteLength) return { ok: false, kind: 'corrupt', detail: 'the GLB has no readable JSON chunk' };
    text = new TextDecoder().decode(new Uint8Array(buffer, 20, length));
  } else {
    const head = new Uint8Array(buffer, 0, Math.min(64, buffer.byteLength));
    let first = 0;
    while (first < head.length && (head[first] === 0x20 || head[first] === 0x0a || head[first] === 0x0d || head[first] === 0x09 || head[first] === 0xef || head[first] === 0xbb || head[first] === 0xbf)) first++;
    if (head[first] !== 0x7b) return { ok: false, kind: 'corrupt', detail: 'the file is neither a GLB nor glTF JSON' };
    text = new TextDecoder().decode(new Uint8Array(buffer));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, kind: 'corrupt', detail: `its JSON does not parse (${err instanceof Error ? err.message : String(err)})` };
  }
  if (!json || typeof json !== 'object') return { ok: false, kind: 'corrupt', detail: 'its JSON is not an object' };
  const { asset, extensionsUsed, extensionsRequired } = json as { asset?: { version?: unknown }; extensionsUsed?: unknown; extensionsRequired?: unknown };
  const version = typeof asset?.version === 'string' ? asset.version : null;
  if (!version) return { ok: false, kind: 'corrupt', detail: 'it has no asset.version' };
  if (!/^2\.\d+$/.test(version)) return { ok: false, kind: 'unsupported', detail: `glTF version ${version} (only 2.x is supported)` };
  return { ok: true, summary: { extensionsUsed: strings(extensionsUsed), extensionsRequired: strings(extensionsRequired) } };
}

/** The required extensions a loader that knows `known` cannot honour. */
export function unknownRequired(summary: GltfSummary, known: ReadonlySet<string>): string[] {
  return summary.extensionsRequired.filter((x) => !known.has(x));
}

const MEMORY = /out of memory|allocation failed|invalid (typed )?array length|array buffer allocation|cannot allocate/i;

/**
 * Names a failure after the file was found to be a glTF 2.0. While parsing, most errors
 * are the file's (a bad accessor, a missing buffer); running out of memory or stack is the
 * viewer's, and so is every error while preparing the parsed model.
 */
export function classifyFailure(err: unknown, phase: 'parse' | 'prepare'): { kind: ModelProblem; detail: string } {
  const detail = err instanceof Error ? err.message : String(err);
  if (MEMORY.test(detail)) return { kind: 'memory', detail };
  if (/maximum call stack/i.test(detail)) return { kind: 'prepare', detail };
  return { kind: phase === 'parse' ? 'corrupt' : 'prepare', detail };
}
