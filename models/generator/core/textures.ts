/**
 * The generator's own textures. Most are greyscale and tinted by the material's base colour
 * (one byte per pixel, so they stay small); sign faces and the emblem are RGB. Values are
 * kept high (mostly 170–255) so the base colour sets the tone and the texture adds detail.
 */
import { Canvas, hex, makeNoise, rng, type TextureImage } from './png.ts';

const cache = new Map<string, TextureImage>();
/** Memoises a texture by name: materials share images. */
export function tex(name: string, make: () => TextureImage): () => TextureImage {
  return () => {
    let t = cache.get(name);
    if (!t) {
      t = make();
      if (t.name !== name) throw new Error(`texture ${name} named ${t.name}`);
      cache.set(name, t);
    }
    return t;
  };
}

const q = (v: number, step = 6) => Math.max(0, Math.min(255, Math.round(v / step) * step));
const grey = (v: number): [number, number, number] => [v, v, v];

/** Wood grain running along u, with `planks` boards across v (0 = continuous veneer). */
export function woodGrain(name: string, seed: number, planks = 0, size = 256): TextureImage {
  const n1 = makeNoise(seed, 8);
  const n2 = makeNoise(seed + 1, 32);
  const r = rng(seed + 2);
  const shades = Array.from({ length: Math.max(1, planks) }, () => 0.9 + r() * 0.2);
  const offs = Array.from({ length: Math.max(1, planks) }, () => r());
  const c = new Canvas(size, size);
  return c
    .paint((x, y) => {
      const u = x / size;
      const v = y / size;
      const k = planks ? Math.min(planks - 1, Math.floor(v * planks)) : 0;
      const vv = planks ? (v * planks) % 1 : v;
      const warp = n1((u + offs[k]!) % 1, v) * 0.35;
      const ring = Math.sin((vv * (planks ? 3 : 9) + warp) * Math.PI * 6);
      let g = 214 + ring * 16 + (n2((u * 1 + offs[k]!) % 1, v) - 0.5) * 26;
      g *= shades[k]!;
      if (planks && (vv < 0.03 || vv > 0.985)) g = 120;
      if (planks && Math.abs(((u + offs[k]!) % 0.5) - 0.25) > 0.248) g = 140;
      return grey(q(g, 4));
    })
    .encode(name, 0);
}

/** Square tiles with grout; `n` tiles per side. */
export function tiles(name: string, seed: number, n: number, grout: number, variance: number, size = 256, speckle = 0): TextureImage {
  const r = rng(seed);
  const shades = Array.from({ length: n * n }, () => 1 - variance / 2 + r() * variance);
  const sp = makeNoise(seed + 5, 64);
  const cell = size / n;
  return new Canvas(size, size)
    .paint((x, y) => {
      const i = Math.floor(x / cell);
      const j = Math.floor(y / cell);
      const fx = x - i * cell;
      const fy = y - j * cell;
      if (fx < grout || fy < grout) return grey(150);
      let g = 235 * shades[j * n + i]!;
      if (speckle) g += (sp(x / size, y / size) - 0.5) * speckle + (((x * 7 + y * 13) % 5) - 2) * speckle * 0.15;
      return grey(q(g, 5));
    })
    .encode(name, 0);
}

/** Running-bond stone blocks (courses of `rows`, `cols` blocks each). */
export function stoneBlocks(name: string, seed: number, cols: number, rows: number, size = 256): TextureImage {
  const r = rng(seed);
  const shades = Array.from({ length: cols * rows * 2 }, () => 0.88 + r() * 0.16);
  const nz = makeNoise(seed + 9, 32);
  const cw = size / cols;
  const rh = size / rows;
  return new Canvas(size, size)
    .paint((x, y) => {
      const j = Math.floor(y / rh);
      const xo = (x + (j % 2) * cw * 0.5) % size;
      const i = Math.floor(xo / cw);
      if (xo - i * cw < 2 || y - j * rh < 2) return grey(140);
      const g = 232 * shades[(j * cols + i) % shades.length]! + (nz(x / size, y / size) - 0.5) * 22;
      return grey(q(g, 5));
    })
    .encode(name, 0);
}

/** Fine concrete / plaster mottling. */
export function mottle(name: string, seed: number, amp: number, size = 128): TextureImage {
  const a = makeNoise(seed, 8);
  const b = makeNoise(seed + 3, 32);
  return new Canvas(size, size)
    .paint((x, y) => grey(q(232 + (a(x / size, y / size) - 0.5) * amp + (b(x / size, y / size) - 0.5) * amp * 0.6, 4)))
    .encode(name, 0);
}

