import type { KTX2Loader } from 'three/examples/jsm/loaders/KTX2Loader.js';

/** The KTX2Loader fields its worker creator uses (three r187; not part of its typings). */
interface LoaderInternals {
  workerPool: { setWorkerCreator(create: () => Worker): void };
  workerConfig: unknown;
  transcoderBinary: ArrayBuffer;
}

/**
 * Makes `ktx2` start its transcoder workers from decoders/basis/ktx2-worker.js (a same-origin
 * file written by the build, build/ktx2Worker.ts) instead of three's blob: URL, which inherits
 * the page's content security policy and so cannot start the transcoder without
 * 'unsafe-eval' (docs/ARCHITECTURE.md §2). The transcoder still loads only when a texture
 * needs it: the loader calls init() then, and the worker creator is swapped right after.
 */
export function workersFromSameOrigin(ktx2: KTX2Loader, transcoderPath: string): void {
  const k = ktx2 as unknown as LoaderInternals;
  const workerUrl = new URL('ktx2-worker.js', transcoderPath).href;
  const init = ktx2.init.bind(ktx2);
  let ready: Promise<void> | null = null;
  ktx2.init = () =>
    (ready ??= init().then(() => {
      k.workerPool.setWorkerCreator(() => {
        const worker = new Worker(workerUrl);
        const transcoderBinary = k.transcoderBinary.slice(0);
        worker.postMessage({ type: 'init', config: k.workerConfig, transcoderBinary }, [transcoderBinary]);
        return worker;
      });
    }));
}
