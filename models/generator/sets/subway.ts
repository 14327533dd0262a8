/**
 * Subway island platform (地铁站台): the platform runs along Z, 70 m long and 12 m wide
 * (x −6 … 6, walking surface y = 0). Either side a trackbed 5 m wide sunk 1.25 m (rail top
 * −1.05 m, i.e. a 1.05 m platform). A three-car train stands on the +X track with its doors
 * open behind open full-height screen doors; the −X side has half-height platform gates.
 * Stairs and two escalators in the middle rise 5.6 m to a concourse landing through an
 * opening in the ceiling (ceiling 4.5 m). The set box is 22 m (X) × 70 m (Z).
 */
import { BoxGeometry, CylinderGeometry, ExtrudeGeometry, Matrix4, PlaneGeometry, Shape } from 'three';
import { SetBuilder, tf, type MaterialSpec, type Vec3 } from '../core/builder.ts';
import { Canvas, hex, textWidth, type TextureImage } from '../core/png.ts';
import { grooves, mottle, stripes, tactileDots, tex, tiles } from '../core/textures.ts';

const LEN = 35; // half length
const PW = 6; // platform half width
const WALL = 11; // track wall
const TRACK = 7.5; // track centre |x|
const BED = -1.25; // trackbed floor
const RAIL = -1.05; // rail top
const CEIL = 4.5;
const CONC = 5.6; // concourse level
const LINE = '#c8102e'; // line 1 colour (fictional line, red)

/** Sign atlas, 512×512 (the bottom quarter spare): station name (top), route map (middle), exit sign and a poster (bottom). */
function signAtlas(): TextureImage {
  const c = new Canvas(512, 512).paint(() => hex('#13233f'));
  const navy = hex('#13233f');
  const white = hex('#ffffff');
  const line = hex(LINE);
  const grey = hex('#55606e');
  // Station name board.
  c.rect(0, 0, 512, 96, navy);
  c.rect(0, 0, 96, 96, line);
  c.text('1', 33, 20, 8, white);
  c.text('LINE', 106, 10, 2, hex('#9fb3d1'));
  const name = 'QUJIANG';
  c.text(name, 106 + (390 - textWidth(name, 8)) / 2, 30, 8, white);
  c.rect(106, 86, 390, 3, line);
  // Route map: a line with station dots, this station ringed, names alternating above and below.
  c.rect(0, 96, 512, 192, hex('#f4f4f0'));
  c.rect(0, 96, 512, 26, navy);
  c.text('LINE 1 ROUTE MAP', 10, 102, 2, white);
  c.rect(20, 196, 472, 10, line);
  const stations = ['KECHENG', 'XIAN', 'FUDING', 'RAILWAY', 'QUJIANG', 'SHANGFANG', 'LONGYOU'];
  stations.forEach((st, i) => {
    const x = 28 + i * 76;
    const here = st === 'QUJIANG';
    c.disc(x, 201, here ? 15 : 10, here ? line : white);
    c.disc(x, 201, here ? 8 : 6, here ? white : line);
    const w = textWidth(st, 2);
    c.text(st, Math.max(4, Math.min(508 - w, x - w / 2)), i % 2 ? 226 : 160, 2, here ? line : navy);
  });
  c.text('< KECHENG', 10, 262, 2, grey);
  c.text('LONGYOU >', 502 - textWidth('LONGYOU >', 2), 262, 2, grey);
  // Exit sign.
  c.rect(0, 288, 256, 96, hex('#0a7c3e'));
  c.text('EXIT', 22, 312, 8, white);
  c.poly([[196, 318], [232, 336], [196, 354]], white).rect(168, 330, 30, 12, white);
  // Poster: a tourism ad for the film base.
  c.paint((x, y) => (x >= 256 && y >= 288 && y < 384 ? [40 + ((x - 256) >> 2), 30, 70 + (y - 288), 255] : c.get(x, y)));
  c.text('QUZHOU', 270, 300, 5, hex('#ffd166'));
  c.text('SHORT DRAMA', 270, 346, 2, white);
  c.text('FILM BASE', 270, 366, 2, white);
  return c.encode('sign-atlas', 2);
}

