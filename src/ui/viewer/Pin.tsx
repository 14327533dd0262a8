import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { setAnchor } from '../../state/anchors';

/** Props of one pinned element. */
export interface PinProps {
  id: string;
  position: readonly [number, number, number];
  /** Hide it behind walls. Default false. */
  occlude?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * An element pinned to a 3D point of the set: the canvas moves it (see
 * src/canvas/AnchorProjector.tsx). Hidden until first placed.
 */
export function Pin({ id, position, occlude = false, className = '', children }: PinProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [x, y, z] = position;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setAnchor(id, { el, x, y, z, occlude });
    return () => setAnchor(id, null);
  }, [id, x, y, z, occlude]);
  return (
    <div ref={ref} className={`pin ${className}`} style={{ visibility: 'hidden' }}>
      {children}
    </div>
  );
}
