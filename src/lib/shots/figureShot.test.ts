import { describe, expect, it } from 'vitest';
import type { ShotSizeId } from '../camera/shotSize';
import { DEG, makePose } from '../pose';
import { judgeFigure, projectToNdc, shotSizeOfPose } from './figureShot';
import type { JudgedFigure } from './figureShot';

const ASPECT = 9 / 16;
const T30 = Math.tan(30 * DEG);

describe('projectToNdc (hand-worked, vfov 60°, camera at (0, 1.6, 5))', () => {
  const out = { x: 0, y: 0 };
  it('puts a point straight ahead at the centre and one at the half-angle on the top edge', () => {
    const pose = makePose(0, 1.6, 5);
    expect(projectToNdc(pose, 60, ASPECT, 0, 1.6, 0, out)).toBe(true);
    expect(out.x).toBeCloseTo(0, 12);
    expect(out.y).toBeCloseTo(0, 12);
    projectToNdc(pose, 60, ASPECT, 0, 1.6 + 5 * T30, 0, out);
    expect(out.y).toBeCloseTo(1, 12);
  });
  it('follows yaw: 90° looks toward −X, and −Z is then on the right', () => {
    const pose = makePose(0, 1.6, 5, 90 * DEG);
    projectToNdc(pose, 60, ASPECT, -5, 1.6, 5, out);
    expect(out.x).toBeCloseTo(0, 12);
    projectToNdc(pose, 60, ASPECT, -5, 1.6, 4, out);
    expect(out.x).toBeCloseTo(1 / (5 * T30 * ASPECT), 10);
  });
  it('follows pitch: looking up 30°, a level point sits on the bottom edge', () => {
    projectToNdc(makePose(0, 1.6, 5, 0, 30 * DEG), 60, ASPECT, 0, 1.6, 0, out);
    expect(out.y).toBeCloseTo(-1, 10);
  });
  it('follows roll: rolled 90°, world up points to the frame right', () => {
    projectToNdc(makePose(0, 1.6, 5, 0, 0, 90 * DEG), 60, ASPECT, 0, 2.6, 0, out);
    expect(out.x).toBeCloseTo(1 / (5 * T30 * ASPECT), 10);
    expect(out.y).toBeCloseTo(0, 10);
  });
  it('refuses points behind the camera', () => {
    expect(projectToNdc(makePose(0, 1.6, 5), 60, ASPECT, 0, 1.6, 9, out)).toBe(false);
  });
});

describe('shot size of a pose', () => {
  const standing: JudgedFigure = { kind: 'adult-175', pose: 'standing', position: [0, 0, 0] };
  const at = (d: number) => makePose(0, 1.6, d);
  const judge = (d: number, f = standing) => {
    const out: { shotSize: ShotSizeId | null; fill: number } = { shotSize: null, fill: 0 };
    judgeFigure(at(d), 60, ASPECT, f, out);
    return out;
  };

  it('classifies by distance: medium at 1 m, full at 3 m, long at 6 m, extreme long at 20 m', () => {
    expect(judge(1).shotSize).toBe('medium');
    expect(judge(3)).toEqual({ shotSize: 'full', fill: expect.closeTo(1.75 / (2 * 3 * T30), 10) });
    expect(judge(6).shotSize).toBe('long');
    expect(judge(20).shotSize).toBe('extreme-long');
  });

  it('finds nothing for a figure behind or beside the camera', () => {
    expect(judgeFigure(at(-3), 60, ASPECT, standing, { shotSize: null, fill: 0 })).toBe(false);
    expect(judgeFigure(at(3), 60, ASPECT, { ...standing, position: [10, 0, 0] }, { shotSize: null, fill: 0 })).toBe(false);
  });

  it('judges the selected figure when it is in frame, else the one filling the most', () => {
    const far: JudgedFigure = { kind: 'adult-162', pose: 'standing', position: [0, 0, -5] };
    const figures = [far, standing];
    expect(shotSizeOfPose(at(3), 60, ASPECT, figures, null)).toMatchObject({ index: 1, shotSize: 'full' });
    expect(shotSizeOfPose(at(3), 60, ASPECT, figures, 0)).toMatchObject({ index: 0, shotSize: 'long' });
    expect(shotSizeOfPose(at(3), 60, ASPECT, [{ ...standing, position: [0, 0, 9] }], null)).toBeNull();
    expect(shotSizeOfPose(at(3), 60, ASPECT, [], 0)).toBeNull();
  });
});
