// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fitPlan } from '../../../lib/world/plan';
import { PlanBlocking } from './PlanBlocking';

afterEach(cleanup);

describe('PlanBlocking', () => {
  it('draws a line through each stand-in\'s marks and a square per mark, nothing without marks', () => {
    const tr = fitPlan({ minX: -10, maxX: 10, minZ: -10, maxZ: 10 }, 200, 200, 0);
    const move = {
      keyframes: [],
      handheld: null,
      blocking: [
        {
          figure: 1,
          marks: [
            { t: 0, x: -10, y: 0, z: 0, yaw: null },
            { t: 2, x: 10, y: 0, z: 0, yaw: null },
          ],
        },
      ],
    };
    const { container } = render(
      <svg>
        <PlanBlocking move={move} tr={tr} />
      </svg>,
    );
    expect(container.querySelectorAll('.plan-blocking rect')).toHaveLength(2);
    const pts = container.querySelector('.plan-blocking polyline')!.getAttribute('points')!.split(' ');
    expect(pts[0]).toBe('0.0,100.0');
    expect(pts[pts.length - 1]).toBe('200.0,100.0');
    expect(container.querySelector('[data-figure="1"]')).toBeTruthy();
    cleanup();
    const empty = render(
      <svg>
        <PlanBlocking move={{ keyframes: [], handheld: null }} tr={tr} />
      </svg>,
    );
    expect(empty.container.querySelector('.plan-blocking')).toBeNull();
  });
});
