/**
 * Cameras and stand-ins drawn on a 2D-canvas plan (the storyboard's thumbnails), in the plan
 * axes of ./shapes.ts: yaw 0 looks up the page, positive yaw turns counter-clockwise.
 */
import type { PlanTransform } from '../../../lib/world/plan';
import { toPlan } from '../../../lib/world/plan';

const p = { x: 0, y: 0 };

/** A stand-in on the plan: a dot of radius `r` at its feet. */
export function drawPlanFigure(ctx: CanvasRenderingContext2D, t: PlanTransform, x: number, z: number, r: number, style: string): void {
  toPlan(t, x, z, p);
  ctx.fillStyle = style;
  ctx.beginPath();
  ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
  ctx.fill();
}

/** How a camera is drawn on a printed plan: wedge reach and dot radius (px), line width, colours. */
export interface PlanCameraStyle {
  reach: number;
  dot: number;
  lineWidth: number;
  wedgeFill: string;
  wedgeStroke: string;
  dotFill: string;
}

/** A camera on the plan: its horizontal field of view as a filled wedge, and a dot where it stands. */
export function drawPlanCamera(ctx: CanvasRenderingContext2D, t: PlanTransform, x: number, z: number, yawDeg: number, hfovDeg: number, s: PlanCameraStyle): void {
  toPlan(t, x, z, p);
  const yaw = (yawDeg * Math.PI) / 180;
  const half = (hfovDeg * Math.PI) / 360;
  const ax = -Math.sin(yaw + half);
  const ay = -Math.cos(yaw + half);
  const bx = -Math.sin(yaw - half);
  const by = -Math.cos(yaw - half);
  ctx.fillStyle = s.wedgeFill;
  ctx.strokeStyle = s.wedgeStroke;
  ctx.lineWidth = s.lineWidth;
  ctx.beginPath();
  ctx.moveTo(p.x, p.y);
  ctx.lineTo(p.x + ax * s.reach, p.y + ay * s.reach);
  ctx.lineTo(p.x + bx * s.reach, p.y + by * s.reach);
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = s.dotFill;
  ctx.beginPath();
  ctx.arc(p.x, p.y, s.dot, 0, Math.PI * 2);
  ctx.fill();
}
