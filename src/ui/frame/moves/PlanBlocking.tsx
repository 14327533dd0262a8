import { useMemo } from 'react';
import type { Move } from '../../../lib/moves';
import { compileWalk, makeWalkSample, sampleWalk } from '../../../lib/moves';
import type { PlanTransform } from '../../../lib/world/plan';
import { toPlan } from '../../../lib/world/plan';

/** Points per segment between two marks. */
const PER_SEGMENT = 10;

/** The stand-ins' walks on the frame plan: a dashed line through each figure's marks and a square per mark. */
export function PlanBlocking({ move, tr }: { move: Move; tr: PlanTransform }) {
  const walks = useMemo(
    () =>
      (move.blocking ?? []).map((b) => {
        const w = compileWalk(b.marks);
        const s = makeWalkSample();
        const q = { x: 0, y: 0 };
        const pts: string[] = [];
        const t0 = b.marks[0]!.t;
        const t1 = b.marks[b.marks.length - 1]!.t;
        const n = Math.max(1, (b.marks.length - 1) * PER_SEGMENT);
        for (let k = 0; k <= n; k++) {
          sampleWalk(w, t0 + ((t1 - t0) * k) / n, 0, s);
          toPlan(tr, s.x, s.z, q);
          pts.push(`${q.x.toFixed(1)},${q.y.toFixed(1)}`);
        }
        const marks = b.marks.map((m) => toPlan(tr, m.x, m.z, { x: 0, y: 0 }));
        return { figure: b.figure, points: pts.join(' '), marks };
      }),
    [move, tr],
  );
  if (!walks.length) return null;
  return (
    <g className="plan-blocking" data-testid="plan-blocking">
      {walks.map((w) => (
        <g key={w.figure} data-figure={w.figure}>
          <polyline points={w.points} />
          {w.marks.map((q, i) => (
            <rect key={i} x={q.x - 2.2} y={q.y - 2.2} width={4.4} height={4.4} />
          ))}
        </g>
      ))}
    </g>
  );
}
