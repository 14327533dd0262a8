import { Suspense, lazy, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';

const SaveOffline = lazy(() => import('./SaveOffline'));

/**
 * The viewer keeps an empty `data-offline-slot` element in its header; this renders the
 * compact "Save for offline" control into each one, so none of that code is in the viewer
 * route's bundle (docs/ARCHITECTURE.md §8).
 */
export function Slots() {
  const [slots, setSlots] = useState<HTMLElement[]>([]);
  useEffect(() => {
    const scan = () => {
      const found = [...document.querySelectorAll<HTMLElement>('[data-offline-slot]')];
      setSlots((prev) => (prev.length === found.length && prev.every((el, i) => el === found[i]) ? prev : found));
    };
    const observer = new MutationObserver(scan);
    observer.observe(document.body, { childList: true, subtree: true });
    scan();
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {slots.map((el) =>
        createPortal(
          <Suspense fallback={null}>
            <SaveOffline setId={el.dataset.offlineSlot ?? ''} compact />
          </Suspense>,
          el,
          el.dataset.offlineSlot,
        ),
      )}
    </>
  );
}
