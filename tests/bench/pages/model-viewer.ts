/**
 * The peer: Google's <model-viewer> showing the same model file, served from this
 * origin (the bench copies @google/model-viewer's self-contained dist/model-viewer.min.js,
 * which bundles its own three.js, to ./vendor/). Every decoder location it knows
 * points at this site, so nothing is fetched from a CDN.
 *
 * Settings that keep the comparison fair:
 *   - minimumRenderScale = 1: model-viewer otherwise lowers its render resolution
 *     (down to 0.5) when frames are slow, which on a software rasteriser would
 *     compare half the pixels against SetScout's full resolution;
 *   - interaction-prompt="none": no prompt animation, so it renders only on input
 *     like the other pages;
 *   - camera-orbit at SetScout's overview angles (20° around, 55° above the horizon).
 *
 * First full frame: model-viewer fires `load` after the model is in its scene and
 * two animation frames have passed ("wait for shaders to compile and pixels to be
 * drawn", model-viewer's own source). We then mark the element ready one animation
 * frame later, like the other pages. `poster-dismissed` and `model-visibility` come
 * earlier (before that first draw is guaranteed), so they are not used.
 */
import type { RendererInfo } from './harness';
import { exposeStats, modelUrl, showError, signalReadyAfterDraw } from './harness';

interface ModelViewerClass {
  minimumRenderScale: number;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.type = 'module';
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

/**
 * model-viewer keeps its WebGLRenderer behind a private symbol getter (`$renderer`, on the
 * element's prototype chain); find it for the renderer counters the other pages report.
 */
function rendererInfo(el: Element): RendererInfo | null {
  for (let o: object | null = el; o; o = Object.getPrototypeOf(o) as object | null) {
    for (const sym of Object.getOwnPropertySymbols(o)) {
      if (sym.description !== 'renderer') continue;
      const v = (el as unknown as Record<symbol, unknown>)[sym] as { threeRenderer?: { info?: RendererInfo } } | null;
      if (v?.threeRenderer?.info) return v.threeRenderer.info;
    }
  }
  return null;
}

async function main() {
  const { url } = modelUrl();
  const here = new URL('./', location.href);
  (self as unknown as { ModelViewerElement: Record<string, string> }).ModelViewerElement = {
    meshoptDecoderLocation: new URL('vendor/meshopt-decoder-shim.js', here).href,
    dracoDecoderLocation: new URL('../decoders/draco/', here).href,
    ktx2TranscoderLocation: new URL('../decoders/basis/', here).href,
    lottieLoaderLocation: new URL('vendor/no-lottie.js', here).href,
  };
  await loadScript(new URL('vendor/model-viewer.min.js', here).href);
  await customElements.whenDefined('model-viewer');
  (customElements.get('model-viewer') as unknown as ModelViewerClass).minimumRenderScale = 1;

  const el = document.createElement('model-viewer');
  el.setAttribute('camera-controls', '');
  el.setAttribute('interaction-prompt', 'none');
  el.setAttribute('loading', 'eager');
  el.setAttribute('reveal', 'auto');
  el.setAttribute('camera-orbit', '20deg 35deg auto');
  el.setAttribute('alt', 'set model');
  el.addEventListener('load', () => signalReadyAfterDraw(el), { once: true });
  el.addEventListener('error', (e) => showError(new Error(`model-viewer error: ${JSON.stringify((e as unknown as CustomEvent<{ type?: string }>).detail?.type ?? '')}`)));
  el.setAttribute('src', url);
  exposeStats('model-viewer', () => rendererInfo(el));
  document.body.append(el);
}

main().catch(showError);
