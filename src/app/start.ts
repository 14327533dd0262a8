/**
 * The page's entry (index.html). On a set page whose opening view needs only the model (the
 * overview or a shared `cam=` pose), the set is drawn first (src/canvas/boot/firstFrame.ts) and
 * the app starts once that frame is on screen, so its code and the rest of the catalog do not
 * compete with the model for the network or the main thread. Everywhere else the app starts
 * at once. docs/ARCHITECTURE.md §2 "The set first".
 */
import '../ui/styles.css';
import { earlyStore } from '../lib/catalog/early';
import { bootCandidate } from '../lib/url/bootCandidate';

const early = earlyStore();

function startApp(): void {
  early?.crawl?.();
  early?.preload?.();
  void import('../main');
}

/** The stage the inline script opened with the poster, or a new one for a set without a still. */
function bootStage(): HTMLElement {
  const found = document.querySelector<HTMLElement>('.boot-stage');
  if (found) return found;
  const stage = document.createElement('div');
  stage.className = 'boot-stage';
  stage.dataset.testid = 'boot-stage';
  document.body.appendChild(stage);
  return stage;
}

// The entry stays small on every page: the values themselves are checked by the start-up code (bootView).
const webgl = 'WebGL2RenderingContext' in window || 'WebGLRenderingContext' in window;
if (!early?.set || !webgl || !bootCandidate(location.search)) startApp();
else {
  // The start-up code comes beside the set's file (index.html preloads its chunks).
  const code = import('../canvas/boot/firstFrame');
  Promise.all([early.set, code])
    .then(async ([found, { bootSetOf, bootView, startBoot }]) => {
      const set = found ? bootSetOf(found.json) : null;
      const view = bootView(location.search);
      if (!found || !set || !view) return;
      await startBoot({ setId: found.id, set, cam: view.cam, stage: bootStage() }).appMayStart;
    })
    .catch(() => {})
    .then(startApp);
}
