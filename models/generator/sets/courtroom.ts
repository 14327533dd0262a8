/**
 * Courtroom (法庭), built 1:1: 12 m wide (X) × 16 m deep (Z), 5 m to the ceiling.
 * The bench is at the −Z end; the public enters through double doors at +Z.
 *
 *   z −8   emblem wall, dais with the judges' bench (three high-backed seats)
 *   z −4.3 clerk's desk below the bench; witness stand to the right
 *   z −1.8 prosecution (left, x −4.6) and defence (right, x +4.6) tables face each other
 *   z +1   defendant's dock, centre, facing the bench
 *   z +2.6 the bar (wooden rail) with a gate in the middle
 *   z +3.6 … +6.6  four rows of public-gallery benches either side of a centre aisle
 *   z +8   double entrance doors
 */
import { BoxGeometry, CircleGeometry, CylinderGeometry, TorusGeometry } from 'three';
import { KEEP, SetBuilder, tf, type MaterialSpec, type Vec3 } from '../core/builder.ts';
import { ceilingGrid, emblem, mottle, tex, woodGrain } from '../core/textures.ts';

const W = 6; // half width
const D = 8; // half depth
const H = 5; // ceiling height
const WAIN = 1.2; // wainscot height
const DAIS = 0.45;

export const courtroomMaterials = {
  oak: { name: 'oak-floor', color: '#b98d5f', roughness: 0.42, map: tex('oak-planks', () => woodGrain('oak-planks', 11, 8)), uvScale: 1.6 },
  carpet: { name: 'carpet-maroon', color: '#6a1c22', roughness: 0.96, map: tex('carpet', () => mottle('carpet', 3, 40, 64)), uvScale: 0.8 },
  walnut: { name: 'walnut-panel', color: '#6e452a', roughness: 0.48, map: tex('walnut', () => woodGrain('walnut', 21)), uvScale: 1.4 },
  teak: { name: 'teak-furniture', color: '#93603a', roughness: 0.4, map: tex('teak', () => woodGrain('teak', 33)), uvScale: 1.1 },
  feature: { name: 'feature-wall-mahogany', color: '#6f2620', roughness: 0.45, map: tex('walnut', () => woodGrain('walnut', 21)), uvScale: 1.4 },
  plaster: { name: 'plaster-warm-white', color: '#ebe5d8', roughness: 0.92, map: tex('plaster', () => mottle('plaster', 5, 18)), uvScale: 2 },
  leather: { name: 'leather-black', color: '#231b18', roughness: 0.52 },
  fabric: { name: 'fabric-seat-blue', color: '#2c3e5c', roughness: 0.9 },
  gold: { name: 'gold-trim', color: '#d8aa48', roughness: 0.28, metalness: 1 },
  emblem: { name: 'emblem-face', color: '#ffffff', roughness: 0.4, metalness: 0.15, map: tex('emblem', () => emblem('emblem')) },
  steel: { name: 'brushed-steel', color: '#c4c6c8', roughness: 0.32, metalness: 1 },
  dark: { name: 'dark-metal', color: '#2f3133', roughness: 0.45, metalness: 0.7 },
  glass: { name: 'window-glass', color: '#e4edf3', roughness: 0.05, opacity: 0.3 },
  daylight: { name: 'window-daylight', color: '#dfe9f2', roughness: 0.3, emissive: '#e8f0f8', emissiveStrength: 1.4 },
  ceiling: { name: 'ceiling-acoustic', color: '#f3f1ec', roughness: 0.9, map: tex('ceiling-grid', () => ceilingGrid('ceiling-grid')), uvScale: 1.2 },
  lightPanel: { name: 'light-panel', color: '#ffffff', roughness: 0.5, emissive: '#fff7ea', emissiveStrength: 3 },
  panelGrey: { name: 'power-panel-grey', color: '#9aa0a4', roughness: 0.5, metalness: 0.4 },
} satisfies Record<string, MaterialSpec>;

