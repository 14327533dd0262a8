/**
 * The kit's sign atlas: one deterministic 1024 × 1024 texture holding every sign face a layout
 * can pick by number (the `sign` prop's and the `storefront` prop's `label`), so all the signs
 * of a set share one material and one draw call. The top half is 16 slots of 512 × 64 (two
 * columns, eight rows); the bottom half is a metro route map (label 16).
 * The 5 × 7 bitmap font has Latin letters only (the machine that builds has no CJK font).
 */
import { PlaneGeometry } from 'three';
import { tf, type MaterialSpec } from '../../core/builder.ts';
import { Canvas, hex, textWidth, type TextureImage } from '../../core/png.ts';
import { tex } from '../../core/textures.ts';
import type { PropBuilder } from '../../core/builder.ts';

interface Label {
  text: string;
  bg: string;
  fg: string;
  /** An arrow after the text: down (to the trains) or right (exit). */
  arrow?: 'down' | 'right';
}

/** By index: 0–3 financial street, 4–10 a 1990s street, 11–15 metro wayfinding, 16 the route map. */
export const SIGN_LABELS: readonly Label[] = [
  { text: 'CITY BANK', bg: '#b0141e', fg: '#ffffff' },
  { text: 'SECURITIES', bg: '#0c3a8c', fg: '#ffffff' },
  { text: 'INVESTMENT', bg: '#123c3a', fg: '#e8c66a' },
  { text: '24H ATM', bg: '#d8661a', fg: '#ffffff' },
  { text: 'STATE RESTAURANT', bg: '#b51c16', fg: '#ffd84a' },
  { text: 'VIDEO HALL', bg: '#1c1420', fg: '#ff5fa8' },
  { text: 'BARBER', bg: '#f2efe6', fg: '#c0201a' },
  { text: 'POST OFFICE', bg: '#0b6b3b', fg: '#ffe36a' },
  { text: 'GROCERY', bg: '#efe1bd', fg: '#8a1a14' },
  { text: 'TAILOR', bg: '#2a4f8c', fg: '#ffffff' },
  { text: 'PUBLIC PHONE', bg: '#f2c200', fg: '#173c8c' },
  { text: 'EXIT', bg: '#0a7c3e', fg: '#ffffff', arrow: 'right' },
  { text: 'TICKETS', bg: '#13233f', fg: '#ffffff' },
  { text: 'TO TRAINS', bg: '#13233f', fg: '#ffffff', arrow: 'down' },
  { text: 'SERVICE CENTRE', bg: '#13233f', fg: '#ffd166' },
  { text: 'LINE 1', bg: '#c8102e', fg: '#ffffff' },
];
export const ROUTE_MAP = SIGN_LABELS.length;
export const LAST_LABEL = ROUTE_MAP;

const SIZE = 1024;

function atlas(): TextureImage {
  const c = new Canvas(SIZE, SIZE).paint(() => hex('#202020'));
  SIGN_LABELS.forEach((l, k) => {
    const x0 = (k % 2) * 512;
    const y0 = Math.floor(k / 2) * 64;
    const fg = hex(l.fg);
    c.rect(x0, y0, 512, 64, hex(l.bg));
    c.rect(x0 + 6, y0 + 6, 500, 2, fg).rect(x0 + 6, y0 + 56, 500, 2, fg);
    const room = l.arrow ? 420 : 480;
    let s = 6;
    while (s > 2 && textWidth(l.text, s) > room) s--;
    const w = textWidth(l.text, s);
    const tx = x0 + (512 - w - (l.arrow ? 60 : 0)) / 2;
    c.text(l.text, tx, y0 + 32 - (7 * s) / 2, s, fg);
    const ax = tx + w + 24;
    if (l.arrow === 'right') c.poly([[ax, y0 + 18], [ax + 28, y0 + 32], [ax, y0 + 46]], fg);
    if (l.arrow === 'down') c.rect(ax + 10, y0 + 14, 8, 20, fg).poly([[ax, y0 + 32], [ax + 28, y0 + 32], [ax + 14, y0 + 50]], fg);
  });
  // The route map: a fictional line 1 (the same stations as the platform set's map), a second line crossing it.
  const y0 = 512;
  const navy = hex('#13233f');
  const red = hex('#c8102e');
  const blue = hex('#1f6fd1');
  const white = hex('#ffffff');
  c.rect(0, y0, SIZE, 512, hex('#f4f4f0'));
  c.rect(0, y0, SIZE, 64, navy);
  c.text('LINE 1 ROUTE MAP', 24, y0 + 18, 4, white);
  c.text('QUZHOU METRO', SIZE - 24 - textWidth('QUZHOU METRO', 3), y0 + 22, 3, hex('#9fb3d1'));
  c.rect(60, y0 + 270, SIZE - 120, 16, red);
  c.rect(560, y0 + 110, 14, 330, blue);
  const stations = ['KECHENG', 'XIAN', 'FUDING', 'RAILWAY', 'QUJIANG', 'SHANGFANG', 'LONGYOU'];
  stations.forEach((st, i) => {
    const x = 80 + i * 144;
    const here = st === 'QUJIANG';
    c.disc(x, y0 + 278, here ? 26 : 17, here ? red : white);
    c.disc(x, y0 + 278, here ? 14 : 10, here ? white : red);
    const w = textWidth(st, 3);
    c.text(st, Math.max(8, Math.min(SIZE - 8 - w, x - w / 2)), y0 + (i % 2 ? 330 : 200), 3, here ? red : navy);
  });
  c.text('YOU ARE HERE', 560 - textWidth('YOU ARE HERE', 2) / 2 - 8, y0 + 372, 2, red);
  c.rect(0, y0 + 448, SIZE, 64, hex('#e2e4e6'));
  c.text('< KECHENG', 24, y0 + 470, 3, navy);
  c.text('LONGYOU >', SIZE - 24 - textWidth('LONGYOU >', 3), y0 + 470, 3, navy);
  return c.encode('kit-sign-atlas', 2);
}

/** The lit sign material (every sign shares it); `unlit` for painted boards. */
export const SIGN_LIT: MaterialSpec = { name: 'kit-sign-lit', color: '#ffffff', roughness: 0.4, map: tex('kit-sign-atlas', atlas), emissive: '#ffffff', emissiveMap: true, emissiveStrength: 0.9 };
export const SIGN_PAINTED: MaterialSpec = { name: 'kit-sign-painted', color: '#ffffff', roughness: 0.7, map: tex('kit-sign-atlas', atlas) };

/** The atlas rectangle [u0, v0, u1, v1] (v down) of a label. */
export function labelRect(label: number): [number, number, number, number] {
  if (label >= ROUTE_MAP) return [0, 0.5, 1, 1];
  const x = (label % 2) * 0.5;
  const y = Math.floor(label / 2) / 16;
  return [x + 0.002, y + 0.002, x + 0.498, y + 1 / 16 - 0.002];
}

/** A sign face (a plane facing −Z; yaw 0 faces +Z) of `label`, centred at (x, y, z) in the prop's coordinates. */
export function signFace(p: PropBuilder, label: number, w: number, h: number, x: number, y: number, z: number, lit = true, yaw = Math.PI): void {
  const g = new PlaneGeometry(w, h);
  p.mesh(lit ? SIGN_LIT : SIGN_PAINTED, g, tf(x, y, z, yaw), { kind: 'keep', rect: labelRect(label) });
  g.dispose();
}