export const subwayMaterials = {
  granite: { name: 'granite-floor', color: '#c7c5c0', roughness: 0.55, map: tex('granite-tiles', () => tiles('granite-tiles', 41, 2, 1, 0.08, 256, 26)), uvScale: 1.6 },
  tactile: { name: 'tactile-yellow', color: '#f2c318', roughness: 0.7, map: tex('tactile-dots', () => tactileDots('tactile-dots')), uvScale: 0.4 },
  steel: { name: 'brushed-steel', color: '#c9cbcd', roughness: 0.3, metalness: 1 },
  glass: { name: 'screen-door-glass', color: '#dbe8ec', roughness: 0.04, opacity: 0.22 },
  enamel: { name: 'wall-enamel-panel', color: '#d8dadb', roughness: 0.35, map: tex('wall-panels', () => tiles('wall-panels', 43, 2, 1, 0.04, 128)), uvScale: 2.4 },
  concrete: { name: 'concrete', color: '#8e8d89', roughness: 0.92, map: tex('concrete', () => mottle('concrete', 9, 40)), uvScale: 3 },
  darkPaint: { name: 'ceiling-void-dark', color: '#2b2d30', roughness: 0.9 },
  baffle: { name: 'ceiling-baffles', color: '#d7d9da', roughness: 0.4, metalness: 0.5, map: tex('baffles', () => stripes('baffles', 8, 10)), uvScale: 1.2 },
  lightStrip: { name: 'light-strip', color: '#ffffff', roughness: 0.5, emissive: '#f4f8ff', emissiveStrength: 3 },
  railSteel: { name: 'rail-steel', color: '#6e6a66', roughness: 0.4, metalness: 1 },
  sleeper: { name: 'sleeper-concrete', color: '#a3a19b', roughness: 0.9 },
  body: { name: 'train-body-stainless', color: '#e2e5e8', roughness: 0.3, metalness: 0.7 },
  line: { name: 'line-colour', color: LINE, roughness: 0.4 },
  tint: { name: 'train-window-tint', color: '#2a3540', roughness: 0.08, opacity: 0.55 },
  seat: { name: 'train-seat-blue', color: '#1f5fa8', roughness: 0.35 },
  trainFloor: { name: 'train-floor-rubber', color: '#5b5f63', roughness: 0.85 },
  rubber: { name: 'rubber-black', color: '#1a1a1a', roughness: 0.7 },
  underframe: { name: 'underframe-grey', color: '#3c3f42', roughness: 0.7, metalness: 0.3 },
  cladding: { name: 'column-cladding', color: '#eceae4', roughness: 0.3, metalness: 0.1 },
  signs: { name: 'signs-lightbox', color: '#ffffff', roughness: 0.4, map: tex('sign-atlas', signAtlas), emissive: '#ffffff', emissiveMap: true, emissiveStrength: 0.8 },
  treads: { name: 'escalator-treads', color: '#9a9c9e', roughness: 0.35, metalness: 0.8, map: tex('grooves', () => grooves('grooves')), uvScale: 0.1 },
  tunnel: { name: 'tunnel-black', color: '#0b0b0c', roughness: 1 },
  cabinet: { name: 'power-cabinet', color: '#8f979c', roughness: 0.5, metalness: 0.4 },
  headlight: { name: 'headlight', color: '#ffffff', roughness: 0.2, emissive: '#fff4d8', emissiveStrength: 4 },
} satisfies Record<string, MaterialSpec>;

// Atlas rectangles (u0, v0, u1, v1), v down.
const NAME_RECT: [number, number, number, number] = [0, 0, 1, 96 / 512];
const MAP_RECT: [number, number, number, number] = [0, 96 / 512, 1, 288 / 512];
const EXIT_RECT: [number, number, number, number] = [0, 288 / 512, 0.5, 384 / 512];
const AD_RECT: [number, number, number, number] = [0.5, 288 / 512, 1, 384 / 512];

const CAR_LEN = 19;
const CAR_GAP = 0.6;
export const CAR_CENTRES = [-(CAR_LEN + CAR_GAP), 0, CAR_LEN + CAR_GAP];
const DOOR_OFFSETS = [-7.05, -2.35, 2.35, 7.05];
const DOOR_W = 1.3;
const PSD_W = 2.0;

