import { describe, expect, it } from 'vitest';
import { fitPlan, toPlan } from '../../../lib/world/plan';
import type { PlanShapes } from '../../../lib/world/plan';
import { drawPlanCamera, drawPlanFigure } from './marks';
import { drawPlanShapes, drawScreenPlan, planHeight, wedgePath } from './shapes';

type Call = [string, ...unknown[]];

/** A 2D context that records what is drawn (method calls, and the fill style at each fill). */
function recorder() {
  const calls: Call[] = [];
  const ctx = {
    fillStyle: '' as unknown,
    strokeStyle: '' as unknown,
    lineWidth: 1,
  } as Record<string, unknown>;
  for (const m of ['beginPath', 'moveTo', 'lineTo', 'closePath', 'arc', 'setTransform', 'clearRect', 'stroke']) {
    ctx[m] = (...args: unknown[]) => calls.push([m, ...args]);
  }
  ctx.fill = () => calls.push(['fill', ctx.fillStyle]);
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

// A 10 m × 5 m floor (two triangles) and one 1 m obstacle triangle.
const plan: PlanShapes = {
  floor: new Float32Array([0, 0, 10, 0, 10, 5, 0, 0, 10, 5, 0, 5]),
  obstacles: new Float32Array([1, 1, 2, 1, 2, 2]),
  bounds: { minX: 0, maxX: 10, minZ: 0, maxZ: 5 },
};

describe('plan drawing', () => {
  it('fills the floor, then the obstacles, each triangle at its plan position', () => {
    const { ctx, calls } = recorder();
    const t = fitPlan(plan.bounds, 200, 100, 0);
    drawPlanShapes(ctx, plan, t, 'F', 'O');
    expect(calls.filter((c) => c[0] === 'fill')).toEqual([
      ['fill', 'F'],
      ['fill', 'O'],
    ]);
    expect(calls.filter((c) => c[0] === 'moveTo')).toHaveLength(3);
    expect(calls.filter((c) => c[0] === 'closePath')).toHaveLength(3);
    // The floor's far corner (10, 5) lands at the plan's bottom right.
    expect(calls.filter((c) => c[0] === 'lineTo')[1]).toEqual(['lineTo', 200, 100]);
    const q = toPlan(t, 1, 1, { x: 0, y: 0 });
    expect(calls.filter((c) => c[0] === 'moveTo')[2]).toEqual(['moveTo', q.x, q.y]);
  });

  it('ignores a trailing partial triangle', () => {
    const { ctx, calls } = recorder();
    drawPlanShapes(ctx, { ...plan, floor: new Float32Array([0, 0, 1, 0, 1]), obstacles: new Float32Array() }, fitPlan(plan.bounds, 100, 100), 'F', 'O');
    expect(calls.filter((c) => c[0] === 'moveTo')).toHaveLength(0);
  });

  it('clears and scales the screen plan for the device pixel ratio before drawing', () => {
    const { ctx, calls } = recorder();
    const t = fitPlan(plan.bounds, 200, 120);
    drawScreenPlan(ctx, plan, t, 2);
    expect(calls[0]).toEqual(['setTransform', 2, 0, 0, 2, 0, 0]);
    expect(calls[1]).toEqual(['clearRect', 0, 0, 200, 120]);
    expect(calls.filter((c) => c[0] === 'fill').map((c) => c[1])).toEqual(['rgba(236, 232, 225, 0.22)', 'rgba(236, 232, 225, 0.55)']);
  });

  it("sizes a plan by the set's aspect, within 0.45 and the given maximum of its width", () => {
    expect(planHeight({ minX: 0, maxX: 10, minZ: 0, maxZ: 5 }, 200, 1.25)).toBe(100);
    expect(planHeight({ minX: 0, maxX: 10, minZ: 0, maxZ: 1 }, 200, 1.25)).toBe(90);
    expect(planHeight({ minX: 0, maxX: 1, minZ: 0, maxZ: 10 }, 200, 1.25)).toBe(250);
    expect(planHeight({ minX: 0, maxX: 1, minZ: 0, maxZ: 10 }, 206, 1.3)).toBe(268);
  });

  it('writes the field-of-view wedge as an SVG path symmetric about up-the-page', () => {
    expect(wedgePath(Math.PI / 4, 10)).toBe('M0 0 L-7.1 -7.1 A10.0 10.0 0 0 1 7.1 -7.1 Z');
    expect(wedgePath(0.3, 34)).toMatch(/^M0 0 L-10\.0 -32\.5 A34\.0 34\.0 0 0 1 10\.0 -32\.5 Z$/);
  });

  it('draws a figure as a dot at its feet', () => {
    const { ctx, calls } = recorder();
    const t = fitPlan(plan.bounds, 200, 100, 0);
    drawPlanFigure(ctx, t, 5, 2.5, 3, 'blue');
    expect(calls).toContainEqual(['arc', 100, 50, 3, 0, Math.PI * 2]);
    expect(calls.at(-1)).toEqual(['fill', 'blue']);
  });

  it('draws a camera looking up the page at yaw 0, and to the left (−x) at yaw 90', () => {
    const style = { reach: 10, dot: 2, lineWidth: 1, wedgeFill: 'w', wedgeStroke: 's', dotFill: 'd' };
    const t = fitPlan(plan.bounds, 200, 100, 0);
    const tips = (yawDeg: number) => {
      const { ctx, calls } = recorder();
      drawPlanCamera(ctx, t, 5, 2.5, yawDeg, 90, style);
      expect(calls.filter((c) => c[0] === 'fill').map((c) => c[1])).toEqual(['w', 'd']);
      return calls.filter((c) => c[0] === 'lineTo').map((c) => [Number((c[1] as number).toFixed(3)), Number((c[2] as number).toFixed(3))]);
    };
    const r = 10 * Math.SQRT1_2;
    const up = tips(0);
    expect(up).toEqual([
      [Number((100 - r).toFixed(3)), Number((50 - r).toFixed(3))],
      [Number((100 + r).toFixed(3)), Number((50 - r).toFixed(3))],
    ]);
    const left = tips(90);
    for (const [x] of left) expect(x).toBeLessThan(100 - r + 1e-3);
  });
});
