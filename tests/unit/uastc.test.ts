/**
 * The solid-colour UASTC fixture (tests/fixtures/uastc.ts) decodes through the same Basis
 * transcoder the app self-hosts (three's examples/jsm/libs/basis, served under
 * /decoders/basis/): to RGBA32 exactly, and to ETC1 through the block's ETC1 hint.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { runInThisContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { etc1Exact, uastcSolidBlock, uastcSolidKtx2 } from '../fixtures/uastc';

interface KTX2File {
  isValid(): boolean;
  isUASTC(): boolean;
  isETC1S(): boolean;
  getWidth(): number;
  getHeight(): number;
  getLevels(): number;
  getHasAlpha(): boolean;
  startTranscoding(): boolean;
  getImageTranscodedSizeInBytes(level: number, layer: number, face: number, format: number): number;
  transcodeImage(dst: Uint8Array, level: number, layer: number, face: number, format: number, flags: number, channel0: number, channel1: number): number;
  close(): void;
  delete(): void;
}
interface Basis {
  initializeBasis(): void;
  KTX2File: new (data: Uint8Array) => KTX2File;
}

const dir = resolve(__dirname, '../../node_modules/three/examples/jsm/libs/basis');
/** basisu transcoder_texture_format values (also KTX2Loader.TranscoderFormat). */
const ETC1 = 0;
const RGBA32 = 13;

let basis: Basis;
beforeAll(async () => {
  // The transcoder is a classic script defining BASIS (three's package is type: module, so
  // require() would not run it as CommonJS); evaluate it as the worker does, as a script.
  const src = readFileSync(resolve(dir, 'basis_transcoder.js'), 'utf8');
  const load = runInThisContext(`(function (require, __dirname) { ${src}\n; return BASIS; })`) as (r: NodeJS.Require, d: string) => (m: object) => Promise<Basis>;
  const factory = load(createRequire(import.meta.url), dir);
  basis = await factory({ wasmBinary: readFileSync(resolve(dir, 'basis_transcoder.wasm')) });
  basis.initializeBasis();
});

function transcode(bytes: Uint8Array, format: number): { file: { uastc: boolean; alpha: boolean; w: number; h: number }; out: Uint8Array } {
  const f = new basis.KTX2File(bytes);
  try {
    expect(f.isValid()).toBeTruthy();
    expect(f.startTranscoding()).toBeTruthy();
    const out = new Uint8Array(f.getImageTranscodedSizeInBytes(0, 0, 0, format));
    expect(f.transcodeImage(out, 0, 0, 0, format, 0, -1, -1)).toBeTruthy();
    return { file: { uastc: Boolean(f.isUASTC()) && !f.isETC1S(), alpha: Boolean(f.getHasAlpha()), w: f.getWidth(), h: f.getHeight() }, out };
  } finally {
    f.close();
    f.delete();
  }
}

/** The colour of texel (x, y) of one ETC1 block in differential mode (ETC1's own layout). */
function etc1Texel(b: Uint8Array, x: number, y: number): [number, number, number] {
  expect(b[3]! & 2, 'differential mode').toBe(2);
  const flip = b[3]! & 1;
  const sub = flip ? (y < 2 ? 0 : 1) : x < 2 ? 0 : 1;
  const table = sub === 0 ? b[3]! >> 5 : (b[3]! >> 2) & 7;
  const base = [0, 1, 2].map((i) => {
    const c5 = b[i]! >> 3;
    const d = ((b[i]! & 7) << 29) >> 29; // signed 3-bit delta
    return etc1Exact(sub === 0 ? c5 : c5 + d);
  });
  const bit = x * 4 + y;
  const msb = (((b[4]! << 8) | b[5]!) >> bit) & 1;
  const lsb = (((b[6]! << 8) | b[7]!) >> bit) & 1;
  const tables = [[2, 8], [5, 17], [9, 29], [13, 42], [18, 60], [24, 80], [33, 106], [47, 183]];
  const mag = tables[table]![lsb]!;
  const mod = msb ? -mag : mag;
  return base.map((c) => Math.min(255, Math.max(0, c + mod))) as [number, number, number];
}

describe('solid-colour UASTC KTX2', () => {
  const colour = [etc1Exact(31), etc1Exact(16), etc1Exact(4), 255] as const; // 255, 132, 33: orange

  it('writes mode 8: the mode code, then R, G, B, A from bit 5', () => {
    const b = uastcSolidBlock(colour);
    expect(b[0]! & 0x1f).toBe(0b10111);
    const bits = (o: number, n: number) => {
      let v = 0;
      for (let i = 0; i < n; i++) v |= ((b[(o + i) >> 3]! >> ((o + i) & 7)) & 1) << i;
      return v;
    };
    expect([bits(5, 8), bits(13, 8), bits(21, 8), bits(29, 8)]).toEqual([...colour]);
  });

  it('is a UASTC file to the Basis transcoder and decodes to its colour', async () => {
    const { file, out } = transcode(await uastcSolidKtx2(colour, 8), RGBA32);
    expect(file).toEqual({ uastc: true, alpha: false, w: 8, h: 8 });
    expect(out.length).toBe(8 * 8 * 4);
    for (let i = 0; i < 64; i++) expect([...out.subarray(i * 4, i * 4 + 4)], `texel ${i}`).toEqual([...colour]);
  });

  it('a different colour decodes differently (the check can fail)', async () => {
    const other = [etc1Exact(2), etc1Exact(20), etc1Exact(28), 255] as const;
    const { out } = transcode(await uastcSolidKtx2(other, 4), RGBA32);
    expect([...out.subarray(0, 4)]).toEqual([...other]);
    expect([...out.subarray(0, 4)]).not.toEqual([...colour]);
  });

  it('transcodes to ETC1 within 2 levels of its colour, through the block hint', async () => {
    const { out } = transcode(await uastcSolidKtx2(colour, 8), ETC1);
    expect(out.length).toBe(4 * 8); // four 8-byte ETC1 blocks
    for (let blk = 0; blk < 4; blk++) {
      const b = out.subarray(blk * 8, blk * 8 + 8);
      for (let t = 0; t < 16; t++) {
        const texel = etc1Texel(b, t & 3, t >> 2);
        texel.forEach((c, i) => expect(Math.abs(c - colour[i]!), `block ${blk} texel ${t} channel ${i}: ${texel}`).toBeLessThanOrEqual(2));
      }
    }
  });

  it('refuses a colour the ETC1 hint cannot carry', async () => {
    await expect(uastcSolidKtx2([200, 40, 30, 255])).rejects.toThrow(/5-bit-exact/);
  });
});
