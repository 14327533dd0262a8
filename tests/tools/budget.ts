/**
 * Byte budgets for the built site (dist/), per route, gzip-compressed:
 *
 *   catalog route  `/`            the entry chunk and everything it imports statically
 *                                 (what index.html loads and modulepreloads), the app
 *                                 chunk the entry starts (`app-*.js`, src/main.tsx), plus the
 *                                 CatalogRoute chunk and its static imports: JS ≤ 100 kB
 *   viewer route   `/sets/:id`    the same with the SetRoute chunk instead, and the start-up
 *                                 first frame the entry starts on a set page (`boot-*.js`:
 *                                 three.js, the loader), with their static imports
 *                                 (react-three-fiber …): JS + CSS ≤ 350 kB
 *
 * A route's own page chunk is loaded at start-up for that route, so it counts. Other
 * lazily imported chunks (import()) are not part of a route: they load when a person
 * opens a panel or a mode, or when a model needs a decoder. Models, catalog JSON and
 * decoders are data, measured by the bench (tests/bench/bench.ts), not budgeted here.
 *
 * Units: 1 kB = 1000 bytes. Compression: gzip at zlib's default level 6, which is
 * what tests/tools/static-server.ts sends and what most hosts use. Byte counts are
 * deterministic for a given build, so this is a pass/fail check (unlike timings).
 *
 * The route graph comes from dist/.vite/manifest.json when the build wrote one
 * (`build.manifest: true`, or `vite build --manifest`), else from index.html and the
 * chunks' own `import … from "./x.js"` statements, which is the same graph.
 *
 * CLI: tsx tests/tools/budget.ts [--dist dist] [--json]
 *   prints each figure and its headroom; exits 1 when a budget is exceeded, 2 when
 *   there is no build to check.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const KB = 1000;

export const BUDGETS = {
  /** JavaScript of the catalog route, gzip. */
  // Back at 100 kB since 2026-12-04: schema descriptions stripped from the build (build/stripSchemaDocs.ts),
  // the pages' shared modules in one chunk (build/startChunks.ts), lazy JSON error reporting and plan sketch.
  catalogJs: 100 * KB,
  /** JavaScript and CSS of the viewer route (catalog route included), gzip. */
  // Back at 350 kB since 2026-12-04: the meshopt decoder loads beside the model like the other decoders
  // (src/canvas/loadModel.ts), plus the catalog route's savings above.
  viewerTotal: 350 * KB,
} as const;

/**
 * Chunks the entry (src/app/start.ts) imports lazily on every page (`app`: src/main.tsx and its
 * graph) and on a set page before the app (`boot`: the first frame); named by vite.config.ts's
 * codeSplitting groups. Builds from before the start-up split have neither.
 */
export const START_CHUNKS = { app: 'app', boot: 'boot' } as const;

/** The module that becomes the viewer's route chunk (lazy in src/app/App.tsx). */
export const VIEWER_ROUTE_SRC = 'src/app/SetRoute.tsx';
/** The catalog page's own chunk (lazy in src/app/App.tsx); optional: older builds had none. */
export const CATALOG_ROUTE_SRC = 'src/app/CatalogRoute.tsx';

export interface FileSize {
  /** Path relative to dist/, e.g. "assets/index-1Jbx_2_r.js". */
  file: string;
  raw: number;
  gzip: number;
}

export interface RouteSize {
  name: string;
  files: FileSize[];
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  total: { raw: number; gzip: number };
}

export interface RouteSizes {
  dist: string;
  /** Where the graph came from. */
  source: 'manifest' | 'static-analysis';
  catalog: RouteSize;
  viewer: RouteSize;
}

export interface BudgetLine {
  name: string;
  /** gzip bytes measured */
  actual: number;
  limit: number;
  headroom: number;
  ok: boolean;
}

/** Reads dist files; injectable so the logic can be tested on a fixture. */
export interface DistReader {
  exists(rel: string): boolean;
  read(rel: string): Buffer;
  list(relDir: string): string[];
}

export function fsReader(dist: string): DistReader {
  return {
    exists: (rel) => existsSync(join(dist, rel)),
    read: (rel) => readFileSync(join(dist, rel)),
    list: (relDir) => (existsSync(join(dist, relDir)) ? readdirSync(join(dist, relDir)) : []),
  };
}

export function gzipSize(buf: Buffer | string): number {
  return gzipSync(buf, { level: 6 }).length;
}

/** Normalises "./assets/x.js" or "/assets/x.js" relative to the file that names it. */
function resolveRel(fromFile: string, spec: string): string {
  if (spec.startsWith('/')) return spec.slice(1);
  return posix.normalize(posix.join(posix.dirname(fromFile), spec));
}

