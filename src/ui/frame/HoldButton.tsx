import type { ReactNode } from 'react';
import type { FrameAxis } from '../../state/frame';
import { frameActions, frameInput } from '../../state/frame';
import { rig } from '../../state/rig';

/** Props of a press-and-hold move button. */
export interface HoldButtonProps {
  axis: FrameAxis;
  /** +1 or −1. */
  sign: 1 | -1;
  label: string;
  children: ReactNode;
}

/**
 * Moves the camera while pressed (mouse, pen or touch: pointer capture keeps it going until
 * release); Enter or Space makes one small step, so it works from the keyboard too.
 */
export function HoldButton({ axis, sign, label, children }: HoldButtonProps) {
  const stop = () => {
    if (frameInput[axis] === sign) frameInput[axis] = 0;
  };
  return (
    <button
      type="button"
      className="btn btn-icon hold-btn"
      aria-label={label}
      title={label}
      data-axis={axis}
      data-sign={sign}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        frameInput[axis] = sign;
        rig.invalidate();
      }}
      onPointerUp={stop}
      onPointerCancel={stop}
      onLostPointerCapture={stop}
      onContextMenu={(e) => e.preventDefault()}
      onClick={(e) => {
        // detail 0: activated by the keyboard, not a pointer press.
        if (e.detail === 0) frameActions.nudge(axis, sign);
      }}
    >
      {children}
    </button>
  );
}
