/**
 * The catalog checker's own behaviour, on throw-away folders. The fixtures are
 * deliberately broken or tiny so these tests do not depend on the details of the
 * catalog schema (src/data owns those, and tests them).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PUBLISHED_SCHEMAS } from '../../src/data/schema';
import { ALL_SCHEMAS, checkCatalog, schemaText, spliceSetFiles } from '../tools/check-catalog';

const dirs: string[] = [];
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'setscout-catalog-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('schemaText', () => {
  it('is 2-space JSON with a trailing newline, and the same every time', () => {
    const a = schemaText(PUBLISHED_SCHEMAS['set.schema.json']);
    expect(a).toBe(schemaText(PUBLISHED_SCHEMAS['set.schema.json']));
    expect(a.endsWith('}\n')).toBe(true);
    expect(a.split('\n')[1]).toMatch(/^ {2}"\$schema": /);
  });

  it('describes input: a field with a default is not required', () => {
    const json = JSON.parse(schemaText(PUBLISHED_SCHEMAS['set.schema.json'])) as { required: string[]; properties: Record<string, unknown> };
    expect(json.properties).toHaveProperty('hotspots');
    expect(json.required).not.toContain('hotspots');
    expect(json.required).toContain('id');
  });

  it('puts keywords in a fixed order and keeps fields in declared order', () => {
    const json = JSON.parse(schemaText(PUBLISHED_SCHEMAS['index.schema.json'])) as { properties: Record<string, unknown> };
    const text = schemaText(PUBLISHED_SCHEMAS['index.schema.json']);
    expect(Object.keys(JSON.parse(text) as object).slice(0, 3)).toEqual(['$schema', '$comment', 'type']);
    expect(Object.keys(json.properties).slice(0, 3)).toEqual(['$schema', 'version', 'bases']);
  });
});

describe('the published schemas in the repo', () => {
  it('are current (else run `npm run check:catalog -- --write`)', () => {
    for (const [name, schema] of Object.entries(ALL_SCHEMAS)) {
      const file = new URL(`../../scenes/schema/${name}`, import.meta.url);
      expect(readFileSync(file, 'utf8'), name).toBe(schemaText(schema));
    }
  });
});

describe('checkCatalog', () => {
  it('reports missing schemas, then --write creates them and the report is clean of them', async () => {
    const root = repo({ 'scenes/index.json': '{' });
    const before = await checkCatalog({ root, safeZonesModule: null });
    const schemaProblems = before.problems.filter((p) => p.file.startsWith('scenes/schema/'));
    expect(schemaProblems.map((p) => p.file).sort()).toEqual(Object.keys(ALL_SCHEMAS).map((n) => `scenes/schema/${n}`).sort());

    const written = await checkCatalog({ root, write: true, safeZonesModule: null });
    expect(written.written).toHaveLength(Object.keys(ALL_SCHEMAS).length);
    expect(written.problems.some((p) => p.file.startsWith('scenes/schema/'))).toBe(false);

    writeFileSync(join(root, 'scenes/schema/set.schema.json'), '{}\n');
    const stale = await checkCatalog({ root, safeZonesModule: null });
    expect(stale.problems.find((p) => p.file === 'scenes/schema/set.schema.json')?.found).toBe('an out-of-date copy');
  });

  it('checks layout files with their JSON paths', async () => {
    const layout = { set: 'x', title: 'X', shell: { rooms: [{ id: 'a', polygon: [[0, 0], [1, 0], [1, 1]], floor: 'lava', walls: 'concrete', wallHeight: 3, ceiling: null }] }, spawn: { at: [0.5, 0, 0.5] } };
    const root = repo({ 'scenes/index.json': '{', 'scenes/b/layouts/x.json': JSON.stringify(layout) });
    const report = await checkCatalog({ root, write: true, safeZonesModule: null });
    const paths = report.problems.filter((p) => p.file === 'scenes/b/layouts/x.json').map((p) => p.path);
    expect(paths).toEqual(['$.shell.rooms[0].floor']);
    expect(report.warnings.some((w) => w.includes('layouts/x.json'))).toBe(false);
  });

  it('reports a broken index file with its place', async () => {
    const root = repo({ 'scenes/index.json': '{\n  "version": 1,\n}' });
    const report = await checkCatalog({ root, write: true, safeZonesModule: null });
    const p = report.problems.find((x) => x.file === 'scenes/index.json');
    expect(p?.expected).toBe('well-formed JSON');
    expect(p?.found).toMatch(/line 3/);
  });

  it('reports a missing index', async () => {
    const root = repo({});
    const report = await checkCatalog({ root, write: true, safeZonesModule: null });
    expect(report.problems).toContainEqual(expect.objectContaining({ file: 'scenes/index.json', found: 'HTTP 404' }));
  });

  it('warns about JSON files nothing references, even when a base file is invalid', async () => {
    const root = repo({
      'scenes/index.json': JSON.stringify({ version: 1, bases: ['a/base.json'], cameras: 'cameras.json', categories: [], eras: [], genres: [] }),
      'scenes/cameras.json': '{}',
      // Invalid as a base, but its "sets" list still says which files are not orphans.
      'scenes/a/base.json': JSON.stringify({ sets: ['sets/one.json'] }),
      'scenes/a/sets/one.json': '{}',
      'scenes/a/sets/forgotten.json': '{}',
      'scenes/platform-safe-zones.json': '{}',
    });
    const report = await checkCatalog({ root, write: true, safeZonesModule: null });
    expect(report.warnings.filter((w) => w.includes('orphan'))).toEqual([
      'scenes/a/sets/forgotten.json: not referenced by the catalog (orphan): list it in a base file\'s "sets" or delete it',
    ]);
    expect(report.problems.length).toBeGreaterThan(0);
  });

  it('keeps index.json\'s setFiles in step with the bases: reports a stale one, --write splices it in', async () => {
    const index = '{\n  "version": 1,\n  "bases": ["a/base.json"],\n  "cameras": "cameras.json",\n  "categories": [],\n  "eras": [],\n  "genres": []\n}\n';
    const root = repo({
      'scenes/index.json': index,
      'scenes/cameras.json': '{}',
      'scenes/a/base.json': JSON.stringify({ sets: ['sets/one.json', 'sets/two.json'] }),
      'scenes/a/sets/one.json': JSON.stringify({ id: 'one' }),
      'scenes/a/sets/two.json': JSON.stringify({ id: 'b-two' }),
    });
    const before = await checkCatalog({ root, safeZonesModule: null });
    expect(before.warnings.some((w) => w.includes('no "setFiles"'))).toBe(true);
    expect(before.problems.some((p) => p.path === '$.setFiles')).toBe(false);
    await checkCatalog({ root, write: true, safeZonesModule: null });
    const written = JSON.parse(readFileSync(join(root, 'scenes/index.json'), 'utf8')) as { setFiles: Record<string, string>; genres: unknown };
    expect(Object.entries(written.setFiles)).toEqual([
      ['b-two', 'a/sets/two.json'],
      ['one', 'a/sets/one.json'],
    ]);
    expect(written.genres).toEqual([]);
    // A set added to a base later: the old index is now stale, and says which entry.
    writeFileSync(join(root, 'scenes/a/base.json'), JSON.stringify({ sets: ['sets/one.json', 'sets/two.json', 'sets/three.json'] }));
    writeFileSync(join(root, 'scenes/a/sets/three.json'), JSON.stringify({ id: 'three' }));
    const stale = await checkCatalog({ root, safeZonesModule: null });
    const problem = stale.problems.find((p) => p.path === '$.setFiles');
    expect(problem?.file).toBe('scenes/index.json');
    expect(problem?.found).toBe('three missing or stale');
  });

  it('splices setFiles in place and leaves the rest of the text alone', () => {
    const text = '{\n  "version": 1,\n  "cameras": "cameras.json",\n  "genres": [ { "id": "x" } ]\n}\n';
    const once = spliceSetFiles(text, { a: 'b/sets/a.json' });
    expect(once).toBe('{\n  "version": 1,\n  "cameras": "cameras.json",\n  "setFiles": {\n    "a": "b/sets/a.json"\n  },\n  "genres": [ { "id": "x" } ]\n}\n');
    expect(spliceSetFiles(once, { a: 'b/sets/a.json', c: 'd.json' })).toContain('"setFiles": {\n    "a": "b/sets/a.json",\n    "c": "d.json"\n  },\n  "genres"');
  });

  it('validates the safe zones file with the module when it exists', async () => {
    const root = repo({ 'scenes/index.json': '{', 'scenes/platform-safe-zones.json': '{"zones": 1}' });
    const mod = join(root, 'safeZones.mjs');
    writeFileSync(
      mod,
      'export function parseSafeZones(raw, file) { return Array.isArray(raw.zones) ? { ok: true, value: raw } : { ok: false, problems: [{ file, path: "$.zones", expected: "an array", found: "1 (number)" }] }; }',
    );
    const report = await checkCatalog({ root, write: true, safeZonesModule: mod });
    expect(report.problems).toContainEqual({ file: 'scenes/platform-safe-zones.json', path: '$.zones', expected: 'an array', found: '1 (number)' });

    const skipped = await checkCatalog({ root, write: true, safeZonesModule: join(root, 'missing.ts') });
    expect(skipped.notes.join()).toMatch(/not checked/);
  });
});
