/**
 * Mutated catalogs through the real loader (src/data/load.ts): missing fields, wrong
 * types, unknown ids, huge strings, markup in text. Each problem must say which file,
 * where in it (JSON path), what was expected and what was found, shortly and as plain
 * text; a broken file costs only what it describes; nothing throws.
 *
 * The first part pins exact messages for hand-made mutations; the second throws
 * 1,000 random mutations of a real set file at the loader (fast-check).
 * How the browser shows all this (text, never markup) is tests/e2e/robustness.spec.ts.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BaseResult, Catalog, CatalogResult } from '../../src/data/load';
import { loadCatalog } from '../../src/data/load';
import { editedJson, readRepoFile, repoFetcher } from '../fixtures/catalog';
import type { CatalogProblem } from '../../src/data/validate';
import { formatProblem } from '../../src/data/validate';

const INDEX = 'scenes/index.json';
const CAMERAS = 'scenes/cameras.json';
const QUZHOU = 'scenes/quzhou/base.json';
const CHONGQING = 'scenes/chongqing/base.json';
const COURT = 'scenes/quzhou/sets/courtroom.json';
const HTML = '<img src=x onerror=alert(1)>';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

async function load(overrides: Record<string, string | null>): Promise<Catalog> {
  const r: CatalogResult = await loadCatalog(repoFetcher(overrides));
  if (!r.ok) throw new Error(`the index failed: ${r.problems.map(formatProblem).join('; ')}`);
  return r.catalog;
}

function base(c: Catalog, file: string): BaseResult {
  const b = c.bases.find((x) => x.file === file);
  if (!b) throw new Error(`no base ${file}`);
  return b;
}

function problemsOf(c: Catalog): CatalogProblem[] {
  return [...c.cameraProblems, ...c.bases.flatMap((b) => b.problems)];
}

const setIds = (b: BaseResult) => (b.status === 'ok' ? b.sets.map((s) => s.id).sort() : []);

let pristine: Catalog;
beforeAll(async () => {
  pristine = await load({});
});

/** Every problem: the four parts present, a JSON path, a short found (a hostile value never floods the page). */
function expectPrecise(problems: CatalogProblem[]) {
  for (const p of problems) {
    expect(p.file).toMatch(/^scenes\/[A-Za-z0-9._/-]+\.json$/);
    expect(p.path).toMatch(/^\$/);
    expect(p.expected.length).toBeGreaterThan(0);
    expect(p.found.length).toBeGreaterThan(0);
    expect(p.found.length, p.found).toBeLessThanOrEqual(160);
  }
}

