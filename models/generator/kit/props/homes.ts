/**
 * Residential props: a fireplace with its mantel, a brass wall lamp, and a curved (helical)
 * staircase with a banister whose treads are walkable.
 */
import { BoxGeometry } from 'three';
import { tf, type Box, type Vec3 } from '../../core/builder.ts';
import { ball, bool, cyl, num, rect, slab, str, type PropBuild } from './types.ts';

/** A fireplace against a wall (its back at +Z), opening toward −Z, with a mantel and an overmantel. */
export const fireplace: PropBuild = (p, P, M) => {
  const [w, h, over] = [num(P, 'width'), num(P, 'height'), num(P, 'overmantel')];
  const m = M(str(P, 'finish'));
  const d = 0.45;
  const ow = Math.min(w * 0.55, w - 0.5);
  const oh = Math.min(h * 0.6, h - 0.3);
  // Surround: two jambs, a lintel, the hearth slab, a black firebox at the back.
  slab(p, m, -(ow / 2 + (w - ow) / 4), 0, (w - ow) / 2, d, 0, h - 0.08);
  slab(p, m, ow / 2 + (w - ow) / 4, 0, (w - ow) / 2, d, 0, h - 0.08);
  slab(p, m, 0, 0, ow, d, oh, h - 0.08);
  slab(p, m, 0, -0.08, w + 0.2, d + 0.16, h - 0.08, h);
  slab(p, M('dark-metal'), 0, 0.12, ow, 0.2, 0, oh);
  slab(p, m, 0, -0.35, ow + 0.4, 0.5, 0, 0.06);
  // Logs and a warm glow.
  for (const x of [-0.15, 0.15]) {
    const g = new BoxGeometry(Math.min(0.5, ow * 0.6), 0.1, 0.1);
    p.mesh(M('dark-wood'), g, tf(x * 0.4, 0.12, 0.02, x > 0 ? 0.5 : -0.5));
    g.dispose();
  }
  slab(p, M('light-panel'), 0, 0.02, ow * 0.5, 0.02, 0.08, 0.22);
  if (over > 0) {
    slab(p, m, 0, 0.12, w * 0.8, 0.2, h, h + over);
    slab(p, M('gold-trim'), 0, 0.01, w * 0.6, 0.02, h + 0.2, h + over - 0.2);
    slab(p, M('glass'), 0, 0.0, w * 0.55, 0.01, h + 0.25, h + over - 0.25);
  }
  return { footprint: [-w / 2 - 0.1, -0.6, w / 2 + 0.1, d / 2], height: h + over, collide: [{ min: [-w / 2 - 0.1, 0, -0.35], max: [w / 2 + 0.1, h, d / 2] }] };
};

/** A brass wall bracket with a frosted shade, its back on the wall at +Z; never collides. */
export const wallLamp: PropBuild = (p, P, M) => {
  const h = num(P, 'height');
  const brass = M('gold-trim');
  slab(p, brass, 0, 0.02, 0.12, 0.03, h - 0.12, h + 0.06);
  slab(p, brass, 0, -0.1, 0.025, 0.22, h - 0.015, h + 0.01);
  cyl(p, M(str(P, 'shade')), 0.09, 0.16, [0, h, -0.2], 10, 0.06);
  ball(p, M('light-panel'), 0.04, [0, h + 0.03, -0.2]);
  return { footprint: rect(0.2, 0.32, 0, -0.13), height: h + 0.16, collide: [] };
};

/**
 * A curved flight: treads on an arc about the origin, from the angle 0 (on +X, heading −Z)
 * turning counter-clockwise seen from above through `sweepDeg`, rising `rise`; walkable, with a
 * banister on the outer edge (and one on the inner edge when `innerRail`).
 */