/** What index.html loads before anything runs: module scripts, modulepreloads, stylesheets. */
export function htmlAssets(html: string): { scripts: string[]; preloads: string[]; styles: string[] } {
  const scripts: string[] = [];
  const preloads: string[] = [];
  const styles: string[] = [];
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1] ?? null;
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    const tag = m[0];
    const src = attr(tag, 'src');
    if (src && /type\s*=\s*["']module["']/i.test(tag)) scripts.push(resolveRel('index.html', src));
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = attr(tag, 'rel')?.toLowerCase();
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel === 'modulepreload') preloads.push(resolveRel('index.html', href));
    else if (rel === 'stylesheet') styles.push(resolveRel('index.html', href));
  }
  return { scripts, preloads, styles };
}

/**
 * Relative modules a chunk imports statically: `import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`. Dynamic `import("./x.js")` is left out on purpose.
 */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  const re = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`\n]+?\.m?js)["'`]/g;
  for (const m of code.matchAll(re)) if (m[1]) out.add(m[1]);
  return [...out];
}

/** Relative modules a chunk imports lazily: `import("./x.js")`. */
export function dynamicImports(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/\bimport\s*\(\s*["'`](\.{1,2}\/[^"'`\n]+?\.m?js)["'`]\s*\)/g)) if (m[1]) out.add(m[1]);
  return [...out];
}

/** The chunk and every chunk it reaches through static imports (depth-first, each once). */
export function staticClosure(reader: DistReader, start: string[]): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!reader.exists(file)) throw new Error(`${file} is referenced but missing from the build`);
    order.push(file);
    for (const spec of staticImports(reader.read(file).toString('utf8'))) visit(resolveRel(file, spec));
  };
  for (const s of start) visit(s);
  return order;
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

function manifestClosure(manifest: Manifest, keys: string[]): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no entry ${key}`);
    js.push(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const k of chunk.imports ?? []) visit(k);
  };
  for (const k of keys) visit(k);
  return { js, css: [...css] };
}

function sizeRoute(reader: DistReader, name: string, files: string[]): RouteSize {
  const unique = [...new Set(files)];
  const sizes = unique.map((file): FileSize => {
    const buf = reader.read(file);
    return { file, raw: buf.length, gzip: gzipSize(buf) };
  });
  const sum = (pred: (f: FileSize) => boolean) =>
    sizes.filter(pred).reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const js = sum((f) => /\.m?js$/.test(f.file));
  const css = sum((f) => f.file.endsWith('.css'));
  return { name, files: sizes, js, css, total: { raw: js.raw + css.raw, gzip: js.gzip + css.gzip } };
}

/** Computes what each route loads, from the manifest when there is one. */
export function routeSizes(reader: DistReader, dist = 'dist'): RouteSizes {
  if (!reader.exists('index.html')) throw new Error(`${dist}/index.html not found: build the site first (npm run build)`);
  const manifestPath = '.vite/manifest.json';
  if (reader.exists(manifestPath)) {
    const manifest = JSON.parse(reader.read(manifestPath).toString('utf8')) as Manifest;
    const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry && (k === 'index.html' || manifest[k]?.src === 'index.html'));
    if (!entryKey) throw new Error('the manifest has no entry for index.html');
    const viewerKey = Object.keys(manifest).find((k) => k === VIEWER_ROUTE_SRC || manifest[k]?.src === VIEWER_ROUTE_SRC);
    if (!viewerKey) throw new Error(`the manifest has no chunk for ${VIEWER_ROUTE_SRC}`);
    const catalogKey = Object.keys(manifest).find((k) => k === CATALOG_ROUTE_SRC || manifest[k]?.src === CATALOG_ROUTE_SRC);
    const started = (name: string) =>
      ((manifest[entryKey] as { dynamicImports?: string[] }).dynamicImports ?? []).filter((k) => posix.basename(manifest[k]?.file ?? '').startsWith(`${name}-`));
    const app = started(START_CHUNKS.app);
    const boot = started(START_CHUNKS.boot);
    const cat = manifestClosure(manifest, [entryKey, ...app, ...(catalogKey ? [catalogKey] : [])]);
    const view = manifestClosure(manifest, [entryKey, ...app, ...boot, viewerKey]);
    return {
      dist,
      source: 'manifest',
      catalog: sizeRoute(reader, 'catalog /', [...cat.js, ...cat.css]),
      viewer: sizeRoute(reader, 'viewer /sets/:id', [...view.js, ...view.css]),
    };
  }

  const html = reader.read('index.html').toString('utf8');
  const { scripts, preloads, styles } = htmlAssets(html);
  if (!scripts.length) throw new Error('index.html loads no module script');
  const lazyOf = (files: string[]) => new Set(files.flatMap((f) => dynamicImports(reader.read(f).toString('utf8')).map((s) => resolveRel(f, s))));
  const named = (chunks: Set<string>, name: string) => [...chunks].filter((f) => posix.basename(f).startsWith(`${name}-`));
  const startJs = staticClosure(reader, [...scripts, ...preloads]);
  const started = lazyOf(startJs);
  const boot = named(started, START_CHUNKS.boot);
  // The entry and the app it starts on every page.
  const entryJs = staticClosure(reader, [...startJs, ...named(started, START_CHUNKS.app)]);
  // A route chunk is named after its module (Vite/Rolldown "[name]-[hash].js"), and the
  // app (or one of its static imports) imports it lazily.
  const lazy = lazyOf(entryJs);
  const routeChunks = (src: string) => {
    const name = posix.basename(src).replace(/\.[jt]sx?$/, '');
    return [...lazy].filter((f) => posix.basename(f).startsWith(`${name}-`));
  };
  const viewerChunks = routeChunks(VIEWER_ROUTE_SRC);
  if (viewerChunks.length !== 1) {
    throw new Error(`expected one lazily imported SetRoute-*.js chunk, found ${viewerChunks.length} (${viewerChunks.join(', ') || 'none'})`);
  }
  const catalogChunks = routeChunks(CATALOG_ROUTE_SRC);
  const catalogJs = staticClosure(reader, [...entryJs, ...catalogChunks.slice(0, 1)]);
  const viewerJs = staticClosure(reader, [...entryJs, ...boot, viewerChunks[0]!]);
  // CSS split out of the route's chunks is named after them too.
  const viewerCss = reader
    .list('assets')
    .filter((f) => f.endsWith('.css'))
    .map((f) => `assets/${f}`)
    .filter((f) => viewerJs.some((js) => posix.basename(js).replace(/-[^-]+\.m?js$/, '') === posix.basename(f).replace(/-[^-]+\.css$/, '')) && !styles.includes(f));
  const catalogCss = reader
    .list('assets')
    .filter((f) => f.endsWith('.css'))
    .map((f) => `assets/${f}`)
    .filter((f) => catalogJs.some((js) => posix.basename(js).replace(/-[^-]+\.m?js$/, '') === posix.basename(f).replace(/-[^-]+\.css$/, '')) && !styles.includes(f));
  return {
    dist,
    source: 'static-analysis',
    catalog: sizeRoute(reader, 'catalog /', [...catalogJs, ...styles, ...catalogCss]),
    viewer: sizeRoute(reader, 'viewer /sets/:id', [...viewerJs, ...styles, ...viewerCss]),
  };
}

