import { describe, expect, it } from 'vitest';
import type { Object3D } from 'three';
import { Mesh, Scene } from 'three';
import { FIGURE_HEIGHTS_M } from '../../lib/camera/shotSize';
import { isScreenAid } from '../shots/renderStill';
import { buildShotFigures } from './ShotFigures';
import { makeStandInKit } from './standInKit';

const verdict = [{ kind: 'adult-175', pose: 'standing', position: [0, 0.45, -6.6], yawDeg: 180 }] as const;
const two = [
  { kind: 'adult-162', pose: 'seated', position: [1, 0, 2], yawDeg: 90 },
  { kind: 'child-120', pose: 'standing', position: [-1, 0, -2], yawDeg: 0 },
] as const;

function standIns(root: Object3D): Object3D[] {
  const found: Object3D[] = [];
  root.traverseVisible((o) => {
    if (o.userData.standIn === true) found.push(o);
  });
  return found;
}

describe('buildShotFigures', () => {
  it("puts each of a preset shot's figures in the scene, where the shot places it", () => {
    const kit = makeStandInKit();
    const scene = new Scene();
    scene.add(buildShotFigures(kit, verdict));
    const [judge, ...rest] = standIns(scene);
    expect(rest).toHaveLength(0);
    expect(judge!.position.toArray()).toEqual([0, 0.45, -6.6]);
    expect(judge!.scale.y).toBeCloseTo(FIGURE_HEIGHTS_M['adult-175']);
    expect(judge!.rotation.y).toBeCloseTo(Math.PI);
    kit.dispose();
  });

  it('draws every figure of a shot, each at its own height, and none for a shot without figures', () => {
    const kit = makeStandInKit();
    const figures = standIns(buildShotFigures(kit, two));
    expect(figures).toHaveLength(2);
    expect(figures[0]!.scale.x).toBeCloseTo(FIGURE_HEIGHTS_M['adult-162']);
    expect(figures[1]!.scale.x).toBeCloseTo(FIGURE_HEIGHTS_M['child-120']);
    expect(standIns(buildShotFigures(kit, []))).toHaveLength(0);
    kit.dispose();
  });

  it('keeps the figures in a still: only the (hidden) selection ring is a screen aid', () => {
    const kit = makeStandInKit();
    const group = buildShotFigures(kit, verdict);
    const meshes: Mesh[] = [];
    group.traverse((o) => {
      if (o instanceof Mesh) meshes.push(o);
    });
    const aids = meshes.filter(isScreenAid);
    expect(meshes.length).toBeGreaterThan(5);
    expect(aids).toHaveLength(1);
    expect(aids[0]!.visible).toBe(false);
    kit.dispose();
  });
});
