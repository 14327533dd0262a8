import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { codePointsOf } from './fontChars';
import { createSubsetter } from './subsetFont';

const require = createRequire(import.meta.url);
const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
const font = new Uint8Array(readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')));

/** The code points a TrueType font's cmap maps to a real glyph (formats 4 and 12). */
function mapped(bytes: Uint8Array): Set<number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let cmap = -1;
  for (let i = 0; i < view.getUint16(4); i++) {
    const rec = 12 + i * 16;
    if (String.fromCharCode(...bytes.subarray(rec, rec + 4)) === 'cmap') cmap = view.getUint32(rec + 8);
  }
  const out = new Set<number>();
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const sub = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(sub);
    if (format === 4) {
      const segs = view.getUint16(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + segs * 2 + 2;
      const deltas = starts + segs * 2;
      const offsets = deltas + segs * 2;
      for (let s = 0; s < segs; s++) {
        const end = view.getUint16(ends + s * 2);
        const start = view.getUint16(starts + s * 2);
        const delta = view.getInt16(deltas + s * 2);
        const offset = view.getUint16(offsets + s * 2);
        for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
          const glyph = offset === 0 ? (cp + delta) & 0xffff : view.getUint16(offsets + s * 2 + offset + (cp - start) * 2);
          if (glyph !== 0) out.add(cp);
        }
      }
    } else if (format === 12) {
      for (let g = 0; g < view.getUint32(sub + 12); g++) {
        const first = sub + 16 + g * 12;
        for (let cp = view.getUint32(first); cp <= view.getUint32(first + 4); cp++) out.add(cp);
      }
    }
  }
  return out;
}

describe('codePointsOf', () => {
  it('keeps each character once, sorted, without control characters', () => {
    expect(codePointsOf(['民国街 A', '街\n35 mm\t', '…'])).toEqual([0x20, 0x33, 0x35, 0x41, 0x6d, 0x2026, 0x56fd, 0x6c11, 0x8857]);
  });
  it('counts a character outside the basic plane as one code point', () => {
    expect(codePointsOf(['𠀋'])).toEqual([0x2000b]);
  });
  it('is empty for no text', () => {
    expect(codePointsOf([])).toEqual([]);
    expect(codePointsOf(['\n\r'])).toEqual([]);
  });
});

describe('createSubsetter', () => {
  it('cuts Noto Sans SC down to exactly the characters asked for', async () => {
    const subsetter = await createSubsetter(wasm);
    const text = '上海影视基地 · 民国街 Lens 35 mm, f/2.8 — 第 1 / 2 页…';
    const wanted = codePointsOf([text]);
    const out = subsetter.subset(font, wanted);
    expect(mapped(font).size).toBeGreaterThan(30_000);
    expect(out.byteLength).toBeLessThan(40_000);
    expect([...out.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
    expect([...mapped(out)].sort((a, b) => a - b)).toEqual(wanted);
    // Reusable: a second, different cut from the same instance.
    expect([...mapped(subsetter.subset(font, codePointsOf(['分镜'])))].sort((a, b) => a - b)).toEqual(codePointsOf(['分镜']));
  });

  it('says so when the bytes are not a font', async () => {
    const subsetter = await createSubsetter(wasm);
    expect(() => subsetter.subset(new Uint8Array(64), [0x41])).toThrow(/font/);
  });
});
