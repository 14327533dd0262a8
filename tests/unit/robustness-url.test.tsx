// @vitest-environment happy-dom
/**
 * Hostile and broken URLs, through the code the routes really run.
 *
 * 1. Composition (fast-check, 1,500 cases each): the viewer's reading of its query
 *    (parseViewParams with the catalog's body and shot ids, then the pose the canvas starts
 *    from) and the catalog's (parseCatalogParams with the catalog's ids, filterFromParams,
 *    applyFilter over the real sets). Nothing throws; what comes out is always valid; and
 *    every value that is not used is reported, one notice per occurrence.
 * 2. The rendered app (a few hundred cases): <App/> at /sets/courtroom?… and /?… in
 *    happy-dom with the real catalog files behind fetch. The page renders, nothing is
 *    logged as an error, and a bad parameter shows a notice (a good one does not).
 */
import { cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { act } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import type { Catalog, CatalogSet } from '../../src/data/load';
import { baseKey, findSet, loadCatalog } from '../../src/data/load';
import { readRepoFile, repoFetcher } from '../fixtures/catalog';
import { CATALOG_KEYS, CATALOG_LIMITS, SORTS, parseCatalogParams } from '../../src/lib/url/catalogUrl';
import { applyFilter, filterFromParams } from '../../src/lib/catalog/filterSets';
import { poseFromDeg } from '../../src/lib/motion/pose';
import { LIMITS, MODES, ORIENTS, VIEW_KEYS, parseViewParams } from '../../src/lib/url/viewUrl';
import { LANGS, isId } from '../../src/lib/url/query';
import { readEnum } from '../../src/lib/url/query';
import { useCatalog } from '../../src/state/catalog';
import { useNotices } from '../../src/state/notices';

let catalog: Catalog;
let court: CatalogSet;
let bodies: string[];
let shots: string[];
let known: { bases: string[]; categories: string[]; eras: string[]; genres: string[] };

beforeAll(async () => {
  const r = await loadCatalog(repoFetcher());
  if (!r.ok) throw new Error('the shipped catalog does not load');
  catalog = r.catalog;
  court = findSet(catalog, 'courtroom')!;
  bodies = catalog.cameras?.bodies.map((b) => b.id) ?? [];
  shots = court.shots.map((s) => s.id);
  known = {
    bases: catalog.bases.map(baseKey),
    categories: catalog.index.categories.map((c) => c.id),
    eras: catalog.index.eras.map((c) => c.id),
    genres: catalog.index.genres.map((c) => c.id),
  };
});

// ---------------------------------------------------------------------------------------------
// Generators: queries made of owned keys, stray keys and nasty values, sometimes encoded,
// sometimes raw (malformed %-escapes, lone surrogates, HTML, 2,000-character values).

const HTML = '<img src=x onerror=alert(1)>';
const nums = fc.oneof(
  fc.double({ noDefaultInfinity: false }).map((x) => String(x)),
  fc.integer({ min: -20_000, max: 20_000 }).map(String),
  fc.constantFrom('1e400', '-0', '.5', '5.', '0x10', 'Infinity', 'NaN', '', ' ', '1,2', '+3', '1e-7'),
);
const cam = fc.array(nums, { minLength: 0, maxLength: 8 }).map((xs) => xs.join(','));
const range = fc.tuple(fc.option(nums), fc.option(nums)).map(([a, b]) => `${a ?? ''}-${b ?? ''}`);
const known_values = fc.constantFrom(
  'zh', 'en', 'ZH', 'orbit', 'walk', 'frame', 'tour', 'portrait', 'crop', 'courtroom', 'quzhou', 'chongqing',
  'legal', 'transport', 'modern', 'name', 'area', 'rate', 'height', '1', '0', '10-40', '-40', '10-',
  'arri-alexa-35', 'judge-cu', 'sony-fx3', 'iphone-15-pro',
);
const strings = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ minLength: 300, maxLength: 2000, unit: 'grapheme-ascii' }),
  fc.constant(HTML),
  fc.constantFrom('%', '%E0%A4%A', '%zz', '&&&', '===', '\u0000', '\uD800', '"><script>alert(1)</script>', '../../etc/passwd'),
);
const value = fc.oneof({ weight: 3, arbitrary: known_values }, { weight: 2, arbitrary: nums }, { weight: 2, arbitrary: cam }, { weight: 1, arbitrary: range }, { weight: 3, arbitrary: strings });
const key = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...VIEW_KEYS, ...CATALOG_KEYS, 'set', 'ids') }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
const pair = fc.tuple(key, value, fc.boolean()).map(([k, v, encode]) => (encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, '\uFFFD'))}` : `${k}=${v}`));
const query = fc.oneof(
  { weight: 5, arbitrary: fc.array(pair, { maxLength: 8 }).map((ps) => `?${ps.join('&')}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }).map((s) => `?${s}`) },
);

