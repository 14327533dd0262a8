/**
 * A plan thumbnail for the storyboard: the set's floor plan (from the model, as the minimap
 * draws it), the camera position, its horizontal field of view as a wedge, and the stand-ins.
 * The drawing itself is shared with the on-screen plans (src/ui/common/plan/).
 */
import type { PlanShapes } from '../../lib/world/plan';
import { fitPlan } from '../../lib/world/plan';
import type { Shot } from '../../lib/shots/shot';
import { drawPlanCamera, drawPlanFigure } from '../common/plan/marks';
import { drawPlanShapes } from '../common/plan/shapes';

/** Draws into the rectangle (x, y, w, h) of a 2D context, in the context's current units. */
export function drawPlanThumb(ctx: CanvasRenderingContext2D, plan: PlanShapes, shot: Pick<Shot, 'camera' | 'hfovDeg' | 'figures'>, x: number, y: number, w: number, h: number): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.fillStyle = '#f4f2ee';
  ctx.fillRect(x, y, w, h);
  const t = fitPlan(plan.bounds, w, h, Math.max(4, w * 0.05));
  t.ox += x;
  t.oy += y;
  drawPlanShapes(ctx, plan, t, '#d9d4cb', '#8c857a');

  const unit = Math.min(w, h);
  for (const f of shot.figures) drawPlanFigure(ctx, t, f.position[0], f.position[2], unit * 0.025, '#2a6fdb');
  const c = shot.camera;
  drawPlanCamera(ctx, t, c.position[0], c.position[2], c.yawDeg, shot.hfovDeg, {
    reach: unit * 0.42,
    dot: unit * 0.035,
    lineWidth: Math.max(1, unit * 0.008),
    wedgeFill: 'rgba(242, 178, 51, 0.45)',
    wedgeStroke: '#b07a10',
    dotFill: '#c0392b',
  });
  ctx.restore();
  ctx.strokeStyle = '#9a958c';
  ctx.lineWidth = Math.max(1, unit * 0.006);
  ctx.strokeRect(x, y, w, h);
}
