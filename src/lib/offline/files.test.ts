import { describe, expect, it } from 'vitest';
import { DECODER_FILES, decoderFiles, gltfExtensions } from './decoders';
import { offlineFiles } from './files';

const enc = new TextEncoder();

/** A GLB with the given JSON chunk and an 8-byte BIN chunk after it. */
function glb(json: object): Uint8Array {
  let text = JSON.stringify(json);
  while (text.length % 4) text += ' ';
  const body = enc.encode(text);
  const out = new Uint8Array(12 + 8 + body.length + 8 + 8);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x46546c67, true);
  v.setUint32(4, 2, true);
  v.setUint32(8, out.length, true);
  v.setUint32(12, body.length, true);
  v.setUint32(16, 0x4e4f534a, true);
  out.set(body, 20);
  v.setUint32(20 + body.length, 8, true);
  v.setUint32(24 + body.length, 0x004e4942, true);
  return out;
}

describe('glTF extensions, read from the head of the file', () => {
  const file = glb({ asset: { version: '2.0' }, extensionsUsed: ['KHR_draco_mesh_compression', 'KHR_materials_unlit'], extensionsRequired: ['KHR_texture_basisu'] });

  it('reads a GLB as soon as its JSON chunk is in, and asks for more before', () => {
    expect(gltfExtensions(file.subarray(0, 10), false)).toBeNull();
    const jsonEnd = 20 + new DataView(file.buffer).getUint32(12, true);
    expect(gltfExtensions(file.subarray(0, jsonEnd - 1), false)).toBeNull();
    expect(gltfExtensions(file.subarray(0, jsonEnd), false)).toEqual(['KHR_draco_mesh_compression', 'KHR_materials_unlit', 'KHR_texture_basisu']);
  });

  it('reads a .gltf only whole, and gives nothing for a file that is not glTF', () => {
    const text = enc.encode(JSON.stringify({ asset: { version: '2.0' }, extensionsUsed: ['EXT_meshopt_compression'] }));
    expect(gltfExtensions(text.subarray(0, 5), false)).toBeNull();
    expect(gltfExtensions(text, true)).toEqual(['EXT_meshopt_compression']);
    expect(gltfExtensions(enc.encode('<html>'), true)).toEqual([]);
    expect(gltfExtensions(glb({ asset: { version: '2.0' } }), true)).toEqual([]);
    expect(gltfExtensions(file.subarray(0, 16), true)).toEqual([]);
  });
});

describe('the files a set is saved with', () => {
  const set = { model: { file: 'models/courtroom.glb', bytes: 1234 }, still: 'models/stills/courtroom.jpg' };
  const font = [
    { path: 'assets/font-1.ttf', bytes: 10 },
    { path: 'assets/hb-1.wasm', bytes: 5 },
  ];

  it('is the model and still alone for a plain model', () => {
    expect(offlineFiles(set)).toEqual([
      { path: 'models/courtroom.glb', bytes: 1234 },
      { path: 'models/stills/courtroom.jpg', bytes: 0 },
    ]);
    // Meshopt is decoded by bundled code: no file.
    expect(offlineFiles(set, { extensions: ['EXT_meshopt_compression'] })).toHaveLength(2);
  });

  it('adds the decoders the model declares, and the PDF font, as shared files', () => {
    const files = offlineFiles(set, { extensions: ['KHR_texture_basisu', 'KHR_draco_mesh_compression'], app: font });
    expect(files.map((f) => f.path)).toEqual([
      'models/courtroom.glb',
      'models/stills/courtroom.jpg',
      ...DECODER_FILES.KHR_draco_mesh_compression!,
      ...DECODER_FILES.KHR_texture_basisu!,
      'assets/font-1.ttf',
      'assets/hb-1.wasm',
    ]);
    expect(files.filter((f) => f.shared).map((f) => f.path)).toEqual(files.slice(2).map((f) => f.path));
    expect(files.find((f) => f.path === 'assets/font-1.ttf')?.bytes).toBe(10);
  });

  it('lists each file once and no decoder without a model', () => {
    expect(decoderFiles(['KHR_draco_mesh_compression', 'KHR_draco_mesh_compression'])).toHaveLength(2);
    expect(offlineFiles({ model: null, still: 'models/stills/x.jpg' }, { extensions: ['KHR_draco_mesh_compression'], app: font }).map((f) => f.path)).toEqual([
      'models/stills/x.jpg',
      'assets/font-1.ttf',
      'assets/hb-1.wasm',
    ]);
  });
});
