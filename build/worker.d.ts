import type { PluginOption } from 'vite';

/** vite-plugin-pwa, configured for src/sw/sw.ts (see worker.js for why this is untyped). */
export function serviceWorker(): PluginOption;
