/**
 * Cuts a TrueType font down to the glyphs of the given code points with HarfBuzz's subsetter
 * (harfbuzzjs's `harfbuzz-subset.wasm`, which needs no imports). A Noto Sans SC face is about
 * 10 MB; the characters of a storyboard or a one-pager make a subset of tens of kilobytes,
 * which jsPDF can then parse and embed quickly (docs/ARCHITECTURE.md §7).
 *
 * Pure apart from WebAssembly: the caller brings the wasm and the font bytes (fetched in the
 * browser, read from node_modules in tests).
 */

/** The exports of harfbuzz-subset.wasm this module calls (C signatures, pointers as numbers). */
interface HbSubsetExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

/** HB_MEMORY_MODE_WRITABLE: HarfBuzz may use the bytes in place; we free them ourselves. */
const MEMORY_MODE_WRITABLE = 2;

/** A compiled subsetter; instantiate once and reuse for several fonts or exports. */
export interface FontSubsetter {
  subset(font: Uint8Array, codePoints: readonly number[]): Uint8Array;
}

export async function createSubsetter(wasm: BufferSource | WebAssembly.Module): Promise<FontSubsetter> {
  const instance = wasm instanceof WebAssembly.Module ? await WebAssembly.instantiate(wasm, {}) : (await WebAssembly.instantiate(wasm, {})).instance;
  const hb = instance.exports as unknown as HbSubsetExports;
  return {
    subset(font, codePoints) {
      const fontPtr = hb.malloc(font.byteLength);
      if (!fontPtr) throw new Error('font subsetting: out of memory');
      new Uint8Array(hb.memory.buffer, fontPtr, font.byteLength).set(font);
      const blob = hb.hb_blob_create(fontPtr, font.byteLength, MEMORY_MODE_WRITABLE, 0, 0);
      const face = hb.hb_face_create(blob, 0);
      hb.hb_blob_destroy(blob);
      const input = hb.hb_subset_input_create_or_fail();
      try {
        if (!input) throw new Error('font subsetting: out of memory');
        const unicodes = hb.hb_subset_input_unicode_set(input);
        for (const cp of codePoints) hb.hb_set_add(unicodes, cp);
        const subsetFace = hb.hb_subset_or_fail(face, input);
        if (!subsetFace) throw new Error('font subsetting failed (not a TrueType/OpenType font?)');
        const out = hb.hb_face_reference_blob(subsetFace);
        const length = hb.hb_blob_get_length(out);
        const data = hb.hb_blob_get_data(out, 0);
        // Copy out before freeing: the wasm memory may grow (and move) on the next call.
        const bytes = new Uint8Array(hb.memory.buffer, data, length).slice();
        hb.hb_blob_destroy(out);
        hb.hb_face_destroy(subsetFace);
        if (length === 0) throw new Error('font subsetting produced an empty font');
        return bytes;
      } finally {
        if (input) hb.hb_subset_input_destroy(input);
        hb.hb_face_destroy(face);
        hb.free(fontPtr);
      }
    },
  };
}
