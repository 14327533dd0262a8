import { useEffect, useLayoutEffect, useRef } from 'react';
import { onFrameLive, useFrameStore } from '../../state/frame';
import { onPoseChange } from '../../state/rig';

/**
 * Runs `update` at most once per animation frame after the camera pose, a dragged figure or
 * the frame store changes, and after every render of the component (a new language, a new
 * lens): for readouts written through refs, never through React state (docs/ARCHITECTURE.md §5).
 */
export function useLiveUpdate(update: () => void): void {
  const fn = useRef(update);
  fn.current = update;
  useLayoutEffect(() => {
    fn.current();
  });
  useEffect(() => {
    let raf = 0;
    const run = () => {
      raf = 0;
      fn.current();
    };
    const schedule = () => {
      if (!raf) raf = requestAnimationFrame(run);
    };
    const offPose = onPoseChange(schedule);
    const offLive = onFrameLive(schedule);
    const offStore = useFrameStore.subscribe(schedule);
    return () => {
      offPose();
      offLive();
      offStore();
      if (raf) cancelAnimationFrame(raf);
    };
  }, []);
}
