/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, statSync, mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connect, Plugin, Rolldown } from 'vite';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { inlineRoutes } from './src/lib/url/routes.ts';
import { installable } from './build/pwa.ts';
import { serviceWorker } from './build/worker.js';
import { KTX2_WORKER_FILE, ktx2WorkerSource } from './build/ktx2Worker.ts';
import { startChunks } from './build/startChunks.ts';
import { stripSchemaDocsPlugin } from './build/stripSchemaDocs.ts';

const root = dirname(fileURLToPath(import.meta.url));
const chunks = startChunks(root);

/**
 * Folders served at run time, not bundled (docs/ARCHITECTURE.md §2): a base swaps a catalog or a
 * scanned model by replacing files, without a rebuild. Only data files are exposed,
 * so the model generator's sources under models/generator never reach the site.
 */
const STATIC_DIRS: { urlPrefix: string; dir: string; exts: string[] }[] = [
  { urlPrefix: '/scenes/', dir: resolve(root, 'scenes'), exts: ['.json'] },
  {
    urlPrefix: '/models/',
    dir: resolve(root, 'models'),
    exts: ['.glb', '.gltf', '.bin', '.png', '.jpg', '.jpeg', '.webp', '.ktx2', '.json'],
  },
  // Decoders for compressed glTF, self-hosted: nothing is fetched from a CDN.
  {
    urlPrefix: '/decoders/draco/',
    dir: resolve(root, 'node_modules/three/examples/jsm/libs/draco/gltf'),
    exts: ['.js', '.wasm'],
  },
  {
    urlPrefix: '/decoders/basis/',
    dir: resolve(root, 'node_modules/three/examples/jsm/libs/basis'),
    exts: ['.js', '.wasm'],
  },
];

const MIME: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.bin': 'application/octet-stream',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ktx2': 'image/ktx2',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
};

function listFiles(dir: string, exts: string[]): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name === 'generator' || name === 'node_modules') continue;
      out.push(...listFiles(full, exts));
    } else if (exts.includes(extname(name).toLowerCase())) {
      out.push(full);
    }
  }
  return out.sort();
}

function staticDirsMiddleware(): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    if (url.endsWith(`/decoders/basis/${KTX2_WORKER_FILE}`)) {
      res.setHeader('Content-Type', MIME['.js']!);
      res.end(ktx2WorkerSource());
      return;
    }
    for (const entry of STATIC_DIRS) {
      const at = url.indexOf(entry.urlPrefix);
      if (at < 0) continue;
      const rel = url.slice(at + entry.urlPrefix.length);
      const file = resolve(entry.dir, rel);
      const inside = file.startsWith(entry.dir + sep);
      if (!inside || !entry.exts.includes(extname(file).toLowerCase()) || rel.split('/').includes('generator')) {
        continue;
      }
      if (!existsSync(file) || !statSync(file).isFile()) {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(`Not found: ${entry.urlPrefix}${rel}`);
        return;
      }
      res.statusCode = 200;
      res.setHeader('Content-Type', MIME[extname(file).toLowerCase()] ?? 'application/octet-stream');
      res.setHeader('Content-Length', String(statSync(file).size));
      res.setHeader('Cache-Control', 'no-cache');
      createReadStream(file).pipe(res);
      return;
    }
    next();
  };
}

/** Serves the static folders in dev and preview, and copies them into the build. */
function staticDirs(): Plugin {
  let outDir = 'dist';
  let building = false;
  return {
    name: 'setscout-static-dirs',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      // Vitest resolves a build config too; only a real build writes into dist/.
      building = config.command === 'build' && !process.env.VITEST;
    },
    configureServer(server) {
      server.middlewares.use(staticDirsMiddleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(staticDirsMiddleware());
    },
    closeBundle() {
      if (!building) return;
      for (const entry of STATIC_DIRS) {
        for (const file of listFiles(entry.dir, entry.exts)) {
          const target = join(outDir, entry.urlPrefix, relative(entry.dir, file));
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(file, target);
        }
      }
      writeFileSync(join(outDir, 'decoders/basis', KTX2_WORKER_FILE), ktx2WorkerSource());
    },
  };
}

/**
 * Route name (as index.html's inline script tells them apart) → the modules it starts with: the
 * app (src/main.tsx, loaded by the entry src/app/start.ts) and the route's page; `boot` is the
 * set page's start-up first frame (src/canvas/boot/firstFrame.ts), preloaded before the app.
 */
const ROUTE_MODULES: Record<string, string[]> = {
  sets: ['src/main.tsx', 'src/app/SetRoute.tsx'],
  catalog: ['src/main.tsx', 'src/app/CatalogRoute.tsx'],
  boot: ['src/canvas/boot/firstFrame.ts'],
};

/**
 * For each route, the chunks its module needs beyond the entry's own static graph. The
 * inline script in index.html preloads the current route's list (<link rel="modulepreload">),
 * so three.js and the viewer arrive while the entry chunk runs, instead of being discovered
 * only once the route chunk has been fetched and parsed.
 */
function routeChunks(bundle: Rolldown.OutputBundle | undefined): Record<string, string[]> {
  if (!bundle) return {};
  const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (start: string[]): Set<string> => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const dep of byName.get(file)?.imports ?? []) walk(dep);
    };
    start.forEach(walk);
    return seen;
  };
  const loaded = closure(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
  const out: Record<string, string[]> = {};
  for (const [route, modules] of Object.entries(ROUTE_MODULES)) {
    // A module grouped into a named chunk (build/startChunks.ts) is not that chunk's facade: look among its modules.
    const starts = modules.map((module) => chunks.find((c) => c.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(module)))?.fileName);
    if (starts.every((f): f is string => f !== undefined)) out[route] = [...closure(starts)].filter((f) => !loaded.has(f)).sort();
  }
  return out;
}

/**
 * The built site must work from any sub-path of a static host that falls back to
 * index.html, without a rebuild. Assets are emitted with relative URLs and an inline
 * script sets <base href> to the app root before any of them is requested. The
 * production build pins that script by hash in a content security policy that has
 * no 'unsafe-eval' ('wasm-unsafe-eval' lets the mesh decoders compile WebAssembly).
 */
function baseAndCsp(): Plugin {
  return {
    name: 'setscout-base-and-csp',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        html = inlineRoutes(html);
        if (ctx.server) return html;
        html = html.replace('var routeChunks = {};', `var routeChunks = ${JSON.stringify(routeChunks(ctx.bundle))};`);
        const match = /<script id="app-base">([\s\S]*?)<\/script>/.exec(html);
        if (!match) return html;
        const hash = createHash('sha256').update(match[1] ?? '').digest('base64');
        const csp = [
          "default-src 'self'",
          `script-src 'self' 'sha256-${hash}' 'wasm-unsafe-eval'`,
          "worker-src 'self' blob:",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data: blob:",
          "font-src 'self' data:",
          "connect-src 'self' data: blob:",
          "media-src 'self' blob:",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self' mailto:",
        ].join('; ');
        return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
      },
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [
    react(),
    staticDirs(),
    installable(),
    serviceWorker(),
    baseAndCsp(),
    chunks.plugin,
    stripSchemaDocsPlugin(),
  ],
  resolve: {
    alias: [{ find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: resolve(root, 'src/app/syncExternalStore.ts') }],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    reportCompressedSize: false,
    // No preload helper in every dynamic import: the route chunks are requested at
    // start-up instead (src/app/App.tsx), in parallel with the catalog files.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // Everything the first page needs in one chunk: many small shared chunks cost
        // more (headers, poorer compression) than the few bytes they would save.
        codeSplitting: { groups: chunks.groups },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'models/generator/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
