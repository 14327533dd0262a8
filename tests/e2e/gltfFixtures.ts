/**
 * glTF files made in the test, the way a base's own tools would export them: no
 * SetScout node names (no floor, collision, spawn or markers), plain glTF 2.0 made
 * with glTF-Transform. Each is served in place of a set's model with page.route.
 */
import type { Document as GltfDocument } from '@gltf-transform/core';

async function core() {
  return import('@gltf-transform/core');
}

async function toGlb(doc: GltfDocument, extensions: unknown[] = []): Promise<Uint8Array> {
  const { NodeIO } = await core();
  const io = new NodeIO().registerExtensions(extensions as never);
  return io.writeBinary(doc);
}

/**
 * A rolling heightfield of n × n quads (2n² triangles) spread over 40 m × 40 m, one mesh
 * under a node named "Terrain": far more triangles than any SetScout set.
 */
export async function terrainGlb(n: number): Promise<Uint8Array> {
  const { Document } = await core();
  const doc = new Document();
  const buffer = doc.createBuffer();
  const positions = new Float32Array((n + 1) * (n + 1) * 3);
  const step = 40 / n;
  for (let j = 0, o = 0; j <= n; j++) {
    for (let i = 0; i <= n; i++, o += 3) {
      positions[o] = i * step - 20;
      positions[o + 1] = 0.4 * Math.sin(i * 0.05) * Math.cos(j * 0.04);
      positions[o + 2] = j * step - 20;
    }
  }
  const indices = new Uint32Array(n * n * 6);
  for (let j = 0, o = 0; j < n; j++) {
    for (let i = 0; i < n; i++, o += 6) {
      const a = j * (n + 1) + i;
      indices[o] = a;
      indices[o + 1] = a + n + 1;
      indices[o + 2] = a + 1;
      indices[o + 3] = a + 1;
      indices[o + 4] = a + n + 1;
      indices[o + 5] = a + n + 2;
    }
  }
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(indices).setBuffer(buffer))
    .setMaterial(doc.createMaterial('ground').setBaseColorFactor([0.55, 0.6, 0.45, 1]).setRoughnessFactor(0.9).setMetallicFactor(0));
  doc.createScene('Scene').addChild(doc.createNode('Terrain').setMesh(doc.createMesh('terrain').addPrimitive(prim)));
  return toGlb(doc);
}

/** A box of w × h × d metres standing on y = 0, as flat positions and indices (24 vertices). */
function boxArrays(w: number, h: number, d: number, rows = 1): { positions: Float32Array; indices: Uint16Array; heights: Float32Array } {
  const pos: number[] = [];
  const idx: number[] = [];
  const x = w / 2;
  const z = d / 2;
  // A column of `rows` rings (4 corners each), capped: enough vertices for a skin to bend.
  for (let r = 0; r <= rows; r++) {
    const y = (h * r) / rows;
    pos.push(-x, y, -z, x, y, -z, x, y, z, -x, y, z);
  }
  for (let r = 0; r < rows; r++) {
    const a = r * 4;
    const b = a + 4;
    for (let s = 0; s < 4; s++) {
      const s1 = (s + 1) % 4;
      idx.push(a + s, b + s, a + s1, a + s1, b + s, b + s1);
    }
  }
  const top = rows * 4;
  idx.push(0, 1, 2, 0, 2, 3, top, top + 2, top + 1, top, top + 3, top + 2);
  const positions = new Float32Array(pos);
  const heights = new Float32Array(positions.length / 3).map((_, i) => positions[i * 3 + 1]!);
  return { positions, indices: new Uint16Array(idx), heights };
}

/** A 2.4 m column skinned to two joints, with an animation that bends it (skinned animation). */
export async function skinnedGlb(): Promise<Uint8Array> {
  const { Document } = await core();
  const doc = new Document();
  const buffer = doc.createBuffer();
  const { positions, indices, heights } = boxArrays(0.6, 2.4, 0.6, 6);
  const count = positions.length / 3;
  const joints = new Uint16Array(count * 4);
  const weights = new Float32Array(count * 4);
  for (let i = 0; i < count; i++) {
    const t = Math.min(1, heights[i]! / 2.4);
    joints.set([0, 1, 0, 0], i * 4);
    weights.set([1 - t, t, 0, 0], i * 4);
  }
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
    .setAttribute('JOINTS_0', doc.createAccessor().setType('VEC4').setArray(joints).setBuffer(buffer))
    .setAttribute('WEIGHTS_0', doc.createAccessor().setType('VEC4').setArray(weights).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(indices).setBuffer(buffer))
    .setMaterial(doc.createMaterial('skin').setBaseColorFactor([0.85, 0.45, 0.3, 1]));
  const root = doc.createNode('Hips').setTranslation([0, 0, 0]);
  const upper = doc.createNode('Spine').setTranslation([0, 1.2, 0]);
  root.addChild(upper);
  const inverseBind = new Float32Array([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, -1.2, 0, 1]);
  const skin = doc
    .createSkin('Rig')
    .addJoint(root)
    .addJoint(upper)
    .setSkeleton(root)
    .setInverseBindMatrices(doc.createAccessor().setType('MAT4').setArray(inverseBind).setBuffer(buffer));
  const body = doc.createNode('Figure').setMesh(doc.createMesh('figure').addPrimitive(prim)).setSkin(skin);
  doc.createScene('Scene').addChild(root).addChild(body);
  const s = Math.sin(Math.PI / 12);
  const c = Math.cos(Math.PI / 12);
  const sampler = doc
    .createAnimationSampler()
    .setInput(doc.createAccessor().setType('SCALAR').setArray(new Float32Array([0, 1, 2])).setBuffer(buffer))
    .setOutput(doc.createAccessor().setType('VEC4').setArray(new Float32Array([0, 0, 0, 1, 0, 0, s, c, 0, 0, 0, 1])).setBuffer(buffer))
    .setInterpolation('LINEAR');
  const channel = doc.createAnimationChannel().setTargetNode(upper).setTargetPath('rotation').setSampler(sampler);
  doc.createAnimation('Bend').addSampler(sampler).addChannel(channel);
  return toGlb(doc);
}

