import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { drawIcon, iconPng } from '../../build/icons';
import { ICONS, THEME_COLOUR, webManifest } from '../../build/pwa';

const px = (data: Uint8Array, size: number, x: number, y: number) => Array.from(data.subarray((y * size + x) * 4, (y * size + x) * 4 + 4));

describe('the generated icon', () => {
  it('is the favicon design: rounded dark square, amber 9:16 frame, transparent corners', () => {
    const size = 128;
    const data = drawIcon(size);
    expect(px(data, size, 0, 0)[3]).toBe(0);
    expect(px(data, size, 64, 64)).toEqual([0x14, 0x16, 0x1a, 255]);
    // The frame's left edge at x = 22 units (44 px), halfway down the frame.
    expect(px(data, size, 44, 52)).toEqual([0xf2, 0xb2, 0x33, 255]);
  });

  it('has a full-bleed maskable variant whose glyph stays inside the safe circle', () => {
    const size = 100;
    const data = drawIcon(size, true);
    expect(px(data, size, 0, 0)[3]).toBe(255);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const [r, , , a] = px(data, size, x, y);
        if (a === 255 && r! > 0x40) expect(Math.hypot(x + 0.5 - 50, y + 0.5 - 50)).toBeLessThanOrEqual(40);
      }
    }
  });

  it('encodes as a PNG of the asked size', () => {
    const png = PNG.sync.read(iconPng(48));
    expect([png.width, png.height]).toEqual([48, 48]);
  });
});

describe('the web manifest', () => {
  it('names the app in both languages, with relative URLs so it works under any sub-path', () => {
    const m = webManifest() as Record<string, unknown> & { icons: { src: string; sizes: string; purpose: string }[] };
    expect(m.name).toMatch(/SetScout/);
    expect(m.name).toMatch(/短剧/);
    expect(m.name_localized).toMatchObject({ en: expect.stringMatching(/SetScout/), 'zh-CN': expect.stringMatching(/短剧/) });
    expect(m.theme_color).toBe(THEME_COLOUR);
    for (const key of ['start_url', 'scope', 'id']) expect(m[key]).toBe('./');
    for (const icon of m.icons) expect(icon.src.startsWith('/')).toBe(false);
    expect(m.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(m.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    expect(ICONS.length).toBe(4);
  });
});
