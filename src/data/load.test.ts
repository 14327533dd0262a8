import { describe, expect, it } from 'vitest';
import { findSet, joinPath, loadCatalog } from './load';
import { editedJson, readRepoFile, repoFetcher } from '../../tests/fixtures/catalog';
import { parseJson } from './jsonText';
import { describeValue, formatProblem, jsonPath } from './validate';

const QUZHOU = 'scenes/quzhou/base.json';
const BANQUET = 'scenes/quzhou/sets/banquet-hall.json';

describe('the shipped catalog', () => {
  it('loads with no problems: every base, set and camera file is valid', async () => {
    const r = await loadCatalog(repoFetcher());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { catalog } = r;
    expect(catalog.cameraProblems).toEqual([]);
    for (const b of catalog.bases) {
      expect(b.status).toBe('ok');
      if (b.status === 'ok') expect(b.problems).toEqual([]);
    }
    const quzhou = catalog.bases.find((b) => b.status === 'ok' && b.base.id === 'quzhou');
    expect(quzhou?.status === 'ok' && quzhou.sets.length).toBeGreaterThanOrEqual(15);
    const chongqing = catalog.bases.find((b) => b.status === 'ok' && b.base.id === 'chongqing');
    expect(chongqing?.status === 'ok' && chongqing.sets.length).toBeGreaterThanOrEqual(4);
    expect(findSet(catalog, 'courtroom')?.model?.file).toBe('models/courtroom.glb');
  });
});

describe('precise problems', () => {
  it('names file, JSON path, expected and found for a wrong type', async () => {
    const bad = editedJson(BANQUET, (j) => {
      (j.dimensions as Record<string, unknown>).width = 'wide';
    });
    const r = await loadCatalog(repoFetcher({ [BANQUET]: bad }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const q = r.catalog.bases.find((b) => b.file === QUZHOU);
    expect(q?.status).toBe('ok');
    if (q?.status !== 'ok') return;
    expect(q.sets.find((s) => s.id === 'banquet-hall')).toBeUndefined();
    expect(q.sets.length).toBeGreaterThan(10);
    expect(q.problems).toContainEqual({ file: BANQUET, path: '$.dimensions.width', expected: 'a number', found: '"wide" (text)' });
  });

  it('reports a missing field and an unknown field', async () => {
    const bad = editedJson(BANQUET, (j) => {
      delete j.summary;
      j.sumary = { zh: 'x', en: 'y' };
    });
    const r = await loadCatalog(repoFetcher({ [BANQUET]: bad }));
    if (!r.ok) throw new Error('index failed');
    const q = r.catalog.bases.find((b) => b.file === QUZHOU);
    const problems = q?.status === 'ok' ? q.problems : [];
    expect(problems).toContainEqual(expect.objectContaining({ path: '$.summary', found: 'nothing (the field is missing)' }));
    expect(problems).toContainEqual(expect.objectContaining({ path: '$', found: 'unknown field "sumary"' }));
  });

  it('reports an id that is not in the taxonomy, listing the allowed ones', async () => {
    const bad = editedJson(BANQUET, (j) => {
      j.category = 'spaceship';
    });
    const r = await loadCatalog(repoFetcher({ [BANQUET]: bad }));
    if (!r.ok) throw new Error('index failed');
    const q = r.catalog.bases.find((b) => b.file === QUZHOU);
    const p = q?.status === 'ok' ? q.problems.find((x) => x.path === '$.category') : undefined;
    expect(p?.found).toBe('"spaceship"');
    expect(p?.expected).toContain('"legal"');
  });

  it('reports a JSON syntax error with line and column', () => {
    const r = parseJson('{\n  "a": 1,\n  "b": }', 'x.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.found).toMatch(/line 3, column \d+/);
  });

  it('keeps other bases working when a base file is broken', async () => {
    const r = await loadCatalog(repoFetcher({ [QUZHOU]: '{ "id": "quzhou", ' }));
    if (!r.ok) throw new Error('index failed');
    const q = r.catalog.bases.find((b) => b.file === QUZHOU);
    expect(q?.status).toBe('error');
    const cq = r.catalog.bases.find((b) => b.file === 'scenes/chongqing/base.json');
    expect(cq?.status).toBe('ok');
  });

  it('fails the whole catalog, precisely, when the index is missing', async () => {
    const r = await loadCatalog(repoFetcher({ 'scenes/index.json': null }));
    expect(r).toEqual({ ok: false, problems: [{ file: 'scenes/index.json', path: '$', expected: 'the file to exist', found: 'HTTP 404' }] });
  });

  it('rejects a set id used twice', async () => {
    const dup = editedJson(BANQUET, (j) => {
      j.id = 'courtroom';
    });
    const r = await loadCatalog(repoFetcher({ [BANQUET]: dup }));
    if (!r.ok) throw new Error('index failed');
    const q = r.catalog.bases.find((b) => b.file === QUZHOU);
    const problems = q?.status === 'ok' ? q.problems : [];
    expect(problems.some((p) => p.file === BANQUET && p.path === '$.id')).toBe(true);
  });

  it('drops a preset shot body that is not in the camera catalog', async () => {
    const path = 'scenes/quzhou/sets/courtroom.json';
    const bad = editedJson(path, (j) => {
      (j.shots as { body: string }[])[0]!.body = 'imaginary-cam';
    });
    const r = await loadCatalog(repoFetcher({ [path]: bad }));
    if (!r.ok) throw new Error('index failed');
    const q = r.catalog.bases.find((b) => b.file === QUZHOU);
    expect(q?.status === 'ok' && q.problems.map((p) => p.path)).toContain('$.shots[0].body');
  });

  it('describes values safely and shortly (text, never markup)', () => {
    expect(describeValue('<img src=x onerror=alert(1)>')).toBe('"<img src=x onerror=alert(1)>" (text)');
    expect(describeValue('x'.repeat(500))).toMatch(/of 500 characters/);
    expect(describeValue([1, 2])).toBe('an array of 2');
    expect(jsonPath(['a', 0, 'b c'])).toBe('$.a[0]["b c"]');
    expect(formatProblem({ file: 'f.json', path: '$.x', expected: 'a number', found: 'null' })).toBe('f.json $.x: expected a number, found null');
  });

  it('resolves file paths relative to the file that names them', () => {
    expect(joinPath('scenes/index.json', 'quzhou/base.json')).toBe('scenes/quzhou/base.json');
    expect(joinPath('scenes/quzhou/base.json', 'sets/a.json')).toBe('scenes/quzhou/sets/a.json');
    expect(joinPath('scenes/quzhou/base.json', '../shared/b.json')).toBe('scenes/shared/b.json');
  });

  it('the JSON index names the schema files it is written against', () => {
    expect(JSON.parse(readRepoFile('scenes/index.json')).$schema).toBe('./schema/index.schema.json');
  });
});

describe('JSON syntax positions', () => {
  it('points at the first bad character', async () => {
    const { jsonErrorOffset } = await import('./jsonText');
    expect(jsonErrorOffset('{"a": 1}')).toBe(-1);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[1, 2')).toBe(5);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('{"a": "x\ny"}')).toBe(8);
    expect(jsonErrorOffset('{"a": 01}')).toBe(7);
    expect(jsonErrorOffset('{} x')).toBe(3);
  });
});
