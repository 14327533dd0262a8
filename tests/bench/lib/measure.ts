/**
 * The bench's measurements inside the browser. Each sample uses a fresh browser
 * context (no cache, no storage) and drives the page the way a person does:
 * mouse drags on the canvas to orbit, the W key held to walk, the set switcher.
 *
 * Clocks: every time is read inside the page, on its own performance.now() clock,
 * whose zero is the navigation start. Frame times are intervals between
 * requestAnimationFrame timestamps while input keeps the page rendering.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import type { FrameStats } from './stats';
import { frameStats, intervals } from './stats';

/**
 * setscout: the app; plain: the floor (plain three.js); peer: <model-viewer>;
 * plain-lit: the floor with SetScout's lighting (RoomEnvironment PMREM, hemisphere + two
 * directional lights, ACES tone mapping), a diagnosis page that separates the cost of the
 * lighting from the cost of the app around it (not in the default run: --pages).
 */
export type PageKind = 'setscout' | 'plain' | 'plain-lit' | 'peer';

export const KIND_LABEL: Record<PageKind, string> = {
  setscout: 'SetScout',
  plain: 'plain three.js',
  'plain-lit': 'three.js + SetScout lighting',
  peer: 'model-viewer',
};

export interface Viewport {
  width: number;
  height: number;
  /** A phone on a slow line: CPU slowed 4×, 1.6 Mbit/s down, 150 ms round trip (MOBILE_PROFILE). */
  mobile?: boolean;
}

/** The mobile profile, applied through the DevTools protocol (the same for every page). */
export const MOBILE_PROFILE = { cpuSlowdown: 4, downBitsPerSecond: 1.6e6, upBitsPerSecond: 750e3, latencyMs: 150 } as const;

export const vpName = (v: Viewport) => `${v.width}×${v.height}${v.mobile ? ' mobile' : ''}`;

export interface RendererStats {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  frames: number;
}

export interface Bytes {
  js: number;
  model: number;
  other: number;
  total: number;
  requests: number;
}

export interface LoadSample {
  kind: PageKind;
  setId: string;
  viewport: string;
  /** ms from navigation start to data-ready="true". */
  readyMs: number;
  /** Transferred before data-ready (PerformanceResourceTiming.transferSize, headers included). */
  bytes: Bytes;
  /** Everything the network delivered during the sample, from CDP (encodedDataLength), as a cross-check. */
  cdpBytesTotal: number;
  stats: RendererStats | null;
  /** Drawing-buffer size of the canvas. */
  canvas: [number, number] | null;
}

export interface InteractionSample {
  kind: PageKind;
  setId: string;
  viewport: string;
  action: 'orbit' | 'walk';
  seconds: number;
  /** Intervals between drawn frames (see drawnFrameTimes), summarised. */
  frames: FrameStats;
  /** The intervals themselves, ms, so runs can be pooled. */
  intervals: number[];
  /** Whether drawn frames were told apart by the renderer's counter, or every animation frame counted. */
  source: 'renderer' | 'raf';
  /** Frames the renderer drew in that time (renderer.info.render.frame), when the page tells. */
  rendered: number | null;
  stats: RendererStats | null;
}

/**
 * Installed before any page script: records when an element's data-ready turns "true",
 * and provides a requestAnimationFrame recorder.
 */
export const INIT_SCRIPT = `(() => {
  const w = window;
  w.__benchReadyAt = null;
  w.__benchReadyCount = 0;
  try { performance.setResourceTimingBufferSize(2000); } catch {}
  const mo = new MutationObserver((list) => {
    for (const m of list) {
      const el = m.target;
      if (m.attributeName !== 'data-ready' || !el.getAttribute) continue;
      if (el.getAttribute('data-ready') === 'true' && m.oldValue !== 'true') {
        const t = performance.now();
        w.__benchReadyCount++;
        if (w.__benchReadyAt === null) w.__benchReadyAt = t;
      }
    }
  });
  mo.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'], attributeOldValue: true });
  // Frame recorder: every animation frame's timestamp and the renderer's frame counter
  // (window.__scout.stats().frames in SetScout, window.__bench.stats().frames on the
  // comparison pages), so that frames the page actually drew can be told from idle ones.
  const counter = () => {
    try {
      const s = (w.__scout && w.__scout.stats && w.__scout.stats()) || (w.__bench && w.__bench.stats && w.__bench.stats());
      return s && typeof s.frames === 'number' ? s.frames : -1;
    } catch (e) {
      return -1;
    }
  };
  let rec = null;
  w.__benchFrames = {
    start() {
      const mine = { t: [], f: [] };
      rec = mine;
      const loop = (t) => {
        if (rec !== mine) return;
        mine.t.push(t);
        mine.f.push(counter());
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    stop() { const r = rec || { t: [], f: [] }; rec = null; return r; },
  };
})();`;

