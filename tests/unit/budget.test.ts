/**
 * tests/tools/budget.ts: which files make up each route, how they are counted, and
 * the pass/fail verdict, on small fixture builds. The real build is checked by the
 * `budget` CI step (npm run budget), not here: a unit run must not depend on a build.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, dynamicImports, fsReader, gzipSize, htmlAssets, routeSizes, staticClosure, staticImports } from '../tools/budget';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const BUDGET_CLI = join(REPO, 'tests/tools/budget.ts');
const dirs: string[] = [];

function fixture(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'setscout-budget-'));
  dirs.push(dir);
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), body);
  }
  return dir;
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const INDEX_HTML = `<!doctype html><html><head>
<meta charset="UTF-8" />
<script id="app-base">/* inline, not counted */</script>
<script type="module" crossorigin src="./assets/index-AAA.js"></script>
<link rel="modulepreload" crossorigin href="./assets/jsx-runtime-BBB.js">
<link rel="stylesheet" crossorigin href="./assets/index-CCC.css">
<link rel="icon" href="./favicon.svg">
</head><body></body></html>`;

/** A build shaped like Vite/Rolldown's output: entry, a shared chunk, a lazy route with vendor chunks. */
const BUILD: Record<string, string> = {
  'index.html': INDEX_HTML,
  'assets/index-AAA.js':
    'import{a as e}from"./jsx-runtime-BBB.js";var r=()=>ba(()=>import(`./SetRoute-DDD.js`).then(e=>e.t),__vite__mapDeps([1]));var p=()=>import("./Panel-EEE.js");console.log(e,r,p);',
  'assets/jsx-runtime-BBB.js': 'export const a=1;'.repeat(50),
  'assets/index-CCC.css': 'body{margin:0}'.repeat(20),
  'assets/SetRoute-DDD.js':
    'import{a as e}from"./jsx-runtime-BBB.js";import{W as t}from"./three.core-FFF.js";import"./side-effect-GGG.js";export{t as W}from"./three.core-FFF.js";const k=()=>import("./KTX2Loader-HHH.js");',
  'assets/SetRoute-III.css': '.viewer{display:grid}'.repeat(10),
  'assets/three.core-FFF.js': 'export class W{}'.repeat(200),
  'assets/side-effect-GGG.js': 'globalThis.x=1;',
  'assets/KTX2Loader-HHH.js': 'export const K=2;'.repeat(500),
  'assets/Panel-EEE.js': 'export const P=3;'.repeat(500),
};

const files = (route: { files: { file: string }[] }) => route.files.map((f) => f.file).sort();

describe('parsing a build', () => {
  it('reads what index.html loads up front (module scripts, modulepreloads, stylesheets), not the inline script', () => {
    expect(htmlAssets(INDEX_HTML)).toEqual({
      scripts: ['assets/index-AAA.js'],
      preloads: ['assets/jsx-runtime-BBB.js'],
      styles: ['assets/index-CCC.css'],
    });
  });

  it('tells static imports from lazy ones, whatever the quotes', () => {
    const code = BUILD['assets/SetRoute-DDD.js']!;
    expect(staticImports(code).sort()).toEqual(['./jsx-runtime-BBB.js', './side-effect-GGG.js', './three.core-FFF.js']);
    expect(dynamicImports(code)).toEqual(['./KTX2Loader-HHH.js']);
    expect(staticImports(BUILD['assets/index-AAA.js']!)).toEqual(['./jsx-runtime-BBB.js']);
    expect(dynamicImports(BUILD['assets/index-AAA.js']!).sort()).toEqual(['./Panel-EEE.js', './SetRoute-DDD.js']);
    // Words that only look like imports are not imports.
    expect(staticImports('const reimport="./x.js";obj.import("./y.js");')).toEqual([]);
  });

  it('follows static imports transitively, each file once', () => {
    const dir = fixture(BUILD);
    expect(staticClosure(fsReader(dir), ['assets/SetRoute-DDD.js']).sort()).toEqual([
      'assets/SetRoute-DDD.js',
      'assets/jsx-runtime-BBB.js',
      'assets/side-effect-GGG.js',
      'assets/three.core-FFF.js',
    ]);
  });

  it('fails loudly when a chunk names a file the build does not have', () => {
    const dir = fixture({ ...BUILD, 'assets/three.core-FFF.js': 'import"./gone-ZZZ.js";' });
    expect(() => routeSizes(fsReader(dir))).toThrow(/gone-ZZZ\.js is referenced but missing/);
  });
});

describe('route sizes without a manifest (static analysis)', () => {
  const dir = fixture(BUILD);
  const sizes = routeSizes(fsReader(dir), 'fixture');

  it('catalog route: entry, its static imports and its CSS; no lazy chunk', () => {
    expect(sizes.source).toBe('static-analysis');
    expect(files(sizes.catalog)).toEqual(['assets/index-AAA.js', 'assets/index-CCC.css', 'assets/jsx-runtime-BBB.js']);
  });

  it("viewer route: the catalog route plus SetRoute and its static imports and CSS, not the loaders it imports lazily", () => {
    expect(files(sizes.viewer)).toEqual([
      'assets/SetRoute-DDD.js',
      'assets/SetRoute-III.css',
      'assets/index-AAA.js',
      'assets/index-CCC.css',
      'assets/jsx-runtime-BBB.js',
      'assets/side-effect-GGG.js',
      'assets/three.core-FFF.js',
    ]);
  });

  it('counts gzip bytes per file and sums JS and CSS separately', () => {
    const js = ['assets/index-AAA.js', 'assets/jsx-runtime-BBB.js'].reduce((n, f) => n + gzipSize(BUILD[f]!), 0);
    expect(sizes.catalog.js.gzip).toBe(js);
    expect(sizes.catalog.css.gzip).toBe(gzipSize(BUILD['assets/index-CCC.css']!));
    expect(sizes.catalog.total.gzip).toBe(sizes.catalog.js.gzip + sizes.catalog.css.gzip);
    expect(sizes.viewer.total.gzip).toBeGreaterThan(sizes.catalog.total.gzip);
    for (const f of sizes.viewer.files) expect(f.gzip).toBeLessThanOrEqual(f.raw + 32);
  });
});

describe('route sizes from the manifest', () => {
  const manifest = {
    'index.html': { file: 'assets/index-AAA.js', src: 'index.html', isEntry: true, imports: ['_jsx-runtime-BBB.js'], dynamicImports: ['src/app/SetRoute.tsx'], css: ['assets/index-CCC.css'] },
    '_jsx-runtime-BBB.js': { file: 'assets/jsx-runtime-BBB.js' },
    '_three.core-FFF.js': { file: 'assets/three.core-FFF.js' },
    '_side-effect-GGG.js': { file: 'assets/side-effect-GGG.js' },
    'src/app/SetRoute.tsx': {
      file: 'assets/SetRoute-DDD.js',
      src: 'src/app/SetRoute.tsx',
      isDynamicEntry: true,
      imports: ['_jsx-runtime-BBB.js', 'index.html', '_three.core-FFF.js', '_side-effect-GGG.js'],
      dynamicImports: ['node_modules/three/examples/jsm/loaders/KTX2Loader.js'],
      css: ['assets/SetRoute-III.css'],
    },
    'node_modules/three/examples/jsm/loaders/KTX2Loader.js': { file: 'assets/KTX2Loader-HHH.js', isDynamicEntry: true },
  };
  const dir = fixture({ ...BUILD, '.vite/manifest.json': JSON.stringify(manifest) });
  const fromManifest = routeSizes(fsReader(dir));
  const fromCode = routeSizes(fsReader(fixture(BUILD)));

  it('gives the same routes as the static analysis', () => {
    expect(fromManifest.source).toBe('manifest');
    expect(files(fromManifest.catalog)).toEqual(files(fromCode.catalog));
    expect(files(fromManifest.viewer)).toEqual(files(fromCode.viewer));
    expect(fromManifest.viewer.total.gzip).toBe(fromCode.viewer.total.gzip);
  });
});

describe('budgets', () => {
  const sizes = routeSizes(fsReader(fixture(BUILD)));

  it('are 100 kB of catalog JS and 350 kB for the whole viewer route (1 kB = 1000 B)', () => {
    expect(BUDGETS).toEqual({ catalogJs: 100_000, viewerTotal: 350_000 });
  });

  it('report each figure with its headroom, and fail only what is over', () => {
    const ok = checkBudgets(sizes);
    expect(ok.map((l) => l.ok)).toEqual([true, true]);
    expect(ok[0]!.headroom).toBe(100_000 - sizes.catalog.js.gzip);
    const tight = checkBudgets(sizes, { catalogJs: sizes.catalog.js.gzip, viewerTotal: sizes.viewer.total.gzip - 1 });
    expect(tight.map((l) => [l.ok, l.headroom])).toEqual([
      [true, 0],
      [false, -1],
    ]);
  });
});

describe('the budget command', () => {
  const cli = (dist: string) => spawnSync(process.execPath, ['--import', 'tsx', BUDGET_CLI, '--dist', dist], { cwd: REPO, encoding: 'utf8' });

  it('passes a build within budget and prints the figures and headroom', () => {
    const res = cli(fixture(BUILD));
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/catalog route JS \(gzip\): [\d.]+ kB of 100\.0 kB \(headroom/);
    expect(res.stdout).toMatch(/viewer route JS \+ CSS \(gzip\): [\d.]+ kB of 350\.0 kB \(headroom/);
  });

  it('exits 1 when a route is over budget', () => {
    // Random bytes do not compress: ~150 kB of them in the catalog's entry.
    const big = `export const blob=${JSON.stringify(randomBytes(112_000).toString('base64'))};`;
    const res = cli(fixture({ ...BUILD, 'assets/jsx-runtime-BBB.js': big }));
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(/✖ catalog route JS \(gzip\): [\d.]+ kB of 100\.0 kB \(OVER by/);
    expect(res.stderr).toMatch(/Budget exceeded/);
  });

  it('exits 2 with a hint when there is no build', () => {
    const res = cli(join(tmpdir(), 'setscout-no-such-build'));
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/npm run build/);
  });
});

describe.skipIf(!existsSync(join(REPO, 'dist/index.html')))('the real build in dist/ (when there is one)', () => {
  it('has its own page chunk in each route: CatalogRoute only in the catalog route, SetRoute only in the viewer route', () => {
    const sizes = routeSizes(fsReader(join(REPO, 'dist')));
    const catalog = files(sizes.catalog);
    const viewer = files(sizes.viewer);
    // The entry (React, the router, the catalog loader) is in both.
    expect(catalog.filter((f) => /\/index-[^/]+\.js$/.test(f))).toEqual(viewer.filter((f) => /\/index-[^/]+\.js$/.test(f)));
    expect(viewer.some((f) => /\/SetRoute-[^/]+\.js$/.test(f))).toBe(true);
    expect(catalog.some((f) => /\/SetRoute-[^/]+\.js$/.test(f))).toBe(false);
    expect(catalog.some((f) => /\/CatalogRoute-[^/]+\.js$/.test(f))).toBe(true);
    expect(viewer.some((f) => /\/CatalogRoute-[^/]+\.js$/.test(f))).toBe(false);
  });
});
