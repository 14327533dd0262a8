import { useEffect, useMemo, useRef } from 'react';
import { fitPlan, fromPlan, toPlan } from '../../lib/world/plan';
import { frameLive, useFrameStore } from '../../state/frame';
import { useMoves } from '../../state/moves';
import { rig } from '../../state/rig';
import { useViewer } from '../../state/viewer';
import { viewerActions } from '../../state/viewerActions';
import { drawScreenPlan, planHeight, wedgePath } from '../common/plan/shapes';
import { useT } from '../i18n/useT';
import { formatFov } from './readoutFormat';
import { useLiveUpdate } from './useLiveUpdate';
import { PlanMovePath } from './moves/PlanMovePath';

const p = { x: 0, y: 0 };
const w = { x: 0, z: 0 };
/** How far the field-of-view wedge reaches, metres. */
const WEDGE_M = 8;

/** Props of the frame-mode plan. */
export interface FramePlanProps {
  /** The frame's horizontal field of view, degrees: the wedge's angle. */
  hfovDeg: number;
  /** Pixels. Default 206. */
  width?: number;
}

/** A top-down plan of the set with the camera, the 9:16 frame's horizontal field of view and the stand-ins. */
export function FramePlan({ hfovDeg, width = 206 }: FramePlanProps) {
  const t = useT();
  const plan = useViewer((s) => s.plan);
  const figures = useFrameStore((s) => s.figures);
  const selected = useFrameStore((s) => s.selectedFigure);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const camRef = useRef<SVGGElement>(null);
  const wedgeRef = useRef<SVGPathElement>(null);
  const figRefs = useRef(new Map<number, SVGGElement>());
  const height = plan ? planHeight(plan.bounds, width, 1.3) : width;
  const tr = useMemo(() => (plan ? fitPlan(plan.bounds, width, height, 8) : null), [plan, width, height]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!plan || !canvas || !tr) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    const ctx = canvas.getContext('2d');
    if (ctx) drawScreenPlan(ctx, plan, tr, dpr);
  }, [plan, tr, width, height]);

  useLiveUpdate(() => {
    if (!tr) return;
    toPlan(tr, rig.pose.x, rig.pose.z, p);
    camRef.current?.setAttribute('transform', `translate(${p.x.toFixed(1)} ${p.y.toFixed(1)}) rotate(${((-rig.pose.yaw * 180) / Math.PI).toFixed(1)})`);
    // While a move plays, the wedge follows its zoom (MovePlayer writes the lens at the playhead to rig).
    const half = ((useMoves.getState().playing ? rig.hfovDeg : hfovDeg) * Math.PI) / 360;
    wedgeRef.current?.setAttribute('d', wedgePath(half, WEDGE_M * tr.scale));
    const d = frameLive.drag;
    if (d) {
      const g = figRefs.current.get(d.id);
      toPlan(tr, d.x, d.z, p);
      g?.setAttribute('transform', `translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})`);
    }
    // Stand-ins walking between their marks while the move plays.
    for (const [id, f] of frameLive.walk) {
      toPlan(tr, f.x, f.z, p);
      figRefs.current.get(id)?.setAttribute('transform', `translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})`);
    }
  });

  if (!plan || !tr) return null;
  return (
    <figure className="frame-plan" data-testid="frame-plan">
      <figcaption className="frame-plan-title" title={t('frame.planHint')}>
        {t('frame.plan')} <span className="frame-plan-hint">· {t('frame.planHint')}</span>
      </figcaption>
      <div className="frame-plan-box" style={{ width, height }}>
        <canvas ref={canvasRef} style={{ width, height }} aria-hidden="true" />
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="img"
          aria-label={t('frame.planLabel', { hfov: formatFov(hfovDeg) })}
          data-testid="frame-plan-svg"
          onClick={(e) => {
            // Click the plan to move the camera there, keeping its height, heading and lens.
            const r = e.currentTarget.getBoundingClientRect();
            fromPlan(tr, ((e.clientX - r.left) / r.width) * width, ((e.clientY - r.top) / r.height) * height, w);
            viewerActions.goTo(w.x, w.z);
          }}
        >
          <defs>
            <clipPath id="frame-plan-clip">
              <rect width={width} height={height} />
            </clipPath>
          </defs>
          <g clipPath="url(#frame-plan-clip)">
            <PlanMovePath tr={tr} />
            <g ref={camRef}>
              <path ref={wedgeRef} className="plan-wedge" d="M0 0" />
              <rect x={-4} y={-3} width={8} height={6} className="plan-camera" />
            </g>
            {figures.map((f) => {
              const q = toPlan(tr, f.position[0], f.position[2], { x: 0, y: 0 });
              const rot = -f.yawDeg;
              return (
                <g
                  key={f.id}
                  transform={`translate(${q.x.toFixed(1)} ${q.y.toFixed(1)})`}
                  ref={(el) => {
                    if (el) figRefs.current.set(f.id, el);
                    else figRefs.current.delete(f.id);
                  }}
                  className={`plan-figure${f.id === selected ? ' is-selected' : ''}`}
                >
                  <g transform={`rotate(${rot})`}>
                    <circle r={4.5} />
                    <line x1={0} y1={0} x2={0} y2={-8} />
                  </g>
                </g>
              );
            })}
          </g>
        </svg>
      </div>
    </figure>
  );
}
