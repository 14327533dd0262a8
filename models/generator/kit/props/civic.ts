/**
 * Civic props: the hospital ward (ward bed with its curtain track, IV stand, patient monitor)
 * and the police station (front counter, cell bars, one-way mirror, notice board).
 */
import { BoxGeometry } from 'three';
import { tf, type PropBuilder } from '../../core/builder.ts';
import { Canvas, rng, type TextureImage } from '../../core/png.ts';
import { tex } from '../../core/textures.ts';
import type { MaterialLookup } from '../materials.ts';
import { textured } from '../materials.ts';
import { bed } from './furniture.ts';
import { ball, bool, cyl, num, rect, slab, str, type PropBuild } from './types.ts';

type Mat = ReturnType<MaterialLookup>;

/** A box of size w × h × d centred at (x, y, z), turned by yaw. */
function turned(p: PropBuilder, m: Mat, x: number, y: number, z: number, w: number, h: number, d: number, yaw: number): void {
  const g = new BoxGeometry(w, h, d);
  p.mesh(m, g, tf(x, y, z, yaw));
  g.dispose();
}

/** A five-leg castor base and a pole (IV stand, monitor stand). */
function rollingBase(p: PropBuilder, M: MaterialLookup, pole: number): void {
  for (let k = 0; k < 5; k++) {
    const a = (k / 5) * Math.PI * 2;
    turned(p, M('stainless-steel'), Math.sin(a) * 0.13, 0.07, Math.cos(a) * 0.13, 0.03, 0.025, 0.26, a);
    ball(p, M('dark-metal'), 0.03, [Math.sin(a) * 0.26, 0.03, Math.cos(a) * 0.26]);
  }
  cyl(p, M('stainless-steel'), 0.014, pole - 0.07, [0, 0.07, 0], 8);
}

export const wardBed: PropBuild = (p, P, M) => {
  const [w, L, bw, bd, track, drawn] = [num(P, 'width'), num(P, 'length'), num(P, 'bayWidth'), num(P, 'bayDepth'), num(P, 'track'), num(P, 'drawn')];
  bed(p, { width: w, length: L, hospital: true, finish: 'linen-white' }, M);
  slab(p, M(str(P, 'blanket')), 0, -L * 0.12, w - 0.02, L * 0.55, 0.6, 0.64);
  const head = L / 2 + 0.12; // the wall behind the bedhead
  // The bedhead service panel: trunking with outlets, oxygen and a reading light.
  slab(p, M('white-laminate'), 0, head - 0.04, Math.min(bw - 0.2, 1.8), 0.08, 1.35, 1.6);
  for (const [x, f] of [[-0.45, 'plant-green'], [-0.3, 'dark-metal'], [0.3, 'dark-metal'], [0.45, 'lacquered-red']] as const) slab(p, M(f), x, head - 0.09, 0.07, 0.03, 1.42, 1.52);
  slab(p, M('light-panel'), 0, head - 0.09, 0.4, 0.02, 1.55, 1.58);
  const collide = [{ min: [-w / 2 - 0.04, 0, -L / 2] as [number, number, number], max: [w / 2 + 0.04, 0.85, L / 2] as [number, number, number] }];
  if (bool(P, 'cabinet')) {
    const cx = w / 2 + 0.38;
    const cz = L / 2 - 0.3;
    slab(p, M('white-laminate'), cx, cz, 0.45, 0.45, 0.05, 0.78);
    slab(p, M('dark-metal'), cx, cz - 0.23, 0.16, 0.015, 0.62, 0.64);
    slab(p, M('plastic-grey'), cx, cz, 0.45, 0.45, 0, 0.05);
    cyl(p, M('glass'), 0.04, 0.18, [cx + 0.1, 0.78, cz - 0.05], 10);
    collide.push({ min: [cx - 0.23, 0, cz - 0.23], max: [cx + 0.23, 0.78, cz + 0.23] });
  }
  // The U-shaped ceiling track: both sides of the bay and across its foot.
  const [x0, x1, zf] = [-bw / 2, bw / 2, head - bd];
  const steel = M('stainless-steel');
  slab(p, steel, x0, (zf + head) / 2, 0.04, bd, track - 0.03, track);
  slab(p, steel, x1, (zf + head) / 2, 0.04, bd, track - 0.03, track);
  slab(p, steel, 0, zf, bw, 0.04, track - 0.03, track);
  // The curtain runs from the head of the −X side round the foot to the +X side; `drawn` of it is out.
  const path = 2 * bd + bw;
  const at = (s: number): [number, number, number] => {
    if (s < bd) return [x0, head - s, 0];
    if (s < bd + bw) return [x0 + (s - bd), zf, Math.PI / 2];
    return [x1, zf + (s - bd - bw), 0];
  };
  const cm = M(str(P, 'curtain'));
  const pleat = 0.16;
  const n = Math.floor((drawn * path) / pleat);
  const low = 0.35;
  const band = track - 0.45;
  for (let k = 0; k < n; k++) {
    const [x, z, yaw] = at((k + 0.5) * pleat);
    const a = yaw + (k % 2 ? 0.3 : -0.3) + Math.PI / 2;
    turned(p, cm, x, (low + band) / 2, z, pleat + 0.02, band - low, 0.02, a);
    turned(p, M('linen-white'), x, (band + track - 0.05) / 2, z, pleat + 0.02, track - 0.05 - band, 0.01, a);
  }
  // The rest of the curtain bunched where the run ends.
  const [bx, bz, byaw] = at(Math.min(path - 0.15, n * pleat + 0.12));
  turned(p, cm, bx, (low + track - 0.05) / 2, bz, 0.12, track - 0.05 - low, 0.22, byaw);
  return { footprint: [x0 - 0.03, zf - 0.03, x1 + 0.03, head], height: track, collide };
};

