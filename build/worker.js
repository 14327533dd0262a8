// The service worker's build (docs/ARCHITECTURE.md §8): vite-plugin-pwa's injectManifest
// compiles src/sw/sw.ts with Workbox's modules and injects the precache list.
//
// Plain JavaScript with its own declaration (worker.d.ts) on purpose: the plugin's types
// pull in type-fest, which adds the `esnext` library to the whole TypeScript program and
// changes what the rest of the code type-checks against.
import { VitePWA } from 'vite-plugin-pwa';

export function serviceWorker() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/sw',
    filename: 'sw.ts',
    // Registered by src/app/offline after the first frame, from the document base, so it is
    // scoped to whatever sub-path hosts the site.
    injectRegister: false,
    // The manifest and icons are build/pwa.ts's.
    manifest: false,
    // After the static folders are copied into dist/, so scenes/ and the stills are globbed.
    integration: { closeBundleOrder: 'post' },
    injectManifest: {
      globPatterns: [
        'index.html',
        'assets/**/*.{js,css}',
        'icons/*.png',
        'favicon.svg',
        'manifest.webmanifest',
        'scenes/**/*.json',
        'models/stills/*.{jpg,png,webp}',
      ],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  });
}