describe('hand-made mutations: exact messages', () => {
  it('a missing required field', async () => {
    const c = await load({ [COURT]: editedJson(COURT, (j) => delete j.name) });
    expect(setIds(base(c, QUZHOU))).not.toContain('courtroom');
    expect(base(c, QUZHOU).problems).toContainEqual({ file: COURT, path: '$.name', expected: 'an object', found: 'nothing (the field is missing)' });
  });

  it('a wrong type deep inside (a hotspot position given as text)', async () => {
    const c = await load({
      [COURT]: editedJson(COURT, (j) => {
        ((j.hotspots as Record<string, unknown>[])[1]!.position as unknown[])[2] = '3 m';
      }),
    });
    expect(base(c, QUZHOU).problems).toContainEqual({ file: COURT, path: '$.hotspots[1].position[2]', expected: 'a number', found: '"3 m" (text)' });
  });

  it('a number out of range, and an enum value that does not exist', async () => {
    const c = await load({
      [COURT]: editedJson(COURT, (j) => {
        (j.power as Record<string, unknown>).phases = 2;
        ((j.hotspots as Record<string, unknown>[])[0]!).kind = 'laser';
      }),
    });
    const ps = base(c, QUZHOU).problems;
    expect(ps).toContainEqual(expect.objectContaining({ file: COURT, path: '$.power.phases', found: '2 (number)' }));
    expect(ps).toContainEqual(expect.objectContaining({ file: COURT, path: '$.hotspots[0].kind', found: '"laser" (text)' }));
    expect(ps.find((p) => p.path === '$.hotspots[0].kind')?.expected).toMatch(/^one of "prop", "power"/);
  });

  it('unknown ids: a category, a drama, a camera body, a tour stop hotspot', async () => {
    const c = await load({
      [COURT]: editedJson(COURT, (j) => {
        j.category = 'spaceship';
        (j.dramas as { ids: string[] }).ids.push('no-such-drama');
        (j.shots as Record<string, unknown>[])[0]!.body = 'no-such-camera';
        (j.tour as Record<string, unknown>[])[0]!.hotspot = 'no-such-hotspot';
      }),
    });
    const ps = base(c, QUZHOU).problems.filter((p) => p.file === COURT);
    expect(ps.map((p) => p.path).sort()).toEqual(['$.category', `$.dramas.ids[${(JSON.parse(readRepoFile(COURT)) as { dramas: { ids: string[] } }).dramas.ids.length}]`, '$.shots[0].body', '$.tour[0].hotspot'].sort());
    expect(ps.find((p) => p.path === '$.category')).toMatchObject({ found: '"spaceship"', expected: expect.stringMatching(/^a category from scenes\/index\.json \("/) });
  });

  it('a set file the base names but the site does not have', async () => {
    const c = await load({ [COURT]: null });
    expect(base(c, QUZHOU).problems).toContainEqual({ file: COURT, path: '$', expected: 'the file to exist', found: 'HTTP 404' });
    expect(setIds(base(c, QUZHOU)).length).toBe(setIds(base(pristine, QUZHOU)).length - 1);
  });

  it('huge strings are refused with their length, and never echoed in full', async () => {
    const huge = 'x'.repeat(200_000);
    const c = await load({ [COURT]: editedJson(COURT, (j) => ((j.name as Record<string, string>).en = huge)) });
    const p = base(c, QUZHOU).problems.find((x) => x.path === '$.name.en');
    expect(p).toMatchObject({ file: COURT, expected: 'text of at most 4000 characters' });
    expect(p!.found).toMatch(/^"x{57}…" \(text of 200000 characters\)$/);
  });

  it('markup in a text field is data: the set loads and keeps the text exactly', async () => {
    const c = await load({
      [COURT]: editedJson(COURT, (j) => {
        (j.name as Record<string, string>).en = HTML;
        (j.summary as Record<string, string>).zh = `<script>alert(1)</script>${HTML}`;
      }),
    });
    const court = base(c, QUZHOU).status === 'ok' ? (base(c, QUZHOU) as Extract<BaseResult, { status: 'ok' }>).sets.find((s) => s.id === 'courtroom') : undefined;
    expect(court?.name.en).toBe(HTML);
    expect(court?.summary.zh).toBe(`<script>alert(1)</script>${HTML}`);
  });

  it('markup where an id belongs is refused and quoted as text', async () => {
    const c = await load({ [COURT]: editedJson(COURT, (j) => (j.id = HTML)) });
    expect(base(c, QUZHOU).problems).toContainEqual({
      file: COURT,
      path: '$.id',
      expected: 'a lower-case id of letters, digits and hyphens (e.g. "subway-platform")',
      found: `${JSON.stringify(HTML)} (text)`,
    });
  });

  it('a broken base costs that base only; a broken camera file costs only the camera checks', async () => {
    const c = await load({ [QUZHOU]: '{ "id": "quzhou", ', [CAMERAS]: editedJson(CAMERAS, (j) => (j.bodies = 'none')) });
    const q = base(c, QUZHOU);
    expect(q.status).toBe('error');
    expect(q.problems[0]).toMatchObject({ file: QUZHOU, path: '$', expected: 'well-formed JSON', found: expect.stringMatching(/^a syntax error/) });
    expect(setIds(base(c, CHONGQING))).toEqual(setIds(base(pristine, CHONGQING)));
    expect(c.cameras).toBeNull();
    expect(c.cameraProblems).toContainEqual({ file: CAMERAS, path: '$.bodies', expected: 'an array', found: '"none" (text)' });
  });

  it('a broken index stops the catalog with a precise problem instead of throwing', async () => {
    for (const [text, path] of [
      ['[]', '$'],
      ['{"version": 2}', '$.version'],
      [JSON.stringify({ ...(JSON.parse(readRepoFile(INDEX)) as object), bases: 'all' }), '$.bases'],
    ] as const) {
      const r = await loadCatalog(repoFetcher({ [INDEX]: text }));
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.problems.map((p) => p.path)).toContain(path);
      expectPrecise(r.problems);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Random mutations of a real set file.

type Path = (string | number)[];

function leafPaths(v: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => leafPaths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leafPaths(x, [...at, k], out);
  return out;
}

function getAt(v: Json, path: Path): Json | undefined {
  let cur: Json | undefined = v;
  for (const k of path) cur = cur && typeof cur === 'object' ? (cur as Record<string, Json>)[k as string] : undefined;
  return cur;
}

function setAt(root: Json, path: Path, value: Json | undefined): Json {
  if (!path.length) return value ?? null;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let cur = copy as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(cur)) cur.splice(last as number, 1);
    else delete cur[last];
  } else cur[last] = value;
  return copy as Json;
}

const toJsonPath = (p: Path) => `$${p.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`)).join('')}`;

const hostile = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 20 }),
  fc.constant(HTML),
  fc.constant('x'.repeat(10_000)),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ zh: HTML, en: HTML }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
) as fc.Arbitrary<Json>;

describe('random mutations of courtroom.json (fast-check)', () => {
  const original = JSON.parse(readRepoFile(COURT)) as Json;
  const paths = leafPaths(original).filter((p) => p.length > 0);

  it('never throw, cost only that set, and come with precise problems at (or above) the change', async () => {
    const others = setIds(base(pristine, QUZHOU)).filter((id) => id !== 'courtroom');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.option(hostile, { freq: 4 }), async (path, replacement) => {
        const before = getAt(original, path);
        const mutated = setAt(original, path, replacement === null ? undefined : replacement);
        const c = await load({ [COURT]: JSON.stringify(mutated) });
        const q = base(c, QUZHOU);
        expect(q.status).toBe('ok');
        // Other sets are untouched (a changed id may collide with no one: ids are checked too).
        for (const id of others) expect(setIds(q)).toContain(id);
        const ps = problemsOf(c).filter((p) => p.file === COURT);
        expectPrecise(problemsOf(c));
        const loaded = q.status === 'ok' && q.sets.some((s) => s.file === COURT);
        if (!loaded) {
          expect(ps.length, `${toJsonPath(path)} := ${JSON.stringify(replacement)?.slice(0, 60)}`).toBeGreaterThan(0);
          // Schema problems point at the change or an object above it (a missing or unknown
          // field is reported on its parent); cross-file checks name the field they read.
          const at = toJsonPath(path);
          const related = ps.some((p) => at.startsWith(p.path) || p.path.startsWith(at) || p.path === '$');
          const crossRef = ps.some((p) => /^\$\.(category|era|genres|dramas|shots|tour|hotspots|rates|availability|id)/.test(p.path));
          expect(related || crossRef, `${at}: ${ps.map(formatProblem).join(' | ')}`).toBe(true);
        } else {
          // Accepted (the value was valid where it went, e.g. any text in a description): no problem is left behind.
          expect(ps, `${toJsonPath(path)} := ${JSON.stringify(replacement ?? before)?.slice(0, 60)}`).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
