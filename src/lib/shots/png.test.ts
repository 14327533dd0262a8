import { describe, expect, it } from 'vitest';
import { dataUrlToBytes } from './exportJson';
import { pngSize } from './png';

describe('pngSize', () => {
  it('reads width and height from IHDR', () => {
    const png = dataUrlToBytes('data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==')!;
    expect(pngSize(png.bytes)).toEqual({ width: 1, height: 1 });
    const big = png.bytes.slice();
    new DataView(big.buffer).setUint32(16, 1080);
    new DataView(big.buffer).setUint32(20, 1920);
    expect(pngSize(big)).toEqual({ width: 1080, height: 1920 });
  });
  it('refuses other bytes', () => {
    expect(pngSize(new Uint8Array(30))).toBeNull();
    expect(pngSize(new Uint8Array([0x89, 0x50]))).toBeNull();
  });
});
