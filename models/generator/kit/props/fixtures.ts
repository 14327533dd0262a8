/** Fixture props: columns, partitions, rails, stairs, screens, the ticker wall, lamps, curtains. */
import { BoxGeometry } from 'three';
import { tf } from '../../core/builder.ts';
import { Canvas, rng, type TextureImage } from '../../core/png.ts';
import { tex } from '../../core/textures.ts';
import { textured } from '../materials.ts';
import { ball, bool, cyl, num, rect, slab, str, type PropBuild } from './types.ts';

export const column: PropBuild = (p, P, M) => {
  const [s, h] = [num(P, 'size'), num(P, 'height')];
  const m = M(str(P, 'finish'));
  if (bool(P, 'round')) cyl(p, m, s / 2, h, [0, 0, 0], 20);
  else {
    const g = new BoxGeometry(s, h, s, 1, Math.ceil(h / 0.5), 1);
    p.mesh(m, g, tf(0, h / 2, 0));
    g.dispose();
  }
  return { footprint: rect(s, s), height: h };
};

export const glassPartition: PropBuild = (p, P, M) => {
  const [L, n, h] = [num(P, 'length'), num(P, 'booths'), num(P, 'height')];
  const frame = M(str(P, 'finish'));
  slab(p, M('white-laminate'), 0, 0, L, 0.6, 0.72, 0.76);
  slab(p, frame, 0, 0, L, 0.12, 0, 0.72);
  slab(p, M('glass'), 0, 0, L, 0.02, 0.76, h);
  slab(p, frame, 0, 0, L, 0.06, h - 0.04, h);
  for (let k = 0; k <= n; k++) {
    const x = -L / 2 + (L / Math.max(1, n)) * k;
    slab(p, frame, x, 0, 0.05, 0.06, 0.76, h);
    slab(p, M('institutional-green'), x, 0, 0.04, 1.2, 0.76, 1.9);
  }
  for (let k = 0; k < n; k++) {
    const x = -L / 2 + (L / n) * (k + 0.5);
    for (const z of [-1, 1]) {
      slab(p, M('dark-metal'), x + 0.3, z * 0.08, 0.12, 0.04, 1.15, 1.45);
      slab(p, M('dark-metal'), x + 0.3, z * 0.12, 0.05, 0.06, 1.2, 1.4);
    }
    slab(p, M('linen-white'), x, 0, 0.16, 0.03, h - 0.3, h - 0.12);
  }
  return { footprint: rect(L, 0.6), height: h, collide: [{ min: [-L / 2, 0, -0.3], max: [L / 2, h, 0.3] }] };
};

export const rail: PropBuild = (p, P, M) => {
  const [L, h] = [num(P, 'length'), num(P, 'height')];
  const m = M(str(P, 'finish'));
  slab(p, m, 0, 0, L, 0.08, h - 0.06, h);
  slab(p, m, 0, 0, L, 0.06, 0, 0.1);
  const n = Math.max(1, Math.round(L / 0.15));
  for (let k = 0; k <= n; k++) slab(p, m, -L / 2 + (L / n) * k, 0, 0.03, 0.03, 0.1, h - 0.06);
  for (const x of [-L / 2, L / 2]) slab(p, m, x, 0, 0.08, 0.08, 0, h + 0.04);
  return { footprint: rect(L, 0.1), height: h };
};

export const stair: PropBuild = (p, P, M) => {
  const [w, rise, n, run] = [num(P, 'width'), num(P, 'rise'), num(P, 'steps'), num(P, 'run')];
  const m = M(str(P, 'finish'));
  const r = rise / n;
  const floors: number[][] = [];
  for (let k = 0; k < n; k++) {
    const top = r * (k + 1);
    const z0 = -run * k;
    const z1 = -run * (k + 1);
    slab(p, m, 0, (z0 + z1) / 2, w, run, top - Math.min(top, 0.25), top);
    floors.push([-w / 2, top, z0, w / 2, top, z0, w / 2, top, z1, -w / 2, top, z0, w / 2, top, z1, -w / 2, top, z1]);
  }
  // Stringers along the sides.
  const len = Math.hypot(run * n, rise);
  const pitch = Math.atan2(rise, run * n);
  for (const x of [-w / 2 - 0.03, w / 2 + 0.03]) {
    const g = new BoxGeometry(0.06, 0.3, len);
    p.mesh(m, g, tf(x, rise / 2 - 0.05, (-run * n) / 2, 0, pitch));
    g.dispose();
  }
  const collide = [];
  if (bool(P, 'rails'))
    for (const x of [-w / 2 - 0.03, w / 2 + 0.03]) {
      const g = new BoxGeometry(0.05, 0.05, len);
      p.mesh(M('dark-wood'), g, tf(x, rise / 2 + 0.9, (-run * n) / 2, 0, pitch));
      g.dispose();
      for (let k = 0; k < n; k += 2) slab(p, M('dark-wood'), x, -run * (k + 0.5), 0.03, 0.03, r * (k + 1), r * (k + 1) + 0.9);
      collide.push({ min: [x - 0.04, 0, -run * n] as [number, number, number], max: [x + 0.04, rise + 1, 0] as [number, number, number] });
    }
  return { footprint: [-w / 2 - 0.06, -run * n, w / 2 + 0.06, 0], height: rise, floors, collide };
};