export function checkBudgets(sizes: RouteSizes, budgets: { catalogJs: number; viewerTotal: number } = BUDGETS): BudgetLine[] {
  const line = (name: string, actual: number, limit: number): BudgetLine => ({ name, actual, limit, headroom: limit - actual, ok: actual <= limit });
  return [
    line('catalog route JS (gzip)', sizes.catalog.js.gzip, budgets.catalogJs),
    line('viewer route JS + CSS (gzip)', sizes.viewer.total.gzip, budgets.viewerTotal),
  ];
}

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
const exactKb = (bytes: number) => `${(bytes / KB).toFixed(3)} kB`;

export function formatReport(sizes: RouteSizes, lines: BudgetLine[]): string {
  const out: string[] = [];
  out.push(`Bundle budgets for ${sizes.dist} (gzip level 6, 1 kB = 1000 B; route graph from ${sizes.source === 'manifest' ? '.vite/manifest.json' : 'index.html + static imports'})`);
  for (const route of [sizes.catalog, sizes.viewer]) {
    out.push(`  ${route.name}: JS ${kb(route.js.gzip)} (${kb(route.js.raw)} raw), CSS ${kb(route.css.gzip)}, total ${kb(route.total.gzip)}`);
    for (const f of [...route.files].sort((a, b) => b.gzip - a.gzip)) out.push(`      ${kb(f.gzip).padStart(9)}  ${f.file}`);
  }
  for (const l of lines) {
    const sign = l.headroom >= 0 ? `headroom ${kb(l.headroom)}` : `OVER by ${exactKb(-l.headroom)}`;
    out.push(`  ${l.ok ? '✔' : '✖'} ${l.name}: ${kb(l.actual)} of ${kb(l.limit)} (${sign})`);
  }
  return out.join('\n');
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isMain) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--dist');
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const dist = resolve(at >= 0 && args[at + 1] ? args[at + 1]! : join(repo, 'dist'));
  if (args.includes('--help')) {
    console.log('Usage: tsx tests/tools/budget.ts [--dist dist] [--json]');
    process.exit(0);
  }
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No build in ${dist}: run \`npm run build\` first.`);
    process.exit(2);
  }
  try {
    const sizes = routeSizes(fsReader(dist), relative(process.cwd(), dist) || '.');
    const lines = checkBudgets(sizes);
    if (args.includes('--json')) console.log(JSON.stringify({ sizes, budgets: lines }, null, 2));
    else console.log(formatReport(sizes, lines));
    const over = lines.filter((l) => !l.ok);
    if (over.length) {
      console.error(`\nBudget exceeded: ${over.map((l) => l.name).join('; ')}.`);
      process.exit(1);
    }
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  }
}