/** A 2 m box with one morph target (its top swells) and animated weights. */
export async function morphGlb(): Promise<Uint8Array> {
  const { Document } = await core();
  const doc = new Document();
  const buffer = doc.createBuffer();
  const { positions, indices, heights } = boxArrays(1.2, 2, 1.2, 4);
  const offsets = new Float32Array(positions.length);
  for (let i = 0; i < positions.length / 3; i++) {
    const t = heights[i]! / 2;
    offsets[i * 3] = positions[i * 3]! * 0.5 * t;
    offsets[i * 3 + 2] = positions[i * 3 + 2]! * 0.5 * t;
  }
  const target = doc.createPrimitiveTarget('Swell').setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(offsets).setBuffer(buffer));
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(indices).setBuffer(buffer))
    .addTarget(target)
    .setMaterial(doc.createMaterial('clay').setBaseColorFactor([0.4, 0.55, 0.8, 1]));
  const mesh = doc.createMesh('vase').addPrimitive(prim).setWeights([0.5]);
  const node = doc.createNode('Vase').setMesh(mesh);
  doc.createScene('Scene').addChild(node);
  const sampler = doc
    .createAnimationSampler()
    .setInput(doc.createAccessor().setType('SCALAR').setArray(new Float32Array([0, 1])).setBuffer(buffer))
    .setOutput(doc.createAccessor().setType('SCALAR').setArray(new Float32Array([0, 1])).setBuffer(buffer))
    .setInterpolation('LINEAR');
  doc.createAnimation('Swell').addSampler(sampler).addChannel(doc.createAnimationChannel().setTargetNode(node).setTargetPath('weights').setSampler(sampler));
  return toGlb(doc);
}

/** A valid glTF 2.0 with a scene and a node but no mesh at all. */
export async function emptyGlb(): Promise<Uint8Array> {
  const { Document } = await core();
  const doc = new Document();
  doc.createScene('Scene').addChild(doc.createNode('Nothing').setTranslation([1, 2, 3]));
  return toGlb(doc);
}

/**
 * A 4 × 4 RGBA8 (sRGB) KTX2 texture, uncompressed: KTX2Loader reads these itself. Made
 * with ktx-parse, which glTF-Transform's extensions package already brings.
 */
export async function rgbaKtx2(rgba: [number, number, number, number]): Promise<Uint8Array> {
  const ktx = await import('ktx-parse');
  const c = ktx.createDefaultContainer();
  c.vkFormat = ktx.VK_FORMAT_R8G8B8A8_SRGB;
  c.typeSize = 1;
  c.pixelWidth = 4;
  c.pixelHeight = 4;
  const data = new Uint8Array(64);
  for (let i = 0; i < 16; i++) data.set(rgba, i * 4);
  c.levels = [{ levelData: data, uncompressedByteLength: data.byteLength }];
  const dfd = c.dataFormatDescriptor[0]!;
  dfd.colorModel = ktx.KHR_DF_MODEL_RGBSDA;
  dfd.colorPrimaries = ktx.KHR_DF_PRIMARIES_BT709;
  dfd.transferFunction = ktx.KHR_DF_TRANSFER_SRGB;
  dfd.texelBlockDimension = [0, 0, 0, 0];
  dfd.bytesPlane = [4, 0, 0, 0, 0, 0, 0, 0];
  dfd.samples = [0, 1, 2, 15].map((channel, i) => ({
    bitOffset: i * 8,
    bitLength: 7,
    channelType: channel === 15 ? ktx.KHR_DF_CHANNEL_RGBSDA_ALPHA | ktx.KHR_DF_SAMPLE_DATATYPE_LINEAR : channel,
    samplePosition: [0, 0, 0, 0],
    sampleLower: 0,
    sampleUpper: 255,
  }));
  return ktx.write(c, { keepWriter: true });
}

/** A 3 m textured wall whose base colour is a KTX2 image (KHR_texture_basisu, required). */
export async function ktx2WallGlb(ktx2: Uint8Array): Promise<Uint8Array> {
  const { Document } = await core();
  const { KHRTextureBasisu } = await import('@gltf-transform/extensions');
  const doc = new Document();
  doc.createExtension(KHRTextureBasisu).setRequired(true);
  const buffer = doc.createBuffer();
  const positions = new Float32Array([-1.5, 0, 0, 1.5, 0, 0, 1.5, 3, 0, -1.5, 3, 0]);
  const uvs = new Float32Array([0, 1, 1, 1, 1, 0, 0, 0]);
  const texture = doc.createTexture('paint').setImage(ktx2).setMimeType('image/ktx2');
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
    .setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(uvs).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint16Array([0, 1, 2, 0, 2, 3])).setBuffer(buffer))
    .setMaterial(doc.createMaterial('paint').setBaseColorTexture(texture).setDoubleSided(true).setRoughnessFactor(1).setMetallicFactor(0));
  doc.createScene('Scene').addChild(doc.createNode('Wall').setMesh(doc.createMesh('wall').addPrimitive(prim)));
  return toGlb(doc, [KHRTextureBasisu]);
}
