import { useMemo } from 'react';
import type { PlanTransform } from '../../../lib/world/plan';
import { toPlan } from '../../../lib/world/plan';
import { compileMove, makeSample, sampleMove } from '../../../lib/moves';
import { selectMove, useMoves } from '../../../state/moves';
import { PlanBlocking } from './PlanBlocking';

/** Points per segment on the plan. */
const PER_SEGMENT = 12;

/** The camera move on the frame plan: one line per segment (flagged ones in red) and a mark per keyframe; and the stand-ins' walks. */
export function PlanMovePath({ tr }: { tr: PlanTransform }) {
  const move = useMoves(selectMove);
  const issues = useMoves((s) => s.pathIssues);
  const segments = useMemo(() => {
    if (move.keyframes.length < 2) return [];
    const c = compileMove(move);
    const s = makeSample();
    const q = { x: 0, y: 0 };
    const out: string[] = [];
    for (let i = 0; i + 1 < c.count; i++) {
      const pts: string[] = [];
      for (let k = 0; k <= PER_SEGMENT; k++) {
        sampleMove(c, c.times[i]! + ((c.times[i + 1]! - c.times[i]!) * k) / PER_SEGMENT, s);
        toPlan(tr, s.pose.x, s.pose.z, q);
        pts.push(`${q.x.toFixed(1)},${q.y.toFixed(1)}`);
      }
      out.push(pts.join(' '));
    }
    return out;
  }, [move, tr]);
  if (!move.keyframes.length) return <PlanBlocking move={move} tr={tr} />;
  const bad = new Set(issues.map((i) => i.segment));
  return (
    <g className="plan-move" data-testid="plan-move-path">
      <PlanBlocking move={move} tr={tr} />
      {segments.map((pts, i) => (
        <polyline key={i} points={pts} className={bad.has(i) ? 'is-bad' : ''} data-segment={i} />
      ))}
      {move.keyframes.map((k, i) => {
        const q = toPlan(tr, k.pose.x, k.pose.z, { x: 0, y: 0 });
        return <circle key={i} cx={q.x} cy={q.y} r={2.6} />;
      })}
    </g>
  );
}
