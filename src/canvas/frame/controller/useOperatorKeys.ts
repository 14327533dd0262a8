import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { resetFrameInput, useFrameStore } from '../../../state/frame';
import { cancelFlight, rig, touchPose } from '../../../state/rig';
import { isTyping } from '../../pointer';
import { OPERATOR_KEYS, heldKeys } from './operator';

/**
 * The operator's keyboard: held keys (arrows, W/S, A/D, R/F, Q/E, Shift) go into heldKeys for
 * useOperatorFrame; L levels the camera; Escape stops placing a figure.
 */
export function useOperatorKeys(): void {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.metaKey || e.ctrlKey) return;
      if (e.code === 'Escape' && useFrameStore.getState().placing) {
        useFrameStore.getState().stopPlacing();
        return;
      }
      if (e.code === 'KeyL' && !e.repeat) {
        cancelFlight();
        rig.pose.roll = 0;
        touchPose();
        return;
      }
      if (!OPERATOR_KEYS.includes(e.code)) return;
      if (e.code.startsWith('Arrow')) e.preventDefault();
      heldKeys.add(e.code);
      cancelFlight();
      invalidate();
    };
    const onKeyUp = (e: KeyboardEvent) => heldKeys.delete(e.code);
    const onBlur = () => {
      heldKeys.clear();
      resetFrameInput();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
      heldKeys.clear();
      resetFrameInput();
    };
  }, [invalidate]);
}
