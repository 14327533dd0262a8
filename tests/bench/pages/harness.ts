/**
 * What every comparison page shares with SetScout's public contract, so the bench
 * drives and reads all pages the same way:
 *   - the element that shows the model gets `data-ready="true"` once a frame with
 *     the model in it has been drawn (SetScout: its canvas; see docs/ARCHITECTURE.md §3);
 *   - `window.__bench.stats()` returns the renderer's counters in the shape of
 *     SetScout's `window.__scout.stats()`, or null where the page cannot tell.
 */

export interface BenchStats {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  frames: number;
  /** Shader programs compiled so far (each one costs a compile and link before its first draw). */
  programs: number;
}

/** The subset of WebGLRenderer['info'] the bench reads. */
export interface RendererInfo {
  render: { calls: number; triangles: number; frame: number };
  memory: { geometries: number; textures: number };
  programs?: readonly unknown[] | null;
}

declare global {
  interface Window {
    __bench?: { page: string; stats(): BenchStats | null };
  }
}

export function statsFrom(info: RendererInfo | null | undefined): BenchStats | null {
  if (!info) return null;
  return {
    calls: info.render.calls,
    triangles: info.render.triangles,
    geometries: info.memory.geometries,
    textures: info.memory.textures,
    frames: info.render.frame,
    programs: info.programs?.length ?? 0,
  };
}

export function exposeStats(page: string, read: () => RendererInfo | null | undefined): void {
  Object.defineProperty(window, '__bench', { value: Object.freeze({ page, stats: () => statsFrom(read()) }), configurable: true });
}

/** Query parameters: `set` (required) names models/<set>.glb, the same file SetScout loads. */
export function modelUrl(): { setId: string; url: string } {
  const setId = new URLSearchParams(location.search).get('set') ?? '';
  if (!/^[a-z0-9-]+$/.test(setId)) throw new Error(`bad or missing ?set= (${JSON.stringify(setId)})`);
  return { setId, url: new URL(`../models/${setId}.glb`, location.href).href };
}

/**
 * Marks `el` ready on the animation frame after the one that drew the model, the
 * same moment SetScout's ReadySignal picks (a rAF scheduled from the drawing frame).
 */
export function signalReadyAfterDraw(el: HTMLElement): void {
  requestAnimationFrame(() => {
    el.dataset.ready = 'true';
  });
}

export function showError(err: unknown): void {
  const p = document.createElement('pre');
  p.dataset.testid = 'bench-error';
  p.textContent = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  document.body.append(p);
  console.error(err);
}