export function buildSubway(): SetBuilder {
  const M = subwayMaterials;
  const b = new SetBuilder('subway-platform', 'Subway island platform');
  const V = (mat: MaterialSpec, min: Vec3, max: Vec3) => b.box('visual', mat, min, max);
  const C = (mat: MaterialSpec, min: Vec3, max: Vec3) => b.box('ceiling', mat, min, max);
  /** A flat sign face (plane) showing part of the atlas, facing `yaw`. */
  const sign = (c: Vec3, w: number, h: number, yaw: number, rect: [number, number, number, number], group: 'visual' | 'ceiling' = 'visual') => {
    const g = new PlaneGeometry(w, h);
    b.mesh(group, M.signs, g, tf(c[0], c[1], c[2], yaw), { kind: 'keep', rect });
    g.dispose();
  };
  const doorZs = CAR_CENTRES.flatMap((cz) => DOOR_OFFSETS.map((o) => cz + o));

  // ---- Platform slab, trackbeds, walls.
  V(M.granite, [-PW, -0.3, -LEN], [PW, 0, LEN]);
  V(M.concrete, [-PW, BED, -LEN], [PW, -0.3, LEN]);
  for (const s of [-1, 1]) {
    // Edge coping and the tactile warning strip.
    V(M.granite, [s > 0 ? PW - 0.3 : -PW, 0, -LEN], [s > 0 ? PW : -PW + 0.3, 0.005, LEN]);
    V(M.tactile, [s > 0 ? PW - 0.8 : -PW + 0.4, 0, -LEN], [s > 0 ? PW - 0.4 : -PW + 0.8, 0.006, LEN]);
    // Trackbed: concrete slab with a drainage channel; rails on sleepers.
    const x0 = s > 0 ? PW : -WALL;
    const x1 = s > 0 ? WALL : -PW;
    V(M.concrete, [x0, BED - 0.2, -LEN], [x1, BED, LEN]);
    V(M.tunnel, [s * TRACK - 0.15, BED, -LEN], [s * TRACK + 0.15, BED + 0.004, LEN]);
    for (const r of [-0.7175, 0.7175]) {
      V(M.railSteel, [s * TRACK + r - 0.035, RAIL - 0.03, -LEN], [s * TRACK + r + 0.035, RAIL, LEN]);
      V(M.railSteel, [s * TRACK + r - 0.01, RAIL - 0.14, -LEN], [s * TRACK + r + 0.01, RAIL - 0.03, LEN]);
      V(M.railSteel, [s * TRACK + r - 0.07, RAIL - 0.17, -LEN], [s * TRACK + r + 0.07, RAIL - 0.14, LEN]);
    }
    b.floorTop(x0, -LEN, x1, LEN, BED);
    // Track walls clad in enamel panels, a dark band at the bottom.
    V(M.enamel, [s > 0 ? WALL : -WALL - 0.2, BED, -LEN], [s > 0 ? WALL + 0.2 : -WALL, CEIL, LEN]);
    V(M.darkPaint, [s > 0 ? WALL - 0.02 : -WALL, BED, -LEN], [s > 0 ? WALL : -WALL + 0.02, 0.2, LEN]);
    b.collide([s > 0 ? WALL : -WALL - 0.2, BED, -LEN], [s > 0 ? WALL + 0.2 : -WALL, CEIL, LEN]);
    // Wall signs facing the platform: station name boards and posters in light boxes.
    for (const z of [-24, -8, 8, 24]) {
      const x = s * (WALL - 0.06);
      V(M.steel, [x - 0.04, 0.6, z - 3.1], [x + 0.04, 2.0, z + 3.1]);
      sign([s * (WALL - 0.105), 1.3, z], 6.0, 1.25, s > 0 ? -Math.PI / 2 : Math.PI / 2, NAME_RECT);
    }
    for (const z of [-16, 0, 16]) {
      V(M.steel, [s * (WALL - 0.06) - 0.04, 0.75, z - 1.6], [s * (WALL - 0.06) + 0.04, 2.05, z + 1.6]);
      sign([s * (WALL - 0.105), 1.4, z], 3.0, 1.12, s > 0 ? -Math.PI / 2 : Math.PI / 2, AD_RECT);
    }
    // Tunnel portals at both ends of the trackbed: end wall with a dark tunnel mouth.
    for (const e of [-1, 1]) {
      const za = e > 0 ? LEN : -LEN - 0.3;
      const zc = e > 0 ? LEN + 0.3 : -LEN;
      V(M.enamel, [x0, BED, za], [x1, CEIL, zc]);
      V(M.tunnel, [s * TRACK - 2.1, BED, e > 0 ? LEN - 0.01 : -LEN], [s * TRACK + 2.1, 3.2, e > 0 ? LEN : -LEN + 0.01]);
      b.collide([x0, BED, za], [x1, CEIL, zc]);
    }
    // Rigid overhead conductor rail on hangers.
    C(M.railSteel, [s * TRACK - 0.06, 3.55, -LEN], [s * TRACK + 0.06, 3.7, LEN]);
    for (let z = -LEN + 2; z < LEN; z += 8) C(M.underframe, [s * TRACK - 0.5, 3.7, z - 0.05], [s * TRACK + 0.5, 3.78, z + 0.05]);
  }
  b.floorTop(-PW, -LEN, PW, LEN, 0);
  // Sleepers (instanced): one every 0.625 m under each track.
  const sleeper = b.prop('sleeper', (p) => p.box(M.sleeper, [-1.25, BED, -0.13], [1.25, BED + 0.16, 0.13]));
  for (const s of [-1, 1]) for (let z = -LEN + 0.3; z < LEN; z += 0.625) b.place(sleeper, 'visual', [s * TRACK, 0, z]);
  b.marker('trackbed', [-TRACK, BED + 0.3, 0], [5, 0.6, 70]);

  // ---- End walls across the platform, with a service door and the power cabinet.
  for (const e of [-1, 1]) {
    V(M.enamel, [-PW, 0, e > 0 ? LEN : -LEN - 0.2], [PW, CEIL, e > 0 ? LEN + 0.2 : -LEN]);
    b.collide([-PW, 0, e > 0 ? LEN : -LEN - 0.2], [PW, CEIL, e > 0 ? LEN + 0.2 : -LEN]);
    V(M.steel, [1.2, 0, e * (LEN - 0.03)], [2.4, 2.2, e * (LEN - 0.03) + 0.02]);
    sign([0, 2.9, e * (LEN - 0.05)], 2.4, 0.6, e > 0 ? Math.PI : 0, EXIT_RECT);
  }
  V(M.cabinet, [-4.6, 0, -LEN], [-3.4, 1.9, -LEN + 0.45]);
  V(M.rubber, [-4.4, 0.9, -LEN + 0.45], [-3.6, 1.3, -LEN + 0.47]);
  b.collide([-4.6, 0, -LEN], [-3.4, 1.9, -LEN + 0.45]);
  b.marker('power-drop-sl', [-4.0, 0.95, -LEN + 0.25], [1.2, 1.9, 0.5]);

  // ---- Platform screen doors. +X side: full height, open where the train doors are.
  const openings = doorZs.map((z) => [z - PSD_W / 2, z + PSD_W / 2] as const);
  const psdX = PW - 0.1;
  C(M.steel, [psdX - 0.08, 2.45, -LEN], [PW + 0.02, 3.05, LEN]);
  C(M.enamel, [psdX - 0.02, 3.05, -LEN], [psdX + 0.04, CEIL, LEN]);
  V(M.steel, [psdX - 0.06, 0, -LEN], [PW, 0.04, LEN]);
  let z0 = -LEN;
  const segments: [number, number][] = [];
  for (const [a, c] of openings) {
    segments.push([z0, a]);
    z0 = c;
  }
  segments.push([z0, LEN]);
  for (const [a, c] of segments) {
    V(M.glass, [psdX - 0.02, 0.04, a], [psdX + 0.02, 2.45, c]);
    for (let z = a; z <= c + 0.001; z += Math.max(0.5, (c - a) / Math.max(1, Math.round((c - a) / 1.6))))
      V(M.steel, [psdX - 0.05, 0.04, z - 0.04], [psdX + 0.05, 2.45, z + 0.04]);
    b.collide([psdX - 0.06, 0, a], [PW, CEIL, c]);
  }
  for (const [a, c] of openings) {
    // Leaves slid open behind the fixed panels, door-head light and a small sign.
    for (const [la, lc] of [
      [a - 0.95, a + 0.05],
      [c - 0.05, c + 0.95],
    ] as const) {
      V(M.glass, [psdX - 0.09, 0.05, la], [psdX - 0.05, 2.35, lc]);
      V(M.steel, [psdX - 0.1, 0.05, la], [psdX - 0.04, 0.2, lc]);
      V(M.steel, [psdX - 0.1, 0.05, la], [psdX - 0.04, 2.35, la + 0.05]);
      V(M.steel, [psdX - 0.1, 0.05, lc - 0.05], [psdX - 0.04, 2.35, lc]);
    }
    V(M.headlight, [psdX - 0.09, 2.5, (a + c) / 2 - 0.15], [psdX - 0.08, 2.56, (a + c) / 2 + 0.15]);
  }
  // Name signs on the door headers facing the platform.
  for (const cz of CAR_CENTRES) sign([psdX - 0.09, 2.75, cz], 1.6, 0.38, -Math.PI / 2, NAME_RECT, 'ceiling');
  b.marker('screen-doors', [psdX, 1.5, 0], [0.2, 3.0, 70]);
  // −X side: half-height platform gates (1.5 m), closed.
  const gx = -PW + 0.1;
  V(M.steel, [gx - 0.04, 1.45, -LEN], [gx + 0.06, 1.55, LEN]);
  V(M.steel, [-PW, 0, -LEN], [gx + 0.06, 0.04, LEN]);
  V(M.glass, [gx - 0.02, 0.04, -LEN], [gx + 0.02, 1.45, LEN]);
  for (let z = -LEN; z <= LEN + 0.01; z += 2.35) V(M.steel, [gx - 0.05, 0, z - 0.05], [gx + 0.07, 1.6, z + 0.05]);
  for (const z of doorZs) V(M.rubber, [gx - 0.03, 0.04, z - 0.01], [gx + 0.03, 1.45, z + 0.01]);
  b.collide([-PW, 0, -LEN], [gx + 0.07, 1.6, LEN]);
  b.marker('platform-gates', [gx, 0.8, 0], [0.15, 1.6, 70]);
  b.marker('tactile-strip', [PW - 0.6, 0.01, 20], [0.4, 0.02, 30]);

  buildTrain(b);

  // ---- Columns down the centre line (instanced, each carrying route-map panels).
  const column = b.prop('platform-column', (p) => {
    p.mesh(M.cladding, new CylinderGeometry(0.45, 0.45, CEIL, 24), tf(0, CEIL / 2, 0));
    p.mesh(M.steel, new CylinderGeometry(0.48, 0.48, 0.15, 24), tf(0, 0.075, 0));
    p.mesh(M.steel, new CylinderGeometry(0.48, 0.48, 0.1, 24), tf(0, CEIL - 0.05, 0));
    for (const s of [-1, 1]) {
      p.box(M.steel, [s > 0 ? 0.38 : -0.5, 1.3, -0.52], [s > 0 ? 0.5 : -0.38, 1.74, 0.52]);
      const g = new PlaneGeometry(1.0, 0.375);
      p.mesh(M.signs, g, tf(s * 0.505, 1.52, 0, s > 0 ? Math.PI / 2 : -Math.PI / 2), { kind: 'keep', rect: MAP_RECT });
    }
  });
  const columnZ = [-30, -22, -14, -6, 18, 26];
  for (const z of columnZ) {
    b.place(column, 'visual', [0, 0, z]);
    b.collide([-0.5, 0, z - 0.5], [0.5, CEIL, z + 0.5]);
  }
  b.marker('columns', [0, CEIL / 2, -18], [1, CEIL, 25]);
  b.marker('route-map', [-0.51, 1.52, -6], [0.05, 0.38, 1.0]);

  // ---- Benches (instanced): perforated steel, back to back, between the columns.
  const bench = b.prop('platform-bench', (p) => {
    for (const s of [-1, 1]) {
      p.box(M.steel, [s > 0 ? 0.05 : -0.5, 0.42, -0.9], [s > 0 ? 0.5 : -0.05, 0.46, 0.9]);
      p.box(M.steel, [s * 0.06 - 0.02, 0.46, -0.9], [s * 0.06 + 0.02, 0.85, 0.9]);
    }
    for (const z of [-0.8, 0, 0.8]) p.box(M.underframe, [-0.45, 0, z - 0.03], [0.45, 0.42, z + 0.03]);
  });
  const benchZ = [-26, -18, -10, 22, 30];
  for (const z of benchZ) {
    b.place(bench, 'visual', [0, 0, z]);
    b.collide([-0.5, 0, z - 0.9], [0.5, 0.85, z + 0.9]);
  }
  b.marker('benches', [0, 0.45, -18], [1, 0.9, 1.8]);

  buildStairs(b);

  // ---- Ceiling: linear metal baffles over the platform with light lines, dark void over the tracks.
  const holeZ0 = 1.4;
  const holeZ1 = 10.2;
  const HX = 3.1;
  for (const [za, zb] of [
    [-LEN, holeZ0],
    [holeZ1, LEN],
  ] as const) {
    C(M.baffle, [-PW, CEIL, za], [PW, CEIL + 0.1, zb]);
    for (const x of [-4.3, -1.8, 1.8, 4.3]) C(M.lightStrip, [x - 0.08, CEIL - 0.03, za + 0.2], [x + 0.08, CEIL, zb - 0.2]);
  }
  for (const s of [-1, 1]) {
    C(M.baffle, [s > 0 ? HX : -PW, CEIL, holeZ0], [s > 0 ? PW : -HX, CEIL + 0.1, holeZ1]);
    const x = s * 4.3;
    C(M.lightStrip, [x - 0.08, CEIL - 0.03, holeZ0], [x + 0.08, CEIL, holeZ1]);
    C(M.darkPaint, [s > 0 ? PW : -WALL, CEIL, -LEN], [s > 0 ? WALL : -PW, CEIL + 0.1, LEN]);
    // Opening fascia up to the concourse level.
    C(M.enamel, [s > 0 ? HX : -HX - 0.1, CEIL - 0.3, holeZ0], [s > 0 ? HX + 0.1 : -HX, CONC + 2.6, holeZ1]);
  }
  C(M.enamel, [-HX, CEIL - 0.3, holeZ1], [HX, CONC, holeZ1 + 0.1]);
  // Hanging station-name signs across the platform.
  for (const z of [-18, 22]) {
    for (const x of [-1.2, 1.2]) C(M.steel, [x - 0.02, 3.1, z - 0.02], [x + 0.02, CEIL, z + 0.02]);
    C(M.steel, [-1.55, 2.6, z - 0.07], [1.55, 3.1, z + 0.07]);
    sign([0, 2.85, z + 0.075], 3.0, 0.45, 0, NAME_RECT, 'ceiling');
    sign([0, 2.85, z - 0.075], 3.0, 0.45, Math.PI, NAME_RECT, 'ceiling');
  }
  b.marker('station-sign', [0, 2.85, 22], [3.1, 0.5, 0.15]);
  b.marker('ceiling-lights', [0, CEIL - 0.02, -18], [8.8, 0.05, 33]);

  b.spawn = { position: [-3, 0, 31], yawDeg: 0 };
  return b;
}

