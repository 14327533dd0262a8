/**
 * Street-life props for period streets: a parked bicycle, a public phone booth and a street
 * stall with a canopy. Each faces −Z; the bicycle stands along X.
 */
import { BoxGeometry, TorusGeometry } from 'three';
import { tf } from '../../core/builder.ts';
import { signFace } from './signs.ts';
import { bool, cyl, num, rect, slab, str, type PropBuild } from './types.ts';

/** A bar between two points in the x-y plane at depth z (a bicycle tube). */
function tube(p: Parameters<PropBuild>[0], m: ReturnType<Parameters<PropBuild>[2]>, a: [number, number], b: [number, number], z: number, r = 0.018): void {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const g = new BoxGeometry(r * 2, len, r * 2);
  p.mesh(m, g, tf((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, z, 0, 0, Math.atan2(b[1] - a[1], b[0] - a[0]) - Math.PI / 2));
  g.dispose();
}

export const bicycle: PropBuild = (p, P, M) => {
  const frame = M(str(P, 'finish'));
  const metal = M('stainless-steel');
  const R = 0.34;
  for (const x of [-0.56, 0.56]) {
    const g = new TorusGeometry(R, 0.022, 4, 18);
    p.mesh(M('leather-black'), g, tf(x, R, 0));
    g.dispose();
    tube(p, metal, [x, R - 0.3], [x, R + 0.3], 0, 0.005);
    tube(p, metal, [x - 0.3, R], [x + 0.3, R], 0, 0.005);
  }
  // A men's roadster frame: seat tube, top tube, down tube, stays and fork.
  const bb: [number, number] = [-0.05, 0.3];
  const seat: [number, number] = [-0.22, 0.9];
  const head: [number, number] = [0.4, 0.92];
  tube(p, frame, bb, seat, 0);
  tube(p, frame, seat, head, 0);
  tube(p, frame, bb, head, 0);
  tube(p, frame, bb, [-0.56, R], 0);
  tube(p, frame, seat, [-0.56, R], 0);
  tube(p, frame, head, [0.56, R], 0);
  tube(p, frame, head, [0.36, 1.08], 0);
  slab(p, metal, 0.36, 0, 0.04, 0.56, 1.06, 1.1);
  slab(p, M('leather-black'), -0.25, 0, 0.24, 0.1, 0.92, 0.98);
  slab(p, metal, -0.52, 0, 0.36, 0.14, 0.72, 0.74);
  if (bool(P, 'basket')) slab(p, M('dark-metal'), 0.62, 0, 0.3, 0.32, 0.82, 1.04);
  slab(p, metal, -0.1, -0.12, 0.02, 0.02, 0, 0.32);
  return { footprint: rect(1.5, 0.5), height: 1.1, collide: [{ min: [-0.9, 0, -0.2], max: [0.9, 1.1, 0.2] }] };
};

export const phoneBooth: PropBuild = (p, P, M) => {
  const m = M(str(P, 'finish'));
  const [w, d, h] = [1, 1, 2.3];
  for (const [x, z] of [[-w / 2, -d / 2], [w / 2, -d / 2], [-w / 2, d / 2], [w / 2, d / 2]] as const) slab(p, m, x, z, 0.08, 0.08, 0, h);
  slab(p, m, 0, 0, w + 0.16, d + 0.16, h, h + 0.12);
  signFace(p, 10, w + 0.1, 0.26, 0, h - 0.18, -d / 2 - 0.05, true);
  signFace(p, 10, w + 0.1, 0.26, 0, h - 0.18, d / 2 + 0.05, true, 0);
  slab(p, m, 0, -d / 2, w, 0.06, h - 0.34, h - 0.04);
  slab(p, m, 0, d / 2, w, 0.06, h - 0.34, h - 0.04);
  for (const x of [-w / 2, w / 2]) slab(p, M('glass'), x, 0, 0.02, d, 0.15, h - 0.34);
  slab(p, M('glass'), 0, d / 2, w, 0.02, 0.15, h - 0.34);
  // The phone on the back wall, and a half door left open.
  slab(p, M('plastic-grey'), 0, d / 2 - 0.08, 0.26, 0.12, 1.2, 1.6);
  slab(p, M('leather-black'), 0.08, d / 2 - 0.15, 0.06, 0.06, 1.3, 1.55);
  slab(p, M('white-laminate'), 0, d / 2 - 0.2, 0.5, 0.3, 1.0, 1.04);
  const g = new BoxGeometry(0.5, 1.8, 0.03);
  p.mesh(M('glass'), g, tf(-w / 2 + 0.05, 1.05, -d / 2 - 0.22, 1.2));
  g.dispose();
  const collide = [
    { min: [-w / 2 - 0.05, 0, -d / 2] as [number, number, number], max: [-w / 2 + 0.05, h, d / 2] as [number, number, number] },
    { min: [w / 2 - 0.05, 0, -d / 2] as [number, number, number], max: [w / 2 + 0.05, h, d / 2] as [number, number, number] },
    { min: [-w / 2, 0, d / 2 - 0.3] as [number, number, number], max: [w / 2, h, d / 2 + 0.05] as [number, number, number] },
  ];
  return { footprint: rect(w + 0.16, d + 0.16), height: h + 0.12, collide };
};

export const stall: PropBuild = (p, P, M) => {
  const [w, d] = [num(P, 'width'), num(P, 'depth')];
  const wood = M('teak');
  slab(p, wood, 0, 0, w, d, 0.78, 0.84);
  slab(p, M(str(P, 'finish')), 0, -d / 2 + 0.02, w, 0.03, 0.1, 0.78);
  for (const [x, z] of [[-w / 2 + 0.05, -d / 2 + 0.05], [w / 2 - 0.05, -d / 2 + 0.05], [-w / 2 + 0.05, d / 2 - 0.05], [w / 2 - 0.05, d / 2 - 0.05]] as const) {
    slab(p, wood, x, z, 0.05, 0.05, 0, 0.78);
    slab(p, M('dark-metal'), x, z, 0.03, 0.03, 0.84, 2.3);
  }
  const canopy = new BoxGeometry(w + 0.5, 0.04, d + 0.6);
  p.mesh(M(str(P, 'canopy')), canopy, tf(0, 2.35, 0, 0, 0.12));
  canopy.dispose();
  if (bool(P, 'goods')) {
    const goods = ['lacquered-red', 'plant-green', 'gold-trim', 'linen-white', 'fabric-blue'];
    const n = Math.max(2, Math.round(w / 0.45));
    for (let k = 0; k < n; k++) {
      const x = -w / 2 + 0.25 + ((w - 0.5) * k) / Math.max(1, n - 1);
      slab(p, M('teak'), x, -0.1, 0.36, 0.4, 0.84, 0.94);
      slab(p, M(goods[k % goods.length]!), x, -0.1, 0.3, 0.34, 0.94, 1.02 + (k % 3) * 0.03);
    }
  }
  cyl(p, M('light-panel'), 0.05, 0.1, [0, 2.15, 0], 8);
  return { footprint: rect(w + 0.5, d + 0.6), height: 2.4, collide: [{ min: [-w / 2, 0, -d / 2], max: [w / 2, 1.1, d / 2] }] };
};

export const period: Record<string, PropBuild> = { bicycle, 'phone-booth': phoneBooth, stall };