export const ivStand: PropBuild = (p, P, M) => {
  const h = num(P, 'height');
  rollingBase(p, M, h);
  slab(p, M('stainless-steel'), 0, 0, 0.36, 0.015, h - 0.03, h);
  const bag = M('glass');
  for (let k = 0; k < num(P, 'bags'); k++) {
    const x = k === 0 ? 0.15 : k === 1 ? -0.15 : 0;
    slab(p, M('linen-white'), x, 0, 0.13, 0.05, h - 0.3, h - 0.05);
    slab(p, bag, x, 0, 0.15, 0.06, h - 0.32, h - 0.04);
    cyl(p, M('glass'), 0.004, 0.6, [x, h - 0.92, 0], 4);
  }
  return { footprint: rect(0.56, 0.56), height: h, collide: [{ min: [-0.15, 0, -0.15], max: [0.15, h, 0.15] }] };
};

/** Monitor traces: green ECG, cyan SpO2 pleth, yellow resp, and the numbers beside them. */
function monitorImage(name: string): TextureImage {
  const [W, H] = [128, 96];
  const c = new Canvas(W, H).paint(() => [6, 10, 14]);
  const trace = (y0: number, col: [number, number, number], f: (t: number) => number) => {
    let prev = y0 + f(0);
    for (let x = 1; x < 88; x++) {
      const y = y0 + f(x);
      c.line(x - 1, prev, x, y, 2, col);
      prev = y;
    }
  };
  trace(20, [60, 230, 90], (x) => { const t = x % 29; return t === 10 ? -14 : t === 11 ? 6 : t === 14 ? -3 : 0; });
  trace(50, [60, 210, 240], (x) => -6 * Math.max(0, Math.sin((x / 29) * Math.PI * 2)) ** 2);
  trace(78, [240, 220, 70], (x) => -5 * Math.sin((x / 44) * Math.PI * 2));
  c.text('72', 94, 12, 2, [60, 230, 90]);
  c.text('98', 94, 42, 2, [60, 210, 240]);
  c.text('16', 94, 70, 2, [240, 220, 70]);
  c.rect(0, 0, W, 1, [40, 50, 60]).rect(0, H - 1, W, 1, [40, 50, 60]);
  return c.encode(name, 2);
}
const MONITOR = tex('kit-monitor', () => monitorImage('kit-monitor'));
const MONITOR_FACE = textured('monitor-face', '#ffffff', MONITOR, { roughness: 0.25, emissive: '#ffffff', emissiveStrength: 2, emissiveMap: true });

export const patientMonitor: PropBuild = (p, P, M) => {
  const e = num(P, 'elevation');
  const stand = bool(P, 'stand');
  const z = stand ? 0 : 0.12;
  if (stand) rollingBase(p, M, e - 0.15);
  else slab(p, M('dark-metal'), 0, 0.2, 0.12, 0.06, e - 0.3, e - 0.18);
  slab(p, M('plastic-grey'), 0, z, 0.42, 0.14, e - 0.17, e + 0.17);
  const g = new BoxGeometry(0.36, 0.27, 0.005);
  p.mesh(MONITOR_FACE, g, tf(0, e, z - 0.072), { kind: 'keep' });
  g.dispose();
  return { footprint: rect(0.56, 0.56), height: e + 0.17, collide: stand ? [{ min: [-0.2, 0, -0.2], max: [0.2, e + 0.17, 0.2] }] : [] };
};

