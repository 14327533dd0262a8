/**
 * Builds the bench's comparison pages (tests/bench/pages): the plain three.js floor
 * and the model-viewer peer. Separate from the app's vite.config.ts on purpose: no
 * app plugins, no CSP, and three.js tree-shaken the way a minimal page would ship it.
 *
 * Used by tests/bench/bench.ts through benchPagesConfig(); also runnable on its own:
 *   npx vite build -c tests/bench/vite.bench.config.ts
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
export const PAGES_DIR = resolve(here, 'pages');
export const DEFAULT_PAGES_OUT = resolve(here, '../../node_modules/.cache/setscout-bench/pages');

export function benchPagesConfig(outDir: string = DEFAULT_PAGES_OUT): InlineConfig {
  return {
    configFile: false,
    root: PAGES_DIR,
    base: './',
    publicDir: resolve(PAGES_DIR, 'public'),
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 2000,
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: {
          'plain-three': resolve(PAGES_DIR, 'plain-three.html'),
          'model-viewer': resolve(PAGES_DIR, 'model-viewer.html'),
        },
      },
    },
  };
}

export default defineConfig(benchPagesConfig());
