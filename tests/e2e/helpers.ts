/**
 * Shared helpers for the end-to-end specs: the catalog as the JSON files on disk
 * say it is (the oracle the pages are checked against), the viewer's test hooks
 * (data-ready, window.__scout), a pixel check that the canvas is not blank, and
 * the camera projection used to click known 3D points.
 *
 * Everything here reads the public contract (docs/ARCHITECTURE.md §3): data-testids, URL
 * parameters and window.__scout. Nothing reaches into the app's modules.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

// ---------------------------------------------------------------------------------------------
// The catalog, read straight from scenes/ (what the site serves, unbundled).

const SCENES = fileURLToPath(new URL('../../scenes/', import.meta.url));

export type Lang = 'zh' | 'en';
export interface LocalText {
  zh: string;
  en: string;
}

/** The fields of a set file the specs read (the JSON has more). */
export interface SetJson {
  id: string;
  name: LocalText;
  summary: LocalText;
  description: LocalText;
  category: string;
  era: string;
  genres: string[];
  tags: { zh: string[]; en: string[] };
  dimensions: { width: number; depth: number; height: number; representative?: boolean };
  floorArea: { value: number; representative?: boolean };
  gridHeight: { value: number; representative?: boolean };
  power: { drops: number; amps: number; phases: number; volts: number; representative?: boolean };
  sound: { dialogueClean: boolean; notes: LocalText; representative?: boolean };
  loadIn: { route: LocalText; doorWidth: number; doorHeight: number; representative?: boolean };
  maxCrew: { value: number; representative?: boolean };
  rates: { currency: string; day: number; halfDay: number; representative?: boolean };
  availability: { booked: { from: string; to: string; note?: LocalText }[]; representative?: boolean };
  dramas: { ids: string[]; representative?: boolean };
  model?: { file: string; bytes?: number; spawn?: { position: [number, number, number]; yawDeg: number; pitchDeg: number } };
  hotspots: { id: string; title: LocalText; position: [number, number, number] }[];
}

export interface BaseJson {
  id: string;
  name: LocalText;
  shortName: LocalText;
  dramas: { id: string; title: LocalText; genre: string }[];
  /** Set files, relative to the base file. */
  sets: string[];
}

export interface IndexJson {
  bases: string[];
  categories: { id: string; name: LocalText }[];
  eras: { id: string; name: LocalText }[];
  genres: { id: string; name: LocalText }[];
}

/** Parsed JSON of a file under scenes/ ("quzhou/base.json"). */
export function readScene<T>(rel: string): T {
  return JSON.parse(readFileSync(SCENES + rel, 'utf8')) as T;
}

/** The raw text of a file under scenes/, for tests that serve a doctored copy. */
export function readSceneText(rel: string): string {
  return readFileSync(SCENES + rel, 'utf8');
}

export interface CatalogOracle {
  index: IndexJson;
  bases: { file: string; base: BaseJson; sets: SetJson[] }[];
  /** Every set of every base by id. */
  sets: Map<string, SetJson>;
  /** Taxonomy names (category, era, genre) by id. */
  names: Map<string, LocalText>;
}

let oracle: CatalogOracle | null = null;

/** The whole catalog as the files describe it (read once per worker). */
export function catalogOracle(): CatalogOracle {
  if (oracle) return oracle;
  const index = readScene<IndexJson>('index.json');
  const bases = index.bases.map((file) => {
    const base = readScene<BaseJson>(file);
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    return { file, base, sets: base.sets.map((rel) => readScene<SetJson>(dir + rel)) };
  });
  const sets = new Map<string, SetJson>();
  for (const b of bases) for (const s of b.sets) sets.set(s.id, s);
  const names = new Map<string, LocalText>();
  for (const x of [...index.categories, ...index.eras, ...index.genres]) names.set(x.id, x.name);
  oracle = { index, bases, sets, names };
  return oracle;
}

export function setJson(id: string): SetJson {
  const s = catalogOracle().sets.get(id);
  if (!s) throw new Error(`no set "${id}" under scenes/`);
  return s;
}

/**
 * The catalog search as a person would expect it, written independently of the app:
 * every word of the query must appear (case-insensitively) in the set's id, names,
 * summaries, tags, or the names of its category, era and genres, in either language.
 */