declare global {
  interface Window {
    __benchReadyAt?: number | null;
    __benchReadyCount?: number;
    __benchFrames?: { start(): void; stop(): { t: number[]; f: number[] } };
  }
}

export interface PageHandle {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  cdpBytes: () => number;
  close(): Promise<void>;
}

/** A fresh context and page with the HTTP cache off and network bytes counted. */
export async function openPage(browser: Browser, viewport: Viewport, latencyMs = 0): Promise<PageHandle> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN', serviceWorkers: 'block' });
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (viewport.mobile) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_PROFILE.cpuSlowdown });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: Math.max(latencyMs, MOBILE_PROFILE.latencyMs),
      downloadThroughput: MOBILE_PROFILE.downBitsPerSecond / 8,
      uploadThroughput: MOBILE_PROFILE.upBitsPerSecond / 8,
    });
  } else if (latencyMs > 0) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
  });
  return {
    context,
    page,
    cdp,
    cdpBytes: () => bytes,
    close: async () => {
      await context.close().catch(() => {});
    },
  };
}

/** `extra` adds query parameters (the plain page's diagnosis switches, e.g. "env=room"). */
export function urlFor(base: string, kind: PageKind, setId: string, extra = ''): string {
  const more = extra ? `&${extra}` : '';
  if (kind === 'setscout') return `${base}sets/${encodeURIComponent(setId)}?mode=orbit${more}`;
  if (kind === 'peer') return `${base}bench/model-viewer.html?set=${encodeURIComponent(setId)}${more}`;
  const lit = kind === 'plain-lit' ? '&env=room&lights=setscout&tone=aces' : '';
  return `${base}bench/plain-three.html?set=${encodeURIComponent(setId)}${lit}${more}`;
}

/** "js" | "model" | "other" for a resource URL. */
export function byteCategory(url: string, initiator = ''): 'js' | 'model' | 'other' {
  const path = (() => {
    try {
      return new URL(url).pathname.toLowerCase();
    } catch {
      return url.toLowerCase();
    }
  })();
  if (/\.(m?js)$/.test(path) || initiator === 'script') return 'js';
  if (/\.(glb|gltf|bin|ktx2|drc|wasm)$/.test(path) || path.includes('/models/')) return 'model';
  return 'other';
}

export async function readStats(page: Page): Promise<RendererStats | null> {
  return page.evaluate(() => {
    const s = window.__scout?.stats?.() ?? (window as unknown as { __bench?: { stats(): RendererStats | null } }).__bench?.stats?.() ?? null;
    return s ? { calls: s.calls, triangles: s.triangles, geometries: s.geometries, textures: s.textures, frames: s.frames } : null;
  });
}

/** The element that shows the model: where drags go and whose size is reported. */
export function viewSelector(kind: PageKind): string {
  if (kind === 'setscout') return 'canvas[data-testid="set-canvas"]';
  if (kind === 'peer') return 'model-viewer';
  return 'canvas';
}

