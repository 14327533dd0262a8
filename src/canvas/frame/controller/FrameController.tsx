import { useCameraPlacement } from './useCameraPlacement';
import { useFrameActionsBinding } from './useFrameActionsBinding';
import { useOperatorFrame } from './useOperatorFrame';
import { useOperatorKeys } from './useOperatorKeys';
import { usePointerInput } from './usePointerInput';

/** Props of the frame-mode camera controller. */
export interface FrameControllerProps {
  /** Vertical field of view of the 9:16 frame, degrees: a drag across the frame's height turns the camera by it. */
  lensVfovDeg: number;
}

/**
 * Frame mode's camera operator: pan, tilt, roll, dolly, truck and pedestal from the keyboard
 * (arrows, W/S, A/D, R/F, Q/E, Shift faster, L levels) and the on-screen move pad (frameInput),
 * drag on the picture to pan and tilt. Dolly and truck keep the camera's height above the
 * floor and cannot pass through walls (the set's collision proxies; src/lib/moves/operate.ts).
 * Also places, picks and drags stand-in figures, and binds frameActions for the DOM.
 */
export function FrameController({ lensVfovDeg }: FrameControllerProps) {
  useCameraPlacement();
  useFrameActionsBinding();
  usePointerInput(lensVfovDeg);
  useOperatorKeys();
  useOperatorFrame();
  return null;
}