export function searchMatches(set: SetJson, q: string): boolean {
  const names = catalogOracle().names;
  const parts = [set.id, set.name.zh, set.name.en, set.summary.zh, set.summary.en, ...set.tags.zh, ...set.tags.en];
  for (const id of [set.category, set.era, ...set.genres]) {
    const n = names.get(id);
    if (n) parts.push(n.zh, n.en);
  }
  const hay = parts.join(' | ').normalize('NFKC').toLowerCase();
  return q
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

// ---------------------------------------------------------------------------------------------
// Expected display strings (DESIGN: metric and imperial side by side).

const M_PER_IN = 0.0254;

/** "12.0 m" (one decimal, grouped like the locale). */
export function metricLength(m: number, lang: Lang): string {
  return `${new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(m)} m`;
}

/** "39 ft 4 in" (en) / "39英尺4英寸" (zh), to the nearest inch; whole feet drop the inches. */
export function imperialLength(m: number, lang: Lang): string {
  const totalIn = Math.round(m / M_PER_IN);
  const ft = Math.floor(totalIn / 12);
  const inch = totalIn % 12;
  const parts: string[] = [];
  if (ft > 0) parts.push(lang === 'zh' ? `${ft}英尺` : `${ft} ft`);
  if (inch > 0 || ft === 0) parts.push(lang === 'zh' ? `${inch}英寸` : `${inch} in`);
  return parts.join(lang === 'zh' ? '' : ' ');
}

/** "12.0 m × 16.0 m × 5.0 m" in either system. */
export function sizeLine(set: SetJson, units: 'metric' | 'imperial', lang: Lang): string {
  const f = units === 'metric' ? metricLength : imperialLength;
  const { width, depth, height } = set.dimensions;
  return `${f(width, lang)} × ${f(depth, lang)} × ${f(height, lang)}`;
}

/** "192 m²" (whole square metres, grouped like the locale). */
export function metricArea(m2: number, lang: Lang): string {
  return `${new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 0 }).format(m2)} m²`;
}

/** "2,067 ft²" (en) / "2,067平方英尺" (zh). */
export function imperialArea(m2: number, lang: Lang): string {
  const n = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 0 }).format(m2 / (M_PER_IN * 12) ** 2);
  return lang === 'zh' ? `${n}平方英尺` : `${n} ft²`;
}

// ---------------------------------------------------------------------------------------------
// Page-level helpers.

/** Collects uncaught page errors, so a test can say "no crash" precisely. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** The catalog's set cards once the catalog has rendered: their ids in page order. */
export async function cardIds(page: Page): Promise<string[]> {
  await expect(page.getByTestId('sets-count')).toBeVisible();
  return page.getByTestId('set-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-set-id') ?? ''));
}

/** id → card title, for the cards shown. */
export async function cardTitles(page: Page): Promise<Map<string, string>> {
  await expect(page.getByTestId('sets-count')).toBeVisible();
  const pairs = await page
    .getByTestId('set-card')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-set-id') ?? '', e.querySelector('h3')?.textContent?.trim() ?? ''] as const));
  return new Map(pairs);
}

// ---------------------------------------------------------------------------------------------
// The 3D viewer's hooks.

export interface ScoutCamera {
  position: [number, number, number];
  yawDeg: number;
  pitchDeg: number;
  rollDeg: number;
  hfovDeg: number;
  vfovDeg: number;
  focalMm: number;
}

export interface ScoutStats {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  frames: number;
}

/** Generous: software WebGL takes seconds per model, and a busy 2-core machine many more. */
export const READY_TIMEOUT = 90_000;

export function setCanvas(page: Page): Locator {
  return page.locator('canvas[data-testid="set-canvas"]');
}

/**
 * Waits until the canvas shows `setId` (when given) and has drawn its first full frame.
 * Fails at once, with the panel's text, when the viewer reports a model error instead.
 */
export async function waitForReady(page: Page, setId?: string): Promise<void> {
  const canvas = setCanvas(page);
  if (setId) await expect(canvas).toHaveAttribute('data-set-id', setId, { timeout: READY_TIMEOUT });
  const state = () =>
    page.evaluate(() => {
      const c = document.querySelector('canvas[data-testid="set-canvas"]');
      if (c?.getAttribute('data-ready') === 'true') return 'ready';
      const err = document.querySelector('[data-testid="model-error"]');
      return err ? `model error: ${(err.textContent ?? '').replace(/\s+/g, ' ').trim()}` : 'waiting';
    });
  await expect.poll(state, { timeout: READY_TIMEOUT, intervals: [100, 250, 500] }).toMatch(/^(ready|model error: .*)$/);
  const final = await state();
  expect(final, `set ${setId ?? ''} did not render`).toBe('ready');
  // The first frame may be the start-up one, drawn before the app (docs/ARCHITECTURE.md §2 "The set
  // first"); tests go on to drive the viewer, so they also wait for the app to have adopted the canvas.
  await expect(page.locator('.set-canvas-wrap canvas[data-testid="set-canvas"]')).toHaveCount(1, { timeout: READY_TIMEOUT });
  // The hook object is installed with the canvas; make sure it speaks for this set.
  if (setId) await expect.poll(() => page.evaluate(() => window.__scout?.setId ?? null)).toBe(setId);
}

