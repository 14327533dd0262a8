import { Suspense, lazy } from 'react';
import type { SetIllustrationProps } from './SetIllustration';

// Cards and details show a set's rendered still; the plan sketch is only the fallback for a set
// without one (or whose still fails to load), so its code loads when one is drawn, not with
// every page (docs/ARCHITECTURE.md §5, "Budgets").
const Sketch = lazy(() => import('./SetIllustration').then((m) => ({ default: m.SetIllustration })));

/** SetIllustration, loaded on first use; until then an empty frame of the same size and name. */
export function LazySetIllustration(props: SetIllustrationProps) {
  return (
    <Suspense fallback={<svg className="set-illustration" viewBox="0 0 320 200" role="img" aria-label={props.alt} />}>
      <Sketch {...props} />
    </Suspense>
  );
}
