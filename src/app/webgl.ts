import { useViewer } from '../state/viewer';

/**
 * Whether to try a 3D view at all. Creating a throw-away WebGL context to find out
 * costs hundreds of milliseconds on software renderers, so this only checks that the
 * browser knows WebGL; when creating the real context fails, the canvas reports it
 * (useViewer's webglUnavailable) and the page falls back to its plan and facts.
 */
export function hasWebGL(): boolean {
  return typeof window !== 'undefined' && ('WebGL2RenderingContext' in window || 'WebGLRenderingContext' in window);
}

/** hasWebGL(), and no attempt this visit has failed. */
export function useWebGL(): boolean {
  const failed = useViewer((s) => s.webglUnavailable);
  return hasWebGL() && !failed;
}