/** Opens a viewer URL and waits for data-ready (the set id is taken from the path). */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const id = decodeURIComponent(new URL(url, 'http://x').pathname.split('/')[2] ?? '');
  await waitForReady(page, id);
}

export function scoutCamera(page: Page): Promise<ScoutCamera> {
  return page.evaluate(() => {
    const s = window.__scout;
    if (!s) throw new Error('window.__scout is missing');
    return s.camera();
  });
}

export function scoutStats(page: Page): Promise<ScoutStats> {
  return page.evaluate(() => {
    const s = window.__scout;
    if (!s) throw new Error('window.__scout is missing');
    return s.stats();
  });
}

/** Resolves after the renderer has drawn at least `n` more frames (the loop is on demand). */
export async function waitFrames(page: Page, n: number): Promise<void> {
  const start = (await scoutStats(page)).frames;
  await expect.poll(async () => (await scoutStats(page)).frames, { timeout: 20_000 }).toBeGreaterThanOrEqual(start + n);
}

/** Angle difference in degrees, wrapped to [0, 180]. */
export function angleDiff(a: number, b: number): number {
  const d = (((a - b) % 360) + 540) % 360 - 180;
  return Math.abs(d);
}

/**
 * Mean and variance of the luminance (Rec. 709, 0–255) of an element's pixels as shown.
 * `style` is CSS applied only while the screenshot is taken (e.g. to hide overlays).
 */
export async function lumaStats(target: Locator, style?: string): Promise<{ mean: number; variance: number; pixels: number }> {
  const png = PNG.sync.read(await target.screenshot({ animations: 'disabled', ...(style ? { style } : {}) }));
  const { data, width, height } = png;
  let sum = 0;
  let sum2 = 0;
  const n = width * height;
  for (let i = 0; i < n; i++) {
    const o = i * 4;
    const y = 0.2126 * data[o]! + 0.7152 * data[o + 1]! + 0.0722 * data[o + 2]!;
    sum += y;
    sum2 += y * y;
  }
  const mean = sum / n;
  return { mean, variance: sum2 / n - mean * mean, pixels: n };
}

/**
 * Where a point in set coordinates appears on the page, for the camera __scout
 * reports (docs/ARCHITECTURE.md §4: yaw about +Y, 0 looking toward −Z, positive yaw
 * to the left; pitch up positive; no roll) and the canvas's box. Null when the point
 * is behind the camera.
 */
export function projectToPage(
  cam: ScoutCamera,
  box: { x: number; y: number; width: number; height: number },
  p: readonly [number, number, number],
): { x: number; y: number } | null {
  const rad = Math.PI / 180;
  const yaw = cam.yawDeg * rad;
  const pitch = cam.pitchDeg * rad;
  const dx = p[0] - cam.position[0];
  const dy = p[1] - cam.position[1];
  const dz = p[2] - cam.position[2];
  // Undo the yaw (rotation about Y), then the pitch (about the camera's X).
  const x1 = Math.cos(yaw) * dx - Math.sin(yaw) * dz;
  const z1 = Math.sin(yaw) * dx + Math.cos(yaw) * dz;
  const y2 = Math.cos(pitch) * dy + Math.sin(pitch) * z1;
  const z2 = -Math.sin(pitch) * dy + Math.cos(pitch) * z1;
  if (z2 >= -1e-6) return null;
  const ndcX = x1 / -z2 / Math.tan((cam.hfovDeg * rad) / 2);
  const ndcY = y2 / -z2 / Math.tan((cam.vfovDeg * rad) / 2);
  return { x: box.x + ((ndcX + 1) / 2) * box.width, y: box.y + ((1 - ndcY) / 2) * box.height };
}

/** The element a click at (x, y) would reach, described for an assertion message. */
export function topElementAt(page: Page, x: number, y: number): Promise<string> {
  return page.evaluate(([px, py]) => {
    const el = document.elementFromPoint(px, py);
    if (!el) return 'nothing';
    const id = el.getAttribute('data-testid');
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${id ? `[data-testid="${id}"]` : cls}`;
  }, [x, y] as const);
}

/**
 * A point on the canvas that no overlay (marker, toolbar, minimap…) covers, searched over a
 * grid from the middle outward, for starting a drag or a click on the 3D view itself.
 */
export async function clearCanvasPoint(page: Page): Promise<{ x: number; y: number }> {
  const found = await page.evaluate(() => {
    const canvas = document.querySelector('canvas[data-testid="set-canvas"]');
    if (!canvas) return null;
    const r = canvas.getBoundingClientRect();
    const fractions = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];
    for (const fy of fractions) {
      for (const fx of fractions) {
        const x = r.left + r.width * fx;
        const y = r.top + r.height * fy;
        if (document.elementFromPoint(x, y) === canvas) return { x, y };
      }
    }
    return null;
  });
  expect(found, 'some point of the canvas is not covered by an overlay').not.toBeNull();
  return found!;
}
