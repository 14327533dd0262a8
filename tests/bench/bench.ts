/**
 * `npm run bench`: how SetScout loads and moves, side by side with the floor (a
 * minimal plain three.js page) and the peer (<model-viewer>), on the same model
 * files, the same window sizes, the same browser and the same static host.
 *
 * Steps:
 *   1. build: the production build (with a manifest) into node_modules/.cache/setscout-bench/dist,
 *      from the working tree, or from a clean export of a git revision (--ref), or use a
 *      given build (--dist); the comparison pages with tests/bench/vite.bench.config.ts;
 *   2. serve all of it from one origin (tests/tools/static-server.ts, gzip on);
 *   3. headless Chromium found like the tests find it (tests/tools/find-browser.ts), with the
 *      tests' launch flags (tests/playwright.config.ts: SwiftShader WebGL);
 *   4. runs        (--runs, default 3) at 1920×1080: each page × each set in a fresh context,
 *                  cache off: time to data-ready, bytes (JS / model / other), draw calls;
 *      frame runs  (--frame-runs, default 1; the first runs above, and as many at 1080×1920):
 *                  after the load, a 5 s mouse-drag orbit on every page and (SetScout) a 5 s
 *                  walk holding W; frame time = interval between frames the page drew;
 *      switching   20 set switches with the switcher after one warm cycle: JS heap after a
 *                  forced GC, renderer geometry/texture counts;
 *      bundles     gzip bytes per route (tests/tools/budget.ts);
 *   5. a console table, a Markdown table for the README, and JSON in bench-results/
 *      (a dated file and latest.json).
 *
 * Timings are reported, never asserted: targets are printed as met or not.
 *
 * Duration: about 10 minutes with the defaults on 2 cores with software WebGL, most of it
 * SetScout's own cold loads (20–30 s each there). `--runs 5 --frame-runs 2` is the thorough
 * run (about 20 minutes); `--quick` is a smoke run (about 2 minutes).
 *
 *      mobile      (--mobile-runs, default 1) cold loads of every set on the SetScout and floor pages
 *                  at 390×844 under the mobile profile (CPU slowed 4×, 1.6 Mbit/s, 150 ms round trip);
 *
 * Flags: --runs N  --frame-runs N  --mobile-runs N  --seconds S  --switches N  --sets a,b  --pages setscout,plain,peer
 *        --quick (a smoke run: 1 run, 1 set, one viewport, 3 s, 3 switches)
 *        --ref REV | --dist DIR | --use-dist   --no-peer-install   --out DIR   --no-write
 *        --latency MS (add a round-trip latency to every request: what a distant visitor waits)
 *        --prepare (build and assemble the site only, e.g. for tests/bench/profile.ts)
 *        --report [file] (print the tables again from a results file, default bench-results/latest.json)
 * Pages: setscout, plain (the floor), peer (model-viewer); plain-lit (the floor with SetScout's
 *        lighting, for diagnosis) only when asked for with --pages.
 */
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { CHROMIUM_ARGS } from '../playwright.config';
import { BUDGETS, checkBudgets, fsReader, routeSizes } from '../tools/budget';
import { ensureChromium } from '../tools/find-browser';
import type { StaticServer } from '../tools/static-server';
import { startStaticServer } from '../tools/static-server';
import type { InteractionSample, LoadSample, MemorySample, PageKind, Viewport } from './lib/measure';
import { KIND_LABEL, MOBILE_PROFILE, measureLoad, measureOrbit, measureSwitching, measureWalk, openPage, vpName, webglRenderer } from './lib/measure';
import type { Machine, Results } from './lib/report';
import { computeRatios, consoleReport, evaluateTargets, markdownReport, recompute, summarizeInteractions, summarizeLoads, summarizeMemory } from './lib/report';
import { REPO, assembleSite, buildApp, findModelViewer, sourceInfo } from './lib/site';

export const HEADLINE_SETS = ['courtroom', 'subway-platform', 'palace-throne-hall'];
const PORTRAIT: Viewport = { width: 1080, height: 1920 };
const LANDSCAPE: Viewport = { width: 1920, height: 1080 };
/** A phone (390 × 844, device pixel ratio 1 for the software rasteriser) under the mobile profile (MOBILE_PROFILE). */
const MOBILE: Viewport = { width: 390, height: 844, mobile: true };

