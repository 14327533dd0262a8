import { describe, expect, it } from 'vitest';
import { DEG, PITCH_LIMIT, makePose } from '../motion/pose';
import { boxWorld } from '../../../tests/fixtures/testWorld';
import { CAMERA_RADIUS, ROLL_LIMIT, applyAxis, facingCameraDeg, figureNudge, makeOperator, moveFlat } from './operate';
import { RIG_HEIGHT_MAX, RIG_HEIGHT_MIN } from './rig';

// A 20 × 20 m floor at y = 0 with a wall across x = 4…4.2, 3 m high, and a beam at x = −4 from 2.5 m to 3 m.
const world = boxWorld(
  [{ min: [-10, -1, -10], max: [10, 0, 10] }],
  [
    { min: [4, 0, -10], max: [4.2, 3, 10] },
    { min: [-4.2, 2.5, -10], max: [-4, 3, 10] },
  ],
);

describe('the camera operator (applyAxis, moveFlat)', () => {
  it('pans, tilts and rolls within their limits, wrapping yaw', () => {
    const op = makeOperator(world);
    const p = makePose(0, 1.5, 0, 179 * DEG);
    applyAxis(op, p, 'pan', 2 * DEG);
    expect(p.yaw / DEG).toBeCloseTo(-179, 9);
    applyAxis(op, p, 'tilt', 200 * DEG);
    expect(p.pitch).toBe(PITCH_LIMIT);
    applyAxis(op, p, 'roll', -3);
    expect(p.roll).toBe(-ROLL_LIMIT);
  });

  it('dollies along the view and trucks to its right, keeping the height above the floor', () => {
    const op = makeOperator(world);
    const p = makePose(0, 1.5, 0, 0);
    applyAxis(op, p, 'dolly', 1); // yaw 0 looks toward −Z
    expect(p.x).toBeCloseTo(0, 9);
    expect(p.z).toBeCloseTo(-1, 6);
    expect(p.y).toBeCloseTo(1.5, 9);
    applyAxis(op, p, 'truck', 1); // right of −Z is +X
    expect(p.x).toBeCloseTo(1, 6);
    expect(p.z).toBeCloseTo(-1, 6);
  });

  it('stops short of a wall', () => {
    const op = makeOperator(world);
    const p = makePose(3, 1.5, 0, -90 * DEG); // yaw −90° looks toward +X
    moveFlat(op, p, 5, 0);
    expect(p.x).toBeLessThan(4 - CAMERA_RADIUS + 0.05);
    expect(p.x).toBeGreaterThan(3);
  });

  it('stops a camera on a tall stand at a beam its lens would hit', () => {
    const op = makeOperator(world);
    const high = makePose(-2, 2.8, 0, 90 * DEG); // looks toward −X, lens at the beam's height
    moveFlat(op, high, 5, 0);
    expect(high.x).toBeGreaterThan(-4);
    const low = makePose(-2, 1.5, 0, 90 * DEG); // passes under it
    moveFlat(op, low, 5, 0);
    expect(low.x).toBeCloseTo(-7, 6);
  });

  it('pedestals within the rig height range above the floor', () => {
    const op = makeOperator(world);
    const p = makePose(0, 1.5, 0);
    applyAxis(op, p, 'pedestal', 10);
    expect(p.y).toBeCloseTo(RIG_HEIGHT_MAX, 9);
    applyAxis(op, p, 'pedestal', -10);
    expect(p.y).toBeCloseTo(RIG_HEIGHT_MIN, 9);
  });

  it('without a world: dolly does nothing, pedestal moves freely', () => {
    const op = makeOperator(null);
    const p = makePose(0, 1.5, 0);
    applyAxis(op, p, 'dolly', 1);
    expect(p.z).toBe(0);
    applyAxis(op, p, 'pedestal', 10);
    expect(p.y).toBe(11.5);
  });

  it('off every floor: moves freely but not through a wall', () => {
    const air = makeOperator(boxWorld([], [{ min: [4, 0, -10], max: [4.2, 3, 10] }]));
    const p = makePose(3, 1.5, 0, -90 * DEG);
    moveFlat(air, p, 0.5, 0);
    expect(p.x).toBeCloseTo(3.5, 6);
    moveFlat(air, p, 5, 0);
    expect(p.x).toBeCloseTo(4 - CAMERA_RADIUS, 6);
  });
});

describe('figures', () => {
  it('a nudge moves right and away as the camera sees it, onto the floor', () => {
    expect(figureNudge(world, 0, [0, 0, 0], 1, 2)).toEqual([1, 0, -2]);
    const p = figureNudge(world, 90 * DEG, [0, 0, 0], 1, 0)!; // camera looks toward −X: its right is −Z
    expect(p[0]).toBeCloseTo(0, 9);
    expect(p[2]).toBeCloseTo(-1, 9);
    expect(figureNudge(world, 0, [0, 0, 0], 50, 0)).toBeNull();
  });

  it('a new figure faces the camera', () => {
    expect(facingCameraDeg(0)).toBe(-180);
    expect(facingCameraDeg(90 * DEG)).toBeCloseTo(-90, 9);
    expect(facingCameraDeg(-90 * DEG)).toBeCloseTo(90, 9);
  });
});
