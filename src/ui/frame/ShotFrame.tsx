import type { ReactNode } from 'react';
import type { Box } from '../../lib/framing/frameBox';

/** Props of the 9:16 frame. */
export interface ShotFrameProps {
  box: Box;
  label: string;
  /** Guides and the phone's readout strip. */
  children?: ReactNode;
}

/**
 * The 9:16 frame: a box of exactly 9:16 CSS pixels over the canvas (which shows the lens's
 * field of view across it) with the surroundings dimmed like a viewfinder's surround.
 * Pointer events pass through to the picture (drag to pan and tilt).
 */
export function ShotFrame({ box, label, children }: ShotFrameProps) {
  return (
    <div
      className="shot-frame"
      data-testid="shot-frame"
      role="group"
      aria-label={label}
      style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
      data-width={box.width}
      data-height={box.height}
    >
      {children}
    </div>
  );
}
