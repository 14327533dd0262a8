/**
 * The set's floor plan drawn on a 2D canvas, shared by the viewer's minimap, frame mode's plan
 * and the storyboard's plan thumbnails: the floor and obstacle triangles (src/lib/world/plan.ts), the
 * plan's size and the on-screen field-of-view wedge. Plain canvas 2D, no three. The printed
 * camera and figure marks are in ./marks.ts (kept apart so the viewer's first load does not
 * carry them).
 * Plan axes: x right, −z up the page; yaw 0 looks up the page and positive yaw turns
 * counter-clockwise seen from above (docs/ARCHITECTURE.md §3, `cam=`).
 */
import type { Bounds2, PlanShapes, PlanTransform } from '../../../lib/world/plan';
import { toPlan } from '../../../lib/world/plan';

const p = { x: 0, y: 0 };

/** Fills a list of plan triangles (6 floats each: x0 z0 x1 z1 x2 z2) in one path. */
export function fillPlanTriangles(ctx: CanvasRenderingContext2D, t: PlanTransform, tris: Float32Array, style: string): void {
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
}

/** Floor first, then walls and furniture over it. */
export function drawPlanShapes(ctx: CanvasRenderingContext2D, plan: PlanShapes, t: PlanTransform, floor: string, obstacles: string): void {
  fillPlanTriangles(ctx, t, plan.floor, floor);
  fillPlanTriangles(ctx, t, plan.obstacles, obstacles);
}

/** The on-screen plan (minimap, frame plan): cleared and drawn at `dpr` device pixels per CSS pixel, light on the dark UI. */
export function drawScreenPlan(ctx: CanvasRenderingContext2D, plan: PlanShapes, t: PlanTransform, dpr: number): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, t.width, t.height);
  drawPlanShapes(ctx, plan, t, 'rgba(236, 232, 225, 0.22)', 'rgba(236, 232, 225, 0.55)');
}

/** The height (px) of a plan `width` px wide: the set's aspect, kept between 0.45 and `maxAspect` times the width. */
export function planHeight(b: Bounds2, width: number, maxAspect: number): number {
  return Math.round(Math.min(width * maxAspect, Math.max(width * 0.45, (width * (b.maxZ - b.minZ)) / Math.max(1e-6, b.maxX - b.minX))));
}

/**
 * SVG path of a field-of-view wedge at the origin looking up the page: two edges `r` px long,
 * `half` radians either side, closed by an arc. Rotate the element by the camera's heading.
 */
export function wedgePath(half: number, r: number): string {
  const sx = Math.sin(half) * r;
  const cy = (-Math.cos(half) * r).toFixed(1);
  const rr = r.toFixed(1);
  return `M0 0 L${(-sx).toFixed(1)} ${cy} A${rr} ${rr} 0 0 1 ${sx.toFixed(1)} ${cy} Z`;
}