export const counter: PropBuild = (p, P, M) => {
  const [w, d, h] = [num(P, 'width'), num(P, 'depth'), num(P, 'height')];
  const top = M(str(P, 'finish'));
  const front = M(str(P, 'front'));
  slab(p, front, 0, -d / 2 + 0.03, w, 0.06, 0.1, h - 0.03);
  slab(p, M('dark-metal'), 0, -d / 2 + 0.06, w, 0.06, 0, 0.1);
  slab(p, top, 0, -d / 2 + 0.15, w + 0.04, 0.34, h - 0.03, h);
  slab(p, top, 0, 0.05, w, d - 0.1, 0.72, 0.75);
  for (const x of [-w / 2 + 0.02, w / 2 - 0.02]) slab(p, front, x, 0, 0.04, d, 0, h - 0.03);
  slab(p, M('gold-trim'), 0, -d / 2 - 0.001, w * 0.96, 0.004, h - 0.2, h - 0.16);
  if (bool(P, 'glass')) {
    slab(p, M('glass'), 0, -d / 2 + 0.2, w, 0.015, h + 0.15, h + 0.75);
    for (const x of [-w / 2, 0, w / 2]) slab(p, M('stainless-steel'), x, -d / 2 + 0.2, 0.03, 0.03, h, h + 0.75);
  }
  const n = num(P, 'monitors');
  for (let k = 0; k < n; k++) {
    const x = -w / 2 + (w / n) * (k + 0.5);
    slab(p, M('dark-metal'), x, -d / 2 + 0.36, 0.5, 0.03, 0.88, 1.18);
    slab(p, M('screen-dark'), x, -d / 2 + 0.38, 0.46, 0.005, 0.9, 1.16);
    slab(p, M('dark-metal'), x, -d / 2 + 0.36, 0.05, 0.05, 0.75, 0.88);
    slab(p, M('plastic-grey'), x, 0.1, 0.42, 0.14, 0.75, 0.77);
  }
  return { footprint: rect(w + 0.04, d), height: h, collide: [{ min: [-w / 2, 0, -d / 2], max: [w / 2, h, d / 2] }] };
};

export const cellBars: PropBuild = (p, P, M) => {
  const [L, h, s, door, off] = [num(P, 'length'), num(P, 'height'), num(P, 'spacing'), num(P, 'door'), num(P, 'doorOffset')];
  const open = door > 0 && bool(P, 'open');
  const [d0, d1] = [off - door / 2, off + door / 2];
  const m = M(str(P, 'finish'));
  const n = Math.max(1, Math.round(L / s));
  for (let k = 1; k < n; k++) {
    const x = -L / 2 + (L / n) * k;
    if (!open || x < d0 - 0.02 || x > d1 + 0.02) cyl(p, m, 0.014, h - 0.06, [x, 0.03, 0], 6);
  }
  const rails = [0, 1.05, h - 0.06];
  for (const y of rails) {
    if (!open) slab(p, m, 0, 0, L, 0.05, y, y + 0.06);
    else {
      slab(p, m, (-L / 2 + d0) / 2, 0, d0 + L / 2, 0.05, y, y + 0.06);
      slab(p, m, (d1 + L / 2) / 2, 0, L / 2 - d1, 0.05, y, y + 0.06);
    }
  }
  slab(p, m, 0, 0, L, 0.05, h - 0.06, h);
  for (const x of [-L / 2, L / 2]) slab(p, m, x, 0, 0.08, 0.08, 0, h);
  const collide = [{ min: [-L / 2, 0, -0.06] as [number, number, number], max: [L / 2, h, 0.06] as [number, number, number] }];
  if (door > 0) {
    for (const x of [d0, d1]) slab(p, m, x, 0, 0.06, 0.07, 0, h);
    const lh = Math.min(h - 0.1, 2.2);
    if (open) {
      // The leaf swung 90° on its hinge at d0, out toward +Z.
      const k = Math.max(2, Math.round(door / s));
      for (let j = 1; j < k; j++) cyl(p, m, 0.014, lh - 0.06, [d0, 0.03, (door / k) * j], 6);
      for (const y of [0.05, 1.05, lh - 0.06]) slab(p, m, d0, door / 2, 0.05, door, y, y + 0.06);
      slab(p, m, d0 - 0.05, door - 0.1, 0.05, 0.12, 1.0, 1.22);
      collide.length = 0;
      collide.push({ min: [-L / 2, 0, -0.06], max: [d0 + 0.03, h, 0.06] }, { min: [d1 - 0.03, 0, -0.06], max: [L / 2, h, 0.06] }, { min: [-L / 2, lh, -0.06], max: [L / 2, h, 0.06] }, { min: [d0 - 0.04, 0, 0.06], max: [d0 + 0.04, lh, door] });
    } else {
      slab(p, m, d1 - 0.1, -0.05, 0.12, 0.05, 1.0, 1.22);
      slab(p, M('stainless-steel'), d1 - 0.1, -0.08, 0.03, 0.01, 1.08, 1.14);
    }
    if (lh < h - 0.1) slab(p, m, off, 0, door, 0.06, lh, lh + 0.06);
  }
  return { footprint: [-L / 2 - 0.04, -0.06, L / 2 + 0.04, open ? door : 0.06], height: h, collide };
};