async function waitReady(page: Page, timeoutMs: number): Promise<number> {
  await page.waitForFunction(() => typeof window.__benchReadyAt === 'number', undefined, { timeout: timeoutMs, polling: 50 }).catch(async (err: unknown) => {
    const text = await page
      .evaluate(() => document.querySelector('[data-testid="bench-error"], [data-testid="model-error"], [role="alert"]')?.textContent ?? '')
      .catch(() => '');
    throw new Error(`no data-ready within ${timeoutMs} ms${text ? `: ${text.slice(0, 200)}` : ''} (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  });
  return page.evaluate(() => window.__benchReadyAt as number);
}

/** Navigates and waits for the first full frame; returns the load figures. */
export async function measureLoad(h: PageHandle, base: string, kind: PageKind, setId: string, viewport: Viewport, timeoutMs = 120_000): Promise<LoadSample> {
  const { page } = h;
  await page.goto(urlFor(base, kind, setId), { waitUntil: 'commit', timeout: timeoutMs });
  const readyMs = await waitReady(page, timeoutMs);
  const entries = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return [
      ...(nav ? [{ name: nav.name, initiator: 'navigation', transfer: nav.transferSize, end: nav.responseEnd }] : []),
      ...res.map((r) => ({ name: r.name, initiator: r.initiatorType, transfer: r.transferSize, end: r.responseEnd })),
    ];
  });
  const bytes: Bytes = { js: 0, model: 0, other: 0, total: 0, requests: 0 };
  for (const e of entries) {
    if (e.end > readyMs + 0.5 || e.name.startsWith('data:') || e.name.startsWith('blob:')) continue;
    const cat = e.initiator === 'navigation' ? 'other' : byteCategory(e.name, e.initiator);
    bytes[cat] += e.transfer;
    bytes.total += e.transfer;
    bytes.requests++;
  }
  const stats = await readStats(page);
  const canvas = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (el instanceof HTMLCanvasElement) return [el.width, el.height] as [number, number];
    const shadowCanvas = el?.shadowRoot?.querySelector('canvas');
    if (shadowCanvas) return [shadowCanvas.width, shadowCanvas.height] as [number, number];
    return null;
  }, viewSelector(kind));
  return { kind, setId, viewport: vpName(viewport), readyMs, bytes, cdpBytesTotal: h.cdpBytes(), stats, canvas };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Timestamps of the animation frames in which the page drew (its frame counter moved).
 * The viewers here render on demand, so idle animation frames (no input yet, or the
 * frame that only scheduled the next draw) are not frames the person sees change;
 * when a page exposes no counter every animation frame counts.
 */
export function drawnFrameTimes(rec: { t: number[]; f: number[] }): { times: number[]; source: 'renderer' | 'raf' } {
  if (!rec.f.length || rec.f.every((x) => x < 0)) return { times: rec.t, source: 'raf' };
  const times: number[] = [];
  for (let i = 1; i < rec.t.length; i++) if (rec.f[i] !== rec.f[i - 1]) times.push(rec.t[i]!);
  return { times, source: 'renderer' };
}

async function recordFrames(
  page: Page,
  seconds: number,
  drive: (until: number) => Promise<void>,
): Promise<{ frames: FrameStats; intervals: number[]; source: 'renderer' | 'raf'; rendered: number | null; stats: RendererStats | null }> {
  const before = await readStats(page);
  await page.evaluate(() => window.__benchFrames!.start());
  await drive(Date.now() + seconds * 1000);
  const rec = await page.evaluate(() => window.__benchFrames!.stop());
  const after = await readStats(page);
  const drawn = drawnFrameTimes(rec);
  return { frames: frameStats(drawn.times), intervals: intervals(drawn.times), source: drawn.source, rendered: before && after ? after.frames - before.frames : null, stats: after };
}

/**
 * Orbit: a left-button drag on the view for `seconds`, the pointer sweeping left and
 * right (period 2.5 s, ±20 % of the width) with a slow vertical swing, one move per
 * ~8 ms, which is more than one per frame: every frame has fresh input.
 */
/**
 * Where a drag can start: the first point, from the centre outwards, where the view
 * itself is under the pointer (SetScout draws hotspot markers over its canvas; a person
 * starts a drag beside them, not on them).
 */
export async function dragOrigin(page: Page, kind: PageKind): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator(viewSelector(kind)).first().boundingBox();
  if (!box) throw new Error('the view has no box');
  const offsets: [number, number][] = [[0, 0]];
  for (const r of [0.1, 0.2, 0.3]) for (const [dx, dy] of [[0, 1], [0, -1], [1, 0], [-1, 0], [1, 1], [-1, 1], [1, -1], [-1, -1]] as const) offsets.push([dx * r, dy * r]);
  const points = offsets.map(([fx, fy]) => [box.x + box.width * (0.5 + fx), box.y + box.height * (0.5 + fy)] as [number, number]);
  const at = await page.evaluate(
    ([sel, pts]) => {
      const view = document.querySelector(sel as string);
      for (const [x, y] of pts as [number, number][]) {
        const hit = document.elementFromPoint(x, y);
        if (view && hit && (hit === view || view.contains(hit))) return [x, y];
      }
      return null;
    },
    [viewSelector(kind), points] as const,
  );
  if (!at) throw new Error('no free point on the view to start a drag (overlays everywhere)');
  return { x: at[0]!, y: at[1]!, width: box.width, height: box.height };
}

/** SetScout's first frame can come before the app (docs/ARCHITECTURE.md §2): wait for the viewer to hold the canvas. */
async function waitForViewer(page: Page, kind: PageKind): Promise<void> {
  if (kind === 'setscout') await page.waitForSelector('.set-canvas-wrap canvas[data-testid="set-canvas"][data-ready="true"]', { timeout: 60_000 });
}

export async function measureOrbit(h: PageHandle, kind: PageKind, setId: string, viewport: Viewport, seconds: number): Promise<InteractionSample> {
  const { page } = h;
  await waitForViewer(page, kind);
  const o = await dragOrigin(page, kind);
  const cx = o.x;
  const cy = o.y;
  const ax = o.width * 0.2;
  const ay = o.height * 0.05;
  await page.mouse.move(cx, cy);
  await sleep(300);
  await page.mouse.down();
  const r = await recordFrames(page, seconds, async (until) => {
    const t0 = Date.now();
    while (Date.now() < until) {
      const t = (Date.now() - t0) / 1000;
      await page.mouse.move(cx + ax * Math.sin((2 * Math.PI * t) / 2.5), cy + ay * Math.sin((2 * Math.PI * t) / 5));
      await sleep(8);
    }
  });
  await page.mouse.up();
  return { kind, setId, viewport: vpName(viewport), action: 'orbit', seconds, ...r };
}

/**
 * Walk (SetScout only): switch to walk mode with its button, wait for the first walk frame,
 * then hold W for `seconds`. A held key repeats (keydown with repeat=true every 250 ms, as
 * a keyboard's auto-repeat does), so a first press that lands before the walk controller
 * listens still starts the walk.
 */
export async function measureWalk(h: PageHandle, setId: string, viewport: Viewport, seconds: number): Promise<InteractionSample> {
  const { page } = h;
  const before = (await readStats(page))?.frames ?? 0;
  await page.locator('[data-testid="mode-walk"]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="mode-walk"]')?.getAttribute('aria-pressed') === 'true');
  // The camera lands at the spawn point and that view is drawn once before we start.
  await page.waitForFunction((n) => (window.__scout?.stats().frames ?? 0) > n, before, { timeout: 60_000, polling: 100 }).catch(() => {});
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.keyboard.down('KeyW');
  const r = await recordFrames(page, seconds, async (until) => {
    while (Date.now() < until) {
      await sleep(Math.min(250, Math.max(0, until - Date.now())));
      if (Date.now() < until) await page.keyboard.down('KeyW');
    }
  });
  await page.keyboard.up('KeyW');
  return { kind: 'setscout', setId, viewport: vpName(viewport), action: 'walk', seconds, ...r };
}

export interface MemoryReading {
  label: string;
  setId: string;
  heapBytes: number;
  /** Runtime.getHeapUsage usedSize, the same heap by another route. */
  heapUsedCdp: number;
  geometries: number;
  textures: number;
}

export interface MemorySample {
  viewport: string;
  cold: MemoryReading;
  /** One warm cycle: each set once, back to the first. */
  warm: MemoryReading[];
  /** After every switch of the measured series. */
  series: MemoryReading[];
  switches: number;
  /** Mean ms from choosing a set in the switcher to its data-ready. */
  switchMs: number[];
}

async function readMemory(page: Page, cdp: CDPSession, label: string, setId: string): Promise<MemoryReading> {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN);
  const s = await readStats(page);
  return { label, setId, heapBytes: heap, heapUsedCdp: usage.usedSize, geometries: s?.geometries ?? NaN, textures: s?.textures ?? NaN };
}

async function switchTo(page: Page, setId: string, timeoutMs: number): Promise<number> {
  const before = await page.evaluate(() => window.__benchReadyCount ?? 0);
  const t0 = await page.evaluate(() => performance.now());
  await page.locator('select[data-testid="set-switcher"]').selectOption(setId);
  await page.waitForFunction(
    ([n, id]) => {
      const c = document.querySelector('canvas[data-testid="set-canvas"]') as HTMLCanvasElement | null;
      return (window.__benchReadyCount ?? 0) > (n as number) && c?.dataset.setId === id && c.dataset.ready === 'true';
    },
    [before, setId] as const,
    { timeout: timeoutMs, polling: 50 },
  );
  return (await page.evaluate(() => performance.now())) - t0;
}

/**
 * Set switching, as a person does it with the switcher: open the first set (cold
 * reading), visit each set once and come back (warm readings: the first render
 * uploads a few things, such as the hidden ceiling drawn in the very first frame,
 * that are never uploaded again), then `switches` more switches round the sets.
 * Every reading is taken after a forced garbage collection.
 */
export async function measureSwitching(h: PageHandle, base: string, sets: string[], viewport: Viewport, switches: number, timeoutMs = 120_000): Promise<MemorySample> {
  const { page, cdp } = h;
  const first = sets[0]!;
  await page.goto(urlFor(base, 'setscout', first), { waitUntil: 'commit' });
  await waitReady(page, timeoutMs);
  await waitForViewer(page, 'setscout');
  await sleep(500);
  const cold = await readMemory(page, cdp, 'cold', first);
  const warm: MemoryReading[] = [];
  const switchMs: number[] = [];
  const cycle = [...sets.slice(1), first];
  for (const id of cycle) {
    switchMs.push(await switchTo(page, id, timeoutMs));
    await sleep(300);
    warm.push(await readMemory(page, cdp, 'warm', id));
  }
  const series: MemoryReading[] = [];
  for (let k = 1; k <= switches; k++) {
    const id = sets[k % sets.length]!;
    switchMs.push(await switchTo(page, id, timeoutMs));
    await sleep(150);
    series.push(await readMemory(page, cdp, `switch ${k}`, id));
  }
  return { viewport: vpName(viewport), cold, warm, series, switches, switchMs };
}

/** What the browser renders WebGL with (e.g. ANGLE on SwiftShader). */
export async function webglRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'no WebGL2';
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      return String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}
