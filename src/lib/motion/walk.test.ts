import { describe, expect, it } from 'vitest';
import { DEFAULT_WALK, settle, stepWalk } from './walk';
import { boxWorld } from '../../../tests/fixtures/testWorld';

// A 10 × 10 m room: floor slab top at y = 0, walls 3 m high around it.
const ground = { min: [-5, -0.2, -5] as [number, number, number], max: [5, 0, 5] as [number, number, number] };
const walls = [
  { min: [-5.2, 0, -5.2], max: [5.2, 3, -5] },
  { min: [-5.2, 0, 5], max: [5.2, 3, 5.2] },
  { min: [-5.2, 0, -5], max: [-5, 3, 5] },
  { min: [5, 0, -5], max: [5.2, 3, 5] },
] as { min: [number, number, number]; max: [number, number, number] }[];

describe('walking with collision', () => {
  it('walks freely in open floor', () => {
    const world = boxWorld([ground], walls);
    const feet = { x: 0, y: 0, z: 0 };
    stepWalk(world, feet, 0, -2);
    expect(feet.z).toBeCloseTo(-2, 6);
    expect(feet.y).toBe(0);
  });

  it('stops at a wall, keeping the body radius from it', () => {
    const world = boxWorld([ground], walls);
    const feet = { x: 0, y: 0, z: 0 };
    for (let i = 0; i < 100; i++) stepWalk(world, feet, 0, -0.2);
    expect(feet.z).toBeCloseTo(-5 + DEFAULT_WALK.radius, 3);
  });

  it('slides along a wall when walking into it at an angle', () => {
    const world = boxWorld([ground], walls);
    const feet = { x: 0, y: 0, z: -4.7 };
    stepWalk(world, feet, 1, -1);
    expect(feet.z).toBeGreaterThanOrEqual(-5 + DEFAULT_WALK.radius - 1e-6);
    expect(feet.x).toBeGreaterThan(0.9);
  });

  it('cannot tunnel through a thin wall in one big step', () => {
    const thin = { min: [-5, 0, -1.02], max: [5, 3, -1] } as { min: [number, number, number]; max: [number, number, number] };
    const world = boxWorld([ground], [...walls, thin]);
    const feet = { x: 0, y: 0, z: 0 };
    stepWalk(world, feet, 0, -3);
    expect(feet.z).toBeGreaterThan(-1);
  });

  it('climbs a step and stands on it', () => {
    const step = { min: [-5, 0, -3], max: [5, 0.18, -2] } as { min: [number, number, number]; max: [number, number, number] };
    const world = boxWorld([ground, step], walls);
    const feet = { x: 0, y: 0, z: 0 };
    stepWalk(world, feet, 0, -2.5);
    expect(feet.y).toBeCloseTo(0.18, 6);
    expect(feet.z).toBeCloseTo(-2.5, 6);
  });

  it('climbs a flight of stairs to a raised platform', () => {
    const treads = [0, 1, 2, 3, 4].map((i) => ({
      min: [-1, 0, -1 - (i + 1) * 0.3] as [number, number, number],
      max: [1, (i + 1) * 0.17, -1 - i * 0.3] as [number, number, number],
    }));
    const dais = { min: [-3, 0, -4.9], max: [3, 0.85, -2.5] } as { min: [number, number, number]; max: [number, number, number] };
    const world = boxWorld([ground, ...treads, dais], walls);
    const feet = { x: 0, y: 0, z: 0 };
    for (let i = 0; i < 40; i++) stepWalk(world, feet, 0, -0.1);
    expect(feet.y).toBeCloseTo(0.85, 6);
  });

  it('is stopped by a rise higher than a step', () => {
    const dais = { min: [-5, 0, -3], max: [5, 0.9, -2] } as { min: [number, number, number]; max: [number, number, number] };
    const world = boxWorld([ground, dais], walls);
    const feet = { x: 0, y: 0, z: 0 };
    stepWalk(world, feet, 0, -2.5);
    expect(feet.y).toBe(0);
    expect(feet.z).toBeCloseTo(-2 + DEFAULT_WALK.radius, 3);
  });

  it('does not walk off a platform edge into a pit', () => {
    const platform = { min: [-5, -1, -5], max: [0, 0, 5] } as { min: [number, number, number]; max: [number, number, number] };
    const pit = { min: [0, -1.2, -5], max: [5, -1.05, 5] } as { min: [number, number, number]; max: [number, number, number] };
    const world = boxWorld([platform, pit], walls);
    const feet = { x: -1, y: 0, z: 0 };
    stepWalk(world, feet, 3, 0);
    expect(feet.x).toBeLessThanOrEqual(0);
    expect(feet.y).toBe(0);
  });

  it('settles a point onto the floor below it', () => {
    const world = boxWorld([ground], walls);
    expect(settle(world, 1, 1, 2)).toEqual({ x: 1, y: 0, z: 1 });
    expect(settle(world, 20, 1, 2)).toBeNull();
  });
});
