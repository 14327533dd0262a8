import { describe, expect, it } from 'vitest';
import { knownModelExtensions, noteModelExtensions } from './modelExtensions';

describe('model extensions noted by the viewer', () => {
  it('keeps used and required extensions once, sorted, per URL', () => {
    expect(knownModelExtensions('https://h.example/models/a.glb')).toBeUndefined();
    noteModelExtensions('https://h.example/models/a.glb', { extensionsUsed: ['KHR_texture_basisu', 'KHR_draco_mesh_compression', 7], extensionsRequired: ['KHR_draco_mesh_compression'] });
    expect(knownModelExtensions('https://h.example/models/a.glb')).toEqual(['KHR_draco_mesh_compression', 'KHR_texture_basisu']);
    noteModelExtensions('https://h.example/models/b.glb', undefined);
    expect(knownModelExtensions('https://h.example/models/b.glb')).toEqual([]);
  });
});
