import { describe, expect, it } from 'vitest';
import type { FigureInput } from '../framing/frameShot';
import { DEG, makePose } from '../motion/pose';
import { shotSizeOfPose } from './figureShot';

const T30 = Math.tan(30 * DEG);

describe('shotSizeOfPose (vfov 60°, level camera at 1.6 m)', () => {
  const standing: FigureInput = { kind: 'adult-175', pose: 'standing', position: [0, 0, 0] };
  const at = (d: number) => makePose(0, 1.6, d);

  it('classifies by distance: medium at 1 m, full at 3 m, long at 6 m, extreme long at 20 m', () => {
    expect(shotSizeOfPose(at(1), 60, [standing])?.shotSize).toBe('medium');
    expect(shotSizeOfPose(at(3), 60, [standing])).toEqual({ index: 0, shotSize: 'full', fill: expect.closeTo(1.75 / (2 * 3 * T30), 10) });
    expect(shotSizeOfPose(at(6), 60, [standing])?.shotSize).toBe('long');
    expect(shotSizeOfPose(at(20), 60, [standing])?.shotSize).toBe('extreme-long');
  });

  it('finds nothing for a figure behind or beside the camera, or no figure', () => {
    expect(shotSizeOfPose(at(-3), 60, [standing])).toBeNull();
    expect(shotSizeOfPose(at(3), 60, [{ ...standing, position: [10, 0, 0] }])).toBeNull();
    expect(shotSizeOfPose(at(3), 60, [], 0)).toBeNull();
  });

  it('judges the selected figure when it is in frame, else the one filling the most', () => {
    const far: FigureInput = { kind: 'adult-162', pose: 'standing', position: [0, 0, -5] };
    const behind: FigureInput = { ...standing, position: [0, 0, 9] };
    expect(shotSizeOfPose(at(3), 60, [far, standing], null)).toMatchObject({ index: 1, shotSize: 'full' });
    expect(shotSizeOfPose(at(3), 60, [far, standing], 0)).toMatchObject({ index: 0, shotSize: 'long' });
    expect(shotSizeOfPose(at(3), 60, [behind, standing], 0)).toMatchObject({ index: 1, shotSize: 'full' });
  });
});
