import { describe, expect, it } from 'vitest';
import type { FigureView } from '../camera/shotSize';
import { frameFov } from '../camera/fov';
import { ALL_VISIBLE, JOINTS, jointFraction, narrowToVisible, visibleJoints } from './figureVisibility';
import type { FigureInput } from './frameShot';
import { figureShot, makeFigureShot } from './frameShot';
import { DEG, makePose } from '../motion/pose';
import { shotSizeOfPose } from '../shots/figureShot';
import { TriangleWorld } from '../world/triangleWorld';

/** The 12 triangles of an axis-aligned box. */
function box(out: number[], [x0, y0, z0]: number[], [x1, y1, z1]: number[]): void {
  const v = [
    [x0, y0, z0], [x1, y0, z0], [x1, y1, z0], [x0, y1, z0],
    [x0, y0, z1], [x1, y0, z1], [x1, y1, z1], [x0, y1, z1],
  ];
  for (const [a, b, c, d] of [[4, 5, 6, 7], [1, 0, 3, 2], [5, 1, 2, 6], [0, 4, 7, 3], [3, 7, 6, 2], [0, 1, 5, 4]]) {
    for (const i of [a, b, c, a, c, d]) out.push(...(v[i!] as number[]));
  }
}

/**
 * The courtroom's verdict set-up: a 0.45 m dais, the judges' bench (collision box 1.2 m tall,
 * z −6.5 … −5.55) and a seat box behind it; a low camera in front of the clerk's desk.
 */
function courtroom(): TriangleWorld {
  const floors: number[] = [];
  const walls: number[] = [];
  box(floors, [-6, -0.2, -8], [6, 0, 6]);
  box(floors, [-4, 0, -8], [4, 0.45, -5.4]);
  box(walls, [-3.45, 0.45, -6.5], [3.45, 1.65, -5.55]); // bench
  box(walls, [-0.38, 0.45, -7.33], [0.38, 2.0, -6.67]); // judge's seat
  return new TriangleWorld(new Float32Array(floors), new Float32Array(walls), 1);
}

const judge: FigureInput = { position: [0, 0.45, -6.6], kind: 'adult-175', pose: 'standing' };
/** "Verdict, low angle": ALEXA 35, 32 mm, portrait; camera at (0.35, 1.25, −3.3), yaw 5.4°, pitch 22.6°. */
const verdict = makePose(0.35, 1.25, -3.3, 5.4 * DEG, 22.6 * DEG);
const vfov = frameFov({ sensor: { width: 27.99, height: 19.22, mode: 'open gate' } }, 32, 'portrait').vfovDeg;

const bit = (landmark: number) => 1 << JOINTS.indexOf(landmark);

describe('visibleJoints', () => {
  it('with nothing in the way every joint is visible', () => {
    const open = new TriangleWorld(new Float32Array(0), new Float32Array(0), 1);
    expect(visibleJoints(0, 1.6, 0, { position: [0, 0, -4], kind: 'adult-175', pose: 'standing' }, open)).toBe(ALL_VISIBLE);
  });

  it('the bench front hides the judge below the shoulders from the low camera', () => {
    const mask = visibleJoints(verdict.x, verdict.y, verdict.z, judge, courtroom());
    for (const j of [1, 0.936, 0.87, 0.818]) expect(mask & bit(j), `joint ${j}`).not.toBe(0);
    for (const j of [0.73, 0.61, 0.53, 0.285, 0]) expect(mask & bit(j), `joint ${j}`).toBe(0);
  });

  it('a higher camera sees down to the waist over the bench; from beside it, all of the figure', () => {
    expect(visibleJoints(0, 4.5, -2, judge, courtroom())).toBe(ALL_VISIBLE & ~(bit(0) | bit(0.039) | bit(0.285) | bit(0.4) | bit(0.53)));
    expect(visibleJoints(-5.5, 1.5, -6.6, judge, courtroom())).toBe(ALL_VISIBLE);
  });

  it('ignores a seat box wrapping the figure itself', () => {
    // Seated in the judge's seat, seen from beside the bench: the seat's own collision box does not hide them.
    const seated: FigureInput = { position: [0, 0.45, -6.95], kind: 'adult-175', pose: 'seated' };
    expect(visibleJoints(-5.5, 1.2, -6.95, seated, courtroom())).toBe(ALL_VISIBLE);
  });
});

describe('narrowToVisible', () => {
  const view = (bottom: number, top: number): FigureView => ({ bottom, top, fill: 0.6, pose: 'standing' });

  it('leaves a fully visible view alone', () => {
    const v = view(0, 1);
    expect(narrowToVisible(v, ALL_VISIBLE)).toBe(false);
    expect(v).toMatchObject({ bottom: 0, top: 1 });
  });

  it('ends the view at the lowest visible joint when the lower body is hidden', () => {
    const v = view(0.2, 1);
    const mask = bit(1) | bit(0.936) | bit(0.87) | bit(0.818);
    expect(narrowToVisible(v, mask)).toBe(true);
    expect(v.bottom).toBeCloseTo(0.818, 9);
    expect(v.top).toBe(1);
  });

  it('a hidden middle (a rail) is reported but does not change the extent', () => {
    const v = view(0, 1);
    expect(narrowToVisible(v, ALL_VISIBLE & ~bit(0.61))).toBe(true);
    expect(v).toMatchObject({ bottom: 0, top: 1 });
  });

  it('joints hidden outside the frame do not count', () => {
    const v = view(0.5, 1);
    expect(narrowToVisible(v, ALL_VISIBLE & ~(bit(0) | bit(0.285)))).toBe(false);
  });

  it('everything hidden leaves nothing to judge', () => {
    const v = view(0, 1);
    expect(narrowToVisible(v, 0)).toBe(true);
    expect(v.top).toBe(v.bottom);
  });

  it('seated figures fold the legs: the upper joints keep their distance below the head', () => {
    expect(jointFraction(JOINTS.length - 1, 'seated')).toBe(1);
    expect(1 - jointFraction(JOINTS.indexOf(0.818), 'seated')).toBeCloseTo((1 - 0.818) / 0.77, 9);
    expect(jointFraction(0, 'seated')).toBe(0);
  });
});

describe('the verdict preset', () => {
  it('the frame alone says medium long; what the camera sees is a close-up, partly hidden', () => {
    const framed = figureShot(verdict, vfov, judge, makeFigureShot());
    expect(framed.shot).toBe('medium-long');
    expect(framed.hidden).toBe(false);
    const mask = visibleJoints(verdict.x, verdict.y, verdict.z, judge, courtroom());
    const seen = figureShot(verdict, vfov, judge, makeFigureShot(), 9 / 16, mask);
    expect(seen.shot).toBe('close-up');
    expect(seen.hidden).toBe(true);
  });

  it('the recorded shot size uses the same judgement when given the set', () => {
    expect(shotSizeOfPose(verdict, vfov, [judge])?.shotSize).toBe('medium-long');
    expect(shotSizeOfPose(verdict, vfov, [judge], 0, courtroom())?.shotSize).toBe('close-up');
  });
});
