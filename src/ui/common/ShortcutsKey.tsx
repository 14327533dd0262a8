import { Suspense, lazy } from 'react';
import { useShortcutsKey } from './useShortcutsKey';

const ShortcutsDialog = lazy(() => import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })));

/** Listens for "?" and shows the shortcuts sheet, whose code loads on first use. */
export function ShortcutsKey() {
  return useShortcutsKey((close) => (
    <Suspense fallback={null}>
      <ShortcutsDialog onClose={close} />
    </Suspense>
  ));
}