/** Three-car train on the +X track, platform-side doors open. Interior walkable. */
function buildTrain(b: SetBuilder): void {
  const M = subwayMaterials;
  const V = (mat: MaterialSpec, min: Vec3, max: Vec3) => b.box('visual', mat, min, max);
  const xo = TRACK - 1.4; // platform-side face, 6.1
  const xf = TRACK + 1.4; // far face, 8.9
  const FLOOR = 0.02;
  const WIN0 = 0.85;
  const WIN1 = 1.85;
  const TOP = 2.2;
  const DOOR_H = 1.86;
  const r = (1.4 ** 2 + 0.55 ** 2) / (2 * 0.55);
  const half = Math.asin(1.4 / r);
  const roof = new CylinderGeometry(r, r, CAR_LEN, 24, 1, true, Math.PI - half, 2 * half);
  const wheel = b.prop('wheelset', (p) => {
    for (const dx of [-0.7175, 0.7175]) p.mesh(M.underframe, new CylinderGeometry(0.42, 0.42, 0.12, 16), tf(dx, RAIL + 0.42, 0, 0, 0, Math.PI / 2));
    p.mesh(M.railSteel, new CylinderGeometry(0.08, 0.08, 1.5, 8), tf(0, RAIL + 0.42, 0, 0, 0, Math.PI / 2));
  });
  CAR_CENTRES.forEach((cz, ci) => {
    const z0 = cz - CAR_LEN / 2;
    const z1 = cz + CAR_LEN / 2;
    const doors = DOOR_OFFSETS.map((o) => [cz + o - DOOR_W / 2, cz + o + DOOR_W / 2] as const);
    // Underframe, bogies, wheels.
    V(M.underframe, [xo + 0.1, -0.95, z0 + 0.3], [xf - 0.1, -0.05, z1 - 0.3]);
    for (const bz of [cz - 6.5, cz + 6.5]) {
      V(M.underframe, [TRACK - 1.1, RAIL + 0.3, bz - 1.3], [TRACK + 1.1, RAIL + 0.8, bz + 1.3]);
      for (const wz of [-1.1, 1.1]) b.place(wheel, 'visual', [TRACK, 0, bz + wz]);
    }
    // Floor and interior ceiling.
    V(M.trainFloor, [xo, -0.05, z0], [xf, FLOOR, z1]);
    b.floorTop(xo, z0 + 0.1, xf, z1 - 0.1, FLOOR);
    V(M.enamel, [xo + 0.05, TOP, z0], [xf - 0.05, TOP + 0.04, z1]);
    for (const x of [TRACK - 0.6, TRACK + 0.6]) V(M.lightStrip, [x - 0.1, TOP - 0.01, z0 + 0.5], [x + 0.1, TOP, z1 - 0.5]);
    // Roof shell.
    b.mesh('visual', M.body, roof, tf(TRACK, TOP + 0.55 - r, cz, 0, Math.PI / 2));
    // Side walls: skirt with the line-colour stripe, window band, frieze; doors cut on the platform side.
    for (const side of [-1, 1]) {
      const x = side < 0 ? xo : xf - 0.08;
      const cuts = side < 0 ? doors : [];
      let za = z0;
      const spans: [number, number][] = [];
      for (const [a, c] of cuts) {
        spans.push([za, a]);
        za = c;
      }
      spans.push([za, z1]);
      for (const [a, c] of spans) {
        V(M.body, [x, -0.05, a], [x + 0.08, WIN0, c]);
        V(M.line, [x + (side < 0 ? -0.005 : 0.08), 0.55, a], [x + (side < 0 ? 0 : 0.085), 0.75, c]);
        V(M.tint, [x + 0.02, WIN0, a], [x + 0.06, WIN1, c]);
        V(M.body, [x, WIN1, a], [x + 0.08, TOP + 0.05, c]);
        // Window pillars.
        const n = Math.max(1, Math.round((c - a) / 1.6));
        for (let k = 0; k <= n; k++) {
          const z = a + ((c - a) * k) / n;
          V(M.body, [x, WIN0, z - 0.06], [x + 0.08, WIN1, z + 0.06]);
        }
        if (side < 0) b.collide([x, FLOOR, a], [x + 0.08, TOP, c]);
      }
      if (side > 0) {
        b.collide([x, FLOOR, z0], [x + 0.08, TOP, z1]);
        // Closed doors on the far side: outlines and door windows.
        for (const [a, c] of doors) {
          V(M.rubber, [x + 0.08, 0, (a + c) / 2 - 0.01], [x + 0.09, DOOR_H, (a + c) / 2 + 0.01]);
          V(M.rubber, [x + 0.08, DOOR_H - 0.02, a], [x + 0.09, DOOR_H, c]);
        }
      } else {
        for (const [a, c] of doors) {
          V(M.body, [x, DOOR_H, a], [x + 0.08, TOP + 0.05, c]);
          // Open leaves slid outside the body, and the door-light above.
          V(M.body, [x - 0.06, 0.02, a - 0.62], [x - 0.02, DOOR_H, a + 0.03]);
          V(M.tint, [x - 0.065, 0.9, a - 0.5], [x - 0.055, 1.75, a - 0.08]);
          V(M.body, [x - 0.06, 0.02, c - 0.03], [x - 0.02, DOOR_H, c + 0.62]);
          V(M.tint, [x - 0.065, 0.9, c + 0.08], [x - 0.055, 1.75, c + 0.5]);
          V(M.rubber, [x, 0, a], [x + 0.08, 0.02, c]);
          V(M.headlight, [x + 0.09, DOOR_H + 0.05, (a + c) / 2 - 0.1], [x + 0.1, DOOR_H + 0.1, (a + c) / 2 + 0.1]);
          b.floorTop(PW, a, xo + 0.1, c, FLOOR);
        }
      }
    }
    // Longitudinal seats between doors, grab poles and rails.
    const bays: [number, number][] = [];
    let za = z0 + 1.2;
    for (const [a, c] of doors) {
      bays.push([za, a - 0.3]);
      za = c + 0.3;
    }
    bays.push([za, z1 - 1.2]);
    for (const [a, c] of bays)
      for (const side of [-1, 1]) {
        const xi = side < 0 ? xo + 0.08 : xf - 0.08;
        const xs = side < 0 ? xi + 0.48 : xi - 0.48;
        const lo = Math.min(xi, xs);
        const hi = Math.max(xi, xs);
        V(M.steel, [lo, FLOOR, a], [hi, 0.38, c]);
        V(M.seat, [lo, 0.38, a], [hi, 0.45, c]);
        V(M.seat, [side < 0 ? xi : xi - 0.06, 0.45, a], [side < 0 ? xi + 0.06 : xi, 0.9, c]);
        b.collide([lo, FLOOR, a], [hi, 0.9, c]);
        for (const z of [a, c]) {
          const pole = new CylinderGeometry(0.02, 0.02, TOP - 0.45, 8);
          b.mesh('visual', M.steel, pole, tf(side < 0 ? hi + 0.02 : lo - 0.02, 0.45 + (TOP - 0.45) / 2, z));
        }
        V(M.steel, [TRACK + side * 0.75 - 0.02, 1.92, a], [TRACK + side * 0.75 + 0.02, 1.96, c]);
      }
    // Car ends: gangway between cars, driver's cab at the train ends.
    for (const e of [-1, 1]) {
      const ze = e < 0 ? z0 : z1;
      const isCab = (ci === 0 && e < 0) || (ci === CAR_CENTRES.length - 1 && e > 0);
      const t0 = e < 0 ? ze : ze - 0.1;
      const t1 = e < 0 ? ze + 0.1 : ze;
      if (isCab) {
        V(M.body, [xo, -0.95, t0], [xf, TOP + 0.5, t1]);
        V(M.tint, [xo + 0.2, 1.0, e < 0 ? t0 - 0.01 : t1], [xf - 0.2, 2.1, e < 0 ? t0 : t1 + 0.01]);
        V(M.line, [xo, 0.3, e < 0 ? t0 - 0.02 : t1], [xf, 0.6, e < 0 ? t0 : t1 + 0.02]);
        for (const hx of [xo + 0.4, xf - 0.4]) V(M.headlight, [hx - 0.15, 0.0, e < 0 ? t0 - 0.03 : t1], [hx + 0.15, 0.15, e < 0 ? t0 : t1 + 0.03]);
        b.collide([xo, FLOOR, t0], [xf, TOP, t1]);
      } else {
        V(M.body, [xo, FLOOR, t0], [TRACK - 0.6, TOP + 0.5, t1]);
        V(M.body, [TRACK + 0.6, FLOOR, t0], [xf, TOP + 0.5, t1]);
        V(M.body, [TRACK - 0.6, 1.95, t0], [TRACK + 0.6, TOP + 0.5, t1]);
        b.collide([xo, FLOOR, t0], [TRACK - 0.6, TOP, t1]);
        b.collide([TRACK + 0.6, FLOOR, t0], [xf, TOP, t1]);
        if (e > 0) {
          // Gangway bellows to the next car, walkable.
          V(M.rubber, [TRACK - 0.75, FLOOR, z1], [TRACK - 0.65, 2.05, z1 + CAR_GAP]);
          V(M.rubber, [TRACK + 0.65, FLOOR, z1], [TRACK + 0.75, 2.05, z1 + CAR_GAP]);
          V(M.rubber, [TRACK - 0.75, 1.95, z1], [TRACK + 0.75, 2.05, z1 + CAR_GAP]);
          V(M.trainFloor, [TRACK - 0.65, -0.05, z1], [TRACK + 0.65, FLOOR, z1 + CAR_GAP]);
          b.floorTop(TRACK - 0.65, z1 - 0.1, TRACK + 0.65, z1 + CAR_GAP + 0.1, FLOOR);
          b.collide([TRACK - 0.75, FLOOR, z1], [TRACK - 0.65, 2.05, z1 + CAR_GAP]);
          b.collide([TRACK + 0.65, FLOOR, z1], [TRACK + 0.75, 2.05, z1 + CAR_GAP]);
        }
      }
    }
  });
  const tz0 = CAR_CENTRES[0]! - CAR_LEN / 2;
  const tz1 = CAR_CENTRES[CAR_CENTRES.length - 1]! + CAR_LEN / 2;
  b.marker('train', [TRACK, 0.9, 0], [2.8, 3.8, tz1 - tz0]);
  b.marker('train-interior', [TRACK, 1.1, 0], [2.6, 2.2, CAR_LEN]);
  b.marker('train-door', [xo, 0.95, CAR_CENTRES[1]! + DOOR_OFFSETS[1]!], [0.2, DOOR_H, DOOR_W]);
}