export function buildCourtroom(): SetBuilder {
  const M = courtroomMaterials;
  const b = new SetBuilder('courtroom', 'Courtroom');
  const V = (mat: MaterialSpec, min: Vec3, max: Vec3) => b.box('visual', mat, min, max);

  // ---- Floor: oak planks, maroon carpet in the well and down the gallery aisle.
  V(M.oak, [-W, -0.05, -D], [W, 0, D]);
  V(M.carpet, [-3.6, 0, -5.3], [3.6, 0.012, 2.45]);
  V(M.carpet, [-0.75, 0, 2.75], [0.75, 0.012, D - 0.1]);
  b.floorTop(-W, -D, W, D, 0);

  // ---- Walls. Left wall (−X) has three tall windows; the others are solid.
  const windows = [-2.2, 1.4, 5.0]; // window centres along Z on the left wall
  const winHalf = 0.9;
  const sill = WAIN;
  const head = 3.9;
  const T = 0.2; // wall thickness
  // Left wall pieces around the windows.
  V(M.plaster, [-W - T, 0, -D - T], [-W, sill, D + T]);
  V(M.plaster, [-W - T, head, -D - T], [-W, H, D + T]);
  let z0 = -D - T;
  for (const wz of windows) {
    V(M.plaster, [-W - T, sill, z0], [-W, head, wz - winHalf]);
    z0 = wz + winHalf;
    // Frame, mullion, glass and a daylight pane behind it.
    b.box('visual', M.dark, [-W - 0.12, sill, wz - winHalf], [-W - 0.06, sill + 0.06, wz + winHalf]);
    b.box('visual', M.dark, [-W - 0.12, head - 0.06, wz - winHalf], [-W - 0.06, head, wz + winHalf]);
    b.box('visual', M.dark, [-W - 0.12, sill, wz - 0.03], [-W - 0.06, head, wz + 0.03]);
    b.box('visual', M.dark, [-W - 0.12, sill + 1.7, wz - winHalf], [-W - 0.06, sill + 1.75, wz + winHalf]);
    b.box('visual', M.glass, [-W - 0.1, sill, wz - winHalf], [-W - 0.08, head, wz + winHalf]);
    b.box('visual', M.daylight, [-W - T, sill, wz - winHalf], [-W - T + 0.01, head, wz + winHalf]);
    // Window sill board.
    b.box('visual', M.walnut, [-W - 0.06, sill - 0.04, wz - winHalf - 0.05], [-W + 0.06, sill, wz + winHalf + 0.05]);
  }
  V(M.plaster, [-W - T, sill, z0], [-W, head, D + T]);
  // Right wall.
  V(M.plaster, [W, 0, -D - T], [W + T, H, D + T]);
  // Back wall with the double-door opening (1.9 m × 2.4 m).
  const doorHalf = 0.95;
  const doorH = 2.4;
  V(M.plaster, [-W - T, 0, D], [-doorHalf, H, D + T]);
  V(M.plaster, [doorHalf, 0, D], [W + T, H, D + T]);
  V(M.plaster, [-doorHalf, doorH, D], [doorHalf, H, D + T]);
  // Front wall: plaster either side of the mahogany feature wall; a judges' door at far left.
  V(M.plaster, [-W - T, 0, -D - T], [W + T, H, -D]);
  b.collide([-W - T, 0, -D - T], [-W, H, D + T]);
  b.collide([W, 0, -D - T], [W + T, H, D + T]);
  b.collide([-W - T, 0, D], [W + T, H, D + T]);
  b.collide([-W - T, 0, -D - T], [W + T, H, -D]);

  // ---- Wainscot: walnut panels to 1.2 m with a cap rail, on every wall except the feature section.
  const wainscot = (x0: number, z0_: number, x1: number, z1: number) => {
    V(M.walnut, [x0, 0, z0_], [x1, WAIN, z1]);
  };
  wainscot(-W, -D, -W + 0.03, D);
  wainscot(W - 0.03, -D, W, D);
  wainscot(-W, D - 0.03, -doorHalf - 0.12, D);
  wainscot(doorHalf + 0.12, D - 0.03, W, D);
  wainscot(-W, -D, -4.3, -D + 0.03);
  wainscot(4.3, -D, W, -D + 0.03);
  // Cap rails and skirting.
  for (const [x0, z0_, x1, z1] of [
    [-W, -D, -W + 0.06, D],
    [W - 0.06, -D, W, D],
    [-W, D - 0.06, -doorHalf - 0.12, D],
    [doorHalf + 0.12, D - 0.06, W, D],
  ] as const) {
    V(M.teak, [x0, WAIN - 0.02, z0_], [x1, WAIN + 0.05, z1]);
    V(M.teak, [x0, 0, z0_], [x1, 0.12, z1]);
  }
  // Vertical panel stiles every 1.2 m on the side walls, and pilasters between the windows.
  for (let z = -D + 0.6; z < D; z += 1.2) {
    V(M.teak, [-W, 0.12, z - 0.03], [-W + 0.05, WAIN - 0.02, z + 0.03]);
    V(M.teak, [W - 0.05, 0.12, z - 0.03], [W, WAIN - 0.02, z + 0.03]);
  }
  for (const z of [-5.2, -0.4, 3.2, 6.8]) V(M.walnut, [-W, WAIN, z - 0.2], [-W + 0.08, H - 0.3, z + 0.2]);
  for (const z of [-5.2, -1.8, 1.6, 5.0]) V(M.walnut, [W - 0.08, WAIN, z - 0.2], [W, H - 0.3, z + 0.2]);
  // Crown moulding.
  V(M.walnut, [-W, H - 0.3, -D], [-W + 0.1, H, D]);
  V(M.walnut, [W - 0.1, H - 0.3, -D], [W, H, D]);
  V(M.walnut, [-W, H - 0.3, D - 0.1], [W, H, D]);

  // ---- Emblem wall: full-height mahogany panelling, fluted, with the emblem disc at 3.5 m.
  V(M.feature, [-4.3, 0, -D], [4.3, H, -D + 0.1]);
  for (let x = -4.0; x <= 4.01; x += 0.5) V(M.feature, [x - 0.05, 0, -D + 0.1], [x + 0.05, H, -D + 0.16]);
  V(M.feature, [-1.7, 1.6, -D + 0.1], [1.7, H, -D + 0.24]);
  V(M.gold, [-1.75, 1.55, -D + 0.1], [1.75, 1.6, -D + 0.26]);
  V(M.gold, [-4.3, H - 0.35, -D + 0.1], [4.3, H - 0.3, -D + 0.2]);
  const ec: Vec3 = [0, 3.45, -D + 0.3];
  const disc = new CircleGeometry(0.72, 48);
  b.mesh('visual', M.emblem, disc, tf(ec[0], ec[1], ec[2] + 0.005), KEEP);
  const rim = new TorusGeometry(0.74, 0.05, 8, 48);
  b.mesh('visual', M.gold, rim, tf(ec[0], ec[1], ec[2]));
  const back = new CylinderGeometry(0.76, 0.76, 0.06, 48);
  b.mesh('visual', M.gold, back, tf(ec[0], ec[1], ec[2] - 0.03, 0, Math.PI / 2));
  b.marker('national-emblem', ec, [1.6, 1.6, 0.12]);
  // Judges' door, front-left, closed.
  V(M.teak, [-5.7, 0, -D], [-4.7, 2.3, -D + 0.06]);
  V(M.walnut, [-5.8, 2.3, -D], [-4.6, 2.4, -D + 0.08]);
  V(M.steel, [-4.86, 1.0, -D + 0.06], [-4.8, 1.05, -D + 0.12]);

  // ---- Dais with side steps (three risers of 0.15 m), judges' bench, three high-backed seats.
  const dz0 = -D;
  const dz1 = -5.4;
  V(M.walnut, [-4, 0, dz0], [4, DAIS - 0.02, dz1]);
  V(M.carpet, [-4, DAIS - 0.02, dz0], [4, DAIS, dz1]);
  V(M.teak, [-4, DAIS - 0.04, dz1 - 0.02], [4, DAIS + 0.005, dz1 + 0.02]);
  b.floorTop(-4, dz0, 4, dz1, DAIS);
  for (const s of [-1, 1]) {
    for (let k = 0; k < 2; k++) {
      const top = 0.3 - k * 0.15;
      const xa = s * (4 + k * 0.3);
      const xb = s * (4 + (k + 1) * 0.3);
      V(M.walnut, [Math.min(xa, xb), 0, -7.3], [Math.max(xa, xb), top, -5.8]);
      V(M.carpet, [Math.min(xa, xb), top - 0.01, -7.3], [Math.max(xa, xb), top + 0.002, -5.8]);
      b.floorTop(xa, -7.3, xb, -5.8, top);
    }
  }
  // Bench: raised front panel, desktop, end panels.
  const by = DAIS;
  V(M.teak, [-3.4, by, -5.78], [3.4, by + 1.15, -5.6]);
  V(M.walnut, [-3.45, by + 1.15, -5.85], [3.45, by + 1.2, -5.55]);
  V(M.gold, [-3.4, by + 0.95, -5.6], [3.4, by + 0.98, -5.585]);
  V(M.teak, [-3.4, by + 0.74, -6.5], [3.4, by + 0.78, -5.78]);
  V(M.teak, [-3.4, by, -6.5], [-3.32, by + 1.15, -5.6]);
  V(M.teak, [3.32, by, -6.5], [3.4, by + 1.15, -5.6]);
  for (let x = -3.0; x <= 3.01; x += 1.0) V(M.walnut, [x - 0.02, by + 0.1, -5.6], [x + 0.02, by + 1.1, -5.57]);
  b.collide([-3.45, by, -6.5], [3.45, by + 1.2, -5.55]);
  // Gavel and microphones on the bench.
  const gavelHead = new CylinderGeometry(0.035, 0.035, 0.12, 12);
  b.mesh('visual', M.walnut, gavelHead, tf(0.25, by + 0.82, -6.1, 0, 0, Math.PI / 2));
  V(M.walnut, [0.24, by + 0.8, -6.1], [0.26, by + 0.82, -5.93]);
  const base = new CylinderGeometry(0.12, 0.12, 0.02, 16);
  b.mesh('visual', M.walnut, base, tf(0.25, by + 0.79, -6.1));
  const micStem = new CylinderGeometry(0.006, 0.006, 0.42, 6);
  for (const x of [-1.5, 0, 1.5]) {
    b.mesh('visual', M.dark, micStem, tf(x + 0.3, by + 0.99, -6.0, 0, 0.35, 0));
    V(M.dark, [x + 0.22, by + 0.78, -6.25], [x + 0.38, by + 0.8, -6.05]);
  }
  const judgeChair = b.prop('judges-seat', (p) => {
    p.box(M.leather, [-0.32, 0.42, -0.28], [0.32, 0.52, 0.28]);
    p.box(M.leather, [-0.33, 0.5, -0.36], [0.33, 1.5, -0.24]);
    p.box(M.teak, [-0.35, 1.45, -0.37], [0.35, 1.55, -0.23]);
    p.box(M.teak, [-0.38, 0.45, -0.3], [-0.32, 0.72, 0.22]);
    p.box(M.teak, [0.32, 0.45, -0.3], [0.38, 0.72, 0.22]);
    p.mesh(M.steel, new CylinderGeometry(0.04, 0.05, 0.4, 10), tf(0, 0.22, 0));
    p.mesh(M.steel, new CylinderGeometry(0.3, 0.3, 0.03, 16), tf(0, 0.015, 0));
  });
  for (const x of [-1.5, 0, 1.5]) {
    b.place(judgeChair, 'visual', [x, DAIS, -6.95]);
    b.collide([x - 0.38, DAIS, -7.33], [x + 0.38, DAIS + 1.55, -6.67]);
  }
  b.marker('judges-bench', [0, by + 0.7, -6.3], [6.9, 1.6, 1.9]);

  // ---- Office chairs for the clerk and the two tables.
  const chair = b.prop('table-chair', (p) => {
    p.box(M.fabric, [-0.25, 0.44, -0.24], [0.25, 0.52, 0.24]);
    p.box(M.fabric, [-0.24, 0.55, -0.3], [0.24, 1.05, -0.24]);
    p.box(M.dark, [-0.02, 0.45, -0.3], [0.02, 0.6, -0.22]);
    p.mesh(M.dark, new CylinderGeometry(0.03, 0.03, 0.42, 8), tf(0, 0.22, 0));
    p.mesh(M.dark, new CylinderGeometry(0.28, 0.28, 0.03, 5), tf(0, 0.03, 0));
  });

  // ---- Clerk's desk below the bench.
  V(M.teak, [-1.3, 0, -4.15], [1.3, 0.95, -4.0]);
  V(M.teak, [-1.3, 0.72, -4.7], [1.3, 0.76, -4.0]);
  V(M.teak, [-1.3, 0, -4.7], [-1.25, 0.72, -4.0]);
  V(M.teak, [1.25, 0, -4.7], [1.3, 0.72, -4.0]);
  V(M.walnut, [-1.32, 0.95, -4.2], [1.32, 0.98, -3.97]);
  V(M.dark, [-0.5, 0.76, -4.55], [-0.05, 0.78, -4.3]);
  V(M.dark, [-0.45, 0.78, -4.6], [-0.1, 1.05, -4.58]);
  b.place(chair, 'visual', [0, 0, -5.05]);
  b.collide([-1.32, 0, -4.7], [1.32, 0.98, -3.97]);
  b.marker('clerk-desk', [0, 0.5, -4.35], [2.6, 1.0, 0.75]);

  // ---- Prosecution (left) and defence (right) tables facing each other across the well.
  for (const s of [-1, 1]) {
    const xi = s * 4.2; // inner edge (front panel side)
    const xo = s * 5.0;
    const lo = Math.min(xi, xo);
    const hi = Math.max(xi, xo);
    V(M.teak, [lo, 0.72, -3.2], [hi, 0.76, -0.4]);
    V(M.teak, [s > 0 ? xi : xi - 0.06, 0, -3.2], [s > 0 ? xi + 0.06 : xi, 0.95, -0.4]);
    V(M.walnut, [s > 0 ? xi - 0.02 : xi - 0.08, 0.95, -3.22], [s > 0 ? xi + 0.08 : xi + 0.02, 0.98, -0.38]);
    V(M.teak, [lo, 0, -3.2], [hi, 0.72, -3.14]);
    V(M.teak, [lo, 0, -0.46], [hi, 0.72, -0.4]);
    b.collide([lo - 0.02, 0, -3.22], [hi + 0.02, 0.98, -0.38]);
    for (const z of [-2.5, -1.1]) {
      b.place(chair, 'visual', [s * 5.45, 0, z], s > 0 ? -Math.PI / 2 : Math.PI / 2);
      V(M.dark, [s * 4.55 - 0.12, 0.76, z - 0.1], [s * 4.55 + 0.12, 0.78, z + 0.1]);
      b.mesh('visual', M.dark, micStem, tf(s * 4.4, 0.96, z + 0.2, 0, 0, s * 0.35));
    }
  }
  b.marker('prosecution-table', [-4.6, 0.5, -1.8], [0.85, 1.0, 2.85]);
  b.marker('defence-table', [4.6, 0.5, -1.8], [0.85, 1.0, 2.85]);

  // ---- Witness stand: a low platform with a panelled front and a chair, facing the centre.
  const wx0 = 2.3;
  const wx1 = 3.5;
  const wz0 = -5.0;
  const wz1 = -3.8;
  V(M.walnut, [wx0, 0, wz0], [wx1, 0.15, wz1]);
  V(M.carpet, [wx0 + 0.02, 0.15, wz0 + 0.02], [wx1 - 0.02, 0.16, wz1 - 0.02]);
  b.floorTop(wx0, wz0, wx1, wz1, 0.16);
  V(M.teak, [wx0, 0.15, wz0], [wx0 + 0.06, 1.1, wz1]);
  V(M.walnut, [wx0 - 0.03, 1.1, wz0 - 0.03], [wx0 + 0.12, 1.14, wz1 + 0.03]);
  V(M.teak, [wx0, 0.15, wz0], [wx1, 1.0, wz0 + 0.05]);
  V(M.teak, [wx0, 0.15, wz1 - 0.05], [wx0 + 0.6, 1.0, wz1]);
  b.place(chair, 'visual', [3.05, 0.16, -4.4], -Math.PI / 2);
  b.collide([wx0 - 0.03, 0, wz0 - 0.03], [wx0 + 0.12, 1.14, wz1 + 0.03]);
  b.collide([wx0, 0, wz0], [wx1, 1.0, wz0 + 0.05]);
  b.marker('witness-stand', [2.9, 0.6, -4.4], [1.25, 1.15, 1.25]);

  // ---- Defendant's dock: a U of rails open at the back, facing the bench.
  const kx = 0.95;
  const kz0 = 0.4;
  const kz1 = 1.6;
  const rail = (a: Vec3, c: Vec3) => {
    V(M.teak, [a[0], 0, a[2]], [c[0], 0.35, c[2]]);
    V(M.teak, [a[0] - 0.02, 1.0, a[2] - 0.02], [c[0] + 0.02, 1.06, c[2] + 0.02]);
    b.collide([a[0] - 0.02, 0, a[2] - 0.02], [c[0] + 0.02, 1.06, c[2] + 0.02]);
  };
  rail([-kx, 0, kz0], [kx, 0, kz0 + 0.06]);
  rail([-kx, 0, kz0], [-kx + 0.06, 0, kz1]);
  rail([kx - 0.06, 0, kz0], [kx, 0, kz1]);
  const baluster = new CylinderGeometry(0.012, 0.012, 0.65, 8);
  for (let x = -kx + 0.15; x < kx - 0.1; x += 0.15) b.mesh('visual', M.steel, baluster, tf(x, 0.675, kz0 + 0.03));
  for (let z = kz0 + 0.15; z < kz1 - 0.05; z += 0.15)
    for (const x of [-kx + 0.03, kx - 0.03]) b.mesh('visual', M.steel, baluster, tf(x, 0.675, z));
  b.place(chair, 'visual', [0, 0, 1.05], Math.PI);
  b.marker('defendant-dock', [0, 0.55, 1.0], [1.95, 1.1, 1.25]);

  // ---- The bar: a wooden rail with spindles across the room, gate gap in the middle.
  const spindle = new BoxGeometry(0.04, 0.75, 0.04);
  for (const s of [-1, 1]) {
    const xa = s * 0.6;
    const xb = s * W;
    const lo = Math.min(xa, xb);
    const hi = Math.max(xa, xb);
    V(M.teak, [lo, 0.88, 2.52], [hi, 0.96, 2.68]);
    V(M.teak, [lo, 0, 2.55], [hi, 0.12, 2.65]);
    for (let x = lo + 0.1; x < hi - 0.05; x += 0.16) b.mesh('visual', M.teak, spindle, tf(x, 0.495, 2.6));
    V(M.walnut, [s > 0 ? 0.6 : -0.7, 0, 2.5], [s > 0 ? 0.7 : -0.6, 1.05, 2.7]);
    b.collide([lo, 0, 2.52], [hi, 1.0, 2.68]);
  }
  b.marker('bar', [0, 0.5, 2.6], [12, 1.05, 0.2]);

  // ---- Public gallery: four rows of benches either side of the centre aisle, facing the bench.
  const bench = b.prop('gallery-bench', (p) => {
    p.box(M.teak, [-2.1, 0.42, -0.22], [2.1, 0.46, 0.22]);
    p.box(M.teak, [-2.1, 0.5, 0.18], [2.1, 0.95, 0.23]);
    p.box(M.walnut, [-2.1, 0.95, 0.16], [2.1, 0.99, 0.26]);
    for (const x of [-2.08, 2.02]) p.box(M.walnut, [x, 0, -0.24], [x + 0.06, 0.92, 0.24]);
    p.box(M.walnut, [-2.02, 0.1, 0.14], [2.02, 0.16, 0.2]);
  });
  const rows = [3.6, 4.6, 5.6, 6.6];
  for (const z of rows)
    for (const x of [-2.95, 2.95]) {
      b.place(bench, 'visual', [x, 0, z]);
      b.collide([x - 2.1, 0, z - 0.26], [x + 2.1, 0.99, z + 0.24]);
    }
  b.marker('public-gallery', [0, 0.5, 5.1], [10.2, 1.0, 3.6]);

  // ---- Double entrance doors (closed), with vision panels and push plates.
  for (const s of [-1, 1]) {
    const xa = s * 0.02;
    const xb = s * doorHalf;
    const lo = Math.min(xa, xb);
    const hi = Math.max(xa, xb);
    V(M.teak, [lo, 0, D - 0.05], [hi, doorH, D + 0.02]);
    V(M.glass, [lo + 0.3, 1.3, D - 0.06], [hi - 0.3, 2.0, D - 0.05]);
    V(M.steel, [s * 0.08 - 0.02, 0.95, D - 0.1], [s * 0.08 + 0.02, 1.35, D - 0.05]);
  }
  V(M.walnut, [-doorHalf - 0.12, 0, D - 0.06], [-doorHalf, doorH + 0.12, D]);
  V(M.walnut, [doorHalf, 0, D - 0.06], [doorHalf + 0.12, doorH + 0.12, D]);
  V(M.walnut, [-doorHalf - 0.12, doorH, D - 0.06], [doorHalf + 0.12, doorH + 0.12, D]);
  b.marker('entrance-doors', [0, 1.2, D - 0.05], [1.9, 2.4, 0.1]);

  // ---- Power drop, stage left (camera-facing left = the −X wall near the well).
  V(M.panelGrey, [-W, 0.35, -0.95], [-W + 0.14, 1.05, -0.45]);
  V(M.dark, [-W + 0.14, 0.45, -0.9], [-W + 0.16, 0.95, -0.5]);
  b.collide([-W, 0, -0.95], [-W + 0.16, 1.05, -0.45]);
  b.marker('power-drop-sl', [-W + 0.1, 0.7, -0.7], [0.16, 0.7, 0.5]);
  b.marker('windows', [-W - 0.1, (sill + head) / 2, 1.4], [0.2, head - sill, 9.0]);

  // ---- Ceiling (the `ceiling` group): acoustic tiles, recessed light panels, bench downlights.
  b.box('ceiling', M.ceiling, [-W - T, H, -D - T], [W + T, H + 0.12, D + T]);
  for (const x of [-3.2, 0, 3.2])
    for (const z of [-5.6, -2.4, 0.8, 4.0, 7.0]) {
      b.box('ceiling', M.dark, [x - 0.65, H - 0.03, z - 0.35], [x + 0.65, H, z + 0.35]);
      b.box('ceiling', M.lightPanel, [x - 0.6, H - 0.035, z - 0.3], [x + 0.6, H - 0.03, z + 0.3]);
    }
  const downlight = new CircleGeometry(0.09, 16);
  for (let x = -3; x <= 3.01; x += 1.5) b.mesh('ceiling', M.lightPanel, downlight, tf(x, H - 0.01, -7.2, 0, Math.PI / 2));
  b.marker('ceiling-lights', [0, H - 0.05, 0], [7.6, 0.1, 13.4]);

  b.spawn = { position: [0, 0, 7.3], yawDeg: 0 };
  return b;
}