export const screen: PropBuild = (p, P, M) => {
  const [w, h, e] = [num(P, 'width'), num(P, 'height'), num(P, 'elevation')];
  slab(p, M(str(P, 'frame')), 0, 0.03, w + 0.1, 0.08, e - 0.05, e + h + 0.05);
  slab(p, M(str(P, 'finish')), 0, -0.015, w, 0.01, e, e + h);
  if (e > 0.3) for (const x of [-w / 3, w / 3]) slab(p, M(str(P, 'frame')), x, 0.05, 0.08, 0.08, 0, e);
  return { footprint: rect(w + 0.1, 0.12), height: e + h, collide: e > 1.8 ? [] : undefined };
};

/**
 * A K-line (candlestick) chart wall, 1024 × 512, deterministic: the index chart with a moving
 * average and volume bars, a quote board of stocks on the right, and the ticker band along the
 * bottom. Red up, green down, as on Chinese screens.
 */
function tickerImage(name: string): TextureImage {
  const W = 1024;
  const H = 512;
  const r = rng(88);
  const chartW = 700;
  const c = new Canvas(W, H).paint((x, y) => (x < chartW && (y % 40 === 0 || x % 70 === 0) ? [26, 34, 48] : [8, 12, 20]));
  const red: [number, number, number] = [236, 48, 48];
  const green: [number, number, number] = [40, 200, 90];
  const top = 60;
  const bottom = 360;
  let price = 150;
  const closes: number[] = [];
  const n = 60;
  const step = (chartW - 30) / n;
  for (let k = 0; k < n; k++) {
    const open = price;
    price = Math.max(30, Math.min(270, price + (r() - 0.46) * 26));
    const hi = Math.max(open, price) + r() * 12;
    const lo = Math.min(open, price) - r() * 12;
    closes.push(price);
    const col = price >= open ? red : green;
    const x = 16 + k * step;
    const y = (v: number) => bottom - ((v - 20) / 270) * (bottom - top);
    c.rect(x + step / 2 - 1, y(hi), 2, Math.max(1, y(lo) - y(hi)), col);
    c.rect(x + 1, y(Math.max(open, price)), step - 3, Math.max(2, y(Math.min(open, price)) - y(Math.max(open, price))), col);
    const vol = 10 + r() * 50;
    c.rect(x + 1, 440 - vol, step - 3, vol, col);
  }
  // The 5-period moving average, in yellow.
  for (let k = 5; k < n; k++) {
    const avg = (i: number) => closes.slice(i - 4, i + 1).reduce((a, b) => a + b, 0) / 5;
    const y = (v: number) => bottom - ((v - 20) / 270) * (bottom - top);
    c.line(16 + (k - 1) * step + step / 2, y(avg(k - 1)), 16 + k * step + step / 2, y(avg(k)), 2, [250, 210, 60]);
  }
  c.text('SSE COMPOSITE  DAILY K-LINE', 16, 16, 3, [255, 230, 120]);
  c.text('MA5', 560, 20, 2, [250, 210, 60]);
  c.text('VOL', 16, 372, 2, [140, 160, 190]);
  // Quote board.
  c.rect(chartW + 10, 0, 2, 448, [40, 52, 70]);
  c.text('CODE    PRICE   CHG', chartW + 24, 16, 2, [140, 160, 190]);
  for (let k = 0; k < 12; k++) {
    const code = String(600000 + Math.floor(r() * 4000));
    const chg = (r() - 0.45) * 10;
    const px = (5 + r() * 95).toFixed(2);
    const col = chg >= 0 ? red : green;
    const y = 48 + k * 32;
    c.text(code, chartW + 24, y, 2, [230, 230, 230]);
    c.text(px, chartW + 116, y, 2, col);
    c.text(`${chg >= 0 ? '+' : ''}${chg.toFixed(2)}%`, chartW + 196, y, 2, col);
  }
  c.rect(0, 448, W, 64, [40, 6, 6]);
  c.text('SSE 3421.57 +1.26%  SZSE 11032.80 -0.41%  CSI300 4102.30 +0.88%  HSI 19876.2 +0.35%', 12, 470, 2, [255, 200, 60]);
  return c.encode(name, 2);
}
const TICKER = tex('kit-ticker', () => tickerImage('kit-ticker'));

