import { describe, expect, it } from 'vitest';
import { checkGltf, classifyFailure, unknownRequired } from './gltfCheck';

function glb(json: unknown, { version = 2, cut = 0 } = {}): ArrayBuffer {
  let text = JSON.stringify(json);
  while (text.length % 4) text += ' ';
  const body = new TextEncoder().encode(text);
  const out = new ArrayBuffer(20 + body.length);
  const v = new DataView(out);
  v.setUint32(0, 0x46546c67, true);
  v.setUint32(4, version, true);
  v.setUint32(8, out.byteLength + cut, true);
  v.setUint32(12, body.length, true);
  v.setUint32(16, 0x4e4f534a, true);
  new Uint8Array(out, 20).set(body);
  return out;
}

const text = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;

describe('checkGltf', () => {
  it('accepts a GLB and a .gltf, reading their extensions', () => {
    const r = checkGltf(glb({ asset: { version: '2.0' }, extensionsUsed: ['KHR_texture_basisu', 3], extensionsRequired: ['KHR_texture_basisu'] }));
    expect(r).toEqual({ ok: true, summary: { extensionsUsed: ['KHR_texture_basisu'], extensionsRequired: ['KHR_texture_basisu'] } });
    expect(checkGltf(text('\n {"asset":{"version":"2.0"}}')).ok).toBe(true);
  });

  it('calls bytes that are not glTF damaged, saying why', () => {
    expect(checkGltf(text('<!doctype html><p>hello'))).toMatchObject({ ok: false, kind: 'corrupt', detail: expect.stringContaining('neither') });
    expect(checkGltf(text('{"asset": '))).toMatchObject({ ok: false, kind: 'corrupt' });
    expect(checkGltf(text('{"scenes": []}'))).toMatchObject({ ok: false, kind: 'corrupt', detail: expect.stringContaining('asset.version') });
    expect(checkGltf(glb({ asset: { version: '2.0' } }, { cut: 100 }))).toMatchObject({ ok: false, kind: 'corrupt', detail: expect.stringContaining('cut short') });
    expect(checkGltf(new ArrayBuffer(0))).toMatchObject({ ok: false, kind: 'corrupt' });
  });

  it('calls another glTF version unsupported, not damaged', () => {
    expect(checkGltf(glb({ asset: { version: '1.0' } }, { version: 1 }))).toMatchObject({ ok: false, kind: 'unsupported' });
    expect(checkGltf(text('{"asset":{"version":"1.0"}}'))).toMatchObject({ ok: false, kind: 'unsupported', detail: expect.stringContaining('1.0') });
  });

  it('lists required extensions the loader does not know', () => {
    const summary = { extensionsUsed: [], extensionsRequired: ['KHR_draco_mesh_compression', 'EXT_made_up'] };
    expect(unknownRequired(summary, new Set(['KHR_draco_mesh_compression']))).toEqual(['EXT_made_up']);
  });
});

describe('classifyFailure', () => {
  it('tells memory and stack exhaustion from a damaged file', () => {
    expect(classifyFailure(new RangeError('Array buffer allocation failed'), 'parse').kind).toBe('memory');
    expect(classifyFailure(new RangeError('Maximum call stack size exceeded'), 'parse').kind).toBe('prepare');
    expect(classifyFailure(new Error('THREE.GLTFLoader: Failed to load buffer "a.bin"'), 'parse').kind).toBe('corrupt');
    expect(classifyFailure(new TypeError('x is undefined'), 'prepare')).toEqual({ kind: 'prepare', detail: 'x is undefined' });
    expect(classifyFailure('Out of memory', 'prepare').kind).toBe('memory');
  });
});