export const oneWayMirror: PropBuild = (p, P, M) => {
  const [L, h, t, ww, wh, sill] = [num(P, 'length'), num(P, 'height'), num(P, 'thickness'), num(P, 'windowWidth'), num(P, 'windowHeight'), num(P, 'sill')];
  const wall = M(str(P, 'finish'));
  const ww2 = Math.min(ww, L - 0.2);
  const top = Math.min(h - 0.05, sill + wh);
  slab(p, wall, 0, 0, L, t, 0, sill);
  slab(p, wall, 0, 0, L, t, top, h);
  for (const sgn of [-1, 1]) slab(p, wall, sgn * (ww2 / 2 + (L - ww2) / 4), 0, (L - ww2) / 2, t, sill, top);
  const fr = M('dark-metal');
  slab(p, fr, 0, 0, ww2 + 0.1, t + 0.02, sill - 0.05, sill);
  slab(p, fr, 0, 0, ww2 + 0.1, t + 0.02, top, top + 0.05);
  for (const sgn of [-1, 1]) slab(p, fr, sgn * (ww2 / 2 + 0.025), 0, 0.05, t + 0.02, sill, top);
  slab(p, M(str(P, 'glass')), 0, 0, ww2, 0.02, sill, top);
  return { footprint: rect(L, t + 0.02), height: h, collide: [{ min: [-L / 2, 0, -t / 2], max: [L / 2, h, t / 2] }] };
};

export const noticeBoard: PropBuild = (p, P, M) => {
  const [w, h, e, n] = [num(P, 'width'), num(P, 'height'), num(P, 'elevation'), num(P, 'sheets')];
  const frame = M(str(P, 'frame'));
  slab(p, frame, 0, 0.03, w + 0.08, 0.04, e - 0.04, e + h + 0.04);
  slab(p, M(str(P, 'face')), 0, 0.005, w, 0.01, e, e + h);
  const r = rng(Math.round(w * 100 + h * 10 + n));
  const papers = ['linen-white', 'linen-white', 'white-laminate', 'plastic-grey', 'daylight'];
  const pins: [number, number][] = [];
  for (let k = 0; k < n; k++) {
    const [sw, sh] = k % 4 === 3 ? [0.13, 0.1] : [0.21, 0.28];
    const x = -w / 2 + sw / 2 + 0.04 + r() * Math.max(0, w - sw - 0.08);
    const y = e + sh / 2 + 0.04 + r() * Math.max(0, h - sh - 0.08);
    slab(p, M(papers[k % papers.length]!), x, -0.001 - k * 0.0005, sw, 0.002, y - sh / 2, y + sh / 2);
    if (k % 4 === 3) pins.push([x, y]);
  }
  const red = M('lacquered-red');
  for (let k = 1; k < pins.length; k++) {
    const [[ax, ay], [bx, by]] = [pins[k - 1]!, pins[k]!];
    const len = Math.hypot(bx - ax, by - ay);
    const g = new BoxGeometry(len, 0.006, 0.003);
    p.mesh(red, g, tf((ax + bx) / 2, (ay + by) / 2, -0.02, 0, 0, Math.atan2(by - ay, bx - ax)));
    g.dispose();
  }
  if (bool(P, 'stand')) for (const x of [-w / 2, w / 2]) {
    slab(p, frame, x, 0.03, 0.04, 0.04, 0, e);
    slab(p, frame, x, 0.03, 0.06, 0.5, 0, 0.04);
  }
  return { footprint: rect(w + 0.08, bool(P, 'stand') ? 0.5 : 0.08), height: e + h + 0.04, collide: bool(P, 'stand') || e < 0.3 ? undefined : [] };
};

export const civic: Record<string, PropBuild> = {
  'ward-bed': wardBed, 'iv-stand': ivStand, 'patient-monitor': patientMonitor, counter, 'cell-bars': cellBars, 'one-way-mirror': oneWayMirror, 'notice-board': noticeBoard,
};
