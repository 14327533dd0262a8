/**
 * The storyboard's view of a shot with a camera move: its first and last frames, rendered at
 * t = 0 and t = end at the lens's true field of view (when the shot's set is open in frame mode,
 * where the 3D view renders frames for the animatic too), and its path drawn on the plan
 * thumbnail with a mark at the start and an arrow at the end. Kept out of storyboardPdf.ts,
 * which only calls it.
 */
import { parseMove } from '../../lib/moves/codec';
import { compileMove, makeSample, sampleMove } from '../../lib/moves/interpolate';
import { moveDuration } from '../../lib/moves/types';
import type { PlanShapes } from '../../lib/world/plan';
import { fitPlan, toPlan } from '../../lib/world/plan';
import { DEG } from '../../lib/motion/pose';
import type { Shot } from '../../lib/shots/shot';
import { formatMoveParam, moveRender, useMoves } from '../../state/moves';

const currentMove = () => formatMoveParam(useMoves.getState().history.present);
import { useViewer } from '../../state/viewer';

/** Frames are rendered at this size (9:16), enough for a 75 pt frame at 180 dpi. */
const FRAME_W = 216;
const FRAME_H = 384;
/** Points along the path drawn on the plan. */
const PATH_POINTS = 48;

export interface StoryboardMove {
  duration: number;
  /** null when the frame could not be rendered (the set is not open in frame mode). */
  first: ImageBitmap | null;
  last: ImageBitmap | null;
  /** The camera path on the floor: x, z pairs. */
  path: Float64Array;
}

async function bitmapOf(px: { width: number; height: number; data: Uint8ClampedArray<ArrayBuffer> }): Promise<ImageBitmap | null> {
  if (typeof createImageBitmap !== 'function' || typeof ImageData !== 'function') return null;
  return createImageBitmap(new ImageData(px.data, px.width, px.height));
}

/** The shot's move, first and last frames and path; null for a still camera. */
export async function storyboardMoveOf(shot: Pick<Shot, 'move' | 'setId' | 'lens' | 'vfovDeg'>): Promise<StoryboardMove | null> {
  const move = shot.move ? parseMove(shot.move) : null;
  if (!move || typeof move === 'string' || move.keyframes.length === 0) return null;
  const c = compileMove(move);
  const duration = moveDuration(move);
  const s = makeSample();
  const path = new Float64Array(PATH_POINTS * 2);
  for (let i = 0; i < PATH_POINTS; i++) {
    sampleMove(c, (duration * i) / (PATH_POINTS - 1), s);
    path[i * 2] = s.pose.x;
    path[i * 2 + 1] = s.pose.z;
  }
  const out: StoryboardMove = { duration, first: null, last: null, path };
  if (!moveRender.bound || useViewer.getState().setId !== shot.setId) return out;
  // The 9:16 frame's height on the sensor, mm, from the shot's lens; each frame's own focal length gives its field of view.
  const frameH = 2 * shot.lens * Math.tan((shot.vfovDeg * DEG) / 2);
  const frame = async (t: number) => {
    sampleMove(c, t, s);
    const vfovDeg = (2 * Math.atan(frameH / (2 * s.focalMm))) / DEG;
    try {
      // The stand-ins of the move being edited walk to their marks too, when it is this shot's move.
      if (shot.move === currentMove()) moveRender.placeFigures?.(t);
      return await bitmapOf(moveRender.renderFrame({ pose: s.pose, vfovDeg }, FRAME_W, FRAME_H));
    } catch {
      return null;
    } finally {
      moveRender.placeFigures?.(null);
    }
  };
  out.first = await frame(0);
  out.last = await frame(duration);
  return out;
}

export function closeStoryboardMove(m: StoryboardMove | null): void {
  m?.first?.close();
  m?.last?.close();
}

/**
 * The first and last frames side by side in the still's box (x, y, w, h), each 9:16 and
 * labelled, with the move's length under them.
 */
export function drawMoveFrames(ctx: CanvasRenderingContext2D, m: StoryboardMove, x: number, y: number, w: number, h: number, font: string, label: { start: string; end: string; missing: string }): void {
  const fw = (w - 4) / 2;
  const fh = Math.min(h - 14, (fw * 16) / 9);
  ctx.fillStyle = '#fff';
  ctx.fillRect(x, y, w, h);
  [m.first, m.last].forEach((bmp, i) => {
    const fx = x + i * (fw + 4);
    ctx.fillStyle = '#222';
    ctx.fillRect(fx, y, fw, fh);
    if (bmp) ctx.drawImage(bmp, fx, y, fw, fh);
    else {
      ctx.fillStyle = '#bbb';
      ctx.font = `400 7px ${font}`;
      ctx.textAlign = 'center';
      ctx.fillText(label.missing, fx + fw / 2, y + fh / 2 - 4);
      ctx.textAlign = 'left';
    }
    ctx.strokeStyle = '#555';
    ctx.lineWidth = 0.6;
    ctx.strokeRect(fx, y, fw, fh);
    ctx.fillStyle = '#1b1b1b';
    ctx.font = `600 8px ${font}`;
    ctx.fillText(`${i === 0 ? label.start : label.end} · ${(i === 0 ? 0 : m.duration).toFixed(1)} s`, fx, y + fh + 3);
  });
}

/** The camera path over a plan thumbnail drawn by drawPlanThumb in the same box. */
export function drawPlanPath(ctx: CanvasRenderingContext2D, plan: PlanShapes, m: StoryboardMove, x: number, y: number, w: number, h: number): void {
  const t = fitPlan(plan.bounds, w, h, Math.max(4, w * 0.05));
  t.ox += x;
  t.oy += y;
  const p = { x: 0, y: 0 };
  const n = m.path.length / 2;
  const unit = Math.min(w, h);
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.strokeStyle = '#1f6fd1';
  ctx.lineWidth = Math.max(1, unit * 0.012);
  ctx.beginPath();
  for (let i = 0; i < n; i++) {
    toPlan(t, m.path[i * 2]!, m.path[i * 2 + 1]!, p);
    if (i === 0) ctx.moveTo(p.x, p.y);
    else ctx.lineTo(p.x, p.y);
  }
  ctx.stroke();
  // A ring at the start, a dot at the end.
  toPlan(t, m.path[0]!, m.path[1]!, p);
  ctx.beginPath();
  ctx.arc(p.x, p.y, unit * 0.025, 0, Math.PI * 2);
  ctx.stroke();
  toPlan(t, m.path[(n - 1) * 2]!, m.path[(n - 1) * 2 + 1]!, p);
  ctx.fillStyle = '#1f6fd1';
  ctx.beginPath();
  ctx.arc(p.x, p.y, unit * 0.03, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
}
