/**
 * Stand-in figures built in code: neutral grey, low-poly, clearly human (head, neck, torso,
 * arms, legs, feet that show which way the figure faces), at unit standing height so one kit
 * serves every figure by uniform scale. A seated figure folds at the hips and knees: its
 * upper body drops by (1 − SEATED_HEIGHT_RATIO) and its thighs run forward.
 * One kit is shared by all figures (geometries and materials made once, disposed together).
 */
import type { BufferGeometry, Material } from 'three';
import { BoxGeometry, CapsuleGeometry, CylinderGeometry, Group, Mesh, MeshStandardMaterial, RingGeometry, SphereGeometry } from 'three';
import type { FigureKind, FigurePose } from '../../data/schema';
import { FIGURE_HEIGHTS_M, SEATED_HEIGHT_RATIO } from '../../lib/camera/shotSize';
import { DEG } from '../../lib/motion/pose';

export interface StandInKit {
  geometries: {
    head: BufferGeometry;
    neck: BufferGeometry;
    torso: BufferGeometry;
    leg: BufferGeometry;
    thigh: BufferGeometry;
    shin: BufferGeometry;
    arm: BufferGeometry;
    foot: BufferGeometry;
    ring: BufferGeometry;
  };
  body: Material;
  selected: Material;
  ring: Material;
  dispose(): void;
}

/** A capsule of total height `total` (caps included) and radius `r`, centred on the origin. */
const capsule = (r: number, total: number) => new CapsuleGeometry(r, Math.max(0.001, total - 2 * r), 4, 10);

export function makeStandInKit(): StandInKit {
  const geometries = {
    head: new SphereGeometry(0.062, 14, 10),
    neck: new CylinderGeometry(0.028, 0.034, 0.07, 10),
    torso: capsule(0.085, 0.34),
    leg: capsule(0.05, 0.5),
    thigh: capsule(0.055, 0.3),
    shin: capsule(0.046, 0.27),
    arm: capsule(0.034, 0.37),
    foot: new BoxGeometry(0.07, 0.04, 0.15),
    ring: new RingGeometry(0.16, 0.2, 32),
  };
  geometries.ring.rotateX(-Math.PI / 2);
  const body = new MeshStandardMaterial({ color: '#9a9ca1', roughness: 0.8, metalness: 0 });
  const selected = new MeshStandardMaterial({ color: '#f2b233', emissive: '#5a3d00', roughness: 0.6, metalness: 0 });
  const ring = new MeshStandardMaterial({ color: '#f2b233', emissive: '#f2b233', emissiveIntensity: 0.6, transparent: true, opacity: 0.85, depthWrite: false });
  return {
    geometries,
    body,
    selected,
    ring,
    dispose() {
      for (const g of Object.values(geometries)) g.dispose();
      body.dispose();
      selected.dispose();
      ring.dispose();
    },
  };
}

export interface BuiltStandIn {
  group: Group;
  meshes: Mesh[];
  ring: Mesh;
}

/** Scratch-free builder: run once per figure (and when its pose changes), not per frame. */
export function buildStandIn(kit: StandInKit, pose: FigurePose): BuiltStandIn {
  const g = kit.geometries;
  const group = new Group();
  // Counted by window.__scout.standIns() (docs/ARCHITECTURE.md §3).
  group.userData.standIn = true;
  const meshes: Mesh[] = [];
  const add = (geo: BufferGeometry, x: number, y: number, z: number, parent: Group = group) => {
    const m = new Mesh(geo, kit.body);
    m.position.set(x, y, z);
    parent.add(m);
    meshes.push(m);
    return m;
  };
  const seated = pose === 'seated';
  // Upper body drop when seated: the head top lands at SEATED_HEIGHT_RATIO.
  const drop = seated ? 1 - SEATED_HEIGHT_RATIO : 0;
  const torso = add(g.torso, 0, 0.665 - drop, 0);
  torso.scale.set(1.35, 1, 0.72);
  add(g.neck, 0, 0.855 - drop, 0);
  add(g.head, 0, 0.938 - drop, 0);
  // Arms hang from the shoulders; seated, they reach forward to rest on the thighs.
  for (const side of [-1, 1]) {
    const shoulder = new Group();
    shoulder.position.set(side * 0.152, 0.8 - drop, 0);
    shoulder.rotation.z = side * 0.08;
    if (seated) shoulder.rotation.x = 0.55;
    group.add(shoulder);
    add(g.arm, 0, -0.185, 0, shoulder);
  }
  for (const side of [-1, 1]) {
    const x = side * 0.058;
    if (!seated) {
      add(g.leg, x, 0.26, 0);
      add(g.foot, x, 0.02, -0.04);
    } else {
      // Hips at 0.53 − drop; the thigh runs forward (−Z) to the knee, the shin drops to the floor.
      const hip = 0.53 - drop;
      const thigh = add(g.thigh, x, hip, -0.125);
      thigh.rotation.x = Math.PI / 2;
      add(g.shin, x, hip / 2, -0.25);
      add(g.foot, x, 0.02, -0.29);
    }
  }
  const ring = new Mesh(g.ring, kit.ring);
  ring.position.y = 0.005;
  ring.renderOrder = 2;
  ring.visible = false;
  // The selection ring is an on-screen aid: the shot list's stills leave it out.
  ring.userData.noStill = true;
  group.add(ring);
  return { group, meshes, ring };
}

/** Puts a built figure where it stands: feet at `position`, facing `yawDeg`, scaled to its kind's height. */
export function placeStandIn(built: BuiltStandIn, f: { kind: FigureKind; position: readonly [number, number, number] | readonly number[]; yawDeg: number }): void {
  const s = FIGURE_HEIGHTS_M[f.kind];
  built.group.scale.setScalar(s);
  built.group.position.set(f.position[0] ?? 0, f.position[1] ?? 0, f.position[2] ?? 0);
  built.group.rotation.set(0, f.yawDeg * DEG, 0);
  // The ring keeps its size whatever the figure's height.
  built.ring.scale.setScalar(1 / s);
}