/** What URLSearchParams (what the routes read with) makes of the query. */
const pairsOf = (q: string) => [...new URLSearchParams(q)];
const count = <T,>(xs: T[], pred: (x: T) => boolean) => xs.filter(pred).length;

// ---------------------------------------------------------------------------------------------

describe('viewer URL (/sets/:setId): parseViewParams + the start pose', () => {
  it('never throws, yields only valid values, and reports every value it does not use', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { params, notices, others } = parseViewParams(q, { bodies, shots });
        const pairs = pairsOf(q);
        if (params.lang !== undefined) expect(LANGS).toContain(params.lang);
        if (params.mode !== undefined) expect(MODES).toContain(params.mode);
        if (params.orient !== undefined) expect(ORIENTS).toContain(params.orient);
        if (params.body !== undefined) expect(bodies).toContain(params.body);
        if (params.shot !== undefined) expect(shots).toContain(params.shot);
        if (params.lens !== undefined) {
          expect(params.lens).toBeGreaterThanOrEqual(LIMITS.lensMin);
          expect(params.lens).toBeLessThanOrEqual(LIMITS.lensMax);
        }
        if (params.cam) {
          const { position, yawDeg, pitchDeg, rollDeg } = params.cam;
          for (const v of position) expect(Math.abs(v)).toBeLessThanOrEqual(LIMITS.position);
          expect(yawDeg).toBeGreaterThan(-180);
          expect(yawDeg).toBeLessThanOrEqual(180);
          expect(Math.abs(pitchDeg)).toBeLessThanOrEqual(90);
          if (rollDeg !== undefined) expect(Math.abs(rollDeg)).toBeLessThanOrEqual(180);
          // What the canvas starts from (SetRoute: poseFromDeg(cam)) is a finite pose.
          const pose = poseFromDeg(params.cam);
          for (const v of Object.values(pose)) expect(Number.isFinite(v)).toBe(true);
        }
        // Every occurrence of an owned key is either the one used or a notice.
        for (const k of VIEW_KEYS) {
          const n = count(pairs, ([pk]) => pk === k);
          const used = params[k] !== undefined ? 1 : 0;
          expect(count(notices, (x) => x.param === k), `${k} in ${q}`).toBe(n - used);
        }
        for (const x of notices) expect(x.value.length).toBeLessThanOrEqual(200);
        // Parameters this codec does not own pass through untouched, in order.
        expect(others).toEqual(pairs.filter(([k]) => !(VIEW_KEYS as readonly string[]).includes(k)));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('catalog URL (/): parseCatalogParams + filterFromParams + applyFilter', () => {
  it('never throws, yields only valid filters, and reports every value it does not use', () => {
    const sets = catalog.bases.flatMap((b) => (b.status === 'ok' ? b.sets : []));
    const names = new Map([...catalog.index.categories, ...catalog.index.eras, ...catalog.index.genres].map((t) => [t.id, t.name]));
    fc.assert(
      fc.property(query, fc.constantFrom('zh' as const, 'en' as const), (q, lang) => {
        const { params, notices } = parseCatalogParams(q, known);
        const f = filterFromParams(params);
        for (const [list, ids] of [[f.categories, known.categories], [f.eras, known.eras], [f.genres, known.genres]] as const) {
          expect(new Set(list).size).toBe(list.length);
          for (const id of list) expect(ids).toContain(id);
        }
        if (params.base !== undefined) expect(known.bases).toContain(params.base);
        expect(SORTS).toContain(f.sort);
        expect(f.q.length).toBeLessThanOrEqual(CATALOG_LIMITS.qLength);
        for (const [lo, hi, max] of [[f.widthMin, f.widthMax, CATALOG_LIMITS.width], [f.areaMin, f.areaMax, CATALOG_LIMITS.area]] as const) {
          for (const v of [lo, hi]) if (v !== null) expect(v >= 0 && v <= max && Number.isFinite(v)).toBe(true);
          if (lo !== null && hi !== null) expect(lo).toBeLessThanOrEqual(hi);
        }
        const shown = applyFilter(sets, f, names, lang);
        for (const s of shown) expect(sets).toContain(s);

        const pairs = pairsOf(q);
        for (const k of CATALOG_KEYS) {
          const mine = pairs.filter(([pk]) => pk === k);
          const dupes = Math.max(0, mine.length - 1);
          const last = mine[mine.length - 1]?.[1];
          const reported = count(notices, (x) => x.param === k);
          if (last === undefined) {
            expect(reported).toBe(0);
          } else if (k === 'cat' || k === 'era' || k === 'genre') {
            // Lists: each bad item of the value used is reported; empty items are no filter.
            const ids = k === 'cat' ? known.categories : k === 'era' ? known.eras : known.genres;
            const bad = last.split(',').map((s) => s.trim()).filter((s) => s !== '' && (!isId(s) || !ids.includes(s))).length;
            expect(reported, `${k} in ${q}`).toBe(dupes + bad);
          } else if (k === 'q') {
            // An empty search is no filter, not a mistake; only an over-long one is dropped.
            expect(reported).toBe(dupes + (last.trim().length > CATALOG_LIMITS.qLength ? 1 : 0));
          } else {
            const used = params[k] !== undefined ? 1 : 0;
            expect(reported, `${k} in ${q}`).toBe(dupes + 1 - used);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The rendered app

const realFetch = globalThis.fetch;
const errors: string[] = [];

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // The catalog as the site serves it: the repository's scenes/ files.
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, 'http://localhost/');
    const path = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    try {
      return new Response(readRepoFile(path), { status: 200, headers: { 'Content-Type': 'application/json' } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ');
    // React's reminders about act() in tests are about the test harness, not the app.
    if (/not wrapped in act|not configured to support act/.test(text)) return;
    errors.push(text.slice(0, 300));
  });
  window.addEventListener('error', (e) => errors.push(`uncaught: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${String(e.reason)}`));
});

afterAll(() => {
  vi.unstubAllGlobals();
  globalThis.fetch = realFetch;
  vi.restoreAllMocks();
});

afterEach(() => {
  cleanup();
  useNotices.getState().clear();
});

/** Renders the whole app at `path` and waits for `testId` to appear. */
async function openAt(path: string, testId: string): Promise<void> {
  cleanup();
  window.history.replaceState(null, '', path);
  await act(async () => {
    render(<App />);
  });
  await screen.findByTestId(testId, {}, { timeout: 10_000 });
  // Let effects that push notices run.
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

const badParamNotices = () => screen.queryAllByTestId('notice').filter((n) => /ignored|已忽略/.test(n.textContent ?? ''));

describe('the rendered app with arbitrary query strings', () => {
  beforeAll(async () => {
    // What index.html's inline script does on the real site: <base href> at the app root,
    // which the router and the fetches resolve against.
    const base = document.createElement('base');
    base.href = `${window.location.origin}/`;
    document.head.append(base);
    // Load the catalog once for the whole series (the store keeps it, as in the browser).
    await useCatalog.getState().load();
    expect(useCatalog.getState().status).toBe('ready');
  });

  it('the set viewer opens, shows a notice for bad values and none for good ones, and logs no error', async () => {
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        errors.length = 0;
        useNotices.getState().clear();
        await openAt(`/sets/courtroom${q}`, 'viewer-page');
        expect(screen.getByTestId('viewer-page').dataset.setId).toBe('courtroom');
        // What the page reads is location.search: a raw "#" in the generated text starts the fragment.
        const search = window.location.search;
        const expected = parseViewParams(search, { bodies, shots }).notices.length;
        const shown = badParamNotices();
        if (expected > 0) expect(shown.length, q).toBeGreaterThan(0);
        else expect(shown.length, q).toBe(0);
        // Values are shown as text (never as markup) and shortened.
        for (const n of shown) expect(n.querySelector('img, script')).toBeNull();
        expect(document.querySelector('img[src="x"]')).toBeNull();
        expect(errors.slice(0, 3), q).toEqual([]);
        cleanup();
      }),
      { numRuns: 150 },
    );
  }, 240_000);

  it('the catalog opens, shows a notice for bad values and none for good ones, and logs no error', async () => {
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        errors.length = 0;
        useNotices.getState().clear();
        await openAt(`/${q}`, 'sets-count');
        const search = window.location.search;
        const expected = parseCatalogParams(search, known).notices.length + (pairsOf(search).some(([k, v]) => k === 'lang' && readEnum(v, LANGS) === null) ? 1 : 0);
        const shown = badParamNotices();
        if (expected > 0) expect(shown.length, q).toBeGreaterThan(0);
        else expect(shown.length, q).toBe(0);
        expect(document.querySelector('img[src="x"]')).toBeNull();
        expect(errors.slice(0, 3), q).toEqual([]);
        cleanup();
      }),
      { numRuns: 150 },
    );
  }, 240_000);
});
