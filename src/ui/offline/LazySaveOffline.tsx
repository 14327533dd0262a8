import { Suspense, lazy } from 'react';

const SaveOffline = lazy(() => import('./SaveOffline'));

/** The save-for-offline control, loaded on first use so it costs the routes nothing. */
export function LazySaveOffline(props: { setId: string; compact?: boolean }) {
  return (
    <Suspense fallback={null}>
      <SaveOffline {...props} />
    </Suspense>
  );
}
