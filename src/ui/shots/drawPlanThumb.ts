/**
 * A plan thumbnail for the storyboard: the set's floor plan (from the model, as the minimap
 * draws it), the camera position, its horizontal field of view as a wedge, and the stand-ins.
 */
import type { PlanShapes } from '../../lib/plan';
import { fitPlan, toPlan } from '../../lib/plan';
import type { Shot } from '../../lib/shots/shot';

const p = { x: 0, y: 0 };

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
  const fill = (tris: Float32Array, style: string) => {
    ctx.fillStyle = style;
    ctx.beginPath();
    for (let i = 0; i + 5 < tris.length; i += 6) {
      toPlan(t, tris[i]!, tris[i + 1]!, p);
      ctx.moveTo(p.x, p.y);
      toPlan(t, tris[i + 2]!, tris[i + 3]!, p);
      ctx.lineTo(p.x, p.y);
      toPlan(t, tris[i + 4]!, tris[i + 5]!, p);
      ctx.lineTo(p.x, p.y);
      ctx.closePath();
    }
    ctx.fill();
  };
  fill(plan.floor, '#d9d4cb');
  fill(plan.obstacles, '#8c857a');

  const unit = Math.min(w, h);
  for (const f of shot.figures) {
    toPlan(t, f.position[0], f.position[2], p);
    ctx.fillStyle = '#2a6fdb';
    ctx.beginPath();
    ctx.arc(p.x, p.y, unit * 0.025, 0, Math.PI * 2);
    ctx.fill();
  }

  // Yaw 0 looks up the page (−Z); positive yaw turns counter-clockwise seen from above.
  const c = shot.camera;
  toPlan(t, c.position[0], c.position[2], p);
  const yaw = (c.yawDeg * Math.PI) / 180;
  const half = (shot.hfovDeg * Math.PI) / 360;
  const r = unit * 0.42;
  const dir = (a: number) => ({ x: -Math.sin(a), y: -Math.cos(a) });
  const a = dir(yaw + half);
  const b = dir(yaw - half);
  ctx.fillStyle = 'rgba(242, 178, 51, 0.45)';
  ctx.strokeStyle = '#b07a10';
  ctx.lineWidth = Math.max(1, unit * 0.008);
  ctx.beginPath();
  ctx.moveTo(p.x, p.y);
  ctx.lineTo(p.x + a.x * r, p.y + a.y * r);
  ctx.lineTo(p.x + b.x * r, p.y + b.y * r);
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = '#c0392b';
  ctx.beginPath();
  ctx.arc(p.x, p.y, unit * 0.035, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
  ctx.strokeStyle = '#9a958c';
  ctx.lineWidth = Math.max(1, unit * 0.006);
  ctx.strokeRect(x, y, w, h);
}