/** Tactile paving: rows of raised domes (warning strip), 6×6 per tile, grooved tile joints. */
export function tactileDots(name: string, size = 128): TextureImage {
  const c = new Canvas(size, size).paint(() => grey(210));
  const step = size / 6;
  for (let j = 0; j < 6; j++)
    for (let i = 0; i < 6; i++) {
      const cx = (i + 0.5) * step;
      const cy = (j + 0.5) * step;
      c.disc(cx + 1, cy + 1.5, step * 0.3, grey(150));
      c.disc(cx, cy, step * 0.3, grey(250));
      c.disc(cx - 2, cy - 2, step * 0.1, grey(255));
    }
  c.rect(0, 0, size, 1, grey(120)).rect(0, 0, 1, size, grey(120));
  return c.encode(name, 0);
}

/** Roof tiles: alternating pan and round (cover) tiles running down the slope along v. */
export function roofTiles(name: string, size = 128): TextureImage {
  const cols = 4;
  const rows = 6;
  const cw = size / cols;
  const rh = size / rows;
  return new Canvas(size, size)
    .paint((x, y) => {
      const fx = (x % cw) / cw;
      const fy = (y % rh) / rh;
      // Round cover tile in the middle third of each column, pans between.
      let g: number;
      if (fx > 0.3 && fx < 0.7) {
        const t = (fx - 0.5) / 0.2;
        g = 200 + 50 * Math.sqrt(Math.max(0, 1 - t * t)) - (fy > 0.9 ? 60 : 0);
      } else {
        const t = fx < 0.3 ? fx / 0.3 : (1 - fx) / 0.3;
        g = 150 + 40 * t - (fy > 0.88 ? 50 : 0);
      }
      return grey(q(g, 5));
    })
    .encode(name, 0);
}

/** Lattice for door leaves: a square grid of bars over transparent openings (grey + alpha). */
export function lattice(name: string, cells: number, bar: number, size = 128): TextureImage {
  const cell = size / cells;
  return new Canvas(size, size)
    .paint((x, y) => {
      const fx = x % cell;
      const fy = y % cell;
      const d1 = Math.abs(((x + y) % cell) - cell / 2);
      const onBar = fx < bar || fy < bar || (d1 < bar / 2 && fx > cell * 0.25 && fx < cell * 0.75);
      return onBar ? [230, 230, 230, 255] : [0, 0, 0, 0];
    })
    .encode(name, 4);
}

/** Acoustic ceiling tiles: 600 mm grid with a fine perforation noise. */
export function ceilingGrid(name: string, size = 128): TextureImage {
  const n = makeNoise(7, 64);
  return new Canvas(size, size)
    .paint((x, y) => {
      if (x % (size / 2) < 2 || y % (size / 2) < 2) return grey(190);
      return grey(q(238 + (n(x / size, y / size) - 0.5) * 14 + ((x * 3 + y * 5) % 4 === 0 ? -10 : 0), 4));
    })
    .encode(name, 0);
}

/** Linear metal baffles / strip panels along u. */
export function stripes(name: string, count: number, gap: number, size = 128): TextureImage {
  const w = size / count;
  return new Canvas(size, size)
    .paint((x) => {
      const f = x % w;
      if (f < gap) return grey(110);
      return grey(q(225 + 20 * Math.sin((f / w) * Math.PI), 5));
    })
    .encode(name, 0);
}

/** Escalator step treads: fine grooves along v with a yellow-ish demarcation handled by the tint. */
export function grooves(name: string, size = 64): TextureImage {
  return new Canvas(size, size).paint((x) => grey(x % 4 < 2 ? 150 : 235)).encode(name, 0);
}

export type Palette = Record<string, string>;