/** Fixed stairs between two escalators, rising toward −Z from z 13.5 to the concourse at 5.6 m. */
function buildStairs(b: SetBuilder): void {
  const M = subwayMaterials;
  const V = (mat: MaterialSpec, min: Vec3, max: Vec3) => b.box('visual', mat, min, max);
  const RISE = 0.16;
  const GO = 0.3;
  const N = 35;
  const zb = 13.5;
  const zt = zb - (N - 1) * GO - GO; // 3.0
  const HX = 3.1;
  // Stair treads (each a block) and their floor proxies.
  for (let k = 1; k < N; k++) {
    const top = RISE * k;
    const za = zb - GO * k;
    V(M.granite, [-1.4, top - RISE - 0.1, za], [1.4, top, za + GO]);
    V(M.tactile, [-1.4, top - 0.005, za], [1.4, top + 0.003, za + 0.05]);
    b.floorTop(-1.4, za, 1.4, za + GO, top);
  }
  // Soffit under the flight.
  const run = zb - zt;
  const slope = Math.atan2(CONC, run);
  const len = Math.hypot(CONC, run);
  b.mesh('visual', M.enamel, new BoxGeometry(2.8, 0.12, len), tf(0, CONC / 2 - 0.25, (zb + zt) / 2, 0, slope));
  // Escalators: truss, treads on the incline, glass balustrades and black handrails.
  const e0 = 12.3;
  const e1 = 2.6;
  const eRun = e0 - e1;
  const eLen = Math.hypot(CONC, eRun);
  const eSlope = Math.atan2(CONC, eRun);
  for (const s of [-1, 1]) {
    const xc = s * 2.3;
    b.mesh('visual', M.steel, new BoxGeometry(1.2, 0.9, eLen), tf(xc, CONC / 2 - 0.5, (e0 + e1) / 2, 0, eSlope));
    b.mesh('visual', M.treads, new BoxGeometry(1.0, 0.02, eLen), tf(xc, CONC / 2 + 0.01, (e0 + e1) / 2, 0, eSlope));
    V(M.treads, [xc - 0.5, -0.001, e0], [xc + 0.5, 0.01, e0 + 1.2]);
    V(M.treads, [xc - 0.5, CONC - 0.001, zt], [xc + 0.5, CONC + 0.01, e1]);
    for (const d of [-0.55, 0.55]) {
      b.mesh('visual', M.glass, new BoxGeometry(0.02, 0.9, eLen + 0.8), tf(xc + d, CONC / 2 + 0.5, (e0 + e1) / 2, 0, eSlope));
      b.mesh('visual', M.rubber, new BoxGeometry(0.08, 0.06, eLen + 1.2), tf(xc + d, CONC / 2 + 0.98, (e0 + e1) / 2, 0, eSlope));
      V(M.steel, [xc + d - 0.05, 0, e0], [xc + d + 0.05, 1.0, e0 + 1.2]);
      V(M.rubber, [xc + d - 0.04, 0.97, e0], [xc + d + 0.04, 1.03, e0 + 1.2]);
    }
    b.ramp([
      [xc - 0.5, 0, e0],
      [xc + 0.5, 0, e0],
      [xc + 0.5, CONC, e1],
      [xc - 0.5, CONC, e1],
    ]);
    // Dividers between the escalator and the stair (handrail height above the flight).
    const dx = s * 1.55;
    b.collide([dx - 0.15, 0, zt], [dx + 0.15, CONC + 1.1, zb]);
    b.mesh('visual', M.steel, new BoxGeometry(0.3, 1.0, len), tf(dx, CONC / 2 + 0.3, (zb + zt) / 2, 0, slope));
  }
  b.floorTop(-HX, 1.5, HX, zt, CONC);
  // Side walls of the stair block (platform level) as a sloped-top wall, full height under the ceiling.
  for (const s of [-1, 1]) {
    const shape = new Shape();
    shape.moveTo(zb, 0);
    shape.lineTo(zb, 1.1);
    shape.lineTo(zt, CONC + 1.1);
    shape.lineTo(1.5, CONC + 1.1);
    shape.lineTo(1.5, 0);
    shape.lineTo(zb, 0);
    const g = new ExtrudeGeometry(shape, { depth: 0.12, bevelEnabled: false });
    // Shape (u, v, w) → world (x = w, y = v, z = u): a mirror, handled in toPart.
    const m = new Matrix4().set(0, 0, 1, s > 0 ? HX - 0.12 : -HX, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1);
    b.mesh('visual', M.enamel, g, m);
    b.collide([s > 0 ? HX - 0.12 : -HX, 0, 1.5], [s > 0 ? HX : -HX + 0.12, CEIL, zb]);
    V(M.rubber, [s > 0 ? HX - 0.15 : -HX + 0.1, 1.05, zb - 0.05], [s > 0 ? HX - 0.1 : -HX + 0.15, 1.12, zb]);
  }
  // Top end of the block at platform level, and the concourse landing walls above the ceiling.
  V(M.enamel, [-HX, 0, 1.4], [HX, CEIL, 1.5]);
  b.collide([-HX, 0, 1.3], [HX, CEIL, 1.5]);
  b.box('ceiling', M.enamel, [-HX, CONC, 1.3], [HX, CONC + 2.6, 1.5]);
  b.collide([-HX, CONC, 1.3], [HX, CONC + 2.6, 1.5]);
  b.box('ceiling', M.granite, [-HX, CONC - 0.3, 1.5], [HX, CONC, zt]);
  const exitSign = new PlaneGeometry(1.6, 0.4);
  b.mesh('ceiling', M.signs, exitSign, tf(0, CONC + 2.2, 1.51), { kind: 'keep', rect: EXIT_RECT });
  // Signs over the stair foot.
  V(M.steel, [-1.5, 2.55, zb + 0.1], [1.5, 3.05, zb + 0.2]);
  const foot = new PlaneGeometry(2.9, 0.45);
  b.mesh('visual', M.signs, foot, tf(0, 2.8, zb + 0.205), { kind: 'keep', rect: EXIT_RECT });
  b.marker('stairs', [0, CONC / 2, (zb + zt) / 2], [2.8, CONC, zb - zt]);
  b.marker('escalator', [-2.3, CONC / 2, (e0 + e1) / 2], [1.2, CONC + 1, eRun]);
}
