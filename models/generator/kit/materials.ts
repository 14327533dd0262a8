/**
 * Finishes (the layout's material library, src/data/layout/finishes.ts, plus a layout's own
 * "materials") as generator materials. Patterns are small greyscale textures tinted by the
 * base colour and shared by every finish with that pattern, so a set carries a handful.
 */
import { FINISHES, type Finish, type Pattern } from '../../../src/data/layout/finishes.ts';
import type { MaterialSpec } from '../core/builder.ts';
import { Canvas, rng, type TextureImage } from '../core/png.ts';
import { ceilingGrid, mottle, stoneBlocks, stripes, tex, tiles, woodGrain } from '../core/textures.ts';

const checker = (name: string): TextureImage => {
  const r = rng(41);
  return new Canvas(128, 128)
    .paint((x, y) => {
      const i = Math.floor(x / 32);
      const j = Math.floor(y / 32);
      if (x % 32 < 1 || y % 32 < 1) return [150, 150, 150];
      const dx = (x % 32) - 16;
      const dy = (y % 32) - 16;
      const diamond = Math.abs(dx) + Math.abs(dy) < 10;
      const g = (i + j) % 2 ? 150 : 235;
      return diamond ? [205, 205, 205] : [g + Math.floor(r() * 6), g, g];
    })
    .encode(name, 0);
};

const PATTERNS: Record<Pattern, () => TextureImage> = {
  planks: tex('kit-planks', () => woodGrain('kit-planks', 11, 8)),
  grain: tex('kit-grain', () => woodGrain('kit-grain', 21)),
  mottle: tex('kit-mottle', () => mottle('kit-mottle', 5, 18)),
  tiles: tex('kit-tiles', () => tiles('kit-tiles', 3, 4, 2, 0.08)),
  checker: tex('kit-checker', () => checker('kit-checker')),
  stone: tex('kit-stone', () => stoneBlocks('kit-stone', 9, 2, 4)),
  'ceiling-grid': tex('kit-ceiling-grid', () => ceilingGrid('kit-ceiling-grid')),
  stripes: tex('kit-stripes', () => stripes('kit-stripes', 8, 2)),
};

export type MaterialLookup = (name: string) => MaterialSpec;

/** One MaterialSpec per finish name (the same object each time, as write.ts requires). */
export function materialLibrary(extra: Record<string, Finish> = {}): MaterialLookup {
  const made = new Map<string, MaterialSpec>();
  return (name) => {
    let m = made.get(name);
    if (m) return m;
    const f: Finish | undefined = (extra[name] ?? (FINISHES as Record<string, Finish>)[name]);
    if (!f) throw new Error(`unknown finish ${name}`);
    m = { name, color: f.color, roughness: f.roughness };
    if (f.metalness !== undefined) m.metalness = f.metalness;
    if (f.opacity !== undefined && f.opacity < 1) m.opacity = f.opacity;
    if (f.emissive) {
      m.emissive = f.emissive;
      m.emissiveStrength = f.emissiveStrength ?? 1;
    }
    if (f.pattern) {
      m.map = PATTERNS[f.pattern];
      m.uvScale = f.scale ?? 1;
    }
    made.set(name, m);
    return m;
  };
}

/** A material made in code (a screen face, a sign) that still goes through the same cache rules. */
export function textured(name: string, color: string, image: () => TextureImage, opts: Partial<MaterialSpec> = {}): MaterialSpec {
  return { name, color, roughness: 0.5, map: image, ...opts };
}
