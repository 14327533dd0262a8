/**
 * Floor plans of the sets opened in this session, so the storyboard can draw the plan of a
 * set other than the one open now. Plans are plain data from the model (src/lib/world/plan.ts).
 */
import type { PlanShapes } from '../../lib/world/plan';
import { useViewer } from '../../state/viewer';

const plans = new Map<string, PlanShapes>();

function remember(s: { setId: string | null; plan: PlanShapes | null }): void {
  if (s.setId && s.plan) plans.set(s.setId, s.plan);
}
remember(useViewer.getState());
useViewer.subscribe(remember);

/** The plan of a set, if it was opened in this session. */
export function planOf(setId: string): PlanShapes | null {
  remember(useViewer.getState());
  return plans.get(setId) ?? null;
}