/** A stylised court emblem (not the real artwork): red field, gold ring of ticks, star and gate. */
export function emblem(name: string, size = 256): TextureImage {
  const gold = hex('#e3b341');
  const red = hex('#c8161d');
  const c = new Canvas(size, size).paint(() => gold);
  const m = size / 2;
  c.disc(m, m, m * 0.98, hex('#b8860b'));
  c.disc(m, m, m * 0.92, gold);
  // Ring of grain-like ticks.
  for (let i = 0; i < 40; i++) {
    const a = (i / 40) * Math.PI * 2;
    const r0 = m * 0.72;
    const r1 = m * 0.88;
    c.line(m + Math.cos(a) * r0, m + Math.sin(a) * r0, m + Math.cos(a + 0.08) * r1, m + Math.sin(a + 0.08) * r1, 5, hex('#c9972a'));
  }
  c.disc(m, m, m * 0.68, red);
  // One large star and four small ones on an arc.
  const star = (cx: number, cy: number, r: number, rot = -Math.PI / 2) => {
    const pts: [number, number][] = [];
    for (let i = 0; i < 10; i++) {
      const rr = i % 2 ? r * 0.4 : r;
      const a = rot + (i * Math.PI) / 5;
      pts.push([cx + Math.cos(a) * rr, cy + Math.sin(a) * rr]);
    }
    c.poly(pts, gold);
  };
  star(m, m * 0.62, m * 0.2);
  for (let i = 0; i < 4; i++) {
    const a = -Math.PI / 2 + (i - 1.5) * 0.42;
    star(m + Math.cos(a) * m * 0.5, m * 1.02 + Math.sin(a) * m * 0.5 - m * 0.16, m * 0.07);
  }
  // Stylised gate: a base, a body with three openings and a roof.
  c.rect(m - m * 0.42, m * 1.3, m * 0.84, m * 0.08, gold);
  c.rect(m - m * 0.34, m * 1.08, m * 0.68, m * 0.22, gold);
  for (const dx of [-0.18, 0, 0.18]) c.rect(m + dx * m - m * 0.04, m * 1.16, m * 0.08, m * 0.14, red);
  c.poly([[m - m * 0.42, m * 1.08], [m + m * 0.42, m * 1.08], [m + m * 0.3, m * 0.98], [m - m * 0.3, m * 0.98]], gold);
  return c.encode(name, 2);
}

/** Carved-screen panel: gold cloud scrolls on cinnabar lacquer, framed. */
export function cloudPanel(name: string, size = 256): TextureImage {
  const red = hex('#7d1414');
  const gold = hex('#d9a441');
  const dark = hex('#3a0d0d');
  const c = new Canvas(size, size).paint(() => red);
  c.rect(0, 0, size, 10, dark).rect(0, size - 10, size, 10, dark).rect(0, 0, 10, size, dark).rect(size - 10, 0, 10, size, dark);
  c.rect(14, 14, size - 28, 3, gold).rect(14, size - 17, size - 28, 3, gold).rect(14, 14, 3, size - 28, gold).rect(size - 17, 14, 3, size - 28, gold);
  const r = rng(31);
  for (let k = 0; k < 9; k++) {
    const cx = 40 + r() * (size - 80);
    const cy = 40 + r() * (size - 80);
    const rad = 14 + r() * 14;
    // A cloud scroll: a spiral and a trailing tail.
    let px = cx;
    let py = cy;
    for (let t = 0; t < 14; t += 0.15) {
      const rr = rad * (t / 14);
      const x = cx + Math.cos(t * 1.3) * rr;
      const y = cy + Math.sin(t * 1.3) * rr;
      c.line(px, py, x, y, 3, gold);
      px = x;
      py = y;
    }
    c.line(px, py, px + rad * 1.6, py + rad * 0.4, 3, gold);
  }
  return c.encode(name, 2);
}

/** Carved stone relief (greyscale): cloud scrolls with a cast shadow, for the imperial ramp. */
export function cloudRelief(name: string, size = 256): TextureImage {
  const c = new Canvas(size, size).paint(() => grey(205));
  c.rect(0, 0, size, 8, grey(150)).rect(0, 0, 8, size, grey(150)).rect(size - 8, 0, 8, size, grey(240));
  const r = rng(47);
  for (let k = 0; k < 10; k++) {
    const cx = 36 + r() * (size - 72);
    const cy = 36 + r() * (size - 72);
    const rad = 12 + r() * 16;
    for (const [dx, dy, v] of [
      [2, 2, 140],
      [0, 0, 250],
    ] as const) {
      let px = cx + dx;
      let py = cy + dy;
      for (let t = 0; t < 14; t += 0.2) {
        const rr = rad * (t / 14);
        const x = cx + dx + Math.cos(t * 1.3) * rr;
        const y = cy + dy + Math.sin(t * 1.3) * rr;
        c.line(px, py, x, y, 4, grey(v));
        px = x;
        py = y;
      }
      c.line(px, py, px + rad * 1.5, py + rad * 0.5, 4, grey(v));
    }
  }
  return c.encode(name, 0);
}