export const curvedStair: PropBuild = (p, P, M) => {
  const [r0, w, rise, n, sweep] = [num(P, 'innerRadius'), num(P, 'width'), num(P, 'rise'), num(P, 'steps'), (num(P, 'sweepDeg') * Math.PI) / 180];
  const m = M(str(P, 'finish'));
  const rail = M(str(P, 'rail'));
  const r1 = r0 + w;
  const rm = (r0 + r1) / 2;
  const da = sweep / n;
  const rr = rise / n;
  // A point at angle a and radius ρ: a = 0 is +X; turning toward −Z as a grows.
  const at = (a: number, rho: number): [number, number] => [rho * Math.cos(a), -rho * Math.sin(a)];
  const floors: number[][] = [];
  const collide: Box[] = [];
  for (let k = 0; k < n; k++) {
    const a0 = da * k;
    const a1 = da * (k + 1);
    const am = (a0 + a1) / 2;
    const top = rr * (k + 1);
    const [cx, cz] = at(am, rm);
    // The tread: a box along the radius, as wide (tangentially) as the outer arc of its wedge.
    const chord = 2 * r1 * Math.sin(da / 2) + 0.02;
    const g = new BoxGeometry(w, Math.min(top, 0.2), chord);
    p.mesh(m, g, tf(cx, top - Math.min(top, 0.2) / 2, cz, am));
    g.dispose();
    const [ix0, iz0] = at(a0, r0);
    const [ox0, oz0] = at(a0, r1);
    const [ox1, oz1] = at(a1, r1);
    const [ix1, iz1] = at(a1, r0);
    floors.push([ix0, top, iz0, ox0, top, oz0, ox1, top, oz1, ix0, top, iz0, ox1, top, oz1, ix1, top, iz1]);
    // Balusters every other tread, a handrail segment per tread on the outer edge.
    const edges: [number, boolean][] = [[r1 + 0.03, true], [r0 - 0.03, bool(P, 'innerRail')]];
    for (const [rho, on] of edges) {
      if (!on) continue;
      const [bx, bz] = at(am, rho);
      if (k % 2 === 0) slab(p, rail, bx, bz, 0.035, 0.035, top, top + 0.9);
      const seg = 2 * rho * Math.sin(da / 2) + 0.01;
      const hg = new BoxGeometry(0.06, 0.05, Math.hypot(seg, rr));
      p.mesh(rail, hg, tf(bx, top + 0.9 - rr / 2, bz, am, Math.atan2(rr, seg)));
      hg.dispose();
      collide.push({ min: [bx - 0.05, top - rr, bz - 0.05], max: [bx + 0.05, top + 0.95, bz + 0.05] });
    }
    // The stringer under the outer edge.
    const [sx, sz] = at(am, r1);
    slab(p, m, sx, sz, 0.06, 0.06, Math.max(0, top - 0.32), top - 0.2 > 0 ? top - 0.2 : top);
  }
  // A newel post at the foot of the outer banister.
  const [nx, nz] = at(0, r1 + 0.03);
  cyl(p, rail, 0.06, 1.05, [nx, 0, nz], 10);
  ball(p, M('gold-trim'), 0.07, [nx, 1.1, nz]);
  collide.push({ min: [nx - 0.07, 0, nz - 0.07], max: [nx + 0.07, 1.1, nz + 0.07] });
  // Footprint: the bounds of the swept annulus (sampled).
  const fp: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let s = 0; s <= 32; s++)
    for (const rho of [r0, r1]) {
      const [x, z] = at((sweep * s) / 32, rho);
      fp[0] = Math.min(fp[0], x);
      fp[1] = Math.min(fp[1], z);
      fp[2] = Math.max(fp[2], x);
      fp[3] = Math.max(fp[3], z);
    }
  // Padded for the banisters and the newel post, which stand just outside the treads.
  return { footprint: [fp[0] - 0.1, fp[1] - 0.1, fp[2] + 0.1, fp[3] + 0.1], height: rise, floors, collide };
};

export const homes: Record<string, PropBuild> = { fireplace, 'wall-lamp': wallLamp, 'curved-stair': curvedStair };
export type { Vec3 };
