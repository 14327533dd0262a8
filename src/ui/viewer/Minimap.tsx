import { useEffect, useRef } from 'react';
import type { Hotspot } from '../../data/schema';
import type { PlanTransform } from '../../lib/world/plan';
import { fitPlan, fromPlan, toPlan } from '../../lib/world/plan';
import { onPoseChange, rig } from '../../state/rig';
import { useViewer } from '../../state/viewer';
import { viewerActions } from '../../state/viewerActions';
import { drawScreenPlan, planHeight, wedgePath } from '../common/plan/shapes';
import { useT } from '../i18n/useT';

const SIZE = 200;
const p = { x: 0, y: 0 };
const w = { x: 0, z: 0 };

/**
 * The floor plan drawn from the model's own floor and collision proxies, with the
 * camera's position and view cone. Click (or Enter on a focused point) to go there.
 */
export function Minimap({ hotspots, showCamera = true }: { hotspots: readonly Hotspot[]; /** Draw the camera and allow click-to-go. Default true. */ showCamera?: boolean }) {
  const t = useT();
  const plan = useViewer((s) => s.plan);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const coneRef = useRef<SVGGElement>(null);
  const transform = useRef<PlanTransform | null>(null);
  const height = plan ? planHeight(plan.bounds, SIZE, 1.25) : SIZE;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!plan || !canvas) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    canvas.width = SIZE * dpr;
    canvas.height = height * dpr;
    const tr = fitPlan(plan.bounds, SIZE, height, 8);
    transform.current = tr;
    const ctx = canvas.getContext('2d');
    if (ctx) drawScreenPlan(ctx, plan, tr, dpr);
  }, [plan, height]);

  // The camera marker follows the rig without React renders, at most once per frame.
  useEffect(() => {
    let raf = 0;
    const draw = () => {
      raf = 0;
      const tr = transform.current;
      const g = coneRef.current;
      if (!tr || !g) return;
      toPlan(tr, rig.pose.x, rig.pose.z, p);
      const deg = (-rig.pose.yaw * 180) / Math.PI;
      g.setAttribute('transform', `translate(${p.x.toFixed(1)} ${p.y.toFixed(1)}) rotate(${deg.toFixed(1)})`);
      const half = (rig.hfovDeg * Math.PI) / 360;
      g.firstElementChild?.setAttribute('d', wedgePath(half, 34));
    };
    const off = onPoseChange(() => {
      if (!raf) raf = requestAnimationFrame(draw);
    });
    raf = requestAnimationFrame(draw);
    return () => {
      off();
      cancelAnimationFrame(raf);
    };
  }, [plan]);

  if (!plan) return null;
  const tr = fitPlan(plan.bounds, SIZE, height, 8);
  const go = (clientX: number, clientY: number, el: Element) => {
    const r = el.getBoundingClientRect();
    fromPlan(tr, ((clientX - r.left) / r.width) * SIZE, ((clientY - r.top) / r.height) * height, w);
    viewerActions.goTo(w.x, w.z);
  };
  return (
    <figure className="minimap" data-testid="minimap">
      <figcaption className="sr-only">{t('viewer.planLabel')}</figcaption>
      <div className="minimap-box" style={{ width: SIZE, height }}>
        <canvas ref={canvasRef} style={{ width: SIZE, height }} aria-hidden="true" />
        <svg
          viewBox={`0 0 ${SIZE} ${height}`}
          width={SIZE}
          height={height}
          className="minimap-overlay"
          role="img"
          aria-label={t('viewer.planLabel')}
          onClick={showCamera ? (e) => go(e.clientX, e.clientY, e.currentTarget) : undefined}
          data-testid="minimap-svg"
        >
          {hotspots.map((h) => {
            const q = toPlan(tr, h.position[0], h.position[2], { x: 0, y: 0 });
            return <circle key={h.id} cx={q.x} cy={q.y} r={3.5} className="minimap-hotspot" />;
          })}
          <g ref={coneRef} visibility={showCamera ? undefined : 'hidden'}>
            <path className="minimap-cone" d="M0 0" />
            <circle r={4.5} className="minimap-you">
              <title>{t('viewer.planYou')}</title>
            </circle>
          </g>
        </svg>
      </div>
    </figure>
  );
}
