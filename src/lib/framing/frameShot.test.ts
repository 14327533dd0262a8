import { describe, expect, it } from 'vitest';
import { frameFov } from '../camera/fov';
import { makePose } from '../motion/pose';
import type { Projected } from './frameShot';
import { figureShot, makeFigureShot, projectPoint } from './frameShot';

const DEG = Math.PI / 180;
const fullFrame = { sensor: { width: 36, height: 24, mode: 'full frame' } };
const out = (): Projected => ({ x: 0, y: 0, depth: 0 });

describe('projectPoint', () => {
  it('a point straight ahead lands in the middle; yaw 0 looks toward −Z', () => {
    const p = out();
    expect(projectPoint(makePose(0, 1, 0), 50, 9 / 16, 0, 1, -3, p)).toBe(true);
    expect(p.x).toBeCloseTo(0, 12);
    expect(p.y).toBeCloseTo(0, 12);
    expect(p.depth).toBeCloseTo(3, 12);
    expect(projectPoint(makePose(0, 1, 0), 50, 9 / 16, 0, 1, 3, p)).toBe(false);
  });

  it('the frame edge is at half the field of view', () => {
    const p = out();
    const v = 40;
    projectPoint(makePose(), v, 9 / 16, 0, 1.6 + Math.tan((v / 2) * DEG) * 5, -5, p);
    expect(p.y).toBeCloseTo(1, 12);
    const hTan = Math.tan((v / 2) * DEG) * (9 / 16);
    projectPoint(makePose(), v, 9 / 16, hTan * 5, 1.6, -5, p);
    expect(p.x).toBeCloseTo(1, 12);
  });

  it('yaw turns left, pitch looks up, roll turns the picture', () => {
    const p = out();
    // Yaw +90° looks toward −X.
    projectPoint(makePose(0, 0, 0, 90 * DEG), 50, 1, -4, 0, 0, p);
    expect(p.x).toBeCloseTo(0, 12);
    expect(p.depth).toBeCloseTo(4, 12);
    // Pitch +30°: a point 30° up is centred.
    projectPoint(makePose(0, 0, 0, 0, 30 * DEG), 50, 1, 0, Math.tan(30 * DEG) * 2, -2, p);
    expect(p.y).toBeCloseTo(0, 12);
    // Roll +90°: the camera turns counter-clockwise as its operator sees it, so the picture
    // turns clockwise: a point right of the view appears at the bottom (three.js rotation.z).
    projectPoint(makePose(0, 0, 0, 0, 0, 90 * DEG), 50, 1, 0.5, 0, -2, p);
    expect(p.x).toBeCloseTo(0, 12);
    expect(p.y).toBeCloseTo(-0.5 / 2 / Math.tan(25 * DEG), 12);
  });
});

describe('figureShot', () => {
  const fov35 = frameFov(fullFrame, 35, 'portrait'); // 20.25 × 36 mm frame: vfov 54.4°

  it('a 1.75 m figure 2 m in front of 35 mm on full frame, portrait, camera at mid-height: a full shot', () => {
    const r = figureShot(makePose(0, 0.875, 0), fov35.vfovDeg, { position: [0, 0, -2], kind: 'adult-175', pose: 'standing' }, makeFigureShot());
    // The frame spans 2 · 2 · 18/35 = 2.057 m at the figure: 1.75 m fills 85 %.
    expect(r.view?.fill).toBeCloseTo(1.75 / ((2 * 2 * 18) / 35), 9);
    expect(r.view?.bottom).toBe(0);
    expect(r.shot).toBe('full');
    expect(r.distanceM).toBeCloseTo(2, 12);
  });

  it('the same figure with the camera at 1.5 m: feet cut below the knees, a medium long shot', () => {
    const r = figureShot(makePose(0, 1.5, 0), fov35.vfovDeg, { position: [0, 0, -2], kind: 'adult-175', pose: 'standing' }, makeFigureShot());
    // Frame bottom at 1.5 − 1.0286 = 0.471 m, 27 % of the figure.
    expect(r.view?.bottom).toBeCloseTo((1.5 - (2 * 18) / 35) / 1.75, 9);
    expect(r.shot).toBe('medium-long');
  });

  it('closer on a longer lens: a close-up', () => {
    const fov = frameFov(fullFrame, 85, 'portrait');
    const r = figureShot(makePose(0, 1.6, 0), fov.vfovDeg, { position: [0, 0, -1.5], kind: 'adult-175', pose: 'standing' }, makeFigureShot());
    // 1.5 · 36/85 = 0.635 m frame at the figure, centred at 1.6: bottom at 1.28 m = 0.73 H.
    expect(r.shot).toBe('medium-close-up');
    const r2 = figureShot(makePose(0, 1.62, 0), fov.vfovDeg, { position: [0, 0, -1.2], kind: 'adult-175', pose: 'standing' }, makeFigureShot());
    expect(r2.shot).toBe('close-up');
  });

  it('crop is tighter than portrait with the same lens', () => {
    const crop = frameFov(fullFrame, 35, 'crop'); // 24 mm tall
    const r = figureShot(makePose(0, 0.875, 0), crop.vfovDeg, { position: [0, 0, -2], kind: 'adult-175', pose: 'standing' }, makeFigureShot());
    expect(r.shot).toBe('medium-long');
  });

  it('a seated figure is judged on its seated height', () => {
    const r = figureShot(makePose(0, 0.7, 0), fov35.vfovDeg, { position: [0, 0, -2], kind: 'adult-175', pose: 'seated' }, makeFigureShot());
    expect(r.view?.fill).toBeCloseTo((1.75 * 0.77) / ((2 * 2 * 18) / 35), 9);
    expect(r.shot).toBe('full');
  });

  it('nothing when the figure is behind the camera or off to the side', () => {
    const fig = { position: [0, 0, 2] as [number, number, number], kind: 'adult-175' as const, pose: 'standing' as const };
    expect(figureShot(makePose(0, 1.5, 0), fov35.vfovDeg, fig, makeFigureShot()).shot).toBeNull();
    const side = figureShot(makePose(0, 1.5, 0), fov35.vfovDeg, { ...fig, position: [3, 0, -2] }, makeFigureShot());
    expect(side.shot).toBeNull();
    expect(side.distanceM).toBeCloseTo(Math.hypot(3, 2), 12);
    // Half in at the edge still counts.
    const edge = (2 * 20.25) / 70;
    expect(figureShot(makePose(0, 0.875, 0), fov35.vfovDeg, { ...fig, position: [edge, 0, -2] }, makeFigureShot()).shot).toBe('full');
  });

  it('a figure on a dais is measured from its own floor', () => {
    const r = figureShot(makePose(0, 0.875 + 0.45, 0), fov35.vfovDeg, { position: [0, 0.45, -2], kind: 'adult-175', pose: 'standing' }, makeFigureShot());
    expect(r.shot).toBe('full');
  });
});
