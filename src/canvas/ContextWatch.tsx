import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useViewer } from '../state/viewer';

/** How long a lost WebGL context may take to come back before the viewer says it won't. */
const GIVE_UP_MS = 6000;

/**
 * Watches for a lost WebGL context (a GPU reset, too many tabs, a driver crash).
 * It lets the browser restore the context, redraws when it does, and tells the page
 * when it does not come back so the plan and facts take over.
 */
export function ContextWatch() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const el = gl.domElement;
    let timer = 0;
    const onLost = (e: Event) => {
      // Without preventDefault the browser never tries to restore the context.
      e.preventDefault();
      el.dataset.ready = 'false';
      useViewer.getState().setContext('lost');
      timer = window.setTimeout(() => {
        // Gone for good: the page shows the set without 3D (still, plan, facts, hotspots).
        useViewer.getState().setContext('failed');
        useViewer.getState().markWebglUnavailable();
      }, GIVE_UP_MS);
    };
    const onRestored = () => {
      window.clearTimeout(timer);
      useViewer.getState().setContext('ok');
      // three re-uploads what it draws on the next frame; ask for one.
      invalidate();
      requestAnimationFrame(() => {
        invalidate();
        requestAnimationFrame(() => {
          if (useViewer.getState().ready) el.dataset.ready = 'true';
        });
      });
    };
    el.addEventListener('webglcontextlost', onLost);
    el.addEventListener('webglcontextrestored', onRestored);
    // A context the start-up first frame lost before the app took its canvas over (docs/ARCHITECTURE.md §2).
    if (gl.getContext().isContextLost()) onLost(new Event('webglcontextlost'));
    return () => {
      window.clearTimeout(timer);
      el.removeEventListener('webglcontextlost', onLost);
      el.removeEventListener('webglcontextrestored', onRestored);
    };
  }, [gl, invalidate]);
  return null;
}