export const tickerWall: PropBuild = (p, P, M) => {
  const [w, h, e] = [num(P, 'width'), num(P, 'height'), num(P, 'elevation')];
  slab(p, M('dark-metal'), 0, 0.05, w + 0.2, 0.1, e - 0.1, e + h + 0.1);
  const face = textured('ticker-face', '#ffffff', TICKER, { roughness: 0.3, emissive: '#ffffff', emissiveStrength: 2, emissiveMap: true });
  const g = new BoxGeometry(w, h, 0.01);
  p.mesh(face, g, tf(0, e + h / 2, -0.005), { kind: 'keep' });
  g.dispose();
  if (e > 0.3) slab(p, M('dark-metal'), 0, 0.05, w, 0.1, 0, e - 0.1);
  return { footprint: rect(w + 0.2, 0.2), height: e + h };
};

export const chandelier: PropBuild = (p, P, M) => {
  const [r, drop, tiers] = [num(P, 'radius'), num(P, 'drop'), num(P, 'tiers')];
  cyl(p, M('gold-trim'), 0.015, drop * 0.5, [0, -drop * 0.5, 0], 6);
  for (let t = 0; t < tiers; t++) {
    const rr = r * (1 - t * 0.35);
    const y = -drop * 0.55 - t * drop * 0.2;
    cyl(p, M('gold-trim'), rr, 0.04, [0, y, 0], 24);
    const n = Math.max(6, Math.round(rr * 14));
    for (let k = 0; k < n; k++) {
      const a = (k / n) * Math.PI * 2;
      ball(p, M('light-panel'), 0.045, [Math.sin(a) * rr, y + 0.09, Math.cos(a) * rr]);
      cyl(p, M('glass'), 0.012, 0.22, [Math.sin(a) * rr, y - 0.22, Math.cos(a) * rr], 4);
    }
  }
  ball(p, M('glass'), r * 0.25, [0, -drop, 0]);
  return { footprint: rect(2 * r, 2 * r), height: 0, collide: [] };
};

export const streetLamp: PropBuild = (p, P, M) => {
  const h = num(P, 'height');
  const m = M(str(P, 'finish'));
  cyl(p, m, 0.12, 0.4, [0, 0, 0], 10);
  cyl(p, m, 0.06, h, [0, 0, 0], 8, 0.08);
  for (const s of num(P, 'arms') === 2 ? [1, -1] : [1]) {
    slab(p, m, 0, -0.5 * s, 0.06, 1.0, h - 0.06, h);
    slab(p, m, 0, -0.95 * s, 0.3, 0.4, h - 0.14, h - 0.04);
    slab(p, M('light-panel'), 0, -0.95 * s, 0.26, 0.36, h - 0.16, h - 0.14);
  }
  return { footprint: rect(0.3, 0.3), height: h, collide: [{ min: [-0.15, 0, -0.15], max: [0.15, h, 0.15] }] };
};

export const curtain: PropBuild = (p, P, M) => {
  const [L, h] = [num(P, 'length'), num(P, 'height')];
  const m = M(str(P, 'finish'));
  slab(p, M('stainless-steel'), 0, 0, L, 0.04, h, h + 0.03);
  const n = Math.max(2, Math.round(L / 0.15));
  for (let k = 0; k < n; k++) {
    const g = new BoxGeometry(L / n + 0.02, h - 0.25, 0.02);
    p.mesh(m, g, tf(-L / 2 + (L / n) * (k + 0.5), 0.25 + (h - 0.25) / 2, 0, k % 2 ? 0.35 : -0.35));
    g.dispose();
  }
  return { footprint: rect(L, 0.12), height: h, collide: [] };
};

export const fixtures: Record<string, PropBuild> = {
  column, 'glass-partition': glassPartition, rail, stair, screen, 'ticker-wall': tickerWall, chandelier, 'street-lamp': streetLamp, curtain,
};
