/**
 * Metro concourse props: a line of faregates, a ticket vending machine and an escalator.
 * Each faces −Z; the faregate line runs along X, the escalator rises toward −Z like `stair`.
 */
import { BoxGeometry } from 'three';
import { tf, type Box, type MaterialSpec, type Vec3 } from '../../core/builder.ts';
import { signFace } from './signs.ts';
import { num, rect, slab, str, type PropBuild } from './types.ts';

const GO: MaterialSpec = { name: 'kit-gate-go', color: '#20c060', roughness: 0.4, emissive: '#30ff80', emissiveStrength: 1.5 };
const SCREEN: MaterialSpec = { name: 'kit-machine-screen', color: '#2a6fb8', roughness: 0.2, emissive: '#5aa8ff', emissiveStrength: 1.2 };

export const faregate: PropBuild = (p, P, M) => {
  const [n, lane] = [num(P, 'lanes'), num(P, 'lane')];
  const body = M(str(P, 'finish'));
  const cab = 0.3;
  const D = 1.5;
  const W = n * lane + (n + 1) * cab;
  const collide: Box[] = [];
  for (let k = 0; k <= n; k++) {
    const x = -W / 2 + cab / 2 + k * (lane + cab);
    slab(p, body, x, 0, cab, D, 0, 0.95);
    slab(p, M('dark-metal'), x, 0, cab + 0.02, D + 0.02, 0.95, 1.0);
    slab(p, GO, x, -D / 2 + 0.2, cab - 0.08, 0.14, 1.0, 1.01);
    slab(p, GO, x, -D / 2 - 0.006, cab - 0.12, 0.01, 0.82, 0.9);
    collide.push({ min: [x - cab / 2, 0, -D / 2] as Vec3, max: [x + cab / 2, 1, D / 2] as Vec3 });
    // Glass flaps into the lane on each side (open, folded toward the cabinet).
    if (k < n) slab(p, M('glass'), x + cab / 2 + 0.12, 0, 0.24, 0.02, 0.45, 0.95);
    if (k > 0) slab(p, M('glass'), x - cab / 2 - 0.12, 0, 0.24, 0.02, 0.45, 0.95);
  }
  return { footprint: rect(W, D), height: 1, collide };
};

export const ticketMachine: PropBuild = (p, P, M) => {
  const body = M(str(P, 'finish'));
  slab(p, body, 0, 0, 0.9, 0.55, 0, 1.85);
  slab(p, M('dark-metal'), 0, -0.28, 0.8, 0.02, 1.0, 1.7);
  slab(p, SCREEN, 0, -0.295, 0.56, 0.01, 1.15, 1.6);
  slab(p, M('dark-metal'), -0.3, -0.3, 0.12, 0.04, 1.05, 1.12);
  slab(p, M('leather-black'), 0.1, -0.3, 0.4, 0.06, 0.55, 0.7);
  signFace(p, 12, 0.86, 0.12, 0, 1.92, -0.2, true);
  slab(p, M('dark-metal'), 0, -0.18, 0.9, 0.06, 1.85, 1.99);
  return { footprint: rect(0.9, 0.6), height: 2 };
};

export const escalator: PropBuild = (p, P, M) => {
  const [w, rise] = [num(P, 'width'), num(P, 'rise')];
  const m = M(str(P, 'finish'));
  const run = rise / Math.tan((30 * Math.PI) / 180);
  const n = Math.max(2, Math.ceil(rise / 0.2));
  const r = rise / n;
  const tr = run / n;
  const floors: number[][] = [];
  // Flat landings top and bottom, steps between; the treads are walkable floor.
  for (let k = 0; k < n; k++) {
    const top = r * (k + 1);
    const z0 = -0.8 - tr * k;
    const z1 = z0 - tr;
    slab(p, M('dark-metal'), 0, (z0 + z1) / 2, w, tr, top - 0.2, top);
    floors.push([-w / 2, top, z0, w / 2, top, z0, w / 2, top, z1, -w / 2, top, z0, w / 2, top, z1, -w / 2, top, z1]);
  }
  slab(p, m, 0, -0.4, w, 0.8, -0.02, 0.005);
  slab(p, m, 0, -0.8 - run - 0.4, w, 0.8, rise - 0.02, rise + 0.005);
  floors.push([-w / 2, 0.005, 0, w / 2, 0.005, 0, w / 2, 0.005, -0.8, -w / 2, 0.005, 0, w / 2, 0.005, -0.8, -w / 2, 0.005, -0.8]);
  const len = Math.hypot(run, rise);
  const pitch = Math.atan2(rise, run);
  const collide: Box[] = [];
  for (const s of [-1, 1]) {
    const x = s * (w / 2 + 0.08);
    const glass = new BoxGeometry(0.02, 0.9, len + 1.2);
    p.mesh(M('glass'), glass, tf(x, rise / 2 + 0.55, -0.8 - run / 2, 0, pitch));
    glass.dispose();
    const hand = new BoxGeometry(0.08, 0.06, len + 1.4);
    p.mesh(M('leather-black'), hand, tf(x, rise / 2 + 1.02, -0.8 - run / 2, 0, pitch));
    hand.dispose();
    const skirt = new BoxGeometry(0.14, 0.5, len + 1.2);
    p.mesh(m, skirt, tf(x, rise / 2 - 0.1, -0.8 - run / 2, 0, pitch));
    skirt.dispose();
    collide.push({ min: [x - 0.08, 0, -1.6 - run] as Vec3, max: [x + 0.08, rise + 1.1, 0] as Vec3 });
  }
  // The truss underneath.
  const truss = new BoxGeometry(w + 0.3, 0.5, len);
  p.mesh(m, truss, tf(0, rise / 2 - 0.45, -0.8 - run / 2, 0, pitch));
  truss.dispose();
  return { footprint: [-w / 2 - 0.16, -1.6 - run, w / 2 + 0.16, 0], height: rise, floors, collide };
};

export const transit: Record<string, PropBuild> = { faregate, 'ticket-machine': ticketMachine, escalator };