export interface BenchOptions {
  runs: number;
  frameRuns: number;
  seconds: number;
  switches: number;
  sets: string[];
  kinds: PageKind[];
  viewports: Viewport[];
  loadViewport: Viewport;
  ref: string | null;
  dist: string | null;
  useDist: boolean;
  peerInstall: boolean;
  out: string;
  write: boolean;
  /** Build and assemble the site, then stop (for tests/bench/profile.ts). */
  prepareOnly: boolean;
  /** Round-trip latency added to every request (CDP network emulation), ms; 0 = localhost as is. */
  latencyMs: number;
  /** Cold loads per set and page under the mobile profile (first frame and bytes only). */
  mobileRuns: number;
}

export function parseArgs(argv: string[]): BenchOptions {
  const o: BenchOptions = {
    runs: 3,
    frameRuns: 1,
    seconds: 5,
    switches: 20,
    sets: [...HEADLINE_SETS],
    kinds: ['setscout', 'plain', 'peer'],
    viewports: [PORTRAIT, LANDSCAPE],
    loadViewport: LANDSCAPE,
    ref: null,
    dist: null,
    useDist: false,
    peerInstall: true,
    out: join(REPO, 'bench-results'),
    write: true,
    prepareOnly: false,
    latencyMs: 0,
    mobileRuns: 1,
  };
  const quick = argv.includes('--quick');
  if (quick) Object.assign(o, { runs: 1, frameRuns: 1, seconds: 3, switches: 3, sets: [HEADLINE_SETS[0]!], viewports: [LANDSCAPE], mobileRuns: 0 });
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const int = (min: number) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be a whole number ≥ ${min}`);
      return n;
    };
    switch (flag) {
      case '--quick':
        break;
      case '--runs':
        o.runs = int(1);
        break;
      case '--frame-runs':
        o.frameRuns = int(0);
        break;
      case '--seconds':
        o.seconds = Number(value());
        if (!(o.seconds > 0)) throw new Error('--seconds must be > 0');
        break;
      case '--switches':
        o.switches = int(0);
        break;
      case '--mobile-runs':
        o.mobileRuns = int(0);
        break;
      case '--sets':
        o.sets = value().split(',').filter(Boolean);
        break;
      case '--latency':
        o.latencyMs = Number(value());
        if (!Number.isFinite(o.latencyMs) || o.latencyMs < 0) throw new Error('--latency: a number of milliseconds, 0 or more');
        break;
      case '--pages': {
        const kinds = value().split(',').filter(Boolean);
        const bad = kinds.filter((k) => !(k in KIND_LABEL));
        if (bad.length) throw new Error(`--pages: unknown ${bad.join(', ')} (setscout, plain, plain-lit, peer)`);
        o.kinds = kinds as PageKind[];
        break;
      }
      case '--ref':
        o.ref = value();
        break;
      case '--dist':
        o.dist = resolve(value());
        break;
      case '--use-dist':
        o.useDist = true;
        break;
      case '--no-peer-install':
        o.peerInstall = false;
        break;
      case '--out':
        o.out = resolve(value());
        break;
      case '--no-write':
        o.write = false;
        break;
      case '--prepare':
        o.prepareOnly = true;
        break;
      default:
        throw new Error(`unknown option ${a} (see the header of tests/bench/bench.ts)`);
    }
  }
  return o;
}

function machine(browserVersion: string, webgl: string, loadStart: number): Machine {
  let cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m?.[1]) cpu = m[1].trim();
  } catch {
    // not Linux: os.cpus() it is
  }
  return {
    cpu,
    cores: cpus().length,
    ramGiB: totalmem() / 1024 ** 3,
    os: `${platform()} ${release()}`,
    node: process.versions.node,
    chromium: `Chromium ${browserVersion}`,
    webgl,
    loadAvg: { start: loadStart, end: loadavg()[0] ?? NaN },
  };
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]);
    return 0;
  }
  const again = argv.indexOf('--report');
  if (again >= 0) {
    // Re-print (and for latest.json, rewrite latest.md) from a results file, without measuring.
    const file = resolve(argv[again + 1] ?? join(REPO, 'bench-results/latest.json'));
    const results = recompute(JSON.parse(readFileSync(file, 'utf8')) as Results);
    console.log(`${consoleReport(results)}\n\n──── Markdown for the README ────\n\n${markdownReport(results)}`);
    if (file.endsWith('latest.json')) writeFileSync(join(dirname(file), 'latest.md'), `${markdownReport(results)}\n`);
    return 0;
  }
  const o = parseArgs(argv);
  const started = Date.now();
  // Other work on the machine skews every timing: the load average is kept with the results.
  const loadAtStart = loadavg()[0] ?? NaN;

  // 1. Builds
  let dist: string;
  let what: string;
  if (o.dist) {
    dist = o.dist;
    what = `build ${relative(REPO, dist) || dist}`;
  } else if (o.useDist) {
    dist = join(REPO, 'dist');
    what = 'working tree (dist/ as built)';
  } else {
    console.log(o.ref ? `Building ${o.ref} (clean export) …` : 'Building the working tree …');
    dist = buildApp(o.ref);
    what = o.ref ?? 'working tree';
  }
  const source = sourceInfo(o.ref ?? (what.startsWith('working tree') ? 'working tree' : 'HEAD'));
  source.what = what;
  const modelViewer = o.kinds.includes('peer') ? findModelViewer(o.peerInstall) : null;
  if (o.kinds.includes('peer') && !modelViewer) {
    console.warn('No @google/model-viewer: the peer page is left out (run without --no-peer-install to install it).');
    o.kinds = o.kinds.filter((k) => k !== 'peer');
  }
  const site = await assembleSite(dist, modelViewer);
  if (o.prepareOnly) {
    console.log(`Prepared ${relative(REPO, site)} (${secs(Date.now() - started)}).`);
    return 0;
  }

  // 2. Server and browser
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  const errors: string[] = [];
  const loads: LoadSample[] = [];
  const interactions: InteractionSample[] = [];
  let memory: MemorySample | null = null;
  try {
    server = await startStaticServer({ root: site, port: 0, gzip: true });
    const found = await ensureChromium({ install: true });
    browser = await chromium.launch({ executablePath: found.path, headless: true, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
    const webgl = await webglRenderer(browser);
    const mach = machine(browser.version(), webgl, loadAtStart);
    console.log(`Serving ${relative(REPO, site)} at ${server.url} (gzip) · ${mach.chromium} (${found.path}) · ${webgl}`);

    const sample = async <T>(label: string, viewport: Viewport, fn: (h: Awaited<ReturnType<typeof openPage>>) => Promise<T>): Promise<T | null> => {
      const h = await openPage(browser!, viewport, o.latencyMs);
      try {
        return await fn(h);
      } catch (err) {
        const msg = `${label}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
        errors.push(msg);
        console.log(`    ✖ ${msg}`);
        return null;
      } finally {
        await h.close();
      }
    };

    /** One cold load; the first `frameRuns` runs go on to orbit (and, in SetScout, walk). */
    const loadAndMove = async (setId: string, kind: PageKind, vp: Viewport, move: boolean) =>
      sample(`${setId} ${kind} ${vpName(vp)}`, vp, async (h) => {
        const l = await measureLoad(h, server!.url, kind, setId, vp);
        loads.push(l);
        let line = `    ${setId.padEnd(20)} ${KIND_LABEL[kind].padEnd(28)} ready ${Math.round(l.readyMs).toString().padStart(6)} ms ${(l.bytes.total / 1000).toFixed(1).padStart(7)} kB`;
        if (move) {
          await new Promise((r) => setTimeout(r, 500));
          const orbit = await measureOrbit(h, kind, setId, vp, o.seconds);
          interactions.push(orbit);
          line += `   orbit ${orbit.frames.median.toFixed(0)}/${orbit.frames.p95.toFixed(0)} ms (${orbit.rendered ?? '?'} frames)`;
          if (kind === 'setscout') {
            const walk = await measureWalk(h, setId, vp, o.seconds);
            interactions.push(walk);
            line += `   walk ${walk.frames.median.toFixed(0)}/${walk.frames.p95.toFixed(0)} ms (${walk.rendered ?? '?'} frames)`;
          }
        }
        console.log(line);
      });

    // 3. Runs at the load viewport; pages interleaved so slow drift hits all of them alike.
    for (let run = 1; run <= o.runs; run++) {
      const move = run <= o.frameRuns && o.viewports.some((v) => vpName(v) === vpName(o.loadViewport));
      console.log(`Run ${run}/${o.runs} (${vpName(o.loadViewport)}: load${move ? ', orbit, walk' : ''})`);
      for (const setId of o.sets) for (const kind of o.kinds) await loadAndMove(setId, kind, o.loadViewport, move);
    }
    // 4. Frame runs at the other viewports.
    for (const vp of o.viewports.filter((v) => vpName(v) !== vpName(o.loadViewport))) {
      for (let run = 1; run <= o.frameRuns; run++) {
        console.log(`Frame run ${run}/${o.frameRuns} (${vpName(vp)}: load, orbit, walk)`);
        for (const setId of o.sets) for (const kind of o.kinds) await loadAndMove(setId, kind, vp, true);
      }
    }

    // 4b. Cold loads under the mobile profile (no frame runs: a slowed CPU makes them minutes long).
    for (let run = 1; run <= o.mobileRuns; run++) {
      console.log(`Mobile run ${run}/${o.mobileRuns} (${vpName(MOBILE)}: CPU ÷${MOBILE_PROFILE.cpuSlowdown}, ${MOBILE_PROFILE.downBitsPerSecond / 1e6} Mbit/s, ${MOBILE_PROFILE.latencyMs} ms RTT; load)`);
      for (const setId of o.sets) for (const kind of o.kinds.filter((k) => k !== 'peer')) await loadAndMove(setId, kind, MOBILE, false);
    }

    // 5. Set switching.
    if (o.kinds.includes('setscout') && o.sets.length > 0) {
      const memSets = o.sets.length >= 2 ? o.sets : HEADLINE_SETS;
      console.log(`Set switching: warm cycle + ${o.switches} switches (${memSets.join(', ')})`);
      memory = await sample('switching', LANDSCAPE, (h) => measureSwitching(h, server!.url, memSets, LANDSCAPE, o.switches));
    }

    // 6. Bundles.
    let bundles: Results['bundles'] = null;
    try {
      const sizes = routeSizes(fsReader(dist), relative(REPO, dist) || dist);
      bundles = { ...sizes, budgets: checkBudgets(sizes, BUDGETS) };
    } catch (err) {
      errors.push(`bundles: ${err instanceof Error ? err.message : String(err)}`);
    }

    const loadSummaries = summarizeLoads(loads);
    const interactionSummaries = summarizeInteractions(interactions);
    const memorySummary = memory ? summarizeMemory(memory) : null;
    const viewports = o.viewports.map(vpName);
    const ratios = computeRatios(loadSummaries, interactionSummaries, o.sets, viewports);
    const results: Results = {
      date: new Date().toISOString(),
      machine: mach,
      source,
      options: { runs: o.runs, frameRuns: o.frameRuns, seconds: o.seconds, switches: o.switches, sets: o.sets, kinds: o.kinds, viewports, loadViewport: vpName(o.loadViewport) },
      bundles,
      loads: loadSummaries,
      interactions: interactionSummaries,
      memory: memorySummary,
      ratios,
      targets: [],
      errors,
      raw: { loads, interactions, memory },
    };
    results.machine.loadAvg.end = loadavg()[0] ?? NaN;
    results.targets = evaluateTargets(results);

    console.log(`\n${consoleReport(results)}`);
    console.log(`\n──── Markdown for the README ────\n\n${markdownReport(results)}`);
    if (o.write) {
      mkdirSync(o.out, { recursive: true });
      const stamp = results.date.replace(/:/g, '').replace(/\.\d+Z$/, 'Z');
      const body = `${JSON.stringify(results, null, 1)}\n`;
      const dated = join(o.out, `bench-${stamp}.json`);
      writeFileSync(dated, body);
      writeFileSync(join(o.out, 'latest.json'), body);
      writeFileSync(join(o.out, 'latest.md'), `${markdownReport(results)}\n`);
      console.log(`\nWrote ${relative(REPO, dated)}, latest.json and latest.md`);
    }
    console.log(`Bench took ${secs(Date.now() - started)}.`);
    return 0;
  } finally {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);

if (isMain) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
      process.exitCode = 1;
    },
  );
}
